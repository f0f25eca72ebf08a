/**
 * The status page as customers (and, in the staff variant, the team) read it: one immutable
 * snapshot built from components, incidents and maintenance windows, cached in memory so that a
 * crowd of readers during an outage never touches the database the incident team writes to.
 */
package io.reveille.statuspage;
