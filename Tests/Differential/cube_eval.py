"""An independent evaluator of Cube REST queries over raw table rows, in plain Python.

It implements Cube's documented semantics (packages/cubejs-schema-compiler: JoinGraph, BaseFilter, BaseQuery,
SqliteQuery; packages/cubejs-api-gateway/src/dateParser.js) directly over the rows of the sample CSV files:

* the model comes from the Cube YAML files (cubes, joins, measures, dimensions, segments, access policies);
* SQL snippets of the model ({CUBE}.status = '在职', 100.0 * {a} / NULLIF({b}, 0), printf(...)) are interpreted
  by a small SQL-expression interpreter with SQLite's value semantics (NULL, integer division, ...);
* joins: the root is the used cube from which every other used cube is reachable along the declared join
  directions (fewest joins wins, ties go to the first cube in query order); everything is LEFT JOINed;
* a measure of cube C aggregates over the DISTINCT rows of C (by primary key) present in the group's filtered
  joined rows, which is what Cube's primary-key de-duplication of multiplied measures computes.

Nothing here looks at textbi's code or SQL.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import glob
import math
import os
import re

import yaml


class CubeUserError(Exception):
    """The query is invalid for Cube (Cube would answer 400)."""


class Unsupported(Exception):
    """The model uses something this evaluator does not interpret."""


# ---------------------------------------------------------------------------------------------------------------
# SQLite value semantics
# ---------------------------------------------------------------------------------------------------------------

def to_number(v):
    """SQLite's conversion of a value to a number in arithmetic (text: its numeric prefix, else 0)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v
    m = re.match(r"\s*([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)", str(v))
    if not m:
        return 0
    text = m.group(1)
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    return float(text)


def numeric_text(v):
    """A text value that reads wholly as a number (how SQLite's numeric affinity would convert it), else None."""
    if not isinstance(v, str):
        return None
    s = v.strip()
    if re.fullmatch(r"[+-]?\d+", s):
        return int(s)
    if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", s):
        return float(s)
    return None


def sql_compare(a, b):
    """-1/0/1 comparing two non-NULL values: numbers numerically, text by code point, a number-like text
    against a number numerically (affinity), otherwise numbers before text (SQLite's storage-class order)."""
    if isinstance(a, bool):
        a = int(a)
    if isinstance(b, bool):
        b = int(b)
    an, bn = isinstance(a, (int, float)), isinstance(b, (int, float))
    if an and not bn:
        c = numeric_text(b)
        if c is None:
            return -1
        b, bn = c, True
    elif bn and not an:
        c = numeric_text(a)
        if c is None:
            return 1
        a, an = c, True
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def ascii_lower(s):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in s)


