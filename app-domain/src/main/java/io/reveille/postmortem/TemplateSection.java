package io.reveille.postmortem;

import java.util.List;
import java.util.Set;

/**
 * One section of the postmortem template: its key (a built-in section's field name, or the key of a
 * section an administrator added), the title and the prompt shown beside it.
 */
public record TemplateSection(String key, String title, String prompt) {
  /** The SRE/PagerDuty template, in the order it is written. */
  public static final List<TemplateSection> BUILT_IN =
      List.of(
          new TemplateSection(
              "summary", "Summary", "What happened, in two or three sentences, and its impact."),
          new TemplateSection(
              "impact",
              "Impact",
              "Who was affected, how, and for how long, with numbers: customers or accounts"
                  + " affected, support contacts, revenue. The time in each severity and status"
                  + " is computed below."),
          new TemplateSection(
              "contributingFactors",
              "Contributing factors",
              "The conditions in systems and processes that allowed this; there is rarely a single"
                  + " root cause. Never a person."),
          new TemplateSection("trigger", "Trigger", "What set it off."),
          new TemplateSection("resolution", "Resolution", "What ended it."),
          new TemplateSection("detection", "Detection", "How we found out, and how long it took."),
          new TemplateSection("wentWell", "What went well", ""),
          new TemplateSection("wentWrong", "What went wrong", ""),
          new TemplateSection("gotLucky", "Where we got lucky", ""),
          new TemplateSection(
              "supportingInformation",
              "Supporting information",
              "Links to dashboards, graphs, logs, chat transcripts."));

  /** Leadership cannot judge a postmortem without these, when the template has them. */
  public static final Set<String> NEEDED_FOR_REVIEW =
      Set.of("summary", "impact", "contributingFactors", "resolution");

  public boolean isBuiltIn() {
    return BUILT_IN.stream().anyMatch(s -> s.key().equals(key));
  }
}
