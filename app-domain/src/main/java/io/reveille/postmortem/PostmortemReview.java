package io.reveille.postmortem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One review of a postmortem by leadership. */
@Entity
@Table(name = "postmortem_review")
public class PostmortemReview {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "postmortem_id")
  private Postmortem postmortem;

  @Column(nullable = false, length = 64)
  private String reviewer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ReviewDecision decision;

  @Column(nullable = false, length = 4000)
  private String comment;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected PostmortemReview() {}

  PostmortemReview(
      Postmortem postmortem, String reviewer, ReviewDecision decision, String comment, Instant at) {
    this.postmortem = postmortem;
    this.reviewer = reviewer;
    this.decision = decision;
    this.comment = comment;
    this.reviewedAt = at;
  }

  public String reviewer() {
    return reviewer;
  }

  public ReviewDecision decision() {
    return decision;
  }

  public String comment() {
    return comment;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }
}
