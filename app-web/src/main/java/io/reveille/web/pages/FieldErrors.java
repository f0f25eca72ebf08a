package io.reveille.web.pages;

import io.reveille.shared.DomainException;
import java.util.Map;

/**
 * A refused form's messages as its template shows them: each next to its field and tied to it for
 * screen readers ({@code aria-describedby}, {@code aria-invalid}), the gist under {@code "form"}. A
 * field's name is also its element id, so the message's id is the name plus {@code -error}.
 */
public record FieldErrors(Map<String, String> messages) {
  private static final FieldErrors NONE = new FieldErrors(Map.of());

  public FieldErrors {
    messages = Map.copyOf(messages);
  }

  static FieldErrors none() {
    return NONE;
  }

  static FieldErrors of(DomainException e) {
    return new FieldErrors(FormErrors.of(e));
  }

  /**
   * The same messages with their fields under {@code prefix}, for a form repeated on a page (one
   * per schedule): {@code from} becomes {@code overrides/12/from}. The gist stays the page's.
   */
  FieldErrors under(String prefix) {
    Map<String, String> moved = new java.util.HashMap<>();
    messages.forEach(
        (field, message) -> moved.put(field.equals("form") ? field : prefix + field, message));
    return new FieldErrors(moved);
  }

  public boolean any() {
    return !messages.isEmpty();
  }

  public boolean has(String field) {
    return messages.containsKey(field);
  }

  public String of(String field) {
    return messages.get(field);
  }

  /** The id of the field's message, or null (no attribute) when the field is fine. */
  public String describedBy(String field) {
    return has(field) ? field + "-error" : null;
  }

  /** {@code "true"} for a refused field, or null (no attribute) when the field is fine. */
  public String invalid(String field) {
    return has(field) ? "true" : null;
  }
}
