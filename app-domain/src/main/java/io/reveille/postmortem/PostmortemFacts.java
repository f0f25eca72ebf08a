package io.reveille.postmortem;

import java.util.List;

/**
 * What the record says about the incident, computed for the postmortem: durations and who
 * responded. Never stored, so it always agrees with the incident's timeline.
 */
public record PostmortemFacts(IncidentDurations durations, List<Responder> responders) {

  /** Someone who took part: the roles they held, and whether they acknowledged a page. */
  public record Responder(
      String username, String displayName, List<String> roles, boolean acknowledged) {}
}
