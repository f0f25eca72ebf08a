package io.reveille.incident;

import io.reveille.component.ComponentStatus;

/** A status update's change to one component: "Payments API is now a partial outage". */
public record ComponentChange(String component, ComponentStatus status) {}
