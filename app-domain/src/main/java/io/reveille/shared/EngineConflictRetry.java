package io.reveille.shared;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * {@link RetriedOnEngineConflict}'s interceptor. Its priority puts it outside
 * {@code @Transactional} (which sits at {@code PLATFORM_BEFORE + 200}), so each attempt is a
 * transaction of its own; a call made inside someone else's transaction is not retried, because
 * only the outermost caller can start over.
 */
@RetriedOnEngineConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class EngineConflictRetry {
  static final int ATTEMPTS = 4;
  private static final Logger LOG = Logger.getLogger(EngineConflictRetry.class.getName());

  // The server-wide name: the engine's job threads call in with no java:comp namespace of their
  // own.
  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object retry(InvocationContext call) throws Exception {
    if (transactions.getTransactionKey() != null) {
      return call.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (EngineConflictException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.fine(() -> call.getMethod().getName() + " lost a race with the engine; again");
        // A short, spread-out pause: the timer that won usually commits within milliseconds.
        Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40) * attempt);
      }
    }
  }
}
