#!/usr/bin/env python3
"""Build the burtin held-out database: python3 load.py OUT.sqlite

Data: Will Burtin's 1951 antibiotics data - 16 bacteria, their Gram stain and genus, and the minimum inhibitory
concentration (MIC, micrograms per millilitre; lower = the drug works better) of penicillin, streptomycin and
neomycin against each, as shipped inside the PyPI package `vega_datasets` 0.9.0 (vega_datasets/_data/burtin.json).
Normalised as a modeller would: one row per bacterium in `bacteria`, one row per bacterium x antibiotic in
`mic_results` (long format, 48 rows), mic_results -> bacteria (many_to_one).
Read straight from the installed package's file (json module, no pandas, no network); deterministic.
"""
import importlib.util
import json
import os
import sqlite3
import sys

ANTIBIOTICS = ["Penicillin", "Streptomycin", "Neomycin"]  # column order of the file


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.9.0 (needed for its data files)")
    return spec.submodule_search_locations[0]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    path = os.path.join(package_dir("vega_datasets"), "_data", "burtin.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE bacteria (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, genus TEXT NOT NULL, gram_stain TEXT NOT NULL);
        CREATE TABLE mic_results (
            id INTEGER PRIMARY KEY,
            bacterium_id INTEGER NOT NULL REFERENCES bacteria(id),
            antibiotic TEXT NOT NULL,
            mic REAL NOT NULL);
    """)
    n = 0
    for i, r in enumerate(rows, 1):  # file order (alphabetical by name)
        db.execute("INSERT INTO bacteria VALUES (?, ?, ?, ?)", (i, r["Bacteria"], r["Genus"], r["Gram_Staining"]))
        for antibiotic in ANTIBIOTICS:
            n += 1
            db.execute("INSERT INTO mic_results VALUES (?, ?, ?, ?)", (n, i, antibiotic, float(r[antibiotic])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
