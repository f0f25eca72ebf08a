package io.reveille.search;

import static io.reveille.search.IncidentFields.*;

import io.reveille.component.Component;
import io.reveille.incident.Incident;
import io.reveille.incident.RoleAssignment;
import io.reveille.incident.StatusUpdate;
import io.reveille.incident.Visibility;
import io.reveille.postmortem.ActionItem;
import io.reveille.postmortem.Postmortem;
import io.reveille.postmortem.PostmortemContent;
import io.reveille.postmortem.PostmortemState;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes an incident's search document. One bridge for the whole incident, because visibility
 * decides which field a text goes to (a public update and an internal one are both "updates") and
 * because the postmortem refers to its incident by id rather than by association, so it is read
 * here ({@link PostmortemLookup}); {@link PostmortemIndexing} asks for the incident to be indexed
 * again when it changes. The published public postmortem has a field of its own, the only
 * postmortem text a public search reads.
 */
public class IncidentDocumentBinder implements TypeBinder {
  /**
   * Change it (to the day of the change) whenever what a document holds changes: a field added,
   * renamed or analysed differently. An index written by another version cannot be searched for
   * what the new fields hold, so a node finding such documents at start-up rebuilds the index.
   */
  public static final String VERSION = "2026-12-07";

  @Override
  public void bind(TypeBindingContext context) {
    // Changes to these (including updates, roles and components added later) reindex the incident.
    // Components: which ones are affected, not their names (see IncidentSearchMapping).
    context
        .dependencies()
        .use("title")
        .use("summary")
        .use("publicTitle")
        .use("severity")
        .use("status")
        .use("declaredAt")
        .use("declaredBy")
        .use("updates.message")
        .use("updates.visibility")
        .use("updates.author")
        .use("roleAssignments.username")
        .use("components");

    IndexSchemaElement schema = context.indexSchemaElement();
    IndexFieldTypeFactory types = context.typeFactory();
    var text =
        types
            .asString()
            .analyzer(SearchAnalysis.TEXT)
            .projectable(Projectable.YES)
            .highlightable(List.of(Highlightable.UNIFIED, Highlightable.PLAIN))
            .toIndexFieldType();
    var prefix =
        types
            .asString()
            .analyzer(SearchAnalysis.PREFIX)
            .searchAnalyzer(SearchAnalysis.TYPED)
            .toIndexFieldType();
    var facet =
        types
            .asString()
            .normalizer(SearchAnalysis.KEYWORD)
            .aggregable(Aggregable.YES)
            .projectable(Projectable.YES)
            .toIndexFieldType();
    var words = types.asString().analyzer(SearchAnalysis.TEXT).toIndexFieldType();
    // Kept to show the passage that matched, not searched: their words are in all_words.
    var passages =
        types.asString().searchable(Searchable.NO).projectable(Projectable.YES).toIndexFieldType();
    var exact = types.asString().normalizer(SearchAnalysis.KEYWORD).toIndexFieldType();
    var label = types.asString().aggregable(Aggregable.YES).toIndexFieldType();

    Fields fields =
        new Fields(
            schema.field(TITLE, text).toReference(),
            schema.field(TITLE_PREFIX, prefix).toReference(),
            schema.field(PUBLIC_TITLE, text).toReference(),
            schema.field(PUBLIC_TITLE_PREFIX, prefix).toReference(),
            schema.field(SUMMARY, passages).toReference(),
            schema.field(PUBLIC_UPDATES, passages).multiValued().toReference(),
            schema.field(INTERNAL_UPDATES, passages).multiValued().toReference(),
            schema.field(POSTMORTEM, passages).multiValued().toReference(),
            schema.field(PUBLIC_POSTMORTEM, passages).toReference(),
            schema.field(ACTION_ITEMS, passages).multiValued().toReference(),
            schema.field(COMPONENT_TEXT, text).multiValued().toReference(),
            schema.field(PUBLIC_COMPONENT_TEXT, text).multiValued().toReference(),
            schema.field(ALL_WORDS, words).multiValued().toReference(),
            schema.field(PUBLIC_WORDS, words).multiValued().toReference(),
            schema.field(NUMBER, exact).multiValued().toReference(),
            schema.field(SEVERITY, facet).toReference(),
            schema.field(STATUS, facet).toReference(),
            schema.field(COMPONENT, facet).multiValued().toReference(),
            schema.field(PUBLIC_COMPONENT, facet).multiValued().toReference(),
            schema.field(COMPONENT_FACET, label).multiValued().toReference(),
            schema.field(PUBLIC_COMPONENT_FACET, label).multiValued().toReference(),
            schema.field(PERSON, facet).multiValued().toReference(),
            schema.field(MONTH, facet).toReference(),
            schema.field(HAS_POSTMORTEM, facet).toReference(),
            schema.field(FACETS, label).toReference(),
            schema.field(MAPPING, exact).toReference(),
            schema
                .field(PUBLIC, types.asBoolean().projectable(Projectable.YES).toIndexFieldType())
                .toReference(),
            schema
                .field(
                    DECLARED_AT,
                    types
                        .asInstant()
                        .sortable(Sortable.YES)
                        .projectable(Projectable.YES)
                        .toIndexFieldType())
                .toReference());
    context.bridge(Incident.class, new Bridge(fields));
  }

