package io.reveille.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at handing a delivery to its provider, kept for the admin page and for audits. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(name = "delivery_id", nullable = false)
  private Long deliveryId;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(nullable = false, length = 16)
  private String outcome;

  @Column(length = 500)
  private String detail;

  @Column(name = "duration_ms", nullable = false)
  private int durationMs;

  protected DeliveryAttempt() {}

  DeliveryAttempt(long deliveryId, Instant attemptedAt, String outcome, String detail, int ms) {
    this.deliveryId = deliveryId;
    this.attemptedAt = attemptedAt;
    this.outcome = outcome;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    this.durationMs = ms;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public String outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public int durationMs() {
    return durationMs;
  }
}
