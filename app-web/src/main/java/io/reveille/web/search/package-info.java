/**
 * Search over HTTP: the search page, similar past incidents (declare form, incident room), the
 * index rebuild page for administrators, and the same in {@code /api/v1/search}.
 */
package io.reveille.web.search;
