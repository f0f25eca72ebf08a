package io.reveille.delivery;

import io.reveille.incident.IncidentNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One message to one recipient on one channel, kept in the outbox until a provider took it (at
 * least once) or it failed for good. Written in the transaction that decided to send it, so a
 * message is never decided and lost, nor sent for a decision that was rolled back.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

  /** Where a delivery stands. */
  public enum State {
    PENDING,
    SENT,
    FAILED,
    /** Never handed to a provider: none is configured, or the recipient has no address. */
    NOT_SENT
  }

  /** Why it is sent; the composer words the message by it. */
  public enum Purpose {
    PAGE,
    REPAGE,
    CHAT_ONLY,
    MANAGER_ALERT,
    /** The communications lead is told that a promised public update is due. */
    UPDATE_DUE,
    /** The commander is told that the update reminder went unanswered. */
    UPDATE_OVERDUE,
    /** Leadership is reminded that a postmortem review falls due. */
    REVIEW_DUE,
    /** The incident managers are told a postmortem review is overdue. */
    REVIEW_OVERDUE,
    /** An action item's owner is reminded that it falls due. */
    ACTION_DUE,
    /** An action item's owner is told it is overdue. */
    ACTION_OVERDUE;

    /**
     * Whether the message asks its reader to acknowledge the incident (pages do, reminders don't).
     */
    public boolean asksForAcknowledgement() {
      return this == PAGE || this == REPAGE || this == CHAT_ONLY || this == MANAGER_ALERT;
    }

    /** A reminder about the postmortem (its review or its action items), not the response. */
    public boolean isAboutPostmortem() {
      return this == REVIEW_DUE
          || this == REVIEW_OVERDUE
          || this == ACTION_DUE
          || this == ACTION_OVERDUE;
    }
  }

  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(name = "incident_id", nullable = false)
  private Long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Purpose purpose;

  /** The username of the person it is for; null for a team's chat channel. */
  @Column(length = 64)
  private String recipient;

  @Column(name = "team_id")
  private Long teamId;

  /** Phone number or e-mail address as it was when the page was decided. */
  @Column(length = 320)
  private String address;

  /** Usernames @-mentioned in a chat message, comma-separated. */
  @Column(length = 2000)
  private String mentions;

  @Column(nullable = false, length = 300)
  private String headline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(length = 500)
  private String outcome;

  @Column(name = "provider_reference", length = 100)
  private String providerReference;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected Delivery() {}

  Delivery(
      long incidentId,
      Channel channel,
      Purpose purpose,
      String recipient,
      Long teamId,
      String address,
      List<String> mentions,
      String headline,
      Instant createdAt) {
    this.incidentId = incidentId;
    this.channel = channel;
    this.purpose = purpose;
    this.recipient = recipient;
    this.teamId = teamId;
    this.address = address;
    this.mentions = mentions == null || mentions.isEmpty() ? null : String.join(",", mentions);
    this.headline = headline.length() > 300 ? headline.substring(0, 299) + "…" : headline;
    this.state = State.PENDING;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  void notSent(String why) {
    state = State.NOT_SENT;
    outcome = truncate("not sent: " + why);
    nextAttemptAt = null;
  }

  void sent(String reference, Instant at) {
    attempts++;
    state = State.SENT;
    providerReference = reference == null ? null : truncate100(reference);
    outcome = "sent";
    sentAt = at;
    nextAttemptAt = null;
    claimedUntil = null;
  }

  /** A failed attempt: retried after {@code retryIn}, or failed for good when it is null. */
  void failed(String reason, Duration retryIn, Instant at) {
    attempts++;
    outcome = truncate(reason);
    claimedUntil = null;
    if (retryIn == null) {
      state = State.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = at.plus(retryIn);
    }
  }

  private static String truncate(String text) {
    return text.length() > 500 ? text.substring(0, 499) + "…" : text;
  }

  private static String truncate100(String text) {
    return text.length() > 100 ? text.substring(0, 100) : text;
  }

  public Long id() {
    return id;
  }

  public long incidentId() {
    return incidentId;
  }

  /** The incident it is about, as people say it: INC-42. */
  public IncidentNumber incident() {
    return new IncidentNumber(incidentId);
  }

  public Channel channel() {
    return channel;
  }

  public Purpose purpose() {
    return purpose;
  }

  public String recipient() {
    return recipient;
  }

  public Long teamId() {
    return teamId;
  }

  public String address() {
    return address;
  }

  public List<String> mentions() {
    return mentions == null ? List.of() : Arrays.asList(mentions.split(","));
  }

  public String headline() {
    return headline;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String outcome() {
    return outcome;
  }

  public String providerReference() {
    return providerReference;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
