"""The differential test is only as good as its comparison: mutate correct answers and check that it notices.

Pure Python over the sample data (no server): for generated queries, the evaluator's own answer must compare
clean against itself, and every mutation of it (a number changed, a row dropped or added, a group key swapped,
a time bucket moved or nulled) must be reported.
"""
import copy
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
