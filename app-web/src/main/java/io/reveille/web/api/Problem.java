package io.reveille.web.api;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field (with a JSON pointer to
 * it), so a client can show the message next to the input.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors) {

  /** One invalid field. */
  public record FieldProblem(String field, String pointer, String detail) {
    public static FieldProblem of(String field, String detail) {
      return new FieldProblem(
          field, "#/" + field.replace('.', '/').replace("[", "/").replace("]", ""), detail);
    }
  }
}
