package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.incident.IncidentNumber;
import io.reveille.postmortem.ActionItem;
import io.reveille.postmortem.ActionItemDraft;
import io.reveille.postmortem.ActionItemPriority;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.ActionItemType;
import io.reveille.postmortem.BlamelessCheck;
import io.reveille.postmortem.IncidentDurations;
import io.reveille.postmortem.Postmortem;
import io.reveille.postmortem.PostmortemComment;
import io.reveille.postmortem.PostmortemContent;
import io.reveille.postmortem.PostmortemDraft;
import io.reveille.postmortem.PostmortemFacts;
import io.reveille.postmortem.PostmortemReview;
import io.reveille.postmortem.PostmortemService;
import io.reveille.postmortem.PostmortemTemplate;
import io.reveille.postmortem.PostmortemTimelineEntry;
import io.reveille.postmortem.PublicPostmortemText;
import io.reveille.postmortem.ReviewDecision;
import io.reveille.postmortem.TemplateSection;
import io.reveille.postmortem.TimelineEdit;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The postmortem of an incident: write (sections, timeline, action items, the public text), submit
 * (the answer carries the blameless check's warnings), review, comment, publish.
 */
@Path("/api/v1/incidents/{number}/postmortem")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostmortemResource {
  @Inject PostmortemService postmortems;
  @Inject PostmortemTemplate template;
  @Inject Actor actor;

  /**
   * The postmortem as read and written. Read-only on input: state, reviews, author, times,
   * warnings, durations, responders, comments, template.
   */
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
      Long version,
      String supportingInformation,
      Map<String, String> sections,
      List<TimelineJson> timeline,
      PublicJson publicPostmortem,
      Instant reviewDueAt,
      Instant publishedAt,
      List<CommentJson> comments,
      List<WarningJson> warnings,
      DurationsJson durations,
      List<PostmortemFacts.Responder> responders,
      List<TemplateSection> template) {

    static PostmortemJson of(
        Postmortem p,
        List<TemplateSection> template,
        List<BlamelessCheck.Warning> warnings,
        PostmortemFacts facts) {
      PostmortemContent c = p.content();
      Map<String, String> custom = new LinkedHashMap<>();
      template.stream()
          .filter(t -> !t.isBuiltIn())
          .forEach(t -> custom.put(t.key(), p.section(t.key())));
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
          p.id() == null ? null : p.version(),
          c.supportingInformation(),
          custom,
          p.timeline().stream().map(TimelineJson::of).toList(),
          PublicJson.of(p),
          p.reviewDueAt(),
          p.publishedAt(),
          p.comments().stream().map(CommentJson::of).toList(),
          warnings.stream().map(WarningJson::of).toList(),
          DurationsJson.of(facts.durations()),
          facts.responders(),
          template);
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
          gotLucky,
          supportingInformation);
    }
  }

  /**
   * An action item; dueDate is an ISO date (2026-12-01), state open, in_progress, done or wont_do,
   * type mitigate, prevent, process or other, priority high, medium or low. Send the id of an item
   * you read to keep it (and its reminders); leave it out for a new one.
   */
  public record ActionItemJson(
      Long id,
      String description,
      String owner,
      String dueDate,
      String state,
      String type,
      String priority,
      String trackerUrl,
      Boolean overdue,
      String incident) {
    static ActionItemJson of(ActionItem a) {
      return of(a, null, null);
    }

    static ActionItemJson of(ActionItem a, java.time.LocalDate today, String incident) {
      return new ActionItemJson(
          a.id(),
          a.description(),
          a.owner(),
          a.dueDate().toString(),
          a.state().name(),
          a.type().name(),
          a.priority().name(),
          a.trackerUrl().orElse(null),
          today == null ? null : a.isOverdue(today),
          incident);
    }
  }

  /** One line of the postmortem's timeline; occurredAt an ISO instant; id null for a new line. */
  public record TimelineJson(
      Long id, String occurredAt, String kind, String actor, String text, String annotation) {
    static TimelineJson of(PostmortemTimelineEntry e) {
      return new TimelineJson(
          e.id(), e.occurredAt().toString(), e.kind().name(), e.actor(), e.text(), e.annotation());
    }
  }

  /** The customer-facing postmortem; approvedBy and publishedAt are read-only. */
  public record PublicJson(
      String summary,
      String whatHappened,
      String nextSteps,
      String approvedBy,
      Instant approvedAt,
      Instant publishedAt,
      Long version) {
    static PublicJson of(Postmortem p) {
      PublicPostmortemText t = p.publicText();
      return new PublicJson(
          t.summary(),
          t.whatHappened(),
          t.nextSteps(),
          p.publicApprovedBy().orElse(null),
          p.publicApprovedAt(),
          p.publishedAt(),
          null);
    }
  }

  /** A comment on one section. */
  public record CommentJson(String section, String author, String body, Instant writtenAt) {
    static CommentJson of(PostmortemComment c) {
      return new CommentJson(c.section(), c.author(), c.body(), c.writtenAt());
    }
  }

  /** What the blameless check found; a warning, not a refusal. */
  public record WarningJson(String section, String phrase, String message) {
    static WarningJson of(BlamelessCheck.Warning w) {
      return new WarningJson(w.section(), w.phrase(), w.message());
    }
  }

  /** Computed durations, in seconds; severities and statuses by name. */
  public record DurationsJson(
      Long toAcknowledgeSeconds,
      Long toResolveSeconds,
      Map<String, Long> inSeveritySeconds,
      Map<String, Long> inStatusSeconds) {
    static DurationsJson of(IncidentDurations d) {
      Map<String, Long> severity = new LinkedHashMap<>();
      d.inSeverity().forEach((k, v) -> severity.put(k.name(), v.toSeconds()));
      Map<String, Long> status = new LinkedHashMap<>();
      d.inStatus().forEach((k, v) -> status.put(k.name(), v.toSeconds()));
      return new DurationsJson(
          d.toAcknowledge().map(java.time.Duration::toSeconds).orElse(null),
          d.toResolve().map(java.time.Duration::toSeconds).orElse(null),
          severity,
          status);
    }
  }

  /** A comment to add: the section's key and the text. */
  public record CommentRequest(String section, String body) {}

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
    return json(IncidentNumber.parse(number), postmortems.of(IncidentNumber.parse(number)));
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
      String prefix = "actionItems[" + i + "].";
      items.add(
          new ActionItemDraft(
              item.id(),
              item.description(),
              item.owner(),
              date(item.dueDate(), prefix + "dueDate"),
              Inputs.parse(ActionItemState.class, item.state(), prefix + "state"),
              Inputs.parse(ActionItemType.class, item.type(), prefix + "type"),
              Inputs.parse(ActionItemPriority.class, item.priority(), prefix + "priority"),
              item.trackerUrl()));
    }
    List<TimelineEdit> timeline = null;
    if (request.timeline() != null) {
      timeline = new ArrayList<>();
      for (int i = 0; i < request.timeline().size(); i++) {
        TimelineJson line = request.timeline().get(i);
        if (line == null) {
          throw new InvalidInputException("timeline[" + i + "]", "Leave the line out instead.");
        }
        timeline.add(
            new TimelineEdit(
                line.id(),
                Inputs.instant(line.occurredAt(), "timeline[" + i + "].occurredAt"),
                line.text(),
                line.annotation()));
      }
    }
    PublicJson sentPublic = request.publicPostmortem();
    IncidentNumber incident = IncidentNumber.parse(number);
    Postmortem saved =
        postmortems.save(
            actor,
            incident,
            new PostmortemDraft(
                request.content(),
                request.sections() == null ? Map.of() : request.sections(),
                items,
                timeline,
                sentPublic == null ? null : publicText(sentPublic)),
            request.version());
    return json(incident, saved);
  }

  /** Only the customer-facing text; also after approval (it is then approved again). */
  @PUT
  @Path("public")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public PostmortemJson writePublic(@PathParam("number") String number, PublicJson request) {
    if (request == null) {
      throw new InvalidInputException("summary", "Send the public postmortem.");
    }
    IncidentNumber incident = IncidentNumber.parse(number);
    return json(
        incident,
        InvalidInputException.prefixed(
            "",
            Map.of(
                "publicSummary", "summary",
                "publicWhatHappened", "whatHappened",
                "publicNextSteps", "nextSteps"),
            () ->
                postmortems.writePublic(actor, incident, publicText(request), request.version())));
  }

  @POST
  @Path("public/approval")
  @RolesAllowed({ADMIN, LEADERSHIP})
  public PostmortemJson approvePublic(@PathParam("number") String number) {
    IncidentNumber incident = IncidentNumber.parse(number);
    return json(incident, postmortems.approvePublic(actor, incident));
  }

  @POST
  @Path("publication")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public PostmortemJson publish(@PathParam("number") String number) {
    IncidentNumber incident = IncidentNumber.parse(number);
    return json(incident, postmortems.publish(actor, incident));
  }

  @POST
  @Path("comments")
  @RolesAllowed({INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public PostmortemJson comment(@PathParam("number") String number, CommentRequest request) {
    CommentRequest body = request == null ? new CommentRequest(null, null) : request;
    IncidentNumber incident = IncidentNumber.parse(number);
    postmortems.comment(actor, incident, body.section(), body.body());
    return json(incident, postmortems.of(incident));
  }

  private PostmortemJson json(IncidentNumber number, Postmortem postmortem) {
    return PostmortemJson.of(
        postmortem,
        template.sections(),
        postmortems.blamelessWarnings(postmortem),
        postmortems.facts(number));
  }

  private static PublicPostmortemText publicText(PublicJson json) {
    return new PublicPostmortemText(json.summary(), json.whatHappened(), json.nextSteps());
  }

  @POST
  @Path("submission")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public PostmortemJson submit(@PathParam("number") String number) {
    IncidentNumber incident = IncidentNumber.parse(number);
    return json(incident, postmortems.submit(actor, incident));
  }

  @POST
  @Path("reviews")
  @RolesAllowed({ADMIN, LEADERSHIP})
  public PostmortemJson review(@PathParam("number") String number, ReviewRequest request) {
    ReviewRequest body = request == null ? new ReviewRequest(null, null) : request;
    IncidentNumber incident = IncidentNumber.parse(number);
    return json(
        incident,
        postmortems.review(
            actor,
            incident,
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
