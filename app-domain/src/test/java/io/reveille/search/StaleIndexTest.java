package io.reveille.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a node rebuilds its index at start-up ({@link SearchReindexing#rebuildIfStale()}). */
class StaleIndexTest {

  @Test
  void documentsWrittenByAnotherMappingAreRebuilt() {
    assertThat(SearchReindexing.whyStale(1_000, 1_000, 1_000))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("1000 of its 1000 documents")
                    .contains(IncidentDocumentBinder.VERSION));
    // One old document is enough: it would not be found by what the new fields hold.
    assertThat(SearchReindexing.whyStale(1_000, 1, 1_000)).isPresent();
  }

  @Test
  void anEmptyIndexOverIncidentsIsRebuilt() {
    assertThat(SearchReindexing.whyStale(0, 0, 230_000))
        .hasValue("it is empty, and the database holds 230000 incidents");
  }

  @Test
  void anIndexWrittenByThisMappingOrANewInstallationIsLeftAlone() {
    assertThat(SearchReindexing.whyStale(1_000, 0, 1_000)).isEmpty();
    assertThat(SearchReindexing.whyStale(0, 0, 0)).isEmpty();
  }
}
