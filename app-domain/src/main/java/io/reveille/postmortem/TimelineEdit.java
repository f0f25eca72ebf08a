package io.reveille.postmortem;

import java.time.Instant;

/** One line of the postmortem's timeline as the writer left it; id null for a line they added. */
public record TimelineEdit(Long id, Instant occurredAt, String text, String annotation) {}
