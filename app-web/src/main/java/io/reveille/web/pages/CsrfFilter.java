package io.reveille.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Cross-site request forgery protection for requests that ride on the session cookie. A form must
 * carry the session's token; anything else must be JSON, which a browser will not send to another
 * site without a CORS preflight that Reveille does not grant. Requests with an API token carry no
 * cookie authority and are not affected. The cookie is also SameSite=Lax.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {
  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (!UNSAFE.contains(context.getMethod())
        || context.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return;
    }
    String path = context.getUriInfo().getPath();
    if (path.equals("login") || path.equals("/login")) {
      return; // there is no session to forge yet
    }
    String bare = path.startsWith("/") ? path.substring(1) : path;
    if (bare.startsWith("hooks/") || bare.startsWith("ack/")) {
      return; // signed by Twilio, or by the link itself: no cookie authority is used
    }
    if (bare.equals("status/subscribe") || bare.startsWith("status/subscription/")) {
      return; // public forms that use no cookie authority (subscribing is confirmed by e-mail)
    }
    MediaType type = context.getMediaType();
    boolean form =
        type != null
            && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type));
    boolean json = type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    if (form ? !Csrf.isValid(request, request.getParameter(Csrf.FIELD)) : !json) {
      context.abortWith(
          new ErrorPages()
              .render(
                  403,
                  "Form expired",
                  "The form was out of date. Go back, reload the page and send it again."));
    }
  }
}
