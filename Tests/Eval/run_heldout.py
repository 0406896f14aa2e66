#!/usr/bin/env python3
"""Held-out accuracy of textbi on question sets it was never tuned for (Tests/Eval/heldout/<set>/).

    python3 Tests/Eval/run_heldout.py [--binary PATH] [--set NAME ...] [--max-wrong-rate 0.01]

For each set folder holding questions.jsonl: build its database (load.py DB into a temp dir; a folder without
load.py gets the sample database from `textbi migrate`), start `textbi serve --port 0 --database DB --model
<set>/model --today 2026-11-25` (the sample model when the set has no model/), POST every question to
/workflow/query-sync and classify it:

  answered (200)  right if its rows equal the rows of the set's SQL run on SQLite (floats rounded to 6 places,
                  order ignored unless "ordered"), else wrong; a question whose sql is null is wrong if answered
  422             refused (not understood / needs clarification); right for a sql-null question
  other status    error (right for a sql-null question: it got no number)

The database must be unchanged (row counts of every table but textbi's own rollup tables, `textbi_*`, which serve's
background refresh writes) after the run. Exits 1 when any set's wrong rate is
above --max-wrong-rate, its model doesn't load, or its database changed. Standard library only.
"""
import argparse
import collections
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HELDOUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout")
TODAY = "2026-11-25"


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# Rows are normalised exactly as the corpus evaluator does it.
from run_eval import norm, rows_of  # noqa: E402


TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T00:00:00\.000$")


def same_time_format(got, expected):
    """Time buckets compared by value, not spelling: where textbi's column holds period-start timestamps, the
    hand-written SQL's '2025-01', 2016, '2025-01-01' or a quarter number 1-4 name the same period. Only the
    representation changes; a different period still differs."""
    if not got or not expected or len(got[0]) != len(expected[0]):
        return got, expected
    got = [list(r) for r in got]
    expected = [list(r) for r in expected]
    for c in range(len(got[0])):
        column = [r[c] for r in got if r[c] is not None]
        if not column or not all(isinstance(v, str) and TIMESTAMP.match(v) for v in column):
            continue
        want = [r[c] for r in expected if r[c] is not None]
        parts = lambda v: tuple(int(x) for x in TIMESTAMP.match(v).groups())
        if want and all(isinstance(v, int) and 1 <= v <= 4 for v in want):
            convert = lambda v: (parts(v)[1] - 1) // 3 + 1
        elif want and all(isinstance(v, int) and 1 <= v <= 12 for v in want):
            convert = lambda v: parts(v)[1]
        elif want and all(isinstance(v, int) and 1000 <= v <= 9999 for v in want):
            convert = lambda v: parts(v)[0]
        else:
            convert = lambda v: v[:10]
            for r in expected:
                if isinstance(r[c], str) and re.match(r"^\d{4}(-\d{2})?(-\d{2})?", r[c]):
                    text = r[c][:10]
                    r[c] = text + ("-01-01" if len(text) == 4 else "-01" if len(text) == 7 else "")
        for r in got:
            if r[c] is not None:
                r[c] = convert(r[c])
    return [tuple(r) for r in got], [tuple(r) for r in expected]


def label_columns(body):
    """Which of the answer's columns (in rows_of order) are dimensions of its query: the labels of its rows."""
    data, query = body.get("data") or [], body.get("query") or {}
    if not data:
        return []
    keys = [k for k in data[0] if not any(other.startswith(k + ".") for other in data[0])]
    dims = set(query.get("dimensions", [])) | {t["dimension"] for t in query.get("timeDimensions", [])}
    return [k in dims or k.rsplit(".", 1)[0] in dims for k in keys]


