package io.reveille.postmortem;

import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The template postmortems are written to. Administrators rename sections, change their prompts,
 * reorder them, drop built-in ones and add their own; an empty store means the built-in template.
 * Text already written for a section that is later removed is kept, just no longer shown.
 */
@ApplicationScoped
@Transactional
public class PostmortemTemplate {
  private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]{0,63}");

  @PersistenceContext EntityManager em;

  public List<TemplateSection> sections() {
    List<TemplateSectionRow> rows =
        em.createQuery(
                "select s from TemplateSectionRow s order by s.position", TemplateSectionRow.class)
            .getResultList();
    return rows.isEmpty()
        ? TemplateSection.BUILT_IN
        : rows.stream().map(TemplateSectionRow::section).toList();
  }

  /**
   * Replaces the template. A section without a key is a new one; its key is made from its title.
   */
  public List<TemplateSection> replace(Actor actor, List<TemplateSection> sections) {
    actor.require("change the postmortem template", Role.ADMIN);
    List<FieldError> errors = new ArrayList<>();
    List<TemplateSection> clean = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    if (sections == null || sections.isEmpty()) {
      throw new InvalidInputException("sections", "Keep at least one section.");
    }
    for (int i = 0; i < sections.size(); i++) {
      TemplateSection s = sections.get(i);
      String prefix = "sections[" + i + "].";
      String title = s == null || s.title() == null ? "" : s.title().strip();
      String prompt = s == null || s.prompt() == null ? "" : s.prompt().strip();
      if (title.isEmpty()) {
        errors.add(new FieldError(prefix + "title", "Give the section a title."));
      } else if (title.length() > 200) {
        errors.add(new FieldError(prefix + "title", "Keep the title under 200 characters."));
      }
      if (prompt.length() > 2000) {
        errors.add(new FieldError(prefix + "prompt", "Keep the prompt under 2,000 characters."));
      }
      String key = s == null || s.key() == null || s.key().isBlank() ? keyOf(title) : s.key();
      if (!KEY.matcher(key).matches()) {
        errors.add(
            new FieldError(prefix + "key", "Use letters, digits and dashes, starting a letter."));
      } else if (!keys.add(key)) {
        errors.add(new FieldError(prefix + "key", "Two sections share the key '" + key + "'."));
      }
      clean.add(new TemplateSection(key, title, prompt));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    em.createQuery("delete from TemplateSectionRow").executeUpdate();
    em.flush();
    for (int i = 0; i < clean.size(); i++) {
      em.persist(new TemplateSectionRow(clean.get(i), i));
    }
    return List.copyOf(clean);
  }

  /** Back to the built-in template. */
  public void reset(Actor actor) {
    actor.require("change the postmortem template", Role.ADMIN);
    em.createQuery("delete from TemplateSectionRow").executeUpdate();
  }

  static String keyOf(String title) {
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    slug = slug.isEmpty() ? "section" : slug;
    slug = Character.isLetter(slug.charAt(0)) ? slug : "s-" + slug;
    return slug.length() > 64 ? slug.substring(0, 64) : slug;
  }
}
