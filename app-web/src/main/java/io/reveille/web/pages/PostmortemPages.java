package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.postmortem.ActionItemDraft;
import io.reveille.postmortem.ActionItemPriority;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.ActionItemType;
import io.reveille.postmortem.IncidentDurations;
import io.reveille.postmortem.Postmortem;
import io.reveille.postmortem.PostmortemContent;
import io.reveille.postmortem.PostmortemDraft;
import io.reveille.postmortem.PostmortemService;
import io.reveille.postmortem.PostmortemState;
import io.reveille.postmortem.PostmortemTemplate;
import io.reveille.postmortem.PublicPostmortemText;
import io.reveille.postmortem.ReviewDecision;
import io.reveille.postmortem.TemplateSection;
import io.reveille.postmortem.TimelineEdit;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.shared.InvalidInputException;
import io.reveille.web.api.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The postmortem editor and the leadership review: sections from the template, the timeline drafted
 * from the incident, computed durations, responders, action items, the blameless check's warnings,
 * comments per section, and the customer-facing text with its approval and publication.
 */
@Path("/incidents/{number}/postmortem")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PostmortemPages {
  @Inject PostmortemService postmortems;
  @Inject PostmortemTemplate template;
  @Inject IncidentService incidents;
  @Inject Actor actor;

  /** One section of the document as the page shows it. */
  public record Section(String field, String title, String guidance) {}

  /** A duration row: what, and how long. */
  public record Span(String label, String duration) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public View show(@PathParam("number") String number) {
    IncidentNumber incident = IncidentNumber.parse(number);
    Postmortem postmortem = postmortems.of(incident);
    return view(incident, postmortem, sectionsOf(postmortem), Map.of());
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("number") String number, @Context HttpServletRequest request) {
    MultivaluedMap<String, String> form = PostmortemPages.formOf(request);
    IncidentNumber incident = IncidentNumber.parse(number);
    Map<String, String> text = new HashMap<>();
    List<TemplateSection> sections = template.sections();
    for (TemplateSection s : sections) {
      text.put(s.key(), form.getFirst(s.key()) == null ? "" : form.getFirst(s.key()));
    }
    try {
      Map<String, String> custom = new LinkedHashMap<>();
      sections.stream()
          .filter(s -> !s.isBuiltIn())
          .forEach(s -> custom.put(s.key(), text.get(s.key())));
      PostmortemContent content =
          new PostmortemContent(
              form.getFirst("summary"),
              form.getFirst("impact"),
              form.getFirst("contributingFactors"),
              form.getFirst("trigger"),
              form.getFirst("resolution"),
              form.getFirst("detection"),
              form.getFirst("wentWell"),
              form.getFirst("wentWrong"),
              form.getFirst("gotLucky"),
              form.getFirst("supportingInformation"));
      String version = form.getFirst("version");
      postmortems.save(
          actor,
          incident,
          new PostmortemDraft(
              content,
              custom,
              actionItems(form),
              form.containsKey("timelineText") ? timeline(form) : null,
              form.containsKey("publicSummary")
                  ? new PublicPostmortemText(
                      orEmpty(form.getFirst("publicSummary")),
                      orEmpty(form.getFirst("publicWhatHappened")),
                      orEmpty(form.getFirst("publicNextSteps")))
                  : null),
          version == null || version.isBlank() ? null : Long.valueOf(version));
      if ("submit".equals(form.getFirst("intent"))) {
        postmortems.submit(actor, incident);
      }
      return Response.seeOther(URI.create("/incidents/" + incident + "/postmortem")).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(view(incident, postmortems.of(incident), text, FormErrors.of(e)))
          .build();
    }
  }

  @POST
  @Path("reviews")
  @RolesAllowed({ADMIN, LEADERSHIP})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response review(
      @PathParam("number") String number,
      @FormParam("decision") String decision,
      @FormParam("comment") String comment) {
    return act(
        number,
        incident ->
            postmortems.review(
                actor,
                incident,
                Inputs.parse(ReviewDecision.class, decision, "decision"),
                comment));
  }

  @POST
  @Path("comments")
  @RolesAllowed({INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response comment(
      @PathParam("number") String number,
      @FormParam("section") String section,
      @FormParam("body") String body) {
    return act(number, incident -> postmortems.comment(actor, incident, section, body));
  }

  @POST
  @Path("public")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response writePublic(
      @PathParam("number") String number,
      @FormParam("publicSummary") String summary,
      @FormParam("publicWhatHappened") String whatHappened,
      @FormParam("publicNextSteps") String nextSteps) {
    return act(
        number,
        incident ->
            postmortems.writePublic(
                actor,
                incident,
                new PublicPostmortemText(
                    orEmpty(summary), orEmpty(whatHappened), orEmpty(nextSteps)),
                null));
  }

  @POST
  @Path("public/approval")
  @RolesAllowed({ADMIN, LEADERSHIP})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approvePublic(@PathParam("number") String number) {
    return act(number, incident -> postmortems.approvePublic(actor, incident));
  }

  @POST
  @Path("publication")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("number") String number) {
    return act(number, incident -> postmortems.publish(actor, incident));
  }

  private Response act(String number, java.util.function.Function<IncidentNumber, ?> action) {
    IncidentNumber incident = IncidentNumber.parse(number);
    try {
      action.apply(incident);
      return Response.seeOther(URI.create("/incidents/" + incident + "/postmortem")).build();
    } catch (DomainException e) {
      Postmortem postmortem = postmortems.of(incident);
      return Response.status(400)
          .entity(view(incident, postmortem, sectionsOf(postmortem), FormErrors.of(e)))
          .build();
    }
  }

  private View view(
      IncidentNumber number,
      Postmortem postmortem,
      Map<String, String> text,
      Map<String, String> errors) {
    Incident incident = incidents.get(number);
    boolean writer =
        incident.isHeldBy(IncidentRole.COMMANDER, actor.username())
            || actor.has(Role.INCIDENT_MANAGER);
    boolean canWrite =
        postmortem.state().isEditable()
            && incident.status() == IncidentStatus.RESOLVED
            && actor.hasAny(Role.INCIDENT_MANAGER, Role.RESPONDER);
    boolean canReview =
        postmortem.state() == PostmortemState.IN_REVIEW
            && actor.has(Role.LEADERSHIP)
            && !actor.username().equals(postmortem.author());
    boolean approved = postmortem.state() == PostmortemState.APPROVED;
    List<Section> sections =
        template.sections().stream().map(s -> new Section(s.key(), s.title(), s.prompt())).toList();
    var facts = postmortems.facts(number);
    IncidentDurations d = facts.durations();
    List<Span> spans = new ArrayList<>();
    d.toAcknowledge()
        .ifPresent(v -> spans.add(new Span("Time to acknowledge", IncidentDurations.format(v))));
    d.toResolve()
        .ifPresent(v -> spans.add(new Span("Time to resolve", IncidentDurations.format(v))));
    d.inSeverity()
        .forEach((k, v) -> spans.add(new Span("At " + k.name(), IncidentDurations.format(v))));
    d.inStatus().forEach((k, v) -> spans.add(new Span(k.label(), IncidentDurations.format(v))));
    Supplier<List<String>> commentSections =
        () -> {
          List<String> keys = new ArrayList<>(sections.stream().map(Section::field).toList());
          keys.addAll(List.of("timeline", "actionItems", "public"));
          return keys;
        };
    return View.of("postmortem")
        .with("incident", incident)
        .with("postmortem", postmortem)
        .with("sections", sections)
        .with("text", text)
        .with("canWrite", canWrite)
        .with("canReview", canReview)
        .with(
            "canComment",
            postmortem.id() != null
                && actor.hasAny(Role.LEADERSHIP, Role.INCIDENT_MANAGER, Role.RESPONDER))
        .with("canWritePublic", approved && writer)
        .with(
            "canApprovePublic",
            approved
                && actor.has(Role.LEADERSHIP)
                && postmortem.publicApprovedBy().isEmpty()
                && !postmortem.publicText().isBlank()
                && !actor.username().equals(postmortem.publicWrittenBy()))
        .with(
            "canPublish",
            approved
                && postmortem.publicApprovedBy().isPresent()
                && incident.isPublic()
                && (writer
                    || incident.isHeldBy(IncidentRole.COMMUNICATIONS_LEAD, actor.username())))
        .with(
            "warnings",
            postmortem.id() == null ? List.of() : postmortems.blamelessWarnings(postmortem))
        .with("spans", spans)
        .with("responders", facts.responders())
        .with("commentSections", commentSections.get())
        .with("today", postmortems.today())
        .with("states", ActionItemState.values())
        .with("types", ActionItemType.values())
        .with("priorities", ActionItemPriority.values())
        .with("errors", errors);
  }

  private Map<String, String> sectionsOf(Postmortem p) {
    Map<String, String> text = new HashMap<>();
    for (TemplateSection s : template.sections()) {
      text.put(s.key(), p.section(s.key()));
    }
    return text;
  }

  /** Rows left entirely blank are the editor's spare rows, not items. */
  private static List<ActionItemDraft> actionItems(MultivaluedMap<String, String> form) {
    List<String> descriptions = list(form, "actionDescription");
    List<ActionItemDraft> items = new ArrayList<>();
    for (int i = 0; i < descriptions.size(); i++) {
      String description = descriptions.get(i);
      String owner = at(form, "actionOwner", i);
      String due = at(form, "actionDue", i);
      if (isBlank(description) && isBlank(owner) && isBlank(due)) {
        continue;
      }
      String prefix = "actionItems[" + i + "].";
      LocalDate dueDate = null;
      if (!isBlank(due)) {
        try {
          dueDate = LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
          throw new InvalidInputException(prefix + "dueDate", "Write the date as 2026-12-31.");
        }
      }
      String id = at(form, "actionId", i);
      items.add(
          new ActionItemDraft(
              isBlank(id) ? null : Long.valueOf(id.strip()),
              description,
              owner,
              dueDate,
              Inputs.parse(ActionItemState.class, at(form, "actionState", i), prefix + "state"),
              Inputs.parse(ActionItemType.class, at(form, "actionType", i), prefix + "type"),
              Inputs.parse(
                  ActionItemPriority.class, at(form, "actionPriority", i), prefix + "priority"),
              at(form, "actionTracker", i)));
    }
    return items;
  }

  /** The timeline rows; a row whose text was emptied is dropped, a spare row with text added. */
  private static List<TimelineEdit> timeline(MultivaluedMap<String, String> form) {
    List<String> texts = list(form, "timelineText");
    List<TimelineEdit> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (isBlank(texts.get(i))) {
        continue;
      }
      String id = at(form, "timelineId", i);
      lines.add(
          new TimelineEdit(
              isBlank(id) ? null : Long.valueOf(id.strip()),
              Inputs.instant(at(form, "timelineAt", i), "timeline[" + i + "].occurredAt"),
              texts.get(i),
              at(form, "timelineNote", i)));
    }
    return lines;
  }

  /**
   * The posted fields, read from the servlet request because the CSRF filter has already made the
   * container parse the body (a MultivaluedMap entity would find it empty).
   */
  static MultivaluedMap<String, String> formOf(HttpServletRequest request) {
    MultivaluedMap<String, String> form = new jakarta.ws.rs.core.MultivaluedHashMap<>();
    request.getParameterMap().forEach((name, values) -> form.put(name, List.of(values)));
    return form;
  }

  private static List<String> list(MultivaluedMap<String, String> form, String name) {
    return form.getOrDefault(name, List.of());
  }

  private static String at(MultivaluedMap<String, String> form, String name, int i) {
    List<String> values = list(form, name);
    return i < values.size() ? values.get(i) : "";
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
