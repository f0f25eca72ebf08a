package io.reveille.delivery;

/** The kind of incoming webhook a team's chat channel is reached through. */
public enum ChatKind {
  /** Slack incoming webhook; the message is Block Kit. */
  SLACK,
  /** Microsoft Teams incoming webhook (Workflows); the message is an Adaptive Card. */
  MICROSOFT_TEAMS,
  /** Mattermost incoming webhook (Slack-compatible). */
  MATTERMOST,
  /** Any HTTP endpoint; a JSON event signed with HMAC-SHA256. */
  WEBHOOK
}
