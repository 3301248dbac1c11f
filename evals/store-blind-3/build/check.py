#!/usr/bin/env python3
"""Check the store-blind-3 batch: databases and questions.

Databases: 7-10 tables, 50-3,000 rows per table, foreign keys declared and clean, at least one
self-referencing foreign key and one many-to-many link table (composite primary key made of two
foreign keys).

Questions (questions.jsonl): exact key order, unique sequential ids, 40 per database, no
duplicate question text; every reference query runs read-only, returns at least one row, no NULL
cell, and a one-cell result is not 0. For a query whose outermost clause is ORDER BY ... LIMIT n,
the result must not depend on how ties are broken (re-run with every output column appended as an
ascending and then as a descending tie-breaker: all three results must agree). Where
order_matters is true the query must have an outer ORDER BY and the row order must not depend on
tie-breaking either. order_matters must be false when the query has no outer ORDER BY.
Alternative readings recorded in build/alt_readings.json must give the same result.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DBS = {"ridgeline_hardware": "databases/ridgeline_hardware.sqlite",
       "ember_oak_roasters": "databases/ember_oak_roasters.sqlite"}
PER_DB = 40
KEYS = ["id", "db", "question", "sql", "order_matters"]

errors = []


def err(msg):
    errors.append(msg)


def connect(rel):
    path = os.path.join(ROOT, rel)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def norm_cell(v):
    if isinstance(v, float):
        return round(v, 6)
    return v


def norm(rows, ordered):
    rows = [tuple(norm_cell(v) for v in r) for r in rows]
    return rows if ordered else sorted(Counter(rows).items(), key=repr)


def top_level_positions(sql, word):
    """Start offsets of `word` (case-insensitive) at parenthesis depth 0, outside quotes."""
    out, depth, i, q = [], 0, 0, None
    up = sql.upper()
    while i < len(sql):
        ch = sql[i]
        if q:
            if ch == q:
                q = None
        elif ch in ("'", '"'):
            q = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and up.startswith(word, i) and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_")):
            out.append(i)
        i += 1
    return out


def check_db(name, rel):
    path = os.path.join(ROOT, rel)
    if not os.path.exists(path):
        err(f"{name}: missing database {rel}")
        return
    con = connect(rel)
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 7 <= len(tables) <= 10:
        err(f"{name}: {len(tables)} tables, want 7-10")
    n_fk, self_ref, link = 0, [], []
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        if not 50 <= n <= 3000:
            err(f"{name}.{t}: {n} rows, want 50-3000")
        fks = con.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()
        n_fk += len(fks)
        if any(fk[2] == t for fk in fks):
            self_ref.append(t)
        pk_cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")') if r[5] > 0]
        fk_cols = {fk[3] for fk in fks}
        if len(pk_cols) >= 2 and sum(c in fk_cols for c in pk_cols) >= 2:
            link.append(t)
    if n_fk < len(tables) - 2:
        err(f"{name}: only {n_fk} foreign keys declared")
    if not self_ref:
        err(f"{name}: no self-referencing foreign key")
    if not link:
        err(f"{name}: no many-to-many link table")
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        err(f"{name}: foreign_key_check reports {len(bad)} violations, e.g. {bad[:3]}")
    con.close()
    print(f"  {name}: {len(tables)} tables ({', '.join(tables)}); {n_fk} foreign keys; "
          f"self-reference in {', '.join(self_ref)}; link table {', '.join(link)}")


def run(con, sql):
    cur = con.execute(sql)
    return cur.fetchall(), len(cur.description)


def check_question(q, con, alts):
    qid, sql, om = q["id"], q["sql"], q["order_matters"]
    try:
        rows, ncols = run(con, sql)
    except sqlite3.Error as e:
        err(f"{qid}: SQL error {e}")
        return
    if not rows:
        err(f"{qid}: empty result")
        return
    if any(v is None for r in rows for v in r):
        err(f"{qid}: NULL in result")
    if len(rows) == 1 and ncols == 1 and rows[0][0] in (0, 0.0):
        err(f"{qid}: single result is 0")
    order_pos = top_level_positions(sql, "ORDER BY")
    limit_m = re.search(r"\s+LIMIT\s+(\d+)\s*$", sql, re.I)
    has_outer_limit = bool(limit_m) and bool(top_level_positions(sql, "LIMIT"))
    if om and not order_pos:
        err(f"{qid}: order_matters true but no outer ORDER BY")
    if has_outer_limit and not order_pos:
        err(f"{qid}: LIMIT without outer ORDER BY")
    if order_pos and (has_outer_limit or om):
        base = sql[:limit_m.start()] if has_outer_limit else sql.rstrip().rstrip(";")
        tail = f" LIMIT {limit_m.group(1)}" if has_outer_limit else ""
        variants = []
        for direction in ("ASC", "DESC"):
            extra = ", ".join(f"{i} {direction}" for i in range(1, ncols + 1))
            variants.append(base + ", " + extra + tail)
        ref = norm(rows, om)
        for v in variants:
            try:
                got = norm(run(con, v)[0], om)
            except sqlite3.Error as e:
                err(f"{qid}: tie-check query failed: {e}")
                continue
            if got != ref:
                err(f"{qid}: result depends on tie-breaking ({'order' if om else 'LIMIT cut'})")
                break
    for alt in alts.get(qid, []):
        try:
            got = norm(run(con, alt)[0], om)
        except sqlite3.Error as e:
            err(f"{qid}: alternative reading failed: {e}")
            continue
        if got != norm(rows, om):
            err(f"{qid}: alternative reading gives a different result: {alt}")


def main():
    print("databases:")
    for name, rel in DBS.items():
        check_db(name, rel)
    alts_path = os.path.join(HERE, "alt_readings.json")
    alts = json.load(open(alts_path, encoding="utf-8")) if os.path.exists(alts_path) else {}
    qpath = os.path.join(ROOT, "questions.jsonl")
    qs = []
    with open(qpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, start=1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"questions.jsonl line {ln}: bad JSON: {e}")
                continue
            if list(obj.keys()) != KEYS:
                err(f"line {ln}: keys {list(obj.keys())}, want {KEYS}")
            qs.append(obj)
    per_db = Counter()
    seen_ids, seen_text = set(), set()
    cons = {name: connect(rel) for name, rel in DBS.items()}
    for q in qs:
        name = q["id"].rsplit("-", 1)[0]
        if name not in DBS or q["db"] != DBS[name]:
            err(f"{q['id']}: id/db mismatch ({q['db']})")
            continue
        per_db[name] += 1
        if q["id"] != f"{name}-{per_db[name]:03d}":
            err(f"{q['id']}: ids not sequential")
        if q["id"] in seen_ids:
            err(f"{q['id']}: duplicate id")
        seen_ids.add(q["id"])
        if q["question"].strip().lower() in seen_text:
            err(f"{q['id']}: duplicate question text")
        seen_text.add(q["question"].strip().lower())
        if not isinstance(q["order_matters"], bool):
            err(f"{q['id']}: order_matters is not a boolean")
        check_question(q, cons[name], alts)
    for name in DBS:
        if per_db[name] != PER_DB:
            err(f"{name}: {per_db[name]} questions, want {PER_DB}")
    unknown = set(alts) - seen_ids
    if unknown:
        err(f"alt_readings.json names unknown ids: {sorted(unknown)}")
    n_alt = sum(len(v) for v in alts.values())
    print(f"questions: {len(qs)} total; " + ", ".join(f"{k} {v}" for k, v in per_db.items())
          + f"; {sum(q['order_matters'] for q in qs)} with order_matters; "
          f"{n_alt} alternative readings on {len(alts)} questions")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("PASS: all checks passed")


if __name__ == "__main__":
    main()
