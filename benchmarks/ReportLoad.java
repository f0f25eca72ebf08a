import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PDF export through the real server, signed in as the administrator (a session, as a person
 * downloads it).
 *
 * <ol>
 *   <li>An incident with ENTRIES timeline entries: declared, then internal updates (each one entry,
 *       alternating Investigating and Identified) until the timeline is that long.
 *   <li><b>Warm.</b> WARMUP downloads of its internal postmortem PDF, then SAMPLES more, one after
 *       the other, each timed from sending the request to the last byte: p50, p95, max.
 *   <li><b>Concurrent.</b> ROUNDS rounds of CONCURRENT downloads started together (a latch): each
 *       round's wall time and every non-200 or non-PDF answer counted as an error.
 * </ol>
 *
 * <p>Run by {@code reports.sh}: {@code java ReportLoad.java BASE ADMIN_PASSWORD ENTRIES WARMUP
 * SAMPLES CONCURRENT ROUNDS}.
 */
public class ReportLoad {
  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (Exception e) {
      e.printStackTrace();
      // The client's pool threads would keep the JVM (and the script waiting on it) alive.
      System.exit(2);
    }
  }

  static void run(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    int entries = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int samples = Integer.parseInt(args[4]);
    int concurrent = Integer.parseInt(args[5]);
    int rounds = Integer.parseInt(args[6]);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(concurrent + 4))
            .build();
    signIn(http, base, password);

    long setUp = System.nanoTime();
    String declared =
        post(
            http,
            base,
            "/api/v1/incidents",
            "{\"title\":\"Report benchmark: café, Straße, 日本 ✓\",\"summary\":\"Benchmark\","
                + "\"impact\":{\"customerImpact\":\"some\",\"dataLoss\":false,"
                + "\"securityBreach\":false,\"criticalFunctionDown\":false,"
                + "\"externallyVisible\":false},\"components\":[]}");
    Matcher m = Pattern.compile("\"number\":\"(INC-\\d+)\"").matcher(declared);
    m.find();
    String number = m.group(1);
    // The declaration and its classification are entries already; one update is one more.
    for (int i = 0; i < entries - 2; i++) {
      post(
          http,
          base,
          "/api/v1/incidents/" + number + "/updates",
          "{\"status\":\""
              + (i % 2 == 0 ? "identified" : "investigating")
              + "\",\"visibility\":\"internal\",\"message\":\"Step "
              + (i + 1)
              + ": checked the replica lag, the error budget and the dashboards of the payment"
              + " gateway; nothing conclusive yet.\"}");
    }
    System.out.printf(
        "incident %s with %d timeline entries set up in %d ms%n",
        number, entries, (System.nanoTime() - setUp) / 1_000_000);

    String path = "/reports/incidents/" + number + "/postmortem.pdf";
    int bytes = 0;
    for (int i = 0; i < warmup; i++) {
      bytes = download(http, base, path).length;
    }
    List<Long> times = new ArrayList<>();
    List<Double> serverWall = new ArrayList<>();
    List<Double> serverCpu = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> answer = exchange(http, base, path);
      times.add((System.nanoTime() - start) / 1_000);
      String timing = answer.headers().firstValue("Server-Timing").orElse("");
      Matcher wall = Pattern.compile("pdf;dur=([0-9.]+)").matcher(timing);
      Matcher cpu = Pattern.compile("pdf-cpu;dur=([0-9.]+)").matcher(timing);
      if (wall.find()) {
        serverWall.add(Double.parseDouble(wall.group(1)));
      }
      if (cpu.find()) {
        serverCpu.add(Double.parseDouble(cpu.group(1)));
      }
    }
    Collections.sort(times);
    Collections.sort(serverWall);
    Collections.sort(serverCpu);
    System.out.printf(
        "warm, sequential (%d after %d warm-up, PDF %,d bytes): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        samples,
        warmup,
        bytes,
        times.get(times.size() / 2) / 1000.0,
        times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1000.0,
        times.get(times.size() - 1) / 1000.0);
    if (!serverCpu.isEmpty()) {
      System.out.printf(
          "  on the server (Server-Timing, read + render + layout): wall p50 %.1f ms, p95 %.1f ms;"
              + " CPU p50 %.1f ms, p95 %.1f ms%n",
          serverWall.get(serverWall.size() / 2),
          serverWall.get((int) Math.ceil(serverWall.size() * 0.95) - 1),
          serverCpu.get(serverCpu.size() / 2),
          serverCpu.get((int) Math.ceil(serverCpu.size() * 0.95) - 1));
    }

    ExecutorService pool = Executors.newFixedThreadPool(concurrent);
    int errors = 0;
    for (int round = 1; round <= rounds; round++) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Long>> answers = new ArrayList<>();
      for (int i = 0; i < concurrent; i++) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  long start = System.nanoTime();
                  download(http, base, path);
                  return (System.nanoTime() - start) / 1_000_000;
                }));
      }
      long start = System.nanoTime();
      go.countDown();
      long slowest = 0;
      for (Future<Long> answer : answers) {
        try {
          slowest = Math.max(slowest, answer.get());
        } catch (Exception e) {
          errors++;
          System.out.println("  error: " + e.getCause());
        }
      }
      System.out.printf(
          "concurrent round %d: %d exports together, all done in %d ms (slowest %d ms)%n",
          round, concurrent, (System.nanoTime() - start) / 1_000_000, slowest);
    }
    pool.shutdown();
    System.out.printf("errors: %d of %d concurrent exports%n", errors, concurrent * rounds);
    System.exit(errors == 0 ? 0 : 1);
  }

  static byte[] download(HttpClient http, String base, String path) throws Exception {
    return exchange(http, base, path).body();
  }

  static HttpResponse<byte[]> exchange(HttpClient http, String base, String path)
      throws Exception {
    HttpResponse<byte[]> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    byte[] body = answer.body();
    if (answer.statusCode() != 200
        || body.length < 5
        || !new String(body, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      throw new IllegalStateException(path + ": " + answer.statusCode());
    }
    return answer;
  }

  static void signIn(HttpClient http, String base, String password) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=admin&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)
                            + "&next=/incidents"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 303) {
      throw new IllegalStateException("sign-in: " + answer.statusCode());
    }
  }

  static String post(HttpClient http, String base, String path, String json) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }
}
