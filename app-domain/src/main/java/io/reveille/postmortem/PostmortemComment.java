package io.reveille.postmortem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A remark on one section of the postmortem, by a reviewer or the writer answering them. */
@Entity
@Table(name = "postmortem_comment")
public class PostmortemComment {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "postmortem_id")
  private Postmortem postmortem;

  @Column(name = "section_key", nullable = false, length = 64)
  private String section;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected PostmortemComment() {}

  PostmortemComment(
      Postmortem postmortem, String section, String author, String body, Instant writtenAt) {
    this.postmortem = postmortem;
    this.section = section;
    this.author = author;
    this.body = body;
    this.writtenAt = writtenAt;
  }

  public Long id() {
    return id;
  }

  /**
   * The section's key: a template section, {@code timeline}, {@code actionItems} or {@code public}.
   */
  public String section() {
    return section;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
