package io.reveille.web.api;

import io.reveille.incident.CustomerImpact;
import io.reveille.incident.ImpactAssessment;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.util.List;

/** Impact facts as sent and returned by the API; customerImpact is none, some or all. */
public record ImpactJson(
    String customerImpact,
    Boolean dataLoss,
    Boolean securityBreach,
    Boolean criticalFunctionDown,
    Boolean externallyVisible) {

  /**
   * The impact facts, or an error naming the field at {@code path} (e.g. {@code impact.} when the
   * facts are nested in the request body, so the pointer is {@code #/impact/customerImpact}).
   */
  public ImpactAssessment toAssessment(String path) {
    CustomerImpact impact =
        Inputs.require(
            CustomerImpact.class,
            customerImpact,
            path + "customerImpact",
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

  static ImpactAssessment required(ImpactJson impact, String path) {
    if (impact == null) {
      throw new InvalidInputException(
          path.isEmpty() ? "customerImpact" : path.substring(0, path.length() - 1),
          "Describe the impact.");
    }
    return impact.toAssessment(path);
  }

  /** Like {@link #required}, but collects the problem so others can be reported with it. */
  static ImpactAssessment collect(ImpactJson impact, String path, List<FieldError> errors) {
    try {
      return required(impact, path);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}
