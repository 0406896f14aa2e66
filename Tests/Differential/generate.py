"""Seeded random generator of valid Cube queries over the model the evaluator loaded.

Every query is checked with the evaluator before it is returned: it must have a join root (Cube would refuse it
otherwise), an unambiguous one, and at most 10,000 result rows before limit/offset. limit/offset only appear
with an order that is total (it covers every grouping member), so that textbi's rows can be compared in order.
Measure-filter thresholds are drawn from the per-group values of the query without its HAVING filters.
"""
from __future__ import annotations

import copy
import datetime as dt
import random

import cube_eval as ce

RELATIVE_RANGES = [
    "today", "yesterday", "tomorrow", "this week", "last week", "next week", "this month", "last month",
    "next month", "this quarter", "last quarter", "next quarter", "this year", "last year", "next year",
    "last 7 days", "last 30 days", "last 90 days", "last 2 weeks", "last 3 months", "last 6 months",
    "last 12 months", "last 2 quarters", "last 2 years", "last 5 years", "next 3 months", "next 30 days",
]

GRANULARITIES = ["day", "week", "month", "quarter", "year"]


class QueryGenerator:
    def __init__(self, evaluator: ce.Evaluator, claims=None):
        self.ev = evaluator
        self.model = evaluator.model
        self.claims = claims
        self.measures, self.dims, self.time_dims, self.segments = [], [], [], []
        for cube in self.model.cubes.values():
            for name, m in cube.measures.items():
                if cube.is_public("measures", name) and m.get("type") in (
                        "count", "count_distinct", "count_distinct_approx", "sum", "avg", "min", "max", "number"):
                    self.measures.append(f"{cube.name}.{name}")
            for name, d in cube.dimensions.items():
                if not cube.is_public("dimensions", name):
                    continue
                path = f"{cube.name}.{name}"
                (self.time_dims if d.get("type") == "time" else self.dims).append(path)
            for name in cube.segments:
                self.segments.append(f"{cube.name}.{name}")
        self.values = {d: self._sorted(self.ev.dimension_values(d)) for d in self.dims + self.time_dims}
        self.nullable = {d for d in self.dims + self.time_dims if self.ev.dimension_has_null(d)}
        # grouping by a dimension with thousands of values is allowed, only rarer
        self.dim_weight = {d: (1.0 if len(self.values[d]) <= 60 else 0.12) for d in self.dims}
        self.date_bounds = {}
        for d in self.time_dims:
            vals = self.values[d]
            if vals:
                lo = dt.date.fromisoformat(vals[0][:10])
                hi = dt.date.fromisoformat(vals[-1][:10])
                self.date_bounds[d] = (lo, hi)

    @staticmethod
    def _sorted(values):
        return sorted(values, key=ce._sort_key)

    def dtype(self, path):
        return self.model.dimension_type(path)

    # ------------------------------------------------------------------------------------------------------------
    def generate(self, rng: random.Random):
        for _ in range(200):
            q = self._attempt(rng)
            if q is not None:
                return q
        raise RuntimeError("could not generate a valid query in 200 attempts")

    def _attempt(self, rng):
        q = {}
        n_measures = rng.choices([0, 1, 2, 3], weights=[1, 5, 3, 2])[0]
        if n_measures:
            q["measures"] = rng.sample(self.measures, n_measures)
        n_dims = rng.choices([0, 1, 2, 3], weights=[3, 5, 3, 1])[0]
        dims = []
        for _ in range(n_dims):
            cands = [d for d in self.dims if d not in dims]
            dims.append(rng.choices(cands, weights=[self.dim_weight[d] for d in cands])[0])
        if dims:
            q["dimensions"] = dims
        tds = []
        n_tds = rng.choices([0, 1, 2], weights=[10, 8, 1])[0]
        for td_dim in rng.sample(self.time_dims, min(n_tds, len(self.time_dims))):
            td = {"dimension": td_dim}
            has_gran = rng.random() < 0.7
            has_range = rng.random() < 0.5
            if not has_gran and not has_range:
                has_gran = True
            if has_gran:
                td["granularity"] = rng.choice(GRANULARITIES)
            if has_range:
                td["dateRange"] = self._date_range(rng, td_dim)
            tds.append(td)
        if tds:
            q["timeDimensions"] = tds
        if self.segments and rng.random() < 0.15:
            q["segments"] = rng.sample(self.segments, rng.choice([1, 1, 2]) if len(self.segments) > 1 else 1)
        if not q.get("measures") and not q.get("dimensions") and not any(t.get("granularity") for t in tds):
            return None

        n_filters = rng.choices([0, 1, 2, 3, 4], weights=[3, 4, 3, 2, 1])[0]
        filters = []
        for _ in range(n_filters):
            r = rng.random()
            if r < 0.55:
                filters.append(self._dimension_filter(rng))
            elif r < 0.78:
                filters.append(self._measure_filter_placeholder(rng))
            else:
                filters.append(self._group(rng, rng.random() < 0.65, depth=1))
        rng.shuffle(filters)
        if filters:
            q["filters"] = filters

        try:
            plan = self.ev.plan(self._strip_placeholders(q), self.claims)
        except ce.CubeUserError:
            return None
        if plan["ambiguous_root"]:
            return None

        if self._has_placeholders(q.get("filters")):
            if not self._fill_thresholds(rng, q):
                return None
        try:
            rows = self.ev.run(q, self.claims, apply_limit=False)
        except ce.CubeUserError:
            return None
        if len(rows) > ce.DEFAULT_LIMIT:
            return None
        # keep some empty / all-NULL answers (they test NULL handling), but mostly ask for data
        if self._uninformative(q, rows) and rng.random() < 0.8:
            return None
        self._add_order(rng, q, len(rows))
        return q

    @staticmethod
    def _uninformative(q, rows):
        if not rows:
            return True
        ms = q.get("measures") or []
        return bool(ms) and all(r.get(m) in (None, 0) for r in rows for m in ms)

    def _null_op(self, rng, dim):
        """set / notSet: notSet on a column without NULLs empties the answer, so keep it rarer there."""
        if dim in self.nullable or rng.random() < 0.3:
            return rng.choice(["set", "notSet"])
        return "set"

    # ------------------------------------------------------------------------------------------------------------
    def _date(self, rng, td_dim, exact_ok=True):
        vals = self.values.get(td_dim) or []
        if vals and exact_ok and rng.random() < 0.4:
            return rng.choice(vals)[:10]
        lo, hi = self.date_bounds.get(td_dim, (dt.date(2015, 1, 1), dt.date(2027, 1, 1)))
        lo -= dt.timedelta(days=200)
        hi += dt.timedelta(days=200)
        return (lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))).isoformat()

    def _date_range(self, rng, td_dim):
        r = rng.random()
        if r < 0.45:
            return rng.choice(RELATIVE_RANGES)
        a, b = sorted([self._date(rng, td_dim), self._date(rng, td_dim)])
        if r < 0.5:
            return f"from {a} to {b}"
        if r < 0.55:
            return [a + "T00:00:00.000", b + "T23:59:59.999"]
        return [a, b]

    def _values_from(self, rng, dim, k, non_matching):
        vals = self.values[dim]
        picked = rng.sample(vals, min(k, len(vals))) if vals else []
        if non_matching or not picked:
            picked.append(non_matching_value(self.dtype(dim), rng))
        return [self._text(v, rng) for v in picked]

    @staticmethod
    def _text(v, rng):
        if isinstance(v, float):
            if v == int(v) and rng.random() < 0.5:
                return str(int(v))
            return repr(v)
        return str(v)

    def _dimension_filter(self, rng):
        dim = rng.choice(self.dims + self.time_dims)
        t = self.dtype(dim)
        if t == "time":
            op = rng.choice(["inDateRange", "inDateRange", "notInDateRange", "beforeDate", "beforeOrOnDate",
                             "afterDate", "afterOrOnDate", "set"])
            if op == "set":
                return {"member": dim, "operator": self._null_op(rng, dim)}
            if op in ("inDateRange", "notInDateRange"):
                a, b = sorted([self._date(rng, dim), self._date(rng, dim)])
                if rng.random() < 0.1:
                    a, b = a + "T00:00:00.000", b + "T23:59:59.999"
                return {"member": dim, "operator": op, "values": [a, b]}
            return {"member": dim, "operator": op, "values": [self._date(rng, dim)]}
        if t == "boolean":
            return {"member": dim, "operator": self._null_op(rng, dim)}
        if t == "number":
            op = rng.choice(["equals", "equals", "notEquals", "gt", "gte", "lt", "lte", "set"])
        else:
            op = rng.choice(["equals", "equals", "notEquals", "notEquals", "contains", "notContains",
                             "startsWith", "notStartsWith", "endsWith", "notEndsWith", "set"])
        if op == "set":
            return {"member": dim, "operator": self._null_op(rng, dim)}
        if op in ("equals", "notEquals"):
            r = rng.random()
            if r < 0.1:
                return {"member": dim, "operator": op, "values": [None]}
            values = self._values_from(rng, dim, rng.choice([1, 1, 2, 3]), rng.random() < 0.2)
            if r < 0.25:
                values.insert(rng.randrange(len(values) + 1), None)
                if len(values) == 1:
                    values.append(self._values_from(rng, dim, 1, False)[0])
            return {"member": dim, "operator": op, "values": values}
        if op in ("gt", "gte", "lt", "lte"):
            vals = self.values[dim]
            if vals and rng.random() < 0.7:
                v = self._text(rng.choice(vals), rng)
            else:
                lo, hi = (vals[0], vals[-1]) if vals else (0, 100)
                v = self._text(round(rng.uniform(float(lo) - 1, float(hi) + 1), 2), rng)
            return {"member": dim, "operator": op, "values": [v]}
        # LIKE operators on strings
        kind = op.lower().replace("not", "")
        values = []
        for _ in range(rng.choice([1, 1, 2])):
            values.append(self._like_value(rng, dim, kind))
        if rng.random() < 0.12:
            values.insert(rng.randrange(len(values) + 1), None)
        return {"member": dim, "operator": op, "values": values}

    def _like_value(self, rng, dim, kind):
        vals = [v for v in self.values[dim] if isinstance(v, str) and v]
        r = rng.random()
        if not vals or r < 0.08:
            return rng.choice(["zzq", "不存在", "%", "_", "\\", "x%y"])
        v = rng.choice(vals)
        n = len(v)
        size = rng.randint(1, min(n, 4))
        if kind == "startswith":
            s = v[:size]
        elif kind == "endswith":
            s = v[n - size:]
        else:
            start = rng.randrange(n - size + 1)
            s = v[start:start + size]
        if rng.random() < 0.4:  # ASCII case must not matter
            s = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s)
        return s

    def _measure_filter_placeholder(self, rng):
        measure = rng.choice(self.measures)
        op = rng.choice(["gt", "gte", "lt", "lte", "gt", "lt", "equals", "notEquals", "set", "notSet"])
        if op in ("set", "notSet"):
            return {"member": measure, "operator": op}
        return {"member": measure, "operator": op, "values": ["?"], "_placeholder": True}

    def _group(self, rng, dimension_group, depth):
        children = []
        for _ in range(rng.choice([2, 2, 3])):
            if depth < 2 and rng.random() < 0.2:
                children.append(self._group(rng, dimension_group, depth + 1))
            elif dimension_group:
                children.append(self._dimension_filter(rng))
            else:
                children.append(self._measure_filter_placeholder(rng))
        return {rng.choice(["and", "or"]): children}

    # ------------------------------------------------------------------------------------------------------------
    def _has_placeholders(self, filters):
        for f in filters or []:
            if "and" in f or "or" in f:
                if self._has_placeholders(f.get("and") or f.get("or")):
                    return True
            elif f.get("_placeholder"):
                return True
        return False

    def _is_measure_filter(self, f):
        if "and" in f or "or" in f:
            return all(self._is_measure_filter(x) for x in (f.get("and") or f.get("or")))
        return self.model.member_kind(f["member"])[0] == "measure"

    def _strip_placeholders(self, q):
        """The query without its measure filters (placeholders or not) and with their measures selected."""
        base = copy.deepcopy(q)
        extra = []

        def collect(fs):
            for f in fs:
                if "and" in f or "or" in f:
                    collect(f.get("and") or f.get("or"))
                elif self.model.member_kind(f["member"])[0] == "measure":
                    extra.append(f["member"])
        collect(q.get("filters") or [])
        base["filters"] = [f for f in q.get("filters") or [] if not self._is_measure_filter(f)]
        if not base["filters"]:
            del base["filters"]
        ms = list(base.get("measures") or [])
        for m in extra:
            if m not in ms:
                ms.append(m)
        if ms:
            base["measures"] = ms
        return base

    def _fill_thresholds(self, rng, q):
        base = self._strip_placeholders(q)
        try:
            rows = self.ev.run(base, self.claims, apply_limit=False)
        except ce.CubeUserError:
            return False

        def fill(fs):
            for f in fs:
                if "and" in f or "or" in f:
                    fill(f.get("and") or f.get("or"))
                elif f.pop("_placeholder", False):
                    vals = sorted({r[f["member"]] for r in rows if r.get(f["member"]) is not None})
                    f["values"] = [self._threshold(rng, f["member"], f["operator"], vals)]
        fill(q["filters"])
        return True

    def _threshold(self, rng, measure, op, vals):
        integral = self.model.measure_type(measure) in ("count", "count_distinct", "count_distinct_approx") or (
            vals and all(isinstance(v, int) for v in vals))
        if not vals:
            return str(rng.choice([0, 1, 5]))
        if integral and (op in ("equals", "notEquals") or rng.random() < 0.5):
            if rng.random() < 0.85:
                return str(int(rng.choice(vals)))
            return str(int(vals[-1]) + rng.randint(1, 5))
        # a value strictly between two group values (or outside all), far from each so float noise can't decide
        gaps = []
        if len(vals) > 1:
            for a, b in zip(vals, vals[1:]):
                if abs(b - a) > 1e-6 * max(1.0, abs(a), abs(b)):
                    gaps.append((a + b) / 2)
        r = rng.random()
        if r < 0.1 or not gaps:
            t = vals[0] - 1 - abs(vals[0]) * 0.01 if rng.random() < 0.5 else vals[-1] + 1 + abs(vals[-1]) * 0.01
        else:
            t = rng.choice(gaps)
        if integral and t == int(t):
            return str(int(t))
        return repr(float(t))

    # ------------------------------------------------------------------------------------------------------------
    def _add_order(self, rng, q, n_rows):
        keys = list(q.get("dimensions") or []) + [td["dimension"] for td in q.get("timeDimensions") or []
                                                  if td.get("granularity")]
        r = rng.random()
        total = self._total_order(rng, q, keys)
        if r < 0.35 and total:
            q["order"] = self._order_form(rng, total)
            self._add_limit(rng, q, n_rows)
        elif r < 0.5 and total:
            q["order"] = self._order_form(rng, total)
        elif r < 0.6 and (q.get("measures") or keys):
            members = list(q.get("measures") or []) + keys
            picked = rng.sample(members, rng.randint(1, len(members)))
            q["order"] = self._order_form(rng, [(m, rng.random() < 0.5) for m in picked])
        elif r < 0.68 and ce.is_total_order(q):
            self._add_limit(rng, q, n_rows)

    def _total_order(self, rng, q, keys):
        measures = list(q.get("measures") or [])
        lead = rng.sample(measures, rng.randint(0, min(2, len(measures)))) if measures else []
        tail = list(keys)
        rng.shuffle(tail)
        return [(m, rng.random() < 0.5) for m in lead + tail]

    @staticmethod
    def _order_form(rng, pairs):
        if rng.random() < 0.5:
            return [[m, "desc" if d else "asc"] for m, d in pairs]
        return {m: ("desc" if d else "asc") for m, d in pairs}

    @staticmethod
    def _add_limit(rng, q, n_rows):
        if rng.random() < 0.8:
            q["limit"] = rng.choice([1, 2, 3, 5, 10, max(1, n_rows // 2), n_rows + 3])
        if rng.random() < 0.4:
            q["offset"] = rng.choice([0, 1, 2, max(0, n_rows // 3), n_rows + 1])


def non_matching_value(dtype, rng):
    if dtype == "number":
        return rng.choice([987654, -3, 0.5])
    if dtype == "time":
        return "1999-01-01"
    return rng.choice(["不存在的值", "nobody", "Zz"])


def query_for(evaluator, seed, index, claims=None, generator=None, rollup_generators=(), rollup_share=0.0):
    """The index-th query of a run with this seed (each query has its own RNG, so one can be replayed alone).

    With rollup generators, a share of the queries (chosen by the same seed) is drawn from one rollup's members, so
    that many of them can be answered from the rollup and the rest test the fallback to the raw tables."""
    gen = generator or QueryGenerator(evaluator, claims)
    pick = random.Random(f"{seed}:{index}:rollup")
    if rollup_generators and pick.random() < rollup_share:
        gen = pick.choice(rollup_generators)
    return gen.generate(random.Random(f"{seed}:{index}"))


class RollupQueryGenerator(QueryGenerator):
    """Queries over one rollup's cube measures, its dimensions and its time dimension, with whole-period date ranges
    half of the time (the ones a rollup may serve) and arbitrary ones otherwise."""

    def __init__(self, evaluator, claims, cube, rollup):
        super().__init__(evaluator, claims)

        def full(name):
            if name.startswith("CUBE."):
                return f"{cube}.{name[5:]}"
            return name if "." in name else f"{cube}.{name}"

        dims = {full(d) for d in rollup.get("dimensions") or []}
        time = full(rollup["time_dimension"]) if rollup.get("time_dimension") else None
        self.measures = [m for m in self.measures if m.startswith(cube + ".")]
        self.dims = [d for d in self.dims if d in dims]
        self.time_dims = [time] if time and time in self.time_dims else []
        self.segments = []

    def _date_range(self, rng, td_dim):
        if rng.random() < 0.5:
            return super()._date_range(rng, td_dim)
        lo, hi = self.date_bounds.get(td_dim, (dt.date(2015, 1, 1), dt.date(2027, 1, 1)))
        year = rng.randrange(lo.year, hi.year + 1)
        unit = rng.choice(["month", "quarter", "year"])
        if unit == "year":
            return [f"{year}-01-01", f"{year + rng.randrange(0, 3)}-12-31"]
        first = rng.randrange(1, 13) if unit == "month" else 3 * rng.randrange(0, 4) + 1
        span = rng.randrange(1, 7) * (1 if unit == "month" else 3)
        end_month = first + span - 1
        end_year = year + (end_month - 1) // 12
        end_month = (end_month - 1) % 12 + 1
        last_day = (dt.date(end_year + (end_month == 12), end_month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return [f"{year}-{first:02d}-01", f"{end_year}-{end_month:02d}-{last_day:02d}"]


def rollup_generators(evaluator, claims=None):
    """One generator per pre-aggregation the sample model declares."""
    import glob
    import os

    import yaml

    out = []
    for path in sorted(glob.glob(os.path.join(ce.ROOT, "SampleData", "model", "*.yml"))):
        with open(path, encoding="utf-8") as f:
            for cube in yaml.safe_load(f).get("cubes") or []:
                for rollup in cube.get("pre_aggregations") or []:
                    out.append(RollupQueryGenerator(evaluator, claims, cube["name"], rollup))
    return out
