#!/usr/bin/env python3
"""Differential test: seeded random Cube queries against a live textbi, checked by an independent evaluator.

    python3 Tests/Differential/run_differential.py --binary PATH --queries 1000 [--seed S]
            [--token-claims '{"department":"销售部"}'] [--token-claims '{"city":"北京"}'] [--only N]

Starts `textbi serve` on port 0 over a freshly migrated temporary database, generates queries (each from its
own RNG seeded with "<seed>:<index>", so `--seed S --only N` replays query N alone), sends each to
/cubejs-api/v1/load and compares textbi's rows with cube_eval's. With --token-claims (repeatable), the server
gets an API secret and each claims object is one more run of the same number of queries under a JWT carrying
those claims; rows must then also never lie outside the claim. Exit status 1 on any failure.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

import jwt
import requests

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cube_eval as ce  # noqa: E402
import generate as gen  # noqa: E402

ROOT = ce.ROOT
SECRET = "differential-test-secret-of-at-least-32-bytes!"


class Server:
    def __init__(self, binary, today, secret=None, database=None, serve_args=(), refresh=False):
        self.folder = tempfile.mkdtemp(prefix="textbi-diff-")
        # A postgres:// URL serves from PostgreSQL (migrated there, idempotently); the ground truth stays the CSVs.
        self.database = database or os.path.join(self.folder, "db.sqlite")
        subprocess.run([binary, "migrate", "--database", self.database,
                        "--migrations", os.path.join(ROOT, "Migrations"), "--seed", os.path.join(ROOT, "SampleData")],
                       cwd=ROOT, check=True, capture_output=True, timeout=120)
        if refresh:
            # Build the model's rollups before serving, so every query can be answered from them where they match.
            subprocess.run([binary, "refresh", "--database", self.database, "--model", os.path.join(ROOT, "SampleData", "model"),
                            "--today", today], cwd=ROOT, check=True, capture_output=True, timeout=600)
        self.log_path = os.path.join(self.folder, "serve.log")
        self.log = open(self.log_path, "w")
        args = [binary, "serve", "--database", self.database, "--model", os.path.join(ROOT, "SampleData", "model"),
                "--port", "0", "--host", "127.0.0.1", "--today", today]
        if secret:
            args += ["--api-secret", secret]
        args += list(serve_args)
        # stderr goes to a file: a pipe nobody reads would fill up with access-log lines and stall the server
        self.process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.time() + 60
        self.url = None
        while time.time() < deadline and self.url is None:
            if self.process.poll() is not None:
                raise RuntimeError("textbi serve exited:\n" + open(self.log_path).read()[-2000:])
            m = re.search(r"http://127\.0\.0\.1:(\d+)", open(self.log_path, errors="replace").read())
            if m:
                self.url = f"http://127.0.0.1:{m.group(1)}"
            else:
                time.sleep(0.1)
        if self.url is None:
            self.stop()
            raise RuntimeError("textbi serve did not report its port")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def token_for(claims):
    return jwt.encode({**claims, "exp": int(time.time()) + 6 * 3600}, SECRET, algorithm="HS256")


def rls_violations(evaluator, query, claims, rows):
    """Rows whose member values lie outside an applied equals-policy (e.g. another department's name)."""
    if not claims:
        return []
    out = []
    for f in evaluator.plan(query, claims)["rls"]:
        if f["operator"] != "equals":
            continue
        member = f["member"]
        allowed = {ce._hash_key(ce._param(v, evaluator.model.dimension_type(member))) for v in f["values"]}
        for i, row in enumerate(rows):
            if isinstance(row, dict) and member in row and ce._hash_key(ce._canon(row[member])) not in allowed:
                out.append(f"row {i}: {member} = {row[member]!r} lies outside the claim {f['values']}")
    return out


def run_mode(args, evaluator, server, seed, claims, show_budget):
    label = "no token" if claims is None else f"claims {json.dumps(claims, ensure_ascii=False)}"
    generator = gen.QueryGenerator(evaluator, claims)
    rollup_generators = gen.rollup_generators(evaluator, claims) if args.rollup_share > 0 else []
    session = requests.Session()
    headers = {"Content-Type": "application/json"}
    if server_has_secret(args):
        headers["Authorization"] = "Bearer " + token_for(claims or {})
    stats = collections.Counter()
    refusals = collections.Counter()
    failures = []
    indices = [args.only] if args.only is not None else range(args.queries)
    started = time.time()
    for index in indices:
        query = gen.query_for(evaluator, seed, index, claims, generator, rollup_generators, args.rollup_share)
        problems = []
        kind = None
        try:
            expected = evaluator.run(query, claims)
        except ce.CubeUserError as e:  # the generator only makes valid queries, so this is a generator bug
            expected, problems, kind = None, [f"evaluator judged the query invalid: {e}"], "invalid"
        got = None
        for attempt in range(args.repeat if kind is None else 0):
            try:
                response = session.post(server.url + "/cubejs-api/v1/load", data=json.dumps({"query": query}),
                                        headers=headers, timeout=args.timeout)
            except requests.RequestException as e:
                problems, kind = [f"request failed: {e}"], "http"
            else:
                if response.status_code == 400:
                    try:
                        message = response.json().get("error")
                    except ValueError:
                        message = response.text[:300]
                    problems, kind = [f"textbi refused with 400: {message}"], "refused"
                    refusals[_message_class(str(message))] += 1
                elif response.status_code != 200:
                    problems, kind = [f"HTTP {response.status_code}: {response.text[:300]}"], "http"
                else:
                    body = response.json()
                    result = body["results"][0] if "results" in body and body.get("data") is None else body
                    got = result.get("data")
                    if result.get("usedPreAggregations"):
                        stats["from rollup"] += 1
                    if result.get("fromCache"):
                        stats["from cache"] += 1
                    problems = ce.compare(query, expected, got,
                                          full_expected=lambda: evaluator.run(query, claims, apply_limit=False),
                                          inexact=evaluator.inexact_measures())
                    if problems:
                        kind = "mismatch"
                    violations = rls_violations(evaluator, query, claims, got or [])
                    if violations:
                        problems += violations
                        kind = "rls"
            if problems:
                break
        if problems:
            stats["failed"] += 1
            stats[kind] += 1
            failures.append(index)
            if show_budget[0] > 0:
                show_budget[0] -= 1
                print_failure(label, seed, index, query, expected, got, problems, claims)
        else:
            stats["passed"] += 1
        if args.progress and (index + 1) % 100 == 0:
            print(f"  [{label}] {index + 1} queries, {stats['failed']} failed, {time.time() - started:.0f}s",
                  file=sys.stderr, flush=True)
    return stats, refusals, failures


def server_has_secret(args):
    return bool(args.token_claims)


def _message_class(message):
    return re.sub(r"'[^']*'|\"[^\"]*\"|\d+(\.\d+)?", "…", message)[:120]


def print_failure(label, seed, index, query, expected, got, problems, claims):
    print(f"--- FAILED query #{index} [{label}] (replay: --seed {seed} --only {index}"
          + (f" --token-claims '{json.dumps(claims, ensure_ascii=False)}'" if claims else "") + ")")
    print("query:    " + json.dumps(query, ensure_ascii=False))
    for p in problems[:8]:
        print("  - " + p)
    if expected is not None:
        print(f"expected ({len(expected)} rows): " + json.dumps(expected[:4], ensure_ascii=False))
    if got is not None:
        print(f"got      ({len(got)} rows): " + json.dumps(got[:4], ensure_ascii=False))
    print()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("TEXTBI_BIN", os.path.join(ROOT, ".build", "debug", "textbi")))
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--seed", default=None, help="a seed to replay; a new random one otherwise")
    parser.add_argument("--token-claims", action="append", default=[],
                        help="JSON claims for a JWT; repeatable; each is one more run of --queries queries")
    parser.add_argument("--no-plain", action="store_true", help="with --token-claims, skip the run without claims")
    parser.add_argument("--only", type=int, default=None, help="replay only this query index")
    parser.add_argument("--today", default="2026-06-15")
    parser.add_argument("--show", type=int, default=10, help="failures to print in full")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--data-from-db", action="store_true",
                        help="evaluate over the migrated database's rows instead of the CSV files")
    parser.add_argument("--progress", action="store_true")
    parser.add_argument("--no-pre-aggregations", action="store_true",
                        help="serve with rollups off (every query on the raw tables); by default they are built first")
    parser.add_argument("--no-cache", action="store_true", help="serve with the result cache off")
    parser.add_argument("--rollup-share", type=float, default=0.5,
                        help="share of queries drawn from one pre-aggregation's members (so rollups get matched); 0 for none")
    parser.add_argument("--repeat", type=int, default=1,
                        help="send every query this many times; each answer is checked (a repeat comes from the result cache when it is on)")
    parser.add_argument("--database", default=None,
                        help="serve from this database instead of a fresh SQLite file (a postgres:// URL: the PostgreSQL run)")
    args = parser.parse_args(argv)

    seed = args.seed if args.seed is not None else str(random.SystemRandom().randrange(10 ** 9))
    print(f"differential seed: {seed}", flush=True)
    modes = [json.loads(c) for c in args.token_claims]
    if not args.token_claims or not args.no_plain:
        modes = [None] + modes
    if args.database and args.data_from_db:
        raise SystemExit("--data-from-db reads a SQLite file; with --database the ground truth is the CSV files")
    serve_args = (["--no-pre-aggregations"] if args.no_pre_aggregations else []) + (["--no-cache"] if args.no_cache else [])
    sqlite = args.database is None or not args.database.startswith("postgres")
    server = Server(args.binary, args.today, SECRET if args.token_claims else None, args.database, serve_args,
                    refresh=sqlite and not args.no_pre_aggregations)
    print("serving with " + ("rollups off" if args.no_pre_aggregations
                             else "rollups on" if sqlite else "rollups unsupported on PostgreSQL (raw tables)")
          + (", cache off" if args.no_cache else ", cache on") + (f", each query sent {args.repeat}x" if args.repeat > 1 else ""),
          flush=True)
    try:
        evaluator = ce.default_evaluator(args.today, database=server.database if args.data_from_db else None)
        total = collections.Counter()
        all_refusals = collections.Counter()
        show_budget = [args.show]
        for claims in modes:
            stats, refusals, failures = run_mode(args, evaluator, server, seed, claims, show_budget)
            label = "no token" if claims is None else json.dumps(claims, ensure_ascii=False)
            print(f"[{label}] {stats['passed']} passed, {stats['failed']} failed "
                  f"(row mismatches {stats['mismatch']}, refused with 400 {stats['refused']}, "
                  f"other HTTP errors {stats['http']}, RLS violations {stats['rls']}, "
                  f"judged invalid by the evaluator {stats['invalid']}; answers from a rollup {stats['from rollup']}, "
                  f"from the result cache {stats['from cache']})")
            if failures:
                print(f"[{label}] failing indices: {' '.join(map(str, failures[:60]))}"
                      + (" …" if len(failures) > 60 else ""))
            total.update(stats)
            all_refusals.update(refusals)
        if all_refusals:
            print("400 messages: " + "; ".join(f"{n}× {m}" for m, n in all_refusals.most_common(8)))
        print(f"seed {seed}: refused with 400: {total['refused']}, row mismatches: {total['mismatch']}, "
              f"other HTTP errors: {total['http']}, RLS violations: {total['rls']}")
        print(f"differential: {total['passed']} passed, {total['failed']} failed")
        return 1 if total["failed"] else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
