package io.reveille.web.ratelimit;

import io.reveille.shared.Settings;
import io.reveille.web.api.Problems;
import io.reveille.web.pages.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers 429 Too Many Requests, with {@code Retry-After} in seconds, to a client address that
 * called {@link RateLimited} endpoints more than {@code REVEILLE_SUBSCRIBE_RATE} allows (default 10
 * a minute, in bursts of up to 10): enough for anyone subscribing by hand, too few to use Reveille
 * for sending mail or texts to strangers. The API gets a problem, a form a page.
 */
@Provider
@RateLimited
public class RateLimitFilter implements ContainerRequestFilter {
  private static final int PER_PERIOD =
      Settings.get("reveille.subscribe.rate").map(Integer::parseInt).orElse(10);
  private static final Duration PERIOD =
      Settings.get("reveille.subscribe.rate-period")
          .map(Duration::parse)
          .orElse(Duration.ofMinutes(1));
  private static final Set<String> TRUSTED_PROXIES =
      Settings.get("reveille.trusted-proxies").stream()
          .flatMap(list -> Arrays.stream(list.split(",")))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  /** Shared by every request on this node; a filter instance may be one of several. */
  private static final TokenBuckets BUCKETS =
      new TokenBuckets(PER_PERIOD, PERIOD, System::nanoTime);

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    String client =
        ClientAddress.of(
            request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED_PROXIES);
    Duration wait = BUCKETS.take(client);
    if (wait.isZero()) {
      return;
    }
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    String detail = "Too many requests from your address. Try again in " + seconds + " second(s).";
    Response answer =
        context.getUriInfo().getPath().startsWith("api/")
                || context.getUriInfo().getPath().startsWith("/api/")
            ? Problems.response(
                429,
                "too-many-requests",
                "Too many requests",
                detail,
                context.getUriInfo().getRequestUri().getRawPath(),
                List.of())
            : new ErrorPages().render(429, "Too many requests", detail);
    context.abortWith(
        Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, seconds).build());
  }
}
