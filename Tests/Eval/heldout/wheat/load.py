#!/usr/bin/env python3
"""Build the wheat held-out database: python3 load.py OUT.sqlite

Data: William Playfair's "price of a quarter of wheat" and "weekly wages of a good mechanic", both in shillings,
every five years from 1565 to 1820 (52 observations; the last two, 1815 and 1820, have no wage figure), as shipped
inside the PyPI package `vega_datasets` 0.9.0 (vega_datasets/_data/wheat.json). Normalised as a modeller would:
observations -> centuries (many_to_one), the century being the year's hundred ('1500s' ... '1800s').
Missing wages stay NULL. Read straight from the installed package's file (json module, no pandas, no network);
deterministic.
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
    path = os.path.join(package_dir("vega_datasets"), "_data", "wheat.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    labels = sorted({f"{int(r['year']) // 100 * 100}s" for r in rows})
    century_ids = {label: i for i, label in enumerate(labels, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE centuries (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE observations (
            id INTEGER PRIMARY KEY, year TEXT NOT NULL,
            century_id INTEGER NOT NULL REFERENCES centuries(id),
            wheat REAL NOT NULL, wages REAL);
    """)
    for label, i in century_ids.items():
        db.execute("INSERT INTO centuries VALUES (?, ?)", (i, label))
    for n, r in enumerate(rows, 1):
        year = int(r["year"])
        wages = r.get("wages")
        db.execute("INSERT INTO observations VALUES (?,?,?,?,?)",
                   (n, f"{year:04d}-01-01", century_ids[f"{year // 100 * 100}s"], float(r["wheat"]),
                    None if wages is None else float(wages)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
