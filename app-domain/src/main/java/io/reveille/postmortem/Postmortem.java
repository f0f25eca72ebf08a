package io.reveille.postmortem;

import io.reveille.shared.InvalidInputException;
import io.reveille.shared.RuleViolationException;
import io.reveille.timeline.TimelineEntry;
import io.reveille.timeline.TimelineEntryKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The postmortem of a resolved incident.
 *
 * <p>Lifecycle: the commander writes a draft → submits it (in review) → leadership approves it or
 * requests changes, which hands it back for editing, as many times as it takes. Approval closes the
 * incident through the workflow. A customer-facing text, written beside the internal one, is
 * approved with it (or on its own, when written afterwards) and then published on the status page:
 * the postmortem is then {@link PostmortemState#PUBLISHED}.
 *
 * <p>Read model for pages and reports: one accessor per built-in section ({@link #summary()} …
 * {@link #supportingInformation()}), {@link #section(String)} for any template section (custom ones
 * included), {@link #timeline()}, {@link #actionItems()}, {@link #reviews()}, {@link #comments()}
 * and {@link #publicText()}. The computed durations and responders come from {@link
 * PostmortemService#facts}.
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

  @Column(name = "supporting_information", nullable = false, length = 20000)
  private String supportingInformation = "";

  /** Text of sections an administrator added to the template, by section key. */
  @ElementCollection
  @CollectionTable(name = "postmortem_section", joinColumns = @JoinColumn(name = "postmortem_id"))
  @MapKeyColumn(name = "section_key", length = 64)
  @Column(name = "body", nullable = false, length = 20000)
  private Map<String, String> customSections = new HashMap<>();

  @Column(name = "public_summary", nullable = false, length = 5000)
  private String publicSummary = "";

  @Column(name = "public_what_happened", nullable = false, length = 10000)
  private String publicWhatHappened = "";

  @Column(name = "public_next_steps", nullable = false, length = 10000)
  private String publicNextSteps = "";

  @Column(name = "public_written_by", length = 64)
  private String publicWrittenBy;

  @Column(name = "public_approved_by", length = 64)
  private String publicApprovedBy;

  @Column(name = "public_approved_at")
  private Instant publicApprovedAt;

  @Column(name = "published_by", length = 64)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "review_due_at")
  private Instant reviewDueAt;

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

  @OneToMany(mappedBy = "postmortem", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("occurredAt, id")
  private List<PostmortemTimelineEntry> timeline = new ArrayList<>();

  @OneToMany(mappedBy = "postmortem", cascade = CascadeType.ALL)
  @OrderBy("writtenAt, id")
  private List<PostmortemComment> comments = new ArrayList<>();

  @Version private long version;

  protected Postmortem() {}

  Postmortem(Long incidentId) {
    this.incidentId = incidentId;
    this.state = PostmortemState.DRAFT;
  }

  /**
   * Every event of the incident, except the deliveries (each page is already there as PAGED) and
   * the postmortem's own steps, becomes a line of the draft's timeline.
   */
  void draftTimeline(List<TimelineEntry> incidentTimeline) {
    Set<TimelineEntryKind> left =
        Set.of(
            TimelineEntryKind.DELIVERY_ATTEMPT,
            TimelineEntryKind.POSTMORTEM_SUBMITTED,
            TimelineEntryKind.POSTMORTEM_CHANGES_REQUESTED,
            TimelineEntryKind.POSTMORTEM_APPROVED,
            TimelineEntryKind.POSTMORTEM_PUBLISHED,
            TimelineEntryKind.POSTMORTEM_REVIEW_OVERDUE);
    for (TimelineEntry entry : incidentTimeline) {
      if (!left.contains(entry.kind())) {
        timeline.add(
            new PostmortemTimelineEntry(
                this,
                entry.id(),
                entry.occurredAt(),
                entry.kind(),
                entry.actor(),
                entry.summary()));
      }
    }
  }

  /**
   * Applies the writer's timeline: lines with an id are edited, lines without one added (as notes),
   * lines left out removed.
   */
  void editTimeline(List<TimelineEdit> edits) {
    requireEditable();
    List<PostmortemTimelineEntry> remaining = new ArrayList<>(timeline);
    PostmortemTimelineEntry[] matched = new PostmortemTimelineEntry[edits.size()];
    for (int i = 0; i < edits.size(); i++) {
      TimelineEdit edit = edits.get(i);
      if (edit.id() != null) {
        matched[i] =
            remaining.stream().filter(e -> edit.id().equals(e.id())).findFirst().orElse(null);
        remaining.remove(matched[i]);
        if (matched[i] == null) {
          throw new InvalidInputException(
              "timeline[" + i + "].id",
              "This postmortem's timeline has no line " + edit.id() + ".");
        }
      }
    }
    // A line sent back without its id (read before the first save, when lines have none) is the
    // drafted line it still matches, so it keeps its kind and actor instead of becoming a note.
    for (int i = 0; i < edits.size(); i++) {
      TimelineEdit edit = edits.get(i);
      if (edit.id() == null) {
        matched[i] =
            remaining.stream()
                .filter(
                    e -> e.occurredAt().equals(edit.occurredAt()) && e.text().equals(edit.text()))
                .findFirst()
                .orElse(null);
        remaining.remove(matched[i]);
      }
    }
    List<PostmortemTimelineEntry> kept = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      TimelineEdit edit = edits.get(i);
      PostmortemTimelineEntry entry = matched[i];
      if (entry == null) {
        entry =
            new PostmortemTimelineEntry(
                this, null, edit.occurredAt(), TimelineEntryKind.NOTE, author, edit.text());
      }
      entry.edit(edit.occurredAt(), edit.text(), edit.annotation());
      kept.add(entry);
    }
    timeline.clear();
    kept.sort(Comparator.comparing(PostmortemTimelineEntry::occurredAt));
    timeline.addAll(kept);
  }

  /**
   * Applies the editor's action items: an item with an id is updated in place (its reminders carry
   * on), one without is added, one left out is removed. Returns the items whose reminders must be
   * planned again (new, moved or closed), and the ids of removed ones through {@code removed}.
   */
  List<ActionItem> editActionItems(List<ActionItemDraft> items, Instant now, List<Long> removed) {
    Map<Long, ActionItem> byId = new LinkedHashMap<>();
    actionItems.forEach(a -> byId.put(a.id(), a));
    List<ActionItem> kept = new ArrayList<>();
    List<ActionItem> replan = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ActionItemDraft draft = items.get(i);
      if (draft.id() == null) {
        ActionItem item = new ActionItem(this, draft);
        kept.add(item);
        replan.add(item);
        continue;
      }
      ActionItem item = byId.remove(draft.id());
      if (item == null) {
        throw new InvalidInputException(
            "actionItems[" + i + "].id", "This postmortem has no action item " + draft.id() + ".");
      }
      if (item.apply(draft, now)) {
        replan.add(item);
      }
      kept.add(item);
    }
    removed.addAll(byId.keySet());
    actionItems.retainAll(kept);
    kept.stream().filter(a -> !actionItems.contains(a)).forEach(actionItems::add);
    return replan;
  }

  void edit(String author, PostmortemContent content, List<ActionItemDraft> items) {
    edit(author, content, Map.of());
    actionItems.clear();
    items.forEach(item -> actionItems.add(new ActionItem(this, item)));
  }

  void edit(String author, PostmortemContent content, Map<String, String> custom) {
    requireEditable();
    this.author = author;
    supportingInformation =
        content.supportingInformation() == null ? "" : content.supportingInformation();
    custom.forEach(
        (key, text) -> {
          if (text.isEmpty()) {
            customSections.remove(key);
          } else {
            customSections.put(key, text);
          }
        });
    summary = content.summary();
    impact = content.impact();
    contributingFactors = content.contributingFactors();
    trigger = content.trigger();
    resolution = content.resolution();
    detection = content.detection();
    wentWell = content.wentWell();
    wentWrong = content.wentWrong();
    gotLucky = content.gotLucky();
  }

  /**
   * The customer-facing text may change while the document is the writer's, and after approval (it
   * is often written last); a change after approval needs approving again before publishing.
   */
  void writePublic(String writer, PublicPostmortemText text) {
    if (state == PostmortemState.IN_REVIEW || state == PostmortemState.PUBLISHED) {
      throw new RuleViolationException(
          "publicSummary",
          "The postmortem is "
              + state.label().toLowerCase()
              + "; its public text cannot change now.");
    }
    if (!text.equals(publicText())) {
      publicSummary = text.summary();
      publicWhatHappened = text.whatHappened();
      publicNextSteps = text.nextSteps();
      publicWrittenBy = writer;
      publicApprovedBy = null;
      publicApprovedAt = null;
    }
  }

  void approvePublic(String reviewer, Instant at) {
    if (!state.isApproved() || state == PostmortemState.PUBLISHED) {
      throw new RuleViolationException(
          "state", "The public postmortem is approved after the postmortem itself.");
    }
    if (publicText().isBlank()) {
      throw new RuleViolationException("publicSummary", "There is no public text to approve.");
    }
    publicApprovedBy = reviewer;
    publicApprovedAt = at;
  }

  void publish(String by, Instant at) {
    if (state != PostmortemState.APPROVED) {
      throw new RuleViolationException(
          "state",
          "Only an approved postmortem is published; this one is "
              + state.label().toLowerCase()
              + ".");
    }
    if (publicText().summary().isBlank() || publicText().whatHappened().isBlank()) {
      throw new RuleViolationException(
          publicText().summary().isBlank() ? "publicSummary" : "publicWhatHappened",
          "Write the public summary and what happened before publishing.");
    }
    if (publicApprovedBy == null) {
      throw new RuleViolationException(
          "publicSummary", "Leadership approves the public text before it is published.");
    }
    state = PostmortemState.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
  }

  PostmortemComment comment(String section, String author, String body, Instant at) {
    PostmortemComment comment = new PostmortemComment(this, section, author, body, at);
    comments.add(comment);
    return comment;
  }

  void reviewDueAt(Instant due) {
    this.reviewDueAt = due;
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
      // The public text was read with the rest: one approval covers both.
      if (!publicText().isBlank()) {
        publicApprovedBy = reviewer;
        publicApprovedAt = at;
      }
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
        gotLucky,
        supportingInformation);
  }

  /** What happened, in two or three sentences. */
  public String summary() {
    return summary;
  }

  /** Who was affected, how and for how long, with numbers. */
  public String impact() {
    return impact;
  }

  /** The conditions that allowed the incident; never a person. */
  public String contributingFactors() {
    return contributingFactors;
  }

  public String trigger() {
    return trigger;
  }

  public String resolution() {
    return resolution;
  }

  public String detection() {
    return detection;
  }

  public String wentWell() {
    return wentWell;
  }

  public String wentWrong() {
    return wentWrong;
  }

  public String gotLucky() {
    return gotLucky;
  }

  public String supportingInformation() {
    return supportingInformation;
  }

  /** The text of any template section, built-in or added by an administrator; "" if unwritten. */
  public String section(String key) {
    String builtIn = content().section(key);
    return builtIn != null ? builtIn : customSections.getOrDefault(key, "");
  }

  /** The sections an administrator added to the template, by key, as written. */
  public Map<String, String> customSections() {
    return Collections.unmodifiableMap(customSections);
  }

  /** The editable timeline, in time order. */
  public List<PostmortemTimelineEntry> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  public List<PostmortemComment> comments() {
    return Collections.unmodifiableList(comments);
  }

  /** The customer-facing postmortem, as written (published or not). */
  public PublicPostmortemText publicText() {
    return new PublicPostmortemText(publicSummary, publicWhatHappened, publicNextSteps);
  }

  public String publicWrittenBy() {
    return publicWrittenBy;
  }

  /** Who approved the current public text; empty while it awaits approval. */
  public Optional<String> publicApprovedBy() {
    return Optional.ofNullable(publicApprovedBy);
  }

  public Instant publicApprovedAt() {
    return publicApprovedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  /** When leadership's review of the current submission is due; null when not in review. */
  public Instant reviewDueAt() {
    return reviewDueAt;
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
