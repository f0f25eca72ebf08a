package io.reveille.component;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A heading on the status page that components sit under, such as "Core platform". */
@Entity
@Table(name = "component_group")
public class ComponentGroup {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Column(nullable = false, length = 1000)
  private String description;

  @Column(nullable = false)
  private int position;

  @Version private long version;

  protected ComponentGroup() {}

  ComponentGroup(String name, String description, int position) {
    this.name = name;
    this.description = description;
    this.position = position;
  }

  void change(String name, String description, int position) {
    this.name = name;
    this.description = description;
    this.position = position;
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

  public int position() {
    return position;
  }
}
