package io.reveille.web.status;

import io.reveille.statuspage.Audience;
import io.reveille.statuspage.StatusPage;
import io.reveille.statuspage.StatusPages;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A micro-cache in front of the servlet chain for the public status page: when a reader asks for a
 * representation that is already rendered from the current, fresh snapshot, it is answered here,
 * from memory, on the I/O thread, before the security mechanism, the CDI request context and JAX-RS
 * are set up, none of which a public, precomputed answer needs. Anything else (the first request
 * after a change, a stale snapshot, any other path) goes on to {@link StatusPageResource} and
 * {@link StatuspageApiResource}, which rebuild, render and cache; so this only ever repeats an
 * answer those {@code @PermitAll} methods already gave, with the same headers.
 *
 * <p>Registered as an Undertow servlet extension ({@code META-INF/services}).
 */
public class StatusPageFastPath implements ServletExtension {
  private static final Logger LOG = Logger.getLogger(StatusPageFastPath.class);

  /** Paths and the keys the resources render them under; {@code true} where CORS is open. */
  private static final Map<String, Route> ROUTES =
      Map.ofEntries(
          Map.entry("/status", new Route("page", false)),
          Map.entry("/status/history", new Route("history", false)),
          Map.entry("/status/feed.atom", new Route("atom", true)),
          Map.entry("/status/feed.rss", new Route("rss", true)),
          api("summary"),
          api("status"),
          api("components"),
          api("incidents"),
          api("incidents/unresolved"),
          api("scheduled-maintenances"),
          api("scheduled-maintenances/upcoming"),
          api("scheduled-maintenances/active"));

  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");

  private record Route(String key, boolean cors) {}

  private static Map.Entry<String, Route> api(String name) {
    return Map.entry("/api/v2/" + name + ".json", new Route("api/v2/" + name, true));
  }

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    ClassLoader application = deployment.getClassLoader();
    deployment.addInitialHandlerChainWrapper(next -> new Handler(next, application));
  }

  private static final class Handler implements HttpHandler {
    private final HttpHandler next;
    private final ClassLoader application;
    private volatile StatusPages pages;
    private volatile Renditions renditions;
    private volatile boolean unavailable;

    Handler(HttpHandler next, ClassLoader application) {
      this.next = next;
      this.application = application;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      Route route =
          Methods.GET.equals(exchange.getRequestMethod())
              ? ROUTES.get(exchange.getRequestPath())
              : null;
      Optional<Rendition> ready =
          route == null || !exchange.getQueryString().isEmpty() ? Optional.empty() : ready(route);
      if (ready.isEmpty()) {
        next.handleRequest(exchange);
        return;
      }
      Rendition rendition = ready.get();
      String etag = "\"" + rendition.etag() + "\"";
      HeaderMap headers = exchange.getResponseHeaders();
      headers.put(Headers.ETAG, etag);
      headers.put(Headers.CACHE_CONTROL, CachedResponses.PUBLIC);
      if (route.cors()) {
        headers.put(ALLOW_ORIGIN, "*");
        headers.put(EXPOSE_HEADERS, "ETag");
      }
      if (matches(exchange.getRequestHeaders().get(Headers.IF_NONE_MATCH), etag)) {
        exchange.setStatusCode(304);
        exchange.endExchange();
        return;
      }
      headers.put(Headers.CONTENT_TYPE, rendition.mediaType());
      headers.put(Headers.CONTENT_LENGTH, rendition.body().length);
      exchange.getResponseSender().send(ByteBuffer.wrap(rendition.body()));
    }

    private Optional<Rendition> ready(Route route) {
      if (!connected()) {
        return Optional.empty();
      }
      Optional<StatusPage> page = pages.ifFresh(Audience.PUBLIC);
      return page.flatMap(p -> renditions.ifRenderedFrom(route.key(), p));
    }

    /** The application's beans, looked up once the application runs; until then, pass through. */
    private boolean connected() {
      if (renditions != null) {
        return true;
      }
      if (unavailable) {
        return false;
      }
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(application);
      try {
        CDI<Object> cdi = CDI.current();
        pages = cdi.select(StatusPages.class).get();
        renditions = cdi.select(Renditions.class).get();
        return true;
      } catch (RuntimeException e) {
        unavailable = true;
        LOG.warnf("The status page fast path is off; every request goes through JAX-RS: %s", e);
        return false;
      } finally {
        thread.setContextClassLoader(previous);
      }
    }

    /** If-None-Match: a list of tags (weak ones compared weakly, as RFC 9110 says) or "*". */
    private static boolean matches(io.undertow.util.HeaderValues values, String etag) {
      if (values == null) {
        return false;
      }
      for (String value : values) {
        for (String tag : value.split(",")) {
          String candidate = tag.strip();
          if (candidate.startsWith("W/")) {
            candidate = candidate.substring(2);
          }
          if (candidate.equals(etag) || candidate.equals("*")) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
