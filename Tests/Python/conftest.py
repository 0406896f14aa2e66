"""Starts the real textbi binary on a free port over a freshly migrated sample database."""
import os
import re
import subprocess
import tempfile
import time

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("TEXTBI_BIN", os.path.join(ROOT, ".build", "debug", "textbi"))


@pytest.fixture(scope="session")
def server():
    folder = tempfile.mkdtemp(prefix="textbi-py-")
    database = os.path.join(folder, "sample.sqlite")
    subprocess.run([BINARY, "migrate", "--database", database], cwd=ROOT, check=True, capture_output=True)
    process = subprocess.Popen(
        [BINARY, "serve", "--port", "0", "--database", database, "--today", "2026-11-25"],
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
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=20)
