package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reveille.it.Reveille.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node whose search index cannot answer for the database rebuilds it as it starts, with no one
 * asking: here the index directory is lost while the server is down (a replaced disk, a restore of
 * the database alone). Runs a private copy of the provisioned server (ports shifted by 400: HTTP on
 * 8480) on a database of its own, so that it can be stopped and its data touched.
 */
class SearchIndexAtStartIT {
  private static final int PORT_OFFSET = 400;
  private static final String ADMIN_PASSWORD = "it-admin-password-2";

  private static PrivateDatabase database;
  private static PrivateServer server;

  @BeforeAll
  static void privateServer() {
    database =
        PrivateDatabase.like(System.getProperty("reveille.it.db.args", ""), "reveille_index_it");
    server =
        PrivateServer.ofThisBuild("index-server", PORT_OFFSET, ADMIN_PASSWORD, database, List.of());
    server.start();
  }

  @AfterAll
  static void stopEverything() {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  @Test
  void aLostIndexIsRebuiltAtStartAndFindsWhatWasWrittenBefore() throws IOException {
    Reveille admin = Reveille.signIn(server.base(), "admin", ADMIN_PASSWORD);
    String number =
        admin
            .declare(
                "Gearbox zqindexlost grinding", "Written before the index was lost.", "some", false)
            .getString("number");
    assertThat(numbers(admin, "zqindexlost")).containsExactly(number);
    // A server that started on an index it wrote itself did not rebuild it.
    assertThat(admin.get("/api/v1/admin/search/reindex").status()).isEqualTo(404);

    server.stop();
    Path index = server.dataDir().resolve("reveille/search");
    assertThat(index).isDirectory();
    PrivateServer.delete(index);
    server.start();

    Reveille again = Reveille.signIn(server.base(), "admin", ADMIN_PASSWORD);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> numbers(again, "zqindexlost").equals(List.of(number)));
    JsonObject rebuild = again.get("/api/v1/admin/search/reindex").json();
    assertThat(rebuild.getString("requestedBy")).isEqualTo("Reveille at start-up");
    assertThat(Files.isDirectory(index)).isTrue();
  }

  private static List<String> numbers(Reveille who, String q) {
    Reply reply = who.get("/api/v1/search?q=" + q);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json().getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("number"))
        .toList();
  }
}
