package io.reveille.postmortem;

import io.reveille.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The postmortem of a resolved incident.
 *
 * <p>Lifecycle: the commander writes a draft → submits it (in review) → leadership approves it or
 * requests changes, which hands it back for editing, as many times as it takes. Approval closes the
 * incident through the workflow.
 */
@Entity
@Table(name = "postmortem")
public class Postmortem {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(name = "incident_id", nullable = false, unique = true)
  private Long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private PostmortemState state;

  @Column(nullable = false, length = 20000)
  private String summary = "";

  @Column(nullable = false, length = 20000)
  private String impact = "";

  @Column(name = "contributing_factors", nullable = false, length = 20000)
  private String contributingFactors = "";

  @Column(name = "trigger_event", nullable = false, length = 20000)
  private String trigger = "";

  @Column(nullable = false, length = 20000)
  private String resolution = "";

  @Column(nullable = false, length = 20000)
  private String detection = "";

  @Column(name = "went_well", nullable = false, length = 20000)
  private String wentWell = "";

  @Column(name = "went_wrong", nullable = false, length = 20000)
  private String wentWrong = "";

  @Column(name = "got_lucky", nullable = false, length = 20000)
  private String gotLucky = "";

  @Column(length = 64)
  private String author;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @OneToMany(mappedBy = "postmortem", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dueDate, id")
  private List<ActionItem> actionItems = new ArrayList<>();

  @OneToMany(mappedBy = "postmortem", cascade = CascadeType.ALL)
  @OrderBy("reviewedAt, id")
  private List<PostmortemReview> reviews = new ArrayList<>();

  @Version private long version;

  protected Postmortem() {}

  Postmortem(Long incidentId) {
    this.incidentId = incidentId;
    this.state = PostmortemState.DRAFT;
  }

  void edit(String author, PostmortemContent content, List<ActionItemDraft> items) {
    requireEditable();
    this.author = author;
    summary = content.summary();
    impact = content.impact();
    contributingFactors = content.contributingFactors();
    trigger = content.trigger();
    resolution = content.resolution();
    detection = content.detection();
    wentWell = content.wentWell();
    wentWrong = content.wentWrong();
    gotLucky = content.gotLucky();
    actionItems.clear();
    items.forEach(item -> actionItems.add(new ActionItem(this, item)));
  }

  void submit(Instant at) {
    requireEditable();
    state = PostmortemState.IN_REVIEW;
    submittedAt = at;
  }

  PostmortemReview review(String reviewer, ReviewDecision decision, String comment, Instant at) {
    if (state != PostmortemState.IN_REVIEW) {
      throw new RuleViolationException(
          "decision",
          "Only a postmortem in review can be reviewed; this one is "
              + state.label().toLowerCase()
              + ".");
    }
    PostmortemReview review = new PostmortemReview(this, reviewer, decision, comment, at);
    reviews.add(review);
    if (decision == ReviewDecision.APPROVED) {
      state = PostmortemState.APPROVED;
      approvedAt = at;
    } else {
      state = PostmortemState.CHANGES_REQUESTED;
    }
    return review;
  }

  private void requireEditable() {
    if (!state.isEditable()) {
      throw new RuleViolationException(
          "state",
          "The postmortem is "
              + state.label().toLowerCase()
              + "; it can be changed only as a draft or when changes are requested.");
    }
  }

  public PostmortemContent content() {
    return new PostmortemContent(
        summary,
        impact,
        contributingFactors,
        trigger,
        resolution,
        detection,
        wentWell,
        wentWrong,
        gotLucky);
  }

  public Long id() {
    return id;
  }

  public Long incidentId() {
    return incidentId;
  }

  public PostmortemState state() {
    return state;
  }

  public String author() {
    return author;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public List<ActionItem> actionItems() {
    return Collections.unmodifiableList(actionItems);
  }

  public List<PostmortemReview> reviews() {
    return Collections.unmodifiableList(reviews);
  }

  public long version() {
    return version;
  }
}
