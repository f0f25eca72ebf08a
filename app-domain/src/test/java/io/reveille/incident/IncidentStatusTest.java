package io.reveille.incident;

import static io.reveille.incident.IncidentStatus.CLOSED;
import static io.reveille.incident.IncidentStatus.IDENTIFIED;
import static io.reveille.incident.IncidentStatus.INVESTIGATING;
import static io.reveille.incident.IncidentStatus.MONITORING;
import static io.reveille.incident.IncidentStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentStatusTest {

  @ParameterizedTest
  @EnumSource(
      value = IncidentStatus.class,
      names = {"INVESTIGATING", "IDENTIFIED", "MONITORING"})
  void anOpenIncidentCanBeUpdatedToAnyOpenStatusOrResolvedButNotClosed(IncidentStatus from) {
    assertThat(from.updatableTo())
        .containsExactlyInAnyOrder(INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED);
    assertThat(from.canBeUpdatedTo(INVESTIGATING)).isTrue();
    assertThat(from.canBeUpdatedTo(IDENTIFIED)).isTrue();
    assertThat(from.canBeUpdatedTo(MONITORING)).isTrue();
    assertThat(from.canBeUpdatedTo(RESOLVED)).isTrue();
    assertThat(from.canBeUpdatedTo(CLOSED)).isFalse();
  }

  @Test
  void aFixThatDidNotHoldCanStepBackToAnEarlierStatus() {
    assertThat(MONITORING.canBeUpdatedTo(INVESTIGATING)).isTrue();
    assertThat(MONITORING.canBeUpdatedTo(IDENTIFIED)).isTrue();
    assertThat(IDENTIFIED.canBeUpdatedTo(INVESTIGATING)).isTrue();
  }

  @Test
  void stayingPutIsAnOrdinaryUpdate() {
    assertThat(INVESTIGATING.canBeUpdatedTo(INVESTIGATING)).isTrue();
    assertThat(MONITORING.canBeUpdatedTo(MONITORING)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentStatus.class,
      names = {"RESOLVED", "CLOSED"})
  void aResolvedOrClosedIncidentCannotBeUpdatedToAnything(IncidentStatus from) {
    assertThat(from.updatableTo()).isEmpty();
    for (IncidentStatus target : IncidentStatus.values()) {
      assertThat(from.canBeUpdatedTo(target)).as("%s -> %s", from, target).isFalse();
    }
  }

  @Test
  void onlyInvestigatingIdentifiedAndMonitoringAreOpen() {
    assertThat(INVESTIGATING.isOpen()).isTrue();
    assertThat(IDENTIFIED.isOpen()).isTrue();
    assertThat(MONITORING.isOpen()).isTrue();
    assertThat(RESOLVED.isOpen()).isFalse();
    assertThat(CLOSED.isOpen()).isFalse();
  }
}
