import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escalation timing through the real API, against a stand-in Slack: an HTTP server in this
 * program that notes when each webhook POST arrives and which incident and level it is for.
 *
 * <ol>
 *   <li><b>First chat request.</b> A team whose Slack webhook is the stand-in, a schedule, a
 *       one-level policy paging the team's chat (its wait so long that nothing else fires) and a
 *       component with it. SEV1 incidents are declared on the component by a few clients in a
 *       closed loop; for each: the chat request's arrival minus the moment the declare request was
 *       sent.
 *   <li><b>Timer lateness.</b> A second team and a two-level policy, both levels paging the team's
 *       chat, the first waiting W. PENDING incidents are declared (all within W, so every one is
 *       waiting on its level timer before the first falls due); for each: the arrival of the level-2
 *       message minus the arrival of the level-1 message minus W (the timer's lateness plus the
 *       send). The server's own view is read afterwards from each escalation's deliveries: the
 *       level-2 delivery's creation (inside the timer's transaction) minus the level-1 delivery's
 *       (inside the declaration's) minus W, the timer's lateness alone. Two cases: (2a) while those
 *       PENDING wait, single timers of a third component (declared about once a second, level wait
 *       20 s) fall due one at a time; (2b) the PENDING timers themselves fall due, at the rate
 *       they were set.
 * </ol>
 *
 * <p>Run with {@code java EscalationLoad.java BASE ADMIN_PASSWORD DECLARATIONS WARMUP CLIENTS
 * PENDING WAIT}, e.g. {@code ... 300 50 4 1000 PT3M}. A single-file program with no dependencies.
 * All times are taken on this machine's monotonic clock, the server's only where said.
 */
public class EscalationLoad {
  private static final Pattern NUMBER = Pattern.compile("INC-(\\d+)");
  private static final Pattern LEVEL = Pattern.compile("Escalation level (\\d+) of (\\d+)");

  /** The level wait of the single timers measured while the many are pending (2a). */
  private static final Duration SPARSE_WAIT = Duration.ofSeconds(20);

  /** First arrival per "path|INC-n|level", in System.nanoTime(). */
  private static final Map<String, Long> ARRIVALS = new ConcurrentHashMap<>();

  private static final AtomicLong REQUESTS = new AtomicLong();
  private static final AtomicLong REPEATS = new AtomicLong();
  private static final AtomicLong UNPARSED = new AtomicLong();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String adminPassword = args[1];
    int declarations = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    int pending = Integer.parseInt(args[5]);
    Duration wait = Duration.parse(args[6]);

    HttpServer slack = standIn();
    String hooks = "http://127.0.0.1:" + slack.getAddress().getPort();
    System.out.println("stand-in Slack listening on " + hooks);

    Api api = Api.setUp(base, adminPassword);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // --- 1. declaration to first chat request
    String firstPath = "/slack/T0/B1/first";
    String first = api.componentPagingTeamChat("First chat", hooks + firstPath, List.of("PT1H"));
    Declared warm = declare(http, api, first, warmup, clients, "Warm-up");
    awaitArrivals(firstPath, warm, 1, Duration.ofSeconds(60));
    Declared measured = declare(http, api, first, declarations, clients, "First chat");
    boolean all = awaitArrivals(firstPath, measured, 1, Duration.ofSeconds(60));
    System.out.printf(
        "%n== 1. Declaration to first chat request (%d SEV1 declarations after %d warm-up, %d clients, %.1f declarations/s)%n",
        measured.count(), warmup, clients, measured.rate());
    report("declare request (send to 201)", measured.latencies());
    report("declare sent to chat request arrived", firstChat(firstPath, measured));
    if (!all) {
      System.out.println("  MISSING chat requests: " + missing(firstPath, measured, 1));
    }

    // --- 2. timer lateness with PENDING escalations waiting at once
    String timersPath = "/slack/T0/B2/timers";
    String timers =
        api.componentPagingTeamChat("Timers", hooks + timersPath, List.of(wait.toString(), "PT1H"));
    String sparsePath = "/slack/T0/B3/sparse";
    String sparse =
        api.componentPagingTeamChat("Sparse", hooks + sparsePath, List.of(SPARSE_WAIT.toString(), "PT1H"));
    Declared load = declare(http, api, timers, pending, clients, "Timer");
    long firstSent = Arrays.stream(load.sent()).min().orElseThrow();
    long lastAnswered = Arrays.stream(load.answered()).max().orElseThrow();
    long firstDue = firstSent + wait.toNanos(); // no timer of these can fall due before this
    int committedBeforeFirstDue = 0;
    for (long answered : load.answered()) {
      if (answered < firstDue) {
        committedBeforeFirstDue++;
      }
    }
    System.out.printf(
        "%n== 2. Timer lateness: %d SEV1 declarations in %.1f s (%.1f/s, %d failed), level wait %s%n",
        load.count(), (lastAnswered - firstSent) / 1e9, load.rate(), load.failed(), wait);
    report("declare request (send to 201)", load.latencies());
    boolean level1 = awaitArrivals(timersPath, load, 1, Duration.ofSeconds(60));
    report("declare sent to level-1 chat request arrived", firstChat(timersPath, load));
    if (!level1) {
      System.out.println("  MISSING level-1 chat requests: " + missing(timersPath, load, 1));
    }

    // 2a. While those wait, single timers fall due one at a time: escalations on a third
    // component, declared about one a second, whose level waits SPARSE_WAIT.
    long sparseUntil = firstDue - SPARSE_WAIT.toNanos() - 15_000_000_000L;
    if (sparseUntil - System.nanoTime() > 10_000_000_000L) {
      Declared few = declarePaced(http, api, sparse, sparseUntil, "Sparse");
      awaitArrivals(sparsePath, few, 2, SPARSE_WAIT.plusSeconds(10));
      int early = 0;
      for (String number : load.numbers()) {
        if (number != null && ARRIVALS.containsKey(timersPath + "|" + number + "|2")) {
          early++;
        }
      }
      System.out.printf(
          "%n-- 2a. Single timers falling due about once a second (%d escalations, level wait %s)"
              + " while the %d above wait (%d of them fired meanwhile)%n",
          few.count(), SPARSE_WAIT, load.count(), early);
      timerFigures(http, api, sparsePath, few, SPARSE_WAIT);
    }

    int level2Early = 0;
    for (String number : load.numbers()) {
      Long at = ARRIVALS.get(timersPath + "|" + number + "|2");
      if (at != null && at < lastAnswered) {
        level2Early++;
      }
    }
    System.out.printf(
        "%n-- 2b. The %d level timers falling due, at the rate they were set%n"
            + "  escalations waiting on their level timer when the first could fall due: %d of %d"
            + " (last declaration answered %.1f s before the earliest due time; level-2 messages"
            + " before then: %d)%n",
        load.count(), committedBeforeFirstDue - level2Early, load.count(),
        (firstDue - lastAnswered) / 1e9, level2Early);
    Duration patience = wait.plus(Duration.ofNanos(lastAnswered - firstSent)).plusSeconds(120);
    awaitArrivals(timersPath, load, 2, patience);
    timerFigures(http, api, timersPath, load, wait);
    System.out.printf(
        "%nstand-in Slack: %d requests, %d repeats of a message already received, %d without an incident number%n",
        REQUESTS.get(), REPEATS.get(), UNPARSED.get());
    slack.stop(0);
    System.exit(0);
  }

  // --- the stand-in Slack

  private static HttpServer standIn() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    server.createContext("/slack/", EscalationLoad::received);
    ExecutorService threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.start();
    return server;
  }

  private static void received(HttpExchange exchange) throws java.io.IOException {
    long at = System.nanoTime();
    REQUESTS.incrementAndGet();
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher number = NUMBER.matcher(body);
    Matcher level = LEVEL.matcher(body);
    if (number.find()) {
      String key =
          exchange.getRequestURI().getPath()
              + "|INC-"
              + number.group(1)
              + "|"
              + (level.find() ? level.group(1) : "0");
      if (ARRIVALS.putIfAbsent(key, at) != null) {
        REPEATS.incrementAndGet();
      }
    } else {
      UNPARSED.incrementAndGet();
    }
    byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("x-slack-req-id", "bench-" + REQUESTS.get());
    exchange.sendResponseHeaders(200, ok.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(ok);
    }
  }

  // --- declaring

  /** What one batch of declarations came to, by index: numbers, send and answer times. */
  record Declared(String[] numbers, long[] sent, long[] answered, int failed, double rate) {
    int count() {
      return numbers.length;
    }

    long[] latencies() {
      List<Long> ok = new ArrayList<>();
      for (int i = 0; i < numbers.length; i++) {
        if (numbers[i] != null) {
          ok.add(answered[i] - sent[i]);
        }
      }
      return ok.stream().mapToLong(Long::longValue).toArray();
    }
  }

  private static Declared declare(
      HttpClient http, Api api, String component, int count, int clients, String title)
      throws InterruptedException {
    String[] numbers = new String[count];
    long[] sent = new long[count];
    long[] answered = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread =
          new Thread(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                  String body =
                      "{\"title\":\"" + title + " " + i + "\",\"summary\":\"Generated by EscalationLoad.\","
                          + "\"impact\":{\"customerImpact\":\"all\",\"dataLoss\":false,"
                          + "\"securityBreach\":false,\"criticalFunctionDown\":true,"
                          + "\"externallyVisible\":true},\"components\":[\"" + component + "\"]}";
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/incidents"))
                          .header("Authorization", "Bearer " + api.token())
                          .header("Content-Type", "application/json")
                          .timeout(Duration.ofSeconds(60))
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  sent[i] = System.nanoTime();
                  try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    answered[i] = System.nanoTime();
                    Matcher number = Pattern.compile("\"number\":\"(INC-\\d+)\"").matcher(response.body());
                    if (response.statusCode() == 201 && number.find()) {
                      numbers[i] = number.group(1);
                    } else {
                      if (failed.incrementAndGet() <= 3) {
                        System.out.println("  declare answered " + response.statusCode() + ": " + response.body());
                      }
                    }
                  } catch (Exception e) {
                    answered[i] = System.nanoTime();
                    if (failed.incrementAndGet() <= 3) {
                      System.out.println("  declare failed: " + e);
                    }
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Declared(numbers, sent, answered, failed.get(), (count - failed.get()) / seconds);
  }

  /** Level-2 minus level-1 chat arrivals minus the wait, and the server's view, per escalation. */
  private static void timerFigures(HttpClient http, Api api, String path, Declared declared, Duration wait)
      throws Exception {
    long[] lateness = new long[declared.count()];
    long[] fromSend = new long[declared.count()];
    int n = 0;
    long firstL2 = Long.MAX_VALUE;
    long lastL2 = Long.MIN_VALUE;
    for (int i = 0; i < declared.count(); i++) {
      String number = declared.numbers()[i];
      Long l1 = number == null ? null : ARRIVALS.get(path + "|" + number + "|1");
      Long l2 = number == null ? null : ARRIVALS.get(path + "|" + number + "|2");
      if (l1 == null || l2 == null) {
        continue;
      }
      lateness[n] = l2 - l1 - wait.toNanos();
      fromSend[n] = l2 - declared.sent()[i] - wait.toNanos();
      n++;
      firstL2 = Math.min(firstL2, l2);
      lastL2 = Math.max(lastL2, l2);
    }
    System.out.printf(
        "  level-2 chat requests: %d of %d arrived, over %.1f s (%.1f/s)%n",
        n, declared.count(), (lastL2 - firstL2) / 1e9,
        n / Math.max(0.001, (lastL2 - firstL2) / 1e9));
    int missing = missing(path, declared, 2);
    if (missing > 0) {
      System.out.println("  MISSING level-2 chat requests: " + missing);
    }
    report("lateness: level-2 arrival - level-1 arrival - wait", Arrays.copyOf(lateness, n));
    report("bound: level-2 arrival - declare sent - wait", Arrays.copyOf(fromSend, n));
    report("server: level-2 delivery created - level-1 created - wait",
        serverLateness(http, api, declared, wait));
  }

  /** One client declaring every 0.7 to 1.5 s (at random, so due times fall anywhere in a poll). */
  private static Declared declarePaced(HttpClient http, Api api, String component, long until, String title)
      throws InterruptedException {
    List<Declared> each = new ArrayList<>();
    java.util.Random random = new java.util.Random(42);
    while (System.nanoTime() < until) {
      each.add(declare(http, api, component, 1, 1, title));
      Thread.sleep(700 + random.nextInt(800));
    }
    int count = each.size();
    String[] numbers = new String[count];
    long[] sent = new long[count];
    long[] answered = new long[count];
    int failed = 0;
    for (int i = 0; i < count; i++) {
      numbers[i] = each.get(i).numbers()[0];
      sent[i] = each.get(i).sent()[0];
      answered[i] = each.get(i).answered()[0];
      failed += each.get(i).failed();
    }
    return new Declared(numbers, sent, answered, failed, 0);
  }

  /** Waits until every declared incident's message for the level arrived; false on timeout. */
  private static boolean awaitArrivals(String path, Declared declared, int level, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    long lastReport = System.nanoTime();
    while (true) {
      int missing = missing(path, declared, level);
      if (missing == 0) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      if (System.nanoTime() - lastReport > 30_000_000_000L) {
        System.out.printf("  ... waiting for %d level-%d chat requests%n", missing, level);
        lastReport = System.nanoTime();
      }
      Thread.sleep(200);
    }
  }

  private static int missing(String path, Declared declared, int level) {
    int missing = 0;
    for (String number : declared.numbers()) {
      if (number != null && !ARRIVALS.containsKey(path + "|" + number + "|" + level)) {
        missing++;
      }
    }
    return missing;
  }

  private static long[] firstChat(String path, Declared declared) {
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < declared.count(); i++) {
      String number = declared.numbers()[i];
      Long at = number == null ? null : ARRIVALS.get(path + "|" + number + "|1");
      if (at != null) {
        delays.add(at - declared.sent()[i]);
      }
    }
    return delays.stream().mapToLong(Long::longValue).toArray();
  }

  /** The server's clock: each escalation's level-2 delivery created minus level 1's, minus W. */
  private static long[] serverLateness(HttpClient http, Api api, Declared declared, Duration wait)
      throws Exception {
    Pattern delivery =
        Pattern.compile(
            "\"createdAt\":\"([^\"]+)\"[^{}]*?\"headline\":\"Escalation level (\\d) of"
                + "|\"headline\":\"Escalation level (\\d) of[^{}]*?\"createdAt\":\"([^\"]+)\"");
    List<Long> late = new ArrayList<>();
    for (String number : declared.numbers()) {
      if (number == null) {
        continue;
      }
      String json =
          api.get(http, "/api/v1/incidents/" + number + "/escalation");
      Instant l1 = null;
      Instant l2 = null;
      Matcher m = delivery.matcher(json);
      while (m.find()) {
        String at = m.group(1) != null ? m.group(1) : m.group(4);
        String level = m.group(2) != null ? m.group(2) : m.group(3);
        Instant when = Instant.parse(at.endsWith("Z") || at.contains("+") ? at : at + "Z");
        if (level.equals("1") && l1 == null) {
          l1 = when;
        } else if (level.equals("2") && l2 == null) {
          l2 = when;
        }
      }
      if (l1 != null && l2 != null) {
        late.add(Duration.between(l1, l2).minus(wait).toNanos());
      }
    }
    return late.stream().mapToLong(Long::longValue).toArray();
  }

  private static void report(String what, long[] nanos) {
    if (nanos.length == 0) {
      System.out.printf("  %-58s no samples%n", what);
      return;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long over = Arrays.stream(sorted).filter(v -> v > 1_000_000_000L).count();
    System.out.printf(
        "  %-58s n %4d  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  (min %.1f; over 1 s: %d)%n",
        what, sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
        sorted[sorted.length - 1] / 1e6, sorted[0] / 1e6, over);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  // --- the API: people, team, schedule, policy, component

  record Api(String base, String token, HttpClient admin, String responder) {
    /** Signs in as the administrator, creates an incident manager with a token and a responder. */
    static Api setUp(String base, String adminPassword) throws Exception {
      String suffix = UUID.randomUUID().toString().substring(0, 6);
      HttpClient admin = signIn(base, "admin", adminPassword);
      String manager = "bench-manager-" + suffix;
      String responder = "bench-responder-" + suffix;
      String password = "bench-password-" + suffix;
      expect(admin, json(base + "/api/v1/people", "POST",
          "{\"username\":\"" + manager + "\",\"displayName\":\"Benchmark manager\",\"password\":\""
              + password + "\",\"roles\":[\"incident-manager\"]}"), 201);
      expect(admin, json(base + "/api/v1/people", "POST",
          "{\"username\":\"" + responder + "\",\"displayName\":\"Benchmark responder\",\"password\":\""
              + password + "\",\"roles\":[\"responder\"]}"), 201);
      expect(admin, json(base + "/api/v1/people/" + responder + "/contact", "PUT",
          "{\"email\":\"" + responder + "@bench.example\",\"chatHandle\":\"U0BENCH"
              + suffix.toUpperCase() + "\",\"timeZone\":\"UTC\"}"), 200);
      HttpClient person = signIn(base, manager, password);
      String issued = expect(person, json(base + "/api/v1/tokens", "POST", "{\"name\":\"benchmark\"}"), 201);
      return new Api(base, field(issued, "token"), admin, responder);
    }

    /**
     * A team whose Slack webhook is {@code webhook}, a schedule with the responder on call, a
     * policy of one level per wait, each paging the team's chat, and a component; its name.
     */
    String componentPagingTeamChat(String name, String webhook, List<String> waits) throws Exception {
      String suffix = UUID.randomUUID().toString().substring(0, 6);
      HttpClient http = HttpClient.newHttpClient();
      String team = post(http, "/api/v1/teams",
          "{\"name\":\"" + name + " " + suffix + "\",\"members\":[\"" + responder + "\"]}", 201);
      String teamId = number(team, "id");
      send(http, "PUT", "/api/v1/teams/" + teamId + "/chat",
          "{\"kind\":\"slack\",\"webhookUrl\":\"" + webhook + "\"}", 200);
      String schedule = post(http, "/api/v1/schedules",
          "{\"name\":\"" + name + " primary " + suffix + "\",\"timeZone\":\"UTC\",\"teamId\":" + teamId
              + ",\"layers\":[{\"name\":\"Primary\",\"participants\":[\"" + responder + "\"],"
              + "\"turnUnit\":\"days\",\"turnAmount\":1,\"handoffTime\":\"09:00\","
              + "\"startDate\":\"2026-01-05\"}]}", 201);
      number(schedule, "id");
      StringBuilder levels = new StringBuilder();
      for (String wait : waits) {
        levels.append(levels.length() == 0 ? "" : ",")
            .append("{\"targets\":[{\"kind\":\"TEAM_CHAT\",\"id\":").append(teamId)
            .append("}],\"channels\":[\"CHAT\"],\"waitBeforeNext\":\"").append(wait).append("\"}");
      }
      String policy = post(http, "/api/v1/escalation-policies",
          "{\"name\":\"" + name + " policy " + suffix + "\",\"repeatCount\":1,\"levels\":[" + levels + "]}",
          201);
      String component = post(http, "/api/v1/components",
          "{\"name\":\"" + name + " " + suffix + "\",\"description\":\"Benchmark\","
              + "\"escalationPolicyId\":" + number(policy, "id") + "}", 201);
      return field(component, "name");
    }

    String get(HttpClient http, String path) throws Exception {
      return expect(http, HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "Bearer " + token).GET().build(), 200);
    }

    private String post(HttpClient http, String path, String body, int status) throws Exception {
      return send(http, "POST", path, body, status);
    }

    private String send(HttpClient http, String method, String path, String body, int status)
        throws Exception {
      return expect(http, HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body))
          .build(), status);
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }

  private static String number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }

  private static HttpClient signIn(String base, String username, String password) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest form =
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
            .build();
    expect(http, form, 303);
    return http;
  }

  private static HttpRequest json(String url, String method, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static String expect(HttpClient http, HttpRequest request, int status) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
              + response.body());
    }
    return response.body();
  }
}
