package io.reveille.postmortem;

/**
 * The customer-facing postmortem: written separately from the internal document, in words meant for
 * customers, so nothing internal (names, systems, the blameless analysis) can leak into it.
 */
public record PublicPostmortemText(String summary, String whatHappened, String nextSteps) {
  public static PublicPostmortemText empty() {
    return new PublicPostmortemText("", "", "");
  }

  public boolean isBlank() {
    return summary.isBlank() && whatHappened.isBlank() && nextSteps.isBlank();
  }

  /** The text as the status page, its JSON ({@code postmortem_body}) and its feeds show it. */
  public String body() {
    StringBuilder body = new StringBuilder(summary.strip());
    if (!whatHappened.isBlank()) {
      body.append("\n\nWhat happened\n").append(whatHappened.strip());
    }
    if (!nextSteps.isBlank()) {
      body.append("\n\nWhat we are doing about it\n").append(nextSteps.strip());
    }
    return body.toString().strip();
  }
}
