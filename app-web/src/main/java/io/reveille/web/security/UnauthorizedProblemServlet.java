package io.reveille.web.security;

import io.reveille.web.api.Problems;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The 401 error page (see {@code web.xml}): the API's refusal of an anonymous or badly
 * authenticated request, as problem+json. The server sends the status; this writes the body, for
 * every method.
 */
@WebServlet("/errors/unauthorized")
public class UnauthorizedProblemServlet extends HttpServlet {
  static final String DETAIL = "reveille.unauthorized.detail";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object detail = request.getAttribute(DETAIL);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(Problems.unauthorizedJson(detail == null ? "Sign in first." : detail.toString()));
  }
}
