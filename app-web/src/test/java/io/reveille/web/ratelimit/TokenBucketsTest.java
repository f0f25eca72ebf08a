package io.reveille.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Ten a minute per address: a burst of ten, then one every six seconds. */
class TokenBucketsTest {
  private final AtomicLong now = new AtomicLong();
  private final TokenBuckets buckets = new TokenBuckets(10, Duration.ofMinutes(1), now::get);

  @Test
  void aBurstUpToTheCapacityPassesTheNextWaitsForOneToken() {
    for (int i = 0; i < 10; i++) {
      assertThat(buckets.take("203.0.113.7")).as("request %d", i + 1).isZero();
    }
    assertThat(buckets.take("203.0.113.7")).isEqualTo(Duration.ofSeconds(6));

    advance(Duration.ofSeconds(4));
    assertThat(buckets.take("203.0.113.7")).isEqualTo(Duration.ofSeconds(2));
    advance(Duration.ofSeconds(2));
    assertThat(buckets.take("203.0.113.7")).isZero();
    assertThat(buckets.take("203.0.113.7")).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void eachAddressHasItsOwnBucket() {
    for (int i = 0; i < 10; i++) {
      buckets.take("203.0.113.7");
    }
    assertThat(buckets.take("203.0.113.7")).isPositive();
    assertThat(buckets.take("198.51.100.1")).isZero();
  }

  @Test
  void anIdleBucketRefillsOnlyToItsCapacity() {
    buckets.take("203.0.113.7");
    advance(Duration.ofHours(5));
    for (int i = 0; i < 10; i++) {
      assertThat(buckets.take("203.0.113.7")).isZero();
    }
    assertThat(buckets.take("203.0.113.7")).isPositive();
  }

  @Test
  void addressesWhoseBucketsAreFullAgainAreForgottenWhenMemoryFillsUp() {
    for (int i = 0; i <= 10_001; i++) {
      buckets.take("10.0." + (i / 256) + "." + (i % 256));
    }
    advance(Duration.ofMinutes(1));
    buckets.take("203.0.113.7");
    assertThat(buckets.tracked()).isEqualTo(1);
  }

  private void advance(Duration by) {
    now.addAndGet(by.toNanos());
  }
}
