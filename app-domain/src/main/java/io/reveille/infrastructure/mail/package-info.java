/**
 * E-mail through the application server's mail session ({@code java:jboss/mail/Default}), so the
 * SMTP host, port and credentials are server configuration, not Reveille's.
 */
package io.reveille.infrastructure.mail;
