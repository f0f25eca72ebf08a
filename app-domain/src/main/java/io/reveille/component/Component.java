package io.reveille.component;

import io.reveille.escalation.EscalationPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * A service or part of the product an incident can be about, such as "Payments API". It names the
 * escalation policy that pages for incidents on it.
 */
@Entity
@Table(name = "component")
public class Component {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Column(nullable = false, length = 1000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "escalation_policy_id")
  private EscalationPolicy escalationPolicy;

  @Version private long version;

  protected Component() {}

  Component(String name, String description, EscalationPolicy escalationPolicy) {
    this.name = name;
    this.description = description;
    this.escalationPolicy = escalationPolicy;
  }

  void change(String name, String description, EscalationPolicy escalationPolicy) {
    this.name = name;
    this.description = description;
    this.escalationPolicy = escalationPolicy;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Optional<EscalationPolicy> escalationPolicy() {
    return Optional.ofNullable(escalationPolicy);
  }
}