def sql_text(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        if v == int(v) and abs(v) < 1e15:
            return f"{v:.1f}"
        return repr(v)
    return str(v)


def like_match(value, pattern, escape=None):
    """SQLite LIKE: case-insensitive for ASCII letters, % and _ wildcards, optional escape character."""
    value = ascii_lower(sql_text(value))
    pattern = ascii_lower(sql_text(pattern))
    regex = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if escape is not None and c == escape and i + 1 < len(pattern):
            regex.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if c == "%":
            regex.append(".*")
        elif c == "_":
            regex.append(".")
        else:
            regex.append(re.escape(c))
        i += 1
    return re.fullmatch("".join(regex), value, re.DOTALL) is not None


def sql_truthy(v):
    if v is None:
        return None
    if isinstance(v, str):
        n = to_number(v)
        return n != 0
    return v != 0


def sql_printf(fmt, args):
    out = []
    args = list(args)
    i = 0
    spec = re.compile(r"%([-+ 0#]*)(\d*)(?:\.(\d+))?([dsfiexXgGcq%])")
    pos = 0
    while True:
        m = spec.search(fmt, pos)
        if not m:
            out.append(fmt[pos:])
            break
        out.append(fmt[pos:m.start()])
        flags, width, prec, conv = m.groups()
        pos = m.end()
        if conv == "%":
            out.append("%")
            continue
        a = args[i] if i < len(args) else None
        i += 1
        pyspec = "%" + flags + width + ("." + prec if prec else "")
        if conv in "di":
            n = to_number(a) if a is not None else 0
            out.append((pyspec + "d") % int(n))
        elif conv in "feEgG":
            n = to_number(a) if a is not None else 0.0
            out.append((pyspec + conv) % float(n))
        elif conv in "xX":
            out.append((pyspec + conv) % int(to_number(a) or 0))
        else:
            out.append((pyspec + "s") % ("" if a is None else sql_text(a)))
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# A small interpreter for the model's SQL snippets
# ---------------------------------------------------------------------------------------------------------------

TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<ref>\{[^}]*\})
  | (?P<str>'(?:[^']|'')*')
  | (?P<qid>"(?:[^"]|"")*")
  | (?P<num>\d+\.\d*|\.\d+|\d+)
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>\|\||<=|>=|<>|!=|==|[=<>+\-*/%(),.])
""", re.VERBOSE)

KEYWORDS = {"AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END",
            "TRUE", "FALSE", "ESCAPE"}


def tokenize(text):
    tokens = []
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise Unsupported(f"cannot tokenize SQL snippet at {text[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup
        value = m.group(kind)
        if kind == "ws":
            continue
        if kind == "id" and value.upper() in KEYWORDS:
            tokens.append(("kw", value.upper()))
        elif kind == "str":
            tokens.append(("str", value[1:-1].replace("''", "'")))
        elif kind == "qid":
            tokens.append(("id", value[1:-1].replace('""', '"')))
        elif kind == "num":
            tokens.append(("num", float(value) if "." in value else int(value)))
        elif kind == "ref":
            tokens.append(("ref", value[1:-1].strip()))
        else:
            tokens.append((kind, value))
    tokens.append(("eof", None))
    return tokens


class SnippetCompiler:
    """Compiles one SQL snippet into a Python closure.

    mode 'row': the closure takes a joined-row context {cube: row dict or None}; references resolve to columns
    and dimensions. mode 'measure': the closure takes a function (cube, measure) -> value; references resolve to
    measures."""

    def __init__(self, model, cube, mode):
        self.model = model
        self.cube = cube
        self.mode = mode
        self.cubes_referenced = set()

    def compile(self, text):
        self.tokens = tokenize(str(text))
        self.i = 0
        f = self.parse_or()
        if self.peek()[0] != "eof":
            raise Unsupported(f"trailing SQL in snippet {text!r}: {self.peek()}")
        return f

    # token helpers
    def peek(self, k=0):
        return self.tokens[self.i + k]

    def take(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def accept(self, kind, value=None):
        t = self.peek()
        if t[0] == kind and (value is None or t[1] == value):
            self.i += 1
            return True
        return False

    def expect(self, kind, value=None):
        if not self.accept(kind, value):
            raise Unsupported(f"expected {value or kind}, found {self.peek()}")

    # grammar
    def parse_or(self):
        left = self.parse_and()
        while self.accept("kw", "OR"):
            right = self.parse_and()
            left = (lambda l, r: lambda c: _or(l(c), r(c)))(left, right)
        return left

    def parse_and(self):
        left = self.parse_not()
        while self.accept("kw", "AND"):
            right = self.parse_not()
            left = (lambda l, r: lambda c: _and(l(c), r(c)))(left, right)
        return left

    def parse_not(self):
        if self.accept("kw", "NOT"):
            inner = self.parse_not()
            return lambda c: _not(inner(c))
        return self.parse_cmp()

    def parse_cmp(self):
        left = self.parse_add()
        t = self.peek()
        if t[0] == "op" and t[1] in ("=", "==", "<>", "!=", "<", "<=", ">", ">="):
            self.take()
            right = self.parse_add()
            op = t[1]
            return lambda c: _cmp(op, left(c), right(c))
        if t == ("kw", "IS"):
            self.take()
            neg = self.accept("kw", "NOT")
            if self.accept("kw", "NULL"):
                return (lambda c: int(left(c) is not None)) if neg else (lambda c: int(left(c) is None))
            right = self.parse_add()
            return lambda c: int((_is(left(c), right(c))) != neg)
        neg = False
        if t == ("kw", "NOT") and self.peek(1)[0] == "kw" and self.peek(1)[1] in ("IN", "LIKE", "BETWEEN"):
            self.take()
            neg = True
            t = self.peek()
        if t == ("kw", "IN"):
            self.take()
            self.expect("op", "(")
            items = [self.parse_or()]
            while self.accept("op", ","):
                items.append(self.parse_or())
            self.expect("op", ")")
            f = lambda c: _in(left(c), [it(c) for it in items])
            return (lambda c: _not(f(c))) if neg else f
        if t == ("kw", "LIKE"):
            self.take()
            pattern = self.parse_add()
            esc = None
            if self.accept("kw", "ESCAPE"):
                esc = self.parse_add()
            def f(c, pattern=pattern, esc=esc):
                v, p = left(c), pattern(c)
                if v is None or p is None:
                    return None
                return int(like_match(v, p, esc(c) if esc else None))
            return (lambda c: _not(f(c))) if neg else f
        if t == ("kw", "BETWEEN"):
            self.take()
            lo = self.parse_add()
            self.expect("kw", "AND")
            hi = self.parse_add()
            f = lambda c: _and(_cmp(">=", left(c), lo(c)), _cmp("<=", left(c), hi(c)))
            return (lambda c: _not(f(c))) if neg else f
        return left

    def parse_add(self):
        left = self.parse_mul()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.parse_mul()
            left = (lambda l, r, op: lambda c: _arith(op, l(c), r(c)))(left, right, op)
        return left

    def parse_mul(self):
        left = self.parse_concat()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            right = self.parse_concat()
            left = (lambda l, r, op: lambda c: _arith(op, l(c), r(c)))(left, right, op)
        return left

    def parse_concat(self):
        left = self.parse_unary()
        while self.accept("op", "||"):
            right = self.parse_unary()
            left = (lambda l, r: lambda c: None if l(c) is None or r(c) is None
                    else sql_text(l(c)) + sql_text(r(c)))(left, right)
        return left

    def parse_unary(self):
        if self.accept("op", "-"):
            inner = self.parse_unary()
            return lambda c: _arith("-", 0, inner(c))
        if self.accept("op", "+"):
            return self.parse_unary()
        return self.parse_primary()

    def parse_primary(self):
        t = self.take()
        kind, value = t
        if kind == "num" or kind == "str":
            return lambda c: value
        if kind == "kw" and value == "NULL":
            return lambda c: None
        if kind == "kw" and value in ("TRUE", "FALSE"):
            return (lambda c: 1) if value == "TRUE" else (lambda c: 0)
        if kind == "op" and value == "(":
            inner = self.parse_or()
            self.expect("op", ")")
            return inner
        if kind == "kw" and value == "CASE":
            return self.parse_case()
        if kind == "ref":
            return self.parse_reference(value)
        if kind == "id":
            if self.peek() == ("op", "("):
                return self.parse_function(value)
            if self.peek() == ("op", ".") and self.peek(1)[0] == "id":
                self.take()
                col = self.take()[1]
                if value in self.model.cubes:
                    return self.column(value, col)
                raise Unsupported(f"unknown table {value} in snippet")
            return self.column(self.cube, value)
        raise Unsupported(f"unexpected token {t} in snippet")

    def parse_case(self):
        base = None
        if self.peek() != ("kw", "WHEN"):
            base = self.parse_or()
        arms = []
        while self.accept("kw", "WHEN"):
            cond = self.parse_or()
            self.expect("kw", "THEN")
            arms.append((cond, self.parse_or()))
        default = None
        if self.accept("kw", "ELSE"):
            default = self.parse_or()
        self.expect("kw", "END")

        def f(c):
            b = base(c) if base else None
            for cond, res in arms:
                if base is not None:
                    if _cmp("=", b, cond(c)) == 1:
                        return res(c)
                elif sql_truthy(cond(c)):
                    return res(c)
            return default(c) if default else None
        return f

    def parse_function(self, name):
        self.expect("op", "(")
        args = []
        if not self.accept("op", ")"):
            args.append(self.parse_or())
            while self.accept("op", ","):
                args.append(self.parse_or())
            self.expect("op", ")")
        n = name.lower()
        if n == "nullif":
            a, b = args
            return lambda c: (lambda x, y: None if x is not None and y is not None and sql_compare(x, y) == 0 else x)(a(c), b(c))
        if n in ("coalesce", "ifnull"):
            def f(c):
                for a in args:
                    v = a(c)
                    if v is not None:
                        return v
                return None
            return f
        if n in ("printf", "format"):
            return lambda c: None if args[0](c) is None else sql_printf(sql_text(args[0](c)), [a(c) for a in args[1:]])
        if n == "lower":
            return lambda c: None if args[0](c) is None else ascii_lower(sql_text(args[0](c)))
        if n == "upper":
            return lambda c: None if args[0](c) is None else sql_text(args[0](c)).upper()
        if n == "abs":
            return lambda c: None if args[0](c) is None else abs(to_number(args[0](c)))
        if n == "length":
            return lambda c: None if args[0](c) is None else len(sql_text(args[0](c)))
        if n == "round":
            def f(c):
                v = args[0](c)
                d = args[1](c) if len(args) > 1 else 0
                if v is None:
                    return None
                return float(round(float(to_number(v)), int(to_number(d))))
            return f
        if n in ("substr", "substring"):
            def f(c):
                s = args[0](c)
                if s is None:
                    return None
                s = sql_text(s)
                start = int(to_number(args[1](c)))
                length = int(to_number(args[2](c))) if len(args) > 2 else None
                begin = start - 1 if start > 0 else max(len(s) + start, 0)
                return s[begin:] if length is None else s[begin:begin + length]
            return f
        raise Unsupported(f"function {name} in snippet")

    def parse_reference(self, name):
        if name == "CUBE" or name in self.model.cubes:
            cube = self.cube if name == "CUBE" else name
            if self.accept("op", "."):
                t = self.take()
                if t[0] != "id":
                    raise Unsupported(f"expected a column after {{{name}}}.")
                return self.column(cube, t[1])
            raise Unsupported(f"bare cube reference {{{name}}}")
        if "." in name:
            cube, member = name.split(".", 1)
        else:
            cube, member = self.cube, name
        if cube not in self.model.cubes:
            raise Unsupported(f"reference to unknown cube in {{{name}}}")
        c = self.model.cubes[cube]
        if self.mode == "measure":
            if member not in c.measures:
                raise Unsupported(f"{{{name}}} is not a measure")
            return lambda ctx, cube=cube, member=member: ctx(cube, member)
        if member in c.dimensions:
            self.cubes_referenced.add(cube)
            f = c.dimension_fn(member)
            return f
        raise Unsupported(f"{{{name}}} is not a dimension")

    def column(self, cube, col):
        self.cubes_referenced.add(cube)

        def f(ctx):
            row = ctx.get(cube)
            if row is None:
                return None
            if col not in row:
                raise Unsupported(f"unknown column {cube}.{col}")
            return row[col]
        return f


def _and(a, b):
    ta, tb = sql_truthy(a), sql_truthy(b)
    if ta is False or tb is False:
        return 0
    if ta is None or tb is None:
        return None
    return 1


def _or(a, b):
    ta, tb = sql_truthy(a), sql_truthy(b)
    if ta is True or tb is True:
        return 1
    if ta is None or tb is None:
        return None
    return 0


def _not(a):
    t = sql_truthy(a)
    return None if t is None else int(not t)


def _cmp(op, a, b):
    if a is None or b is None:
        return None
    c = sql_compare(a, b)
    return int({"=": c == 0, "==": c == 0, "<>": c != 0, "!=": c != 0, "<": c < 0, "<=": c <= 0,
                ">": c > 0, ">=": c >= 0}[op])


def _is(a, b):
    if a is None or b is None:
        return a is None and b is None
    return sql_compare(a, b) == 0


def _in(v, items):
    if v is None:
        return None
    saw_null = False
    for it in items:
        if it is None:
            saw_null = True
        elif sql_compare(v, it) == 0:
            return 1
    return None if saw_null else 0


def _arith(op, a, b):
    if a is None or b is None:
        return None
    a, b = to_number(a), to_number(b)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            return None
        if isinstance(a, int) and isinstance(b, int):
            q = abs(a) // abs(b)
            return q if (a >= 0) == (b >= 0) else -q
        return a / b
    if op == "%":
        if b == 0:
            return None
        if isinstance(a, int) and isinstance(b, int):
            r = abs(a) % abs(b)
            return r if a >= 0 else -r
        return math.fmod(float(int(a)), float(int(b)))
    raise Unsupported(op)


# ---------------------------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------------------------

class CubeDef:
    def __init__(self, model, spec):
        self.model = model
        self.name = spec["name"]
        self.spec = spec
        self.table = spec.get("sql_table")
        if not self.table:
            raise Unsupported(f"cube {self.name} has no sql_table")
        self.joins = [(j["name"], j.get("relationship", "many_to_one"), j["sql"]) for j in spec.get("joins") or []]
        self.measures = {m["name"]: m for m in spec.get("measures") or []}
        self.dimensions = {d["name"]: d for d in spec.get("dimensions") or []}
        self.segments = {s["name"]: s for s in spec.get("segments") or []}
        self.policies = spec.get("access_policy") or []
        pks = [d["name"] for d in self.dimensions.values() if d.get("primary_key")]
        self.primary_key = pks[0] if pks else None
        self._dim_fns = {}
        self._seg_fns = {}

    def dimension_fn(self, name):
        if name not in self._dim_fns:
            self._dim_fns[name] = None  # guards against cycles
            d = self.dimensions[name]
            if "case" in d:
                raise Unsupported(f"dimension {self.name}.{name} uses case")
            compiler = SnippetCompiler(self.model, self.name, "row")
            f = compiler.compile(d["sql"])
            if d.get("type") == "time":
                raw = f
                f = lambda ctx, raw=raw: normalize_time(raw(ctx))
            if compiler.cubes_referenced <= {self.name}:
                # depends on this cube's row only: memoize per row object (rows live as long as the data)
                memo = {}
                raw_fn, cube = f, self.name

                def f(ctx, raw_fn=raw_fn, cube=cube, memo=memo):
                    row = ctx.get(cube)
                    if row is None:
                        return raw_fn(ctx)
                    k = id(row)
                    if k in memo:
                        return memo[k]
                    v = memo[k] = raw_fn(ctx)
                    return v
            self._dim_fns[name] = f
        f = self._dim_fns[name]
        if f is None:
            return lambda ctx: self._dim_fns[name](ctx)
        return f

    def segment_fn(self, name):
        if name not in self._seg_fns:
            self._seg_fns[name] = SnippetCompiler(self.model, self.name, "row").compile(self.segments[name]["sql"])
        return self._seg_fns[name]

    def is_public(self, kind, name):
        spec = getattr(self, kind)[name]
        return spec.get("public", spec.get("shown", True)) is not False


class Model:
    def __init__(self, model_dir):
        self.cubes = {}
        for path in sorted(glob.glob(os.path.join(model_dir, "*.yml")) + glob.glob(os.path.join(model_dir, "*.yaml"))):
            with open(path, encoding="utf-8") as fh:
                doc = yaml.safe_load(fh) or {}
            for spec in doc.get("cubes") or []:
                self.cubes[spec["name"]] = spec
        for name, spec in list(self.cubes.items()):
            self.cubes[name] = CubeDef(self, spec)
        # directed join edges in declaration order
        self.edges = {}
        for cube in self.cubes.values():
            for target, rel, sql in cube.joins:
                if target not in self.cubes:
                    raise Unsupported(f"join to unknown cube {target}")
                self.edges.setdefault(cube.name, []).append(target)

    def member_kind(self, path):
        """('measure'|'dimension'|'segment', cube, name) for 'cube.member'; raises CubeUserError if unknown."""
        parts = path.split(".")
        if len(parts) != 2 or parts[0] not in self.cubes:
            raise CubeUserError(f"unknown member {path}")
        cube = self.cubes[parts[0]]
        if parts[1] in cube.measures:
            return "measure", parts[0], parts[1]
        if parts[1] in cube.dimensions:
            return "dimension", parts[0], parts[1]
        if parts[1] in cube.segments:
            return "segment", parts[0], parts[1]
        raise CubeUserError(f"unknown member {path}")

    def dimension_type(self, path):
        kind, cube, name = self.member_kind(path)
        if kind != "dimension":
            raise CubeUserError(f"{path} is not a dimension")
        return self.cubes[cube].dimensions[name].get("type", "string")

    def measure_type(self, path):
        kind, cube, name = self.member_kind(path)
        if kind != "measure":
            raise CubeUserError(f"{path} is not a measure")
        return self.cubes[cube].measures[name].get("type")

    def shortest_path(self, src, dst):
        """Directed BFS along declared joins (edge order = declaration order); list of cubes or None."""
        if src == dst:
            return [src]
        prev = {src: None}
        queue = [src]
        while queue:
            nxt = []
            for node in queue:
                for to in self.edges.get(node, []):
                    if to not in prev:
                        prev[to] = node
                        if to == dst:
                            path = [to]
                            while prev[path[-1]] is not None:
                                path.append(prev[path[-1]])
                            return list(reversed(path))
                        nxt.append(to)
            queue = nxt
        return None

    def join_tree(self, cubes):
        """Cube's JoinGraph.buildJoin over the ordered list of used cubes: (root, [(from, to)...]).
        Raises CubeUserError "Can't find join path" when no used cube reaches all the others."""
        best = None
        for root in cubes:
            edges = []
            ok = True
            for other in cubes:
                if other == root:
                    continue
                path = self.shortest_path(root, other)
                if path is None:
                    ok = False
                    break
                for a, b in zip(path, path[1:]):
                    if (a, b) not in edges:
                        edges.append((a, b))
            if ok and (best is None or len(edges) < len(best[1])):
                best = (root, edges)
        if best is None:
            raise CubeUserError("Can't find join path to join " + ", ".join(f"'{c}'" for c in cubes))
        return best

    def join_roots(self, cubes):
        """Every root achieving the minimal join count (more than one means Cube's choice depends on order)."""
        results = []
        for root in cubes:
            edges = set()
            ok = True
            for other in cubes:
                if other == root:
                    continue
                path = self.shortest_path(root, other)
                if path is None:
                    ok = False
                    break
                edges.update(zip(path, path[1:]))
            if ok:
                results.append((len(edges), root))
        if not results:
            return []
        low = min(n for n, _ in results)
        return [r for n, r in results if n == low]


# ---------------------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------------------

def schema_column_types(migrations_dir):
    """{table: {column: 'INTEGER'|'REAL'|'TEXT'|...}} from CREATE TABLE statements."""
    types = {}
    for path in sorted(glob.glob(os.path.join(migrations_dir, "*.sql"))):
        text = open(path, encoding="utf-8").read()
        for m in re.finditer(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)\"?\s*\((.*?)\);", text, re.S | re.I):
            cols = {}
            for line in m.group(2).split("\n"):
                cm = re.match(r"\s*\"?(\w+)\"?\s+(\w+)", line)
                if cm and cm.group(1).upper() not in ("PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "CONSTRAINT"):
                    cols[cm.group(1)] = cm.group(2).upper()
            types[m.group(1)] = cols
    return types


def _typed(value, sqltype):
    if value == "":
        return None
    if sqltype and "INT" in sqltype:
        try:
            return int(value)
        except ValueError:
            return value
    if sqltype and any(k in sqltype for k in ("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL")):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def load_csv_data(model, seed_dir, migrations_dir):
    """The raw rows of each cube's table, read from SampleData/<table>.csv, typed by the migrations' schema
    (an empty field is NULL)."""
    types = schema_column_types(migrations_dir)
    data = {}
    for cube in model.cubes.values():
        path = os.path.join(seed_dir, cube.table + ".csv")
        coltypes = types.get(cube.table, {})
        with open(path, encoding="utf-8", newline="") as fh:
            data[cube.name] = [{k: _typed(v, coltypes.get(k)) for k, v in row.items()} for row in csv.DictReader(fh)]
    return data


def load_sqlite_data(model, database):
    import sqlite3
    data = {}
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        for cube in model.cubes.values():
            data[cube.name] = [dict(r) for r in db.execute(f'SELECT * FROM "{cube.table}"')]
    return data


# ---------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------

def normalize_time(v):
    """A time value as 'YYYY-MM-DDTHH:MM:SS.mmm' (how Cube's timestamps compare and print), or None."""
    if v is None:
        return None
    s = str(v).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?", s)
    if not m:
        return None
    y, mo, d, hh, mi, ss, frac = m.groups()
    try:
        dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None
    ms = (frac or "0").ljust(3, "0")[:3]
    return f"{y}-{mo}-{d}T{hh or '00'}:{mi or '00'}:{ss or '00'}.{ms}"


@functools.lru_cache(maxsize=200000)
def bucket(value, granularity):
    """Cube's truncation of a normalized time value to a granularity, formatted YYYY-MM-DDTHH:mm:ss.SSS."""
    if value is None:
        return None
    d = dt.datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")
    if granularity == "second":
        return d.strftime("%Y-%m-%dT%H:%M:%S.000")
    if granularity == "minute":
        return d.strftime("%Y-%m-%dT%H:%M:00.000")
    if granularity == "hour":
        return d.strftime("%Y-%m-%dT%H:00:00.000")
    day = d.date()
    if granularity == "day":
        pass
    elif granularity == "week":
        day = day - dt.timedelta(days=day.weekday())
    elif granularity == "month":
        day = day.replace(day=1)
    elif granularity == "quarter":
        day = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    elif granularity == "year":
        day = day.replace(month=1, day=1)
    else:
        raise CubeUserError(f"unknown granularity {granularity}")
    return day.strftime("%Y-%m-%dT00:00:00.000")


GRANULARITIES = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")


def _add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d.replace(year=y, month=m, day=min(d.day, last))


def _shift(d, unit, n):
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "quarter":
        return _add_months(d, 3 * n)
    if unit == "year":
        return _add_months(d, 12 * n)
    raise CubeUserError(f"unsupported unit {unit}")


def _start_of(d, unit):
    if unit == "day":
        return d
    if unit == "week":
        return d - dt.timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    if unit == "quarter":
        return d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    if unit == "year":
        return d.replace(month=1, day=1)
    raise CubeUserError(f"unsupported unit {unit}")


def _end_of(d, unit):
    return _shift(_start_of(d, unit), unit, 1) - dt.timedelta(days=1)


def _fmt_from(d):
    return d.strftime("%Y-%m-%dT00:00:00.000")


def _fmt_to(d):
    return d.strftime("%Y-%m-%dT23:59:59.999")


def format_from_date(value):
    """BaseFilter.formatFromDate: a bare date gets T00:00:00.000; a full timestamp stays."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}", value):
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value + "T00:00:00.000"
    n = normalize_time(value)
    if n is None:
        raise CubeUserError(f"can't parse date {value!r}")
    return n


def format_to_date(value):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}", value):
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value + "T23:59:59.999"
    n = normalize_time(value)
    if n is None:
        raise CubeUserError(f"can't parse date {value!r}")
    return n


def resolve_relative(text, today):
    """dateParser.js for the forms the generator uses (whole days; UTC)."""
    s = text.lower().strip()
    m = re.search(r"(this|last|next)\s+(day|week|month|year|quarter)\b", s)
    if m and not re.search(r"(last|next)\s+\d+", s):
        start = end = today
        if m.group(1) == "last":
            start, end = _shift(today, m.group(2), -1), _shift(today, m.group(2), -1)
        elif m.group(1) == "next":
            start, end = _shift(today, m.group(2), 1), _shift(today, m.group(2), 1)
        return _fmt_from(_start_of(start, m.group(2))), _fmt_to(_end_of(end, m.group(2)))
    m = re.search(r"(last|next)\s+(\d+)\s+(day|week|month|year|quarter)s?\b", s)
    if m:
        n = int(m.group(2))
        unit = m.group(3)
        if m.group(1) == "last":
            start, end = _shift(today, unit, -n), _shift(today, unit, -1)
        else:
            start, end = _shift(today, unit, 1), _shift(today, unit, n)
        return _fmt_from(_start_of(start, unit)), _fmt_to(_end_of(end, unit))
    if "today" in s:
        return _fmt_from(today), _fmt_to(today)
    if "yesterday" in s:
        d = today - dt.timedelta(days=1)
        return _fmt_from(d), _fmt_to(d)
    if "tomorrow" in s:
        d = today + dt.timedelta(days=1)
        return _fmt_from(d), _fmt_to(d)
    m = re.fullmatch(r"from (.*) to (.*)", s)
    if m:
        a, b = m.group(1).strip(), m.group(2).strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", a) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", b):
            return a + "T00:00:00.000", b + "T23:59:59.999"
        raise Unsupported(f"free-form date {text!r}")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s + "T00:00:00.000", s + "T23:59:59.999"
    raise Unsupported(f"date range {text!r}")


def resolve_date_range(date_range, today):
    if isinstance(date_range, str):
        return resolve_relative(date_range, today)
    if isinstance(date_range, list):
        if len(date_range) == 1:
            return format_from_date(date_range[0]), format_to_date(date_range[0])
        if len(date_range) == 2:
            return format_from_date(date_range[0]), format_to_date(date_range[1])
    raise CubeUserError(f"bad dateRange {date_range!r}")


# ---------------------------------------------------------------------------------------------------------------
# Filters (BaseFilter.ts semantics)
# ---------------------------------------------------------------------------------------------------------------

DATE_OPERATORS = ("inDateRange", "notInDateRange", "beforeDate", "beforeOrOnDate", "afterDate", "afterOrOnDate")
LIKE_OPERATORS = ("contains", "notContains", "startsWith", "notStartsWith", "endsWith", "notEndsWith")
OPERATORS = ("equals", "notEquals", "gt", "gte", "lt", "lte", "set", "notSet") + LIKE_OPERATORS + DATE_OPERATORS


def _param(value, member_type):
    """A bound filter value: numbers for number dimensions and measures (Cube's intent; the values arrive as
    strings), text otherwise."""
    if value is None:
        return None
    if member_type == "number":
        n = numeric_text(str(value))
        return n if n is not None else str(value)
    if member_type == "boolean":
        s = str(value).lower()
        if s in ("true", "1"):
            return 1
        if s in ("false", "0"):
            return 0
        return str(value)
    return str(value)


def make_condition(operator, values, member_type):
    """A predicate over one member value (None = NULL) following BaseFilter.ts exactly."""
    if operator not in OPERATORS:
        raise CubeUserError(f"unknown operator {operator}")
    values = values if isinstance(values, list) else ([] if values is None else [values])
    contains_null = any(v is None for v in values)
    params = [_param(v, member_type) for v in values if v is not None]
    is_array = len(values) > 1

    def eq(a, b):
        return sql_compare(a, b) == 0

    if operator in ("set", "notSet"):
        return (lambda v: v is not None) if operator == "set" else (lambda v: v is None)
    if operator == "equals":
        if not values:
            raise CubeUserError("equals needs values")
        if is_array:
            if not params:
                raise Unsupported("IN () with only nulls")
            return lambda v: (v is not None and any(eq(v, p) for p in params)) or (contains_null and v is None)
        if contains_null:
            return lambda v: v is None
        p = params[0]
        return lambda v: v is not None and eq(v, p)
    if operator == "notEquals":
        if not values:
            raise CubeUserError("notEquals needs values")
        if is_array:
            if not params:
                raise Unsupported("NOT IN () with only nulls")
            return lambda v: (v is not None and not any(eq(v, p) for p in params)) or (not contains_null and v is None)
        if contains_null:
            return lambda v: v is not None
        p = params[0]
        return lambda v: (v is not None and not eq(v, p)) or v is None
    if operator in LIKE_OPERATORS:
        if not params:
            raise Unsupported(f"{operator} without a non-null value")
        negated = operator.startswith("not")
        kind = operator[3:].lower() if negated else operator.lower()
        kind = {"contains": "contains", "startswith": "starts", "endswith": "ends"}[kind]
        add_is_null = (not contains_null) if negated else contains_null
        needles = [ascii_lower(sql_text(p)) for p in params]

        def like(v, needle):
            text = ascii_lower(sql_text(v))
            if kind == "contains":
                return needle in text
            if kind == "starts":
                return text.startswith(needle)
            return text.endswith(needle)

        if negated:
            return lambda v: add_is_null if v is None else all(not like(v, n) for n in needles)
        return lambda v: add_is_null if v is None else any(like(v, n) for n in needles)
    if operator in ("gt", "gte", "lt", "lte"):
        if not params:
            raise CubeUserError(f"{operator} needs a value")
        p = params[0]
        test = {"gt": lambda c: c > 0, "gte": lambda c: c >= 0, "lt": lambda c: c < 0, "lte": lambda c: c <= 0}[operator]
        return lambda v: v is not None and test(sql_compare(v, p))
    # date operators: BaseFilter.filterParams = [formatFromDate(values[0]), formatToDate(values[1])]
    if not values or values[0] is None:
        raise CubeUserError(f"{operator} needs a date")
    frm = format_from_date(str(values[0]))
    if operator in ("inDateRange", "notInDateRange"):
        if len(values) < 2 or values[1] is None:
            raise CubeUserError(f"{operator} needs two dates")
        to = format_to_date(str(values[1]))
        if operator == "inDateRange":
            return lambda v: v is not None and frm <= v <= to
        return lambda v: v is not None and (v < frm or v > to)
    if operator == "beforeDate":
        return lambda v: v is not None and v < frm
    if operator == "beforeOrOnDate":
        return lambda v: v is not None and v <= frm
    if operator == "afterDate":
        return lambda v: v is not None and v > frm
    return lambda v: v is not None and v >= frm


# ---------------------------------------------------------------------------------------------------------------
# The evaluator
# ---------------------------------------------------------------------------------------------------------------

DEFAULT_LIMIT = 10000
MAX_LIMIT = 50000


class Evaluator:
    def __init__(self, model, data, today):
        self.model = model
        self.data = data
        self.today = today if isinstance(today, dt.date) else dt.date.fromisoformat(today)
        self._joined = {}
        self._join_conditions = {}

    # ----- joins -----
    def _join_condition(self, src, dst):
        key = (src, dst)
        if key not in self._join_conditions:
            sql = next(j[2] for j in self.model.cubes[src].joins if j[0] == dst)
            tokens = tokenize(sql)
            depth = 0
            split = None
            for i, t in enumerate(tokens):
                if t == ("op", "("):
                    depth += 1
                elif t == ("op", ")"):
                    depth -= 1
                elif t[0] == "kw" and t[1] in ("AND", "OR") and depth == 0:
                    split = None
                    break
                elif t == ("op", "=") and depth == 0:
                    split = i if split is None else -1
            hashed = None
            if split and split > 0:
                text_tokens = tokens
                left = SnippetCompiler(self.model, src, "row")
                right = SnippetCompiler(self.model, src, "row")
                lf = _compile_tokens(left, text_tokens[:split] + [("eof", None)])
                rf = _compile_tokens(right, text_tokens[split + 1:])
                if left.cubes_referenced == {src} and right.cubes_referenced == {dst}:
                    hashed = (lf, rf)
                elif left.cubes_referenced == {dst} and right.cubes_referenced == {src}:
                    hashed = (rf, lf)
            if hashed:
                self._join_conditions[key] = ("hash", hashed)
            else:
                self._join_conditions[key] = ("loop", SnippetCompiler(self.model, src, "row").compile(sql))
        return self._join_conditions[key]

    def joined_rows(self, root, edges):
        key = (root, tuple(edges))
        if key in self._joined:
            return self._joined[key]
        rows = [{root: r} for r in self.data[root]]
        for src, dst in edges:
            kind, cond = self._join_condition(src, dst)
            out = []
            if kind == "hash":
                src_key, dst_key = cond
                index = {}
                for r in self.data[dst]:
                    k = dst_key({dst: r})
                    if k is not None:
                        index.setdefault(_hash_key(k), []).append(r)
                for ctx in rows:
                    k = src_key(ctx) if ctx.get(src) is not None else None
                    matches = index.get(_hash_key(k), []) if k is not None else []
                    if matches:
                        for m in matches:
                            n = dict(ctx)
                            n[dst] = m
                            out.append(n)
                    else:
                        n = dict(ctx)
                        n[dst] = None
                        out.append(n)
            else:
                for ctx in rows:
                    found = False
                    for m in self.data[dst]:
                        n = dict(ctx)
                        n[dst] = m
                        if ctx.get(src) is not None and sql_truthy(cond(n)):
                            out.append(n)
                            found = True
                    if not found:
                        n = dict(ctx)
                        n[dst] = None
                        out.append(n)
            rows = out
        self._joined[key] = rows
        return rows

    # ----- security -----
    def security_filters(self, cubes, claims):
        """The access-policy filters that apply: for each used cube (closing over the cubes those filters
        name), every row-level filter of a `role: "*"` policy whose claims are all present in the token."""
        if claims is None:
            return []
        used = list(cubes)
        filters = []
        seen = set()
        i = 0
        while i < len(used):
            cube = self.model.cubes[used[i]]
            i += 1
            for policy in cube.policies:
                if policy.get("role", "*") != "*":
                    continue
                for f in (policy.get("row_level") or {}).get("filters") or []:
                    resolved = self._resolve_policy_filter(cube.name, f, claims)
                    if resolved is None:
                        continue
                    sig = repr(resolved)
                    if sig in seen:
                        continue
                    seen.add(sig)
                    filters.append(resolved)
                    target = resolved["member"].split(".")[0]
                    if target not in used:
                        used.append(target)
        return filters

    def _resolve_policy_filter(self, cube, f, claims):
        member = f["member"] if "." in f["member"] else f"{cube}.{f['member']}"
        values = []
        for v in f.get("values") or []:
            if isinstance(v, str):
                refs = re.findall(r"\{\s*securityContext\.([A-Za-z0-9_.]+)\s*\}", v)
                if refs:
                    if any(r not in claims for r in refs):
                        return None
                    whole = re.fullmatch(r"\s*\{\s*securityContext\.([A-Za-z0-9_.]+)\s*\}\s*", v)
                    if whole:
                        claim = claims[whole.group(1)]
                        if isinstance(claim, list):
                            values.extend(None if c is None else _claim_text(c) for c in claim)
                        else:
                            values.append(None if claim is None else _claim_text(claim))
                        continue
                    values.append(re.sub(r"\{\s*securityContext\.([A-Za-z0-9_.]+)\s*\}",
                                         lambda m: _claim_text(claims[m.group(1)]), v))
                    continue
            values.append(v if v is None else str(v))
        out = {"member": member, "operator": f.get("operator", "equals")}
        if f.get("operator") not in ("set", "notSet"):
            out["values"] = values
        return out

    # ----- query analysis -----
    def _filter_members(self, filters):
        out = []
        for f in filters or []:
            if "and" in f or "or" in f:
                out += self._filter_members(f.get("and") or f.get("or"))
            else:
                out.append(f.get("member") or f.get("dimension") or f.get("measure"))
        return out

    def used_cubes(self, query, extra_filters=()):
        names = []
        members = list(query.get("measures") or []) + list(query.get("dimensions") or [])
        members += [td["dimension"] for td in query.get("timeDimensions") or []]
        members += list(query.get("segments") or [])
        members += self._filter_members(query.get("filters"))
        members += self._filter_members(list(extra_filters))
        for m in members:
            self.model.member_kind(m)
            c = m.split(".")[0]
            if c not in names:
                names.append(c)
        return names

    def plan(self, query, claims=None):
        """Validates the query the way Cube would and returns the pieces the evaluation needs."""
        q = query
        measures = list(q.get("measures") or [])
        dimensions = list(q.get("dimensions") or [])
        tds = list(q.get("timeDimensions") or [])
        for m in measures:
            if self.model.member_kind(m)[0] != "measure":
                raise CubeUserError(f"{m} is not a measure")
        for d in dimensions:
            if self.model.member_kind(d)[0] != "dimension":
                raise CubeUserError(f"{d} is not a dimension")
        for td in tds:
            if self.model.dimension_type(td["dimension"]) != "time":
                raise CubeUserError(f"{td['dimension']} is not a time dimension")
            if td.get("granularity") and td["granularity"] not in GRANULARITIES:
                raise CubeUserError(f"bad granularity {td['granularity']}")
        for s in q.get("segments") or []:
            if self.model.member_kind(s)[0] != "segment":
                raise CubeUserError(f"{s} is not a segment")
        if not measures and not dimensions and not any(td.get("granularity") for td in tds):
            raise CubeUserError("Query should contain either measures, dimensions or timeDimensions with granularities")
        base_cubes = self.used_cubes(q)
        rls = self.security_filters(base_cubes, claims)
        cubes = self.used_cubes(q, rls)
        root, edges = self.model.join_tree(cubes)
        return {"cubes": cubes, "root": root, "edges": edges, "rls": rls,
                "ambiguous_root": len(self.model.join_roots(cubes)) > 1}

    # ----- compiling filters -----
    def _compile_filter(self, f, where):
        """(kind, predicate): kind 'where' takes a row context, 'having' takes the measure-value function."""
        if "and" in f or "or" in f:
            op = "and" if "and" in f else "or"
            parts = [self._compile_filter(x, where) for x in f[op]]
            kinds = {k for k, _ in parts}
            if len(kinds) > 1:
                raise CubeUserError("You cannot use dimension and measure in same condition")
            preds = [p for _, p in parts]
            kind = kinds.pop() if kinds else "where"
            if op == "and":
                return kind, lambda x: all(p(x) for p in preds)
            return kind, lambda x: any(p(x) for p in preds)
        member = f.get("member") or f.get("dimension") or f.get("measure")
        kind, cube, name = self.model.member_kind(member)
        operator = f.get("operator")
        values = f.get("values")
        if operator not in ("set", "notSet") and not values and operator is not None:
            raise CubeUserError(f"Values required for filter on {member}")
        if kind == "measure":
            mtype = "number"
            cond = make_condition(operator, values, mtype)
            return "having", lambda get, member=member: cond(get(member))
        if kind == "segment":
            raise CubeUserError("segments can't be filtered")
        dtype = self.model.cubes[cube].dimensions[name].get("type", "string")
        if operator in DATE_OPERATORS and dtype != "time":
            raise CubeUserError(f"{operator} on a non-time dimension {member}")
        cond = make_condition(operator, values, dtype)
        fn = self.model.cubes[cube].dimension_fn(name)
        return "where", lambda ctx: cond(fn(ctx))

    # ----- measures -----
    def _measure_value(self, cube_name, measure_name, rows, cache):
        key = (cube_name, measure_name)
        if key in cache:
            return cache[key]
        cube = self.model.cubes[cube_name]
        m = cube.measures[measure_name]
        mtype = m.get("type")
        if mtype == "number":
            fn = _compiled_measure_expr(self.model, cube_name, measure_name)
            value = fn(lambda c, n: self._measure_value(c, n, rows, cache))
            cache[key] = value
            return value
        # distinct rows of the cube present in the group (by primary key)
        distinct = {}
        pk_fn = cube.dimension_fn(cube.primary_key) if cube.primary_key else None
        for ctx in rows:
            r = ctx.get(cube_name)
            if r is None:
                continue
            k = _hash_key(pk_fn(ctx)) if pk_fn else id(r)
            if k not in distinct:
                distinct[k] = ctx
        filters = [_compiled_snippet(self.model, cube_name, f["sql"]) for f in m.get("filters") or []]
        selected = [ctx for ctx in distinct.values() if all(sql_truthy(f(ctx)) for f in filters)]
        sql_fn = _compiled_snippet(self.model, cube_name, m["sql"]) if m.get("sql") is not None else None
        if mtype == "count":
            if sql_fn is None:
                value = len(selected)
            else:
                value = sum(1 for ctx in selected if sql_fn(ctx) is not None)
        elif mtype in ("count_distinct", "count_distinct_approx"):
            if sql_fn is None:
                raise Unsupported("count_distinct without sql")
            value = len({_hash_key(v) for v in (sql_fn(ctx) for ctx in selected) if v is not None})
        elif mtype in ("sum", "avg", "min", "max"):
            vals = [v for v in (sql_fn(ctx) for ctx in selected) if v is not None]
            if not vals:
                value = None
            elif mtype == "sum":
                nums = [to_number(v) for v in vals]
                value = math.fsum(nums) if any(isinstance(n, float) for n in nums) else sum(nums)
            elif mtype == "avg":
                nums = [to_number(v) for v in vals]
                value = math.fsum(nums) / len(nums)
            elif mtype == "min":
                value = functools.reduce(lambda a, b: a if sql_compare(a, b) <= 0 else b, vals)
            else:
                value = functools.reduce(lambda a, b: a if sql_compare(a, b) >= 0 else b, vals)
        else:
            raise Unsupported(f"measure type {mtype}")
        cache[key] = value
        return value

    # ----- the query -----
    def run(self, query, claims=None, apply_limit=True):
        """The rows Cube would return for the query (ordered and limited as Cube would)."""
        plan = self.plan(query, claims)
        measures = list(query.get("measures") or [])
        dimensions = list(query.get("dimensions") or [])
        tds = list(query.get("timeDimensions") or [])

        where, having = [], []
        for f in list(query.get("filters") or []) + plan["rls"]:
            kind, pred = self._compile_filter(f, True)
            (where if kind == "where" else having).append(pred)
        for td in tds:
            if td.get("dateRange") is not None:
                frm, to = resolve_date_range(td["dateRange"], self.today)
                cond = make_condition("inDateRange", [frm, to], "time")
                fn = self._dim_fn(td["dimension"])
                where.append(lambda ctx, cond=cond, fn=fn: cond(fn(ctx)))
        for s in query.get("segments") or []:
            cube, name = s.split(".")
            seg = self.model.cubes[cube].segment_fn(name)
            where.append(lambda ctx, seg=seg: bool(sql_truthy(seg(ctx))))

        key_fns = [self._dim_fn(d) for d in dimensions]
        td_keys = []
        for td in tds:
            if td.get("granularity"):
                fn = self._dim_fn(td["dimension"])
                td_keys.append((td, (lambda ctx, fn=fn, g=td["granularity"]: bucket(fn(ctx), g))))

        groups = {}
        order_keys = []
        for ctx in self.joined_rows(plan["root"], plan["edges"]):
            if not all(p(ctx) for p in where):
                continue
            key_values = tuple(f(ctx) for f in key_fns) + tuple(f(ctx) for _, f in td_keys)
            hk = tuple(_hash_key(v) for v in key_values)
            if hk not in groups:
                groups[hk] = (key_values, [])
                order_keys.append(hk)
            groups[hk][1].append(ctx)
        if not measures and not dimensions and not td_keys:
            pass
        if not dimensions and not td_keys:
            # one row even when nothing matched
            if () not in groups:
                groups[()] = ((), [])
                order_keys.append(())

        rows = []
        for hk in order_keys:
            key_values, ctxs = groups[hk]
            cache = {}
            get = lambda path, ctxs=ctxs, cache=cache: self._measure_value(*path.split("."), ctxs, cache)
            if not all(p(get) for p in having):
                continue
            row = {}
            for m in measures:
                row[m] = get(m)
            for d, v in zip(dimensions, key_values):
                row[d] = v
            for (td, _), v in zip(td_keys, key_values[len(dimensions):]):
                row[f"{td['dimension']}.{td['granularity']}"] = v
                row[td["dimension"]] = v
            rows.append(row)

        order = effective_order(query)
        for member, desc in reversed(order):
            rows.sort(key=lambda r, m=member: _sort_key(r.get(m)), reverse=desc)
        if apply_limit:
            offset = int(query.get("offset") or 0)
            limit = query.get("limit")
            limit = DEFAULT_LIMIT if limit is None else int(limit)
            if limit > MAX_LIMIT:
                raise CubeUserError("limit too large")
            rows = rows[offset:offset + limit]
        return rows

    def _dim_fn(self, path):
        kind, cube, name = self.model.member_kind(path)
        return self.model.cubes[cube].dimension_fn(name)

    def inexact_measures(self):
        """Measures whose doubles may differ in the last bits between engines: sum/avg over values that are not
        whole numbers (summation order changes rounding), and number measures built on them. Sums of whole
        numbers are exact, and one correctly rounded division of exact values is the same everywhere."""
        if getattr(self, "_inexact", None) is None:
            out = set()
            for cube in self.model.cubes.values():
                for name, m in cube.measures.items():
                    if m.get("type") in ("sum", "avg") and m.get("sql") is not None:
                        fn = _compiled_snippet(self.model, cube.name, m["sql"])
                        if any(isinstance(v, float) and v != int(v) for v in (fn({cube.name: r}) for r in self.data[cube.name])):
                            out.add(f"{cube.name}.{name}")
            changed = True
            while changed:
                changed = False
                for cube in self.model.cubes.values():
                    for name, m in cube.measures.items():
                        path = f"{cube.name}.{name}"
                        if m.get("type") == "number" and path not in out:
                            refs = re.findall(r"\{([^}]+)\}", str(m.get("sql")))
                            refs = [r if "." in r else f"{cube.name}.{r}" for r in refs]
                            if any(r in out for r in refs) or any(r.split(".")[1] not in self.model.cubes[r.split(".")[0]].measures
                                                               for r in refs if r.split(".")[0] in self.model.cubes):
                                out.add(path)
                                changed = True
            self._inexact = out
        return self._inexact

    def dimension_has_null(self, path):
        kind, cube, name = self.model.member_kind(path)
        fn = self.model.cubes[cube].dimension_fn(name)
        return any(fn({cube: r}) is None for r in self.data[cube])

    def dimension_values(self, path):
        """Distinct non-null values of a dimension over its own cube's rows (for the generator)."""
        kind, cube, name = self.model.member_kind(path)
        fn = self.model.cubes[cube].dimension_fn(name)
        seen = {}
        for r in self.data[cube]:
            v = fn({cube: r})
            if v is not None:
                seen.setdefault(_hash_key(v), v)
        return list(seen.values())


def _claim_text(c):
    if isinstance(c, bool):
        return "true" if c else "false"
    return str(c)


def _compile_tokens(compiler, tokens):
    compiler.tokens = tokens
    compiler.i = 0
    f = compiler.parse_or()
    if compiler.peek()[0] != "eof":
        raise Unsupported("trailing tokens in join condition")
    return f


_SNIPPETS = {}


def _compiled_snippet(model, cube, sql):
    key = (id(model), cube, sql)
    if key not in _SNIPPETS:
        _SNIPPETS[key] = SnippetCompiler(model, cube, "row").compile(sql)
    return _SNIPPETS[key]


def _compiled_measure_expr(model, cube, name):
    key = (id(model), cube, "measure:" + name)
    if key not in _SNIPPETS:
        _SNIPPETS[key] = SnippetCompiler(model, cube, "measure").compile(model.cubes[cube].measures[name]["sql"])
    return _SNIPPETS[key]


def _hash_key(v):
    if isinstance(v, bool):
        return ("n", float(v))
    if isinstance(v, (int, float)):
        return ("n", float(v))
    if v is None:
        return ("null",)
    return ("s", v)


def _sort_key(v):
    """SQLite's order: NULL first, then numbers, then text (by code point = UTF-8 byte order)."""
    if v is None:
        return (0, 0)
    if isinstance(v, (int, float)):
        return (1, float(v))
    return (2, str(v))


def normalize_order(order):
    """[(member, desc)] from Cube's object or array form."""
    if not order:
        return []
    if isinstance(order, dict):
        return [(k, str(v).lower() == "desc") for k, v in order.items()]
    out = []
    for item in order:
        if isinstance(item, dict):
            out.append((item["id"], bool(item.get("desc"))))
        else:
            out.append((item[0], str(item[1]).lower() == "desc"))
    return out


def effective_order(query):
    """The explicit order, or Cube's default: first granular time dimension asc, else first measure desc,
    else first dimension asc."""
    explicit = normalize_order(query.get("order"))
    if query.get("order") is not None:
        return explicit
    for td in query.get("timeDimensions") or []:
        if td.get("granularity"):
            return [(td["dimension"], False)]
    if query.get("measures"):
        return [(query["measures"][0], True)]
    if query.get("dimensions"):
        return [(query["dimensions"][0], False)]
    return []


def group_key_members(query):
    return list(query.get("dimensions") or []) + [td["dimension"] for td in query.get("timeDimensions") or []
                                                   if td.get("granularity")]


def is_total_order(query):
    """True when the effective order decides every row's position (it covers every grouping member)."""
    ordered = {m for m, _ in effective_order(query)}
    keys = group_key_members(query)
    if not keys:
        return True  # at most one row
    return all(k in ordered for k in keys)


# ---------------------------------------------------------------------------------------------------------------
# Comparing textbi's rows with the evaluator's
# ---------------------------------------------------------------------------------------------------------------

def values_equal(expected, got, rel=1e-9):
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(expected, (int, float)) or isinstance(got, (int, float)):
        if isinstance(got, str):
            return False
        if isinstance(expected, str):
            return False
        return math.isclose(float(expected), float(got), rel_tol=rel, abs_tol=1e-9)
    return expected == got


def _row_key(row, keys):
    return tuple(_hash_key(_canon(row.get(k))) for k in keys)


def _canon(v):
    return int(v) if isinstance(v, bool) else v


def compare(query, expected, got, ordered=None, full_expected=None, inexact=None):
    """A list of human-readable problems; empty when textbi's rows equal the expected ones.

    Rows are matched by their grouping members (multiset comparison) unless the query's order is total,
    in which case positions must match too. Measures compare with a relative tolerance of 1e-9."""
    problems = []
    if ordered is None:
        ordered = is_total_order(query)
    measures = list(query.get("measures") or [])
    keys = list(query.get("dimensions") or [])
    for td in query.get("timeDimensions") or []:
        if td.get("granularity"):
            keys.append(f"{td['dimension']}.{td['granularity']}")
    if not isinstance(got, list):
        return [f"data is not a list: {got!r}"[:300]]
    for i, row in enumerate(got):
        if not isinstance(row, dict):
            problems.append(f"row {i} is not an object")
            continue
        for k in measures + keys:
            if k not in row:
                problems.append(f"row {i} lacks {k}")
        for td in query.get("timeDimensions") or []:
            if td.get("granularity"):
                a = row.get(f"{td['dimension']}.{td['granularity']}")
                b = row.get(td["dimension"], "<missing>")
                if a != b:
                    problems.append(f"row {i}: {td['dimension']} = {b!r} but the granular key has {a!r}")
        if len(problems) > 5:
            return problems
    if len(expected) != len(got):
        problems.append(f"expected {len(expected)} rows, got {len(got)}")

    def row_diff(e, g):
        diffs = []
        for k in keys:
            if not values_equal(_canon(e.get(k)), _canon(g.get(k)), 0):
                diffs.append(f"{k}: expected {e.get(k)!r}, got {g.get(k)!r}")
        for m in measures:
            if not values_equal(e.get(m), g.get(m)):
                diffs.append(f"{m}: expected {e.get(m)!r}, got {g.get(m)!r}")
        return diffs

    if ordered:
        positional = []
        for i, (e, g) in enumerate(zip(expected, got)):
            d = row_diff(e, g)
            if d:
                positional.append(f"row {i} ({', '.join(f'{k}={e.get(k)!r}' for k in keys)}): " + "; ".join(d))
                if len(positional) > 8:
                    break
        if not positional or problems or not _orders_by_float(query, expected, inexact):
            return problems + positional
        # Two groups whose float measure values are equal (or a few ulps apart) may legitimately come in either
        # order: the engine sorts by its own doubles. Accept the rows if each is a correct group, they are sorted
        # by their own values, and each one's position is possible for some order of the near-ties.
        full = full_expected() if callable(full_expected) else (full_expected or expected)
        tolerant = _tolerant_order_problems(query, full, got, keys, measures, row_diff, inexact)
        return tolerant and positional

    exp_by_key = {}
    for e in expected:
        exp_by_key.setdefault(_row_key(e, keys), []).append(e)
    got_by_key = {}
    for g in got:
        got_by_key.setdefault(_row_key(g, keys), []).append(g)
    for k, gs in got_by_key.items():
        if len(gs) > 1:
            problems.append(f"{len(gs)} rows share the group {[_canon(gs[0].get(x)) for x in keys]}")
    for k, es in exp_by_key.items():
        label = ", ".join(f"{x}={es[0].get(x)!r}" for x in keys) or "(the one row)"
        if k not in got_by_key:
            problems.append(f"missing group {label}: expected {_measures_text(es[0], measures)}")
        else:
            d = row_diff(es[0], got_by_key[k][0])
            if d:
                problems.append(f"group {label}: " + "; ".join(d))
        if len(problems) > 8:
            return problems
    for k, gs in got_by_key.items():
        if k not in exp_by_key:
            label = ", ".join(f"{x}={gs[0].get(x)!r}" for x in keys)
            problems.append(f"unexpected group {label}: {_measures_text(gs[0], measures)}")
            if len(problems) > 8:
                break
    return problems


def _orders_by_float(query, rows, inexact=None):
    """Does the order use a measure whose doubles may differ by a few ulps between engines?
    (`inexact`: the set of such measures; None means every float-valued measure.)"""
    measures = set(query.get("measures") or [])
    for member, _ in effective_order(query):
        if member in measures and (inexact is None or member in inexact) \
                and any(isinstance(r.get(member), float) for r in rows):
            return True
    return False


def _tolerant_order_problems(query, full, got, keys, measures, row_diff, inexact=None):
    order = effective_order(query)
    by_key = {}
    for e in full:
        by_key[_row_key(e, keys)] = e
    matched = []
    for g in got:
        e = by_key.get(_row_key(g, keys))
        if e is None or row_diff(e, g):
            return ["a row does not match its group"]
        matched.append(e)
    if len({_row_key(e, keys) for e in matched}) != len(matched):
        return ["duplicate groups"]

    def own_cmp(a, b):
        for member, desc in order:
            ka, kb = _sort_key(_canon(a.get(member))), _sort_key(_canon(b.get(member)))
            if ka != kb:
                return (1 if ka > kb else -1) * (-1 if desc else 1)
        return 0
    for i in range(len(got) - 1):
        if own_cmp(got[i], got[i + 1]) > 0:
            return [f"rows {i} and {i + 1} are out of order"]

    def definite(a, b):  # -1 a surely before b, 1 surely after, 0 either could come first
        for member, desc in order:
            va, vb = _canon(a.get(member)), _canon(b.get(member))
            if (inexact is None or member in inexact) \
                    and (isinstance(va, float) or isinstance(vb, float)) and va is not None and vb is not None \
                    and not isinstance(va, str) and not isinstance(vb, str) \
                    and math.isclose(va, vb, rel_tol=1e-9, abs_tol=1e-9):
                return 0
            ka, kb = _sort_key(va), _sort_key(vb)
            if ka != kb:
                return (1 if ka > kb else -1) * (-1 if desc else 1)
        return 0
    offset = int(query.get("offset") or 0)
    limit = query.get("limit")
    window = len(full[offset:offset + (DEFAULT_LIMIT if limit is None else int(limit))])
    if len(got) != window:
        return [f"expected {window} rows"]
    # Rows that are surely before (after) e lie before (after) it in `full`, which is sorted consistently with
    # `definite`; the rows near-tied with e form a contiguous block around it. e may sit anywhere in its block.
    position = {_row_key(x, keys): i for i, x in enumerate(full)}
    for j, e in enumerate(matched):
        p = offset + j
        i = position[_row_key(e, keys)]
        lo = i
        while lo > 0 and definite(full[lo - 1], e) == 0:
            lo -= 1
        hi = i
        while hi < len(full) - 1 and definite(full[hi + 1], e) == 0:
            hi += 1
        if not (lo <= p <= hi):
            return [f"row {j} cannot be at position {p}"]
    return []


def _measures_text(row, measures):
    return "{" + ", ".join(f"{m}: {row.get(m)!r}" for m in measures) + "}"


# ---------------------------------------------------------------------------------------------------------------

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def default_evaluator(today="2026-06-15", root=ROOT, database=None):
    model = Model(os.path.join(root, "SampleData", "model"))
    if database:
        data = load_sqlite_data(model, database)
    else:
        data = load_csv_data(model, os.path.join(root, "SampleData"), os.path.join(root, "Migrations"))
    return Evaluator(model, data, today)
