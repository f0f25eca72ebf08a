package io.reveille.postmortem;

/** What a reviewer from leadership decided. */
public enum ReviewDecision {
  APPROVED,
  CHANGES_REQUESTED
}
