package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;

import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.oncall.OnCallService;
import io.reveille.oncall.Team;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.web.api.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Teams: who is in them and the chat channel they watch. The channel's webhook URL and signing
 * secret are credentials: written here, never shown back.
 *
 * <p>Each change builds its page before changing anything: a refused change leaves the transaction
 * able only to roll back, so the page shown with the refusal is read first.
 */
@Path("/admin/teams")
@RequestScoped
@Transactional // the page is built from entities while their lazy parts can load
@Produces(MediaType.TEXT_HTML)
public class TeamPages {
  @Inject OnCallService onCall;
  @Inject IdentityService identities;
  @Inject Actor actor;

  /** A team in the list. */
  public record TeamRow(long id, String name, List<String> members, String chat) {}

  /** Someone who can be picked. */
  public record Choice(String username, String displayName) {}

  /** The team form as typed. */
  public record TeamForm(String name, List<String> members) {
    public TeamForm {
      name = name == null ? "" : name;
      members = members == null ? List.of() : List.copyOf(members);
    }

    static TeamForm of(Team team) {
      return new TeamForm(team.name(), team.members().stream().map(Person::username).toList());
    }
  }

  /**
   * The chat form as typed. A refused webhook URL is shown back so its typo can be fixed; a saved
   * one, and any secret, never are.
   */
  public record ChatForm(String kind, String webhookUrl) {
    public ChatForm {
      kind = kind == null ? "" : kind;
      webhookUrl = webhookUrl == null ? "" : webhookUrl;
    }
  }

  /** What is connected, without its credentials. */
  public record ChatState(String kind, boolean webhookSet, boolean secretSet) {}

  /** A kind of chat channel to choose. */
  public record ChatChoice(String value, String label) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View list() {
    return listView(new TeamForm("", List.of()));
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @FormParam("name") String name, @FormParam("members") List<String> members) {
    View refused = listView(new TeamForm(name, members));
    try {
      Team team = onCall.createTeam(actor, name, members);
      return Response.seeOther(URI.create("/admin/teams/" + team.id() + "?created")).build();
    } catch (DomainException e) {
      return Response.status(400).entity(refused.with("errors", FieldErrors.of(e))).build();
    }
  }

  @GET
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View edit(
      @PathParam("id") long id,
      @QueryParam("created") String created,
      @QueryParam("saved") String saved) {
    Team team = onCall.team(id);
    return editView(team, TeamForm.of(team), new ChatForm(chatKindOf(team), ""))
        .with("created", created != null)
        .with("saved", saved != null);
  }

  @POST
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @PathParam("id") long id,
      @FormParam("name") String name,
      @FormParam("members") List<String> members) {
    Team team = onCall.team(id);
    View refused = editView(team, new TeamForm(name, members), new ChatForm(chatKindOf(team), ""));
    try {
      onCall.changeTeam(actor, id, name, members);
      return Response.seeOther(URI.create("/admin/teams/" + id + "?saved")).build();
    } catch (DomainException e) {
      return Response.status(400).entity(refused.with("errors", FieldErrors.of(e))).build();
    }
  }

  /** Connects, changes or (with no kind) disconnects the chat channel. */
  @POST
  @Path("{id}/chat")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response connectChat(
      @PathParam("id") long id,
      @FormParam("kind") String kind,
      @FormParam("webhookUrl") String webhookUrl,
      @FormParam("signingSecret") String signingSecret) {
    Team team = onCall.team(id);
    View refused = editView(team, TeamForm.of(team), new ChatForm(kind, webhookUrl));
    try {
      onCall.connectChat(
          actor, id, Inputs.parse(ChatKind.class, kind, "kind"), webhookUrl, signingSecret);
      return Response.seeOther(URI.create("/admin/teams/" + id + "?saved#chat")).build();
    } catch (DomainException e) {
      return Response.status(400).entity(refused.with("errors", FieldErrors.of(e))).build();
    }
  }

  private View listView(TeamForm typed) {
    List<TeamRow> teams =
        onCall.teams().stream()
            .map(
                t ->
                    new TeamRow(
                        t.id(),
                        t.name(),
                        t.members().stream().map(Person::displayName).toList(),
                        t.chatKind().map(TeamPages::labelOf).orElse("not connected")))
            .toList();
    return View.of("admin-teams")
        .with("teams", teams)
        .with("form", typed)
        .with("people", people())
        .with("errors", FieldErrors.none());
  }

  private View editView(Team team, TeamForm typed, ChatForm chat) {
    ChatState state =
        new ChatState(
            team.chatKind().map(TeamPages::labelOf).orElse(null),
            team.chat().isPresent(),
            team.chat().map(ChatDestination::signingSecret).isPresent());
    return View.of("admin-team")
        .with("id", team.id())
        .with("savedName", team.name())
        .with("form", typed)
        .with("chat", chat)
        .with("chatState", state)
        .with("chatKinds", chatChoices())
        .with("people", people())
        .with("errors", FieldErrors.none())
        .with("created", false)
        .with("saved", false);
  }

  private List<Choice> people() {
    return identities.everyone().stream()
        .map(p -> new Choice(p.username(), p.displayName()))
        .toList();
  }

  private static String chatKindOf(Team team) {
    return team.chatKind().map(Enum::name).orElse("");
  }

  private static List<ChatChoice> chatChoices() {
    return java.util.Arrays.stream(ChatKind.values())
        .map(k -> new ChatChoice(k.name(), labelOf(k)))
        .toList();
  }

  static String labelOf(ChatKind kind) {
    return switch (kind) {
      case SLACK -> "Slack";
      case MICROSOFT_TEAMS -> "Microsoft Teams";
      case MATTERMOST -> "Mattermost";
      case WEBHOOK -> "Webhook (signed)";
    };
  }
}
