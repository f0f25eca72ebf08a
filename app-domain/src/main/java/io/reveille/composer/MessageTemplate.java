package io.reveille.composer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Wording the team agreed on in calm times, for the moments when nobody writes well. */
@Entity
@Table(name = "message_template")
public class MessageTemplate {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private TemplateKind kind;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 5000)
  private String body;

  @Column(nullable = false)
  private int position;

  @Version private long version;

  protected MessageTemplate() {}

  MessageTemplate(TemplateKind kind, String name, String title, String body, int position) {
    change(kind, name, title, body, position);
  }

  void change(TemplateKind kind, String name, String title, String body, int position) {
    this.kind = kind;
    this.name = name;
    this.title = title;
    this.body = body;
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public TemplateKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  /** The public title it suggests. */
  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public int position() {
    return position;
  }

  public long version() {
    return version;
  }
}
