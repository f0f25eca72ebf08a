import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The search benchmark's incident history, written straight into a stopped server's H2 database
 * (around the application on purpose: the index knows nothing of it until the mass indexer runs),
 * and the searches to ask of it, one a line.
 *
 * <p>Two histories, the same shape (each incident has one to five updates, three on average, one
 * in three of them internal; one in three incidents has a postmortem with two to four action
 * items, half of those postmortems published):
 *
 * <ul>
 *   <li>{@code realistic}: incidents as teams write them. Each incident is about a service, a piece
 *       of infrastructure, a symptom, a cause, an error, a region, a host and a customer, drawn
 *       with a skew (Zipf, s = 1.1: the most common service is in about one incident in eight),
 *       told in sentences a status page and a postmortem use, with release numbers, commit hashes
 *       and times: about 5,000 words in the vocabulary, plus hundreds of thousands of identifiers.
 *       A search is two or three words of one past incident's subject (its service, symptom,
 *       cause, error, infrastructure, region or customer), the way support staff and responders
 *       look for "has this happened before"; incidents about common subjects are searched for
 *       more often, because there are more of them.
 *   <li>{@code narrow}: the worst case kept from the first benchmark runs. Every text is made of
 *       the same 80 words, so an average two- or three-word search matches a quarter of the
 *       history, and every match is scored and counted in every facet.
 * </ul>
 *
 * <p>{@code java -cp h2.jar SearchHistory.java realistic|narrow JDBC_URL INCIDENTS QUERIES_FILE}
 */
