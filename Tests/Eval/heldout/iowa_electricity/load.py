#!/usr/bin/env python3
"""Build the iowa_electricity held-out database: python3 load.py OUT.sqlite

Data: Iowa's annual net electricity generation by source, 2001-2017 (U.S. Energy Information Administration,
in thousand megawatt hours), 51 rows = 3 sources x 17 years, as shipped inside the PyPI package `vega_datasets`
0.9.0 (vega_datasets/_data/iowa-electricity.csv). Normalised as a modeller would:
generation -> energy_sources (many_to_one). Each source gets a category (Renewable / Non-renewable).
Read straight from the installed package's file (csv module, no pandas, no network); deterministic.
"""
import csv
import importlib.util
import os
import sqlite3
import sys

CATEGORY = {"Fossil Fuels": "Non-renewable", "Nuclear Energy": "Non-renewable", "Renewables": "Renewable"}


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.9.0 (needed for its data files)")
    return spec.submodule_search_locations[0]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    path = os.path.join(package_dir("vega_datasets"), "_data", "iowa-electricity.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    source_ids = {name: i for i, name in enumerate(sorted({r["source"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE energy_sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL);
        CREATE TABLE generation (
            id INTEGER PRIMARY KEY, year TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES energy_sources(id),
            net_generation INTEGER NOT NULL);
    """)
    for name, i in source_ids.items():
        db.execute("INSERT INTO energy_sources VALUES (?, ?, ?)", (i, name, CATEGORY[name]))
    for n, r in enumerate(rows, 1):
        year = r["year"][:4]
        db.execute("INSERT INTO generation VALUES (?,?,?,?)",
                   (n, f"{year}-01-01", source_ids[r["source"]], int(r["net_generation"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
