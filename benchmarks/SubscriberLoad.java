import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subscriber fan-out through the real API, to receivers in this program: a minimal SMTP sink and
 * an HTTP server, each counting distinct notification ids ({@code Reveille-Notification}, which is
 * "announcement-subscriber" and the same on every retry).
 *
 * <ol>
 *   <li><b>E-mail.</b> EMAILS subscribers of component "Bench mail" are imported (CSV, confirmed);
 *       a public update on an incident affecting it is posted; the time from sending that POST to
 *       the arrival of the last distinct e-mail at the sink.
 *   <li><b>Webhooks.</b> WEBHOOKS webhook subscribers of component "Bench hooks" are imported
 *       (CSV with their signing secret, each its own URL on the receiver); a public update is
 *       posted; the time to the last distinct delivery.
 *   <li><b>kill -9.</b> Another update to the same WEBHOOKS; once a third of them have arrived the
 *       server is killed with SIGKILL and started again; the time until every subscriber has
 *       received it, and how many arrived twice (at least once, never lost).
 * </ol>
 *
 * <p>Run by {@code subscribers.sh}: {@code java SubscriberLoad.java BASE ADMIN_PASSWORD EMAILS
 * WEBHOOKS SMTP_PORT HOOK_PORT KILL_COMMAND START_COMMAND PHASE_COMMAND}.
 */
