package io.reveille.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.incident.IncidentStatus;
import io.reveille.postmortem.IncidentDurations.Change;
import io.reveille.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentDurationsTest {
  private static final Instant DECLARED = Instant.parse("2026-11-24T03:00:00Z");

  @Test
  void timeInEachSeverityAndStatusAcknowledgeAndResolve() {
    IncidentDurations d =
        IncidentDurations.of(
            DECLARED,
            at("04:30"),
            at("03:04"),
            List.of(
                new Change<>(DECLARED, Severity.SEV1),
                new Change<>(at("03:20"), Severity.SEV2),
                new Change<>(at("04:00"), Severity.SEV1)),
            List.of(
                new Change<>(at("03:10"), IncidentStatus.INVESTIGATING),
                new Change<>(at("03:40"), IncidentStatus.IDENTIFIED),
                new Change<>(at("04:10"), IncidentStatus.MONITORING),
                new Change<>(at("04:30"), IncidentStatus.RESOLVED)),
            at("09:00"));

    assertThat(d.toAcknowledge()).contains(Duration.ofMinutes(4));
    assertThat(d.toResolve()).contains(Duration.ofMinutes(90));
    assertThat(d.inSeverity())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(Severity.SEV1, Duration.ofMinutes(50)),
            org.assertj.core.api.Assertions.entry(Severity.SEV2, Duration.ofMinutes(40)));
    assertThat(d.inStatus())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                IncidentStatus.INVESTIGATING, Duration.ofMinutes(40)),
            org.assertj.core.api.Assertions.entry(
                IncidentStatus.IDENTIFIED, Duration.ofMinutes(30)),
            org.assertj.core.api.Assertions.entry(
                IncidentStatus.MONITORING, Duration.ofMinutes(20)));
  }

  @Test
  void anOpenIncidentCountsUntilNowAndNobodyAcknowledged() {
    IncidentDurations d =
        IncidentDurations.of(
            DECLARED,
            null,
            null,
            List.of(new Change<>(DECLARED, Severity.SEV3)),
            List.of(),
            at("03:45"));

    assertThat(d.toAcknowledge()).isEmpty();
    assertThat(d.toResolve()).isEmpty();
    assertThat(d.inSeverity()).containsEntry(Severity.SEV3, Duration.ofMinutes(45));
    assertThat(d.inStatus()).containsEntry(IncidentStatus.INVESTIGATING, Duration.ofMinutes(45));
  }

  @Test
  void formatsForATableCell() {
    assertThat(IncidentDurations.format(Duration.ofMinutes(65))).isEqualTo("1 h 05 min");
    assertThat(IncidentDurations.format(Duration.ofSeconds(250))).isEqualTo("4 min 10 s");
    assertThat(IncidentDurations.format(Duration.ofSeconds(12))).isEqualTo("12 s");
  }

  private static Instant at(String time) {
    return Instant.parse("2026-11-24T" + time + ":00Z");
  }
}
