package io.reveille.infrastructure.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cutting text to a provider's limit never leaves a broken character or a broken escape. */
class ChatTextTest {

  @Test
  void anEmojiIsKeptWholeOrDropped() {
    String siren = "\uD83D\uDEA8";

    String cut = ChatText.shorten(siren.repeat(100), 12);

    assertThat(cut).isEqualTo(siren.repeat(5) + "…");
  }

  @Test
  void anEscapeIsKeptWholeOrDropped() {
    String cut = ChatText.fit("a" + "*".repeat(50), 10, Markdown::escapeForTeams);

    assertThat(cut).isEqualTo("a\\*\\*\\*\\*…");
  }

  @Test
  void lineBreaksAndControlsBecomeOneSpace() {
    assertThat(ChatText.oneLine(" Checkout\r\n\r\n# down\u2028now\t "))
        .isEqualTo("Checkout # down now");
    assertThat(ChatText.oneLine(null)).isEmpty();
  }
}
