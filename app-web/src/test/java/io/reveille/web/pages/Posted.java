package io.reveille.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a submitted form as a browser sends it: name, value, name, value…, names may repeat. */
final class Posted {
  private Posted() {}

  static PostedForm form(String... namesAndValues) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.computeIfAbsent(namesAndValues[i], n -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return new PostedForm(fields);
  }
}
