"""Plants faults one at a time in scratch copies of the batch and checks that check.py catches each one.

Usage: python3 plant_faults.py   (works in /tmp/sb12/faults; never touches the batch folder itself)
Each fault is a mutation of questions.jsonl / kinds.tsv or of one database copy, plus a piece of the failure message
check.py must print. Prints one line per fault and a summary; exits 1 if any fault slips through."""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, ".."))
WORK = "/tmp/sb12/faults"
SV, TP = "slagerij_vermeulen", "trillium_paint"


def load(root):
    return [json.loads(l) for l in open(os.path.join(root, "questions.jsonl"), encoding="utf-8")]


def save(root, qs):
    with open(os.path.join(root, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")


def edit_q(qid, **kw):
    def f(root):
        qs = load(root)
        for q in qs:
            if q["id"] == qid:
                for k, v in kw.items():
                    q[k] = v(q[k]) if callable(v) else v
        save(root, qs)
    return f


def sql_db(db, *stmts):
    def f(root):
        con = sqlite3.connect(os.path.join(root, "databases", f"{db}.sqlite"))
        for s in stmts:
            con.execute(s)
        con.commit()
        con.close()
    return f


def swap_keys(root):
    qs = load(root)
    q = qs[0]
    qs[0] = {"db": q["db"], "id": q["id"], "question": q["question"], "sql": q["sql"], "order_matters": q["order_matters"]}
    save(root, qs)


def dup_question(root):
    qs = load(root)
    qs[1]["question"] = qs[0]["question"].upper()
    save(root, qs)


def wrong_kind(root):
    p = os.path.join(root, "build", "kinds.tsv")
    lines = open(p, encoding="utf-8").read().splitlines()
    lines[0] = lines[0].split("\t")[0] + "\ttotal"
    open(p, "w", encoding="utf-8").write("\n".join(lines) + "\n")


def rename_dutch_column(root):
    sql_db(SV, "ALTER TABLE filiaal RENAME COLUMN plaats TO city")(root)


def drop_dictionary_row(root):
    sql_db(TP, "DELETE FROM sy910 WHERE table_code = 'so110' AND field_name = 'disc_pct'")(root)


def plain_table_name(root):
    sql_db(TP, "ALTER TABLE in110 RENAME TO colours")(root)


FAULTS = [
    # ---- wording
    ("underscore in question", edit_q(f"{SV}-003", question=lambda t: t + " (status_code ANN)"), "underscore in question text"),
    ("ERP table code in question", edit_q(f"{TP}-003", question=lambda t: t.replace("invoices", "so100 invoices")), "schema identifier so100"),
    ("Dutch identifier in question", edit_q(f"{SV}-003", question=lambda t: t.replace("till receipts", "kassabon receipts")), "Dutch identifier kassabon"),
    ("cents in question", edit_q(f"{SV}-006", question=lambda t: t.replace("in euros", "in cents")), "asks in cents"),
    ("relative period", edit_q(f"{TP}-003", question="How many invoices did we void last year?"), "relative period"),
    ("year in question missing from SQL", edit_q(f"{SV}-003", question=lambda t: t.replace("2024", "2023")), "mentions 2023 but the SQL does not"),
    ("date filter without a year in the question", edit_q(f"{TP}-003", question="How many invoices have we voided?"), "names no year"),
    ("camelCase in question", edit_q(f"{TP}-001", question=lambda t: t + " (branchStatus)"), "camelCase"),
    ("structure words", edit_q(f"{TP}-001", question=lambda t: t + " Use the branch table."), "database structure"),
    ("duplicate question", dup_question, "duplicate question text"),
    # ---- SQL conventions
    ("share as percentage", edit_q(f"{SV}-036", sql=lambda s: s.replace("ROUND(AVG(klant_id IS NOT NULL), 4)", "ROUND(100.0 * AVG(klant_id IS NOT NULL), 4)")), "percentage"),
    ("share rounded to 2", edit_q(f"{TP}-036", sql=lambda s: s.replace(", 4)", ", 2)")), "shape of kind 'share'"),
    ("cents not divided", edit_q(f"{SV}-006", sql="SELECT SUM(totaal_cent) FROM kassabon WHERE status_code = 'AFG' AND substr(datum, 7, 4) = '2024'"), "without ROUND(... / 100.0, 2)"),
    ("unrounded average", edit_q(f"{TP}-008", sql=lambda s: s.replace("ROUND(AVG(h.invoice_total), 2)", "AVG(h.invoice_total)")), "more than 2 decimals"),
    ("empty result", edit_q(f"{SV}-003", sql=lambda s: s.replace("'2024'", "'2022'"), question=lambda t: t.replace("2024", "2022")), "single-cell result is 0"),
    ("empty list", edit_q(f"{TP}-021", sql=lambda s: s.replace("'QC'", "'PE'")), "empty result"),
    ("NULL cell", edit_q(f"{SV}-024", sql="SELECT omschrijving, uit_assortiment_op, NULL AS x FROM artikel WHERE substr(uit_assortiment_op, 7, 4) = '2025'"), "NULL in result"),
    ("16 rows", edit_q(f"{TP}-012", sql=lambda s: s.replace("substr(h.invoice_date, 1, 4) = '2025'", "substr(h.invoice_date, 1, 4) IN ('2024', '2025')")), "rows (want <= 15)"),
    ("LIMIT without ORDER BY", edit_q(f"{SV}-017", sql=lambda s: s.replace("ORDER BY receipts DESC ", "")), "LIMIT without ORDER BY"),
    ("order_matters missing", edit_q(f"{TP}-016", order_matters=False), "asks for an order"),
    ("ORDER BY without LIMIT and order_matters false", edit_q(f"{SV}-021", sql=lambda s: s + " ORDER BY naam"), "outer ORDER BY without LIMIT"),
    ("order_matters without ordering words", edit_q(f"{SV}-016", question=lambda t: t.replace(" Highest first,", ",")), "does not ask for an order"),
    ("tie at the LIMIT cut", edit_q(f"{TP}-020", sql=lambda s: s.replace("'2025'", "'2023'"), question=lambda t: t.replace("2025", "2023")), "tie in ORDER BY"),
    ("month label without dash", edit_q(f"{SV}-011", sql=lambda s: s.replace("|| '-' ||", "||", 1)), "malformed month label"),
    ("quarter label wrong", edit_q(f"{TP}-011", sql=lambda s: s.replace("'-Q'", "'-'")), "quarter breakdown does not return"),
    ("name in two columns", edit_q(f"{TP}-019", sql=lambda s: s.replace("e.first_name || ' ' || e.last_name AS employee", "e.first_name, e.last_name")), "one column"),
    ("DD-MM-YYYY compared as text", edit_q(f"{SV}-003", sql="SELECT COUNT(*) FROM kassabon WHERE status_code = 'ANN' AND datum >= '01-01-2024' AND datum <= '31-12-2024'"), "compared directly"),
    ("date function on DD-MM-YYYY", edit_q(f"{SV}-003", sql="SELECT COUNT(*) FROM kassabon WHERE status_code = 'ANN' AND strftime('%Y', datum) = '2024'"), "date function"),
    ("dashed literal against YYYYMMDD", edit_q(f"{TP}-003", sql="SELECT COUNT(*) FROM so100 WHERE status_cd = 'VOI' AND invoice_date BETWEEN '2024-01-01' AND '2024-12-31'"), "dashed date literal"),
    ("strftime on YYYYMMDD", edit_q(f"{TP}-003", sql="SELECT COUNT(*) FROM so100 WHERE status_cd = 'VOI' AND strftime('%Y', invoice_date) = '2024'"), "date function"),
    ("receipts counted at line grain", edit_q(f"{SV}-003", sql="SELECT COUNT(*) FROM kassabonregel r JOIN kassabon b ON b.bon_id = r.bon_id WHERE b.status_code = 'ANN' AND substr(b.datum, 7, 4) = '2024'"), "counted on the line table"),
    ("invoices counted at line grain", edit_q(f"{TP}-003", sql="SELECT COUNT(*) FROM so110 l JOIN so100 h ON h.invoice_no = l.invoice_no WHERE h.status_cd = 'VOI' AND substr(h.invoice_date, 1, 4) = '2024'"), "counted on the line table"),
    ("misspelled status literal", edit_q(f"{TP}-003", sql=lambda s: s.replace("'VOI'", "'VOID'")), "is not a value stored"),
    ("soft delete not settled (Dutch)", edit_q(f"{SV}-002", question=lambda t: t.replace(" Leave out deleted accounts.", ""), sql=lambda s: s.replace(" AND k.verwijderd = 'N'", "")), "does not settle deleted"),
    ("soft delete used but not mentioned (ERP)", edit_q(f"{TP}-004", question=lambda t: t.replace(" Don't count deleted accounts.", "")), "does not mention deleted"),
    ("self-reference without self-join", edit_q(f"{SV}-030", sql="SELECT m.leidinggevende_id FROM medewerker m WHERE m.voornaam = 'Fleur' AND m.achternaam = 'Peeters'"), "does not join a table to itself"),
    ("compare with one period", edit_q(f"{TP}-040", sql="SELECT COUNT(*) FROM so100 h JOIN op100 b ON b.branch_no = h.branch_no WHERE b.branch_name = 'Halifax Quinpool' AND h.status_cd <> 'VOI' AND substr(h.invoice_date, 1, 4) = '2023'"), "shape of kind 'compare'"),
    ("wrong kind mix", wrong_kind, "kind mix"),
    ("key order", swap_keys, "key order"),
    # ---- databases
    ("FK violation", sql_db(SV, "UPDATE kassabon SET filiaal_id = 99 WHERE bon_id = 5"), "foreign_key_check not clean"),
    ("impossible DD-MM-YYYY date", sql_db(SV, "UPDATE klant SET aangemeld_op = '31-02-2024' WHERE klant_id = 3"), "not real DD-MM-YYYY dates"),
    ("ISO date in the Dutch schema", sql_db(SV, "UPDATE artikel SET in_assortiment_sinds = '2020-01-01' WHERE artikel_id = 1"), "not real DD-MM-YYYY dates"),
    ("impossible YYYYMMDD date", sql_db(TP, "UPDATE hr100 SET hire_date = '20231301' WHERE emp_no = (SELECT MAX(emp_no) FROM hr100)"), "not real YYYYMMDD dates"),
    ("bad HH:MM", sql_db(SV, "UPDATE kassabon SET tijd = '25:10' WHERE bon_id = 7"), "HH:MM"),
    ("Y instead of J", sql_db(SV, "UPDATE klant SET nieuwsbrief = 'Y' WHERE klant_id = 4"), "flag column is not TEXT 'J'/'N'"),
    ("constant flag", sql_db(TP, "UPDATE op100 SET trade_desk = 'Y'"), "never varies"),
    ("receipt total != lines", sql_db(SV, "UPDATE kassabon SET totaal_cent = totaal_cent + 100 WHERE bon_id = 11"), "receipt total"),
    ("wrong sales tax", sql_db(TP, "UPDATE so100 SET tax_amount = tax_amount + 1, invoice_total = invoice_total + 1 WHERE invoice_no = 5000010"), "tax"),
    ("3-decimal money", sql_db(TP, "UPDATE in100 SET list_price = 12.345 WHERE item_no = (SELECT MIN(item_no) FROM in100)"), "2 decimals"),
    ("fractional cents", sql_db(SV, "UPDATE artikel SET inkoopprijs_cent = 100.5 WHERE artikel_id = 2"), "euro-cent column"),
    ("English column in the Dutch schema", rename_dutch_column, "English word city"),
    ("ERP table without a code", plain_table_name, "not an ERP table code"),
    ("column missing from the data dictionary", drop_dictionary_row, "sy910 field catalogue does not match"),
    ("shared place names removed", sql_db(TP, "UPDATE ar100 SET city = city || ' NS' WHERE prov_cd = 'NS'", "UPDATE op100 SET city = city || ' NS' WHERE prov_cd = 'NS'"), "no place name shared"),
    ("no deleted customers", sql_db(SV, "UPDATE klant SET verwijderd = 'N', verwijderd_op = NULL"), "no soft-deleted customers"),
    ("receipt before the shop opened", sql_db(SV, "UPDATE kassabon SET datum = '02-01-2023' WHERE bon_id = (SELECT MIN(bon_id) FROM kassabon WHERE filiaal_id = 20)"), "while the shop trades"),
    ("invoice by someone not on staff", sql_db(TP, "UPDATE so100 SET salesperson_emp_no = (SELECT emp_no FROM hr100 WHERE job_title = 'President') WHERE invoice_no = 5000020"), "salesperson employed"),
    ("customer buying after deletion", sql_db(SV, "UPDATE klant SET verwijderd = 'J', verwijderd_op = '01-01-2023' WHERE klant_id = (SELECT klant_id FROM kassabon WHERE klant_id IS NOT NULL AND substr(datum, 7, 4) = '2025' LIMIT 1)"), "between signing up and deletion"),
    ("discount not matching price level", sql_db(TP, "UPDATE so110 SET disc_pct = 5, ext_amount = ROUND(qty * unit_price * 0.95, 2) WHERE invoice_no = 5000002 AND line_seq = 1"), "price level"),
    ("undeclared key column", sql_db(SV, "ALTER TABLE bestelling ADD COLUMN medewerker_id INTEGER"), "not a declared foreign key"),
    ("wrong status category", sql_db(SV, "UPDATE kassabon SET status_code = 'OPG' WHERE bon_id = 12"), "right category"),
    ("loyalty points off", sql_db(SV, "UPDATE klant SET spaarpunten = spaarpunten + 3 WHERE klant_id = 10"), "loyalty points"),
]


def main():
    if os.path.exists(WORK):
        shutil.rmtree(WORK)
    caught = 0
    for i, (label, mutate, expect) in enumerate(FAULTS, 1):
        root = os.path.join(WORK, f"{i:02d}")
        os.makedirs(os.path.join(root, "build"))
        shutil.copytree(os.path.join(SRC, "databases"), os.path.join(root, "databases"))
        shutil.copy(os.path.join(SRC, "questions.jsonl"), root)
        shutil.copy(os.path.join(HERE, "kinds.tsv"), os.path.join(root, "build"))
        mutate(root)
        r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), root], capture_output=True, text=True)
        ok = r.returncode != 0 and expect in r.stdout
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}  {i:02d} {label}" + ("" if ok else f"\n{r.stdout[-600:]}"))
    print(f"{caught}/{len(FAULTS)} faults caught")
    sys.exit(0 if caught == len(FAULTS) else 1)


if __name__ == "__main__":
    main()
