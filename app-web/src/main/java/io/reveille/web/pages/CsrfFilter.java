package io.reveille.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses form posts without the session's CSRF token. JSON API calls need no token: browsers do
 * not send cross-site JSON without a CORS preflight, which Reveille does not grant.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (!"POST".equals(context.getMethod()) || context.getMediaType() == null) {
      return;
    }
    boolean form =
        MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(context.getMediaType())
            || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(context.getMediaType());
    String path = context.getUriInfo().getPath();
    if (!form || path.equals("login") || path.equals("/login")) {
      return;
    }
    if (!Csrf.isValid(request, request.getParameter(Csrf.FIELD))) {
      context.abortWith(
          new ErrorPages()
              .render(
                  403,
                  "Form expired",
                  "The form was out of date. Go back, reload the page and send it again."));
    }
  }
}
