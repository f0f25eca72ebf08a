package io.reveille.postmortem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored section of the administrator's template. */
@Entity
@Table(name = "postmortem_template_section")
class TemplateSectionRow {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(name = "section_key", nullable = false, length = 64)
  private String key;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 2000)
  private String prompt;

  @Column(nullable = false)
  private int position;

  protected TemplateSectionRow() {}

  TemplateSectionRow(TemplateSection section, int position) {
    this.key = section.key();
    this.title = section.title();
    this.prompt = section.prompt();
    this.position = position;
  }

  TemplateSection section() {
    return new TemplateSection(key, title, prompt);
  }

  int position() {
    return position;
  }
}
