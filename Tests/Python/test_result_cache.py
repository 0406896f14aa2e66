"""The result cache: a repeated question is served from it, a write to the database (by the sqlite3 shell, as
another program would) is seen within a second and never answered from a stale entry, renewQuery skips it, and
--no-cache turns it off."""
import shutil
import subprocess
import sys
import time

import requests

from conftest import start_server, stop_server

COUNT = {"query": {"measures": ["employees.count"]}}
INSERT = ("INSERT INTO employees (id, name, gender, birth_date, hire_date, status, department_id, position, level, "
          "salary, city, education) VALUES (900001, '缓存测试', '女', '1990-01-01', '2026-11-01', '在职', 1, '工程师', 3, "
          "20000, '北京', '本科');")


def load(url, body=COUNT):
    answer = requests.post(url + "/cubejs-api/v1/load", json=body, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def ask(url, question="统计员工总数"):
    answer = requests.post(url + "/workflow/query-sync", json={"message": question}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_repeated_query_comes_from_the_cache_until_the_data_changes():
    # Rollups off: this is the result cache's guarantee (fresh within 1 s of a write); a rollup is fresh within its
    # refresh key's interval instead (see the README's pre-aggregations section).
    url, process, database = start_server("--no-pre-aggregations", with_database=True)
    try:
        first = load(url)
        assert first["fromCache"] is False
        second = load(url)
        assert second["fromCache"] is True
        assert second["data"] == first["data"] and second["lastRefreshTime"] == first["lastRefreshTime"]
        before = int(first["data"][0]["employees.count"])

        # The natural-language answer uses the same cache and says so in step 3.
        asked = ask(url)
        again = ask(url)
        assert again["cached"] is True and "from the result cache" not in again["content"] and "来自结果缓存" in again["content"]
        assert again["data"] == asked["data"]

        # renewQuery runs on the database even with a cached answer.
        renewed = load(url, {"query": {"measures": ["employees.count"], "renewQuery": True}})
        assert renewed["fromCache"] is False and renewed["data"] == first["data"]

        # Another program writes; the next answer after the version check (at most 1 s) is fresh, never stale.
        if shutil.which("sqlite3"):
            # A busy timeout, as any writer beside textbi needs: serve's background rollup refresh writes too.
            subprocess.run(["sqlite3", "-cmd", ".timeout 10000", database, INSERT], check=True)
        else:  # no shell on this machine: Python's own SQLite, still another process's connection
            subprocess.run([sys.executable, "-c", f"import sqlite3; c = sqlite3.connect({database!r}); c.execute({INSERT!r}); c.commit()"],
                           check=True)
        time.sleep(1.1)
        fresh = load(url)
        assert fresh["fromCache"] is False
        assert int(fresh["data"][0]["employees.count"]) == before + 1
        assert int(ask(url)["data"][0]["employees.count"]) == before + 1
        assert load(url)["fromCache"] is True
    finally:
        stop_server(process)


def test_no_cache_runs_every_query():
    url, process = start_server("--no-cache")
    try:
        assert load(url)["fromCache"] is False
        assert load(url)["fromCache"] is False
        assert ask(url)["cached"] is False and ask(url)["cached"] is False
    finally:
        stop_server(process)
