package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.postmortem.ActionItemDraft;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.Postmortem;
import io.reveille.postmortem.PostmortemContent;
import io.reveille.postmortem.PostmortemService;
import io.reveille.postmortem.PostmortemState;
import io.reveille.postmortem.ReviewDecision;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.shared.InvalidInputException;
import io.reveille.web.api.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The postmortem editor and the leadership review. */
@Path("/incidents/{number}/postmortem")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PostmortemPages {
  /** The sections in the order they are written, with the guidance shown beside each. */
  static final List<Section> SECTIONS =
      List.of(
          new Section("summary", "Summary", "What happened, in two or three sentences."),
          new Section("impact", "Impact", "Who was affected, how, and for how long; with numbers."),
          new Section(
              "contributingFactors",
              "Contributing factors",
              "The conditions in systems and processes that allowed this. Never a person."),
          new Section("trigger", "Trigger", "What set it off."),
          new Section("resolution", "Resolution", "What ended it."),
          new Section("detection", "Detection", "How we found out, and how long it took."),
          new Section("wentWell", "What went well", ""),
          new Section("wentWrong", "What went wrong", ""),
          new Section("gotLucky", "Where we got lucky", ""));

  @Inject PostmortemService postmortems;
  @Inject IncidentService incidents;
  @Inject Actor actor;

  /** One section of the document. */
  public record Section(String field, String title, String guidance) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public View show(@PathParam("number") String number) {
    IncidentNumber incident = IncidentNumber.parse(number);
    Postmortem postmortem = postmortems.of(incident);
    return view(incident, postmortem, sectionsOf(postmortem.content()), Map.of());
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("number") String number,
      @FormParam("summary") String summary,
      @FormParam("impact") String impact,
      @FormParam("contributingFactors") String contributingFactors,
      @FormParam("trigger") String trigger,
      @FormParam("resolution") String resolution,
      @FormParam("detection") String detection,
      @FormParam("wentWell") String wentWell,
      @FormParam("wentWrong") String wentWrong,
      @FormParam("gotLucky") String gotLucky,
      @FormParam("actionDescription") List<String> descriptions,
      @FormParam("actionOwner") List<String> owners,
      @FormParam("actionDue") List<String> dues,
      @FormParam("actionState") List<String> states,
      @FormParam("version") Long version,
      @FormParam("intent") String intent) {
    IncidentNumber incident = IncidentNumber.parse(number);
    PostmortemContent content =
        new PostmortemContent(
            summary,
            impact,
            contributingFactors,
            trigger,
            resolution,
            detection,
            wentWell,
            wentWrong,
            gotLucky);
    try {
      postmortems.save(
          actor, incident, content, actionItems(descriptions, owners, dues, states), version);
      if ("submit".equals(intent)) {
        postmortems.submit(actor, incident);
      }
      return Response.seeOther(URI.create("/incidents/" + incident + "/postmortem")).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(view(incident, postmortems.of(incident), sectionsOf(content), FormErrors.of(e)))
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
    IncidentNumber incident = IncidentNumber.parse(number);
    try {
      postmortems.review(
          actor, incident, Inputs.parse(ReviewDecision.class, decision, "decision"), comment);
      return Response.seeOther(URI.create("/incidents/" + incident + "/postmortem")).build();
    } catch (DomainException e) {
      Postmortem postmortem = postmortems.of(incident);
      return Response.status(400)
          .entity(view(incident, postmortem, sectionsOf(postmortem.content()), FormErrors.of(e)))
          .build();
    }
  }

  private View view(
      IncidentNumber number,
      Postmortem postmortem,
      Map<String, String> text,
      Map<String, String> errors) {
    Incident incident = incidents.get(number);
    boolean canWrite =
        postmortem.state().isEditable()
            && incident.status() == IncidentStatus.RESOLVED
            && actor.hasAny(Role.INCIDENT_MANAGER, Role.RESPONDER);
    boolean canReview =
        postmortem.state() == PostmortemState.IN_REVIEW
            && actor.has(Role.LEADERSHIP)
            && !actor.username().equals(postmortem.author());
    return View.of("postmortem")
        .with("incident", incident)
        .with("postmortem", postmortem)
        .with("sections", SECTIONS)
        .with("text", text)
        .with("canWrite", canWrite)
        .with("canReview", canReview)
        .with("states", ActionItemState.values())
        .with("errors", errors);
  }

  private static Map<String, String> sectionsOf(PostmortemContent c) {
    Map<String, String> text = new HashMap<>();
    text.put("summary", c.summary());
    text.put("impact", c.impact());
    text.put("contributingFactors", c.contributingFactors());
    text.put("trigger", c.trigger());
    text.put("resolution", c.resolution());
    text.put("detection", c.detection());
    text.put("wentWell", c.wentWell());
    text.put("wentWrong", c.wentWrong());
    text.put("gotLucky", c.gotLucky());
    text.replaceAll((k, v) -> v == null ? "" : v);
    return text;
  }

  /** Rows left entirely blank are the editor's spare rows, not items. */
  private static List<ActionItemDraft> actionItems(
      List<String> descriptions, List<String> owners, List<String> dues, List<String> states) {
    List<ActionItemDraft> items = new ArrayList<>();
    for (int i = 0; i < descriptions.size(); i++) {
      String description = descriptions.get(i);
      String owner = i < owners.size() ? owners.get(i) : "";
      String due = i < dues.size() ? dues.get(i) : "";
      if (isBlank(description) && isBlank(owner) && isBlank(due)) {
        continue;
      }
      LocalDate dueDate = null;
      if (!isBlank(due)) {
        try {
          dueDate = LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
          throw new InvalidInputException(
              "actionItems[" + i + "].dueDate", "Write the date as 2026-12-31.");
        }
      }
      String state = i < states.size() ? states.get(i) : null;
      items.add(
          new ActionItemDraft(
              description, owner, dueDate, Inputs.parse(ActionItemState.class, state, "state")));
    }
    return items;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
