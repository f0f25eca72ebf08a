import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search benchmark's client. {@code reindex}: starts the mass indexer through the API and
 * follows its progress to the end, printing documents a second. {@code query}: one client asks
 * the two- and three-word searches of a file ({@link SearchHistory} writes it with the history),
 * in a random order, one after the other (every answer carries the five facets and highlighted
 * snippets), and reports latency percentiles: the whole HTTP round trip, and the time the server
 * spent in the search itself ({@code tookMillis}).
 *
 * <p>{@code java SearchLoad.java BASE ADMIN_PASSWORD reindex} or {@code java SearchLoad.java BASE
 * ADMIN_PASSWORD query SECONDS WARMUP QUERIES_FILE}. A single file with no dependencies.
 */
public class SearchLoad {
  private static final Pattern TOOK = Pattern.compile("\"tookMillis\":(\\d+)");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    String token = adminToken(http, base, args[1]);
    switch (args[2]) {
      case "reindex" -> reindex(http, base, token);
      case "query" ->
          query(
              http,
              base,
              token,
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Files.readAllLines(Path.of(args[5])));
      default -> throw new IllegalArgumentException(args[2]);
    }
  }

  private static void reindex(HttpClient http, String base, String token) throws Exception {
    long started = System.nanoTime();
    send(http, request(base + "/api/v1/admin/search/reindex", token).POST(
        HttpRequest.BodyPublishers.noBody()));
    String progress;
    do {
      Thread.sleep(2000);
      progress = send(http, request(base + "/api/v1/admin/search/reindex", token).GET()).body();
      System.out.println("  " + progress);
    } while (progress.contains("\"running\":true"));
    double seconds = (System.nanoTime() - started) / 1e9;
    long indexed = Long.parseLong(field(progress, "indexed"));
    System.out.printf(
        "mass reindex: %d incident documents in %.1f s (wall clock, polled every 2 s); the"
            + " server's own measure, start to finish: %s documents/s%n",
        indexed, seconds, field(progress, "perSecond"));
  }

  private static void query(
      HttpClient http, String base, String token, int seconds, int warmup, List<String> searches)
      throws Exception {
    Random random = new Random(42);
    run(http, base, token, random, searches, warmup, null, null, null);
    long[] latencies = new long[1_000_000];
    long[] took = new long[1_000_000];
    long[] matches = new long[1_000_000];
    int n = run(http, base, token, random, searches, seconds, latencies, took, matches);
    long[] all = Arrays.copyOf(latencies, n);
    long[] server = Arrays.copyOf(took, n);
    long[] matched = Arrays.copyOf(matches, n);
    Arrays.sort(all);
    Arrays.sort(server);
    Arrays.sort(matched);
    System.out.printf("%d searches in %d s (one client, 2- and 3-word queries, 5 facets, snippets)%n", n, seconds);
    System.out.printf(
        "matching incidents a search: mean %d, p50 %d, p95 %d, max %d%n",
        Arrays.stream(matched).sum() / n, pct(matched, 50), pct(matched, 95), matched[n - 1]);
    System.out.printf(
        "HTTP round trip ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
        pct(all, 50) / 1e6, pct(all, 95) / 1e6, pct(all, 99) / 1e6, all[n - 1] / 1e6);
    System.out.printf(
        "in the server (tookMillis) ms: p50 %d, p95 %d, p99 %d, max %d%n",
        pct(server, 50), pct(server, 95), pct(server, 99), server[n - 1]);
  }

  private static int run(
      HttpClient http,
      String base,
      String token,
      Random random,
      List<String> searches,
      int seconds,
      long[] latencies,
      long[] took,
      long[] matches)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int n = 0;
    while (System.nanoTime() < deadline) {
      String q = searches.get(random.nextInt(searches.size()));
      long start = System.nanoTime();
      HttpResponse<String> response =
          send(
              http,
              request(
                      base
                          + "/api/v1/search?q="
                          + URLEncoder.encode(q, StandardCharsets.UTF_8),
                      token)
                  .GET());
      long elapsed = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.statusCode() + " " + response.body());
      }
      if (latencies != null) {
        latencies[n] = elapsed;
        took[n] = Long.parseLong(match(TOOK, response.body()));
        matches[n] = Long.parseLong(match(TOTAL, response.body()));
        n++;
      }
    }
    return n;
  }

  private static String adminToken(HttpClient http, String base, String password)
      throws Exception {
    String form =
        "username=admin&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&next=%2Fincidents";
    send(
        http,
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    String body =
        send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"search-bench\"}")))
            .body();
    return field(body, "token");
  }

  private static HttpRequest.Builder request(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(5));
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request)
      throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }

  private static String match(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("Unexpected answer: " + body);
    }
    return m.group(1);
  }

  private static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
