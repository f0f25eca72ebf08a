/**
 * Writing to customers: admin-managed templates with placeholders, filled in from the incident the
 * update is about, for the update composer.
 */
package io.reveille.composer;
