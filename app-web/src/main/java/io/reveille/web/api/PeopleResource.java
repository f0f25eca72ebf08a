package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.identity.ContactMethods;
import io.reveille.identity.IdentityService;
import io.reveille.identity.IdentityService.IssuedToken;
import io.reveille.identity.IdentityService.NewPerson;
import io.reveille.identity.Person;
import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.NotFoundException;
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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** People, the caller's own identity, and API tokens. */
@Path("/api/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {
  @Inject IdentityService identities;
  @Inject Actor actor;

  /** A person as shown to others. */
  public record PersonJson(String username, String displayName, String email, List<String> roles) {
    static PersonJson of(Person p) {
      return new PersonJson(
          p.username(),
          p.displayName(),
          p.email(),
          p.roles().stream().map(Role::roleName).sorted().toList());
    }
  }

  /** A new person; roles by name (incident-manager, responder, leadership, support, admin). */
  public record NewPersonRequest(
      String username, String displayName, String email, String password, List<String> roles) {}

  /** A token request: a name to recognise it by. */
  public record TokenRequest(String name) {}

  /** The issued token, shown this once. */
  public record TokenJson(String name, String token, Instant createdAt) {}

  @GET
  @Path("me")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public PersonJson me() {
    return identities.find(actor.username()).map(PersonJson::of).orElseThrow();
  }

  @GET
  @Path("people")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public List<PersonJson> everyone() {
    return identities.everyone().stream().map(PersonJson::of).toList();
  }

  @POST
  @Path("people")
  @RolesAllowed(ADMIN)
  public Response create(NewPersonRequest request) {
    if (request == null) {
      throw new InvalidInputException("username", "Send the new person's details.");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : request.roles() == null ? List.<String>of() : request.roles()) {
      roles.add(
          Role.byName(name)
              .orElseThrow(
                  () -> new InvalidInputException("roles", "'" + name + "' is not a role.")));
    }
    Person person =
        identities.create(
            new NewPerson(
                request.username(),
                request.displayName(),
                request.email(),
                request.password(),
                roles));
    return Response.status(Response.Status.CREATED).entity(PersonJson.of(person)).build();
  }

  /** How a responder is reached when paged; the phone number is E.164 (+14155550100). */
  public record ContactJson(String email, String phone, String chatHandle, String timeZone) {
    static ContactJson of(Person p) {
      ContactMethods c = p.contact();
      return new ContactJson(
          c.email(), c.phone(), c.chatHandle(), c.timeZone() == null ? null : c.timeZone().getId());
    }
  }

  @GET
  @Path("people/{username}/contact")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public ContactJson contact(@PathParam("username") String username) {
    mayChangeContact(username);
    return ContactJson.of(
        identities
            .find(username)
            .orElseThrow(
                () -> new NotFoundException("There is no person called '" + username + "'.")));
  }

  /** People change their own contact methods; administrators change anyone's. */
  @PUT
  @Path("people/{username}/contact")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public ContactJson changeContact(@PathParam("username") String username, ContactJson request) {
    mayChangeContact(username);
    ContactJson r = request == null ? new ContactJson(null, null, null, null) : request;
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    ZoneId zone = ContactMethods.zone(r.timeZone(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return ContactJson.of(
        identities.changeContactMethods(
            username, new ContactMethods(r.email(), r.phone(), r.chatHandle(), zone)));
  }

  private void mayChangeContact(String username) {
    if (!username.equals(actor.username())) {
      actor.require("see or change someone else's contact methods", Role.ADMIN);
    }
  }

  @POST
  @Path("tokens")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public Response issueToken(TokenRequest request) {
    IssuedToken token =
        identities.issueToken(actor.username(), request == null ? null : request.name());
    return Response.status(Response.Status.CREATED)
        .entity(new TokenJson(token.name(), token.token(), token.createdAt()))
        .build();
  }
}
