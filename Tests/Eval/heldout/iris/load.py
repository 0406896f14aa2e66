#!/usr/bin/env python3
"""Build the iris held-out database: python3 load.py OUT.sqlite

Data: Fisher's / Anderson's iris flowers, 150 flowers = 3 species x 50, with sepal and petal length and width in
centimetres, as shipped inside the PyPI package `vega_datasets` 0.9.0 (vega_datasets/_data/iris.json).
Normalised as a modeller would: flowers -> species (many_to_one). Species names are kept exactly as the file
spells them (setosa, versicolor, virginica). Read straight from the installed package's file (json module, no
pandas, no network); deterministic.
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
    path = os.path.join(package_dir("vega_datasets"), "_data", "iris.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    species_ids = {name: i for i, name in enumerate(sorted({r["species"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE species (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE flowers (
            id INTEGER PRIMARY KEY,
            species_id INTEGER NOT NULL REFERENCES species(id),
            sepal_length REAL NOT NULL, sepal_width REAL NOT NULL,
            petal_length REAL NOT NULL, petal_width REAL NOT NULL);
    """)
    for name, i in species_ids.items():
        db.execute("INSERT INTO species VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO flowers VALUES (?,?,?,?,?,?)",
                   (n, species_ids[r["species"]], float(r["sepalLength"]), float(r["sepalWidth"]),
                    float(r["petalLength"]), float(r["petalWidth"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
