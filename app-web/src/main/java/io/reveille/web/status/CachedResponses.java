package io.reveille.web.status;

import io.reveille.shared.Settings;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * Answers with a rendition and the headers that let browsers, proxies and CDNs carry the load: a
 * strong ETag (304 when the reader has it already) and a short public max-age.
 */
final class CachedResponses {
  /** How long readers may reuse a status page answer: short, so news travels fast. */
  static final int MAX_AGE_SECONDS =
      (int)
          Settings.get("reveille.status-page.http-max-age")
              .map(Duration::parse)
              .orElse(Duration.ofSeconds(15))
              .toSeconds();

  private CachedResponses() {}

  /** Written out: JAX-RS's CacheControl has no way to say "public". */
  static final String PUBLIC = "public, max-age=" + MAX_AGE_SECONDS;

  private static final String PRIVATE = "private, no-cache";

  /** For anyone to cache; {@code cors} opens it to scripts on other sites (the JSON, the badge). */
  static Response publicly(Request request, Rendition rendition, boolean cors) {
    return respond(request, rendition, PUBLIC, cors);
  }

  /** For the signed-in reader only: revalidated every time, never stored by proxies. */
  static Response privately(Request request, Rendition rendition) {
    return respond(request, rendition, PRIVATE, false);
  }

  private static Response respond(
      Request request, Rendition rendition, String cache, boolean cors) {
    EntityTag tag = new EntityTag(rendition.etag());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder response =
        notModified != null
            ? notModified
            : Response.ok(rendition.body()).type(rendition.mediaType());
    response.tag(tag).header("Cache-Control", cache);
    if (cors) {
      response
          .header("Access-Control-Allow-Origin", "*")
          .header("Access-Control-Expose-Headers", "ETag");
    }
    return response.build();
  }
}
