package io.reveille.composer;

import io.reveille.incident.IncidentStatus;

/** A template filled in for one incident: what the composer starts from, for the team to edit. */
public record FilledTemplate(
    long templateId, String name, IncidentStatus status, String title, String message) {}
