#!/usr/bin/env python3
"""Build the Seattle weather held-out database: python3 load.py OUT.sqlite

Data: daily Seattle weather 2012-01-01 .. 2015-12-31 (NOAA via the Vega project), the local file
_data/seattle-weather.csv shipped inside the PyPI package `vega_datasets` (vega_datasets.local_data.seattle_weather).
Read straight from the installed package's file (no pandas, no network); deterministic.
"""
import csv
import importlib.util
import os
import sqlite3
import sys


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    spec = importlib.util.find_spec("vega_datasets")
    if spec is None:
        raise SystemExit("pip install vega_datasets (needed for its data files)")
    path = os.path.join(spec.submodule_search_locations[0], "_data", "seattle-weather.csv")
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    db = sqlite3.connect(out)
    db.execute("""CREATE TABLE daily_weather (id INTEGER PRIMARY KEY, date TEXT NOT NULL UNIQUE, precipitation REAL NOT NULL,
                  temp_max REAL NOT NULL, temp_min REAL NOT NULL, wind REAL NOT NULL, weather TEXT NOT NULL)""")
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO daily_weather VALUES (?,?,?,?,?,?,?)", (
            n, r["date"].replace("/", "-"), float(r["precipitation"]), float(r["temp_max"]), float(r["temp_min"]),
            float(r["wind"]), r["weather"]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
