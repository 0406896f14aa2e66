"""Schemathesis, with every check, finds nothing the OpenAPI document at /openapi.json does not describe.

The document is loaded from the live server (what it serves is what clients read). TEXTBI_OPENAPI names a file to
check instead (an edited document against an older binary); SCHEMATHESIS_ARGS adds options (`--seed 7`). About a
minute and a half.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

from conftest import start_server, stop_server

# Where the schema can't say what a valid request is, the statuses that still mean "accepted, and answered".
CONFIG = """
# Cube's query API: a well-formed query can still name members the model doesn't have (400 UserError).
[[operations]]
include-path-regex = "^/cubejs-api/v1/(load|sql|dry-run)$"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429", "5xx"]

# A well-formed question can still not be understood (422 not_understood / needs_clarification).
[[operations]]
include-path = "/workflow/query-sync"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "404", "409", "422", "429", "5xx"]

# `message` is needed unless Last-Event-ID names a run to resume: OpenAPI can't tie a parameter to a header.
[[operations]]
include-path = "/workflow/query"
include-method = "GET"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429", "5xx"]

# A body over 64 KiB is refused with 413 before it is read.
[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]
"""


def schemathesis_command():
    script = os.path.join(os.path.dirname(sys.executable), "schemathesis")
    return [script] if os.path.exists(script) else [shutil.which("schemathesis") or "schemathesis"]


def test_schemathesis_finds_nothing_undocumented():
    url, process = start_server()
    folder = tempfile.mkdtemp(prefix="textbi-schemathesis-")
    try:
        config = os.path.join(folder, "schemathesis.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(CONFIG)
        schema = os.environ.get("TEXTBI_OPENAPI") or url + "/openapi.json"
        command = schemathesis_command() + [
            "--config-file", config, "--no-color", "run", schema, "--url", url,
            "--checks", "all", "--max-examples", "50", "--seed", "1", "--request-timeout", "10",
            "--generation-database", "none", *shlex.split(os.environ.get("SCHEMATHESIS_ARGS", "")),
        ]
        result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=300,
                                env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        report = result.stdout + result.stderr
        log = "".join(getattr(process, "log", [])[-40:])
        assert result.returncode == 0, f"schemathesis found problems (exit {result.returncode}):\n{report}\n--- server log (end) ---\n{log}"
    finally:
        stop_server(process)
        shutil.rmtree(folder, ignore_errors=True)

