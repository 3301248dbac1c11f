"""Plants deliberate faults, one at a time, in scratch copies of the batch and checks that check.py catches each one
with the expected message. Usage: python3 plant_faults.py [SCRATCH_DIR]   (default /tmp/sb10/faults)
Each fault gets a fresh copy (questions.jsonl, build/kinds.tsv, databases/), so one fault cannot mask another."""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, ".."))
SCRATCH = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "/tmp/sb10/faults"
KR, RO = "kestner_reifen", "ridgeline_outfitters"


def fresh():
    if os.path.exists(SCRATCH):
        shutil.rmtree(SCRATCH)
    os.makedirs(os.path.join(SCRATCH, "build"))
    shutil.copytree(os.path.join(SRC, "databases"), os.path.join(SCRATCH, "databases"))
    shutil.copy(os.path.join(SRC, "questions.jsonl"), SCRATCH)
    shutil.copy(os.path.join(SRC, "build", "kinds.tsv"), os.path.join(SCRATCH, "build"))


def edit_q(qid, **changes):
    def act():
        p = os.path.join(SCRATCH, "questions.jsonl")
        qs = [json.loads(l) for l in open(p, encoding="utf-8")]
        for q in qs:
            if q["id"] == qid:
                for k, v in changes.items():
                    q[k] = v(q[k]) if callable(v) else v
        with open(p, "w", encoding="utf-8") as f:
            for q in qs:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
    return act


def sub_q(qid, field, old, new):
    def rep(v):
        assert old in v, (qid, field, old)
        return v.replace(old, new)
    return edit_q(qid, **{field: rep})


def copy_q(src, dst, field):
    def act():
        p = os.path.join(SCRATCH, "questions.jsonl")
        qs = [json.loads(l) for l in open(p, encoding="utf-8")]
        val = [q for q in qs if q["id"] == src][0][field]
        edit_q(dst, **{field: (lambda v: val.lower().replace("?", "!") if field == "question" else val)})()
    return act


def kind(qid, new):
    def act():
        p = os.path.join(SCRATCH, "build", "kinds.tsv")
        rows = [l.rstrip("\n").split("\t") for l in open(p, encoding="utf-8")]
        with open(p, "w", encoding="utf-8") as f:
            for a, b in rows:
                f.write(f"{a}\t{new if a == qid else b}\n")
    return act


def db(name, *sql):
    def act():
        con = sqlite3.connect(os.path.join(SCRATCH, "databases", f"{name}.sqlite"))
        con.execute("PRAGMA foreign_keys = OFF")
        for s in sql:
            con.execute(s)
        con.commit()
        con.close()
    return act


