package io.reveille.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of a {@link PrivateServer}, never the one Arquillian's server uses. On H2 (the
 * default) that is the file in the copy's own data directory. On PostgreSQL it is a database of its
 * own on the same PostgreSQL, created empty for the run and dropped after it.
 */
final class PrivateDatabase implements AutoCloseable {
  private static final Pattern POSTGRESQL_URL =
      Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

  private final Map<String, String> settings;
  private final String adminUrl;
  private final String name;

  private PrivateDatabase(Map<String, String> settings, String adminUrl, String name) {
    this.settings = settings;
    this.adminUrl = adminUrl;
    this.name = name;
  }

  /**
   * A database like the one {@code dbArgs} (the build's {@code it.db.args}: {@code
   * -Dreveille.db.driver=postgresql -Dreveille.db.url=...}) configures, called {@code name}.
   */
  static PrivateDatabase like(String dbArgs, String name) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String arg : dbArgs.trim().split("\\s+")) {
      if (arg.startsWith("-D") && arg.contains("=")) {
        settings.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    if (!"postgresql".equals(settings.get("reveille.db.driver"))) {
      return new PrivateDatabase(Map.of("reveille.db.driver", "h2"), null, null);
    }
    String url = settings.get("reveille.db.url");
    Matcher m = POSTGRESQL_URL.matcher(url == null ? "" : url);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
    }
    settings.put("reveille.db.url", m.group(1) + name + m.group(3));
    PrivateDatabase database = new PrivateDatabase(settings, url, name);
    // WITH (FORCE): a server left over from an interrupted run may still be connected.
    database.execute("drop database if exists " + name + " with (force)");
    database.execute("create database " + name);
    return database;
  }

  /** The server's system properties that point it at this database. */
  List<String> serverArguments() {
    List<String> args = new ArrayList<>();
    settings.forEach((key, value) -> args.add("-D" + key + "=" + value));
    return args;
  }

  @Override
  public void close() {
    if (name != null) {
      execute("drop database if exists " + name + " with (force)");
    }
  }

  /** Runs a statement connected to the build's own database, as CREATE DATABASE needs. */
  private void execute(String sql) {
    try (Connection c =
            DriverManager.getConnection(
                adminUrl, settings.get("reveille.db.user"), settings.get("reveille.db.password"));
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + adminUrl, e);
    }
  }
}