def without_context_columns(got, expected, labels=()):
    """Columns an answer shows beside the asked ones, for context, are not a wrong answer:
    - "Which departments have budgets over 10 million?" with the truth naming only the departments: the same
      departments with their budgets after them answer it (trailing columns dropped when the truth has only labels);
    - "When did employee 42 join?" with the truth only the date: the person's name before the date answers it (a
      truth of labels only is compared with the answer's first and with its last columns);
    - "What is the highest math score of any district?" with the truth only the number: the district named before the
      same number answers it (leading label columns dropped when the truth has only numbers; a column is a label
      when it holds text or is a dimension of the answer's query, as a row's id is); where the labels are numbers
      (which neuroticism score is the most common), the leading columns are compared too.
    Rows must keep their count and every answer row must be wider, so a wrong label, a wrong number or an extra row is
    still wrong; a truth that mixes labels and numbers is compared whole."""
    if not got or not expected or len(got) != len(expected):
        return got
    width = len(expected[0])
    if not all(len(row) > width for row in got):
        return got
    numeric = lambda v: isinstance(v, (int, float))
    if all(not numeric(v) for row in expected for v in row):
        # The labels asked for come first (departments, then their budgets) or last (the person named, then the
        # date asked of them): either view is the answer's, with context beside it.
        return [[tuple(row[:width]) for row in got], [tuple(row[-width:]) for row in got]]
    # The leading columns are labels when they hold text, or when the answer's query names them as dimensions (the
    # quake's id before its station count).
    lead = len(got[0]) - width
    dimension_labels = len(labels) == len(got[0]) and all(labels[:lead])
    if all(numeric(v) for row in expected for v in row) and (dimension_labels or all(not numeric(v) for row in got for v in row[:-width])):
        # A label may itself be a number (which neuroticism score is the most common: 10, shown with its count):
        # then the leading columns are the answer's view as well.
        if dimension_labels:
            return [[tuple(row[-width:]) for row in got], [tuple(row[:width]) for row in got]]
        return [tuple(row[-width:]) for row in got]
    return got


