package io.reveille.infrastructure.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.delivery.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a Teams channel shows for a page, read from the Adaptive Card the workflow receives. */
class TeamsCardTest {
  private static final String WORKFLOW = "/workflows/3f2a/triggers/manual/paths/invoke";

  @RegisterExtension
  static WireMockExtension teams =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final WebhookChatChannels channels =
      new WebhookChatChannels(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());

  @Test
  void aPageIsAnAdaptiveCardWithEscapedTextAndOneButtonPerAcknowledgeLink() throws Exception {
    teams.stubFor(
        post(urlPathEqualTo(WORKFLOW))
            .willReturn(aResponse().withStatus(202).withHeader("x-ms-workflow-run-id", "0858")));

    SendOutcome outcome =
        channels.post(
            new ChatDestination(
                ChatKind.MICROSOFT_TEAMS, teams.baseUrl() + WORKFLOW + "?sig=s3cr3t", null),
            Pages.hostile());

    assertThat(outcome).isEqualTo(new SendOutcome.Sent("0858"));
    var requests = teams.findAll(postRequestedFor(urlPathEqualTo(WORKFLOW)));
    assertThat(requests).hasSize(1);
    JsonNode message = new ObjectMapper().readTree(requests.get(0).getBodyAsString());
    assertThat(message.path("type").asText()).isEqualTo("message");
    assertThat(message.at("/attachments/0/contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");

    JsonNode card = message.at("/attachments/0/content");
    assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.path("version").asText()).isEqualTo("1.4");
    JsonNode body = card.path("body");
    assertThat(body).hasSize(4);
    assertThat(body)
        .allSatisfy(block -> assertThat(block.path("type").asText()).isEqualTo("TextBlock"));
    assertThat(body.at("/0/text").asText()).isEqualTo("SEV1 INC-42");
    assertThat(body.at("/1/text").asText())
        .isEqualTo("<!channel> \\*bold\\* \\[x\\]\\(http://evil\\) & <script>");
    assertThat(body.at("/2/text").asText()).isEqualTo("Escalation level 2 of 3");
    assertThat(body.at("/3/text").asText())
        .isEqualTo("Paging Bob, Carol <!here>, Dave \\[admin\\]\\(http://evil\\)");

    JsonNode actions = card.path("actions");
    assertThat(actions).hasSize(3);
    assertThat(actions)
        .allSatisfy(a -> assertThat(a.path("type").asText()).isEqualTo("Action.OpenUrl"));
    assertThat(actions.at("/0/title").asText()).isEqualTo("Open INC-42 in Reveille");
    assertThat(actions.at("/0/url").asText()).isEqualTo(Pages.INCIDENT.toString());
    assertThat(actions.at("/1/title").asText()).isEqualTo("Acknowledge as Bob");
    assertThat(actions.at("/1/url").asText()).isEqualTo(Pages.BOB_ACKNOWLEDGES.toString());
    assertThat(actions.at("/2/title").asText()).isEqualTo("Acknowledge as Carol <!here>");
    assertThat(actions.at("/2/url").asText()).isEqualTo(Pages.CAROL_ACKNOWLEDGES.toString());
  }
}
