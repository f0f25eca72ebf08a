package io.reveille.report;

import io.reveille.severity.Severity;
import java.time.Instant;

/**
 * A postmortem waiting on someone: to be written (due by the severity's deadline) or reviewed
 * (within two business days of submission).
 */
public record PostmortemDue(
    String incident,
    String title,
    Severity severity,
    String state,
    Instant dueAt,
    boolean overdue) {}
