package io.reveille.delivery;

import java.net.URI;
import java.util.List;

/**
 * What a page says about an incident, before any channel formats it. Every field is untrusted text
 * typed by people; each adapter escapes it for its own format.
 *
 * @param incidentNumber such as {@code INC-42}
 * @param title the incident's title
 * @param severity such as {@code SEV1}
 * @param headline one line saying why this message is sent, such as "Escalation level 2 of 3"
 * @param incidentUrl the incident room
 * @param mentions the people this message is meant for, each with their own acknowledge link
 */
public record Notice(
    String incidentNumber,
    String title,
    String severity,
    String headline,
    URI incidentUrl,
    List<Mention> mentions) {

  public Notice {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /**
   * A person the message is meant for. {@code chatHandle} is their handle in the chat tool (a Slack
   * member id such as {@code U024BE7LH}, or a name), or null; {@code acknowledgeUrl} is a signed
   * one-time link that acknowledges as them, or null.
   */
  public record Mention(String displayName, String chatHandle, URI acknowledgeUrl) {}
}
