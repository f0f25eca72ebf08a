package io.reveille.search;

import java.util.List;

/**
 * The fields of an incident's search document. Text only internal people may read (the declared
 * title, internal updates, the postmortem, action items) lives in fields of its own, so a search
 * for support staff simply never names them.
 */
public final class IncidentFields {
  // Text
  public static final String TITLE = "title";
  public static final String TITLE_PREFIX = "title_prefix";
  public static final String PUBLIC_TITLE = "public_title";
  public static final String PUBLIC_TITLE_PREFIX = "public_title_prefix";
  public static final String SUMMARY = "summary";
  public static final String PUBLIC_UPDATES = "public_updates";
  public static final String INTERNAL_UPDATES = "internal_updates";
  public static final String POSTMORTEM = "postmortem";
  public static final String ACTION_ITEMS = "action_items";
  public static final String COMPONENT_TEXT = "component_text";
  public static final String PUBLIC_COMPONENT_TEXT = "public_component_text";

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
  public static final String PUBLIC = "public";
  public static final String DECLARED_AT = "declared_at";

  /** Every text field, with how much a match in it counts. */
  static final List<Weighted> ALL_TEXT =
      List.of(
          new Weighted(TITLE, 4f),
          new Weighted(TITLE_PREFIX, 1.5f),
          new Weighted(PUBLIC_TITLE, 3f),
          new Weighted(SUMMARY, 2f),
          new Weighted(COMPONENT_TEXT, 2f),
          new Weighted(PUBLIC_UPDATES, 1f),
          new Weighted(INTERNAL_UPDATES, 1f),
          new Weighted(POSTMORTEM, 1f),
          new Weighted(ACTION_ITEMS, 1f));

  /** What customers have been told: the only text a public search looks at. */
  static final List<Weighted> PUBLIC_TEXT =
      List.of(
          new Weighted(PUBLIC_TITLE, 4f),
          new Weighted(PUBLIC_TITLE_PREFIX, 1.5f),
          new Weighted(PUBLIC_COMPONENT_TEXT, 2f),
          new Weighted(PUBLIC_UPDATES, 1f));

  /** Fields a phrase can be found in (prefix fields hold word starts, not phrases). */
  static List<Weighted> phraseFields(List<Weighted> fields) {
    return fields.stream().filter(f -> !f.name().endsWith("_prefix")).toList();
  }

  record Weighted(String name, float boost) {}

  private IncidentFields() {}
}
