package io.reveille.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A per-session token every page form carries, so another site cannot submit a form in a signed-in
 * person's name. The session cookie is also SameSite=Lax; the token covers older browsers too.
 */
public final class Csrf {
  static final String FIELD = "_csrf";
  private static final String SESSION_KEY = "reveille.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** The session's token, or null for anonymous visitors (who have no session and no forms). */
  static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object token = session.getAttribute(SESSION_KEY);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_KEY, token);
    }
    return (String) token;
  }

  static boolean isValid(HttpServletRequest request, String sent) {
    String expected = token(request);
    return expected != null
        && sent != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
