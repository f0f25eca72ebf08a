package io.reveille.component;

/**
 * A component's name or its visibility (public or internal) changed: what every incident that
 * affected it shows of it, on pages and in search. Fired within the change's transaction.
 */
public record ComponentRenamed(long componentId) {}
