package io.reveille.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheet and htmx (from its WebJar). Served from memory with a long cache lifetime; the
 * version in the htmx path and the asset revision make changed files new URLs. Public.
 */
@Path("/assets")
@ApplicationScoped
public class AssetsResource {
  static final String HTMX_VERSION = "2.0.10";
  private static final Map<String, String> ASSETS =
      Map.of(
          "reveille.css",
          "static/reveille.css",
          "htmx-" + HTMX_VERSION + ".min.js",
          "META-INF/resources/webjars/htmx.org/" + HTMX_VERSION + "/dist/htmx.min.js",
          "countdown.js",
          "static/countdown.js");
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @GET
  @Path("reveille.css")
  @PermitAll
  public Response css() {
    return asset("reveille.css", "text/css;charset=UTF-8");
  }

  @GET
  @Path("htmx-" + HTMX_VERSION + ".min.js")
  @PermitAll
  public Response htmx() {
    return asset("htmx-" + HTMX_VERSION + ".min.js", "text/javascript;charset=UTF-8");
  }

  @GET
  @Path("countdown.js")
  @PermitAll
  public Response countdown() {
    return asset("countdown.js", "text/javascript;charset=UTF-8");
  }

  private Response asset(String name, String type) {
    byte[] body = cache.computeIfAbsent(name, n -> load(ASSETS.get(n)));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86_400);
    return Response.ok(body, type).cacheControl(cache).build();
  }

  private static byte[] load(String resource) {
    try (InputStream in = AssetsResource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
