package io.reveille.postmortem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a postmortem for blame before it goes to review: the names of people in the directory,
 * "human error", and words that judge people ("careless", "fault", "should have"). It warns, it
 * does not refuse: a name is sometimes right ("the runbook Alice wrote saved us"), and a writer who
 * has to game a filter learns nothing. The warnings are shown where the writer submits, and
 * leadership sees them too while reviewing.
 */
public final class BlamelessCheck {
  /** Phrases that put an incident on a person, with the reason shown to the writer. */
  static final Map<String, String> BLAME_WORDS = new LinkedHashMap<>();

  static {
    String judge = "judges a person; describe what the system or process allowed instead.";
    BLAME_WORDS.put("human error", "names a person as the cause; ask what made the error easy.");
    BLAME_WORDS.put("operator error", "names a person as the cause; ask what made the error easy.");
    BLAME_WORDS.put("user error", "names a person as the cause; ask what made the error easy.");
    BLAME_WORDS.put("should have", "is hindsight; say what the person knew at the time.");
    BLAME_WORDS.put("shouldn't have", "is hindsight; say what the person knew at the time.");
    BLAME_WORDS.put("should not have", "is hindsight; say what the person knew at the time.");
    BLAME_WORDS.put("could have prevented", "is hindsight; say what the person knew at the time.");
    BLAME_WORDS.put("failed to", judge);
    BLAME_WORDS.put("careless", judge);
    BLAME_WORDS.put("carelessness", judge);
    BLAME_WORDS.put("negligent", judge);
    BLAME_WORDS.put("negligence", judge);
    BLAME_WORDS.put("sloppy", judge);
    BLAME_WORDS.put("lazy", judge);
    BLAME_WORDS.put("incompetent", judge);
    BLAME_WORDS.put("fault", judge);
    BLAME_WORDS.put("to blame", judge);
    BLAME_WORDS.put("blame", judge);
    BLAME_WORDS.put("mistake by", judge);
    BLAME_WORDS.put("forgot to", judge);
  }

  /** One thing the writer should look at again. */
  public record Warning(String section, String phrase, String message) {}

  private final List<String> names;

  /**
   * @param peopleNames usernames and display names from the directory; single letters and very
   *     short names are ignored, or every "a" would be a person
   */
  public BlamelessCheck(Collection<String> peopleNames) {
    this.names =
        peopleNames.stream()
            .filter(n -> n != null && n.strip().length() >= 3)
            .map(String::strip)
            .distinct()
            .toList();
  }

  /** Warnings for each section's text, in section order then phrase order. */
  public List<Warning> check(Map<String, String> textBySection) {
    List<Warning> warnings = new ArrayList<>();
    textBySection.forEach(
        (section, text) -> {
          if (text == null || text.isBlank()) {
            return;
          }
          String lower = text.toLowerCase(Locale.ROOT);
          for (Map.Entry<String, String> word : BLAME_WORDS.entrySet()) {
            if (containsWord(lower, word.getKey())
                && !coveredByLonger(lower, word.getKey(), warnings, section)) {
              warnings.add(
                  new Warning(
                      section, word.getKey(), "\"" + word.getKey() + "\" " + word.getValue()));
            }
          }
          for (String name : names) {
            if (containsWord(lower, name.toLowerCase(Locale.ROOT))) {
              warnings.add(
                  new Warning(
                      section,
                      name,
                      "names "
                          + name
                          + "; a blameless postmortem describes roles and systems, not people."));
            }
          }
        });
    return warnings;
  }

  /** "blame" inside "to blame" already warned about in this section says nothing new. */
  private static boolean coveredByLonger(
      String text, String phrase, List<Warning> already, String section) {
    return already.stream()
        .anyMatch(
            w ->
                w.section().equals(section)
                    && !w.phrase().equals(phrase)
                    && w.phrase().contains(phrase)
                    && countWord(text, phrase) == countWord(text, w.phrase()));
  }

  private static boolean containsWord(String text, String phrase) {
    return countWord(text, phrase) > 0;
  }

  private static int countWord(String text, String phrase) {
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
            .matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
