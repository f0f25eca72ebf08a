package io.reveille.web.api;

import io.reveille.shared.ConcurrentChangeException;
import io.reveille.shared.DomainException;
import io.reveille.shared.ForbiddenActionException;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.RuleViolationException;
import io.reveille.web.pages.ErrorPages;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns every failure into an answer a person can act on: RFC 9457 problem+json for the API, an
 * error page for the pages. Unexpected failures are logged with a reference the user can quote;
 * their message never leaves the server.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @Context UriInfo uri;
  @Inject ErrorPages errorPages;

  @Override
  public Response toResponse(Throwable failure) {
    Response problem = problemFor(failure);
    if (isApi()) {
      return problem;
    }
    Problem body = (Problem) problem.getEntity();
    return errorPages.render(body.status(), body.title(), body.detail());
  }

  private Response problemFor(Throwable failure) {
    String instance = uri == null ? null : uri.getRequestUri().getRawPath();
    DomainException domain = find(failure, DomainException.class);
    if (domain != null) {
      return domainProblem(domain, instance);
    }
    if (find(failure, OptimisticLockException.class) != null) {
      return Problems.response(
          409,
          "concurrent-change",
          "Changed by someone else",
          "Someone changed this at the same moment; reload and try again.",
          instance,
          List.of(Problem.FieldProblem.of("version", "Out of date.")));
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return switch (status) {
        case 401 ->
            Problems.response(
                401, "unauthorized", "Sign-in required", "Sign in first.", instance, List.of());
        case 403 ->
            Problems.response(
                403,
                "forbidden",
                "Not allowed",
                "Your role does not allow this.",
                instance,
                List.of());
        case 404 ->
            Problems.response(
                404,
                "not-found",
                "Not found",
                "There is nothing at this address.",
                instance,
                List.of());
        case 405 ->
            Problems.response(
                405,
                "method-not-allowed",
                "Method not allowed",
                "This address does not accept that method.",
                instance,
                List.of());
        case 415 ->
            Problems.response(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "Send the request body as application/json.",
                instance,
                List.of());
        default ->
            Problems.response(
                status,
                "bad-request",
                "Bad request",
                "The request could not be understood.",
                instance,
                List.of());
      };
    }
    if (failure instanceof ProcessingException) {
      return Problems.response(
          400,
          "unreadable-body",
          "Unreadable request body",
          "The request body is not valid JSON of the documented shape.",
          instance,
          List.of());
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.errorf(failure, "Unexpected failure (reference %s) at %s", reference, instance);
    return Problems.response(
        500,
        "internal",
        "Something went wrong",
        "Reveille could not complete the request. Reference " + reference + ".",
        instance,
        List.of());
  }

  private static Response domainProblem(DomainException e, String instance) {
    List<Problem.FieldProblem> fields =
        e instanceof InvalidInputException invalid
            ? invalid.errors().stream()
                .map(f -> Problem.FieldProblem.of(f.field(), f.message()))
                .toList()
            : e.field() == null
                ? List.of()
                : List.of(Problem.FieldProblem.of(e.field(), e.getMessage()));
    if (e instanceof InvalidInputException) {
      return Problems.response(
          400, "invalid-input", "Invalid input", e.getMessage(), instance, fields);
    }
    if (e instanceof NotFoundException) {
      return Problems.response(404, "not-found", "Not found", e.getMessage(), instance, fields);
    }
    if (e instanceof ForbiddenActionException) {
      return Problems.response(403, "forbidden", "Not allowed", e.getMessage(), instance, fields);
    }
    if (e instanceof ConcurrentChangeException) {
      return Problems.response(
          409, "concurrent-change", "Changed by someone else", e.getMessage(), instance, fields);
    }
    if (e instanceof RuleViolationException) {
      return Problems.response(
          409, "rule-violation", "Not possible now", e.getMessage(), instance, fields);
    }
    return Problems.response(
        400, "invalid-input", "Invalid input", e.getMessage(), instance, fields);
  }

  private boolean isApi() {
    return uri == null || uri.getPath().startsWith("api/") || uri.getPath().startsWith("/api/");
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
