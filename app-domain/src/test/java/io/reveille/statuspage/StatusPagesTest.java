package io.reveille.statuspage;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.shared.StatusPageChanged;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The snapshot cache: read once, reread after a change, one rebuilder while the others read on. */
class StatusPagesTest {
  private static final Instant NOW = Instant.parse("2026-11-24T11:00:00Z");

  /** Builds an empty page, counting reads; {@code hold} makes the next read wait. */
  private static final class CountingLoader extends StatusPageLoader {
    final AtomicInteger reads = new AtomicInteger();
    volatile CountDownLatch hold;
    final CountDownLatch reading = new CountDownLatch(1);

    @Override
    public StatusPage load(Audience audience) {
      reads.incrementAndGet();
      CountDownLatch latch = hold;
      if (latch != null) {
        reading.countDown();
        try {
          latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new StatusPageAssembler(audience, NOW, ZoneId.of("UTC"))
          .assemble(List.of(), List.of(), Map.of(), List.of(), List.of(), Map.of());
    }
  }

  private final CountingLoader loader = new CountingLoader();
  private final StatusPages pages = new StatusPages();

  {
    pages.loader = loader;
  }

  @Test
  void aSnapshotIsReadOnceAndServedFromMemory() {
    StatusPage first = pages.current(Audience.PUBLIC);
    StatusPage second = pages.current(Audience.PUBLIC);

    assertThat(second).isSameAs(first);
    assertThat(loader.reads).hasValue(1);
  }

  @Test
  void aChangeMakesTheNextReaderRebuildAndAnUnchangedPageKeepsItsIdentity() {
    StatusPage before = pages.current(Audience.PUBLIC);

    pages.changed(new StatusPageChanged());
    StatusPage after = pages.current(Audience.PUBLIC);

    assertThat(loader.reads).hasValue(2);
    // Nothing on the page changed, so the renderings cached for it stay valid.
    assertThat(after).isSameAs(before);
  }

  @Test
  void eachAudienceHasItsOwnSnapshot() {
    assertThat(pages.current(Audience.PUBLIC).audience()).isEqualTo(Audience.PUBLIC);
    assertThat(pages.current(Audience.STAFF).audience()).isEqualTo(Audience.STAFF);
    assertThat(loader.reads).hasValue(2);
  }

  @Test
  void whileOneReaderRebuildsTheOthersKeepReadingTheOldSnapshot() throws Exception {
    StatusPage old = pages.current(Audience.PUBLIC);
    pages.changed(new StatusPageChanged());
    loader.hold = new CountDownLatch(1);

    CompletableFuture<StatusPage> rebuilder =
        CompletableFuture.supplyAsync(() -> pages.current(Audience.PUBLIC));
    assertThat(loader.reading.await(5, TimeUnit.SECONDS)).isTrue();

    // The rebuild is stuck in the database; another reader is not.
    StatusPage meanwhile =
        CompletableFuture.supplyAsync(() -> pages.current(Audience.PUBLIC))
            .get(2, TimeUnit.SECONDS);
    assertThat(meanwhile).isSameAs(old);

    loader.hold.countDown();
    assertThat(rebuilder.get(5, TimeUnit.SECONDS)).isEqualTo(old);
    assertThat(loader.reads).hasValue(2);
  }
}
