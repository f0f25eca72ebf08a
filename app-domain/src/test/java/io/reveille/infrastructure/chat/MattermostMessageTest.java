package io.reveille.infrastructure.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a Mattermost channel shows for a page: the markdown in the webhook's {@code text}. */
class MattermostMessageTest {
  private static final String HOOK = "/hooks/xjw3k9s3cr3t";

  @RegisterExtension
  static WireMockExtension mattermost =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final WebhookChatChannels channels =
      new WebhookChatChannels(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());

  @BeforeEach
  void mattermostAcceptsPosts() {
    mattermost.stubFor(post(HOOK).willReturn(okJson("{}")));
  }

  @Test
  void aPageIsMarkdownWithEscapedTextMentionsAndAcknowledgeLinks() throws Exception {
    SendOutcome outcome = postToMattermost(Pages.hostile());

    assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
    JsonNode message = receivedMessage();
    assertThat(message.has("blocks")).isFalse();
    assertThat(message.path("text").asText())
        .isEqualTo(
            String.join(
                "\n\n",
                "#### SEV1 INC-42: \\<!channel\\> \\*bold\\* "
                    + "\\[x\\]\\(http://evil\\) & \\<script\\>",
                "Escalation level 2 of 3",
                "Paging Bob, @carol, Dave \\[admin\\]\\(http://evil\\)",
                "[Open INC-42 in Reveille](https://reveille.example/incidents/42)"
                    + " · [Acknowledge as Bob](https://reveille.example/ack/bob?token=b1&via=chat)"
                    + " · [Acknowledge as Carol \\<!here\\>]"
                    + "(https://reveille.example/ack/carol?token=c2)"));
  }

  @Test
  void aHeadlineCannotNotifyTheWholeChannel() throws Exception {
    Notice notice =
        new Notice("INC-7", "Disk full", "SEV3", "@channel\nwake up", Pages.INCIDENT, List.of());

    postToMattermost(notice);

    assertThat(receivedMessage().path("text").asText())
        .contains("@\u2060channel wake up")
        .doesNotContain("@channel");
  }

  private SendOutcome postToMattermost(Notice notice) {
    return channels.post(
        new ChatDestination(ChatKind.MATTERMOST, mattermost.baseUrl() + HOOK, null), notice);
  }

  private static JsonNode receivedMessage() throws Exception {
    var requests = mattermost.findAll(postRequestedFor(urlEqualTo(HOOK)));
    assertThat(requests).hasSize(1);
    return new ObjectMapper().readTree(requests.get(0).getBodyAsString());
  }
}
