package io.reveille.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses with stable {@code type} URIs, one per kind of problem. */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String BASE = "https://reveille.io/problems/";

  private Problems() {}

  public static Response response(
      int status,
      String type,
      String title,
      String detail,
      String instance,
      List<Problem.FieldProblem> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            new Problem(
                BASE + type, title, status, detail, instance, errors.isEmpty() ? null : errors))
        .build();
  }

  /** Written by hand: the authentication mechanism answers before JAX-RS is involved. */
  public static String unauthorizedJson(String detail) {
    return Json.createObjectBuilder()
        .add("type", BASE + "unauthorized")
        .add("title", "Sign-in required")
        .add("status", 401)
        .add("detail", detail)
        .build()
        .toString();
  }
}
