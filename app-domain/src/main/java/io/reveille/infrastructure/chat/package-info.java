/**
 * Posts pages to chat channels through their incoming webhooks: Slack (Block Kit), Microsoft Teams
 * (Adaptive Cards), Mattermost (markdown) and any HTTP endpoint (a signed JSON event). Every text
 * in a {@link io.reveille.delivery.Notice} is typed by people, so each format escapes it before it
 * can become a mention, a link or markup.
 */
package io.reveille.infrastructure.chat;