  record Fields(
      IndexFieldReference<String> title,
      IndexFieldReference<String> titlePrefix,
      IndexFieldReference<String> publicTitle,
      IndexFieldReference<String> publicTitlePrefix,
      IndexFieldReference<String> summary,
      IndexFieldReference<String> publicUpdates,
      IndexFieldReference<String> internalUpdates,
      IndexFieldReference<String> postmortem,
      IndexFieldReference<String> publicPostmortem,
      IndexFieldReference<String> actionItems,
      IndexFieldReference<String> componentText,
      IndexFieldReference<String> publicComponentText,
      IndexFieldReference<String> allWords,
      IndexFieldReference<String> publicWords,
      IndexFieldReference<String> number,
      IndexFieldReference<String> severity,
      IndexFieldReference<String> status,
      IndexFieldReference<String> component,
      IndexFieldReference<String> publicComponent,
      IndexFieldReference<String> componentFacet,
      IndexFieldReference<String> publicComponentFacet,
      IndexFieldReference<String> person,
      IndexFieldReference<String> month,
      IndexFieldReference<String> hasPostmortem,
      IndexFieldReference<String> facets,
      IndexFieldReference<String> mapping,
      IndexFieldReference<Boolean> isPublic,
      IndexFieldReference<Instant> declaredAt) {}

  static final class Bridge implements TypeBridge<Incident> {
    private final Fields f;

    Bridge(Fields fields) {
      this.f = fields;
    }

    @Override
    public void write(DocumentElement doc, Incident incident, TypeBridgeWriteContext context) {
      teamText(doc, f.title(), incident.title());
      doc.addValue(f.titlePrefix(), incident.title());
      incident
          .publicTitle()
          .ifPresent(
              t -> {
                publicText(doc, f.publicTitle(), t);
                doc.addValue(f.publicTitlePrefix(), t);
              });
      teamText(doc, f.summary(), incident.summary());
      doc.addValue(f.mapping(), VERSION);
      doc.addValue(f.number(), String.valueOf(incident.id()));
      doc.addValue(f.number(), incident.number().toString());
      if (incident.severity() != null) {
        doc.addValue(f.severity(), incident.severity().name());
      }
      doc.addValue(f.status(), incident.status().name());
      doc.addValue(f.isPublic(), incident.isPublic());
      doc.addValue(f.declaredAt(), incident.declaredAt());
      String month =
          incident.declaredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
      doc.addValue(f.month(), month);

      Set<String> people = new LinkedHashSet<>();
      people.add(incident.declaredBy());
      for (StatusUpdate update : incident.updates()) {
        if (update.visibility() == Visibility.PUBLIC) {
          publicText(doc, f.publicUpdates(), update.message());
        } else {
          teamText(doc, f.internalUpdates(), update.message());
        }
        people.add(update.author());
      }
      for (RoleAssignment role : incident.roleAssignments()) {
        people.add(role.username());
      }
      for (Component component : incident.components()) {
        doc.addValue(f.component(), component.name());
        teamText(doc, f.componentText(), component.name());
        doc.addValue(f.componentFacet(), component.name());
        if (component.visibility() == Visibility.PUBLIC) {
          doc.addValue(f.publicComponent(), component.name());
          doc.addValue(f.publicComponentText(), component.name());
          doc.addValue(f.publicWords(), component.name());
          doc.addValue(f.publicComponentFacet(), component.name());
        }
      }

      Postmortem postmortem =
          PostmortemLookup.postmortemOf(
              incident, context.extension(HibernateOrmExtension.get()).session());
      doc.addValue(f.hasPostmortem(), postmortem == null ? "no" : "yes");
      doc.addValue(
          f.facets(),
          FacetKey.of(
              incident.severity() == null ? null : incident.severity().name(),
              incident.status().name(),
              postmortem != null,
              month));
      if (postmortem != null) {
        for (String section : sections(postmortem.content())) {
          teamText(doc, f.postmortem(), section);
        }
        for (String section : postmortem.customSections().values()) {
          if (!section.isBlank()) {
            teamText(doc, f.postmortem(), section);
          }
        }
        if (postmortem.state() == PostmortemState.PUBLISHED) {
          publicText(doc, f.publicPostmortem(), postmortem.publicText().body());
        }
        if (postmortem.author() != null) {
          people.add(postmortem.author());
        }
        for (ActionItem item : postmortem.actionItems()) {
          teamText(doc, f.actionItems(), item.description());
          people.add(item.owner());
        }
      }
      people.forEach(p -> doc.addValue(f.person(), p.toLowerCase(Locale.ROOT)));
    }

    /** A text the team reads: in its own field, and in the one every search matches words in. */
    private void teamText(DocumentElement doc, IndexFieldReference<String> field, String text) {
      doc.addValue(field, text);
      doc.addValue(f.allWords(), text);
    }

    /** A text customers were told: a public search matches words in it too. */
    private void publicText(DocumentElement doc, IndexFieldReference<String> field, String text) {
      teamText(doc, field, text);
      doc.addValue(f.publicWords(), text);
    }

    /**
     * Every written section of the postmortem, whatever sections it has: the record's components
     * are read rather than named, so a section added to {@link PostmortemContent} is searchable
     * without touching this code.
     */
    static List<String> sections(PostmortemContent content) {
      return java.util.Arrays.stream(PostmortemContent.class.getRecordComponents())
          .filter(c -> c.getType() == String.class)
          .map(c -> read(c, content))
          .filter(s -> s != null && !s.isBlank())
          .toList();
    }

    private static String read(RecordComponent component, PostmortemContent content) {
      try {
        return (String) component.getAccessor().invoke(content);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read postmortem section " + component.getName(), e);
      }
    }
  }
}
