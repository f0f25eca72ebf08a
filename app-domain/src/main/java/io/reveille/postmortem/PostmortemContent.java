package io.reveille.postmortem;

/**
 * The written sections of a postmortem, after the SRE and PagerDuty templates. Contributing factors
 * name causes in systems and processes, never a person. The action items and the timeline are kept
 * beside it ({@link Postmortem#actionItems()}, {@link Postmortem#timeline()}).
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
    String gotLucky,
    String supportingInformation) {

  /** The sections of the first release, without supporting information. */
  public PostmortemContent(
      String summary,
      String impact,
      String contributingFactors,
      String trigger,
      String resolution,
      String detection,
      String wentWell,
      String wentWrong,
      String gotLucky) {
    this(
        summary,
        impact,
        contributingFactors,
        trigger,
        resolution,
        detection,
        wentWell,
        wentWrong,
        gotLucky,
        "");
  }

  public static PostmortemContent empty() {
    return new PostmortemContent("", "", "", "", "", "", "", "", "", "");
  }

  /** The text of a built-in section by its key ({@link TemplateSection#BUILT_IN}); null if none. */
  public String section(String key) {
    return switch (key) {
      case "summary" -> summary;
      case "impact" -> impact;
      case "contributingFactors" -> contributingFactors;
      case "trigger" -> trigger;
      case "resolution" -> resolution;
      case "detection" -> detection;
      case "wentWell" -> wentWell;
      case "wentWrong" -> wentWrong;
      case "gotLucky" -> gotLucky;
      case "supportingInformation" -> supportingInformation;
      default -> null;
    };
  }
}
