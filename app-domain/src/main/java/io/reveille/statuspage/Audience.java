package io.reveille.statuspage;

/** Who the status page is built for. */
public enum Audience {
  /** Customers: public components, and incidents only once they have had a public update. */
  PUBLIC,
  /** Signed-in staff: internal components and incidents customers have not been told of, too. */
  STAFF
}
