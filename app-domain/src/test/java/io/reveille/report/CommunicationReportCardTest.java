package io.reveille.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.CustomerImpact;
import io.reveille.incident.IncidentNumber;
import io.reveille.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The figures and the grade, with fixed moments instead of a clock. */
class CommunicationReportCardTest {
  static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");
  static final Duration FIRST_UPDATE_WITHIN = Duration.ofMinutes(15);
  static final Function<Severity, Optional<Duration>> CADENCE =
      s ->
          Optional.ofNullable(
              Map.of(Severity.SEV1, Duration.ofMinutes(30), Severity.SEV2, Duration.ofMinutes(60))
                  .get(s));

  static IncidentFacts sev1(
      Integer ackMinutes, Integer resolvedMinutes, ComponentStatus shown, int... updateMinutes) {
    return new IncidentFacts(
        new IncidentNumber(42L),
        Severity.SEV1,
        CustomerImpact.ALL,
        true,
        T0,
        ackMinutes == null ? null : T0.plus(Duration.ofMinutes(ackMinutes)),
        resolvedMinutes == null ? null : T0.plus(Duration.ofMinutes(resolvedMinutes)),
        java.util.Arrays.stream(updateMinutes)
            .mapToObj(m -> T0.plus(Duration.ofMinutes(m)))
            .toList(),
        shown);
  }

