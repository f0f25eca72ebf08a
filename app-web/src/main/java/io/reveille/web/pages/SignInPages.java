package io.reveille.web.pages;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;

/** Signing in and out. */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SignInPages {
  @Inject SecurityContext security;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @GET
  @RolesAllowed("**")
  public Response home() {
    return Response.seeOther(URI.create("/incidents")).build();
  }

  @GET
  @Path("login")
  @PermitAll
  public View form(@QueryParam("next") String next) {
    return View.of("login").with("next", safeNext(next)).with("error", null).with("username", "");
  }

  @POST
  @Path("login")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next) {
    AuthenticationStatus status = AuthenticationStatus.SEND_FAILURE;
    if (username != null && !username.isBlank() && password != null) {
      status =
          security.authenticate(
              request,
              response,
              withParams()
                  .credential(
                      new UsernamePasswordCredential(username.strip(), new Password(password)))
                  .newAuthentication(true));
    }
    if (status == AuthenticationStatus.SUCCESS) {
      return Response.seeOther(URI.create(safeNext(next))).build();
    }
    return Response.status(Response.Status.UNAUTHORIZED)
        .entity(
            View.of("login")
                .with("next", safeNext(next))
                .with("username", username == null ? "" : username)
                .with("error", "The username or password is not right."))
        .build();
  }

  @POST
  @Path("logout")
  @RolesAllowed("**")
  public Response signOut() throws ServletException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    return Response.seeOther(URI.create("/login")).build();
  }

  /** Only paths on this site, so the sign-in form can't be used to send people elsewhere. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/incidents";
    }
    try {
      URI uri = new URI(next);
      return uri.getScheme() == null && uri.getAuthority() == null ? next : "/incidents";
    } catch (URISyntaxException e) {
      return "/incidents";
    }
  }
}
