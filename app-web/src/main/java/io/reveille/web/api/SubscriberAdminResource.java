package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.subscriber.SubscriberDirectory;
import io.reveille.subscriber.SubscriberDirectory.Filter;
import io.reveille.subscriber.SubscriberKind;
import io.reveille.subscriber.SubscriberState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Subscribers for administrators: the list and counts, CSV export and import, the fan-outs. */
@Path("/api/v1/admin/subscribers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriberAdminResource {
  private static final int MAX_LISTED = 1000;

  @Inject SubscriberDirectory directory;

  /** A subscriber; {@code components} empty means all of them. */
  public record SubscriberJson(
      long id,
      String kind,
      String address,
      String state,
      List<String> components,
      String source,
      Instant createdAt,
      Instant confirmedAt) {}

  /** The first subscribers that match, how many match, and how many there are in each state. */
  public record SubscriberListJson(
      long total,
      long pending,
      long confirmed,
      long unsubscribed,
      List<SubscriberJson> subscribers) {}

  public record ImportRequest(String csv) {}

  public record ImportReportJson(int imported, int alreadySubscribed, int confirmationsSent) {}

  public record FanoutJson(
      long announcementId,
      String kind,
      String title,
      Instant announcedAt,
      int recipients,
      long sent,
      long pending,
      long failed,
      long skipped) {}

  public record FailureJson(
      long announcementId,
      long subscriberId,
      String kind,
      String address,
      String state,
      int attempts,
      String lastError,
      Instant nextAttemptAt) {}

  @GET
  @RolesAllowed(ADMIN)
  public SubscriberListJson list(
      @QueryParam("kind") String kind,
      @QueryParam("state") String state,
      @QueryParam("component") Long component,
      @QueryParam("q") String q) {
    SubscriberDirectory.Listing listing =
        directory.list(filter(kind, state, component, q), MAX_LISTED);
    SubscriberDirectory.Counts counts = directory.counts();
    return new SubscriberListJson(
        listing.total(),
        counts.byState().get(SubscriberState.PENDING),
        counts.byState().get(SubscriberState.CONFIRMED),
        counts.byState().get(SubscriberState.UNSUBSCRIBED),
        listing.entries().stream()
            .map(
                e ->
                    new SubscriberJson(
                        e.id(),
                        lower(e.kind()),
                        e.address(),
                        e.state().code(),
                        e.components(),
                        lower(e.source()),
                        e.createdAt(),
                        e.confirmedAt()))
            .toList());
  }

  /** Every matching subscriber as CSV (no secrets), ready to import elsewhere. */
  @GET
  @Path("export")
  @Produces("text/csv")
  @RolesAllowed(ADMIN)
  public Response export(
      @QueryParam("kind") String kind,
      @QueryParam("state") String state,
      @QueryParam("component") Long component,
      @QueryParam("q") String q) {
    Filter filter = filter(kind, state, component, q);
    StreamingOutput csv =
        out -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          directory.export(filter, writer);
          writer.flush();
        };
    return Response.ok(csv, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"subscribers.csv\"")
        .build();
  }

  /**
   * Imports subscribers from CSV, all or none: any wrong line answers 400 naming each line and
   * column as {@code csv[line].column}, and nothing is imported.
   */
  @POST
  @Path("import")
  @RolesAllowed(ADMIN)
  public ImportReportJson importCsv(ImportRequest request) {
    if (request == null || request.csv() == null || request.csv().isBlank()) {
      throw new InvalidInputException("csv", "Give the CSV, with a header line.");
    }
    SubscriberDirectory.ImportReport report = directory.importCsv(new StringReader(request.csv()));
    if (!report.errors().isEmpty()) {
      throw new InvalidInputException(
          report.errors().stream()
              .map(
                  e ->
                      new FieldError(
                          "csv[" + e.line() + "]." + e.column(),
                          "Line " + e.line() + ": " + e.message()))
              .toList());
    }
    return new ImportReportJson(
        report.imported(), report.alreadySubscribed(), report.confirmationsSent());
  }

  @GET
  @Path("fanouts")
  @RolesAllowed(ADMIN)
  public List<FanoutJson> fanouts() {
    return directory.recentFanouts(50).stream()
        .map(
            f ->
                new FanoutJson(
                    f.announcementId(),
                    f.kind(),
                    f.title(),
                    f.announcedAt(),
                    f.recipients(),
                    f.sent(),
                    f.pending(),
                    f.failed(),
                    f.skipped()))
        .toList();
  }

  @GET
  @Path("failures")
  @RolesAllowed(ADMIN)
  public List<FailureJson> failures() {
    return directory.failures(200).stream()
        .map(
            f ->
                new FailureJson(
                    f.announcementId(),
                    f.subscriberId(),
                    lower(f.kind()),
                    f.address(),
                    f.state().toLowerCase(Locale.ROOT),
                    f.attempts(),
                    f.lastError(),
                    f.nextAttemptAt()))
        .toList();
  }

  static Filter filter(String kind, String state, Long component, String q) {
    return new Filter(
        Inputs.parse(SubscriberKind.class, kind, "kind"),
        Inputs.parse(SubscriberState.class, state, "state"),
        component,
        q);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
