package io.reveille.statuspage;

import java.util.Collection;
import java.util.Map;

/**
 * Where the status page finds postmortems published for customers. Public postmortems arrive with
 * issue #5, which provides the one implementation; until a bean implements this, no incident page
 * shows a postmortem section (there is nothing made up in its place).
 */
public interface PublicPostmortems {
  /** The published postmortems of these incidents, by incident id; incidents without one absent. */
  Map<Long, PublishedPostmortem> publishedFor(Collection<Long> incidentIds);
}
