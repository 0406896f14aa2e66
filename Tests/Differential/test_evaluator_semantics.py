"""Semantic checks of the evaluator on a tiny model with hand-computed answers, so that it is not only compared
with itself: fan-out de-duplication, LEFT JOIN rows without a match (which the sample data never produces),
BaseFilter's NULL rules, the join root, number measures (SQLite integer division), HAVING, time buckets with a
NULL date, relative ranges, and access-policy filters. Pure Python, no server.
"""
import os
import sys
import textwrap

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cube_eval as ce  # noqa: E402

TOY = textwrap.dedent("""
    cubes:
      - name: orders
        sql_table: orders
        joins:
          - name: customers
            relationship: many_to_one
            sql: "{CUBE}.customer_id = {customers.id}"
        measures:
          - name: count
            type: count
          - name: total
            type: sum
            sql: amount
          - name: big_count
            type: count
            filters:
              - sql: "{CUBE}.amount >= 10"
          - name: big_share
            type: number
            sql: "100.0 * {big_count} / NULLIF({count}, 0)"
          - name: int_ratio
            type: number
            sql: "{big_count} / {count}"
        dimensions:
          - name: id
            sql: id
            type: number
            primary_key: true
          - name: status
            sql: status
            type: string
          - name: created
            sql: created
            type: time
      - name: customers
        sql_table: customers
        access_policy:
          - role: "*"
            row_level:
              filters:
                - member: region
                  operator: equals
                  values: ["{ securityContext.region }"]
                - member: id
                  operator: equals
                  values: ["{ securityContext.customer_id }"]
        measures:
          - name: count
            type: count
          - name: credit
            type: sum
            sql: credit
        dimensions:
          - name: id
            sql: id
            type: number
            primary_key: true
          - name: region
            sql: region
            type: string
""")


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("toy")
    (folder / "toy.yml").write_text(TOY, encoding="utf-8")
    model = ce.Model(str(folder))
    data = {
        "customers": [
            {"id": 1, "region": "north", "credit": 100.0},
            {"id": 2, "region": "south", "credit": 50.0},
            {"id": 3, "region": None, "credit": 7.0},
        ],
        "orders": [
            {"id": 10, "customer_id": 1, "amount": 5, "status": "new", "created": "2024-03-31"},
            {"id": 11, "customer_id": 1, "amount": 20, "status": "done", "created": "2024-04-01"},
            {"id": 12, "customer_id": 2, "amount": 30, "status": None, "created": None},
            {"id": 13, "customer_id": 99, "amount": 1, "status": "new", "created": "2024-12-31"},
        ],
    }
    return ce.Evaluator(model, data, "2024-06-15")


def group_keys(q):
    return list(q.get("dimensions") or []) + [f"{t['dimension']}.{t['granularity']}"
                                             for t in q.get("timeDimensions") or [] if t.get("granularity")]


def answer(ev, q, claims=None):
    rows = ev.run(q, claims)
    return {tuple(r.get(k) for k in group_keys(q)): {m: r[m] for m in q.get("measures") or []} for r in rows}


def test_one_side_measure_is_not_multiplied(toy):
    # customers.credit through orders: customer 1 has two orders but counts once; order 13 has no customer
    got = answer(toy, {"measures": ["customers.credit", "customers.count", "orders.count"]})
    assert got == {(): {"customers.credit": 150.0, "customers.count": 2, "orders.count": 4}}


def test_null_extended_rows_count_nothing(toy):
    got = answer(toy, {"measures": ["customers.count", "customers.credit", "orders.count"],
                       "dimensions": ["orders.status"]})
    assert got[("new",)] == {"customers.count": 1, "customers.credit": 100.0, "orders.count": 2}
    assert got[(None,)] == {"customers.count": 1, "customers.credit": 50.0, "orders.count": 1}
    got = answer(toy, {"measures": ["customers.count", "customers.credit"], "dimensions": ["orders.id"],
                       "filters": [{"member": "orders.id", "operator": "equals", "values": ["13"]}]})
    assert got == {(13,): {"customers.count": 0, "customers.credit": None}}


def test_root_is_the_cube_reaching_the_others(toy):
    assert toy.plan({"measures": ["customers.count", "orders.count"]})["root"] == "orders"
    assert toy.plan({"measures": ["orders.count", "customers.count"]})["root"] == "orders"
    assert toy.plan({"measures": ["customers.count"]})["root"] == "customers"
    # customers alone: customer 3 (no orders) counts; joined from orders it does not
    assert answer(toy, {"measures": ["customers.count"]}) == {(): {"customers.count": 3}}


