package io.reveille.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

  @Test
  void retriesDoubleFromFiveSecondsAndStopGrowingAtTenMinutes() {
    assertThat(Outbox.backoff(0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(Outbox.backoff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(Outbox.backoff(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(Outbox.backoff(6)).isEqualTo(Duration.ofSeconds(320));
    assertThat(Outbox.backoff(7)).isEqualTo(Duration.ofMinutes(10));
    assertThat(Outbox.backoff(60)).isEqualTo(Duration.ofMinutes(10));
  }
}
