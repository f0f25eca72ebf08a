package io.reveille.web.status;

import io.reveille.incident.IncidentNumber;
import io.reveille.shared.InvalidInputException;
import io.reveille.statuspage.Audience;
import io.reveille.statuspage.StatusPage;
import io.reveille.statuspage.StatusPage.IncidentNotice;
import io.reveille.statuspage.StatusPage.MaintenanceNotice;
import io.reveille.statuspage.StatusPages;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public status page, no sign-in: the page itself, the incident history, one page per public
 * incident, the Atom and RSS feeds, and the embeddable widget and badge. Each is rendered once per
 * snapshot and served from memory with an ETag and a short public max-age.
 */
@Path("/status")
@ApplicationScoped
public class StatusPageResource {
  private static final Rendition CSS = resource("static/status.css", "text/css;charset=UTF-8");
  private static final Rendition WIDGET =
      resource("static/status-widget.js", "text/javascript;charset=UTF-8");

  /** The style sheet's address; the version makes a changed sheet a new URL. */
  static final String CSS_PATH = "/status/status.css?v=" + CSS.etag();

  private final PageIdentity identity = PageIdentity.configured();

  @Inject StatusPages pages;
  @Inject Renditions renditions;

  @GET
  @PermitAll
  public Response page(@Context Request request) {
    StatusPage page = pages.current(Audience.PUBLIC);
    return CachedResponses.publicly(
        request,
        renditions.of(
            "page",
            page,
            () -> StatusPageTemplates.render("status/page", page, identity, model(false))),
        false);
  }

  @GET
  @Path("history")
  @PermitAll
  public Response history(@Context Request request) {
    StatusPage page = pages.current(Audience.PUBLIC);
    return CachedResponses.publicly(
        request,
        renditions.of(
            "history",
            page,
            () -> StatusPageTemplates.render("status/history", page, identity, model(false))),
        false);
  }

  @GET
  @Path("incidents/{number}")
  @PermitAll
  public Response incident(@PathParam("number") String number, @Context Request request) {
    StatusPage page = pages.current(Audience.PUBLIC);
    Optional<IncidentNotice> incident =
        number(number).flatMap(n -> pages.incident(n, Audience.PUBLIC));
    if (incident.isEmpty()) {
      return notFound(page);
    }
    IncidentNotice notice = incident.get();
    return noticePage(
        request,
        page,
        "incident:" + notice.number().value(),
        "incident",
        notice,
        "status/incident");
  }

  /**
   * A maintenance window's own page, the shortlink of Statuspage's JSON and the feeds' entries: the
   * status page shows a window only while it is coming or under way, and a link in an old notice
   * should still say what the work was and when it completed.
   */
  @GET
  @Path("maintenance/{id}")
  @PermitAll
  public Response maintenance(@PathParam("id") String id, @Context Request request) {
    StatusPage page = pages.current(Audience.PUBLIC);
    Optional<MaintenanceNotice> window =
        maintenanceId(id).flatMap(n -> pages.maintenance(n, Audience.PUBLIC));
    if (window.isEmpty()) {
      return notFound(page);
    }
    MaintenanceNotice notice = window.get();
    return noticePage(
        request, page, "maintenance:" + notice.id(), "window", notice, "status/maintenance");
  }

  /** One incident's or maintenance window's public page, rendered once per version of it. */
  private Response noticePage(
      Request request, StatusPage page, String key, String name, Object notice, String template) {
    return CachedResponses.publicly(
        request,
        renditions.of(
            key,
            notice,
            () -> {
              Map<String, Object> model = model(false);
              model.put(name, notice);
              return StatusPageTemplates.render(template, page, identity, model);
            }),
        false);
  }

  private static Optional<Long> maintenanceId(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Response notFound(StatusPage page) {
    Rendition missing =
        renditions.of(
            "not-found",
            page,
            () -> StatusPageTemplates.render("status/not-found", page, identity, model(false)));
    return Response.status(Response.Status.NOT_FOUND)
        .type(missing.mediaType())
        .entity(missing.body())
        .build();
  }

  @GET
  @Path("feed.atom")
  @PermitAll
  public Response atom(@Context Request request) {
    StatusPage page = pages.current(Audience.PUBLIC);
    return CachedResponses.publicly(
        request,
        renditions.of("atom", page, () -> new StatusFeeds(page, identity).render(StatusFeeds.ATOM)),
        true);
  }

  @GET
  @Path("feed.rss")
  @PermitAll
  public Response rss(@Context Request request) {
    StatusPage page = pages.current(Audience.PUBLIC);
    return CachedResponses.publicly(
        request,
        renditions.of("rss", page, () -> new StatusFeeds(page, identity).render(StatusFeeds.RSS)),
        true);
  }

  @GET
  @Path("badge.svg")
  @PermitAll
  public Response badge(@Context Request request) {
    StatusPage page = pages.current(Audience.PUBLIC);
    return CachedResponses.publicly(
        request,
        renditions.of(
            "badge", page.indicator(), () -> StatusBadge.render("status", page.indicator())),
        true);
  }

  /** The embeddable widget: a script that shows status.json's indicator on another site. */
  @GET
  @Path("widget.js")
  @PermitAll
  public Response widget(@Context Request request) {
    return CachedResponses.publicly(request, WIDGET, true);
  }

  @GET
  @Path("status.css")
  @PermitAll
  public Response css() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86_400);
    return Response.ok(CSS.body(), CSS.mediaType()).cacheControl(cache).build();
  }

  static Map<String, Object> model(boolean staff) {
    Map<String, Object> model = new HashMap<>();
    model.put("staff", staff);
    return model;
  }

  /** A page address with a malformed number is a page that does not exist, not a bad request. */
  private static Optional<IncidentNumber> number(String text) {
    try {
      return Optional.of(IncidentNumber.parse(text));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static Rendition resource(String path, String type) {
    try (InputStream in = StatusPageResource.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the build");
      }
      return Rendition.of(in.readAllBytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
