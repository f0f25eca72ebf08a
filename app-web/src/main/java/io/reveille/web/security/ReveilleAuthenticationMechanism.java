package io.reveille.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How people and machines sign in. People use the sign-in form and then a session cookie; machines
 * send an API token as a bearer token on every request. Anonymous requests to protected paths get a
 * redirect to the form (pages) or a 401 problem (API).
 */
@ApplicationScoped
public class ReveilleAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String SESSION_KEY = "reveille.signedIn";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      CredentialValidationResult result =
          identityStores.validate(new ApiTokenCredential(authorization.substring(7).strip()));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(request, response, context, "The API token is not valid.");
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return unauthorized(
          request,
          response,
          context,
          "Sign in, or send an API token as 'Authorization: Bearer …'.");
    }
    String next = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + "/login?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate(); // a new session id at sign-in defeats session fixation
    }
    request
        .getSession(true)
        .setAttribute(
            SESSION_KEY,
            new SignedIn(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  /** A 401 whose problem+json body the error page writes (UnauthorizedProblemServlet). */
  private static AuthenticationStatus unauthorized(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String detail) {
    request.setAttribute(UnauthorizedProblemServlet.DETAIL, detail);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"reveille\"");
    return context.responseUnauthorized();
  }
}
