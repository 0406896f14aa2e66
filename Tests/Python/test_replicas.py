"""Two textbi replicas on one PostgreSQL database share their runs and conversations: a stream started on one is
resumed on the other with Last-Event-ID, a cancel sent to the other stops it, and a follow-up question continues
on the other. Skipped without a PostgreSQL cluster (TEXTBI_TEST_POSTGRES_URL, set by `make test`)."""
import json
import os
import time

import jwt
import pytest
import requests

from conftest import start_server, stop_server

POSTGRES = os.environ.get("TEXTBI_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not POSTGRES, reason="no PostgreSQL cluster (TEXTBI_TEST_POSTGRES_URL)")
SECRET = "replica-test-secret-that-is-at-least-32-bytes-long"


def auth(subject, expires_in=600):
    token = jwt.encode({"sub": subject, "exp": int(time.time()) + expires_in}, SECRET, algorithm="HS256")
    return {"Authorization": f"Bearer {token}"}


ALICE = auth("alice")


@pytest.fixture(scope="module")
def replicas():
    # Each step waits 0.6 s, so a run is still going when the test moves it between replicas.
    first = start_server("--step-delay-ms", "600", "--api-secret", SECRET, database=POSTGRES)
    second = start_server("--step-delay-ms", "600", "--api-secret", SECRET, database=POSTGRES)
    yield first[0], second[0]
    stop_server(first[1])
    stop_server(second[1])


def events(response, stop_after=None):
    """(id, data) of each SSE event read from `response`, until [DONE] or after `stop_after` events."""
    found, event_id, data = [], None, []
    for line in response.iter_lines(decode_unicode=True):
        if line.startswith("id: "):
            event_id = line[4:]
        elif line.startswith("data: "):
            data.append(line[6:])
        elif line == "" and data:
            found.append((event_id, json.loads("\n".join(data))))
            event_id, data = None, []
            if found[-1][1] == "[DONE]" or (stop_after and len(found) >= stop_after):
                break
    return found


def test_a_stream_started_on_one_replica_resumes_on_the_other(replicas):
    first, second = replicas
    with requests.post(f"{first}/workflow/query", json={"message": "各部门员工人数"}, headers=ALICE, stream=True, timeout=30) as response:
        assert response.status_code == 200
        head = events(response, stop_after=3)
    run_id, last = head[-1][0].rsplit(":", 1)
    assert [e[0] for e in head] == [f"{run_id}:{n}" for n in range(1, 4)]
    # A refreshed token of the same caller: runs belong to the claims, not to one token.
    resume = {**auth("alice", expires_in=900), "Last-Event-ID": head[-1][0]}
    with requests.get(f"{second}/workflow/query", headers=resume, stream=True, timeout=30) as response:
        assert response.status_code == 200
        rest = events(response)
    # The sequence goes on from where the first replica's stream was dropped, with nothing lost or repeated.
    assert [e[0] for e in rest] == [f"{run_id}:{n}" for n in range(int(last) + 1, int(last) + 1 + len(rest))]
    assert rest[-1][1] == "[DONE]"
    assert not any(isinstance(d, dict) and d.get("type") == "error" for _, d in rest)
    assert any("销售部" in json.dumps(d, ensure_ascii=False) for _, d in rest), "the answer's rows came through"


def test_a_cancel_sent_to_the_other_replica_stops_the_run(replicas):
    first, second = replicas
    with requests.post(f"{first}/workflow/query", json={"message": "各部门平均工资"}, headers=ALICE, stream=True, timeout=30) as response:
        run_id = response.headers["X-Run-Id"]
        others = requests.post(f"{second}/workflow/runs/{run_id}/cancel", headers=auth("mallory"), timeout=10)
        assert others.status_code == 404, "another caller can't cancel it"
        cancelled = requests.post(f"{second}/workflow/runs/{run_id}/cancel", headers=ALICE, timeout=10)
        assert cancelled.status_code == 200, cancelled.text
        assert cancelled.json() == {"run_id": run_id, "status": "cancelled"}
        started = time.monotonic()
        streamed = events(response)
    assert time.monotonic() - started < 3, "the cancel reached the running replica within its poll interval"
    errors = [data for _, data in streamed if isinstance(data, dict) and data.get("type") == "error"]
    assert errors and errors[-1]["code"] == "cancelled"
    assert streamed[-1][1] == "[DONE]"
    again = requests.post(f"{second}/workflow/runs/{run_id}/cancel", headers=ALICE, timeout=10)
    assert again.status_code == 409 and again.json()["error"]["code"] == "run_finished"


def test_a_follow_up_continues_on_the_other_replica(replicas):
    first, second = replicas
    conversation = f"replicas-{time.time_ns()}"
    opening = requests.post(
        f"{first}/workflow/query-sync", json={"message": "各部门平均工资", "conversation_id": conversation}, headers=ALICE, timeout=30)
    assert opening.status_code == 200, opening.text
    follow = requests.post(
        f"{second}/workflow/query-sync", json={"message": "那员工人数呢", "conversation_id": conversation}, headers=ALICE, timeout=30)
    assert follow.status_code == 200, follow.text
    assert follow.json()["query"]["dimensions"] == ["departments.name"]
    assert follow.json()["query"]["measures"] == ["employees.count"]
    # The conversation is the caller's: another caller naming it starts afresh, and a follow-up alone is no question.
    others = requests.post(
        f"{second}/workflow/query-sync", json={"message": "那员工人数呢", "conversation_id": conversation}, headers=auth("mallory"), timeout=30)
    assert others.status_code == 200 and others.json()["query"].get("dimensions", []) == [] or others.status_code == 422


def test_another_callers_run_is_not_found_on_the_other_replica(replicas):
    first, second = replicas
    with requests.post(f"{first}/workflow/query", json={"message": "员工总数"}, headers=ALICE, stream=True, timeout=30) as response:
        run_id = response.headers["X-Run-Id"]
        events(response)
    theirs = requests.get(f"{second}/workflow/query", headers={**auth("mallory"), "Last-Event-ID": f"{run_id}:1"}, timeout=10)
    assert theirs.status_code == 404 and theirs.json()["error"]["code"] == "run_not_found"
    with requests.get(f"{second}/workflow/query", headers={**ALICE, "Last-Event-ID": f"{run_id}:1"}, stream=True, timeout=10) as mine:
        assert mine.status_code == 200
        replayed = events(mine)
    assert replayed[0][0] == f"{run_id}:2" and replayed[-1][1] == "[DONE]"
