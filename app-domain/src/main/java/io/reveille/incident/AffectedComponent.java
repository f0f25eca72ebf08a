package io.reveille.incident;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A component whose status a status update changed, from what to what. */
@Embeddable
public class AffectedComponent {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "component_id")
  private Component component;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ComponentStatus previous;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ComponentStatus status;

  protected AffectedComponent() {}

  AffectedComponent(Component component, ComponentStatus previous, ComponentStatus status) {
    this.component = component;
    this.previous = previous;
    this.status = status;
  }

  public Component component() {
    return component;
  }

  public ComponentStatus previous() {
    return previous;
  }

  public ComponentStatus status() {
    return status;
  }
}
