package io.reveille.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Error pages for people, with what happened and what to do, never a stack trace. */
@ApplicationScoped
public class ErrorPages {
  public Response render(int status, String title, String detail) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(View.of("error").with("status", status).with("title", title).with("detail", detail))
        .build();
  }
}
