package io.reveille.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reveille.shared.RuleViolationException;
import io.reveille.timeline.TimelineEntryKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer-facing text's own approval and publication, and the editable timeline. */
class PostmortemPublicationTest {
  private static final Instant T = Instant.parse("2026-11-24T09:00:00Z");
  private static final PostmortemContent CONTENT =
      new PostmortemContent("S", "I", "C", "T", "R", "D", "W", "X", "L", "Links");
  private static final PublicPostmortemText TEXT =
      new PublicPostmortemText("Invoices were late.", "A stuck queue.", "We alert on it now.");

  @Test
  void approvingThePostmortemApprovesItsPublicTextAndPublishingMakesItPublished() {
    Postmortem postmortem = approvedWith(TEXT);

    assertThat(postmortem.publicApprovedBy()).contains("dave");
    postmortem.publish("carol", T.plusSeconds(60));

    assertThat(postmortem.state()).isEqualTo(PostmortemState.PUBLISHED);
    assertThat(postmortem.publishedAt()).isEqualTo(T.plusSeconds(60));
    assertThat(postmortem.publicText().body())
        .isEqualTo(
            "Invoices were late.\n\nWhat happened\nA stuck queue.\n\n"
                + "What we are doing about it\nWe alert on it now.");
    assertThat(postmortem.supportingInformation()).isEqualTo("Links");
    RuleViolationException frozen =
        catchThrowableOfType(
            () -> postmortem.writePublic("carol", PublicPostmortemText.empty()),
            RuleViolationException.class);
    assertThat(frozen.field()).isEqualTo("publicSummary");
  }

  @Test
  void aPublicTextChangedAfterApprovalIsApprovedAgainBeforePublishing() {
    Postmortem postmortem = approvedWith(TEXT);
    postmortem.writePublic(
        "carol", new PublicPostmortemText("Invoices were late.", "A stuck queue.", "More."));

    assertThat(postmortem.publicApprovedBy()).isEmpty();
    RuleViolationException unapproved =
        catchThrowableOfType(() -> postmortem.publish("carol", T), RuleViolationException.class);
    assertThat(unapproved.field()).isEqualTo("publicSummary");

    postmortem.approvePublic("dave", T);
    postmortem.publish("carol", T);
    assertThat(postmortem.state()).isEqualTo(PostmortemState.PUBLISHED);
  }

  @Test
  void withoutAPublicTextNothingIsPublished() {
    Postmortem postmortem = approvedWith(PublicPostmortemText.empty());

    assertThat(postmortem.publicApprovedBy()).isEmpty();
    assertThat(
            catchThrowableOfType(() -> postmortem.publish("carol", T), RuleViolationException.class)
                .field())
        .isEqualTo("publicSummary");
    assertThat(postmortem.state()).isEqualTo(PostmortemState.APPROVED);
  }

  @Test
  void aPublicTextCannotChangeWhileLeadershipReadsIt() {
    Postmortem postmortem = new Postmortem(42L);
    postmortem.edit("carol", CONTENT, java.util.Map.of());
    postmortem.submit(T);

    assertThat(
            catchThrowableOfType(
                    () -> postmortem.writePublic("carol", TEXT), RuleViolationException.class)
                .field())
        .isEqualTo("publicSummary");
  }

  @Test
  void timelineLinesAreEditedAnnotatedAddedAndDropped() {
    Postmortem postmortem = new Postmortem(42L);
    postmortem.edit("carol", CONTENT, java.util.Map.of());
    postmortem.editTimeline(
        List.of(
            new TimelineEdit(null, T.plusSeconds(120), "Queue stuck", ""),
            new TimelineEdit(null, T, "Alert missing", "")));
    PostmortemTimelineEntry first = postmortem.timeline().get(0);

    assertThat(postmortem.timeline())
        .extracting(PostmortemTimelineEntry::text)
        .containsExactly("Alert missing", "Queue stuck");
    assertThat(first.kind()).isEqualTo(TimelineEntryKind.NOTE);

    // Sent back without ids (as read before the first save): the same lines, now annotated.
    postmortem.editTimeline(
        List.of(new TimelineEdit(null, T, "Alert missing", "Nobody owned the alert")));

    assertThat(postmortem.timeline()).hasSize(1);
    assertThat(postmortem.timeline().get(0)).isSameAs(first);
    assertThat(first.annotation()).isEqualTo("Nobody owned the alert");
  }

  private static Postmortem approvedWith(PublicPostmortemText text) {
    Postmortem postmortem = new Postmortem(42L);
    postmortem.edit("carol", CONTENT, java.util.Map.of());
    postmortem.writePublic("carol", text);
    postmortem.submit(T);
    postmortem.review("dave", ReviewDecision.APPROVED, "", T);
    return postmortem;
  }
}