def test_filter_null_semantics(toy):
    def count(f):
        return answer(toy, {"measures": ["orders.count"], "filters": [f]})[()]["orders.count"]
    assert count({"member": "orders.status", "operator": "notEquals", "values": ["new"]}) == 2  # done + NULL
    assert count({"member": "orders.status", "operator": "notEquals", "values": ["new", None]}) == 1
    assert count({"member": "orders.status", "operator": "notEquals", "values": [None]}) == 3
    assert count({"member": "orders.status", "operator": "equals", "values": [None]}) == 1
    assert count({"member": "orders.status", "operator": "equals", "values": ["done", None]}) == 2
    assert count({"member": "orders.status", "operator": "notContains", "values": ["EW"]}) == 2  # done + NULL
    assert count({"member": "orders.status", "operator": "notContains", "values": ["EW", None]}) == 1
    assert count({"member": "orders.status", "operator": "notContains", "values": ["NE"]}) == 1  # "done" has "ne"
    assert count({"member": "orders.status", "operator": "contains", "values": ["%"]}) == 0  # a literal %
    assert count({"member": "orders.status", "operator": "startsWith", "values": ["D"]}) == 1
    assert count({"member": "customers.region", "operator": "notEquals", "values": ["north"]}) == 2  # south + none
    assert count({"member": "orders.created", "operator": "beforeOrOnDate", "values": ["2024-03-31"]}) == 1
    assert count({"member": "orders.created", "operator": "afterDate", "values": ["2024-03-31"]}) == 2
    assert count({"member": "orders.created", "operator": "notInDateRange", "values": ["2024-04-01", "2024-12-30"]}) == 2
    assert count({"member": "orders.created", "operator": "inDateRange", "values": ["2024-04-01", "2024-12-31"]}) == 2
    assert count({"or": [{"member": "orders.status", "operator": "equals", "values": ["done"]},
                         {"member": "orders.created", "operator": "notSet"}]}) == 2


def test_number_measures_and_having(toy):
    got = answer(toy, {"measures": ["orders.big_share", "orders.int_ratio"], "dimensions": ["orders.status"]})
    assert got[("new",)] == {"orders.big_share": 0.0, "orders.int_ratio": 0}
    assert got[("done",)] == {"orders.big_share": 100.0, "orders.int_ratio": 1}
    got = answer(toy, {"measures": ["orders.count"], "dimensions": ["orders.status"],
                       "filters": [{"member": "orders.count", "operator": "gte", "values": ["2"]}]})
    assert got == {("new",): {"orders.count": 2}}


def test_time_buckets_ranges_and_security(toy):
    got = answer(toy, {"measures": ["orders.count"],
                       "timeDimensions": [{"dimension": "orders.created", "granularity": "quarter"}]})
    assert got == {("2024-01-01T00:00:00.000",): {"orders.count": 1}, ("2024-04-01T00:00:00.000",): {"orders.count": 1},
                   ("2024-10-01T00:00:00.000",): {"orders.count": 1}, (None,): {"orders.count": 1}}
    got = answer(toy, {"measures": ["orders.count"],
                       "timeDimensions": [{"dimension": "orders.created", "dateRange": "last quarter"}]})
    assert got == {(): {"orders.count": 1}}
    assert ce.resolve_date_range("last 3 months", toy.today) == ("2024-03-01T00:00:00.000", "2024-05-31T23:59:59.999")
    assert ce.resolve_date_range("this week", toy.today) == ("2024-06-10T00:00:00.000", "2024-06-16T23:59:59.999")
    # a region claim restricts orders through the customers policy (the query names customers.region)
    got = answer(toy, {"measures": ["orders.count"], "dimensions": ["customers.region"]}, {"region": "north"})
    assert got == {("north",): {"orders.count": 2}}
    # a numeric claim compares as a number; an array claim allows several values
    got = answer(toy, {"measures": ["customers.count"], "dimensions": ["customers.id"]}, {"customer_id": 2})
    assert got == {(2,): {"customers.count": 1}}
    got = answer(toy, {"measures": ["customers.count"]}, {"customer_id": [1, 3]})
    assert got == {(): {"customers.count": 2}}
    # a policy whose claim is absent does not apply
    assert answer(toy, {"measures": ["orders.count"]}, {"other": "x"}) == {(): {"orders.count": 4}}
