package io.reveille.web.search;

import io.reveille.search.SearchReindexing;
import io.reveille.search.SearchResults;
import io.reveille.search.SimilarIncident;
import io.reveille.search.Snippet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The search API's records. Snippets come as parts so clients never render incident text. */
public final class SearchJson {
  public record Results(
      String q,
      boolean publicOnly,
      String sort,
      int page,
      int size,
      long total,
      int pages,
      long tookMillis,
      List<HitJson> hits,
      List<FacetJson> facets) {
    static Results of(SearchResults r) {
      return new Results(
          r.request().q(),
          r.publicOnly(),
          r.request().order().name().toLowerCase(),
          r.request().page() + 1,
          r.request().size(),
          r.total(),
          r.pageCount(),
          r.tookMillis(),
          r.hits().stream().map(HitJson::of).toList(),
          r.facets().stream().map(FacetJson::of).toList());
    }
  }

  /**
   * One matching incident. {@code snippet} is the matched passage as plain text; {@code highlights}
   * the same passage in parts, {@code match} marking what was found.
   */
  public record HitJson(
      String number,
      String title,
      String severity,
      String status,
      Instant declaredAt,
      boolean hasPostmortem,
      String snippetFrom,
      String snippet,
      List<Snippet.Part> highlights) {
    static HitJson of(SearchResults.Hit h) {
      return new HitJson(
          h.number().toString(),
          h.title(),
          h.severity() == null ? null : h.severity().name(),
          h.status().name().toLowerCase(),
          h.declaredAt(),
          h.hasPostmortem(),
          h.snippetFrom(),
          h.snippet().stream().map(Snippet.Part::text).collect(Collectors.joining()),
          h.snippet());
    }
  }

  public record FacetJson(String name, String label, List<SearchResults.Count> values) {
    static FacetJson of(SearchResults.Facet f) {
      return new FacetJson(f.name(), f.label(), f.counts());
    }
  }

  public record SimilarJson(
      String number,
      String title,
      String severity,
      String status,
      Instant declaredAt,
      String postmortem,
      List<ActionItemJson> actionItems) {
    static SimilarJson of(SimilarIncident s) {
      return new SimilarJson(
          s.number().toString(),
          s.title(),
          s.severity() == null ? null : s.severity().name(),
          s.status().name().toLowerCase(),
          s.declaredAt(),
          s.hasPostmortem() ? "/api/v1/incidents/" + s.number() + "/postmortem" : null,
          s.actionItems().stream()
              .map(a -> new ActionItemJson(a.description(), a.owner(), a.dueDate(), a.state()))
              .toList());
    }
  }

  public record ActionItemJson(String description, String owner, LocalDate dueDate, String state) {}

  public record ReindexJson(
      boolean running,
      String requestedBy,
      Instant startedAt,
      Instant finishedAt,
      long total,
      long indexed,
      int percent,
      long perSecond,
      String failure) {
    static ReindexJson of(SearchReindexing.Progress p) {
      return new ReindexJson(
          p.running(),
          p.requestedBy(),
          p.startedAt(),
          p.finishedAt(),
          p.total(),
          p.indexed(),
          p.percent(),
          p.perSecond(),
          p.failure());
    }
  }

  private SearchJson() {}
}
