package io.reveille.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import io.reveille.component.TestComponents;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.TestPublishedIncidents;
import io.reveille.incident.UpdatePreview;
import io.reveille.incident.Visibility;
import io.reveille.severity.Severity;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composer shows each channel's message from the same code that sends it. */
class ChannelPreviewTest {
  private static final URI UNSUBSCRIBE =
      URI.create("https://status.example.com/status/subscription/unsubscribe/u0.0.9f2c41d7a0b3e5");
  private static final Instant NOW = Instant.parse("2026-11-24T03:10:00Z");
  private final Component payments =
      TestComponents.publicComponent(5, "Payments API", Instant.parse("2026-01-01T00:00:00Z"));
  private final Component ledger =
      TestComponents.component(
          6,
          "Ledger replica",
          null,
          Visibility.INTERNAL,
          false,
          Instant.parse("2026-01-01T00:00:00Z"));
  private final Incident incident =
      TestPublishedIncidents.declared(
          42,
          "Redis failover looped on eu-1",
          Severity.SEV1,
          NOW.minusSeconds(600),
          payments,
          ledger);

  private UpdatePreview preview(String message) {
    return new UpdatePreview(
        incident,
        true,
        "Card payments failing",
        IncidentStatus.IDENTIFIED,
        message,
        NOW,
        NOW.plusSeconds(1800),
        List.of(
            new UpdatePreview.ComponentLine(
                payments, ComponentStatus.OPERATIONAL, ComponentStatus.MAJOR_OUTAGE),
            new UpdatePreview.ComponentLine(
                ledger, ComponentStatus.OPERATIONAL, ComponentStatus.PARTIAL_OUTAGE)));
  }

  @Test
  void everyChannelCarriesThePublicTitleThePlannedStatusesAndTheNextUpdate() throws Exception {
    ChannelPreview channels =
        ChannelPreview.of(preview("A bad deploy; rolling back."), UNSUBSCRIBE);

    assertThat(channels.emailSubject()).isEqualTo("[Identified] Card payments failing");
    assertThat(channels.emailText())
        .contains("A bad deploy; rolling back.")
        .contains("Affected: Payments API (major outage)")
        .contains("Next update by 24 Nov 2026, 03:40 UTC")
        .contains("Unsubscribe: ")
        .contains(UNSUBSCRIBE.toString());
    assertThat(channels.smsText())
        .startsWith("Reveille: Card payments failing - Identified. A bad deploy; rolling back.");
    assertThat(channels.chatTitle()).isEqualTo("Reveille status: Card payments failing");
    assertThat(channels.chatText()).contains("Identified: A bad deploy; rolling back.");

    JsonNode webhook = new ObjectMapper().readTree(channels.webhookJson());
    assertThat(webhook.at("/incident/name").asText()).isEqualTo("Card payments failing");
    assertThat(webhook.at("/incident/components/0/status").asText()).isEqualTo("major_outage");
    assertThat(webhook.at("/incident/incident_updates/0/next_update_at").asText())
        .isEqualTo("2026-11-24T03:40:00Z");
  }

  @Test
  void nothingInternalReachesAChannel() {
    ChannelPreview channels = ChannelPreview.of(preview("Rolling back."), UNSUBSCRIBE);

    String everything =
        String.join(
            "\n",
            channels.emailSubject(),
            channels.emailText(),
            channels.smsText(),
            channels.webhookJson(),
            channels.chatTitle(),
            channels.chatText());
    assertThat(everything).doesNotContain("Ledger replica").doesNotContain("Redis failover");
  }

  @Test
  void anInternalUpdateHasNoChannelToPreview() {
    UpdatePreview internal =
        new UpdatePreview(
            incident, false, "x", IncidentStatus.IDENTIFIED, "note", NOW, null, List.of());
    assertThatThrownBy(() -> ChannelPreview.of(internal, UNSUBSCRIBE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textMessagesAreCountedInTheSegmentsTheCarrierBills() {
    assertThat(ChannelPreview.smsSegments("a".repeat(160))).isEqualTo(1);
    assertThat(ChannelPreview.smsSegments("a".repeat(161))).isEqualTo(2);
    assertThat(ChannelPreview.smsSegments("€".repeat(80))).as("escaped: two septets").isEqualTo(1);
    assertThat(ChannelPreview.smsSegments("€".repeat(81))).isEqualTo(2);
    assertThat(ChannelPreview.smsSegments("Down — again " + "a".repeat(60)))
        .as("one em dash makes it UCS-2")
        .isEqualTo(2);
    assertThat(ChannelPreview.smsSegments("日本".repeat(35))).isEqualTo(1);
  }

  @Test
  void anOrdinaryUpdateFitsInTwoPlainSegments() {
    ChannelPreview channels =
        ChannelPreview.of(
            preview("We found the cause and are rolling back the release."), UNSUBSCRIBE);
    assertThat(channels.smsSegments()).isLessThanOrEqualTo(2);
  }
}