public class SubscriberLoad {
  private static final Pattern NOTIFICATION =
      Pattern.compile("^Reveille-Notification:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

  /** Distinct notification ids per announcement, and when the latest new one arrived. */
  static final class Counter {
    final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> lastArrival = new ConcurrentHashMap<>();
    final AtomicLong received = new AtomicLong();

    void arrived(String notificationId) {
      received.incrementAndGet();
      int dash = notificationId.indexOf('-');
      String announcement = dash < 0 ? notificationId : notificationId.substring(0, dash);
      if (ids.computeIfAbsent(announcement, a -> ConcurrentHashMap.newKeySet()).add(notificationId)) {
        lastArrival.computeIfAbsent(announcement, a -> new AtomicLong()).set(System.nanoTime());
      }
    }

    int distinct(String announcement) {
      Set<String> seen = ids.get(announcement);
      return seen == null ? 0 : seen.size();
    }

    /** The announcement whose ids arrived since {@code before} was taken (the newest). */
    String newest(Set<String> before) {
      for (String a : ids.keySet()) {
        if (!before.contains(a)) {
          return a;
        }
      }
      return null;
    }
  }

  static final Counter MAIL = new Counter();
  static final Counter HOOKS = new Counter();

  public static void main(String[] args) {
    int status;
    try {
      status = run(args);
    } catch (Exception e) {
      e.printStackTrace();
      status = 2;
    }
    // The receivers' threads would keep a failed run (and the benchmark lock) alive.
    System.exit(status);
  }

  private static int run(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    int emails = Integer.parseInt(args[2]);
    int webhooks = Integer.parseInt(args[3]);
    int smtpPort = Integer.parseInt(args[4]);
    int hookPort = Integer.parseInt(args[5]);
    String kill = args[6];
    String start = args[7];
    String phase = args[8];

    smtpSink(smtpPort);
    HttpServer receiver = hookReceiver(hookPort);
    Api admin = Api.signIn(base, "admin", password);

    long mailComponent = admin.component("Bench mail");
    long hookComponent = admin.component("Bench hooks");

    // ----- 1. e-mail -----
    StringBuilder csv = new StringBuilder("kind,address,state,components\n");
    for (int i = 0; i < emails; i++) {
      csv.append("email,reader").append(i).append("@bench.example,confirmed,Bench mail\n");
    }
    long importStarted = System.nanoTime();
    String report = admin.post("/api/v1/admin/subscribers/import", json("csv", csv.toString()));
    System.out.printf(
        "imported %d e-mail subscribers in %d ms: %s%n", emails, ms(importStarted), report);
    String mailIncident = admin.declare("Bench mail outage", "Bench mail");
    Set<String> before = Set.copyOf(MAIL.ids.keySet());
    long cpu = cpuMillis(phase, "start", "e-mail");
    long sent = System.nanoTime();
    admin.update(mailIncident, "Bench mail outage", "Bench mail", "Mail is slow; we are on it.");
    long posted = System.nanoTime();
    String announcement = awaitAll(MAIL, before, emails, Duration.ofMinutes(5));
    report("e-mail", emails, MAIL, announcement, sent, posted);
    reportCpu(emails, cpuMillis(phase, "stop", "e-mail") - cpu);

    // ----- 2. webhooks -----
    long subscribing = System.nanoTime();
    for (int from = 0; from < webhooks; from += 10_000) {
      StringBuilder hooks = new StringBuilder("kind,address,state,components,secret\n");
      for (int i = from; i < Math.min(webhooks, from + 10_000); i++) {
        hooks
            .append("webhook,http://127.0.0.1:")
            .append(hookPort)
            .append("/hooks/")
            .append(i)
            .append(",confirmed,Bench hooks,whsec_bench_0123456789abcdef\n");
      }
      admin.post("/api/v1/admin/subscribers/import", json("csv", hooks.toString()));
    }
    System.out.printf(
        "imported %d webhook subscribers (10,000 a request) in %d ms%n", webhooks, ms(subscribing));
    String hookIncident = admin.declare("Bench webhook outage", "Bench hooks");
    before = Set.copyOf(HOOKS.ids.keySet());
    cpu = cpuMillis(phase, "start", "webhook");
    sent = System.nanoTime();
    admin.update(hookIncident, "Bench webhook outage", "Bench hooks", "Webhooks are slow.");
    posted = System.nanoTime();
    announcement = awaitAll(HOOKS, before, webhooks, Duration.ofMinutes(5));
    report("webhook", webhooks, HOOKS, announcement, sent, posted);
    reportCpu(webhooks, cpuMillis(phase, "stop", "webhook") - cpu);

    if ("no".equals(System.getenv("SUBSCRIBERS_KILL"))) {
      receiver.stop(0);
      return 0;
    }

    // ----- 3. kill -9 in the middle -----
    before = Set.copyOf(HOOKS.ids.keySet());
    long receivedBefore = HOOKS.received.get();
    sent = System.nanoTime();
    admin.update(hookIncident, null, null, "Still slow; a fix is rolling out.");
    String third = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      third = HOOKS.newest(before);
      if (third != null && HOOKS.distinct(third) >= webhooks / 3) {
        break;
      }
      Thread.sleep(5);
    }
    int atKill = third == null ? 0 : HOOKS.distinct(third);
    long killedAt = System.nanoTime();
    run(kill);
    System.out.printf(
        "killed the server (SIGKILL) %d ms after posting, with %d of %d delivered%n",
        (killedAt - sent) / 1_000_000, atKill, webhooks);
    long restarting = System.nanoTime();
    run(start);
    System.out.printf("server restarted and ready in %d ms%n", ms(restarting));
    awaitAll(HOOKS, before, webhooks, Duration.ofMinutes(5));
    int distinct = HOOKS.distinct(third);
    long received = HOOKS.received.get() - receivedBefore;
    System.out.printf(
        "after the restart: %d of %d subscribers received it (%s), %d deliveries in all, %d of"
            + " them repeats; complete %d ms after the restart began, %d ms after the POST%n",
        distinct,
        webhooks,
        distinct == webhooks ? "none lost" : (webhooks - distinct) + " LOST",
        received,
        received - distinct,
        (HOOKS.lastArrival.get(third).get() - restarting) / 1_000_000,
        (HOOKS.lastArrival.get(third).get() - sent) / 1_000_000);
    receiver.stop(0);
    return distinct == webhooks ? 0 : 1;
  }

  private static void report(
      String what, int expected, Counter counter, String announcement, long sent, long posted) {
    int distinct = counter.distinct(announcement);
    long last = counter.lastArrival.get(announcement).get();
    double seconds = (last - sent) / 1e9;
    System.out.printf(
        "%s: %d of %d subscribers reached %.2f s after the POST (the POST, with the fan-out"
            + " rows written in its transaction, took %d ms); %.0f per second%n",
        what, distinct, expected, seconds, (posted - sent) / 1_000_000, distinct / seconds);
  }

