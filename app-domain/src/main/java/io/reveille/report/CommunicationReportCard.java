package io.reveille.report;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.CustomerImpact;
import io.reveille.incident.IncidentNumber;
import io.reveille.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How well customers were kept informed during one incident, graded A to F with the reasons. Three
 * things are judged, each with its share of 100 points:
 *
 * <ul>
 *   <li>the first public update (40): on time within the first-update guidance, late, or never for
 *       an incident customers felt;
 *   <li>the regularity of later updates (40): each gap against the severity's cadence ({@code
 *       reveille.cadence.*}), with a little grace, since a reminder that fires on time still needs
 *       a person to write the update;
 *   <li>the severity shown (20): whether what customers saw (the worst component status in the
 *       public updates) matched the severity the team worked the incident at.
 * </ul>
 *
 * An incident customers neither felt nor saw needs no public word; it is graded on what it did say.
 */
public record CommunicationReportCard(
    IncidentNumber number, Grade grade, int points, List<Finding> findings, ResponseTimes times) {

  /** Late by less than this share of the cadence still counts as on time. */
  static final double GRACE = 0.10;

  /** One reason for the grade: what was found, and the points it cost (0 for a good finding). */
  public record Finding(boolean good, int pointsLost, String text) {}

  public static CommunicationReportCard grade(
      IncidentFacts facts,
      Instant now,
      Duration firstUpdateWithin,
      Function<Severity, Optional<Duration>> cadenceOf) {
    ResponseTimes times = ResponseTimes.of(facts, now);
    List<Finding> findings = new ArrayList<>();
    firstUpdate(facts, times, now, firstUpdateWithin, findings);
    regularity(facts, times, cadenceOf, findings);
    severityShown(facts, findings);
    int lost = findings.stream().mapToInt(Finding::pointsLost).sum();
    int points = Math.max(0, 100 - lost);
    return new CommunicationReportCard(
        facts.number(), Grade.of(points), points, List.copyOf(findings), times);
  }

  private static void firstUpdate(
      IncidentFacts facts,
      ResponseTimes times,
      Instant now,
      Duration within,
      List<Finding> findings) {
    Duration first = times.toFirstPublicUpdate();
    if (first == null) {
      if (!facts.customersAffected()) {
        findings.add(
            new Finding(true, 0, "No customers were affected, so no public update was needed."));
        return;
      }
      Duration waited =
          Duration.between(
              facts.declaredAt(), facts.resolvedAt() != null ? facts.resolvedAt() : now);
      if (waited.compareTo(within) <= 0) {
        findings.add(
            new Finding(
                true,
                0,
                "The first public update is not due yet (due within "
                    + Figures.format(within)
                    + ")."));
        return;
      }
      findings.add(
          new Finding(
              false,
              40,
              "Customers were affected but never told: no public update in "
                  + Figures.format(waited)
                  + "."));
      return;
    }
    if (first.compareTo(within) <= 0) {
      findings.add(
          new Finding(
              true,
              0,
              "First public update after "
                  + Figures.format(first)
                  + ", within the "
                  + Figures.format(within)
                  + " guidance."));
    } else if (first.compareTo(within.multipliedBy(2)) <= 0) {
      findings.add(
          new Finding(
              false,
              15,
              "First public update after "
                  + Figures.format(first)
                  + ", later than the "
                  + Figures.format(within)
                  + " guidance."));
    } else {
      findings.add(
          new Finding(
              false,
              30,
              "First public update after "
                  + Figures.format(first)
                  + ", more than twice the "
                  + Figures.format(within)
                  + " guidance."));
    }
  }

  private static void regularity(
      IncidentFacts facts,
      ResponseTimes times,
      Function<Severity, Optional<Duration>> cadenceOf,
      List<Finding> findings) {
    Optional<Duration> cadence =
        facts.severity() == null ? Optional.empty() : cadenceOf.apply(facts.severity());
    if (cadence.isEmpty()) {
      findings.add(
          new Finding(
              true,
              0,
              (facts.severity() == null ? "The incident" : facts.severity().name())
                  + " has no update cadence; updates were posted as the team saw fit."));
      return;
    }
    List<Duration> gaps = times.publicUpdateGaps();
    if (gaps.isEmpty()) {
      return;
    }
    Duration allowed = cadence.get().plusSeconds(Math.round(cadence.get().toSeconds() * GRACE));
    long late = gaps.stream().filter(g -> g.compareTo(allowed) > 0).count();
    Duration longest = times.longestGap().orElseThrow();
    if (late == 0) {
      findings.add(
          new Finding(
              true,
              0,
              "Every public update followed the last within the "
                  + facts.severity().name()
                  + " cadence of "
                  + Figures.format(cadence.get())
                  + " (longest gap "
                  + Figures.format(longest)
                  + ")."));
      return;
    }
    int lost = (int) Math.min(30, late * 10);
    if (longest.compareTo(cadence.get().multipliedBy(2)) > 0) {
      lost += 10;
    }
    findings.add(
        new Finding(
            false,
            lost,
            late
                + " of "
                + gaps.size()
                + " gaps between public updates exceeded the "
                + facts.severity().name()
                + " cadence of "
                + Figures.format(cadence.get())
                + "; the longest was "
                + Figures.format(longest)
                + "."));
  }

  /**
   * What customers saw against the severity: a SEV1 shown as no worse than degraded performance
   * overstates nothing but tells customers too little; a SEV3 shown as a major outage understates
   * how hard the team should be working it. Without component statuses, the customer impact the
   * team assessed is compared instead.
   */
  private static void severityShown(IncidentFacts facts, List<Finding> findings) {
    Severity severity = facts.severity();
    if (severity == null || facts.publicUpdates().isEmpty()) {
      return;
    }
    ComponentStatus shown = facts.worstShownStatus();
    if (shown == null) {
      boolean matches =
          switch (severity) {
            case SEV1 -> facts.customerImpact() == CustomerImpact.ALL;
            case SEV2 -> facts.customerImpact() != CustomerImpact.NONE;
            case SEV3 -> facts.customerImpact() != CustomerImpact.ALL;
          };
      findings.add(
          matches
              ? new Finding(
                  true,
                  0,
                  "The severity matched the assessed impact ("
                      + facts.customerImpact().label().toLowerCase()
                      + "); no component status was shown.")
              : new Finding(
                  false,
                  20,
                  "The severity "
                      + severity.name()
                      + " did not match the assessed impact ("
                      + facts.customerImpact().label().toLowerCase()
                      + ")."));
      return;
    }
    ComponentStatus expected =
        switch (severity) {
          case SEV1 -> ComponentStatus.MAJOR_OUTAGE;
          case SEV2 -> ComponentStatus.PARTIAL_OUTAGE;
          case SEV3 -> ComponentStatus.DEGRADED_PERFORMANCE;
        };
    boolean toldTooLittle =
        severity == Severity.SEV1 && !shown.isWorseThan(ComponentStatus.DEGRADED_PERFORMANCE);
    boolean severityTooLow =
        (severity == Severity.SEV3 && shown == ComponentStatus.MAJOR_OUTAGE)
            || (severity == Severity.SEV2 && shown == ComponentStatus.OPERATIONAL);
    if (toldTooLittle || severityTooLow) {
      findings.add(
          new Finding(
              false,
              20,
              "Customers saw \""
                  + shown.label().toLowerCase()
                  + "\" for a "
                  + severity.name()
                  + " incident, which usually shows \""
                  + expected.label().toLowerCase()
                  + "\"."));
    } else {
      findings.add(
          new Finding(
              true,
              0,
              "Customers saw \""
                  + shown.label().toLowerCase()
                  + "\", in keeping with "
                  + severity.name()
                  + "."));
    }
  }
}
