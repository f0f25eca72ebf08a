package io.reveille.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The bearer token a machine presents in {@code Authorization: Bearer rvl_…}. */
public record ApiTokenCredential(String token) implements Credential {}
