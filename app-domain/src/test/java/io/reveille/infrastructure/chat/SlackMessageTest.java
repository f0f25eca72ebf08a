package io.reveille.infrastructure.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.delivery.Notice;
import io.reveille.delivery.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a Slack channel shows for a page, read from the Block Kit message the webhook receives. */
class SlackMessageTest {
  private static final String HOOK = "/services/T0001/B0001/s3cr3tT0k3n";

  @RegisterExtension
  static WireMockExtension slack =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final WebhookChatChannels channels =
      new WebhookChatChannels(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());

  @BeforeEach
  void slackAcceptsMessages() {
    slack.stubFor(
        post(HOOK).willReturn(aResponse().withBody("ok").withHeader("x-slack-req-id", "req-7f3a")));
  }

  @Test
  void aPageShowsSeverityTitleHeadlineMentionsLinkAndAcknowledgeButtons() throws Exception {
    SendOutcome outcome = postToSlack(Pages.hostile());

    assertThat(outcome).isEqualTo(new SendOutcome.Sent("req-7f3a"));
    JsonNode message = receivedMessage();
    String escapedTitle = "&lt;!channel&gt; *bold* [x](http://evil) &amp; &lt;script&gt;";
    assertThat(message.path("text").asText()).isEqualTo("SEV1 INC-42: " + escapedTitle);
    assertThat(message.path("unfurl_links").asBoolean(true)).isFalse();

    JsonNode blocks = message.path("blocks");
    assertThat(blocks).hasSize(5);
    assertThat(blocks.at("/0/type").asText()).isEqualTo("header");
    assertThat(blocks.at("/0/text/type").asText()).isEqualTo("plain_text");
    assertThat(blocks.at("/0/text/text").asText()).isEqualTo("SEV1 INC-42: " + escapedTitle);
    assertThat(blocks.at("/1/text/text").asText()).isEqualTo("Escalation level 2 of 3");
    assertThat(blocks.at("/2/text/type").asText()).isEqualTo("mrkdwn");
    assertThat(blocks.at("/2/text/text").asText())
        .isEqualTo("Paging <@U024BE7LH>, Carol &lt;!here&gt;, Dave [admin](http://evil)");
    assertThat(blocks.at("/3/type").asText()).isEqualTo("context");
    assertThat(blocks.at("/3/elements/0/text").asText())
        .isEqualTo("<https://reveille.example/incidents/42|Open INC-42 in Reveille>");

    JsonNode buttons = blocks.at("/4/elements");
    assertThat(blocks.at("/4/type").asText()).isEqualTo("actions");
    assertThat(buttons).hasSize(2);
    assertThat(buttons.at("/0/type").asText()).isEqualTo("button");
    assertThat(buttons.at("/0/text/text").asText()).isEqualTo("Acknowledge as Bob");
    assertThat(buttons.at("/0/url").asText()).isEqualTo(Pages.BOB_ACKNOWLEDGES.toString());
    assertThat(buttons.at("/1/text/text").asText()).isEqualTo("Acknowledge as Carol &lt;!here&gt;");
    assertThat(buttons.at("/1/url").asText()).isEqualTo(Pages.CAROL_ACKNOWLEDGES.toString());
    assertThat(buttons.at("/0/action_id").asText())
        .isNotEqualTo(buttons.at("/1/action_id").asText());
  }

  @Test
  void onlyTheMentionAndLinkReveilleMadeAreLive() throws Exception {
    postToSlack(Pages.hostile());

    List<String> controls = new ArrayList<>();
    collectSlackControls(receivedMessage(), controls);

    assertThat(controls)
        .containsOnly(
            "<@U024BE7LH>", "<https://reveille.example/incidents/42|Open INC-42 in Reveille>");
  }

  @Test
  void aLongTitleIsCutToSlacksHeaderLimitWithoutBreakingAnEscape() throws Exception {
    postToSlack(Pages.titled("&".repeat(400)));

    String header = receivedMessage().at("/blocks/0/text/text").asText();
    assertThat(header).hasSizeLessThanOrEqualTo(150).matches("SEV1 INC-42: (&amp;)+…");
  }

  @Test
  void theRequestIsJsonWithReveillesUserAgent() {
    postToSlack(Pages.hostile());

    slack.verify(
        postRequestedFor(urlEqualTo(HOOK))
            .withHeader("Content-Type", containing("application/json"))
            .withHeader("User-Agent", containing("Reveille")));
  }

  private SendOutcome postToSlack(Notice notice) {
    return channels.post(new ChatDestination(ChatKind.SLACK, slack.baseUrl() + HOOK, null), notice);
  }

  private static JsonNode receivedMessage() throws Exception {
    var requests = slack.findAll(postRequestedFor(urlEqualTo(HOOK)));
    assertThat(requests).hasSize(1);
    return new ObjectMapper().readTree(requests.get(0).getBodyAsString());
  }

  /** Every {@code <…>} in a text Slack parses: a mention, a broadcast or a link. */
  private static void collectSlackControls(JsonNode node, List<String> controls) {
    if (node.isTextual()) {
      Matcher control = Pattern.compile("<[^>]*>").matcher(node.asText());
      while (control.find()) {
        controls.add(control.group());
      }
    }
    node.forEach(child -> collectSlackControls(child, controls));
  }
}
