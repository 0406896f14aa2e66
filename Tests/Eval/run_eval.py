#!/usr/bin/env python3
"""Accuracy of textbi's understanding over Tests/Eval/corpus.jsonl, against the live server (query-sync).

Each answered question is right when its rows equal those of the corpus's own SQL, run directly on SQLite;
wrong when they differ; a refusal (422 not understood) is counted apart. Out-of-domain questions are right
only when refused, with the database unchanged. Prints a table per phenomenon and exits 1 below the goals:
at least 97% right, at most 1% wrong, every out-of-domain question refused.
"""
import collections
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("TEXTBI_BIN", os.path.join(ROOT, ".build", "debug", "textbi"))
GOAL_RIGHT, GOAL_WRONG = 0.97, 0.01


def start_server(database, served=None):
    """Migrates `database` (the SQLite file the reference SQL runs on) and serves it, or serves `served` (a
    postgres:// URL, migrated the same way) so the corpus checks PostgreSQL against the same reference."""
    subprocess.run([BINARY, "migrate", "--database", database], cwd=ROOT, check=True, capture_output=True)
    if served:
        subprocess.run([BINARY, "migrate", "--database", served], cwd=ROOT, check=True, capture_output=True)
    process = subprocess.Popen([BINARY, "serve", "--port", "0", "--database", served or database, "--today", "2026-11-25"],
                               cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        match = re.search(r"http://127\.0\.0\.1:(\d+)", process.stderr.readline())
        if match:
            return process, f"http://127.0.0.1:{match.group(1)}"
    process.kill()
    raise SystemExit("textbi serve did not report its port")


def ask(url, question):
    body = json.dumps({"message": question}).encode()
    request = urllib.request.Request(url + "/workflow/query-sync", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def norm(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 6)
    return value


def rows_of(data):
    out = []
    for row in data:
        keys = [k for k in row if not any(other.startswith(k + ".") for other in row)]
        out.append(tuple(norm(row[k]) for k in keys))
    return out


def counts(db):
    return tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("departments", "employees", "performance_reviews"))


def main():
    cases = [json.loads(line) for line in open(os.path.join(os.path.dirname(__file__), "corpus.jsonl"), encoding="utf-8")]
    folder = tempfile.mkdtemp(prefix="textbi-eval-")
    database = os.path.join(folder, "eval.sqlite")
    served = sys.argv[sys.argv.index("--database") + 1] if "--database" in sys.argv else None
    if served:
        print(f"serving from {served.split('@')[-1]}; reference SQL on SQLite")
    process, url = start_server(database, served)
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    before = counts(db)
    table = collections.defaultdict(collections.Counter)
    held = collections.Counter()
    failures = []
    timings = []
    try:
        for case in cases:
            started = time.perf_counter()
            status, body = ask(url, case["question"])
            timings.append(time.perf_counter() - started)
            phenomenon = case["phenomenon"]
            if case["sql"] is None:
                outcome = "right" if status == 422 else "wrong"
            elif status == 422:
                outcome = "refused"
            elif status != 200:
                outcome = "error"
            else:
                got = rows_of(body.get("data", []))
                expected = [tuple(norm(v) for v in row) for row in db.execute(case["sql"]).fetchall()]
                if not case["ordered"]:
                    got, expected = sorted(got, key=repr), sorted(expected, key=repr)
                outcome = "right" if got == expected else "wrong"
                if outcome == "wrong":
                    failures.append((case, body.get("query"), got[:3], expected[:3]))
            if outcome != "right" and case["sql"] is not None and outcome != "wrong":
                failures.append((case, body.get("error"), None, None))
            if case["sql"] is None and outcome == "wrong":
                failures.append((case, body.get("query"), None, None))
            table[phenomenon][outcome] += 1
            table[phenomenon]["total"] += 1
            if case.get("held_out"):
                held[outcome] += 1
                held["total"] += 1
    finally:
        process.terminate()
        process.wait(timeout=20)
    unchanged = counts(db) == before

    print(f"{'phenomenon':<20}{'questions':>10}{'right':>9}{'refused':>9}{'wrong':>8}{'error':>8}")
    totals = collections.Counter()
    for phenomenon in sorted(table):
        c = table[phenomenon]
        totals.update(c)
        n = c["total"]
        print(f"{phenomenon:<20}{n:>10}{c['right'] / n:>9.1%}{c['refused'] / n:>9.1%}{c['wrong'] / n:>8.1%}{c['error'] / n:>8.1%}")
    n = totals["total"]
    right, wrong = totals["right"] / n, totals["wrong"] / n
    zh = sum(c["lang"] == "zh" for c in cases)
    print(f"{'all':<20}{n:>10}{right:>9.1%}{totals['refused'] / n:>9.1%}{wrong:>8.1%}{totals['error'] / n:>8.1%}")
    print(f"\n{n} questions ({zh} Chinese, {n - zh} English); median {sorted(timings)[len(timings) // 2] * 1000:.1f} ms per question over HTTP")
    if held["total"]:
        print(f"held out (written after the rules, not tuned for): {held['total']} questions, right {held['right'] / held['total']:.1%}, "
              f"refused {held['refused'] / held['total']:.1%}, wrong {held['wrong'] / held['total']:.1%}")
    ood = table["out_of_domain"]
    print(f"out-of-domain refused: {ood['right']}/{ood['total']}; database unchanged: {unchanged}")
    for case, query, got, expected in failures[:40]:
        print(f"\n  ✘ [{case['phenomenon']}] {case['question']}\n    query: {json.dumps(query, ensure_ascii=False)}\n    got: {got}\n    expected: {expected}")
    ok = right >= GOAL_RIGHT and wrong <= GOAL_WRONG and ood["right"] == ood["total"] and unchanged
    print(f"\n{'PASS' if ok else 'FAIL'}: right {right:.1%} (goal ≥ {GOAL_RIGHT:.0%}), wrong {wrong:.1%} (goal ≤ {GOAL_WRONG:.0%})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
