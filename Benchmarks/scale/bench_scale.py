#!/usr/bin/env python3
"""Data at scale: rollups vs raw tables vs the sqlite3 shell vs the result cache, on a sample grown to N reviews.

    python3 Benchmarks/scale/bench_scale.py [--rows 10000000] [--binary .build/release/textbi] [--database data/scale-10000000.sqlite]

1. `textbi migrate --scale N` makes the database once (kept for the next run), `textbi refresh --force` builds every
   rollup (timed per partition).
2. Each example question's Cube query runs through /cubejs-api/v1/load on a release server: on the raw tables
   (--no-pre-aggregations --no-cache), from the rollups (--no-cache), and repeated from the result cache; the rows
   must be identical on every path. Times are wall-clock medians per request, client side, over loopback.
3. The raw SQL of one aggregate is timed in the sqlite3 shell too (`.timer on`), for textbi's overhead.
4. New rows arrive in one partition: rebuilding that partition is timed against rebuilding the whole rollup.
Ratios are from this one run; the machine's other load shows in them.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The example questions (Benchmarks/questions.txt and the README) as the Cube queries textbi turns them into.
QUESTIONS = [
    ("各部门员工人数 / headcount by department",
     {"measures": ["employees.count"], "dimensions": ["departments.name"]}),
    ("各部门平均工资 / average salary by department",
     {"measures": ["employees.avg_salary"], "dimensions": ["departments.name"]}),
    ("每月入职人数 / hires by month",
     {"measures": ["employees.count"], "timeDimensions": [{"dimension": "employees.hire_date", "granularity": "month"}]}),
    ("各城市离职率 / attrition rate by city",
     {"measures": ["employees.attrition_rate"], "dimensions": ["employees.city"]}),
    ("各绩效等级的考核次数 / reviews by rating",
     {"measures": ["performance_reviews.count"], "dimensions": ["performance_reviews.rating"]}),
    ("每年平均绩效分 / average score by year",
     {"measures": ["performance_reviews.avg_score"], "dimensions": ["performance_reviews.year"]}),
    ("各部门优秀率 / excellent rate by department",
     {"measures": ["performance_reviews.excellent_rate"], "dimensions": ["departments.name"]}),
]
SQLITE_SHELL_QUERY = {"measures": ["performance_reviews.count", "performance_reviews.max_score"],
                      "dimensions": ["performance_reviews.rating"]}


class Server:
    def __init__(self, binary, database, *flags):
        self.log = open(database + ".serve.log", "w")
        self.process = subprocess.Popen(
            [binary, "serve", "--database", database, "--port", "0", "--no-background-refresh", "--timeout-ms", "600000",
             "--log-level", "warning", "--idle-timeout-seconds", "3600", *flags], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.time() + 600
        self.url = None
        while self.url is None and time.time() < deadline:
            m = re.search(r"http://127\.0\.0\.1:(\d+)", open(self.log.name, errors="replace").read())
            if m:
                self.url = f"http://127.0.0.1:{m.group(1)}"
            elif self.process.poll() is not None:
                raise SystemExit("serve exited: " + open(self.log.name).read()[-2000:])
            else:
                time.sleep(0.2)

    def load(self, query):
        """One request on a kept-alive connection (as a real client holds one), timed to the last byte."""
        if getattr(self, "connection", None) is None:
            host, port = self.url.rsplit("/", 1)[1].split(":")
            self.connection = http.client.HTTPConnection(host, int(port), timeout=600)
        body = json.dumps({"query": query})
        start = time.perf_counter()
        try:
            self.connection.request("POST", "/cubejs-api/v1/load", body=body, headers={"Content-Type": "application/json"})
        except (BrokenPipeError, ConnectionResetError):  # the server closed an idle connection: open another
            self.connection.close()
            start = time.perf_counter()
            self.connection.request("POST", "/cubejs-api/v1/load", body=body, headers={"Content-Type": "application/json"})
        payload = self.connection.getresponse().read()
        elapsed = time.perf_counter() - start
        return elapsed, json.loads(payload)

    def sql(self, query):
        url = self.url + "/cubejs-api/v1/sql?query=" + urllib.parse.quote(json.dumps(query))
        with urllib.request.urlopen(url, timeout=600) as response:
            return json.loads(response.read())["sql"]

    def peak_rss_mb(self):
        try:
            for line in open(f"/proc/{self.process.pid}/status"):
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return float("nan")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


def median_time(server, query, runs):
    times, last = [], None
    for _ in range(runs):
        t, last = server.load(query)
        times.append(t)
    return statistics.median(times), last


def canonical(result):
    rows = []
    for row in result["data"]:
        rows.append(json.dumps({k: (round(v, 6) if isinstance(v, float) else v) for k, v in sorted(row.items())}, ensure_ascii=False))
    return sorted(rows)


def run(cmd):
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, out.stdout


def fmt_ms(seconds):
    return f"{seconds * 1000:9.2f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000, help="rows in performance_reviews (the largest table)")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "textbi"))
    parser.add_argument("--database", default=None)
    parser.add_argument("--raw-runs", type=int, default=3)
    parser.add_argument("--fast-runs", type=int, default=21)
    parser.add_argument("--today", default="2026-06-15")
    parser.add_argument("--shell-rounds", type=int, default=5, help="alternate rounds of textbi and the sqlite3 shell")
    args = parser.parse_args()
    database = args.database or os.path.join(ROOT, "data", f"scale-{args.rows}.sqlite")
    os.makedirs(os.path.dirname(database), exist_ok=True)

    if not os.path.exists(database):
        t, out = run([args.binary, "migrate", "--database", database, "--scale", str(args.rows)])
        print(f"migrate --scale {args.rows}: {t:.1f} s — {out.strip().splitlines()[0]}")
    counts = sqlite3.connect(database).execute(
        "SELECT (SELECT COUNT(*) FROM employees), (SELECT COUNT(*) FROM performance_reviews)").fetchone()
    print(f"database {database}: {counts[0]:,} employees, {counts[1]:,} performance reviews")
    t, out = run([args.binary, "refresh", "--database", database, "--today", args.today, "--force"])
    built = re.findall(r"built (\S+) partition (\S+): (\d+) rows in ([\d.]+) ms", out)
    print(f"refresh --force (every rollup, every partition): {t:.1f} s, {len(built)} partitions")
    by_rollup = {}
    for rollup, partition, rows, ms in built:
        by_rollup.setdefault(rollup, []).append((partition, int(rows), float(ms)))
    for rollup, parts in by_rollup.items():
        print(f"  {rollup}: {sum(p[1] for p in parts):,} rollup rows in {sum(p[2] for p in parts):.0f} ms over {len(parts)} partition(s)")

    raw = Server(args.binary, database, "--no-pre-aggregations", "--no-cache")
    fast = Server(args.binary, database, "--no-cache")
    cached = Server(args.binary, database, "--no-pre-aggregations")
    ok = True
    try:
        print(f"\n{'question':52} {'raw tables':>12} {'rollup':>12} {'ratio':>8}   rollup used")
        ratios = []
        for title, query in QUESTIONS:
            t_raw, r_raw = median_time(raw, query, args.raw_runs)
            t_fast, r_fast = median_time(fast, query, args.fast_runs)
            used = ", ".join(v.get("preAggregationId", k) for k, v in (r_fast.get("usedPreAggregations") or {}).items()) or "none"
            same = canonical(r_raw) == canonical(r_fast)
            ok &= same
            ratios.append(t_raw / t_fast)
            print(f"{title:52} {fmt_ms(t_raw)} {fmt_ms(t_fast)} {t_raw / t_fast:7.0f}×   {used}{'' if same else '  ROWS DIFFER'}")
        print(f"rollup speed-up: min {min(ratios):.0f}×, median {statistics.median(ratios):.0f}×")

        # textbi on the raw tables against the sqlite3 shell, same SQL, same file.
        sql = raw.sql(SQLITE_SHELL_QUERY)
        text, params = sql["sql"]
        assert not params, "the shell comparison query binds nothing"
        # Alternated, so the machine's other load falls on both alike.
        textbi_times, shell_times = [], []
        for _ in range(args.shell_rounds):
            textbi_times.append(raw.load(SQLITE_SHELL_QUERY)[0])
            shell = subprocess.run(["sqlite3", "-readonly", database], input=".timer on\n" + text + ";\n",
                                   capture_output=True, text=True, check=True)
            shell_times += [float(x) for x in re.findall(r"Run Time: real ([\d.]+)", shell.stdout)]
        t_textbi, t_shell = statistics.median(textbi_times), statistics.median(shell_times)
        print(f"\nraw aggregate (reviews by rating): textbi {fmt_ms(t_textbi)}, sqlite3 shell {fmt_ms(t_shell)}, "
              f"ratio {t_textbi / t_shell:.3f} (medians of {args.shell_rounds} alternated rounds)")

        # The result cache (rollups off): the first request runs on the raw table, repeats are answered from memory.
        for title, query in (QUESTIONS[0], QUESTIONS[4]):
            t_first, first = cached.load(query)
            t_hit, hit = median_time(cached, query, args.fast_runs)
            assert hit.get("fromCache") and canonical(hit) == canonical(first)
            print(f"result cache ({title}): first (raw) {fmt_ms(t_first)}, repeated {fmt_ms(t_hit)}, ratio {t_first / t_hit:.0f}×")
        print(f"peak RSS: raw server {raw.peak_rss_mb():.0f} MB, rollup server {fast.peak_rss_mb():.0f} MB, "
              f"cache server {cached.peak_rss_mb():.0f} MB")
    finally:
        for s in (raw, fast, cached):
            s.stop()

    # New rows in one partition: rebuild that partition, then the whole rollup, and compare.
    db = sqlite3.connect(database)
    next_id = db.execute("SELECT MAX(id) FROM employees").fetchone()[0] + 1
    db.executemany(
        "INSERT INTO employees (id, name, gender, birth_date, hire_date, status, department_id, position, level, salary, city, education) "
        "VALUES (?, '新人', '女', '1995-01-01', ?, '在职', 1, '工程师', 3, 20000, '北京', '本科')",
        [(next_id + i, f"2026-03-{1 + i % 28:02d}") for i in range(1000)])
    db.commit()
    db.close()
    t_one, out_one = run([args.binary, "refresh", "--database", database, "--today", args.today,
                          "--rollup", "employees.hires_by_month", "--partition", "2026"])
    one = re.findall(r"partition (\S+): (\d+) rows in ([\d.]+) ms", out_one)
    t_all, out_all = run([args.binary, "refresh", "--database", database, "--today", args.today,
                          "--rollup", "employees.hires_by_month", "--force"])
    every = re.findall(r"partition (\S+): (\d+) rows in ([\d.]+) ms", out_all)
    rows_in = dict(sqlite3.connect(database).execute(
        "SELECT substr(hire_date, 1, 4), COUNT(*) FROM employees GROUP BY 1").fetchall())
    one_ms = sum(float(x[2]) for x in one)
    all_ms = sum(float(x[2]) for x in every)
    print(f"\n1,000 new hires in 2026: rebuilding partition 2026 of employees.hires_by_month ({rows_in.get('2026', 0):,} employees) "
          f"took {one_ms:.0f} ms; the whole rollup ({sum(rows_in.values()):,} employees, {len(every)} partitions) {all_ms:.0f} ms "
          f"(ratio {all_ms / max(one_ms, 0.001):.1f}×, rows ratio {sum(rows_in.values()) / max(rows_in.get('2026', 1), 1):.1f}×)")
    print(f"peak RSS of the migrate/refresh processes: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
    if not ok:
        print("ROWS DIFFER between the raw tables and the rollups", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
