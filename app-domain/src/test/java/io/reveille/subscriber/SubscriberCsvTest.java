package io.reveille.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.subscriber.SubscriberCsv.LineError;
import io.reveille.subscriber.SubscriberCsv.Parsed;
import io.reveille.subscriber.SubscriberCsv.Row;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subscribers as CSV: what imports, what is refused (by line and column), and round trips. */
class SubscriberCsvTest {

  @Test
  void readsEachLineWithItsKindAddressStateAndComponents() {
    Parsed parsed =
        parse(
            """
            kind,address,state,components
            email,Ana@Example.com,confirmed,all
            sms,+14155550100,confirmed,Payments API;Search
            slack,https://hooks.slack.com/services/T0/B0/x,,
            email,bo@example.com,,
            """);

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows())
        .containsExactly(
            new Row(
                2,
                SubscriberKind.EMAIL,
                "ana@example.com",
                SubscriberState.CONFIRMED,
                List.of(),
                null),
            new Row(
                3,
                SubscriberKind.SMS,
                "+14155550100",
                SubscriberState.CONFIRMED,
                List.of("Payments API", "Search"),
                null),
            new Row(
                4,
                SubscriberKind.SLACK,
                "https://hooks.slack.com/services/T0/B0/x",
                SubscriberState.CONFIRMED,
                List.of(),
                null),
            new Row(
                5,
                SubscriberKind.EMAIL,
                "bo@example.com",
                SubscriberState.PENDING,
                List.of(),
                null));
  }

  @Test
  void everyWrongLineIsReportedWithItsNumberAndColumn() {
    Parsed parsed =
        parse(
            """
            kind,address,state
            email,ana@example.com,confirmed
            pigeon,ana@example.com,confirmed
            email,not an address,confirmed
            sms,0170 1234567,confirmed
            email,ana@example.com,maybe
            email,ANA@example.com,pending
            """);

    assertThat(parsed.errors())
        .extracting(LineError::line, LineError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "kind"),
            org.assertj.core.groups.Tuple.tuple(4, "address"),
            org.assertj.core.groups.Tuple.tuple(5, "address"),
            org.assertj.core.groups.Tuple.tuple(6, "state"),
            org.assertj.core.groups.Tuple.tuple(7, "address"));
    assertThat(parsed.errors().get(4).message()).contains("line 2");
    assertThat(parsed.rows()).hasSize(1);
  }

  @Test
  void aWebhookCarriesItsSigningSecretInItsOwnColumn() {
    Parsed parsed =
        parse(
            """
            kind,address,state,components,secret
            webhook,https://example.com/hooks/status,confirmed,all,whsec_moved_0123456789
            """);

    assertThat(parsed.rows())
        .singleElement()
        .extracting(Row::secret)
        .isEqualTo("whsec_moved_0123456789");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedOnItsHeaderLine() {
    Parsed parsed = parse("email\nana@example.com\n");

    assertThat(parsed.errors())
        .extracting(LineError::line, LineError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "kind"),
            org.assertj.core.groups.Tuple.tuple(1, "address"));
  }

  @Test
  void anExportImportsAgainUnchangedEvenWithCellsASpreadsheetWouldRun() throws Exception {
    StringBuilder out = new StringBuilder();
    SubscriberCsv.write(
        out,
        List.of(
            new SubscriberCsv.Line(
                SubscriberKind.EMAIL,
                "=cmd@example.com",
                SubscriberState.CONFIRMED,
                List.of("Payments API", "Search, \"beta\""),
                Instant.parse("2026-11-01T10:00:00Z"),
                Instant.parse("2026-11-01T10:05:00Z")),
            new SubscriberCsv.Line(
                SubscriberKind.SMS,
                "+14155550100",
                SubscriberState.UNSUBSCRIBED,
                List.of(),
                Instant.parse("2026-11-02T10:00:00Z"),
                null)));

    assertThat(out.toString())
        .startsWith("kind,address,state,components,created_at,confirmed_at\r\n")
        .contains("email,'=cmd@example.com,confirmed,\"Payments API;Search, \"\"beta\"\"\"")
        .contains("sms,+14155550100,unsubscribed,all,2026-11-02T10:00:00Z,\r\n");
    Parsed again = parse(out.toString());
    assertThat(again.errors()).isEmpty();
    assertThat(again.rows())
        .extracting(Row::kind, Row::address, Row::state, Row::components)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SubscriberKind.EMAIL,
                "=cmd@example.com",
                SubscriberState.CONFIRMED,
                List.of("Payments API", "Search, \"beta\"")),
            org.assertj.core.groups.Tuple.tuple(
                SubscriberKind.SMS, "+14155550100", SubscriberState.UNSUBSCRIBED, List.of()));
  }

  private static Parsed parse(String csv) {
    return SubscriberCsv.parse(new StringReader(csv));
  }
}
