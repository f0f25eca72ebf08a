-- wrk script for benchmarks/search.sh: one search after another, two- and three-word queries drawn
-- from the generated history's vocabulary (the same as SearchLoad.java), with the bearer token from
-- the environment. Prints the latency percentiles, p95 included (wrk's own list stops at p90/p99).
local words = {
  "errors", "checkout", "payments", "latency", "timeout", "database", "login", "api",
  "elevated", "degraded", "customers", "requests", "failing", "queue", "cache", "deploy",
  "rollback", "certificate", "expired", "dns", "replication", "lag", "disk", "full",
  "memory", "leak", "cpu", "saturation", "webhook", "delivery", "delayed", "email",
  "notifications", "search", "index", "stale", "invoices", "billing", "export", "failed",
  "mobile", "app", "crash", "android", "ios", "region", "load", "balancer", "connection",
  "pool", "exhausted", "kafka", "consumer", "stuck", "redis", "failover", "network",
  "partition", "packet", "loss", "upstream", "provider", "outage", "rate", "limit",
  "throttled", "config", "flag", "misconfigured", "storage", "bucket", "permissions",
  "token", "refresh", "sessions", "logout", "scheduler", "cron"}
local token = os.getenv("SEARCH_TOKEN")
math.randomseed(42)

request = function()
  local n = 2 + math.random(0, 1)
  local q = {}
  for i = 1, n do q[i] = words[math.random(#words)] end
  return wrk.format("GET", "/api/v1/search?q=" .. table.concat(q, "+"), {
    ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  io.write(string.format(
    "wrk, one connection: %d searches, %d errors; HTTP ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
