/**
 * The status page over HTTP: the public pages, the Statuspage-compatible JSON under {@code
 * /api/v2}, the feeds, the widget and badge, and the staff page. Everything public is rendered once
 * per snapshot and served from memory with an ETag, so a crowd of readers costs the server little
 * and the database nothing.
 */
package io.reveille.web.status;
