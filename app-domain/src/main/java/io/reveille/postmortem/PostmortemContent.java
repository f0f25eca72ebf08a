package io.reveille.postmortem;

/**
 * The written sections of a postmortem, after the SRE and PagerDuty templates. Contributing factors
 * name causes in systems and processes, never a person.
 */
public record PostmortemContent(
    String summary,
    String impact,
    String contributingFactors,
    String trigger,
    String resolution,
    String detection,
    String wentWell,
    String wentWrong,
    String gotLucky) {

  public static PostmortemContent empty() {
    return new PostmortemContent("", "", "", "", "", "", "", "", "");
  }
}
