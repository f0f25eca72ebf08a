-- wrk script for benchmarks/search.sh: one search after another, the two- and three-word searches
-- SearchHistory.java wrote beside the history (SEARCH_QUERIES, a file with one a line) in a random
-- order, with the bearer token from the environment (SEARCH_TOKEN). Prints the latency
-- percentiles, p95 included (wrk's own list stops at p90/p99).
local searches = {}
for line in io.lines(os.getenv("SEARCH_QUERIES")) do
  searches[#searches + 1] = line:gsub("[^%w%-_.]", function(c)
    return c == " " and "+" or string.format("%%%02X", string.byte(c))
  end)
end
local token = os.getenv("SEARCH_TOKEN")
math.randomseed(42)

request = function()
  return wrk.format("GET", "/api/v1/search?q=" .. searches[math.random(#searches)], {
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
