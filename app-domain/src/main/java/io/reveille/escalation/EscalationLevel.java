package io.reveille.escalation;

import io.reveille.delivery.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One step of a policy: whom to page, on which channels, and how long to wait for an answer. */
@Entity
@Table(name = "escalation_level")
public class EscalationLevel {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "policy_id")
  private EscalationPolicy policy;

  @Column(nullable = false)
  private int position;

  @Column(name = "wait_seconds", nullable = false)
  private int waitSeconds;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "escalation_level_channel", joinColumns = @JoinColumn(name = "level_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 8)
  private Set<Channel> channels = EnumSet.noneOf(Channel.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "escalation_target", joinColumns = @JoinColumn(name = "level_id"))
  @OrderColumn(name = "position")
  private List<Target> targets = new ArrayList<>();

  protected EscalationLevel() {}

  EscalationLevel(
      EscalationPolicy policy,
      int position,
      List<Target> targets,
      Set<Channel> channels,
      Duration wait) {
    this.policy = policy;
    this.position = position;
    this.targets = new ArrayList<>(targets);
    this.channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
    this.waitSeconds = Math.toIntExact(wait.toSeconds());
  }

  public int position() {
    return position;
  }

  public List<Target> targets() {
    return List.copyOf(targets);
  }

  public Set<Channel> channels() {
    return channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
  }

  /** How long to wait for an acknowledgement before the next level. */
  public Duration waitBeforeNext() {
    return Duration.ofSeconds(waitSeconds);
  }
}
