"""The PyPI Cube client (`cube-http-client`) against the live server, with a JWT, compared with independent SQL."""
import sqlite3
import time

import cube_http
import jwt
import pytest

from conftest import start_server, stop_server

SECRET = "python-test-secret-that-is-at-least-32-bytes-long"


@pytest.fixture(scope="module")
def secured():
    url, process, database = start_server("--api-secret", SECRET, with_database=True)
    yield url, database
    stop_server(process)


def token(**claims):
    return jwt.encode({"exp": int(time.time()) + 600, **claims}, SECRET, algorithm="HS256")


def client(url, tok):
    return cube_http.Client({"url": url + "/cubejs-api", "token": tok})


def independent(database, sql):
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def test_load_sql_and_meta(secured):
    url, database = secured
    cube = client(url, token())
    result = cube.v1.load({"query": {"measures": ["employees.count", "employees.avg_salary"], "dimensions": ["employees.city"]}})
    rows = {r["employees.city"]: (r["employees.count"], r["employees.avg_salary"]) for r in result.results[0].data}
    expected = {city: (n, avg) for city, n, avg in independent(database, "SELECT city, COUNT(*), AVG(salary) FROM employees GROUP BY city")}
    assert rows.keys() == expected.keys()
    for city, (n, avg) in rows.items():
        assert n == expected[city][0] and abs(avg - expected[city][1]) < 1e-9
    annotation = result.results[0].annotation
    assert "employees.count" in annotation.measures

    sql = cube.v1.sql({"query": {"measures": ["employees.count"], "filters": [{"member": "employees.city", "operator": "equals", "values": ["上海"]}]}})
    text, params = sql.sql.sql
    assert "WHERE" in text and params == ["上海"]

    meta = cube.v1.meta()
    names = {c.name for c in meta.cubes}
    assert names == {"employees", "departments", "performance_reviews"}


def test_row_level_security_through_the_client(secured):
    url, database = secured
    cube = client(url, token(department="销售部"))
    result = cube.v1.load({"query": {
        "measures": ["employees.count"], "dimensions": ["departments.name"],
        "filters": [{"or": [
            {"member": "departments.name", "operator": "equals", "values": ["技术部"]},
            {"member": "employees.city", "operator": "set"},
        ]}],
    }})
    data = result.results[0].data
    assert [r["departments.name"] for r in data] == ["销售部"]
    (count,), = independent(database, "SELECT COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name = '销售部'")
    assert data[0]["employees.count"] == count


def test_bad_token_is_refused(secured):
    url, _ = secured
    with pytest.raises(Exception):
        client(url, jwt.encode({"exp": int(time.time()) + 600}, "some-other-secret-of-sufficient-length!!", algorithm="HS256")).v1.meta()
