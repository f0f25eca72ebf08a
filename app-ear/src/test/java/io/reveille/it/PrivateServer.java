package io.reveille.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private copy of the provisioned server with the EAR deployed in its configuration, as an
 * operator deploys it, run as a process of its own with a port offset. Unlike the server Arquillian
 * manages, it can be killed like a crashed machine and started again on the same data.
 *
 * <p>The copy lives under {@code target/} and is wiped when the next run makes a new one, so its
 * console logs ({@code console-1.log}, {@code console-2.log}...) can be read after a failure.
 */
final class PrivateServer implements AutoCloseable {
  /** What the copy leaves out: another server's database, logs and the history of its config. */
  private static final Set<String> NOT_COPIED =
      Set.of(
          "standalone/data",
          "standalone/log",
          "standalone/tmp",
          "standalone/configuration/standalone_xml_history");

  private static final Duration START_WITHIN = Duration.ofSeconds(150);

  private final Path home;
  private final int portOffset;
  private final List<String> systemProperties;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process launcher;
  private int starts;

  private PrivateServer(Path home, int portOffset, List<String> systemProperties) {
    this.home = home;
    this.portOffset = portOffset;
    this.systemProperties = List.copyOf(systemProperties);
    // A test JVM that dies without running @AfterAll must not leave a server holding the ports.
    Runtime.getRuntime().addShutdownHook(new Thread(this::killQuietly));
  }

  /**
   * Copies {@code provisioned} to {@code home} and deploys {@code ear} into the copy. {@code
   * systemProperties} ({@code -Dname=value}) are given to every start.
   */
  static PrivateServer copyOf(
      Path provisioned, Path ear, Path home, int portOffset, List<String> systemProperties) {
    try {
      delete(home);
      copy(provisioned, home);
      // While Arquillian's server runs, its configuration names the EAR it deployed, whose content
      // is in the data directory not copied here: the copy starts with no deployment at all.
      Path config = home.resolve("standalone/configuration/standalone.xml");
      String xml = Files.readString(config, StandardCharsets.UTF_8);
      Files.writeString(
          config,
          xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""),
          StandardCharsets.UTF_8);
      run(
          home.resolve("deploy.log"),
          home.resolve("bin/jboss-cli.sh").toString(),
          "--commands=embed-server --std-out=discard,deploy "
              + ear.toAbsolutePath()
              + ",stop-embedded-server");
      return new PrivateServer(home, portOffset, systemProperties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of this build's provisioned server with this build's EAR, in {@code name} under the
   * build's directory (failsafe names them: {@code jboss.home}, {@code reveille.ear}, {@code
   * reveille.it.work}), on {@code database}, its public URL on its own port, its first
   * administrator's password {@code adminPassword}; {@code more} system properties after those.
   */
  static PrivateServer ofThisBuild(
      String name,
      int portOffset,
      String adminPassword,
      PrivateDatabase database,
      List<String> more) {
    List<String> settings = new ArrayList<>();
    settings.add("-Dreveille.admin.password=" + adminPassword);
    settings.add("-Dreveille.public-url=http://127.0.0.1:" + (8080 + portOffset));
    settings.addAll(database.serverArguments());
    settings.addAll(more);
    return copyOf(
        Path.of(System.getProperty("jboss.home", "target/server")),
        Path.of(System.getProperty("reveille.ear", "target/reveille.ear")),
        Path.of(System.getProperty("reveille.it.work", "target")).resolve(name),
        portOffset,
        settings);
  }

  /** Where its HTTP listener answers: 8080 plus the offset. */
  String base() {
    return "http://127.0.0.1:" + (8080 + portOffset);
  }

  /** Where this copy keeps its data: the H2 database, the search index. */
  Path dataDir() {
    return home.resolve("standalone/data");
  }

  /** Starts the server and returns once Reveille answers ready (schema, engine, bootstrap). */
  void start() {
    if (launcher != null && launcher.isAlive()) {
      throw new IllegalStateException("The private server is already running");
    }
    starts++;
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.addAll(systemProperties);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("console-" + starts + ".log").toFile());
    // The server's settings are the arguments above and nothing inherited from whoever runs the
    // build: Reveille reads REVEILLE_* variables, the launch script JBOSS_HOME and JAVA_OPTS.
    builder.environment().keySet().removeIf(name -> name.startsWith("REVEILLE_"));
    builder.environment().remove("JAVA_OPTS");
    builder.environment().put("JBOSS_HOME", home.toString());
    try {
      launcher = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Process started = launcher;
    await()
        .atMost(START_WITHIN)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (!started.isAlive()) {
                throw new IllegalStateException(
                    "The private server stopped while starting; its console:\n" + consoleTail());
              }
              return ready();
            });
  }

  /**
   * Kills the server's JVM with SIGKILL, as a power cut or the kernel's OOM killer would: no
   * shutdown hooks, no orderly undeploy, transactions cut off where they are. The launch script
   * only waits for the JVM, so the JVM is found among its descendants and killed itself.
   */
  void kill() {
    end(true);
  }

  /**
   * Stops the server as an operator would, with SIGTERM to its JVM: the deployment stops and the
   * database closes. (Killed, an H2 database loses the commits of its last half second.)
   */
  void stop() {
    end(false);
  }

  private void end(boolean forcibly) {
    ProcessHandle jvm =
        jvm().orElseThrow(() -> new IllegalStateException("No server JVM under " + launcher.pid()));
    if (forcibly) {
      jvm.destroyForcibly();
    } else {
      jvm.destroy();
    }
    try {
      jvm.onExit().get(60, TimeUnit.SECONDS);
      if (!launcher.waitFor(30, TimeUnit.SECONDS)) {
        launcher.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("The server JVM " + jvm.pid() + " did not end", e);
    }
  }

  /** The last lines the server wrote to its console, for failure messages. */
  String consoleTail() {
    try {
      List<String> lines = Files.readAllLines(home.resolve("console-" + starts + ".log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no console log: " + e + ")";
    }
  }

  @Override
  public void close() {
    killQuietly();
  }

  private void killQuietly() {
    Process current = launcher;
    if (current == null) {
      return;
    }
    current.descendants().forEach(ProcessHandle::destroyForcibly);
    current.destroyForcibly();
    try {
      current.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Optional<ProcessHandle> jvm() {
    return launcher
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst();
  }

  private boolean ready() {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(Path log, String... command) throws IOException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " failed; see " + log + ":\n" + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            String relative = from.relativize(dir).toString();
            if (NOT_COPIED.contains(relative)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(relative));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            // Attributes too: the launch scripts must stay executable.
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
