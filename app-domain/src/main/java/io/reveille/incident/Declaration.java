package io.reveille.incident;

import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.TextInput;
import java.util.ArrayList;
import java.util.List;

/** What an incident manager knows when declaring an incident. */
public record Declaration(
    String title, String summary, ImpactAssessment impact, List<String> components) {

  public Declaration {
    components = components == null ? List.of() : components;
  }

  public Declaration(String title, String summary, ImpactAssessment impact) {
    this(title, summary, impact, List.of());
  }

  /**
   * Everything wrong with this declaration, each naming its field; empty when it can be declared.
   */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    TextInput.check(errors, "title", title, 3, 200, "Give the incident a short title.");
    if (summary != null && summary.length() > 4000) {
      errors.add(new FieldError("summary", "Keep the summary under 4,000 characters."));
    }
    if (components.size() > 20 || components.stream().anyMatch(c -> c == null || c.isBlank())) {
      errors.add(new FieldError("components", "Name up to 20 affected components, none empty."));
    }
    if (impact == null) {
      errors.add(new FieldError("impact", "Say how many customers are affected."));
    }
    return errors;
  }
}
