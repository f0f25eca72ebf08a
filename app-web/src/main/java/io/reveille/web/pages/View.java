package io.reveille.web.pages;

import java.util.HashMap;
import java.util.Map;

/** A page to render: a Thymeleaf template under {@code templates/} and its model. */
public record View(String template, Map<String, Object> model) {
  public static View of(String template) {
    return new View(template, new HashMap<>());
  }

  public View with(String name, Object value) {
    model.put(name, value);
    return this;
  }
}
