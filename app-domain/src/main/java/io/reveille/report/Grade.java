package io.reveille.report;

/** A school grade for how an incident was communicated, from the points left out of 100. */
public enum Grade {
  A(90),
  B(80),
  C(70),
  D(60),
  F(0);

  private final int from;

  Grade(int from) {
    this.from = from;
  }

  public static Grade of(int points) {
    for (Grade grade : values()) {
      if (points >= grade.from) {
        return grade;
      }
    }
    return F;
  }
}
