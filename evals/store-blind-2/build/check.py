#!/usr/bin/env python3
"""Validate ../questions.jsonl against ../databases/*.sqlite.

Checks, for every question:
  - the record has exactly id, db, question, sql, order_matters; ids are unique; 40 per database;
  - the reference SQL runs and returns at least one row, and not a single all-NULL row;
  - with ORDER BY ... LIMIT n: every ORDER BY key is an output column (so it can be checked), and
    row n and row n+1 of the unlimited ordering have different first-key values (no tie at the cut);
  - order_matters is true only with a top-level ORDER BY, and then the first ORDER BY key has no
    ties among the returned rows (the order is unambiguous).
And for every database: foreign keys are declared and PRAGMA foreign_key_check is clean,
6-10 tables, 50-2,000 rows per table.
Usage: python3 check.py [-v]   (-v prints every result)
Exit status 0 when everything passes.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
QFILE = os.path.join(ROOT, "questions.jsonl")
EXPECTED_PER_DB = 40
FIELDS = {"id", "db", "question", "sql", "order_matters"}


def split_top(s, sep=","):
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts]


def top_level_order_by(sql):
    """Return (keys, limit, sql_without_limit) for a top-level ORDER BY, else None."""
    idx = [m.start() for m in re.finditer(r"\bORDER\s+BY\b", sql, re.I)]
    if not idx:
        return None
    start = idx[-1]
    tail = sql[start:]
    if tail.count("(") != tail.count(")"):
        return None  # last ORDER BY is inside a subquery
    m = re.match(r"ORDER\s+BY\s+(.*?)(?:\s+LIMIT\s+(\d+))?\s*;?\s*$", tail, re.I | re.S)
    if not m:
        raise ValueError("cannot parse ORDER BY tail: " + tail)
    keys = []
    for k in split_top(m.group(1)):
        k = re.sub(r"\s+(ASC|DESC)$", "", k, flags=re.I).strip()
        keys.append(k)
    limit = int(m.group(2)) if m.group(2) else None
    no_limit = sql[:start] + re.sub(r"\s+LIMIT\s+\d+\s*;?\s*$", "", tail, flags=re.I)
    return keys, limit, no_limit


def key_index(key, cols):
    norm = [c.lower() for c in cols]
    k = key.lower()
    if k in norm:
        return norm.index(k)
    if "." in k and k.split(".")[-1] in norm:
        return norm.index(k.split(".")[-1])
    return None


def main():
    verbose = "-v" in sys.argv
    errors = []
    rows = [json.loads(line) for line in open(QFILE, encoding="utf-8") if line.strip()]
    ids = Counter(r.get("id") for r in rows)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    per_db = Counter(r.get("db") for r in rows)
    for db, n in per_db.items():
        if n != EXPECTED_PER_DB:
            errors.append(f"{db}: {n} questions, expected {EXPECTED_PER_DB}")
    conns = {}
    for r in rows:
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)}")
            continue
        if not isinstance(r["order_matters"], bool):
            errors.append(f"{rid}: order_matters must be a boolean")
        path = os.path.join(ROOT, r["db"])
        if not os.path.exists(path):
            errors.append(f"{rid}: missing database {r['db']}")
            continue
        con = conns.setdefault(path, sqlite3.connect(f"file:{path}?mode=ro", uri=True))
        try:
            cur = con.execute(r["sql"])
            res = cur.fetchall()
            cols = [d[0] for d in cur.description]
        except sqlite3.Error as e:
            errors.append(f"{rid}: SQL error {e}")
            continue
        if verbose:
            print(f"--- {rid}: {r['question']}\n    {cols}")
            for row in res[:12]:
                print("   ", row)
            if len(res) > 12:
                print(f"    ... {len(res)} rows")
        if not res:
            errors.append(f"{rid}: empty result")
            continue
        if len(res) == 1 and all(v is None for v in res[0]):
            errors.append(f"{rid}: single all-NULL row")
        ob = top_level_order_by(r["sql"])
        if r["order_matters"] and ob is None:
            errors.append(f"{rid}: order_matters true but no top-level ORDER BY")
        if ob is None:
            continue
        keys, limit, no_limit_sql = ob
        kidx = [key_index(k, cols) for k in keys]
        if any(i is None for i in kidx):
            errors.append(f"{rid}: ORDER BY key(s) {keys} not all among output columns {cols}; cannot check ties")
            continue
        first = kidx[0]
        if limit is not None:
            full = con.execute(no_limit_sql).fetchall()
            if full[:limit] != res:
                errors.append(f"{rid}: LIMIT result differs from prefix of the full ordering")
            if len(full) > limit and full[limit - 1][first] == full[limit][first]:
                errors.append(f"{rid}: tie at LIMIT {limit} boundary on {keys[0]} = {full[limit][first]!r}")
        if r["order_matters"]:
            for a, b in zip(res, res[1:]):
                if a[first] == b[first] and a != b:
                    errors.append(f"{rid}: tie within ordered result on {keys[0]} = {a[first]!r}")
                    break
        elif limit is None and verbose:
            print(f"    note: {rid} has ORDER BY but order_matters is false")
    for path, con in conns.items():
        name = os.path.relpath(path, ROOT)
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        if not 6 <= len(tables) <= 10:
            errors.append(f"{name}: {len(tables)} tables")
        counts = {}
        for t in tables:
            n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
            counts[t] = n
            if not 50 <= n <= 2000:
                errors.append(f"{name}: table {t} has {n} rows")
        if not any(con.execute(f'PRAGMA foreign_key_list("{t}")').fetchall() for t in tables):
            errors.append(f"{name}: no foreign keys declared")
        bad = con.execute("PRAGMA foreign_key_check").fetchall()
        if bad:
            errors.append(f"{name}: foreign_key_check reports {len(bad)} violations")
        print(f"{name}: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    print(f"{len(rows)} questions; per database: {dict(per_db)}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        return 1
    print("PASS: all reference SQL runs, returns rows, and has no ties at LIMIT boundaries or in required orderings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
