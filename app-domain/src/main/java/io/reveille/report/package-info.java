/**
 * Reports and leadership insights: the figures (time to acknowledge, to resolve, to the first
 * public update, gaps between updates), the communication report card, uptime against each
 * component's target, and the read models the PDF and HTML reports are rendered from. Read-only:
 * nothing here changes an incident.
 */
package io.reveille.report;
