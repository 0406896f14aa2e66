#!/usr/bin/env python3
"""Build the driving held-out database: python3 load.py OUT.sqlite

Data: U.S. miles driven per capita and the price of a gallon of gasoline, one row per year 1956-2010 (55 rows), as
shipped inside the PyPI package `vega_datasets` 0.9.0 (vega_datasets/_data/driving.json; the figures behind the
New York Times chart "Driving Shifts Into Reverse" used in Vega-Lite's connected-scatterplot example).
Normalised as a modeller would: driving -> decades (many_to_one), the decade being derived from the year.
The file's "side" field only tells the chart where to put each year's label, so it is dropped.
Read straight from the installed package's file (json module, no pandas, no network); deterministic.
"""
import importlib.util
import json
import os
import sqlite3
import sys


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.9.0 (needed for its data files)")
    return spec.submodule_search_locations[0]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    path = os.path.join(package_dir("vega_datasets"), "_data", "driving.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    decades = sorted({int(r["year"]) // 10 * 10 for r in rows})
    decade_ids = {d: i for i, d in enumerate(decades, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE decades (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE driving (
            id INTEGER PRIMARY KEY, year TEXT NOT NULL,
            decade_id INTEGER NOT NULL REFERENCES decades(id),
            miles INTEGER NOT NULL, gas_price REAL NOT NULL);
    """)
    for d, i in decade_ids.items():
        db.execute("INSERT INTO decades VALUES (?, ?)", (i, f"{d}s"))
    for n, r in enumerate(rows, 1):
        year = int(r["year"])
        db.execute("INSERT INTO driving VALUES (?,?,?,?,?)",
                   (n, f"{year:04d}-01-01", decade_ids[year // 10 * 10], int(r["miles"]), float(r["gas"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
