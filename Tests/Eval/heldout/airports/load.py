#!/usr/bin/env python3
"""Build the airports held-out database: python3 load.py OUT.sqlite

Data: 3,376 airports (mostly US, a few in US territories and four abroad) with IATA/FAA code, name, city, state,
country, latitude and longitude, as shipped inside the PyPI package `vega_datasets` 0.9.0
(vega_datasets/_data/airports.csv, `local_data.airports`). Normalised as a modeller would:
airports -> states (many_to_one). Each state code gets its name and its U.S. Census Bureau region (Northeast,
Midwest, South, West; 50 states + DC) from the fixed tables below; the territories (PR, VI, GU, AS and CQ, the
FAA code for the Northern Mariana Islands) belong to no Census region, so their region is NULL.
The file writes missing values as the text 'NA' (city and state of 12 airports); they are stored as NULL.
Coordinates are kept exactly as published (a few Pacific territory airports have the wrong sign in the source).
Read straight from the installed package's file (csv module, no pandas, no network); deterministic.
"""
import csv
import importlib.util
import os
import sqlite3
import sys

STATE_NAMES = {
    "AK": "Alaska", "AL": "Alabama", "AR": "Arkansas", "AS": "American Samoa", "AZ": "Arizona",
    "CA": "California", "CO": "Colorado", "CQ": "Northern Mariana Islands", "CT": "Connecticut",
    "DC": "District of Columbia", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "GU": "Guam",
    "HI": "Hawaii", "IA": "Iowa", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "MA": "Massachusetts", "MD": "Maryland", "ME": "Maine",
    "MI": "Michigan", "MN": "Minnesota", "MO": "Missouri", "MS": "Mississippi", "MT": "Montana",
    "NC": "North Carolina", "ND": "North Dakota", "NE": "Nebraska", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NV": "Nevada", "NY": "New York", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "PR": "Puerto Rico", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VA": "Virginia",
    "VI": "U.S. Virgin Islands", "VT": "Vermont", "WA": "Washington", "WI": "Wisconsin",
    "WV": "West Virginia", "WY": "Wyoming",
}

# U.S. Census Bureau regions (Census Regions and Divisions of the United States): 50 states + DC.
CENSUS_REGIONS = {
    "Northeast": "CT ME MA NH RI VT NJ NY PA",
    "Midwest": "IL IN MI OH WI IA KS MN MO NE ND SD",
    "South": "DE DC FL GA MD NC SC VA WV AL KY MS TN AR LA OK TX",
    "West": "AZ CO ID MT NV NM UT WY AK CA HI OR WA",
}
REGION = {code: region for region, codes in CENSUS_REGIONS.items() for code in codes.split()}


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.9.0 (needed for its data files)")
    return spec.submodule_search_locations[0]


def value(text):
    """The file spells a missing value 'NA'."""
    text = text.strip()
    return None if text in ("", "NA") else text


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    path = os.path.join(package_dir("vega_datasets"), "_data", "airports.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    codes = sorted({value(r["state"]) for r in rows} - {None})
    unknown = [c for c in codes if c not in STATE_NAMES]
    if unknown:
        raise SystemExit(f"unexpected state codes: {unknown}")
    state_ids = {code: i for i, code in enumerate(codes, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE states (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, region TEXT);
        CREATE TABLE airports (
            id INTEGER PRIMARY KEY, iata TEXT NOT NULL UNIQUE, name TEXT NOT NULL, city TEXT,
            state_id INTEGER REFERENCES states(id), country TEXT NOT NULL,
            latitude REAL NOT NULL, longitude REAL NOT NULL);
    """)
    for code, i in state_ids.items():
        db.execute("INSERT INTO states VALUES (?, ?, ?, ?)", (i, code, STATE_NAMES[code], REGION.get(code)))
    for n, r in enumerate(rows, 1):
        state = value(r["state"])
        db.execute("INSERT INTO airports VALUES (?,?,?,?,?,?,?,?)",
                   (n, r["iata"].strip(), r["name"].strip(), value(r["city"]),
                    state_ids[state] if state else None, r["country"].strip(),
                    float(r["latitude"]), float(r["longitude"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