def table_counts(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'textbi_%' ORDER BY name")]
        return {name: db.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        db.close()


def build_database(binary, folder, database):
    loader = os.path.join(folder, "load.py")
    if os.path.exists(loader):
        subprocess.run([sys.executable, loader, database], cwd=ROOT, check=True)
    else:
        subprocess.run([binary, "migrate", "--database", database], cwd=ROOT, check=True, capture_output=True)


class Server:
    def __init__(self, binary, database, model):
        self.log = collections.deque(maxlen=200)
        self.process = subprocess.Popen(
            [binary, "serve", "--port", "0", "--database", database, "--model", model, "--today", TODAY],
            cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.url = None
        deadline = time.time() + 60
        while time.time() < deadline:
            line = self.process.stderr.readline()
            if not line:
                if self.process.poll() is not None:
                    break
                continue
            self.log.append(line.rstrip("\n"))
            match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
            if match:
                self.url = f"http://127.0.0.1:{match.group(1)}"
                break
        if self.url is None:
            self.stop()
            rest = self.process.stderr.read() if self.process.stderr else ""
            self.log.extend(rest.splitlines())
            return
        # keep draining the log so the server never blocks on a full pipe
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for line in self.process.stderr:
            self.log.append(line.rstrip("\n"))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def ask(url, question):
    body = json.dumps({"message": question}).encode()
    request = urllib.request.Request(url + "/workflow/query-sync", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw or b"{}")
        except ValueError:
            return error.code, {"raw": raw.decode("utf-8", "replace")[:300]}
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        return 0, {"error": {"message": str(error)}}


def run_set(name, binary, max_wrong_rate, show_refused=False):
    folder = os.path.join(HELDOUT, name)
    cases = [json.loads(line) for line in open(os.path.join(folder, "questions.jsonl"), encoding="utf-8") if line.strip()]
    model = os.path.join(folder, "model") if os.path.isdir(os.path.join(folder, "model")) else os.path.join(ROOT, "SampleData", "model")
    temp = tempfile.mkdtemp(prefix=f"textbi-heldout-{name}-")
    database = os.path.join(temp, f"{name}.sqlite")
    try:
        build_database(binary, folder, database)
        before = table_counts(database)
        server = Server(binary, database, model)
        if server.url is None:
            print(f"\n== {name}: textbi serve did not start (model {os.path.relpath(model, ROOT)}):")
            for line in list(server.log)[-30:]:
                print("   " + line)
            print(f"heldout {name}: {len(cases)} questions, NOT RUN (textbi could not start with this model/database)")
            return False
        outcomes = collections.Counter()
        by_kind = collections.defaultdict(collections.Counter)
        wrong, errors, refused = [], [], []
        db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            for case in cases:
                status, body = ask(server.url, case["question"])
                got = expected = None
                if case["sql"] is None:
                    outcome = "wrong" if status == 200 else "right"
                    if status == 200:
                        got = rows_of(body.get("data", []))
                elif status == 200:
                    got = rows_of(body.get("data", []))
                    expected = [tuple(norm(v) for v in row) for row in db.execute(case["sql"]).fetchall()]
                    views = without_context_columns(got, expected, label_columns(body))
                    shown = [same_time_format(view, expected) for view in (views if views and isinstance(views[0], list) else [views])]
                    outcome = "wrong"
                    got, expected = shown[0]
                    for view, truth in shown:
                        if (view == truth) if case.get("ordered") else (sorted(view, key=repr) == sorted(truth, key=repr)):
                            outcome, got, expected = "right", view, truth
                            break
                elif status == 422:
                    outcome = "refused"
                else:
                    outcome = "error"
                if outcome == "wrong":
                    wrong.append((case, body.get("query"), got, expected))
                elif outcome == "error":
                    errors.append((case, status, body.get("error") or body))
                elif outcome == "refused" and case["sql"] is not None:
                    refused.append((case, body.get("error") or body))
                outcomes[outcome] += 1
                by_kind[case.get("kind", "answer")][outcome] += 1
        finally:
            db.close()
            server.stop()
        after = table_counts(database)
    finally:
        shutil.rmtree(temp, ignore_errors=True)

    n = len(cases)
    zh = sum(c.get("lang") == "zh" for c in cases)
    print(f"\n== {name}: {n} questions ({zh} Chinese), model {os.path.relpath(model, ROOT)}")
    print(f"{'kind':<16}{'questions':>10}{'right':>12}{'wrong':>12}{'refused':>12}{'error':>12}")
    rows = sorted(by_kind.items()) + [("all", outcomes)]
    for kind, c in rows:
        total = sum(c.values())
        cells = "".join(f"{c[o]:>5} {c[o] / total:>5.0%}" for o in ("right", "wrong", "refused", "error"))
        print(f"{kind:<16}{total:>10}  {cells}")
    unchanged = before == after
    print(f"database unchanged: {unchanged} ({', '.join(f'{t} {k}' for t, k in before.items())})")
    for case, query, got, expected in wrong:
        print(f"\n  ✘ wrong #{case['id']} [{case.get('kind')}] {case['question']}")
        print(f"    query: {json.dumps(query, ensure_ascii=False)}")
        print(f"    textbi: {(got or [])[:4]}{' …' if got and len(got) > 4 else ''}")
        print(f"    truth:  {(expected or [])[:4] if case['sql'] else 'no number should be given'}{' …' if expected and len(expected) > 4 else ''}")
    if show_refused:
        for case, error in refused:
            words = error.get("notUnderstood") or error.get("clarification", {}).get("notUnderstood")
            print(f"\n  ? refused #{case['id']} {case['question']}: {error.get('message', '')[:200]}"
                  f"{'' if not words else ' ' + json.dumps(words, ensure_ascii=False)}")
    for case, status, error in errors:
        print(f"\n  ! error #{case['id']} {case['question']}: HTTP {status} {json.dumps(error, ensure_ascii=False)[:300]}")
    print(f"\nheldout {name}: {n} questions, {outcomes['right']} right, {outcomes['wrong']} wrong, "
          f"{outcomes['refused']} refused, {outcomes['error']} error")
    ok = outcomes["wrong"] / n <= max_wrong_rate and unchanged
    if not ok:
        print(f"FAIL {name}: wrong {outcomes['wrong'] / n:.1%} (max {max_wrong_rate:.1%}){'' if unchanged else '; DATABASE CHANGED'}")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.environ.get("TEXTBI_BIN", os.path.join(ROOT, ".build", "debug", "textbi")))
    parser.add_argument("--set", action="append", dest="sets", metavar="NAME", help="run only this set (repeatable)")
    parser.add_argument("--max-wrong-rate", type=float, default=0.01)
    parser.add_argument("--show-refused", action="store_true", help="print each refused answerable question and why")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    available = sorted(d for d in os.listdir(HELDOUT) if os.path.isfile(os.path.join(HELDOUT, d, "questions.jsonl")))
    sets = args.sets or available
    unknown = [s for s in sets if s not in available]
    if unknown:
        raise SystemExit(f"no such set: {', '.join(unknown)} (have: {', '.join(available)})")
    results = {name: run_set(name, binary, args.max_wrong_rate, args.show_refused) for name in sets}
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
