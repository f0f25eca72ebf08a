package io.reveille.search;

import io.reveille.shared.InvalidInputException;

/**
 * The search text could not be read: where (1-based position in {@code q}) and what was expected
 * there, so the box can point at the mistake.
 */
public class QuerySyntaxException extends InvalidInputException {
  private final int position;

  public QuerySyntaxException(int position, String message) {
    super("q", "At position " + position + ": " + message);
    this.position = position;
  }

  /** 1-based position of the character where reading stopped. */
  public int position() {
    return position;
  }
}
