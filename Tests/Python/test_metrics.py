"""GET /metrics: Prometheus's text format, with requests by route and status, latency histograms, runs by outcome,
cache hits and misses, query time and the state gauges, and it moves as the server works."""
import re
import time

import requests


def sample(text, name, **labels):
    """The value of one sample, or 0 when it is not there yet."""
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            found = dict(re.findall(r'(\w+)="([^"]*)"', line.split(" ")[0]))
            if all(found.get(k) == v for k, v in labels.items()):
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_what_the_server_does(server):
    before = requests.get(server + "/metrics", timeout=5)
    assert before.status_code == 200 and before.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    question = {"message": "各城市员工人数"}
    for _ in range(2):
        assert requests.post(server + "/workflow/query-sync", json=question, timeout=10).status_code == 200
    assert requests.post(server + "/workflow/query-sync", json={"message": "zzqx"}, timeout=10).status_code == 422
    route = {"http_route": "/workflow/query-sync", "http_request_method": "POST"}
    # Hummingbird's metrics middleware counts a request once its response body is written, which can be just after
    # the client has read it: scrape again (up to 3 s) until the last request shows.
    deadline = time.monotonic() + 3
    while True:
        after = requests.get(server + "/metrics", timeout=5).text
        if sample(after, "hb_requests", http_response_status_code="422", **route) >= 1 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert sample(after, "hb_requests", http_response_status_code="200", **route) >= \
        sample(before.text, "hb_requests", http_response_status_code="200", **route) + 2
    assert sample(after, "hb_requests", http_response_status_code="422", **route) >= 1
    assert sample(after, "http_server_request_duration_count", http_response_status_code="200", **route) >= 2
    assert "http_server_request_duration_bucket" in after
    assert sample(after, "textbi_runs_total", outcome="answered") >= sample(before.text, "textbi_runs_total", outcome="answered") + 2
    assert sample(after, "textbi_runs_total", outcome="not_understood") >= 1
    assert sample(after, "textbi_cache_requests_total", result="hit") >= sample(before.text, "textbi_cache_requests_total", result="hit") + 1
    assert sample(after, "textbi_query_duration_seconds_count") >= 1
    for gauge in ("textbi_streams_running", "textbi_queries_running", "textbi_queries_waiting", "textbi_cache_bytes",
                  "textbi_connections_open"):
        assert re.search(rf"^{gauge} ", after, re.M), gauge