  @Test
  void responseTimesCountFromTheDeclarationAndGapsBetweenPublicUpdates() {
    ResponseTimes times =
        ResponseTimes.of(
            sev1(4, 95, ComponentStatus.MAJOR_OUTAGE, 10, 40, 95), T0.plus(Duration.ofDays(1)));

    assertThat(times.toAcknowledge()).isEqualTo(Duration.ofMinutes(4));
    assertThat(times.toResolve()).isEqualTo(Duration.ofMinutes(95));
    assertThat(times.toFirstPublicUpdate()).isEqualTo(Duration.ofMinutes(10));
    assertThat(times.publicUpdateGaps())
        .containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(55));
    assertThat(times.longestGap()).contains(Duration.ofMinutes(55));
    assertThat(times.meanGap()).contains(Duration.ofSeconds(2550));
  }

  @Test
  void anOpenIncidentsSilenceSinceItsLastUpdateIsAGapAlready() {
    ResponseTimes times = ResponseTimes.of(sev1(2, null, null, 5), T0.plus(Duration.ofMinutes(50)));

    assertThat(times.toResolve()).isNull();
    assertThat(times.publicUpdateGaps()).containsExactly(Duration.ofMinutes(45));
  }

  @Test
  void meansLeaveOutIncidentsThatNeverReachedTheMomentAndSayHowManyCounted() {
    Figures figures =
        Figures.of(
            List.of(
                sev1(4, 100, null, 10, 40, 100), sev1(null, 60, null, 20, 60), sev1(8, null, null)),
            T0.plus(Duration.ofMinutes(120)));

    assertThat(figures.incidents()).isEqualTo(3);
    assertThat(figures.meanTimeToAcknowledge()).isEqualTo(Duration.ofMinutes(6));
    assertThat(figures.acknowledgedCounted()).isEqualTo(2);
    assertThat(figures.meanTimeToResolve()).isEqualTo(Duration.ofMinutes(80));
    assertThat(figures.resolvedCounted()).isEqualTo(2);
    assertThat(figures.meanTimeToFirstPublicUpdate()).isEqualTo(Duration.ofMinutes(15));
    // Gaps 30, 60 and 40 minutes.
    assertThat(figures.meanGapBetweenPublicUpdates())
        .isEqualTo(Duration.ofMinutes(130).dividedBy(3).withNanos(0).plusSeconds(0));
    assertThat(figures.longestGapBetweenPublicUpdates()).isEqualTo(Duration.ofMinutes(60));
  }

  @Test
  void onTimeRegularAndMatchingIsAnA() {
    CommunicationReportCard card =
        CommunicationReportCard.grade(
            sev1(3, 90, ComponentStatus.MAJOR_OUTAGE, 10, 38, 66, 90),
            T0.plus(Duration.ofDays(1)),
            FIRST_UPDATE_WITHIN,
            CADENCE);

    assertThat(card.grade()).isEqualTo(Grade.A);
    assertThat(card.points()).isEqualTo(100);
    assertThat(card.findings()).allMatch(CommunicationReportCard.Finding::good);
    assertThat(card.findings().get(0).text()).contains("within the 15 min guidance");
  }

  @Test
  void aLateFirstUpdateLongSilencesAndAnUnderstatedStatusFail() {
    CommunicationReportCard card =
        CommunicationReportCard.grade(
            sev1(3, 300, ComponentStatus.DEGRADED_PERFORMANCE, 40, 150, 300),
            T0.plus(Duration.ofDays(1)),
            FIRST_UPDATE_WITHIN,
            CADENCE);

    // First update after 40 min (more than twice 15): -30; two gaps over 33 min, longest 150 min
    // (more than twice 30): -20 -10; degraded shown for a SEV1: -20.
    assertThat(card.points()).isEqualTo(20);
    assertThat(card.grade()).isEqualTo(Grade.F);
    assertThat(card.findings())
        .extracting(CommunicationReportCard.Finding::text)
        .anySatisfy(t -> assertThat(t).contains("more than twice the 15 min guidance"))
        .anySatisfy(t -> assertThat(t).contains("2 of 2 gaps").contains("2 h 30 min"))
        .anySatisfy(t -> assertThat(t).contains("\"degraded performance\" for a SEV1"));
  }

  @Test
  void aGapWithinTheGraceStillCountsAsOnTime() {
    // 33 minutes against a 30-minute cadence: within the 10 % grace.
    CommunicationReportCard card =
        CommunicationReportCard.grade(
            sev1(1, 43, ComponentStatus.MAJOR_OUTAGE, 10, 43),
            T0.plus(Duration.ofDays(1)),
            FIRST_UPDATE_WITHIN,
            CADENCE);

    assertThat(card.grade()).isEqualTo(Grade.A);
  }

  @Test
  void customersNeverToldOfAnIncidentTheyFeltCostsTheMost() {
    CommunicationReportCard card =
        CommunicationReportCard.grade(
            sev1(1, 60, null), T0.plus(Duration.ofDays(1)), FIRST_UPDATE_WITHIN, CADENCE);

    assertThat(card.points()).isEqualTo(60);
    assertThat(card.grade()).isEqualTo(Grade.D);
    assertThat(card.findings().get(0).text()).contains("never told");
  }

  @Test
  void anIncidentNoCustomerFeltNeedsNoPublicWordAndSev3HasNoCadence() {
    IncidentFacts quiet =
        new IncidentFacts(
            new IncidentNumber(7L),
            Severity.SEV3,
            CustomerImpact.NONE,
            false,
            T0,
            T0,
            T0.plusSeconds(600),
            List.of(),
            null);

    CommunicationReportCard card =
        CommunicationReportCard.grade(
            quiet, T0.plus(Duration.ofDays(1)), FIRST_UPDATE_WITHIN, CADENCE);

    assertThat(card.grade()).isEqualTo(Grade.A);
    assertThat(card.findings())
        .extracting(CommunicationReportCard.Finding::text)
        .anySatisfy(t -> assertThat(t).contains("No customers were affected"))
        .anySatisfy(t -> assertThat(t).contains("SEV3 has no update cadence"));
  }

  @Test
  void gradesFollowThePoints() {
    assertThat(Grade.of(100)).isEqualTo(Grade.A);
    assertThat(Grade.of(85)).isEqualTo(Grade.B);
    assertThat(Grade.of(70)).isEqualTo(Grade.C);
    assertThat(Grade.of(60)).isEqualTo(Grade.D);
    assertThat(Grade.of(59)).isEqualTo(Grade.F);
    assertThat(Figures.format(Duration.ofSeconds(3900))).isEqualTo("1 h 05 min");
    assertThat(Figures.format(null)).isEqualTo("–");
  }
}
