package io.reveille.severity;

import java.util.Objects;

/** The severity the classification table chose, with the one-line reason shown to the user. */
public record SeverityAssessment(Severity severity, String reason) {
  public SeverityAssessment {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
  }
}
