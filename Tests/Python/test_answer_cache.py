"""The answer cache: a repeated question (query-sync or a stream) is answered whole from it once its rows came from
the result cache; each caller's claims keep their own answers (row-level security), a follow-up still continues the
conversation, and a write to the database (by another program) is seen within a second, never a stale answer."""
import re
import sqlite3
import subprocess
import sys
import time

import jwt
import requests
import sseclient

from conftest import start_server, stop_server

SECRET = "answer-cache-test-secret-that-is-32-bytes-or-more"
INSERT = ("INSERT INTO employees (id, name, gender, birth_date, hire_date, status, department_id, position, level, "
          "salary, city, education) VALUES (900002, '答案缓存', '男', '1991-01-01', '2026-11-02', '在职', 1, '工程师', 3, "
          "21000, '北京', '本科');")


def headers(**claims):
    return {"Authorization": "Bearer " + jwt.encode({"exp": int(time.time()) + 600, **claims}, SECRET, algorithm="HS256")}


def ask(url, question, auth, **extra):
    answer = requests.post(url + "/workflow/query-sync", json={"message": question, **extra}, headers=auth, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def stream(url, question, auth):
    answer = requests.post(url + "/workflow/query", json={"message": question}, headers=auth, stream=True, timeout=10)
    assert answer.status_code == 200, answer.text
    return [(event.id, event.data) for event in sseclient.SSEClient(answer).events()]


def hits(url, auth):
    text = requests.get(url + "/metrics", headers=auth, timeout=10).text
    found = re.search(r'textbi_answer_cache_requests_total\{result="hit"\} (\d+)', text)
    return int(found.group(1)) if found else 0


def count(database, sql, *args):
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute(sql, args).fetchone()[0]


def test_repeated_questions_come_whole_from_the_answer_cache_per_caller_until_the_data_changes():
    url, process, database = start_server("--api-secret", SECRET, "--no-pre-aggregations", with_database=True)
    try:
        everyone, sales = headers(), headers(department="销售部")
        answers = [ask(url, "统计员工总数", everyone) for _ in range(3)]
        assert [a["cached"] for a in answers] == [False, True, True]
        assert hits(url, everyone) == 1
        # The same answer but for its own run id, which is fresh each time.
        assert len({a["run_id"] for a in answers}) == 3
        assert {k: v for k, v in answers[2].items() if k != "run_id"} == {k: v for k, v in answers[1].items() if k != "run_id"}
        total = answers[2]["data"][0]["employees.count"]
        assert total == count(database, "SELECT COUNT(*) FROM employees")

        # Another caller's claims are another key: the sales department's own count, never the cached total.
        for _ in range(3):
            assert ask(url, "统计员工总数", sales)["data"][0]["employees.count"] == count(
                database, "SELECT COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name = ?", "销售部")

        # A stream is cached the same way: the third is the second's events under a new run id, resumable by it.
        runs = [stream(url, "各部门员工人数", everyone) for _ in range(3)]
        assert runs[2][-1][1] == "\"[DONE]\"" and len(runs[2]) == len(runs[1])
        second_id, third_id = runs[1][0][0].split(":")[0], runs[2][0][0].split(":")[0]
        assert second_id != third_id and all(event_id.startswith(third_id + ":") for event_id, _ in runs[2])
        assert [data.replace(second_id, "") for _, data in runs[1] if "elapsed_ms" not in data] == \
               [data.replace(third_id, "") for _, data in runs[2] if "elapsed_ms" not in data]
        resumed = requests.get(url + "/workflow/query", headers={**everyone, "Last-Event-ID": f"{third_id}:3"}, stream=True, timeout=10)
        assert [event.data for event in sseclient.SSEClient(resumed).events()] == [data for _, data in runs[2][3:]]

        # A conversation still continues after an answer from the cache.
        for _ in range(3):
            ask(url, "各部门员工人数", everyone, conversation_id="c-1")
        follow = ask(url, "那上海呢？", everyone, conversation_id="c-1")
        assert follow["follow_up"] is True and any(f.get("values") == ["上海"] for f in follow["query"]["filters"])

        # Another program writes: after the version check (at most 1 s) the answer is fresh, never the cached one.
        subprocess.run([sys.executable, "-c", f"import sqlite3; c = sqlite3.connect({database!r}); c.execute({INSERT!r}); c.commit()"],
                       check=True)
        time.sleep(1.1)
        fresh = ask(url, "统计员工总数", everyone)
        assert fresh["cached"] is False and fresh["data"][0]["employees.count"] == total + 1
    finally:
        stop_server(process)


def test_the_same_question_asked_many_times_at_once_is_answered_once():
    # Each step pauses 100 ms, so the 12 requests arrive while the first is still running.
    url, process, database = start_server("--step-delay-ms", "100", "--no-pre-aggregations", with_database=True)
    try:
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=12) as pool:
            answers = list(pool.map(lambda _: ask(url, "各城市员工人数", {}), range(12)))
        assert len({a["run_id"] for a in answers}) == 12
        assert all(a["data"] == answers[0]["data"] for a in answers)
        expected = count(database, "SELECT COUNT(DISTINCT city) FROM employees")
        assert len(answers[0]["data"]) == expected
        text = requests.get(url + "/metrics", timeout=10).text
        runs = sum(int(n) for n in re.findall(r'textbi_runs_total\{outcome="answered"\} (\d+)', text))
        shared = hits(url, {})
        # One pipeline ran (or a few, if some requests came after it ended); the rest were handed its answer.
        assert shared >= 9 and runs == 12, (shared, runs)
    finally:
        stop_server(process)
