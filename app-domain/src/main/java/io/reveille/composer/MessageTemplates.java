package io.reveille.composer;

import io.reveille.component.Component;
import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentService;
import io.reveille.incident.Visibility;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.OrganisationZone;
import io.reveille.shared.Settings;
import io.reveille.shared.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The admin-managed templates, and filling one in for an incident. */
@ApplicationScoped
@Transactional
public class MessageTemplates {
  /** What {product} says; the status page's name for what customers use. */
  static final String PRODUCT = Settings.get("reveille.product-name").orElse("our service");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z");

  @PersistenceContext EntityManager em;
  @Inject @OrganisationZone ZoneId zone;
  @Inject IncidentService incidents;

  public List<MessageTemplate> all() {
    return em.createQuery(
            "select t from MessageTemplate t order by t.position, t.name", MessageTemplate.class)
        .getResultList();
  }

  /** The templates for incident updates (maintenance has its own). */
  public List<MessageTemplate> forIncidents() {
    return all().stream().filter(t -> t.kind().suggestedStatus() != null).toList();
  }

  public MessageTemplate get(long id) {
    MessageTemplate template = em.find(MessageTemplate.class, id);
    if (template == null) {
      throw new NotFoundException("There is no template " + id + ".");
    }
    return template;
  }

  public MessageTemplate create(Actor actor, TemplateDraft draft) {
    actor.require("manage templates", Role.ADMIN);
    check(draft, null);
    MessageTemplate template =
        new MessageTemplate(
            draft.kind(),
            draft.name().strip(),
            draft.title().strip(),
            draft.body().strip(),
            draft.position());
    em.persist(template);
    return template;
  }

  public MessageTemplate change(Actor actor, long id, TemplateDraft draft) {
    actor.require("manage templates", Role.ADMIN);
    MessageTemplate template = get(id);
    check(draft, template);
    template.change(
        draft.kind(),
        draft.name().strip(),
        draft.title().strip(),
        draft.body().strip(),
        draft.position());
    return template;
  }

  public void delete(Actor actor, long id) {
    actor.require("manage templates", Role.ADMIN);
    em.remove(get(id));
  }

  /**
   * Fills a template in for an incident, inside one transaction (the incident's components are
   * read).
   *
   * @param nextUpdateAt when the next update will come, if the update promises one
   */
  public FilledTemplate fill(long templateId, IncidentNumber number, Instant nextUpdateAt) {
    MessageTemplate template = get(templateId);
    Incident incident = incidents.get(number);
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    values.put(Placeholder.PRODUCT, PRODUCT);
    values.put(Placeholder.IMPACTED_SERVICES, impactedServices(incident.components()));
    values.put(
        Placeholder.GENERAL_IMPACT,
        switch (incident.impact().customerImpact()) {
          case ALL -> "all customers";
          case SOME -> "some customers";
          case NONE -> "a small number of customers";
        });
    values.put(
        Placeholder.NEXT_UPDATE_TIME,
        nextUpdateAt == null ? "as soon as we know more" : TIME.format(nextUpdateAt.atZone(zone)));
    return new FilledTemplate(
        template.id(),
        template.name(),
        template.kind().suggestedStatus(),
        TemplateText.fill(template.title(), values),
        TemplateText.fill(template.body(), values));
  }

  /** "Payments API", "Payments API and Search", "A, B and C"; internal components never named. */
  static String impactedServices(List<Component> components) {
    List<String> names =
        components.stream()
            .filter(c -> c.visibility() == Visibility.PUBLIC)
            .map(Component::name)
            .toList();
    if (names.isEmpty()) {
      return "some of our services";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** Installs the default wording once, on a new installation. */
  public void installDefaults() {
    if (em.createQuery("select count(t) from MessageTemplate t", Long.class).getSingleResult()
        > 0) {
      return;
    }
    int position = 0;
    for (TemplateDraft draft : DefaultTemplates.ALL) {
      em.persist(
          new MessageTemplate(draft.kind(), draft.name(), draft.title(), draft.body(), position++));
    }
  }

  private void check(TemplateDraft draft, MessageTemplate existing) {
    List<FieldError> errors = new ArrayList<>();
    if (draft.kind() == null) {
      errors.add(new FieldError("kind", "Choose what the template is for."));
    }
    TextInput.check(errors, "name", draft.name(), 2, 100, "Name the template.");
    TextInput.check(errors, "title", draft.title(), 3, 200, "Write the title customers read.");
    TextInput.check(errors, "body", draft.body(), 1, 5000, "Write the message.");
    for (String field : List.of("title", "body")) {
      String text = field.equals("title") ? draft.title() : draft.body();
      List<String> unknown = TemplateText.unknownPlaceholders(text);
      if (!unknown.isEmpty()) {
        errors.add(
            new FieldError(
                field,
                String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is not a placeholder" : " are not placeholders")
                    + "; use "
                    + String.join(
                        ", ",
                        java.util.Arrays.stream(Placeholder.values())
                            .map(Placeholder::token)
                            .toList())
                    + "."));
      }
    }
    if (errors.isEmpty()) {
      em.createQuery("select t from MessageTemplate t where t.name = :name", MessageTemplate.class)
          .setParameter("name", draft.name().strip())
          .getResultStream()
          .filter(t -> t != existing)
          .findFirst()
          .ifPresent(t -> errors.add(new FieldError("name", "A template is already called that.")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
