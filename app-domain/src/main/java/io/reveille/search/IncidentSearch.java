package io.reveille.search;

import static io.reveille.search.IncidentFields.*;

import io.reveille.component.Component;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRepository;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.Visibility;
import io.reveille.postmortem.Postmortem;
import io.reveille.search.IncidentFields.Weighted;
import io.reveille.search.SearchQuery.Clause;
import io.reveille.search.SearchQuery.ComponentIs;
import io.reveille.search.SearchQuery.DeclaredAfter;
import io.reveille.search.SearchQuery.DeclaredBefore;
import io.reveille.search.SearchQuery.Filter;
import io.reveille.search.SearchQuery.HasPostmortem;
import io.reveille.search.SearchQuery.PersonIs;
import io.reveille.search.SearchQuery.Phrase;
import io.reveille.search.SearchQuery.SeverityIs;
import io.reveille.search.SearchQuery.StatusIs;
import io.reveille.search.SearchQuery.Word;
import io.reveille.search.SearchResults.Count;
import io.reveille.search.SearchResults.Facet;
import io.reveille.search.SearchResults.Hit;
import io.reveille.severity.Severity;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Searches the incident history for a person: what they typed, narrowed by filters, counted by
 * facet, with the passage that matched. Who is asking decides where it looks: people who may not
 * read internal text (support staff) search only what customers were told, in incidents customers
 * know of.
 */
@ApplicationScoped
public class IncidentSearch {
  private static final Pattern INCIDENT_NUMBER = Pattern.compile("(?i)(inc-)?\\d{1,18}");
  private static final int SNIPPET_LENGTH = 220;

  private static final AggregationKey<Map<String, Long>> BY_FACET_KEY = AggregationKey.of(FACETS);
  private static final AggregationKey<Map<String, Long>> BY_COMPONENT =
      AggregationKey.of(COMPONENT);

  @PersistenceContext EntityManager em;
  @Inject IncidentRepository incidents;

  /** Whether the viewer may read internal text: the same rule as the incident room's. */
  public static boolean mayReadInternal(Actor viewer) {
    return Visibility.INTERNAL.isVisibleTo(viewer);
  }

