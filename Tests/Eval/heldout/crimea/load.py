#!/usr/bin/env python3
"""Build the crimea held-out database: python3 load.py OUT.sqlite

Data: Florence Nightingale's monthly death figures for the army in the East during the Crimean War,
April 1854 - March 1856, by cause (disease, wounds, other), 24 months x 3 causes, as shipped inside the PyPI
package `vega_datasets` 0.9.0 (vega_datasets/_data/crimea.json). Normalised as a modeller would, in long format:
deaths -> causes (many_to_one). Read straight from the installed package's file (json module, no pandas,
no network); deterministic.
"""
import importlib.util
import json
import os
import sqlite3
import sys

CAUSES = ["disease", "other", "wounds"]  # the file's keys, ids by sorted name


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.9.0 (needed for its data files)")
    return spec.submodule_search_locations[0]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    path = os.path.join(package_dir("vega_datasets"), "_data", "crimea.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    for r in rows:
        if sorted(k for k in r if k != "date") != CAUSES:
            raise SystemExit(f"unexpected keys in {path}: {sorted(r)}")
    cause_ids = {name: i for i, name in enumerate(CAUSES, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE causes (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE deaths (
            id INTEGER PRIMARY KEY, month TEXT NOT NULL,
            cause_id INTEGER NOT NULL REFERENCES causes(id),
            deaths INTEGER NOT NULL);
    """)
    for name, i in cause_ids.items():
        db.execute("INSERT INTO causes VALUES (?, ?)", (i, name))
    n = 0
    for r in rows:  # file order (chronological), then cause id
        month = r["date"][:7] + "-01"
        for name in CAUSES:
            n += 1
            db.execute("INSERT INTO deaths VALUES (?,?,?,?)", (n, month, cause_ids[name], int(r[name])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
