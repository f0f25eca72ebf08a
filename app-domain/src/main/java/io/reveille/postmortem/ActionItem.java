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
import java.time.LocalDate;
import java.util.Optional;

/**
 * A follow-up the postmortem commits to, with an owner and a due date. Its owner is reminded when
 * it falls due and, while it stays open, again and again once overdue ({@code action-item.bpmn}).
 * Items keep moving after the postmortem is approved: their state changes on their own.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "postmortem_id")
  private Postmortem postmortem;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(nullable = false, length = 64)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ActionItemState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private ActionItemType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ActionItemPriority priority;

  @Column(name = "tracker_url", length = 2000)
  private String trackerUrl;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected ActionItem() {}

  ActionItem(Postmortem postmortem, ActionItemDraft draft) {
    this.postmortem = postmortem;
    this.state = ActionItemState.OPEN;
    apply(draft, null);
  }

  /** Takes the editor's values; returns whether the reminders must be planned again. */
  boolean apply(ActionItemDraft draft, Instant now) {
    LocalDate dueBefore = dueDate;
    ActionItemState stateBefore = state;
    this.description = draft.description().strip();
    this.owner = draft.owner().strip();
    this.dueDate = draft.dueDate();
    this.type = draft.type() == null ? ActionItemType.OTHER : draft.type();
    this.priority = draft.priority() == null ? ActionItemPriority.MEDIUM : draft.priority();
    this.trackerUrl =
        draft.trackerUrl() == null || draft.trackerUrl().isBlank()
            ? null
            : draft.trackerUrl().strip();
    move(draft.state() == null ? stateBefore : draft.state(), now);
    return !dueDate.equals(dueBefore) || state != stateBefore;
  }

  void move(ActionItemState to, Instant now) {
    if (to.isOpen()) {
      closedAt = null;
    } else if (state == null || state.isOpen()) {
      closedAt = now;
    }
    state = to;
  }

  public Long id() {
    return id;
  }

  public Postmortem postmortem() {
    return postmortem;
  }

  public String description() {
    return description;
  }

  /** The owner's username. */
  public String owner() {
    return owner;
  }

  /** The last day it may be done on; it is overdue from the next day on. */
  public LocalDate dueDate() {
    return dueDate;
  }

  public ActionItemState state() {
    return state;
  }

  public ActionItemType type() {
    return type;
  }

  public ActionItemPriority priority() {
    return priority;
  }

  /** A link to the same item in an external tracker (Jira, GitHub), when there is one. */
  public Optional<String> trackerUrl() {
    return Optional.ofNullable(trackerUrl);
  }

  public Instant closedAt() {
    return closedAt;
  }

  public boolean isOverdue(LocalDate today) {
    return state.isOpen() && today.isAfter(dueDate);
  }
}
