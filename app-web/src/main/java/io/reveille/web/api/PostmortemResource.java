package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.incident.IncidentNumber;
import io.reveille.postmortem.ActionItem;
import io.reveille.postmortem.ActionItemDraft;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.Postmortem;
import io.reveille.postmortem.PostmortemContent;
import io.reveille.postmortem.PostmortemReview;
import io.reveille.postmortem.PostmortemService;
import io.reveille.postmortem.ReviewDecision;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The postmortem of an incident: write, submit, review. */
@Path("/api/v1/incidents/{number}/postmortem")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostmortemResource {
  @Inject PostmortemService postmortems;
  @Inject Actor actor;

  /** The postmortem as read and written. */
  public record PostmortemJson(
      String state,
      String summary,
      String impact,
      String contributingFactors,
      String trigger,
      String resolution,
      String detection,
      String wentWell,
      String wentWrong,
      String gotLucky,
      List<ActionItemJson> actionItems,
      List<ReviewJson> reviews,
      String author,
      Instant submittedAt,
      Instant approvedAt,
      Long version) {

    static PostmortemJson of(Postmortem p) {
      PostmortemContent c = p.content();
      return new PostmortemJson(
          p.state().name(),
          c.summary(),
          c.impact(),
          c.contributingFactors(),
          c.trigger(),
          c.resolution(),
          c.detection(),
          c.wentWell(),
          c.wentWrong(),
          c.gotLucky(),
          p.actionItems().stream().map(ActionItemJson::of).toList(),
          p.reviews().stream().map(ReviewJson::of).toList(),
          p.author(),
          p.submittedAt(),
          p.approvedAt(),
          p.id() == null ? null : p.version());
    }

    PostmortemContent content() {
      return new PostmortemContent(
          summary,
          impact,
          contributingFactors,
          trigger,
          resolution,
          detection,
          wentWell,
          wentWrong,
          gotLucky);
    }
  }

  /** An action item; dueDate is an ISO date (2026-12-01), state open, in_progress or done. */
  public record ActionItemJson(String description, String owner, String dueDate, String state) {
    static ActionItemJson of(ActionItem a) {
      return new ActionItemJson(
          a.description(), a.owner(), a.dueDate().toString(), a.state().name());
    }
  }

  /** A review by leadership. */
  public record ReviewJson(String reviewer, String decision, String comment, Instant reviewedAt) {
    static ReviewJson of(PostmortemReview r) {
      return new ReviewJson(r.reviewer(), r.decision().name(), r.comment(), r.reviewedAt());
    }
  }

  /** approved or changes_requested, with a comment (required when requesting changes). */
  public record ReviewRequest(String decision, String comment) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public PostmortemJson read(@PathParam("number") String number) {
    return PostmortemJson.of(postmortems.of(IncidentNumber.parse(number)));
  }

  @PUT
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public PostmortemJson save(@PathParam("number") String number, PostmortemJson request) {
    if (request == null) {
      throw new InvalidInputException("summary", "Send the postmortem's sections.");
    }
    List<ActionItemDraft> items = new ArrayList<>();
    List<ActionItemJson> sent = request.actionItems() == null ? List.of() : request.actionItems();
    for (int i = 0; i < sent.size(); i++) {
      ActionItemJson item = sent.get(i);
      if (item == null) {
        throw new InvalidInputException(
            "actionItems[" + i + "]", "Describe the action item or leave it out.");
      }
      items.add(
          new ActionItemDraft(
              item.description(),
              item.owner(),
              date(item.dueDate(), "actionItems[" + i + "].dueDate"),
              Inputs.parse(ActionItemState.class, item.state(), "actionItems[" + i + "].state")));
    }
    return PostmortemJson.of(
        postmortems.save(
            actor, IncidentNumber.parse(number), request.content(), items, request.version()));
  }

  @POST
  @Path("submission")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public PostmortemJson submit(@PathParam("number") String number) {
    return PostmortemJson.of(postmortems.submit(actor, IncidentNumber.parse(number)));
  }

  @POST
  @Path("reviews")
  @RolesAllowed({ADMIN, LEADERSHIP})
  public PostmortemJson review(@PathParam("number") String number, ReviewRequest request) {
    ReviewRequest body = request == null ? new ReviewRequest(null, null) : request;
    return PostmortemJson.of(
        postmortems.review(
            actor,
            IncidentNumber.parse(number),
            Inputs.parse(ReviewDecision.class, body.decision(), "decision"),
            body.comment()));
  }

  private static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "'" + value + "' is not a date; write it as 2026-12-31.");
    }
  }
}
