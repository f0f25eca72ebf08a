package io.reveille.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reveille.delivery.Notice;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each channel says of an update: the public text, the next update, the way out. */
class SubscriberMessagesTest {
  private static final URI UNSUBSCRIBE =
      URI.create("https://status.example.com/status/subscription/unsubscribe/u42.0.sig");
  private static final Bulletin UPDATE =
      new Bulletin(
          7,
          Bulletin.Subject.INCIDENT,
          3,
          11,
          "Card payments failing",
          "identified",
          "Identified",
          "A bad deploy; rolling back.",
          Instant.parse("2026-11-24T03:10:00Z"),
          Instant.parse("2026-11-24T03:40:00Z"),
          null,
          null,
          List.of(new Bulletin.Concerned(5, "Payments API", "major_outage", "Major outage")),
          URI.create("https://status.example.com/status"));

  @Test
  void theEmailSaysWhatHappenedWhenTheNextUpdateComesAndHowToLeave() {
    assertThat(SubscriberMessages.emailSubject(UPDATE))
        .isEqualTo("[Identified] Card payments failing");
    assertThat(SubscriberMessages.emailText(UPDATE, UNSUBSCRIBE))
        .contains(
            "Card payments failing",
            "A bad deploy; rolling back.",
            "Affected: Payments API (major outage)",
            "Next update by 24 Nov 2026, 03:40 UTC",
            "Unsubscribe: " + UNSUBSCRIBE);
  }

  @Test
  void theWebhookPayloadIsShapedLikeStatuspages() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(
                SubscriberMessages.webhookJson(
                    UPDATE, "7-42", UNSUBSCRIBE, Instant.parse("2026-11-24T03:10:01Z")));

    assertThat(json.at("/meta/notification_id").asText()).isEqualTo("7-42");
    assertThat(json.at("/meta/unsubscribe").asText()).isEqualTo(UNSUBSCRIBE.toString());
    assertThat(json.at("/incident/name").asText()).isEqualTo("Card payments failing");
    assertThat(json.at("/incident/status").asText()).isEqualTo("identified");
    assertThat(json.at("/incident/incident_updates/0/body").asText())
        .isEqualTo("A bad deploy; rolling back.");
    assertThat(json.at("/incident/incident_updates/0/next_update_at").asText())
        .isEqualTo("2026-11-24T03:40:00Z");
    assertThat(json.at("/incident/components/0/status").asText()).isEqualTo("major_outage");
  }

  @Test
  void aMaintenanceNoticeLinksToTheWindowsOwnPageWhichOutlivesIt() throws Exception {
    Bulletin maintenance =
        new Bulletin(
            8,
            Bulletin.Subject.MAINTENANCE,
            12,
            30,
            "Orders database upgrade",
            "completed",
            "Completed",
            "The scheduled maintenance has been completed.",
            Instant.parse("2026-11-24T04:00:00Z"),
            null,
            Instant.parse("2026-11-24T02:00:00Z"),
            Instant.parse("2026-11-24T04:00:00Z"),
            List.of(),
            URI.create("https://status.example.com/status"));

    assertThat(SubscriberMessages.emailText(maintenance, UNSUBSCRIBE))
        .contains("Status page: https://status.example.com/status/maintenance/12\n");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                SubscriberMessages.webhookJson(
                    maintenance, "8-42", UNSUBSCRIBE, Instant.parse("2026-11-24T04:00:01Z")));
    assertThat(json.at("/incident/shortlink").asText())
        .isEqualTo("https://status.example.com/status/maintenance/12");
    assertThat(json.at("/page/url").asText()).isEqualTo("https://status.example.com/status");
    assertThat(SubscriberMessages.emailText(UPDATE, UNSUBSCRIBE))
        .as("an incident's update still links the status page")
        .contains("Status page: https://status.example.com/status\n");
  }

  @Test
  void aLongUpdateStillFitsOneTextMessageWithItsStopLink() {
    Bulletin longWinded =
        new Bulletin(
            7,
            Bulletin.Subject.INCIDENT,
            3,
            11,
            "Card payments failing",
            "identified",
            "Identified",
            "x".repeat(5000),
            UPDATE.postedAt(),
            null,
            null,
            null,
            List.of(),
            UPDATE.pageUrl());

    String text = SubscriberMessages.smsText(longWinded, UNSUBSCRIBE);

    assertThat(text)
        .hasSizeLessThanOrEqualTo(SubscriberMessages.SMS_MAX)
        .endsWith("Stop: " + UNSUBSCRIBE);
  }

  @Test
  void aChannelGetsTheUpdateAndItsUnsubscribeLinkButNoIncidentNumber() {
    Notice notice = SubscriberMessages.chatNotice(UPDATE, UNSUBSCRIBE);

    assertThat(notice.incidentNumber()).isEmpty();
    assertThat(notice.title()).endsWith("Card payments failing");
    assertThat(notice.headline())
        .startsWith("Identified: A bad deploy; rolling back.")
        .endsWith("Unsubscribe this channel: " + UNSUBSCRIBE);
  }
}
