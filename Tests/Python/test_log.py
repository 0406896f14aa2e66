"""The access log never holds a request: with standard error a pipe nobody reads (full after a few hundred lines),
the server keeps answering; lines are dropped and counted instead of blocking."""
import time

import requests

from conftest import start_server, stop_server


def test_a_stuck_standard_error_does_not_block_the_server():
    url, process = start_server(drain_log=False)
    try:
        session = requests.Session()
        start = time.monotonic()
        for _ in range(3000):  # ~100 bytes a line: far more than a 64 KiB pipe holds
            assert session.get(url + "/health", timeout=5).status_code == 200
        answer = session.post(url + "/workflow/query-sync", json={"message": "统计员工总数"}, timeout=5)
        assert answer.status_code == 200 and answer.json()["success"]
        assert time.monotonic() - start < 60
    finally:
        stop_server(process)


def test_log_level_warning_leaves_out_the_access_log():
    url, process = start_server("--log-level", "warning")
    try:
        for _ in range(5):
            assert requests.get(url + "/health", timeout=5).status_code == 200
        time.sleep(0.3)
        assert not [line for line in process.log if "GET /health" in line]
    finally:
        stop_server(process)
