#!/usr/bin/env python3
"""Build the us_employment held-out database: python3 load.py OUT.sqlite

Data: U.S. Bureau of Labor Statistics "Current Employment Statistics" national series, seasonally adjusted jobs on
nonfarm payrolls in thousands, monthly 2006-01 to 2015-12, as shipped inside the PyPI package `vega_datasets` 0.9.0
(vega_datasets/_data/us-employment.csv, one wide row per month). Normalised as a modeller would:

  industries (id, code, name, sector)  - the 11 BLS supersectors whose jobs add up to total nonfarm; sector groups
                                         them into Goods-producing / Private service-providing / Government
  employment (id, month, industry_id -> industries.id, jobs, change)
                                       - one row per industry and month; jobs in thousands as in the file; change =
                                         jobs minus the same industry's previous month (NULL for 2006-01, the first
                                         month)

The file's aggregate columns (nonfarm, private, goods_producing, ...) and the sub-series of trade/transportation/
utilities and manufacturing are left out: they are sums of the rows kept. The file's column name
`trade_transportation_utilties` (sic) is kept as the code; the display name is spelled correctly.
Read straight from the installed package's file (no pandas, no network); deterministic.
"""
import csv
import importlib.util
import os
import sqlite3
import sys

INDUSTRIES = [  # (code in the file, display name, sector), in the file's column order
    ("mining_and_logging", "Mining and Logging", "Goods-producing"),
    ("construction", "Construction", "Goods-producing"),
    ("manufacturing", "Manufacturing", "Goods-producing"),
    ("trade_transportation_utilties", "Trade, Transportation, and Utilities", "Private service-providing"),
    ("information", "Information", "Private service-providing"),
    ("financial_activities", "Financial Activities", "Private service-providing"),
    ("professional_and_business_services", "Professional and Business Services", "Private service-providing"),
    ("education_and_health_services", "Education and Health Services", "Private service-providing"),
    ("leisure_and_hospitality", "Leisure and Hospitality", "Private service-providing"),
    ("other_services", "Other Services", "Private service-providing"),
    ("government", "Government", "Government"),
]


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.9.0 (needed for its data files)")
    return spec.submodule_search_locations[0]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with open(os.path.join(package_dir("vega_datasets"), "_data", "us-employment.csv"), encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: r["month"])
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE industries (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE, sector TEXT NOT NULL);
        CREATE TABLE employment (
            id INTEGER PRIMARY KEY, month TEXT NOT NULL,
            industry_id INTEGER NOT NULL REFERENCES industries(id),
            jobs INTEGER NOT NULL, change INTEGER,
            UNIQUE (month, industry_id));
    """)
    for i, (code, name, sector) in enumerate(INDUSTRIES, 1):
        db.execute("INSERT INTO industries VALUES (?, ?, ?, ?)", (i, code, name, sector))
    previous = {}
    n = 0
    for r in rows:
        month = r["month"][:10]
        for i, (code, _, _) in enumerate(INDUSTRIES, 1):
            jobs = int(round(float(r[code])))
            n += 1
            db.execute("INSERT INTO employment VALUES (?, ?, ?, ?, ?)",
                       (n, month, i, jobs, None if i not in previous else jobs - previous[i]))
            previous[i] = jobs
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
