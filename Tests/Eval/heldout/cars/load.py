#!/usr/bin/env python3
"""Build the cars held-out database: python3 load.py OUT.sqlite

Data: the classic "Auto MPG" cars table (StatLib / UCI), 406 cars of model years 1970-1982, as shipped inside the
PyPI package `vega_datasets` 0.9.0 (vega_datasets/_data/cars.json). Normalised as a modeller would:
cars -> origins (many_to_one). manufacturer = first word of the name, lower-cased, spelled as in the data
(so 'chevy', 'vw', 'maxda' stay as they are). NULLs stay NULL. Read straight from the installed package's file
(no pandas, no network); deterministic.
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
    with open(os.path.join(package_dir("vega_datasets"), "_data", "cars.json"), encoding="utf-8") as f:
        rows = json.load(f)
    origin_ids = {name: i for i, name in enumerate(sorted({r["Origin"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE origins (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE cars (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, manufacturer TEXT NOT NULL,
            mpg REAL, cylinders INTEGER NOT NULL, displacement REAL NOT NULL, horsepower INTEGER,
            weight_lbs INTEGER NOT NULL, acceleration REAL NOT NULL, model_year TEXT NOT NULL,
            origin_id INTEGER NOT NULL REFERENCES origins(id));
    """)
    for name, i in origin_ids.items():
        db.execute("INSERT INTO origins VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        name = r["Name"].strip()
        year = r["Year"][:4]
        db.execute("INSERT INTO cars VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            n, name, name.split()[0].lower(),
            None if r["Miles_per_Gallon"] is None else float(r["Miles_per_Gallon"]),
            int(r["Cylinders"]), float(r["Displacement"]),
            None if r["Horsepower"] is None else int(r["Horsepower"]),
            int(r["Weight_in_lbs"]), float(r["Acceleration"]), f"{year}-01-01",
            origin_ids[r["Origin"]]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
