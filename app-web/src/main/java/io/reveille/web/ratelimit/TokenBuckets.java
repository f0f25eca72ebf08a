package io.reveille.web.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key: {@code capacity} requests at once, refilled at {@code capacity} per
 * {@code period}. A key whose bucket is full again is forgotten, so memory holds only the keys seen
 * lately.
 */
public final class TokenBuckets {
  private static final int FORGET_ABOVE = 10_000;

  /** One token's worth of time; a bucket's level is counted in it, so the arithmetic is exact. */
  private final long interval;

  private final long full;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public TokenBuckets(int capacity, Duration period, LongSupplier nanoTime) {
    if (capacity < 1 || period.isNegative() || period.toNanos() < capacity) {
      throw new IllegalArgumentException("a bucket holds at least one token per positive period");
    }
    this.interval = period.toNanos() / capacity;
    this.full = interval * capacity;
    this.nanoTime = nanoTime;
  }

  /** Takes a token for {@code key}: {@link Duration#ZERO} if allowed, else how long to wait. */
  public Duration take(String key) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > FORGET_ABOVE) {
      forgetFull(now);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(full, now));
    synchronized (bucket) {
      bucket.refill(now, full);
      if (bucket.level >= interval) {
        bucket.level -= interval;
        return Duration.ZERO;
      }
      return Duration.ofNanos(interval - bucket.level);
    }
  }

  int tracked() {
    return buckets.size();
  }

  private void forgetFull(long now) {
    buckets
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                e.getValue().refill(now, full);
                return e.getValue().level >= full;
              }
            });
  }

  /** How much time's worth of tokens a key has, up to a full bucket. */
  private static final class Bucket {
    long level;
    long refilledAt;

    Bucket(long level, long at) {
      this.level = level;
      this.refilledAt = at;
    }

    void refill(long now, long full) {
      level = Math.min(full, level + Math.max(0, now - refilledAt));
      refilledAt = now;
    }
  }
}
