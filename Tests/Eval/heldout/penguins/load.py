#!/usr/bin/env python3
"""Build the penguins held-out database: python3 load.py OUT.sqlite

Data: Palmer Station penguins (Gorman, Williams & Fraser 2014), the raw table shipped inside the PyPI package
`palmerpenguins` (data/penguins-raw.csv, 344 rows). Normalised as a modeller would: penguins -> species, islands.
Read straight from the installed package's files (no pandas, no network); deterministic.
"""
import csv
import importlib.util
import os
import re
import sqlite3
import sys


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name} (needed for its data files)")
    return spec.submodule_search_locations[0]


def num(text, kind):
    return None if text in ("NA", "", ".") else kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = list(csv.DictReader(open(os.path.join(package_dir("palmerpenguins"), "data", "penguins-raw.csv"), encoding="utf-8")))
    species, islands = {}, {}
    for r in rows:
        m = re.fullmatch(r"(\w+) [Pp]enguin \((.+)\)", r["Species"])
        species[m.group(1)] = m.group(2)
        islands[r["Island"]] = r["Region"]
    species_ids = {name: i for i, name in enumerate(sorted(species), 1)}
    island_ids = {name: i for i, name in enumerate(sorted(islands), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE species (id INTEGER PRIMARY KEY, name TEXT NOT NULL, common_name TEXT NOT NULL, scientific_name TEXT NOT NULL);
        CREATE TABLE islands (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL);
        CREATE TABLE penguins (
            id INTEGER PRIMARY KEY, study_name TEXT NOT NULL, sample_number INTEGER NOT NULL, individual_id TEXT NOT NULL,
            species_id INTEGER NOT NULL REFERENCES species(id), island_id INTEGER NOT NULL REFERENCES islands(id),
            clutch_completion TEXT NOT NULL, egg_date TEXT NOT NULL,
            bill_length_mm REAL, bill_depth_mm REAL, flipper_length_mm INTEGER, body_mass_g INTEGER, sex TEXT,
            delta_15n REAL, delta_13c REAL);
    """)
    for name, i in species_ids.items():
        db.execute("INSERT INTO species VALUES (?, ?, ?, ?)", (i, name, f"{name} Penguin", species[name]))
    for name, i in island_ids.items():
        db.execute("INSERT INTO islands VALUES (?, ?, ?)", (i, name, islands[name]))
    for n, r in enumerate(rows, 1):
        sp = re.match(r"\w+", r["Species"]).group(0)
        sex = r["Sex"].lower() if r["Sex"] in ("MALE", "FEMALE") else None
        db.execute("INSERT INTO penguins VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            n, r["studyName"], int(r["Sample Number"]), r["Individual ID"], species_ids[sp], island_ids[r["Island"]],
            r["Clutch Completion"], r["Date Egg"], num(r["Culmen Length (mm)"], float), num(r["Culmen Depth (mm)"], float),
            num(r["Flipper Length (mm)"], int), num(r["Body Mass (g)"], int), sex,
            num(r["Delta 15 N (o/oo)"], float), num(r["Delta 13 C (o/oo)"], float)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
