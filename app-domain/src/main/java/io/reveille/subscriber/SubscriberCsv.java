package io.reveille.subscriber;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Subscribers as CSV, one per line: {@code kind,address,state,components,created_at,confirmed_at}.
 * Components are named (not numbered, so a file moves between installations), separated by
 * semicolons, or {@code all}. An export imports again unchanged. An optional {@code secret} column
 * carries webhook signing secrets on import (never on export).
 */
public final class SubscriberCsv {
  static final List<String> COLUMNS =
      List.of("kind", "address", "state", "components", "created_at", "confirmed_at");
  static final String ALL = "all";
  static final int MAX_ROWS = 200_000;

  /**
   * Spreadsheets run a cell starting with one of these as a formula; such a cell is written with a
   * leading apostrophe, which spreadsheets hide and the importer removes.
   */
  private static final String FORMULA_STARTS = "=@\t\r";

  private SubscriberCsv() {}

  /** A line that can be imported; its components are checked against the installation's later. */
  record Row(
      int line,
      SubscriberKind kind,
      String address,
      SubscriberState state,
      List<String> components,
      String secret) {
    boolean allComponents() {
      return components.isEmpty();
    }
  }

  /** What is wrong on one line (1 is the header), naming the column. */
  public record LineError(int line, String column, String message) {}

  record Parsed(List<Row> rows, List<LineError> errors) {}

  /** Reads and checks every line; all problems are reported, not just the first. */
  static Parsed parse(Reader csv) {
    List<Row> rows = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = format.parse(csv)) {
      Set<String> header = lower(parser.getHeaderNames());
      for (String required : List.of("kind", "address")) {
        if (!header.contains(required)) {
          errors.add(
              new LineError(1, required, "The header names no \"" + required + "\" column."));
        }
      }
      if (!errors.isEmpty()) {
        return new Parsed(rows, errors);
      }
      Map<String, String> columns = new HashMap<>();
      parser.getHeaderNames().forEach(h -> columns.put(h.strip().toLowerCase(Locale.ROOT), h));
      Map<String, Integer> seen = new HashMap<>();
      for (CSVRecord record : parser) {
        int line = (int) parser.getCurrentLineNumber();
        if (rows.size() + errors.size() >= MAX_ROWS) {
          errors.add(new LineError(line, "kind", "At most " + MAX_ROWS + " lines per import."));
          break;
        }
        Row row = row(record, line, columns, errors);
        if (row == null) {
          continue;
        }
        Integer earlier = seen.putIfAbsent(row.kind() + " " + row.address(), line);
        if (earlier != null) {
          errors.add(
              new LineError(line, "address", "The same address is on line " + earlier + "."));
          continue;
        }
        rows.add(row);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      errors.add(
          new LineError(1, "kind", "This is not a CSV file Reveille can read: " + e.getMessage()));
    } catch (IllegalStateException e) {
      // Commons CSV reports a broken quote this way, naming the line.
      errors.add(new LineError(0, "address", "Unreadable CSV: " + e.getMessage()));
    }
    return new Parsed(rows, errors);
  }

  private static Row row(
      CSVRecord record, int line, Map<String, String> columns, List<LineError> errors) {
    int before = errors.size();
    SubscriberKind kind = SubscriberKind.parse(value(record, columns, "kind"));
    if (kind == null) {
      errors.add(new LineError(line, "kind", "Give one of email, sms, webhook, slack or teams."));
    }
    String address = null;
    if (kind != null) {
      SubscriberKind.Address normalised =
          kind.normalise(unescape(value(record, columns, "address")), "address");
      if (normalised.problem() != null) {
        errors.add(new LineError(line, "address", normalised.problem().message()));
      }
      address = normalised.value();
    }
    String stateText = value(record, columns, "state");
    SubscriberState state =
        stateText.isEmpty()
            ? (kind != null && !kind.confirmedByOwner()
                ? SubscriberState.CONFIRMED
                : SubscriberState.PENDING)
            : SubscriberState.parse(stateText);
    if (state == null) {
      errors.add(new LineError(line, "state", "Give pending, confirmed or unsubscribed."));
    }
    String componentText = unescape(value(record, columns, "components"));
    List<String> components =
        componentText.isEmpty() || componentText.equalsIgnoreCase(ALL)
            ? List.of()
            : Arrays.stream(componentText.split(";"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    String secret = value(record, columns, "secret");
    return errors.size() > before
        ? null
        : new Row(line, kind, address, state, components, secret.isEmpty() ? null : secret);
  }

  /** One subscriber as exported. */
  record Line(
      SubscriberKind kind,
      String address,
      SubscriberState state,
      List<String> components,
      Instant createdAt,
      Instant confirmedAt) {}

  static void write(Appendable out, Iterable<Line> lines) throws IOException {
    try (CSVPrinter printer =
        CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
      for (Line line : lines) {
        printer.printRecord(
            line.kind().name().toLowerCase(Locale.ROOT),
            escape(line.address()),
            line.state().code(),
            line.components().isEmpty() ? ALL : escape(String.join(";", line.components())),
            line.createdAt() == null ? "" : line.createdAt().toString(),
            line.confirmedAt() == null ? "" : line.confirmedAt().toString());
      }
    }
  }

  static String escape(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  static String unescape(String cell) {
    return cell.length() > 1
            && cell.charAt(0) == '\''
            && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  private static String value(CSVRecord record, Map<String, String> columns, String column) {
    String header = columns.get(column);
    if (header == null || !record.isSet(header)) {
      return "";
    }
    return record.get(header).strip();
  }

  private static Set<String> lower(List<String> names) {
    Set<String> lower = new java.util.HashSet<>();
    names.forEach(n -> lower.add(n.strip().toLowerCase(Locale.ROOT)));
    return lower;
  }
}
