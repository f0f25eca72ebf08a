package io.reveille.infrastructure.chat;

import io.reveille.delivery.Notice;
import io.reveille.delivery.Notice.Mention;
import java.net.URI;
import java.util.List;

/** Pages as someone set on mischief would write them, and the links Reveille adds. */
final class Pages {
  static final String HOSTILE_TITLE = "<!channel> *bold* [x](http://evil) & <script>";
  static final URI INCIDENT = URI.create("https://reveille.example/incidents/42");
  static final URI BOB_ACKNOWLEDGES =
      URI.create("https://reveille.example/ack/bob?token=b1&via=chat");
  static final URI CAROL_ACKNOWLEDGES = URI.create("https://reveille.example/ack/carol?token=c2");

  private Pages() {}

  /** Bob has a Slack member id, Carol a Mattermost username, Dave neither and no link. */
  static Notice hostile() {
    return new Notice(
        "INC-42",
        HOSTILE_TITLE,
        "SEV1",
        "Escalation level 2 of 3",
        INCIDENT,
        List.of(
            new Mention("Bob", "U024BE7LH", BOB_ACKNOWLEDGES),
            new Mention("Carol <!here>", "carol", CAROL_ACKNOWLEDGES),
            new Mention("Dave [admin](http://evil)", null, null)));
  }

  static Notice titled(String title) {
    return new Notice("INC-42", title, "SEV1", "Escalation level 1 of 3", INCIDENT, List.of());
  }
}