  /**
   * @throws QuerySyntaxException when {@code q} cannot be read (field {@code q}, with position)
   */
  @Transactional
  public SearchResults search(Actor viewer, SearchRequest request) {
    long started = System.nanoTime();
    SearchQuery query = QueryParser.parse(request.q());
    boolean publicOnly = request.publicOnly() || !mayReadInternal(viewer);
    List<String> snippetFields =
        publicOnly
            ? List.of(PUBLIC_UPDATES, PUBLIC_POSTMORTEM)
            : List.of(
                SUMMARY,
                PUBLIC_UPDATES,
                INTERNAL_UPDATES,
                POSTMORTEM,
                PUBLIC_POSTMORTEM,
                ACTION_ITEMS);

    SearchResult<List<?>> result =
        Search.session(em)
            .search(Incident.class)
            .select(f -> projection(f, publicOnly, snippetFields))
            .where(f -> predicate(f, query, publicOnly))
            .sort(
                f ->
                    request.order() == SearchRequest.Order.DATE || !query.hasText()
                        ? f.field(DECLARED_AT).desc()
                        : f.score().then().field(DECLARED_AT).desc())
            // Every combination (severities × statuses × 2 × months: thousands after years), so
            // that the sums per facet are exact.
            .aggregation(
                BY_FACET_KEY,
                f -> f.terms().field(FACETS, String.class).maxTermCount(FacetKey.MOST_VALUES))
            .aggregation(
                BY_COMPONENT,
                f ->
                    f.terms()
                        .field(publicOnly ? PUBLIC_COMPONENT_FACET : COMPONENT_FACET, String.class)
                        .maxTermCount(15))
            .fetch(request.page() * request.size(), request.size());

    List<String> terms = Snippet.terms(typedText(query));
    List<Hit> hits =
        result.hits().stream().map(row -> hit(row, snippetFields, terms, publicOnly)).toList();
    FacetKey.Counts counts = FacetKey.Counts.of(result.aggregation(BY_FACET_KEY));
    List<Facet> facets = new ArrayList<>();
    facets.add(
        facet(
            "severity",
            "Severity",
            counts.severity(),
            v -> v.toUpperCase(Locale.ROOT),
            v -> "severity:" + v.toUpperCase(Locale.ROOT)));
    facets.add(
        facet(
            "status",
            "Status",
            counts.status(),
            v -> IncidentStatus.valueOf(v.toUpperCase(Locale.ROOT)).label(),
            v -> "status:" + v.toLowerCase(Locale.ROOT)));
    facets.add(
        facet(
            "component",
            "Component",
            result.aggregation(BY_COMPONENT),
            Function.identity(),
            v -> "component:\"" + v.replace("\"", "") + "\""));
    facets.add(monthFacet(counts.month()));
    if (!publicOnly) {
      facets.add(
          facet(
              "postmortem",
              "Postmortem",
              counts.postmortem(),
              v -> v.equals("yes") ? "Has a postmortem" : "No postmortem",
              v -> "postmortem:" + v));
    }
    return new SearchResults(
        request,
        publicOnly,
        result.total().hitCount(),
        hits,
        facets,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Past incidents most like this one (title, summary and components), best first. */
  @Transactional
  public List<SimilarIncident> similarTo(Actor viewer, IncidentNumber number, int limit) {
    Incident incident = incidents.get(number);
    boolean publicOnly = !mayReadInternal(viewer);
    if (publicOnly && !incident.isPublic()) {
      throw new NotFoundException("There is no incident " + number + ".");
    }
    return similar(
        viewer,
        publicOnly ? incident.publicTitle().orElse("") : incident.title(),
        publicOnly ? "" : incident.summary(),
        incident.components().stream().map(Component::name).toList(),
        incident.id(),
        limit);
  }

  /**
   * Past incidents most like a description (the declare form, before the incident exists): more
   * like this, by the words the texts share, rarer words counting more.
   */
  @Transactional
  public List<SimilarIncident> similar(
      Actor viewer,
      String title,
      String summary,
      Collection<String> components,
      Long excluding,
      int limit) {
    boolean publicOnly = !mayReadInternal(viewer);
    String titleText = bounded(title);
    String summaryText = bounded(summary);
    String componentText = bounded(String.join(" ", components));
    if (titleText.isBlank() && summaryText.isBlank() && componentText.isBlank()) {
      return List.of();
    }
    List<List<?>> rows =
        Search.session(em)
            .search(Incident.class)
            .select(f -> projection(f, publicOnly, List.of()))
            .where(
                f -> {
                  BooleanPredicateClausesStep<?> b = f.bool();
                  String titleField = publicOnly ? PUBLIC_TITLE : TITLE;
                  String componentField = publicOnly ? PUBLIC_COMPONENT_TEXT : COMPONENT_TEXT;
                  String bodyField = publicOnly ? PUBLIC_WORDS : ALL_WORDS;
                  if (!titleText.isBlank()) {
                    b.should(f.match().field(titleField).matching(titleText).boost(3f));
                    b.should(f.match().field(bodyField).matching(titleText));
                  }
                  if (!summaryText.isBlank()) {
                    b.should(f.match().field(bodyField).matching(summaryText));
                    b.should(f.match().field(titleField).matching(summaryText));
                  }
                  if (!componentText.isBlank()) {
                    b.should(f.match().field(componentField).matching(componentText).boost(2f));
                  }
                  if (excluding != null) {
                    b.mustNot(f.id().matching(excluding));
                  }
                  if (publicOnly) {
                    b.filter(f.match().field(PUBLIC).matching(true));
                  }
                  return b;
                })
            .fetchHits(Math.max(1, Math.min(limit, 20)));
    List<Hit> hits = rows.stream().map(row -> hit(row, List.of(), List.of(), publicOnly)).toList();
    Map<Long, Postmortem> postmortems =
        publicOnly ? Map.of() : postmortemsOf(hits.stream().map(h -> h.number().value()).toList());
    return hits.stream()
        .map(
            h ->
                new SimilarIncident(
                    h.number(),
                    h.title(),
                    h.severity(),
                    h.status(),
                    h.declaredAt(),
                    h.hasPostmortem() && !publicOnly,
                    postmortems.containsKey(h.number().value())
                        ? postmortems.get(h.number().value()).actionItems().stream()
                            .map(
                                a ->
                                    new SimilarIncident.ActionItemLine(
                                        a.description(), a.owner(), a.dueDate(), a.state().label()))
                            .toList()
                        : List.of()))
        .toList();
  }

  private Map<Long, Postmortem> postmortemsOf(List<Long> incidentIds) {
    if (incidentIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select p from Postmortem p where p.incidentId in :ids", Postmortem.class)
        .setParameter("ids", incidentIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Postmortem::incidentId, p -> p));
  }

  private static ProjectionFinalStep<List<?>> projection(
      SearchProjectionFactory<?, ?> f, boolean publicOnly, List<String> snippetFields) {
    List<ProjectionFinalStep<?>> parts = new ArrayList<>();
    parts.add(f.id(Long.class));
    parts.add(f.field(publicOnly ? PUBLIC_TITLE : TITLE, String.class));
    parts.add(f.field(SEVERITY, String.class));
    parts.add(f.field(STATUS, String.class));
    parts.add(f.field(DECLARED_AT, Instant.class));
    parts.add(f.field(HAS_POSTMORTEM, String.class));
    for (String field : snippetFields) {
      parts.add(f.field(field, String.class).multi());
    }
    return f.composite().from(parts.toArray(ProjectionFinalStep[]::new)).asList();
  }

  private static Hit hit(
      List<?> row, List<String> snippetFields, List<String> terms, boolean publicOnly) {
    String snippetFrom = null;
    String snippet = null;
    for (int i = 0; i < snippetFields.size() && snippet == null; i++) {
      @SuppressWarnings("unchecked")
      List<String> texts = (List<String>) row.get(6 + i);
      for (String text : texts == null ? List.<String>of() : texts) {
        String passage = Snippet.highlight(text, terms, SNIPPET_LENGTH, false);
        if (passage != null) {
          snippetFrom = snippetFields.get(i);
          snippet = passage;
          break;
        }
      }
    }
    if (snippet == null && !snippetFields.isEmpty()) {
      // Nothing to mark (a filter-only search, or a match in the title): show how it began.
      @SuppressWarnings("unchecked")
      List<String> lead = (List<String>) row.get(6);
      if (lead != null && !lead.isEmpty()) {
        snippetFrom = snippetFields.get(0);
        snippet =
            Snippet.highlight(
                lead.get(publicOnly ? lead.size() - 1 : 0), terms, SNIPPET_LENGTH, true);
      }
    }
    String severity = (String) row.get(2);
    return new Hit(
        new IncidentNumber((Long) row.get(0)),
        (String) row.get(1),
        severity == null ? null : Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
        IncidentStatus.valueOf(((String) row.get(3)).toUpperCase(Locale.ROOT)),
        (Instant) row.get(4),
        // Whether the team wrote a postmortem is internal; customers know of a published one.
        publicOnly
            ? snippetFields.contains(PUBLIC_POSTMORTEM)
                && row.get(6 + snippetFields.indexOf(PUBLIC_POSTMORTEM)) instanceof List<?> p
                && !p.isEmpty()
            : "yes".equals(row.get(5)),
        snippetFrom,
        snippet == null ? List.of() : Snippet.parts(snippet));
  }

  /** The words and phrases searched for, to mark in the passage shown. */
  private static List<String> typedText(SearchQuery query) {
    List<String> typed = new ArrayList<>();
    for (Clause clause : query.clauses()) {
      if (clause instanceof Word w && !w.negated()) {
        typed.add(w.text());
      } else if (clause instanceof Phrase p && !p.negated()) {
        typed.add(p.text());
      }
    }
    return typed;
  }

  private static PredicateFinalStep predicate(
      SearchPredicateFactory f, SearchQuery query, boolean publicOnly) {
    BooleanPredicateClausesStep<?> b = f.bool();
    boolean narrowed = false;
    if (publicOnly) {
      b.filter(f.match().field(PUBLIC).matching(true));
      narrowed = true;
    }
    Word typing = lastWord(query);
    for (Clause clause : query.clauses()) {
      if (clause instanceof Word w && !findable(w)) {
        continue; // "—" or "!!!" has nothing to find; it should not empty the results
      }
      PredicateFinalStep p = clause(f, clause, publicOnly, clause == typing);
      if (clause.negated()) {
        b.mustNot(p);
      } else if (clause instanceof Filter) {
        b.filter(p);
        narrowed = true;
      } else {
        b.must(p);
        narrowed = true;
        // Optional (there is a must): ranks a word or phrase in the title or a component name
        // above one in a long update, without widening what matches.
        for (Weighted field : publicOnly ? PUBLIC_RANKED : RANKED) {
          if (clause instanceof Word w) {
            b.should(word(f, field.name(), w.text(), field.boost()));
          } else if (clause instanceof Phrase phrase) {
            b.should(f.phrase().field(field.name()).matching(phrase.text()).boost(field.boost()));
          }
        }
      }
    }
    if (!narrowed) {
      b.must(f.matchAll()); // only exclusions, or nothing: everything but what is excluded
    }
    return b;
  }

  /**
   * The word being typed: the last one, unless it is excluded. Only it may also be the start of a
   * title word ("checkout paym"); matching every word against title prefixes as well cost a broad
   * search a fifth of its time, for words the person had finished typing.
   */
  private static Word lastWord(SearchQuery query) {
    List<Clause> clauses = query.clauses();
    for (int i = clauses.size() - 1; i >= 0; i--) {
      if (clauses.get(i) instanceof Word w && findable(w)) {
        return w.negated() ? null : w;
      }
    }
    return null;
  }

  private static boolean findable(Word word) {
    return word.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static PredicateFinalStep clause(
      SearchPredicateFactory f, Clause clause, boolean publicOnly, boolean typing) {
    if (clause instanceof Word w) {
      // Where a word must be: anywhere in the text (or, while typed, at the start of a title word).
      BooleanPredicateClausesStep<?> any =
          f.bool().should(word(f, publicOnly ? PUBLIC_WORDS : ALL_WORDS, w.text(), 1f));
      if (typing && !compound(w.text())) {
        any.should(
            f.match()
                .field(publicOnly ? PUBLIC_TITLE_PREFIX : TITLE_PREFIX)
                .matching(w.text())
                .boost(1.5f));
      }
      if (INCIDENT_NUMBER.matcher(w.text()).matches()) {
        // "INC-42" or "42": the incident itself first.
        any.should(f.match().field(NUMBER).matching(w.text()).boost(50f));
      }
      return any;
    }
    if (clause instanceof Phrase p) {
      return f.phrase().field(publicOnly ? PUBLIC_WORDS : ALL_WORDS).matching(p.text());
    }
    if (clause instanceof SeverityIs s) {
      return f.match().field(SEVERITY).matching(s.severity().name());
    }
    if (clause instanceof StatusIs s) {
      return f.match().field(STATUS).matching(s.status().name());
    }
    if (clause instanceof ComponentIs c) {
      return f.match().field(publicOnly ? PUBLIC_COMPONENT : COMPONENT).matching(c.name());
    }
    if (publicOnly && (clause instanceof PersonIs || clause instanceof HasPostmortem)) {
      // Who worked on an incident and whether the team wrote it up are not what customers were
      // told: answering would let a public-only search probe internal facts.
      throw new InvalidInputException(
          "q",
          "person: and postmortem: look at what only the team sees; they are not available"
              + " when searching what customers were told.");
    }
    if (clause instanceof PersonIs p) {
      return f.match().field(PERSON).matching(p.username());
    }
    if (clause instanceof HasPostmortem h) {
      return f.match().field(HAS_POSTMORTEM).matching(h.present() ? "yes" : "no");
    }
    if (clause instanceof DeclaredAfter a) {
      return f.range().field(DECLARED_AT).atLeast(startOf(a.day()));
    }
    if (clause instanceof DeclaredBefore b) {
      return f.range().field(DECLARED_AT).lessThan(startOf(b.day()));
    }
    throw new IllegalArgumentException("Unknown clause " + clause);
  }

  /**
   * A word as typed. "eu-west-1", "db-07" or "10.0.3.7" is one thing to the person typing it, not
   * any of "eu", "west" or "1": such a word is matched as the phrase of its parts.
   */
  private static PredicateFinalStep word(
      SearchPredicateFactory f, String field, String text, float boost) {
    return compound(text)
        ? f.phrase().field(field).matching(text).boost(boost)
        : f.match().field(field).matching(text).boost(boost);
  }

  private static boolean compound(String word) {
    return !word.codePoints().allMatch(Character::isLetterOrDigit);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Facet facet(
      String name,
      String label,
      Map<String, Long> counts,
      Function<String, String> valueLabel,
      Function<String, String> filter) {
    return new Facet(
        name,
        label,
        counts.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(
                e ->
                    new Count(
                        // severities read as written (SEV1); the keyword field folds case
                        name.equals("severity") ? e.getKey().toUpperCase(Locale.ROOT) : e.getKey(),
                        valueLabel.apply(e.getKey()),
                        e.getValue(),
                        filter.apply(e.getKey())))
            .toList());
  }

  /** Months newest first (the facet is a timeline, not a popularity list), at most two years. */
  private static Facet monthFacet(Map<String, Long> counts) {
    return new Facet(
        "month",
        "Month",
        counts.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Long>comparingByKey().reversed())
            .limit(24)
            .map(
                e -> {
                  YearMonth month = YearMonth.parse(e.getKey());
                  return new Count(
                      e.getKey(),
                      month
                              .getMonth()
                              .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                          + " "
                          + month.getYear(),
                      e.getValue(),
                      "after:" + month.atDay(1) + " before:" + month.plusMonths(1).atDay(1));
                })
            .toList());
  }

  /** Long texts are cut: rare words early in a description say enough, and clauses are bounded. */
  private static String bounded(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 600 ? text.substring(0, 600) : text;
  }
}
