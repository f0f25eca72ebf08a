package io.reveille.escalation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of levels, run {@link #repeatCount()} times; after the last round nobody has
 * acknowledged and the incident managers are alerted.
 */
@Entity
@Table(name = "escalation_policy")
public class EscalationPolicy {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Column(name = "repeat_count", nullable = false)
  private int repeatCount;

  @Column(name = "is_default", nullable = false)
  private boolean isDefault;

  @OneToMany(mappedBy = "policy", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<EscalationLevel> levels = new ArrayList<>();

  @Version private long version;

  protected EscalationPolicy() {}

  EscalationPolicy(PolicyDefinition definition) {
    define(definition);
  }

  void define(PolicyDefinition definition) {
    this.name = definition.name();
    this.repeatCount = definition.repeatCount();
    levels.clear();
    for (int i = 0; i < definition.levels().size(); i++) {
      PolicyDefinition.Level level = definition.levels().get(i);
      levels.add(
          new EscalationLevel(this, i, level.targets(), level.channels(), level.waitBeforeNext()));
    }
  }

  void makeDefault(boolean isDefault) {
    this.isDefault = isDefault;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int repeatCount() {
    return repeatCount;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public List<EscalationLevel> levels() {
    return List.copyOf(levels);
  }

  public long version() {
    return version;
  }
}
