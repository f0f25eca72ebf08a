package io.reveille.incident;

/** What an incident manager knows when declaring an incident. */
public record Declaration(String title, String summary, ImpactAssessment impact) {}
