-- wrk script: one everyday question, repeated (each request a new conversation).
-- `wrk -t2 -c8 -d60s -s scripts/wrk-one.lua http://127.0.0.1:8080`
request = function()
  return wrk.format("POST", "/v1/chat", { ["Content-Type"] = "application/json" }, '{"message": "revenue last month"}')
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.2f ms, p99 %.2f ms, %.1f req/s\n", summary.requests,
    summary.errors.status + summary.errors.timeout + summary.errors.connect + summary.errors.read + summary.errors.write,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
