#!/usr/bin/env python3
"""Build the stocks held-out database: python3 load.py OUT.sqlite

Data: monthly share prices (USD) of five large US technology companies, January 2000 - March 2010 (Google from
August 2004), as shipped inside the PyPI package `vega_datasets` 0.9.0 (vega_datasets/_data/stocks.csv, i.e.
`vega_datasets.data.stocks()`; columns symbol, date, price). Normalised as a modeller would:
stock_prices -> companies (many_to_one). The companies table is a small reference table written here (ticker,
common company name, primary listing exchange); ids follow the tickers in alphabetical order. Read straight from
the installed package's file with the standard library (no pandas, no network); deterministic.
"""
import csv
import datetime
import importlib.util
import os
import sqlite3
import sys

# ticker -> (company name, primary listing exchange)
COMPANIES = {
    "AAPL": ("Apple", "NASDAQ"),
    "AMZN": ("Amazon", "NASDAQ"),
    "GOOG": ("Google", "NASDAQ"),
    "IBM": ("IBM", "NYSE"),
    "MSFT": ("Microsoft", "NASDAQ"),
}


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"pip install {name}==0.9.0 (needed for its data files)")
    return spec.submodule_search_locations[0]


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with open(os.path.join(package_dir("vega_datasets"), "_data", "stocks.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    symbols = sorted({r["symbol"] for r in rows})
    missing = [s for s in symbols if s not in COMPANIES]
    if missing:
        raise SystemExit(f"unknown tickers in stocks.csv: {missing}")
    company_ids = {s: i for i, s in enumerate(symbols, 1)}
    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE companies (
            id INTEGER PRIMARY KEY, symbol TEXT NOT NULL UNIQUE, name TEXT NOT NULL, exchange TEXT NOT NULL);
        CREATE TABLE stock_prices (
            id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL REFERENCES companies(id),
            price_date TEXT NOT NULL, price REAL NOT NULL);
    """)
    for s, i in company_ids.items():
        name, exchange = COMPANIES[s]
        db.execute("INSERT INTO companies VALUES (?, ?, ?, ?)", (i, s, name, exchange))
    for n, r in enumerate(rows, 1):
        day = datetime.datetime.strptime(r["date"].strip(), "%b %d %Y").date()
        db.execute("INSERT INTO stock_prices VALUES (?, ?, ?, ?)",
                   (n, company_ids[r["symbol"].strip()], day.isoformat(), float(r["price"])))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
