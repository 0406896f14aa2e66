#!/usr/bin/env python3
"""Build the la_riots held-out database: python3 load.py OUT.sqlite

Data: the Los Angeles Times list of the 63 people who died in connection with the 1992 Los Angeles riots, as
shipped inside the PyPI package `vega_datasets` 0.9.0 (vega_datasets/_data/la-riots.csv). Normalised as a
modeller would: deaths -> neighborhoods (many_to_one). The one missing age (an unidentified "John Doe") stays
NULL. Read straight from the installed package's file (no pandas, no network); deterministic.
"""
import csv
import importlib.util
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
    with open(os.path.join(package_dir("vega_datasets"), "_data", "la-riots.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    hood_ids = {name: i for i, name in enumerate(sorted({r["neighborhood"].strip() for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE neighborhoods (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE deaths (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, full_name TEXT NOT NULL,
            age INTEGER, gender TEXT NOT NULL, race TEXT NOT NULL, death_date TEXT NOT NULL,
            address TEXT NOT NULL, death_type TEXT NOT NULL, longitude REAL NOT NULL, latitude REAL NOT NULL,
            neighborhood_id INTEGER NOT NULL REFERENCES neighborhoods(id));
    """)
    for name, i in hood_ids.items():
        db.execute("INSERT INTO neighborhoods VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        first, last = r["first_name"].strip(), r["last_name"].strip()
        age = r["age"].strip()
        db.execute("INSERT INTO deaths VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            n, first, last, f"{first} {last}", int(age) if age else None,
            r["gender"].strip(), r["race"].strip(), r["death_date"].strip()[:10], r["address"].strip(),
            r["type"].strip(), float(r["longitude"]), float(r["latitude"]),
            hood_ids[r["neighborhood"].strip()]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
