package io.reveille.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.reveille.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemTest {
  private static final Instant SUBMITTED = Instant.parse("2026-03-10T09:00:00Z");
  private static final Instant REVIEWED = Instant.parse("2026-03-11T15:00:00Z");
  private static final Instant RESUBMITTED = Instant.parse("2026-03-12T09:00:00Z");
  private static final Instant APPROVED = Instant.parse("2026-03-12T16:00:00Z");

  private static final PostmortemContent FIRST_DRAFT =
      new PostmortemContent(
          "Checkout failed for 40 minutes.",
          "12% of card payments failed.",
          "A connection pool limit was lowered in a config change.",
          "Deploy 2026-03-02 08:55",
          "Rolled the config back.",
          "Alert on payment error rate.",
          "Rollback was quick.",
          "The alert fired late.",
          "It was a quiet morning.");

  private static final PostmortemContent SECOND_DRAFT =
      new PostmortemContent(
          "Checkout failed for 40 minutes (revised).",
          "12% of card payments failed.",
          "Pool limits are not reviewed in config changes.",
          "Deploy 2026-03-02 08:55",
          "Rolled the config back.",
          "Alert on payment error rate.",
          "Rollback was quick.",
          "The alert fired late.",
          "It was a quiet morning.");

  private static ActionItemDraft item(String description, String owner, String due) {
    return new ActionItemDraft(description, owner, LocalDate.parse(due), null);
  }

  private static Postmortem draft() {
    return new Postmortem(42L);
  }

  private static Postmortem inReview() {
    Postmortem postmortem = draft();
    postmortem.edit("carol", FIRST_DRAFT, List.of(item("Alert earlier", "bob", "2026-03-20")));
    postmortem.submit(SUBMITTED);
    return postmortem;
  }

  @Test
  void aNewPostmortemIsAnEmptyEditableDraft() {
    Postmortem postmortem = draft();

    assertThat(postmortem.incidentId()).isEqualTo(42L);
    assertThat(postmortem.state()).isEqualTo(PostmortemState.DRAFT);
    assertThat(postmortem.state().isEditable()).isTrue();
    assertThat(postmortem.content()).isEqualTo(PostmortemContent.empty());
    assertThat(postmortem.actionItems()).isEmpty();
    assertThat(postmortem.reviews()).isEmpty();
    assertThat(postmortem.author()).isNull();
    assertThat(postmortem.submittedAt()).isNull();
    assertThat(postmortem.approvedAt()).isNull();
  }

  @Test
  void editingADraftStoresTheTextTheAuthorAndTheActionItems() {
    Postmortem postmortem = draft();

    postmortem.edit(
        "carol",
        FIRST_DRAFT,
        List.of(
            item("  Alert on pool exhaustion  ", " bob ", "2026-03-20"),
            new ActionItemDraft(
                "Review pool limits",
                "erin",
                LocalDate.parse("2026-03-27"),
                ActionItemState.IN_PROGRESS)));

    assertThat(postmortem.state()).isEqualTo(PostmortemState.DRAFT);
    assertThat(postmortem.author()).isEqualTo("carol");
    assertThat(postmortem.content()).isEqualTo(FIRST_DRAFT);
    assertThat(postmortem.actionItems())
        .extracting(
            ActionItem::description, ActionItem::owner, ActionItem::dueDate, ActionItem::state)
        .containsExactly(
            tuple(
                "Alert on pool exhaustion",
                "bob",
                LocalDate.parse("2026-03-20"),
                ActionItemState.OPEN),
            tuple(
                "Review pool limits",
                "erin",
                LocalDate.parse("2026-03-27"),
                ActionItemState.IN_PROGRESS));
  }

  @Test
  void eachEditReplacesTheActionItems() {
    Postmortem postmortem = draft();
    postmortem.edit(
        "carol",
        FIRST_DRAFT,
        List.of(
            item("Alert earlier", "bob", "2026-03-20"),
            item("Add a runbook", "erin", "2026-03-25")));

    postmortem.edit("erin", SECOND_DRAFT, List.of(item("Review pool limits", "bob", "2026-03-27")));

    assertThat(postmortem.author()).isEqualTo("erin");
    assertThat(postmortem.content()).isEqualTo(SECOND_DRAFT);
    assertThat(postmortem.actionItems())
        .extracting(ActionItem::description)
        .containsExactly("Review pool limits");

    postmortem.edit("erin", SECOND_DRAFT, List.of());

    assertThat(postmortem.actionItems()).isEmpty();
  }

  @Test
  void submittingPutsItInReviewAndLocksIt() {
    Postmortem postmortem = inReview();

    assertThat(postmortem.state()).isEqualTo(PostmortemState.IN_REVIEW);
    assertThat(postmortem.state().isEditable()).isFalse();
    assertThat(postmortem.submittedAt()).isEqualTo(SUBMITTED);
    assertThat(postmortem.approvedAt()).isNull();
  }

  @Test
  void aPostmortemInReviewCannotBeEdited() {
    Postmortem postmortem = inReview();

    RuleViolationException refusal =
        catchThrowableOfType(
            RuleViolationException.class, () -> postmortem.edit("carol", SECOND_DRAFT, List.of()));

    assertThat(refusal.field()).isEqualTo("state");
    assertThat(refusal.getMessage())
        .isEqualTo(
            "The postmortem is in review;"
                + " it can be changed only as a draft or when changes are requested.");
    assertThat(postmortem.content()).isEqualTo(FIRST_DRAFT);
    assertThat(postmortem.actionItems())
        .extracting(ActionItem::description)
        .containsExactly("Alert earlier");
  }

  @Test
  void aPostmortemInReviewCannotBeSubmittedAgain() {
    Postmortem postmortem = inReview();

    RuleViolationException refusal =
        catchThrowableOfType(RuleViolationException.class, () -> postmortem.submit(REVIEWED));

    assertThat(refusal.field()).isEqualTo("state");
    assertThat(postmortem.submittedAt()).isEqualTo(SUBMITTED);
  }

  @Test
  void requestingChangesHandsItBackForEditing() {
    Postmortem postmortem = inReview();

    PostmortemReview review =
        postmortem.review(
            "dana", ReviewDecision.CHANGES_REQUESTED, "Name the missing review step.", REVIEWED);

    assertThat(postmortem.state()).isEqualTo(PostmortemState.CHANGES_REQUESTED);
    assertThat(postmortem.state().isEditable()).isTrue();
    assertThat(postmortem.approvedAt()).isNull();
    assertThat(review.reviewer()).isEqualTo("dana");
    assertThat(review.decision()).isEqualTo(ReviewDecision.CHANGES_REQUESTED);
    assertThat(review.comment()).isEqualTo("Name the missing review step.");
    assertThat(review.reviewedAt()).isEqualTo(REVIEWED);
    assertThat(postmortem.reviews()).containsExactly(review);

    postmortem.edit("carol", SECOND_DRAFT, List.of());

    assertThat(postmortem.content()).isEqualTo(SECOND_DRAFT);
  }

  @Test
  void approvalAfterARoundOfChangesApprovesIt() {
    Postmortem postmortem = inReview();
    postmortem.review("dana", ReviewDecision.CHANGES_REQUESTED, "More detail.", REVIEWED);
    postmortem.edit("carol", SECOND_DRAFT, List.of());
    postmortem.submit(RESUBMITTED);
    assertThat(postmortem.state()).isEqualTo(PostmortemState.IN_REVIEW);
    assertThat(postmortem.submittedAt()).isEqualTo(RESUBMITTED);

    postmortem.review("dana", ReviewDecision.APPROVED, "", APPROVED);

    assertThat(postmortem.state()).isEqualTo(PostmortemState.APPROVED);
    assertThat(postmortem.approvedAt()).isEqualTo(APPROVED);
    assertThat(postmortem.reviews())
        .extracting(PostmortemReview::decision)
        .containsExactly(ReviewDecision.CHANGES_REQUESTED, ReviewDecision.APPROVED);
  }

  @Test
  void anApprovedPostmortemIsFinal() {
    Postmortem postmortem = inReview();
    postmortem.review("dana", ReviewDecision.APPROVED, "Good.", APPROVED);

    assertThat(postmortem.state()).isEqualTo(PostmortemState.APPROVED);
    assertThat(postmortem.state().isEditable()).isFalse();
    assertThat(postmortem.approvedAt()).isEqualTo(APPROVED);

    RuleViolationException editRefused =
        catchThrowableOfType(
            RuleViolationException.class, () -> postmortem.edit("carol", SECOND_DRAFT, List.of()));
    assertThat(editRefused.field()).isEqualTo("state");
    assertThat(editRefused.getMessage()).startsWith("The postmortem is approved;");
    assertThat(postmortem.content()).isEqualTo(FIRST_DRAFT);

    RuleViolationException reviewRefused =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                postmortem.review("erin", ReviewDecision.CHANGES_REQUESTED, "Late.", RESUBMITTED));
    assertThat(reviewRefused.field()).isEqualTo("decision");
    assertThat(reviewRefused.getMessage()).contains("Only a postmortem in review can be reviewed");
    assertThat(postmortem.state()).isEqualTo(PostmortemState.APPROVED);
    assertThat(postmortem.reviews()).hasSize(1);
  }

  @Test
  void aDraftCannotBeReviewed() {
    Postmortem postmortem = draft();

    RuleViolationException refusal =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> postmortem.review("dana", ReviewDecision.APPROVED, "", REVIEWED));

    assertThat(refusal.field()).isEqualTo("decision");
    assertThat(refusal.getMessage()).contains("Only a postmortem in review can be reviewed");
    assertThat(postmortem.state()).isEqualTo(PostmortemState.DRAFT);
    assertThat(postmortem.approvedAt()).isNull();
    assertThat(postmortem.reviews()).isEmpty();
  }

  @Test
  void aPostmortemWaitingForChangesCannotBeReviewedAgainUntilResubmitted() {
    Postmortem postmortem = inReview();
    postmortem.review("dana", ReviewDecision.CHANGES_REQUESTED, "More detail.", REVIEWED);

    RuleViolationException refusal =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> postmortem.review("dana", ReviewDecision.APPROVED, "", APPROVED));

    assertThat(refusal.field()).isEqualTo("decision");
    assertThat(refusal.getMessage()).contains("Only a postmortem in review can be reviewed");
    assertThat(postmortem.state()).isEqualTo(PostmortemState.CHANGES_REQUESTED);
    assertThat(postmortem.approvedAt()).isNull();
  }

  @Test
  void onlyDraftsAndPostmortemsWithChangesRequestedAreEditable() {
    assertThat(PostmortemState.DRAFT.isEditable()).isTrue();
    assertThat(PostmortemState.CHANGES_REQUESTED.isEditable()).isTrue();
    assertThat(PostmortemState.IN_REVIEW.isEditable()).isFalse();
    assertThat(PostmortemState.APPROVED.isEditable()).isFalse();
  }
}
