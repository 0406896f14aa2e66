"""The differential test is only as good as its comparison: mutate correct answers and check that it notices.

Pure Python over the sample data (no server): for generated queries, the evaluator's own answer must compare
clean against itself, and every mutation of it (a number changed, a row dropped or added, a group key swapped,
a time bucket moved or nulled) must be reported.
"""
import copy
import json
import os
import random
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cube_eval as ce  # noqa: E402
import generate as gen  # noqa: E402

SEED = 20261125


@pytest.fixture(scope="module")
def answers():
    evaluator = ce.default_evaluator()
    generator = gen.QueryGenerator(evaluator)
    out = []
    for index in range(400):
        query = gen.query_for(evaluator, SEED, index, None, generator)
        try:
            rows = evaluator.run(query)
        except ce.CubeUserError:
            continue
        if rows:
            out.append((query, rows, evaluator))
        if len(out) >= 60:
            break
    assert len(out) >= 30, "the generator should give many non-empty answers"
    return out


def keys(query, kind):
    members = query.get("measures", []) if kind == "measure" else query.get("dimensions", [])
    if kind == "time":
        members = [f"{t['dimension']}.{t['granularity']}" for t in query.get("timeDimensions", []) if t.get("granularity")]
    return members


def flagged(query, expected, got, evaluator):
    return ce.compare(query, expected, got, full_expected=lambda: evaluator.run(query, apply_limit=False))


def test_a_correct_answer_compares_clean(answers):
    for query, rows, evaluator in answers:
        assert not flagged(query, rows, copy.deepcopy(rows), evaluator), query


def mutations(query, rows, rng):
    """(name, mutated rows) pairs that change the answer's content."""
    out = []
    numbers = [(i, m) for i, row in enumerate(rows) for m in keys(query, "measure") if isinstance(row.get(m), (int, float))]
    if numbers:
        i, m = rng.choice(numbers)
        changed = copy.deepcopy(rows)
        changed[i][m] = changed[i][m] * 1.01 + 1
        out.append(("a number changed", changed))
    if len(rows) >= 1:
        dropped = copy.deepcopy(rows)
        del dropped[rng.randrange(len(dropped))]
        out.append(("a row dropped", dropped))
        added = copy.deepcopy(rows) + [copy.deepcopy(rows[rng.randrange(len(rows))])]
        out.append(("a row added", added))
    dims = [d for d in keys(query, "dimension") if any(isinstance(r.get(d), str) for r in rows)]
    if dims:
        d = rng.choice(dims)
        swapped = copy.deepcopy(rows)
        target = next(r for r in swapped if isinstance(r.get(d), str))
        target[d] = target[d] + "·mutated"
        out.append(("a group key swapped", swapped))
    times = [t for t in keys(query, "time") if any(r.get(t) for r in rows)]
    if times:
        t = rng.choice(times)
        moved = copy.deepcopy(rows)
        target = next(r for r in moved if r.get(t))
        target[t] = "1900-01-01T00:00:00.000"
        out.append(("a time bucket moved", moved))
        nulled = copy.deepcopy(rows)
        target = next(r for r in nulled if r.get(t))
        target[t] = None
        out.append(("a time bucket nulled", nulled))
    return out


def test_every_mutation_is_noticed(answers):
    rng = random.Random(SEED)
    seen = set()
    for query, rows, evaluator in answers:
        for name, mutated in mutations(query, rows, rng):
            seen.add(name)
            assert flagged(query, rows, mutated, evaluator), f"{name} went unnoticed in {query}"
    assert {"a number changed", "a row dropped", "a row added", "a group key swapped"} <= seen


@pytest.fixture(scope="module")
def evaluator():
    return ce.default_evaluator()


def wire(rows):
    """The rows as they come back over HTTP."""
    return json.loads(json.dumps(rows))


def test_near_tie_orders_are_tolerated_but_wrong_windows_are_not(evaluator):
    """Ordering by an average of non-integer scores: engines may break mathematically equal values differently,
    which must pass; a window shifted by one row or two rows swapped must still fail."""
    q = {"measures": ["performance_reviews.avg_score", "employees.avg_level"], "dimensions": ["performance_reviews.year"],
         "timeDimensions": [{"dimension": "employees.birth_date", "granularity": "day"}], "segments": ["employees.active"],
         "order": [["employees.avg_level", "asc"], ["performance_reviews.avg_score", "desc"],
                   ["employees.birth_date", "desc"], ["performance_reviews.year", "asc"]], "limit": 60, "offset": 5}
    inexact = evaluator.inexact_measures()
    assert "performance_reviews.avg_score" in inexact and "employees.avg_level" not in inexact
    full = evaluator.run(q, apply_limit=False)
    expected = full[5:65]
    assert ce.compare(q, expected, wire(expected), full_expected=full, inexact=inexact) == []
    # a near-tie (same avg_level, avg_score within 1e-9) ordered the other way round, as another engine may do
    ties = [i for i in range(5, 64) if full[i]["employees.avg_level"] == full[i + 1]["employees.avg_level"]
            and abs(full[i]["performance_reviews.avg_score"] - full[i + 1]["performance_reviews.avg_score"]) < 1e-12]
    if ties:
        i = ties[0]
        got = wire(full)
        got[i], got[i + 1] = got[i + 1], got[i]
        got[i]["performance_reviews.avg_score"] = got[i + 1]["performance_reviews.avg_score"] + 1e-15
        assert ce.compare(q, expected, got[5:65], full_expected=full, inexact=inexact) == []
    assert ce.compare(q, expected, wire(full[6:66]), full_expected=full, inexact=inexact)
    got = wire(expected)
    got[3], got[4] = got[4], got[3]
    assert ce.compare(q, expected, got, full_expected=full, inexact=inexact)
