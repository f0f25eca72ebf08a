package io.reveille.shared;

/**
 * Something customers read on the status page changed: a component, an incident's public update, a
 * maintenance window. Observed after the commit to drop the page's cached rendering.
 */
public record StatusPageChanged() {}
