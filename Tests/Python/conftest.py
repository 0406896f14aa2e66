"""Starts the real textbi binary on a free port over a freshly migrated sample database."""
import os
import re
import subprocess
import tempfile
import threading
import time

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("TEXTBI_BIN", os.path.join(ROOT, ".build", "debug", "textbi"))


def start_server(*extra, with_database=False, drain_log=True, database=None):
    """Migrates a fresh database (or `database`, a PostgreSQL URL) and starts `textbi serve` on a free port;
    returns (url, process[, database])."""
    if database is None:
        folder = tempfile.mkdtemp(prefix="textbi-py-")
        database = os.path.join(folder, "sample.sqlite")
    subprocess.run([BINARY, "migrate", "--database", database], cwd=ROOT, check=True, capture_output=True)
    process = subprocess.Popen(
        [BINARY, "serve", "--port", "0", "--database", database, "--today", "2026-11-25", *extra],
        cwd=ROOT, stderr=subprocess.PIPE, text=True)
    port = None
    deadline = time.time() + 30
    while time.time() < deadline and port is None:
        line = process.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if match:
            port = int(match.group(1))
    if port is None:
        process.kill()
        raise RuntimeError("textbi serve did not report its port")
    # Keep reading the log, or a full pipe would block the server's next log line (and everything waiting on it).
    log = []
    process.log = log
    if drain_log:
        threading.Thread(target=lambda: [log.append(line) for line in process.stderr], daemon=True).start()
    url = f"http://127.0.0.1:{port}"
    return (url, process, database) if with_database else (url, process)


def stop_server(process):
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="session")
def server():
    url, process = start_server()
    yield url
    stop_server(process)


@pytest.fixture(scope="session")
def slow_server():
    """A server whose every step waits 1.5 s, to watch and cancel a run in progress."""
    url, process = start_server("--step-delay-ms", "1500")
    yield url
    stop_server(process)
