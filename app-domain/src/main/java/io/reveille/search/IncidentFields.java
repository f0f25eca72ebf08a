package io.reveille.search;

import java.util.List;

/**
 * The fields of an incident's search document. Text only internal people may read (the declared
 * title, internal updates, the postmortem, action items) lives in fields of its own, so a search
 * for support staff simply never names them.
 */
public final class IncidentFields {
  // Text searched for ranking: a word or phrase in them counts more (RANKED)
  public static final String TITLE = "title";
  public static final String TITLE_PREFIX = "title_prefix";
  public static final String PUBLIC_TITLE = "public_title";
  public static final String PUBLIC_TITLE_PREFIX = "public_title_prefix";
  public static final String COMPONENT_TEXT = "component_text";
  public static final String PUBLIC_COMPONENT_TEXT = "public_component_text";

  // Text kept to show the passage that matched; searched through ALL_WORDS and PUBLIC_WORDS
  public static final String SUMMARY = "summary";
  public static final String PUBLIC_UPDATES = "public_updates";
  public static final String INTERNAL_UPDATES = "internal_updates";
  public static final String POSTMORTEM = "postmortem";
  public static final String PUBLIC_POSTMORTEM = "public_postmortem";
  public static final String ACTION_ITEMS = "action_items";

  /**
   * Every text the team can read, in one field: a typed word or phrase must appear here (a word may
   * also be a title prefix). One field to match in, rather than ten, is what keeps a search over a
   * million rows of history fast, and the texts are analysed once, here, not twice.
   */
  public static final String ALL_WORDS = "all_words";

  /** Every text customers were told, in one field: what a public search matches in. */
  public static final String PUBLIC_WORDS = "public_words";

  // Exact values, filters and facets
  public static final String NUMBER = "number";
  public static final String SEVERITY = "severity";
  public static final String STATUS = "status";
  public static final String COMPONENT = "component";
  public static final String PUBLIC_COMPONENT = "public_component";

  /** The component's name as written, for facet labels (the filter fields fold case). */
  public static final String COMPONENT_FACET = "component_facet";

  public static final String PUBLIC_COMPONENT_FACET = "public_component_facet";
  public static final String PERSON = "person";
  public static final String MONTH = "month";
  public static final String HAS_POSTMORTEM = "has_postmortem";

  /** Severity, status, postmortem and month in one value, counted at once ({@link FacetKey}). */
  public static final String FACETS = "facets";

  public static final String PUBLIC = "public";
  public static final String DECLARED_AT = "declared_at";

  /**
   * The version of the mapping that wrote the document ({@link IncidentDocumentBinder#VERSION}): a
   * document written by another one is rebuilt ({@link SearchReindexing#rebuildIfStale()}).
   */
  public static final String MAPPING = "mapping";

  /**
   * Where a typed word or phrase counts for more than being in the text ({@link #ALL_WORDS}, weight
   * 1): in the title it counts 4, in a component name 2. Only short fields: an optional clause over
   * a long field (the summary) is paid for on every match of a broad search.
   */
  static final List<Weighted> RANKED =
      List.of(new Weighted(TITLE, 3f), new Weighted(COMPONENT_TEXT, 1f));

  /** The same for a public search ({@link #PUBLIC_WORDS}). */
  static final List<Weighted> PUBLIC_RANKED =
      List.of(new Weighted(PUBLIC_TITLE, 3f), new Weighted(PUBLIC_COMPONENT_TEXT, 1f));

  record Weighted(String name, float boost) {}

  private IncidentFields() {}
}
