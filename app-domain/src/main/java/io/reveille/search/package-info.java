/**
 * Search of the incident history: one Lucene document per incident (title, summary, updates,
 * postmortem, action items, components, people) kept in step by Hibernate Search, the small query
 * language people type, and similar past incidents. Internal text is indexed in its own fields, so
 * a search on behalf of someone who may not read it never looks there.
 */
package io.reveille.search;
