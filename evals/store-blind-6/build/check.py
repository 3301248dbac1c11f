"""Checks the store-blind-6 databases and questions. Prints PASS or the list of failures."""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
KEYS = ["id", "db", "question", "sql", "order_matters"]
DATE_COL = re.compile(r"(_dt$|Date$)")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
    nfk = 0
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        if not 50 <= n <= 3000:
            fail(f"{name}.{t}: {n} rows")
        fks = con.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()
        nfk += len(fks)
        if any(fk[2] == t for fk in fks):
            self_ref = True
        pk = [c[1] for c in con.execute(f'PRAGMA table_info("{t}")') if c[5]]
        fk_cols = {fk[3] for fk in fks}
        if len(pk) == 2 and set(pk) <= fk_cols and len({fk[2] for fk in fks if fk[3] in pk}) == 2:
            link = True
        for c in con.execute(f'PRAGMA table_info("{t}")').fetchall():
            if c[2] == "TEXT" and DATE_COL.search(c[1]):
                bad = con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE "{c[1]}" IS NOT NULL AND "{c[1]}" NOT GLOB "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"').fetchone()[0]
                if bad:
                    fail(f"{name}.{t}.{c[1]}: {bad} non-ISO dates")
    if nfk == 0:
        fail(f"{name}: no foreign keys declared")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{name}: foreign_key_check not clean")
    if not self_ref:
        fail(f"{name}: no self-referencing FK")
    if not link:
        fail(f"{name}: no many-to-many link table")
    con.close()
    return tables


def outer_order_split(sql):
    """Split at the last ORDER BY that is at paren depth 0. Returns (head, order_expr, limit_tail) or None."""
    depth, pos = 0, None
    up = sql.upper()
    for i, ch in enumerate(sql):
        if ch == "(":
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
    for f in dbs:
        check_db(os.path.join(ROOT, "databases", f))

    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    per_db, seen_q = {}, set()
    for q in qs:
        if list(q) != KEYS:
            fail(f"{q.get('id')}: key order {list(q)}")
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        per_db.setdefault(dbn, []).append(q)
        if q["question"] in seen_q:
            fail(f"{q['id']}: duplicate question text")
        seen_q.add(q["question"])
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
        elif split and not q["order_matters"]:
            pass
        con.close()

    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
