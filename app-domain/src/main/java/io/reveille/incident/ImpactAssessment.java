package io.reveille.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** The facts about an incident's impact from which its severity is classified. */
@Embeddable
public record ImpactAssessment(
    @Enumerated(EnumType.STRING) @Column(name = "customer_impact", nullable = false)
        CustomerImpact customerImpact,
    @Column(name = "data_loss", nullable = false) boolean dataLoss,
    @Column(name = "security_breach", nullable = false) boolean securityBreach,
    @Column(name = "critical_function_down", nullable = false) boolean criticalFunctionDown,
    @Column(name = "externally_visible", nullable = false) boolean externallyVisible) {

  public ImpactAssessment {
    Objects.requireNonNull(customerImpact, "customerImpact");
  }
}
