package io.reveille.infrastructure.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User text keeps its look in Teams and Mattermost: no markup, no list, no mention. */
class MarkdownTest {

  @Test
  void textThatWouldStartAListIsEscapedWhereCommonMarkExpectsTheBackslash() {
    assertThat(Markdown.escapeForTeams("1. Checkout is down")).isEqualTo("1\\. Checkout is down");
    assertThat(Markdown.escapeForTeams("- Checkout is down")).isEqualTo("\\- Checkout is down");
    assertThat(Markdown.escapeForTeams("12) down")).isEqualTo("12\\) down");
    assertThat(Markdown.escapeForTeams("Checkout - 2. try")).isEqualTo("Checkout - 2. try");
  }

  @Test
  void mattermostBroadcastsAndUsernamesNeverNotify() {
    assertThat(Markdown.escapeForMattermost("@channel @all @here @bob"))
        .isEqualTo("@\u2060channel @\u2060all @\u2060here @\u2060bob");
  }

  @Test
  void mattermostEscapesCodeStrikeTablesHtmlAndHeadings() {
    assertThat(Markdown.escapeForMattermost("# `rm` ~~x~~ a|b <b>"))
        .isEqualTo("\\# \\`rm\\` \\~\\~x\\~\\~ a\\|b \\<b\\>");
  }

  @Test
  void aBackslashTypedByTheUserStaysABackslash() {
    assertThat(Markdown.escapeForTeams("C:\\temp\\*")).isEqualTo("C:\\\\temp\\\\\\*");
  }
}
