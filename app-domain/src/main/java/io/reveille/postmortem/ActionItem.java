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
import java.time.LocalDate;

/** A follow-up the postmortem commits to, with an owner and a due date. */
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

  protected ActionItem() {}

  ActionItem(Postmortem postmortem, ActionItemDraft draft) {
    this.postmortem = postmortem;
    this.description = draft.description().strip();
    this.owner = draft.owner().strip();
    this.dueDate = draft.dueDate();
    this.state = draft.state() == null ? ActionItemState.OPEN : draft.state();
  }

  public Long id() {
    return id;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public ActionItemState state() {
    return state;
  }
}
