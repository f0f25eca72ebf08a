package io.reveille.incident;

/** How many customers feel the incident; the classification table's main input. */
public enum CustomerImpact {
  NONE("none", "No customers"),
  SOME("some", "Some customers"),
  ALL("all", "All customers");

  private final String code;
  private final String label;

  CustomerImpact(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value the decision table expects. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