  /**
   * The server's CPU time so far (user and system, all threads), by the script's phase command,
   * which also starts or stops the phase's profile when one is asked for.
   */
  private static long cpuMillis(String phase, String startOrStop, String name) throws Exception {
    Process process =
        new ProcessBuilder("bash", "-c", phase + " " + startOrStop + " " + name)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + phase);
    }
    return Long.parseLong(out.strip());
  }

  private static void reportCpu(int deliveries, long cpuMillis) {
    System.out.printf(
        "  server CPU for it: %.1f s (user + system, all threads), %.2f s per 1,000 deliveries%n",
        cpuMillis / 1e3, cpuMillis / (deliveries / 1e3) / 1e3);
  }

  private static String awaitAll(Counter counter, Set<String> before, int expected, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    String announcement = null;
    while (System.nanoTime() < deadline) {
      announcement = counter.newest(before);
      if (announcement != null && counter.distinct(announcement) >= expected) {
        return announcement;
      }
      Thread.sleep(2);
    }
    throw new IllegalStateException(
        "only "
            + (announcement == null ? 0 : counter.distinct(announcement))
            + " of "
            + expected
            + " arrived within "
            + within);
  }

  // ----- receivers -----

  /** Just enough SMTP for Jakarta Mail: every message is accepted and its id noted. */
  private static void smtpSink(int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.bind(new InetSocketAddress("127.0.0.1", port));
    Thread acceptor =
        new Thread(
            () -> {
              while (true) {
                try {
                  Socket socket = server.accept();
                  Thread session = new Thread(() -> smtpSession(socket));
                  session.setDaemon(true);
                  session.start();
                } catch (IOException e) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static void smtpSession(Socket socket) {
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
      out.write("220 sink ESMTP\r\n");
      out.flush();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> out.write("250 sink\r\n");
          case "DATA" -> {
            out.write("354 go ahead\r\n");
            out.flush();
            String id = null;
            boolean headers = true;
            while ((line = in.readLine()) != null && !line.equals(".")) {
              if (headers) {
                if (line.isEmpty()) {
                  headers = false;
                } else {
                  Matcher m = NOTIFICATION.matcher(line);
                  if (m.find()) {
                    id = m.group(1);
                  }
                }
              }
            }
            if (id != null) {
              MAIL.arrived(id);
            }
            out.write("250 queued\r\n");
          }
          case "QUIT" -> {
            out.write("221 bye\r\n");
            out.flush();
            return;
          }
          default -> out.write("250 ok\r\n"); // MAIL, RCPT, RSET, NOOP
        }
        out.flush();
      }
    } catch (IOException e) {
      // the server went away (killed, or closed the connection)
    }
  }

  private static HttpServer hookReceiver(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext(
        "/hooks/",
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
          }
          String id = exchange.getRequestHeaders().getFirst("Reveille-Notification");
          if (id != null) {
            HOOKS.arrived(id);
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  // ----- the API -----

  record Api(HttpClient http, String base) {
    static Api signIn(String base, String username, String password) throws Exception {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + username
                              + "&password="
                              + URLEncoder.encode(password, StandardCharsets.UTF_8)
                              + "&next=/incidents"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 303) {
        throw new IllegalStateException("sign-in: " + answer.statusCode());
      }
      return new Api(http, base);
    }

    String post(String path, String json) throws Exception {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofMinutes(5))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 != 2) {
        throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
      }
      return answer.body();
    }

    long component(String name) throws Exception {
      String created =
          post("/api/v1/components", "{\"name\":\"" + name + "\",\"description\":\"Benchmark\"}");
      Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
      id.find();
      return Long.parseLong(id.group(1));
    }

    String declare(String title, String component) throws Exception {
      String declared =
          post(
              "/api/v1/incidents",
              "{\"title\":\""
                  + title
                  + "\",\"summary\":\"Benchmark\",\"impact\":{\"customerImpact\":\"some\","
                  + "\"dataLoss\":false,\"securityBreach\":false,\"criticalFunctionDown\":false,"
                  + "\"externallyVisible\":true},\"components\":[\""
                  + component
                  + "\"]}");
      Matcher number = Pattern.compile("\"number\":\"(INC-\\d+)\"").matcher(declared);
      number.find();
      return number.group(1);
    }

    void update(String number, String publicTitle, String component, String message)
        throws Exception {
      String extra =
          publicTitle == null
              ? ""
              : ",\"publicTitle\":\""
                  + publicTitle
                  + "\",\"components\":[{\"component\":\""
                  + component
                  + "\",\"status\":\"partial_outage\"}]";
      post(
          "/api/v1/incidents/" + number + "/updates",
          "{\"status\":\"investigating\",\"visibility\":\"public\",\"message\":\""
              + message
              + "\""
              + extra
              + "}");
    }
  }

  private static String json(String key, String value) {
    return "{\""
        + key
        + "\":\""
        + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        + "\"}";
  }

  private static void run(String command) throws Exception {
    Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + command);
    }
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
