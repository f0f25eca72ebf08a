package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.shared.DomainException;
import io.reveille.subscriber.SubscriberDirectory;
import io.reveille.subscriber.SubscriberDirectory.Filter;
import io.reveille.subscriber.SubscriberDirectory.ImportReport;
import io.reveille.subscriber.SubscriberKind;
import io.reveille.subscriber.SubscriberState;
import io.reveille.subscriber.Subscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Subscribers for administrators: counts, a filtered list, CSV export and import, and each fan-out
 * with what failed and why, so a mail server refusing everything is noticed.
 */
@Path("/admin/subscribers")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SubscriberAdminPages {
  private static final int LISTED = 200;

  @Inject SubscriberDirectory directory;
  @Inject Subscriptions subscriptions;

  @GET
  @RolesAllowed(ADMIN)
  public Response list(
      @QueryParam("kind") String kind,
      @QueryParam("state") String state,
      @QueryParam("component") Long component,
      @QueryParam("q") String q) {
    try {
      return Response.ok(page(kind, state, component, q)).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(page(null, null, null, null).with("errors", FormErrors.of(e)))
          .build();
    }
  }

  @POST
  @Path("import")
  @RolesAllowed(ADMIN)
  public Response importCsv(@FormParam("csv") String csv) {
    View view = page(null, null, null, null).with("csv", csv == null ? "" : csv);
    if (csv == null || csv.isBlank()) {
      return Response.status(400)
          .entity(view.with("errors", Map.of("csv", "Paste the CSV, with its header line.")))
          .build();
    }
    ImportReport report = directory.importCsv(new StringReader(csv));
    if (!report.errors().isEmpty()) {
      return Response.status(400)
          .entity(
              view.with("report", report)
                  .with(
                      "errors",
                      Map.of("csv", "Nothing was imported: fix these lines and import again.")))
          .build();
    }
    return Response.ok(page(null, null, null, null).with("report", report)).build();
  }

  private View page(String kind, String state, Long component, String q) {
    SubscriberKind kindFilter =
        io.reveille.web.api.Inputs.parse(SubscriberKind.class, kind, "kind");
    SubscriberState stateFilter =
        io.reveille.web.api.Inputs.parse(SubscriberState.class, state, "state");
    Filter filter = new Filter(kindFilter, stateFilter, component, q);
    UriBuilder export = UriBuilder.fromPath("/api/v1/admin/subscribers/export");
    if (kindFilter != null) {
      export.queryParam("kind", kindFilter.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (stateFilter != null) {
      export.queryParam("state", stateFilter.code());
    }
    if (component != null) {
      export.queryParam("component", component);
    }
    if (q != null && !q.isBlank()) {
      export.queryParam("q", q.strip());
    }
    return View.of("admin-subscribers")
        .with("kinds", SubscriberKind.values())
        .with("states", SubscriberState.values())
        .with("components", subscriptions.publicComponents())
        .with("kind", kindFilter == null ? "" : kindFilter.name())
        .with("state", stateFilter == null ? "" : stateFilter.name())
        .with("component", component)
        .with("q", q == null ? "" : q)
        .with("listing", directory.list(filter, LISTED))
        .with("counts", directory.counts())
        .with("fanouts", fanouts(q))
        .with("failures", directory.failures(100))
        .with("exportUrl", export.build().toString())
        .with("report", null)
        .with("csv", "")
        .with("errors", Map.of());
  }

  /** The latest fan-outs; a search narrows them to those whose title has the searched text. */
  private List<SubscriberDirectory.FanoutSummary> fanouts(String q) {
    if (q == null || q.isBlank()) {
      return directory.recentFanouts(20);
    }
    String wanted = q.strip().toLowerCase(Locale.ROOT);
    return directory.recentFanouts(500).stream()
        .filter(f -> f.title().toLowerCase(Locale.ROOT).contains(wanted))
        .limit(20)
        .toList();
  }
}