public class SearchHistory {
  private static final Instant EPOCH = Instant.parse("2019-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
  private static final int SEARCHES = 20_000;

  public static void main(String[] args) throws Exception {
    Vocabulary vocabulary =
        switch (args[0]) {
          case "realistic" -> new Realistic(new Random(7));
          case "narrow" -> new Narrow();
          default -> throw new IllegalArgumentException("realistic or narrow, not " + args[0]);
        };
    int incidents = Integer.parseInt(args[2]);
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(args[1], "sa", "sa")) {
      db.setAutoCommit(false);
      new Writer(db, vocabulary, incidents).write();
    }
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
      Random random = new Random(11);
      for (int i = 0; i < SEARCHES; i++) {
        out.println(vocabulary.search(random, 1 + random.nextInt(incidents)));
      }
    }
    System.out.printf(
        "generated a %s history of %d incidents in %d ms; %d searches in %s%n",
        args[0], incidents, (System.nanoTime() - started) / 1_000_000, SEARCHES, args[3]);
  }

  /** What the texts of incident {@code n} say; the same {@code n} always gives the same subject. */
  interface Vocabulary {
    List<String> components();

    /** The component (index into {@link #components()}) incident {@code n} affects. */
    int component(int n);

    String title(Random r, int n);

    String summary(Random r, int n);

    String update(Random r, int n, String status, boolean internal);

    /** The postmortem's nine sections, in the table's column order. */
    String[] postmortem(Random r, int n);

    /** The published postmortem's summary, what happened, and next steps. */
    String[] publicPostmortem(Random r, int n);

    String actionItem(Random r, int n);

    String search(Random r, int n);
  }

  /** Writes the rows with batched inserts, committing every few thousand. */
  static final class Writer {
    private final Connection db;
    private final Vocabulary v;
    private final int incidents;
    private final Random random = new Random(3);
    private final List<PreparedStatement> statements = new ArrayList<>();
    private int pending;

    Writer(Connection db, Vocabulary v, int incidents) {
      this.db = db;
      this.v = v;
      this.incidents = incidents;
    }

    void write() throws SQLException {
      PreparedStatement component =
          prepare(
              "insert into component (id, name, description, version, position, status,"
                  + " visibility, shown_only_when_degraded, created_at) values (?, ?,"
                  + " 'Benchmark component', 0, ?, 'OPERATIONAL', 'PUBLIC', false,"
                  + " current_timestamp)");
      for (int c = 0; c < v.components().size(); c++) {
        component.setLong(1, 9_000_000_000L + c);
        component.setString(2, v.components().get(c));
        component.setInt(3, c);
        add(component);
      }
      PreparedStatement incident =
          prepare(
              "insert into incident (id, title, summary, customer_impact, data_loss,"
                  + " security_breach, critical_function_down, externally_visible, severity,"
                  + " severity_reason, status, declared_by, declared_at, resolved_at, closed_at,"
                  + " version, public_title) values (?, ?, ?, ?, false, false, ?, ?, ?,"
                  + " 'Generated.', ?, ?, ?, ?, ?, 0, ?)");
      PreparedStatement affects =
          prepare(
              "insert into incident_component (incident_id, position, component_id)"
                  + " values (?, 0, ?)");
      PreparedStatement update =
          prepare(
              "insert into status_update (id, incident_id, status, visibility, message, author,"
                  + " posted_at) values (?, ?, ?, ?, ?, ?, ?)");
      PreparedStatement postmortem =
          prepare(
              "insert into postmortem (id, incident_id, state, summary, impact,"
                  + " contributing_factors, trigger_event, resolution, detection, went_well,"
                  + " went_wrong, got_lucky, author, version, public_summary,"
                  + " public_what_happened, public_next_steps, published_by, published_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)");
      PreparedStatement actionItem =
          prepare(
              "insert into action_item (id, postmortem_id, description, owner, due_date, state,"
                  + " kind, priority) values (?, ?, ?, ?, ?, ?, ?, ?)");
      String[] statuses = {"INVESTIGATING", "IDENTIFIED", "MONITORING", "MONITORING", "MONITORING"};
      String[] kinds = {"MITIGATE", "PREVENT", "PROCESS", "OTHER"};
      String[] priorities = {"HIGH", "MEDIUM", "LOW"};
      long spacing = (END.getEpochSecond() - EPOCH.getEpochSecond()) / incidents;
      for (int n = 1; n <= incidents; n++) {
        long id = 100_000_000L + n;
        Instant declared = EPOCH.plusSeconds(n * spacing + random.nextInt((int) spacing));
        String status =
            switch (n % 10) {
              case 0 -> "INVESTIGATING";
              case 1 -> "MONITORING";
              case 2, 3 -> "RESOLVED";
              default -> "CLOSED";
            };
        boolean visible = n % 3 != 2;
        incident.setLong(1, id);
        incident.setString(2, v.title(random, n));
        incident.setString(3, v.summary(random, n));
        incident.setString(4, n % 3 == 0 ? "ALL" : n % 3 == 1 ? "SOME" : "NONE");
        incident.setBoolean(5, n % 3 == 0);
        incident.setBoolean(6, visible);
        incident.setString(7, "SEV" + (1 + n % 3));
        incident.setString(8, status);
        incident.setString(9, "user" + n % 40);
        incident.setTimestamp(10, Timestamp.from(declared));
        incident.setTimestamp(
            11, n % 10 > 1 ? Timestamp.from(declared.plusSeconds(5_400)) : null);
        incident.setTimestamp(
            12, n % 10 > 3 ? Timestamp.from(declared.plusSeconds(86_400)) : null);
        incident.setString(13, visible ? v.title(random, n) : null);
        add(incident);
        affects.setLong(1, id);
        affects.setLong(2, 9_000_000_000L + v.component(n));
        add(affects);

        int updates = 1 + random.nextInt(5);
        for (int k = 0; k < updates; k++) {
          boolean internal = k % 3 == 1;
          update.setLong(1, 20_000_000_000L + n * 8L + k);
          update.setLong(2, id);
          update.setString(3, statuses[k]);
          update.setString(4, internal ? "INTERNAL" : "PUBLIC");
          update.setString(5, v.update(random, n, statuses[k], internal));
          update.setString(6, "user" + (n + k) % 40);
          update.setTimestamp(7, Timestamp.from(declared.plusSeconds(900L * (k + 1))));
          add(update);
        }

        if (n % 3 == 0) {
          long postmortemId = 30_000_000_000L + n;
          boolean published = n % 6 == 0;
          String[] sections = v.postmortem(random, n);
          String[] told = published ? v.publicPostmortem(random, n) : new String[] {"", "", ""};
          postmortem.setLong(1, postmortemId);
          postmortem.setLong(2, id);
          postmortem.setString(3, published ? "PUBLISHED" : "APPROVED");
          for (int s = 0; s < 9; s++) {
            postmortem.setString(4 + s, sections[s]);
          }
          postmortem.setString(13, "user" + n % 40);
          for (int s = 0; s < 3; s++) {
            postmortem.setString(14 + s, told[s]);
          }
          postmortem.setString(17, published ? "user" + (n + 7) % 40 : null);
          postmortem.setTimestamp(
              18, published ? Timestamp.from(declared.plusSeconds(7 * 86_400)) : null);
          add(postmortem);
          int items = 2 + random.nextInt(3);
          for (int k = 0; k < items; k++) {
            actionItem.setLong(1, 40_000_000_000L + n * 4L + k);
            actionItem.setLong(2, postmortemId);
            actionItem.setString(3, v.actionItem(random, n));
            actionItem.setString(4, "user" + (n * (k + 1)) % 40);
            actionItem.setObject(
                5, LocalDate.ofInstant(declared, ZoneOffset.UTC).plusDays(30 + 15L * k));
            actionItem.setString(6, k == 0 ? "DONE" : "OPEN");
            actionItem.setString(7, kinds[(n + k) % kinds.length]);
            actionItem.setString(8, priorities[(n + k) % priorities.length]);
            add(actionItem);
          }
        }
      }
      flush();
      for (PreparedStatement statement : statements) {
        statement.close();
      }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
      PreparedStatement statement = db.prepareStatement(sql);
      statements.add(statement);
      return statement;
    }

    private void add(PreparedStatement statement) throws SQLException {
      statement.addBatch();
      if (++pending == 20_000) {
        flush();
      }
    }

    /** Every statement's batch, parents first (the statements are prepared in that order). */
    private void flush() throws SQLException {
      for (PreparedStatement statement : statements) {
        statement.executeBatch();
      }
      db.commit();
      pending = 0;
    }
  }

  /** Draws index {@code i} of {@code size} with probability proportional to 1 / (i + 1)^s. */
  static final class Zipf {
    private final double[] cumulative;

    Zipf(int size, double s) {
      cumulative = new double[size];
      double sum = 0;
      for (int i = 0; i < size; i++) {
        sum += 1 / Math.pow(i + 1, s);
        cumulative[i] = sum;
      }
      for (int i = 0; i < size; i++) {
        cumulative[i] /= sum;
      }
    }

    int next(Random r) {
      int i = Arrays.binarySearch(cumulative, r.nextDouble());
      return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
  }

  /** Incidents as teams write them (see the class comment). */
  static final class Realistic implements Vocabulary {
    private static final List<String> SERVICES =
        List.of(
            "checkout", "payments", "login", "search", "billing", "notifications", "api-gateway",
            "webhooks", "mobile-api", "dashboard", "email-delivery", "auth", "orders", "inventory",
            "uploads", "reporting", "sso", "invoicing", "cart", "catalog", "shipping", "exports",
            "subscriptions", "refunds", "ledger", "pricing", "recommendations", "feed", "chat",
            "video", "status-page", "admin-console", "partner-api", "public-api", "graphql",
            "accounts", "onboarding", "kyc", "fraud-detection", "risk-scoring", "tax", "currency",
            "geocoding", "maps", "routing", "tracking", "support-portal", "helpdesk",
            "knowledge-base", "audit-log", "permissions", "teams", "workspaces", "file-sync",
            "backups", "archive", "metrics-pipeline", "log-ingest", "tracing", "alerting",
            "feature-flags", "config-service", "secrets", "session-store", "rate-limiter",
            "edge-proxy", "thumbnails", "media-transcoder", "sms-gateway", "push-service",
            "scheduler", "batch-jobs", "data-warehouse", "etl", "identity", "directory-sync",
            "scim", "calendar", "imports", "translations");

    /** The status page's components; a service belongs to the one at its index modulo 30. */
    private static final List<String> COMPONENTS =
        List.of(
            "Checkout", "Payments API", "Login", "Search", "Billing", "Notifications",
            "Public API", "Webhooks", "Mobile app", "Dashboard", "Email delivery", "SSO",
            "Orders", "Inventory", "File uploads", "Reporting", "Status page", "Admin console",
            "Partner API", "Integrations", "Chat", "Video", "Shipping", "Data exports",
            "Analytics", "Scheduler", "Audit log", "Accounts", "CDN", "DNS");

    private static final List<String> INFRASTRUCTURE =
        List.of(
            "postgres", "redis", "kafka", "kubernetes", "load balancer", "nginx", "elasticsearch",
            "rabbitmq", "mysql", "memcached", "pgbouncer", "envoy", "istio", "haproxy",
            "cloudfront", "s3", "route53", "coredns", "etcd", "zookeeper", "consul", "vault",
            "mongodb", "cassandra", "dynamodb", "sqs", "sns", "lambda", "ec2", "ebs", "nfs",
            "ceph", "terraform", "helm", "argocd", "jenkins", "github actions", "ingress",
            "node pool", "cluster autoscaler", "service mesh", "sidecar", "nat gateway",
            "transit gateway", "vpn", "bgp", "firewall", "security group", "vpc", "read replica",
            "primary database", "standby", "shard", "partition", "topic", "consumer group",
            "dead letter queue", "cron job", "worker pool", "thread pool", "jvm", "heap",
            "garbage collector", "container registry", "containerd", "kernel", "ntp", "fastly",
            "cloudflare", "akamai", "opensearch", "clickhouse", "bigquery", "snowflake",
            "spanner", "cloud sql", "aurora", "memorystore", "pubsub", "cloud run", "gke", "eks",
            "aks", "hypervisor", "storage array", "object storage", "blob storage", "cdn edge",
            "tls terminator", "certificate manager", "api quota", "smtp relay", "twilio",
            "stripe", "adyen", "sendgrid", "okta", "auth0");

    private static final List<String> SYMPTOMS =
        List.of(
            "elevated error rates", "increased latency", "request timeouts",
            "502 Bad Gateway errors", "503 Service Unavailable responses",
            "intermittent 500 errors", "degraded performance", "slow page loads",
            "failed logins", "duplicate charges", "delayed emails", "missing notifications",
            "stale search results", "failed webhook deliveries", "dropped connections",
            "connection resets", "packet loss", "failed payments", "declined cards",
            "checkout failures", "blank dashboards", "failed file uploads", "broken thumbnails",
            "expired sessions", "unexpected logouts", "slow exports", "failed exports",
            "missing data", "incorrect totals", "delayed reports", "app crashes on launch",
            "undelivered push notifications", "SMS delivery delays", "video buffering",
            "empty search results", "rate limit errors", "429 Too Many Requests responses",
            "authentication failures", "SSO redirect loops", "certificate warnings",
            "DNS resolution failures", "partial outage", "full outage", "data sync delays",
            "duplicate webhook deliveries", "out of order events", "stuck jobs",
            "queue backlog", "high memory usage", "high CPU usage", "disk pressure",
            "pod restarts", "crash loops", "slow API responses", "failed deployments",
            "missing invoices", "wrong currency conversions", "broken password resets",
            "two-factor codes not arriving", "orders stuck in pending", "inventory mismatches",
            "tracking updates delayed", "calendar invites missing", "audit events missing",
            "permission errors", "blank pages", "mixed content warnings",
            "websocket disconnects", "high replication lag", "slow queries");

    private static final List<String> CAUSES =
        List.of(
            "an expired TLS certificate", "a bad deploy", "a configuration change",
            "a schema migration that locked a hot table", "lock contention",
            "a deadlock between two writers", "connection pool exhaustion", "a runaway query",
            "a missing index", "a cache stampede after a flush", "a thundering herd of retries",
            "a noisy neighbour on the shared host", "an upstream provider outage",
            "a DNS misconfiguration", "a BGP route leak", "aggressive rate limiting",
            "an exhausted API quota", "a memory leak", "long garbage collection pauses",
            "clock skew between nodes", "a split brain after a network partition",
            "replication lag on the read replicas", "a failed certificate rotation",
            "a feature flag enabled for every customer", "a retry storm", "a full disk",
            "inode exhaustion", "a kernel upgrade", "an autoscaler misconfiguration",
            "a node pool drain", "an expired API key", "a revoked OAuth client secret",
            "an outage at our payment processor", "a CDN purge", "a bad cache key",
            "an off-by-one error in pagination", "a timezone bug at midnight UTC",
            "the daylight saving time change", "a hot partition", "consumer lag",
            "a poison message", "a dependency upgrade", "an unbounded batch job",
            "a misrouted traffic shift", "an overloaded primary", "a leaked file descriptor",
            "thread pool starvation", "a slow downstream dependency", "a cloud provider incident",
            "a cross-region failover", "a stale DNS record", "an IPv6 routing issue",
            "an MTU mismatch", "a broken health check", "a mis-tagged container image",
            "a rollback that skipped a migration", "a bulk import by one customer",
            "a cron job that ran twice", "a vacuum that could not keep up",
            "index corruption after a crash", "a full write-ahead log volume",
            "a load balancer draining too early", "a stuck leader election",
            "an expired domain registration", "a spam wave against the signup form",
            "a credential stuffing attack", "a DDoS against the edge", "an unpatched library",
            "a race condition in the session cache", "a serialization change between versions");

    private static final List<String> ERRORS =
        List.of(
            "ECONNRESET", "ETIMEDOUT", "ECONNREFUSED", "EPIPE", "ENOSPC", "OOMKilled",
            "CrashLoopBackOff", "ImagePullBackOff", "SIGSEGV", "SIGKILL",
            "NullPointerException", "OutOfMemoryError", "StackOverflowError",
            "SocketTimeoutException", "ConnectException", "SSLHandshakeException",
            "x509 certificate has expired", "deadlock detected", "too many connections",
            "no space left on device", "connection refused", "context deadline exceeded",
            "upstream connect error", "read timeout", "PSQLException",
            "ERR max number of clients reached", "NOAUTH", "LEADER_NOT_AVAILABLE",
            "NotLeaderForPartitionException", "ThrottlingException",
            "ProvisionedThroughputExceededException", "AccessDenied", "InvalidClientTokenId",
            "SERVFAIL", "NXDOMAIN", "HTTP 429", "HTTP 504", "HTTP 503", "card_declined",
            "rate_limit_exceeded", "invalid_grant", "token_expired", "CERT_HAS_EXPIRED",
            "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "QueryCanceled", "SerializationFailure",
            "LockTimeoutException", "OptimisticLockException", "BrokenPipeError",
            "KeyError", "TypeError", "ReferenceError", "segfault", "panic: runtime error",
            "nil pointer dereference", "goroutine leak", "FATAL: remaining connection slots",
            "canceling statement due to statement timeout", "WriteConflict",
            "ReadOnlyReplica", "CLUSTERDOWN", "MOVED", "TRYAGAIN", "UnknownTopicOrPartition",
            "RecordTooLargeException", "CommitFailedException", "OffsetOutOfRange",
            "ResourceExhausted", "DeadlineExceeded", "Unavailable", "PermissionDenied",
            "QuotaExceeded", "BucketNotEmpty", "SlowDown", "RequestTimeTooSkewed",
            "InvalidSignature", "MalformedJSON", "UnicodeDecodeError", "IntegrityError",
            "DuplicateKeyException", "ConstraintViolation", "StaleObjectState",
            "EvictedPod", "NodeNotReady", "DiskPressure", "MemoryPressure", "FailedScheduling",
            "Throttled", "GatewayTimeout", "BadGateway", "ServiceUnavailable");

    private static final List<String> REGIONS =
        List.of(
            "us-east-1", "eu-west-1", "us-west-2", "eu-central-1", "ap-southeast-1",
            "us-east-2", "ap-northeast-1", "eu-north-1", "ap-southeast-2", "sa-east-1",
            "ca-central-1", "af-south-1");

    private static final List<String> HOST_ROLES =
        List.of("web", "api", "db", "cache", "worker", "kafka", "search", "edge", "lb", "batch");

    /** Opening and closing sentences of public updates, per status. */
    private static final List<String> INVESTIGATING =
        List.of(
            "We are investigating reports of %s affecting %s.",
            "Some customers are seeing %s when using %s. Our engineers are looking into it.",
            "We are aware of %s on %s and are investigating the cause.",
            "Since %s UTC some requests to %s fail or are slow. We are investigating.");

    private static final List<String> IDENTIFIED =
        List.of(
            "We have identified the cause of %s on %s and are working on a fix.",
            "The issue behind %s affecting %s has been identified. A fix is being deployed.",
            "We found what caused %s on %s and are rolling out a mitigation.");

    private static final List<String> MONITORING =
        List.of(
            "A fix for %s on %s has been deployed and we are monitoring the results.",
            "Error rates are back to normal after the fix for %s on %s. We keep monitoring.",
            "%s on %s has been mitigated. We are watching closely for any recurrence.");

    /** Prose every postmortem has some of: common words, not subjects. */
    private static final List<String> PROSE =
        List.of(
            "The on-call engineer was paged within two minutes of the first alert.",
            "We declared the incident after the error budget alert fired a second time.",
            "Customer support escalated the first tickets before our monitoring noticed.",
            "The runbook for this alert was out of date and pointed at a decommissioned dashboard.",
            "Rolling back took longer than expected because the previous image had been pruned.",
            "We were lucky that the problem started during business hours in both offices.",
            "Communication with customers was timely, with status page updates every thirty minutes.",
            "The incident channel was created quickly and the roles were clear.",
            "Our synthetic checks did not cover this path, so the first signal came from customers.",
            "Several engineers joined the call without a clear owner for the investigation.",
            "The dashboards made the saturation visible within minutes.",
            "We had tested this failover in a game day last quarter, which paid off.",
            "The change had passed review and staging, where the data volume is far smaller.",
            "A manual step in the deploy process was skipped under time pressure.",
            "Alerts were routed to a team that no longer owns the service.",
            "We could not reproduce the failure in staging for the first hour.",
            "Traffic was shifted to the secondary region while we investigated.",
            "The fix was small, but verifying it safely took most of the time.",
            "We lacked a metric for queue depth, so the backlog grew unnoticed.",
            "The vendor's status page reported no problem until an hour after ours.");

    private static final List<String> ACTION_ITEMS =
        List.of(
            "Add an alert on %s for %s",
            "Document the %s failover in the %s runbook",
            "Automate certificate rotation for %s behind %s",
            "Add a load test of %s to the %s release pipeline",
            "Set connection limits for %s used by %s",
            "Add a synthetic check that exercises %s through %s",
            "Review timeouts and retries between %s and %s",
            "Move the %s dashboards for %s to the shared folder",
            "Make the %s rollback of %s a single command",
            "Add capacity headroom to %s for %s peak traffic");

    private static final List<String> CUSTOMER_SYLLABLES =
        List.of(
            "ac", "me", "glo", "bex", "ini", "tech", "um", "bra", "cor", "vex", "lum", "ora",
            "nor", "vik", "bel", "mont", "sta", "rk", "hal", "cyon", "zen", "ith", "qua", "ntum",
            "pix", "ela", "tor", "ven", "kai", "ros");

    private final Zipf services = new Zipf(SERVICES.size(), 1.1);
    private final Zipf infrastructure = new Zipf(INFRASTRUCTURE.size(), 1.1);
    private final Zipf symptoms = new Zipf(SYMPTOMS.size(), 1.1);
    private final Zipf causes = new Zipf(CAUSES.size(), 1.1);
    private final Zipf errors = new Zipf(ERRORS.size(), 1.1);
    private final Zipf regions = new Zipf(REGIONS.size(), 1.1);
    private final Zipf customers = new Zipf(2_000, 1.0);
    private final long seed;

    Realistic(Random random) {
      this.seed = random.nextLong();
    }

    /** What incident {@code n} is about: the same every time it is asked. */
    private record Subject(
        String service,
        String component,
        String infrastructure,
        String symptom,
        String cause,
        String error,
        String region,
        String host,
        String customer,
        String release,
        String commit) {}

    private Subject subject(int n) {
      Random r = new Random(seed ^ (n * 0x9E3779B97F4A7C15L));
      int service = services.next(r);
      String region = REGIONS.get(regions.next(r));
      return new Subject(
          SERVICES.get(service),
          COMPONENTS.get(service % COMPONENTS.size()),
          INFRASTRUCTURE.get(infrastructure.next(r)),
          SYMPTOMS.get(symptoms.next(r)),
          CAUSES.get(causes.next(r)),
          ERRORS.get(errors.next(r)),
          region,
          HOST_ROLES.get(r.nextInt(HOST_ROLES.size())) + "-" + r.nextInt(400) + "." + region,
          customer(customers.next(r)),
          "release " + (2019 + n % 7) + "." + (1 + r.nextInt(12)) + "." + r.nextInt(40),
          Long.toHexString(r.nextLong()).substring(0, 7));
    }

    /** Two thousand made-up company names, the same for the same index. */
    private static String customer(int i) {
      String a = CUSTOMER_SYLLABLES.get(i % 30);
      String b = CUSTOMER_SYLLABLES.get(i / 30 % 30);
      String c = i >= 900 ? CUSTOMER_SYLLABLES.get(i / 900 % 30) : "";
      String name = a + b + c;
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public List<String> components() {
      return COMPONENTS;
    }

    @Override
    public int component(int n) {
      return COMPONENTS.indexOf(subject(n).component());
    }

    @Override
    public String title(Random r, int n) {
      Subject s = subject(n);
      String title =
          switch (r.nextInt(5)) {
            case 0 -> s.symptom() + " on " + s.service();
            case 1 -> s.service() + " " + s.symptom() + " in " + s.region();
            case 2 -> s.infrastructure() + " problems affecting " + s.service();
            case 3 -> s.error() + " from " + s.service() + " after " + s.release();
            default -> s.component() + " degraded: " + s.symptom();
          };
      return capitalized(title);
    }

    @Override
    public String summary(Random r, int n) {
      Subject s = subject(n);
      return capitalized(s.symptom())
          + " for "
          + s.service()
          + " since "
          + time(r)
          + " UTC. "
          + s.error()
          + " in the "
          + s.service()
          + " logs on "
          + s.host()
          + ". Suspect "
          + s.cause()
          + " in "
          + s.infrastructure()
          + ". First reported by "
          + s.customer()
          + " through support. "
          + pick(r, PROSE);
    }

    @Override
    public String update(Random r, int n, String status, boolean internal) {
      Subject s = subject(n);
      if (internal) {
        return switch (r.nextInt(3)) {
          case 0 ->
              s.error() + " on " + s.host() + " since " + s.release() + " (" + s.commit()
                  + "). Rolling back " + s.service() + " and paging the " + s.infrastructure()
                  + " owners.";
          case 1 ->
              "Dashboards show " + s.infrastructure() + " at " + (60 + r.nextInt(40))
                  + "% in " + s.region() + "; looks like " + s.cause() + ". "
                  + s.customer() + " opened a priority ticket.";
          default ->
              "Confirmed " + s.cause() + ". Mitigation: failing " + s.service() + " over to "
                  + pick(r, REGIONS) + " and raising limits on " + s.infrastructure() + ".";
        };
      }
      List<String> openings =
          switch (status) {
            case "INVESTIGATING" -> INVESTIGATING;
            case "IDENTIFIED" -> IDENTIFIED;
            default -> MONITORING;
          };
      String opening = pick(r, openings);
      String first =
          opening.startsWith("Since")
              ? String.format(opening, time(r), s.component())
              : capitalized(String.format(opening, s.symptom(), s.component()));
      return first
          + (status.equals("IDENTIFIED")
              ? " The cause was " + s.cause() + " in " + s.region() + "."
              : " Customers in " + s.region() + " are the most affected.")
          + " Next update within 30 minutes.";
    }

    @Override
    public String[] postmortem(Random r, int n) {
      Subject s = subject(n);
      return new String[] {
        // summary
        capitalized(s.symptom()) + " on " + s.service() + " for " + (10 + r.nextInt(170))
            + " minutes, caused by " + s.cause() + " in " + s.infrastructure() + ". "
            + pick(r, PROSE),
        // impact
        "About " + (1 + r.nextInt(40)) + "% of requests to " + s.component() + " in "
            + s.region() + " failed. " + s.customer() + " and " + (2 + r.nextInt(200))
            + " other customers were affected. " + pick(r, PROSE),
        // contributing factors
        capitalized(s.cause()) + ". " + pick(r, PROSE) + " " + pick(r, PROSE) + " The "
            + s.infrastructure() + " alerts fired only after " + s.error() + " spread to "
            + s.service() + ".",
        // trigger
        s.release() + " (" + s.commit() + ") reached " + s.service() + " in " + s.region()
            + " at " + time(r) + " UTC.",
        // resolution
        "We rolled back " + s.service() + " and restarted " + s.infrastructure() + " on "
            + s.host() + ". " + pick(r, PROSE),
        // detection
        "Detected by " + (r.nextBoolean() ? "an alert on " + s.symptom() : "a customer report")
            + ". " + pick(r, PROSE),
        // went well
        pick(r, PROSE) + " " + pick(r, PROSE),
        // went wrong
        pick(r, PROSE) + " " + s.error() + " was not in the runbook.",
        // got lucky
        pick(r, PROSE)
      };
    }

    @Override
    public String[] publicPostmortem(Random r, int n) {
      Subject s = subject(n);
      return new String[] {
        capitalized(s.symptom()) + " affected " + s.component() + " for some customers in "
            + s.region() + ".",
        "A change to " + s.infrastructure() + " caused " + s.symptom() + ". We rolled it back"
            + " and service recovered at " + time(r) + " UTC.",
        "We are adding monitoring and safer rollouts for " + s.component() + "."
      };
    }

    @Override
    public String actionItem(Random r, int n) {
      Subject s = subject(n);
      return String.format(pick(r, ACTION_ITEMS), s.infrastructure(), s.service());
    }

    @Override
    public String search(Random r, int n) {
      Subject s = subject(n);
      // What someone would type about this incident: its subjects' telling words, not "the".
      List<String> words =
          new ArrayList<>(
              List.of(
                  word(r, s.service().replace('-', ' ')),
                  word(r, s.symptom()),
                  word(r, s.cause()),
                  word(r, s.error()),
                  word(r, s.infrastructure()),
                  s.region(),
                  s.customer()));
      java.util.Collections.shuffle(words, r);
      Set<String> query = new LinkedHashSet<>();
      int wanted = 2 + r.nextInt(2);
      for (String w : words) {
        if (query.size() == wanted) {
          break;
        }
        query.add(w.toLowerCase(Locale.ROOT));
      }
      return String.join(" ", query);
    }

    /** One telling word of a phrase ("certificate" of "an expired TLS certificate"). */
    private static String word(Random r, String phrase) {
      List<String> telling =
          Arrays.stream(phrase.split("[ _:]+"))
              .filter(w -> w.length() > 3 && !COMMON.contains(w.toLowerCase(Locale.ROOT)))
              .toList();
      return telling.isEmpty() ? phrase : telling.get(r.nextInt(telling.size()));
    }

    private static final Set<String> COMMON =
        Set.of("with", "from", "that", "after", "every", "between", "against", "could", "keep",
            "when", "their", "behind", "each", "this", "than", "most", "some");

    private static String time(Random r) {
      return String.format("%02d:%02d", r.nextInt(24), r.nextInt(60));
    }

    private static String pick(Random r, List<String> list) {
      return list.get(r.nextInt(list.size()));
    }

    private static String capitalized(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }

  /**
   * The first benchmark runs' history: 80 words, six-word phrases drawn from them, every text a
   * few phrases, so that any two or three of the words match a quarter of the incidents.
   */
  static final class Narrow implements Vocabulary {
    private static final List<String> WORDS =
        List.of(
            "errors", "checkout", "payments", "latency", "timeout", "database", "login", "api",
            "elevated", "degraded", "customers", "requests", "failing", "queue", "cache",
            "deploy", "rollback", "certificate", "expired", "dns", "replication", "lag", "disk",
            "full", "memory", "leak", "cpu", "saturation", "webhook", "delivery", "delayed",
            "email", "notifications", "search", "index", "stale", "invoices", "billing",
            "export", "failed", "mobile", "app", "crash", "android", "ios", "region", "eu-west",
            "us-east", "load", "balancer", "connection", "pool", "exhausted", "kafka",
            "consumer", "stuck", "redis", "failover", "network", "partition", "packet", "loss",
            "upstream", "provider", "outage", "rate", "limit", "throttled", "config", "flag",
            "misconfigured", "storage", "bucket", "permissions", "token", "refresh", "sessions",
            "logout", "scheduler", "cron");

    private final String[] phrases = new String[2_000];

    Narrow() {
      IntFunction<String> w = i -> WORDS.get(Math.floorMod(i, 80));
      for (int x = 0; x < phrases.length; x++) {
        phrases[x] =
            String.join(
                " ",
                w.apply(x * 7),
                w.apply(x * x * 13 + 5),
                w.apply((x * 31 + 11) % 40),
                w.apply(x * 17 + x / 7),
                w.apply((x * 3 + 1) % 20),
                w.apply(x * 101 + 29));
      }
    }

    private String phrases(Random r, int count) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        text.append(i == 0 ? "" : " ").append(phrases[r.nextInt(phrases.length)]).append('.');
      }
      return text.toString();
    }

    @Override
    public List<String> components() {
      return WORDS.subList(0, 30).stream().map(w -> "Bench " + w).toList();
    }

    @Override
    public int component(int n) {
      return n * 7 % 30;
    }

    @Override
    public String title(Random r, int n) {
      return WORDS.get((n * 7 + n / 3) % 80) + " " + WORDS.get(n * 13 % 40) + " "
          + WORDS.get((n * 29 + 3) % 80) + " on node-" + n % 700;
    }

    @Override
    public String summary(Random r, int n) {
      return phrases(r, 3);
    }

    @Override
    public String update(Random r, int n, String status, boolean internal) {
      return phrases(r, 2);
    }

    @Override
    public String[] postmortem(Random r, int n) {
      return new String[] {
        phrases(r, 1), phrases(r, 1), phrases(r, 2), phrases(r, 1), phrases(r, 1),
        phrases(r, 1), "", "", ""
      };
    }

    @Override
    public String[] publicPostmortem(Random r, int n) {
      return new String[] {phrases(r, 1), phrases(r, 1), phrases(r, 1)};
    }

    @Override
    public String actionItem(Random r, int n) {
      return "Fix " + phrases(r, 1);
    }

    @Override
    public String search(Random r, int n) {
      int words = 2 + r.nextInt(2);
      List<String> query = new ArrayList<>();
      for (int i = 0; i < words; i++) {
        query.add(WORDS.get(r.nextInt(WORDS.size())));
      }
      return String.join(" ", query);
    }
  }
}
