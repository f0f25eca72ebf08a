package io.reveille.web.api;

import io.reveille.incident.CustomerImpact;
import io.reveille.incident.ImpactAssessment;
import io.reveille.shared.InvalidInputException;

/** Impact facts as sent and returned by the API; customerImpact is none, some or all. */
public record ImpactJson(
    String customerImpact,
    Boolean dataLoss,
    Boolean securityBreach,
    Boolean criticalFunctionDown,
    Boolean externallyVisible) {

  public ImpactAssessment toAssessment() {
    CustomerImpact impact =
        Inputs.require(
            CustomerImpact.class,
            customerImpact,
            "customerImpact",
            "Say how many customers are affected: none, some or all.");
    return new ImpactAssessment(
        impact,
        isTrue(dataLoss),
        isTrue(securityBreach),
        isTrue(criticalFunctionDown),
        isTrue(externallyVisible));
  }

  public static ImpactJson of(ImpactAssessment impact) {
    return new ImpactJson(
        impact.customerImpact().code(),
        impact.dataLoss(),
        impact.securityBreach(),
        impact.criticalFunctionDown(),
        impact.externallyVisible());
  }

  static ImpactAssessment required(ImpactJson impact) {
    if (impact == null) {
      throw new InvalidInputException("impact", "Describe the impact.");
    }
    return impact.toAssessment();
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}
