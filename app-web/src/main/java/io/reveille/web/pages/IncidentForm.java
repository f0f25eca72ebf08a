package io.reveille.web.pages;

import io.reveille.incident.CustomerImpact;
import io.reveille.incident.ImpactAssessment;
import jakarta.ws.rs.FormParam;

/** The declare form's fields, as typed. Check boxes arrive only when ticked. */
public class IncidentForm {
  @FormParam("title")
  public String title = "";

  @FormParam("summary")
  public String summary = "";

  @FormParam("customerImpact")
  public String customerImpact = "some";

  @FormParam("dataLoss")
  public String dataLoss;

  @FormParam("securityBreach")
  public String securityBreach;

  @FormParam("criticalFunctionDown")
  public String criticalFunctionDown;

  @FormParam("externallyVisible")
  public String externallyVisible;

  public ImpactAssessment impact() {
    CustomerImpact impact = CustomerImpact.SOME;
    for (CustomerImpact candidate : CustomerImpact.values()) {
      if (candidate.code().equals(customerImpact)) {
        impact = candidate;
      }
    }
    return new ImpactAssessment(
        impact,
        dataLoss != null,
        securityBreach != null,
        criticalFunctionDown != null,
        externallyVisible != null);
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getCustomerImpact() {
    return customerImpact;
  }

  public boolean isDataLoss() {
    return dataLoss != null;
  }

  public boolean isSecurityBreach() {
    return securityBreach != null;
  }

  public boolean isCriticalFunctionDown() {
    return criticalFunctionDown != null;
  }

  public boolean isExternallyVisible() {
    return externallyVisible != null;
  }
}
