-- wrk script for POST /v1/chat load: `wrk -t2 -c16 -d60s -s scripts/wrk-chat.lua http://127.0.0.1:8080`
-- Rotates through everyday questions; each request is a new one-turn conversation.
local questions = {
  "revenue last month", "orders by channel in 2024", "top 5 products by units sold this year",
  "aov ytd", "return rate by reason", "monthly revenue in 2025", "revenue in France last quarter",
}
local counter = 0
request = function()
  counter = counter + 1
  local body = '{"message": "' .. questions[(counter % #questions) + 1] .. '"}'
  return wrk.format("POST", "/v1/chat", { ["Content-Type"] = "application/json" }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d), p50 %.2f ms, p99 %.2f ms, %.1f req/s\n",
    summary.requests, summary.errors.status + summary.errors.timeout + summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.status, summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
