"""Drives the live server with a real SSE client and with the original tutorial's parsing logic."""
import json
import re

import pytest
import requests
import sseclient

from conftest import start_server, stop_server


@pytest.fixture(scope="module")
def server():
    """These tests compare a stream's text with query-sync's for the same question. With serve's background refresh
    on, a rollup rebuilt between the two makes one read the rollup and the other the raw rows (different SQL in the
    text), which failed about one run in three on a quiet machine; the answers compared here don't depend on it."""
    url, process = start_server("--no-background-refresh")
    yield url
    stop_server(process)

QUESTIONS = ["统计员工总数", "各部门员工人数", "average salary by city", "每年入职人数", "今天天气怎么样"]


def timeless(text):
    """Two runs differ only in how long the query took, or that one came from the result cache."""
    text = re.sub(r"，来自结果缓存（数据自上次查询以来没有变化）。", "，用时 _ ms。", text)
    text = re.sub(r" from the result cache \(the data has not changed since it ran\)\.", " in _ ms.", text)
    return re.sub(r"(用时|in) [0-9.]+ ms", r"\1 _ ms", text)


def tutorial_parse(response):
    """The tutorial frontend: read `data:` lines, JSON-parse each, a step_start opens a section,
    strings are appended, "[DONE]" stops. Every other object is ignored."""
    sections = []
    for raw in response.iter_lines(decode_unicode=True):
        if not raw or not raw.startswith("data: "):
            continue
        payload = json.loads(raw[len("data: "):])
        if isinstance(payload, dict):
            if payload.get("type") == "step_start":
                sections.append("")
            continue
        if payload == "[DONE]":
            break
        if not sections:
            sections.append("")
        sections[-1] += payload
    return sections


def sync_content(server, question):
    response = requests.post(f"{server}/workflow/query-sync", json={"message": question}, timeout=30)
    body = response.json()
    if response.status_code == 200:
        return body["content"]
    assert response.status_code == 422 and body["success"] is False
    return None


def test_sseclient_reassembles_query_sync_content(server):
    for question in QUESTIONS:
        response = requests.post(f"{server}/workflow/query", json={"message": question}, stream=True, timeout=30)
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        text, done, ids, types = "", False, [], []
        for event in sseclient.SSEClient(response).events():
            ids.append(event.id)
            payload = json.loads(event.data)
            if payload == "[DONE]":
                done = True
                break
            if isinstance(payload, str):
                text += payload
            else:
                types.append(payload.get("type"))
        assert done, question
        assert all(i and i.split(":")[1].isdigit() for i in ids)
        expected = sync_content(server, question)
        if expected is None:
            assert "error" in types
            assert "Error: " in text
        else:
            assert timeless(text) == timeless(expected), question
            assert types.count("step_start") == 5 and types.count("step_end") == 5


def test_tutorial_parsing_logic(server):
    response = requests.post(f"{server}/workflow/query", json={"message": "统计员工总数"}, stream=True, timeout=30)
    sections = tutorial_parse(response)
    assert len(sections) == 5
    assert sections[0].startswith("### 1. 查询分析")
    assert "共有 2,000 名员工。" in sections[4]
    assert timeless("".join(sections)) == timeless(sync_content(server, "统计员工总数"))


def test_get_stream_works_for_eventsource_clients(server):
    response = requests.get(f"{server}/workflow/query", params={"message": "headcount by department"}, stream=True, timeout=30)
    events = list(sseclient.SSEClient(response).events())
    assert json.loads(events[-1].data) == "[DONE]"
    run_id = events[0].id.split(":")[0]
    # Resume after the fifth event: exactly the rest comes back.
    resumed = requests.get(f"{server}/workflow/query", headers={"Last-Event-ID": f"{run_id}:5"}, stream=True, timeout=30)
    rest = list(sseclient.SSEClient(resumed).events())
    assert [e.data for e in rest] == [e.data for e in events[5:]]


def test_bad_input_is_json(server):
    cases = [
        (requests.post, "/workflow/query", {"json": {}}, 400, "missing_message"),
        (requests.post, "/workflow/query", {"data": "message=hi", "headers": {"Content-Type": "text/plain"}}, 415, "unsupported_media_type"),
        (requests.delete, "/workflow/query", {}, 405, "method_not_allowed"),
        (requests.get, "/no/such/page", {}, 404, "not_found"),
    ]
    for method, path, kwargs, status, code in cases:
        response = method(f"{server}{path}", timeout=10, **kwargs)
        assert response.status_code == status, path
        assert response.json()["error"]["code"] == code
