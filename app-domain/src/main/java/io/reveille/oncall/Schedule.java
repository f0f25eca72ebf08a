package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is on call for a team. Layers are listed bottom to top: where a later layer has someone, it
 * takes precedence over the earlier ones. Overrides take precedence over every layer, and where
 * overrides overlap the one created last (latest in the list) wins. {@code zone} is the zone the
 * schedule is shown in; each layer's hand-offs and windows follow its rotation's zone.
 */
public record Schedule(
    String name, ZoneId zone, List<Layer> layers, List<ShiftOverride> overrides) {

  /** The {@link Shift#source()} of a shift that comes from an override. */
  public static final String OVERRIDE_SOURCE = "override";

  private static final Duration FIRST_LOOK = Duration.ofDays(8);

  public Schedule {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "Give the schedule a name.");
    }
    if (zone == null) {
      throw new InvalidInputException("zone", "Choose the time zone the schedule is shown in.");
    }
    if (layers == null || layers.isEmpty()) {
      throw new InvalidInputException("layers", "Add at least one layer to the schedule.");
    }
    Set<String> names = new HashSet<>();
    for (Layer layer : layers) {
      if (layer == null) {
        throw new InvalidInputException("layers", "The schedule has an empty layer; remove it.");
      }
      if (layer.name().equalsIgnoreCase(OVERRIDE_SOURCE)) {
        throw new InvalidInputException(
            "layers", "\"" + layer.name() + "\" is reserved for overrides; rename the layer.");
      }
      if (!names.add(layer.name())) {
        throw new InvalidInputException(
            "layers", "Two layers are called \"" + layer.name() + "\"; give each its own name.");
      }
    }
    layers = List.copyOf(layers);
    overrides = overrides == null ? List.of() : overrides;
    if (overrides.stream().anyMatch(o -> o == null)) {
      throw new InvalidInputException(
          "overrides", "The schedule has an empty override; remove it.");
    }
    overrides = List.copyOf(overrides);
  }

  /** A schedule without overrides. */
  public Schedule(String name, ZoneId zone, List<Layer> layers) {
    this(name, zone, layers, List.of());
  }

  /** A copy of this schedule with {@code override} created after the existing ones. */
  public Schedule withOverride(ShiftOverride override) {
    List<ShiftOverride> all = new ArrayList<>(overrides);
    all.add(override);
    return new Schedule(name, zone, layers, all);
  }

  /**
   * The shift under way at {@code instant}, with the full start and end of that person's stretch
   * from that source, as {@link #finalShifts} would show it. Looks up to 366 days each way; a
   * stretch longer than that is cut there.
   */
  public Optional<Shift> onCallAt(Instant instant) {
    Optional<Shift> found = Optional.empty();
    for (Duration reach = FIRST_LOOK; ; reach = reach.multipliedBy(2)) {
      if (reach.compareTo(Intervals.MAX) > 0) {
        reach = Intervals.MAX;
      }
      Instant from = instant.minus(reach);
      Instant to = instant.plus(reach);
      found =
          shiftsBetween(from, to).stream()
              .filter(shift -> !shift.start().isAfter(instant) && shift.end().isAfter(instant))
              .findFirst();
      boolean cut =
          found.isPresent() && (found.get().start().equals(from) || found.get().end().equals(to));
      if (!cut || reach.equals(Intervals.MAX)) {
        return found;
      }
    }
  }

  /**
   * The shifts this schedule produces within [{@code from}, {@code to}), in order, cut to that
   * interval. Adjacent stretches of the same person from the same source are one shift; times when
   * nobody is on call are simply absent.
   *
   * @throws InvalidInputException if {@code to} is not after {@code from} or the interval is longer
   *     than 366 days
   */
  public List<Shift> finalShifts(Instant from, Instant to) {
    Intervals.check(from, to);
    return shiftsBetween(from, to);
  }

  /** The shifts of {@code username} within [{@code from}, {@code to}), as {@link #finalShifts}. */
  public List<Shift> shiftsOf(String username, Instant from, Instant to) {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username", "Say whose shifts to show.");
    }
    return finalShifts(from, to).stream().filter(s -> s.username().equals(username)).toList();
  }

  private List<Shift> shiftsBetween(Instant from, Instant to) {
    TreeSet<Instant> changes = new TreeSet<>();
    changes.add(from);
    changes.add(to);
    for (Layer layer : layers) {
      layer.addChangesBetween(from, to, changes);
    }
    for (ShiftOverride override : overrides) {
      if (override.from().isAfter(from) && override.from().isBefore(to)) {
        changes.add(override.from());
      }
      if (override.to().isAfter(from) && override.to().isBefore(to)) {
        changes.add(override.to());
      }
    }
    List<Shift> shifts = new ArrayList<>();
    Instant pieceStart = null;
    for (Instant pieceEnd : changes) {
      if (pieceStart != null) {
        Instant start = pieceStart;
        whoAt(start)
            .ifPresent(
                who ->
                    appendMerging(
                        shifts, new Shift(who.username(), start, pieceEnd, who.source())));
      }
      pieceStart = pieceEnd;
    }
    return List.copyOf(shifts);
  }

  /** Nothing changes between two consecutive change points, so their start speaks for the piece. */
  private Optional<OnCall> whoAt(Instant instant) {
    for (int i = overrides.size() - 1; i >= 0; i--) {
      ShiftOverride override = overrides.get(i);
      if (override.covers(instant)) {
        return Optional.of(new OnCall(override.username(), OVERRIDE_SOURCE));
      }
    }
    for (int i = layers.size() - 1; i >= 0; i--) {
      Layer layer = layers.get(i);
      Optional<String> participant = layer.participantAt(instant);
      if (participant.isPresent()) {
        return Optional.of(new OnCall(participant.get(), layer.name()));
      }
    }
    return Optional.empty();
  }

  private static void appendMerging(List<Shift> shifts, Shift next) {
    if (!shifts.isEmpty()) {
      Shift last = shifts.get(shifts.size() - 1);
      if (last.end().equals(next.start())
          && last.username().equals(next.username())
          && last.source().equals(next.source())) {
        shifts.set(
            shifts.size() - 1, new Shift(last.username(), last.start(), next.end(), last.source()));
        return;
      }
    }
    shifts.add(next);
  }

  private record OnCall(String username, String source) {}
}
