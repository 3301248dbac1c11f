"""Checks the store-blind-7 databases and questions. Prints PASS or the list of failures.
Adapted from store-blind-6's checker: same structure and tie test, plus real-calendar date validation,
0/1 flag validation, a schema-identifier leak test on the question text, and a percent-rounding test."""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
KEYS = ["id", "db", "question", "sql", "order_matters"]
DATE_COL = re.compile(r"(_dt$|Date$)")
FLAG_COL = re.compile(r"(_flg$|^is[A-Z]|^has[A-Z])")
fails = []


def fail(msg):
    fails.append(msg)


def ro(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def check_db(path):
    con = ro(path)
    name = os.path.basename(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    if not 7 <= len(tables) <= 10:
        fail(f"{name}: {len(tables)} tables")
    self_ref = link = False
    nfk, ndate, nflag = 0, 0, 0
    idents = set()
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        if not 50 <= n <= 3000:
            fail(f"{name}.{t}: {n} rows")
        fks = con.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()
        nfk += len(fks)
        if any(fk[2] == t for fk in fks):
            self_ref = True
        cols = con.execute(f'PRAGMA table_info("{t}")').fetchall()
        pk = [c[1] for c in cols if c[5]]
        fk_cols = {fk[3] for fk in fks}
        if len(pk) == 2 and set(pk) <= fk_cols and len({fk[2] for fk in fks if fk[3] in pk}) == 2:
            link = True
        for fk in fks:  # every FK must point at the referenced table's primary key
            tpk = [c[1] for c in con.execute(f'PRAGMA table_info("{fk[2]}")') if c[5]]
            if tpk != [fk[4]]:
                fail(f"{name}.{t}.{fk[3]}: FK target {fk[2]}.{fk[4]} is not its primary key")
        idents.add(t)
        for c in cols:
            idents.add(c[1])
            if c[2] == "TEXT" and DATE_COL.search(c[1]):
                ndate += 1
                bad = con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE "{c[1]}" IS NOT NULL AND '
                                  f'(typeof("{c[1]}") <> \'text\' OR date("{c[1]}") IS NOT "{c[1]}")').fetchone()[0]
                if bad:
                    fail(f"{name}.{t}.{c[1]}: {bad} values that are not real ISO YYYY-MM-DD dates")
            if FLAG_COL.search(c[1]):
                nflag += 1
                bad = con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE "{c[1]}" NOT IN (0, 1)').fetchone()[0]
                if bad or c[2] != "INTEGER":
                    fail(f"{name}.{t}.{c[1]}: flag column is not INTEGER 0/1")
            if c[2] == "REAL":
                bad = con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE "{c[1]}" IS NOT NULL AND typeof("{c[1]}") <> \'real\'').fetchone()[0]
                if bad:
                    fail(f"{name}.{t}.{c[1]}: {bad} non-REAL values")
    if nfk == 0:
        fail(f"{name}: no foreign keys declared")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{name}: foreign_key_check not clean")
    if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail(f"{name}: integrity_check failed")
    if not self_ref:
        fail(f"{name}: no self-referencing FK")
    if not link:
        fail(f"{name}: no many-to-many link table")
    if ndate == 0 or nflag == 0:
        fail(f"{name}: found {ndate} date columns and {nflag} flag columns")
    con.close()
    return idents


def outer_order_split(sql):
    """Split at the last ORDER BY that is at paren depth 0 (outside quotes). Returns (head, order_expr, limit_tail) or None."""
    depth, pos, quote = 0, None, None
    up = sql.upper()
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and up.startswith("ORDER BY", i):
            pos = i
    if pos is None:
        return None
    head, rest = sql[:pos], sql[pos + len("ORDER BY"):]
    m = re.search(r"\sLIMIT\s+\d+\s*$", rest, re.I)
    if m:
        return head, rest[:m.start()], rest[m.start():]
    return head, rest, ""


def main():
    dbs = sorted(f for f in os.listdir(os.path.join(ROOT, "databases")) if f.endswith(".sqlite"))
    if len(dbs) != 2:
        fail(f"expected 2 databases, found {dbs}")
    idents = {f[:-len(".sqlite")]: check_db(os.path.join(ROOT, "databases", f)) for f in dbs}

    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    per_db, seen_q = {}, set()
    for q in qs:
        if list(q) != KEYS:
            fail(f"{q.get('id')}: key order {list(q)}")
        if not isinstance(q["order_matters"], bool):
            fail(f"{q['id']}: order_matters is not a boolean")
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        per_db.setdefault(dbn, []).append(q)
        norm = " ".join(q["question"].lower().split())
        if norm in seen_q:
            fail(f"{q['id']}: duplicate question text")
        seen_q.add(norm)
        # everyday words, not schema identifiers: no column/table name containing '_' or an inner capital
        for ident in idents.get(dbn, ()):
            if ("_" in ident or re.search(r"[a-z][A-Z]", ident)) and \
                    re.search(r"(?<![\w])" + re.escape(ident) + r"(?![\w])", q["question"], re.I):
                fail(f"{q['id']}: question mentions schema identifier {ident}")
        pct = re.search(r"percent|%", q["question"], re.I)
        if pct and not re.search(r"ROUND\(100\.0 \*.*, 2\)", q["sql"]):
            fail(f"{q['id']}: percent question without ROUND(100.0 * ..., 2)")
    if set(per_db) != set(idents):
        fail(f"question databases {sorted(per_db)} != database files {sorted(idents)}")
    for dbn, lst in per_db.items():
        if len(lst) != 40:
            fail(f"{dbn}: {len(lst)} questions")
        for i, q in enumerate(lst, 1):
            if q["id"] != f"{dbn}-{i:03d}":
                fail(f"{q['id']}: id out of sequence")
            if q["db"] != f"databases/{dbn}.sqlite":
                fail(f"{q['id']}: bad db path")

    for q in qs:
        con = ro(os.path.join(ROOT, q["db"]))
        try:
            cur = con.execute(q["sql"])
            rows = cur.fetchall()
        except Exception as e:
            fail(f"{q['id']}: error {e}")
            continue
        ncol = len(cur.description)
        if not rows:
            fail(f"{q['id']}: empty result")
            continue
        if any(v is None for r in rows for v in r):
            fail(f"{q['id']}: NULL in result")
        if len(rows) == 1 and ncol == 1 and rows[0][0] in (0, 0.0, ""):
            fail(f"{q['id']}: single-cell result is 0/empty")
        split = outer_order_split(q["sql"])
        if q["order_matters"] and not split:
            fail(f"{q['id']}: order_matters without outer ORDER BY")
        if split and (split[2] or q["order_matters"]):
            head, expr, tail = split
            for d in ("ASC", "DESC"):
                tb = ", ".join(f"{i} {d}" for i in range(1, ncol + 1))
                alt = f"{head}ORDER BY {expr.strip()}, {tb}{tail}"
                r2 = con.execute(alt).fetchall()
                if r2 != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {d} tie-breakers)")
        con.close()

    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
