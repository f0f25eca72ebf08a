package io.reveille.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetKeyTest {

  @Test
  void oneCombinedCountBecomesEachFacetsCountsMostFrequentFirst() {
    FacetKey.Counts counts =
        FacetKey.Counts.of(
            Map.of(
                FacetKey.of("SEV1", "RESOLVED", true, "2026-10"), 5L,
                FacetKey.of("SEV2", "RESOLVED", false, "2026-10"), 7L,
                FacetKey.of("SEV1", "INVESTIGATING", false, "2026-11"), 1L,
                FacetKey.of(null, "INVESTIGATING", false, "2026-11"), 2L));

    assertThat(counts.severity()).containsExactly(Map.entry("sev2", 7L), Map.entry("sev1", 6L));
    assertThat(counts.status())
        .containsExactly(Map.entry("resolved", 12L), Map.entry("investigating", 3L));
    assertThat(counts.postmortem()).containsExactly(Map.entry("no", 10L), Map.entry("yes", 5L));
    assertThat(counts.month()).containsExactly(Map.entry("2026-10", 12L), Map.entry("2026-11", 3L));
  }
}
