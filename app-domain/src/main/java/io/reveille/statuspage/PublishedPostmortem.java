package io.reveille.statuspage;

import java.time.Instant;

/** A postmortem the team published for customers: what happened, in their words. */
public record PublishedPostmortem(String body, Instant publishedAt) {}
