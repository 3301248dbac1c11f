"""Checks the store-blind-5 databases and questions.jsonl. Prints PASS, or FAIL with a list of problems (exit 1)."""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
DATE_COL = re.compile(r"(_dt$|date|opened|joined|_on$)", re.I)
MIN_ROWS, MAX_ROWS = 40, 4000
problems = []


def problem(msg):
    problems.append(msg)


def connect_ro(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def check_database(path):
    name = os.path.basename(path)
    con = connect_ro(path)
    tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 7 <= len(tables) <= 10:
        problem(f"{name}: {len(tables)} tables (want 7-10)")
    has_self_ref = has_link = False
    fk_total = 0
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        if not MIN_ROWS <= n <= MAX_ROWS:
            problem(f"{name}.{t}: {n} rows (want {MIN_ROWS}-{MAX_ROWS})")
        fks = con.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()
        fk_total += len(fks)
        has_self_ref |= any(fk[2] == t for fk in fks)
        cols = con.execute(f'PRAGMA table_info("{t}")').fetchall()
        pk = [c[1] for c in cols if c[5]]
        fk_targets = {fk[3]: fk[2] for fk in fks}
        if len(pk) == 2 and all(c in fk_targets for c in pk) and len({fk_targets[c] for c in pk}) == 2:
            has_link = True
        for c in cols:
            if c[2] == "TEXT" and DATE_COL.search(c[1]):
                bad = con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE "{c[1]}" IS NOT NULL AND "{c[1]}" NOT GLOB \'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]\'').fetchone()[0]
                if bad:
                    problem(f"{name}.{t}.{c[1]}: {bad} values are not ISO dates")
    if fk_total == 0:
        problem(f"{name}: no foreign keys declared")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        problem(f"{name}: PRAGMA foreign_key_check reports violations")
    if not has_self_ref:
        problem(f"{name}: no self-referencing foreign key")
    if not has_link:
        problem(f"{name}: no many-to-many link table")
    con.close()


def split_outer_order_by(sql):
    """Return (head, order_terms, limit_clause) for the last ORDER BY outside parentheses, or None."""
    depth, pos, upper = 0, None, sql.upper()
    in_str = False
    for i, ch in enumerate(sql):
        if ch == "'":
            in_str = not in_str
        elif in_str:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and upper.startswith("ORDER BY", i):
            pos = i
    if pos is None:
        return None
    head, rest = sql[:pos], sql[pos + len("ORDER BY"):]
    m = re.search(r"\sLIMIT\s+\d+\s*$", rest, re.I)
    return (head, rest[:m.start()], rest[m.start():]) if m else (head, rest, "")


def main():
    dbs = sorted(f for f in os.listdir(os.path.join(ROOT, "databases")) if f.endswith(".sqlite"))
    if len(dbs) != 2:
        problem(f"expected 2 databases, found {dbs}")
    for f in dbs:
        check_database(os.path.join(ROOT, "databases", f))

    with open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") as fh:
        qs = [json.loads(line) for line in fh if line.strip()]
    by_db, texts = {}, set()
    for q in qs:
        if list(q) != KEYS:
            problem(f"{q.get('id')}: keys are {list(q)}")
            continue
        stem = os.path.basename(q["db"])[:-len(".sqlite")]
        by_db.setdefault(stem, []).append(q)
        if q["question"] in texts:
            problem(f"{q['id']}: duplicate question text")
        texts.add(q["question"])
        if not isinstance(q["order_matters"], bool):
            problem(f"{q['id']}: order_matters is not a boolean")
    for stem, lst in by_db.items():
        if len(lst) != 40:
            problem(f"{stem}: {len(lst)} questions (want 40)")
        for i, q in enumerate(lst, 1):
            if q["id"] != f"{stem}-{i:03d}":
                problem(f"{q['id']}: id out of sequence")
            if q["db"] != f"databases/{stem}.sqlite" or not os.path.exists(os.path.join(ROOT, q["db"])):
                problem(f"{q['id']}: bad db path {q['db']}")

    for q in qs:
        if list(q) != KEYS:
            continue
        con = connect_ro(os.path.join(ROOT, q["db"]))
        try:
            cur = con.execute(q["sql"])
            result = cur.fetchall()
        except sqlite3.Error as e:
            problem(f"{q['id']}: SQL error: {e}")
            con.close()
            continue
        ncol = len(cur.description)
        if not result:
            problem(f"{q['id']}: empty result")
        elif any(v is None for row in result for v in row):
            problem(f"{q['id']}: NULL in result")
        elif len(result) == 1 and ncol == 1 and result[0][0] in (0, 0.0, ""):
            problem(f"{q['id']}: single-cell result is 0 or empty")
        split = split_outer_order_by(q["sql"])
        if q["order_matters"] and split is None:
            problem(f"{q['id']}: order_matters is true but there is no outer ORDER BY")
        if split and (split[2] or q["order_matters"]):
            head, terms, tail = split
            for direction in ("ASC", "DESC"):
                extra = ", ".join(f"{i} {direction}" for i in range(1, ncol + 1))
                again = con.execute(f"{head}ORDER BY {terms.strip()}, {extra}{tail}").fetchall()
                if again != result:
                    problem(f"{q['id']}: tie in ORDER BY (result changes with {direction} tie-breakers)")
        con.close()

    if problems:
        print("FAIL:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(by_db)} databases)")


if __name__ == "__main__":
    main()
