package io.reveille.shared;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Runs a transactional service call again, in a fresh transaction, when it lost a race with the
 * process engine ({@link EngineConflictException}). A responder posting an update the moment an
 * escalation timer fires should not be told to reload: nothing they saw was out of date. A stale
 * version the caller sent is a different exception and is never retried.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RetriedOnEngineConflict {}