Q = lambda n: f"{KR}-{n:03d}"
R = lambda n: f"{RO}-{n:03d}"
FAULTS = [
    # question wording
    ("tie at a LIMIT cut", "tie in ORDER BY", sub_q(R(16), "sql", "20240101 AND o.ORD_DT < 20250101", "20250101 AND o.ORD_DT < 20260101")),
    ("snake_case identifier in question", "mentions schema identifier", sub_q(Q(36), "question", "deleted customer records", "records with ist_geloescht set")),
    ("ALL-CAPS identifier in question", "mentions schema identifier", sub_q(R(4), "question", "deleted accounts", "DEL_FLG accounts")),
    ("spelled-out identifier", "spells out", sub_q(Q(23), "question", "how much is", "what's the vk preis cent of")),
    ("question asks in cents", "asks in cents", sub_q(Q(6), "question", "in euros", "in cents")),
    ("duplicate question (case / punctuation only)", "duplicate question text", copy_q(Q(1), Q(5), "question")),
    ("relative period", "relative period", sub_q(Q(10), "question", "who still work for us", "hired last year")),
    ("date filter, no year in question", "names no year", sub_q(Q(6), "question", " in 2024", "")),
    ("year in question not in SQL", "mentions 2023 but", sub_q(Q(6), "question", "2024", "2023")),
    # reference SQL and results
    ("percent without ROUND", "percent question without ROUND", sub_q(Q(37), "sql", "ROUND(100.0 * SUM(a.zahlungsart = 'Rechnung') / COUNT(*), 2)", "100.0 * SUM(a.zahlungsart = 'Rechnung') / COUNT(*)")),
    ("0 result", "single-cell result is 0", sub_q(Q(5), "sql", "position = 'Azubi'", "position = 'Geschäftsführer' AND filiale_id IS NOT NULL AND position = 'Azubi'")),
    ("empty result", "empty result", sub_q(Q(29), "sql", "> 8", "> 50")),
    ("NULL result", "NULL in result", sub_q(Q(10), "sql", "austritt_am IS NULL", "austritt_am IS NULL AND stundenlohn_cent > 999999")),
    ("cents returned undivided", "money in cents returned", sub_q(Q(6), "sql", "ROUND(SUM(a.summe_cent) / 100.0, 2)", "SUM(a.summe_cent)")),
    ("misspelled status literal", "is not a value stored", sub_q(Q(6), "sql", "'abgeschlossen'", "'abgeschlosen'")),
    ("unrounded average", "more than 2 decimals", sub_q(R(8), "sql", "ROUND(AVG(o.TOT_AMT), 2)", "AVG(o.TOT_AMT)")),
    ("LIMIT without ORDER BY", "LIMIT without ORDER BY", sub_q(Q(19), "sql", " ORDER BY r.vk_preis_cent DESC", "")),
    ("duplicate SQL", "duplicate SQL", copy_q(Q(1), Q(5), "sql")),
    ("ORDER BY without LIMIT, order_matters false", "outer ORDER BY without LIMIT", sub_q(Q(11), "sql", "GROUP BY bundesland", "GROUP BY bundesland ORDER BY bundesland")),
    ("percentage not asked for", "percentage in SQL but", sub_q(Q(38), "question", "What percent of", "What share of")),
    ("month breakdown without strftime", "month breakdown without", sub_q(Q(12), "sql", "strftime('%m', a.auftragsdatum)", "substr(a.auftragsdatum, 6, 2)")),
    ("tied MAX pick", "MAX/MIN pick returns", edit_q(Q(19), sql="SELECT filialname FROM filialen WHERE hebebuehnen_anzahl = (SELECT MAX(hebebuehnen_anzahl) FROM filialen)")),
    ("money summed across currencies", "money across currencies", sub_q(R(6), "sql", "o.CURR_CD = 'USD' AND ", "")),
    ("money question names no currency", "does not name the currency", edit_q(R(7), question="How much sales tax did our stores north of the border charge on completed orders in 2025?")),
    ("soft-delete flag not mentioned", "does not mention deleted records", sub_q(Q(36), "question", " Leave out deleted customer records.", "")),
    ("deleted customers not settled", "does not settle deleted records", edit_q(Q(2), question="How many customers do we have in Frankfurt an der Oder?",
                                                                          sql="SELECT COUNT(*) FROM kunden WHERE ort = 'Frankfurt' AND bundesland = 'Brandenburg'")),
    ("date-range question over a whole year", "shape of kind 'date_range'", sub_q(Q(39), "sql", "'2025-10-01' AND a.auftragsdatum < '2025-12-01'", "'2025-01-01' AND a.auftragsdatum < '2026-01-01'")),
    # order_matters and kinds
    ("order_matters with no order asked", "does not ask for an order", sub_q(Q(12), "question", ", in month order please", "")),
    ("order_matters without outer ORDER BY", "order_matters without outer ORDER BY", edit_q(Q(1), order_matters=True)),
    ("self-reference without a self-join", "does not join a table to itself", kind(Q(22), "selfref")),
    ("wrong kind mix", "kind mix", kind(Q(1), "total")),
    # database faults
    ("FK violation", "foreign_key_check", db(KR, "UPDATE auftraege SET kunde_id = 999999 WHERE auftrag_id = 1")),
    ("impossible ISO date", "not real YYYY-MM-DD", db(KR, "UPDATE kunden SET angelegt_am = '2024-02-30' WHERE kunde_id = 5")),
    ("impossible YYYYMMDD date", "YYYYMMDD", db(RO, "UPDATE Customer SET JOIN_DT = 20241301 WHERE CUST_ID = 5")),
    ("bad clock time", "HH:MM", db(KR, "UPDATE termine SET uhrzeit = '25:10' WHERE termin_id = 1")),
    ("0/1 flag with a 2", "flag column is not INTEGER 0/1", db(KR, "UPDATE filialen SET hat_reifenhotel = 2 WHERE filiale_id = 1")),
    ("Y/N flag with 'Yes'", "not TEXT 'Y'/'N'", db(RO, "UPDATE Customer SET MKT_OPT_FLG = 'Yes' WHERE CUST_ID = 1")),
    ("flag that never varies", "never varies", db(KR, "UPDATE filialen SET hat_achsvermessung = 1")),
    ("order total != sum of lines", "order total = sum of lines", db(KR, "UPDATE auftraege SET summe_cent = summe_cent + 100 WHERE auftrag_id = 10")),
    ("total != subtotal + tax", "subtotal = sum of lines", db(RO, "UPDATE SalesOrder SET TOT_AMT = TOT_AMT + 1 WHERE ORD_ID = 10")),
    ("undeclared FK column", "not a declared foreign key", db(KR, "ALTER TABLE kunden ADD COLUMN werber_id INTEGER")),
    ("English word in the German schema", "English word", db(KR, "ALTER TABLE marken ADD COLUMN brand_land TEXT")),
    ("PascalCase column in the ALL-CAPS schema", "ALL-CAPS abbreviated", db(RO, "ALTER TABLE Store ADD COLUMN StoreManagerName TEXT")),
    ("table with too few rows", "rows (want 10-20,000)", db(KR, "CREATE TABLE notizen (notiz_id INTEGER PRIMARY KEY, notiz TEXT)",
                                                            "INSERT INTO notizen VALUES (1, 'a'), (2, 'b'), (3, 'c')")),
    ("fractional cents", "cents column", db(KR, "UPDATE artikel SET vk_preis_cent = 1999.5 WHERE artikel_id = 1")),
    ("money with 3 decimals", "amount column", db(RO, "UPDATE Product SET US_LIST_AMT = 10.005 WHERE PROD_ID = 1")),
    ("unknown currency", "currency codes other than", db(RO, "UPDATE SalesOrder SET CURR_CD = 'EUR' WHERE ORD_ID = 1")),
    ("shared place names removed", "no place name shared", db(KR, "UPDATE kunden SET ort = 'Frankfurt (Oder)' WHERE ort = 'Frankfurt' AND bundesland = 'Brandenburg'",
                                                             "UPDATE filialen SET ort = 'Frankfurt (Oder)' WHERE ort = 'Frankfurt' AND bundesland = 'Brandenburg'",
                                                             "UPDATE kunden SET ort = 'Neustadt a.d.Aisch' WHERE ort = 'Neustadt' AND bundesland = 'Bayern'")),
    ("no soft-deleted customers", "no soft-deleted customers", db(RO, "UPDATE Customer SET DEL_FLG = 'N', DEL_DT = NULL")),
    ("returned rental without a return date", "return date exactly for Returned", db(RO, "UPDATE RentalAgreement SET RTRN_DT = NULL, LATE_FEE_AMT = NULL WHERE RNTL_AGR_ID = 1")),
    ("order on a Sunday", "never on Sundays", db(KR, "UPDATE auftraege SET auftragsdatum = '2024-06-02' WHERE auftrag_id = (SELECT auftrag_id FROM auftraege WHERE auftragsdatum = '2024-06-03' LIMIT 1)")),
    ("rental unit out twice at once", "never out twice", db(RO, "INSERT INTO RentalLine SELECT b.RNTL_AGR_ID, l.RNTL_UNIT_ID, b_days.DAY_CNT, l.DLY_RT_AMT FROM RentalLine l JOIN RentalAgreement a USING (RNTL_AGR_ID) JOIN RentalAgreement b ON b.STR_ID = a.STR_ID AND b.RNTL_AGR_ID <> a.RNTL_AGR_ID AND b.PKUP_DT = a.PKUP_DT AND b.RNTL_STAT_CD = 'RN' AND a.RNTL_STAT_CD = 'RN' JOIN (SELECT RNTL_AGR_ID, MAX(DAY_CNT) AS DAY_CNT FROM RentalLine GROUP BY RNTL_AGR_ID) b_days ON b_days.RNTL_AGR_ID = b.RNTL_AGR_ID WHERE NOT EXISTS (SELECT 1 FROM RentalLine z WHERE z.RNTL_AGR_ID = b.RNTL_AGR_ID AND z.RNTL_UNIT_ID = l.RNTL_UNIT_ID) LIMIT 1")),
]


def main():
    caught = 0
    for label, expect, act in FAULTS:
        fresh()
        act()
        r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), SCRATCH], capture_output=True, text=True)
        ok = r.returncode != 0 and expect in r.stdout
        caught += ok
        print(f"{'caught ' if ok else 'MISSED '} {label}" + ("" if ok else f"\n{r.stdout[:600]}"))
    shutil.rmtree(SCRATCH, ignore_errors=True)
    print(f"Result: {caught}/{len(FAULTS)} caught")
    sys.exit(0 if caught == len(FAULTS) else 1)


if __name__ == "__main__":
    main()
