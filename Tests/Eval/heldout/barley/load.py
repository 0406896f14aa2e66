#!/usr/bin/env python3
"""Build the barley held-out database: python3 load.py OUT.sqlite

Data: barley yields in bushels per acre of 10 varieties grown at 6 Minnesota experiment sites in 1931 and 1932
(Immer, Hayes & Powers 1934; the data of Fisher's "Design of Experiments" and Cleveland's "Visualizing Data"),
120 rows = 6 sites x 10 varieties x 2 years, as shipped inside the PyPI package `vega_datasets` 0.9.0
(vega_datasets/_data/barley.json). Normalised as a modeller would: yields -> sites, yields -> varieties
(many_to_one). Read straight from the installed package's file (json module, no pandas, no network); deterministic.
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
    path = os.path.join(package_dir("vega_datasets"), "_data", "barley.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    site_ids = {name: i for i, name in enumerate(sorted({r["site"] for r in rows}), 1)}
    variety_ids = {name: i for i, name in enumerate(sorted({r["variety"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE varieties (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE yields (
            id INTEGER PRIMARY KEY, year TEXT NOT NULL,
            site_id INTEGER NOT NULL REFERENCES sites(id),
            variety_id INTEGER NOT NULL REFERENCES varieties(id),
            yield REAL NOT NULL);
    """)
    for name, i in site_ids.items():
        db.execute("INSERT INTO sites VALUES (?, ?)", (i, name))
    for name, i in variety_ids.items():
        db.execute("INSERT INTO varieties VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO yields VALUES (?,?,?,?,?)",
                   (n, f"{int(r['year'])}-01-01", site_ids[r["site"]], variety_ids[r["variety"]], float(r["yield"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
