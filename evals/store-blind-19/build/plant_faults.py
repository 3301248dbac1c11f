"""Plants faults one at a time in scratch copies of the batch (under /tmp/sb19/faults) and requires check.py to fail on
each with the expected message.  Prints one line per fault and a summary; exit code 1 if any fault slipped through.
Each copy holds exactly one fault; the copies are checked in parallel (4 at a time).

Usage: python3 plant_faults.py [N ...]   (optionally only the faults numbered N)"""
import calendar, json, os, re, shutil, sqlite3, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.abspath(os.path.join(HERE, ".."))
SCRATCH = "/tmp/sb19/faults"
CA, MM = "corrib_aquatics", "meeple_and_mug"


def q_edit(qid, **changes):
    def apply(root):
        path = os.path.join(root, "questions.jsonl")
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        hit = False
        for r in rows:
            if r["id"] == qid:
                for k, v in changes.items():
                    new = v(r[k]) if callable(v) else v
                    if new == r[k]:
                        raise RuntimeError(f"fault on {qid}.{k} changed nothing")
                    r[k] = new
                hit = True
        if not hit:
            raise RuntimeError(f"no question {qid}")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return apply


def sub(pattern, repl):
    def f(s):
        out = re.sub(pattern, repl, s, count=1)
        return out
    return f


def q_raw(fn):
    def apply(root):
        path = os.path.join(root, "questions.jsonl")
        rows = fn([json.loads(l) for l in open(path, encoding="utf-8")])
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return apply


def kind_edit(qid, kind):
    def apply(root):
        path = os.path.join(root, "build", "kinds.tsv")
        lines = [l if not l.startswith(qid + "\t") else f"{qid}\t{kind}" for l in open(path, encoding="utf-8").read().splitlines()]
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return apply


def db_edit(db, *sqls):
    def apply(root):
        con = sqlite3.connect(os.path.join(root, "databases", db + ".sqlite"))
        for s in sqls:
            if con.execute(s).rowcount == 0:
                raise RuntimeError(f"fault statement changed nothing: {s}")
        con.commit()
        con.close()
    return apply


def swap_keys(rows):
    r = rows[0]
    rows[0] = {"db": r["db"], "id": r["id"], "question": r["question"], "sql": r["sql"], "order_matters": r["order_matters"]}
    return rows


def dup_question(rows):
    rows[45]["question"] = rows[44]["question"]
    return rows


def ts(y, m, d, hh, mm):
    return calendar.timegm((y, m, d, hh, mm, 0))


GAL_SALE_2024 = "(SELECT MIN(trn_id) FROM TRN_HDR WHERE brn_cd = 'GAL' AND trn_typ = 'S' AND trn_stat = 'C' AND strftime('%Y', trn_ts, 'unixepoch') = '2024')"
GAL_WEEKDAY_SALE = ("(SELECT MIN(trn_id) FROM TRN_HDR WHERE brn_cd = 'GAL' AND trn_typ = 'S' AND trn_stat = 'C' AND strftime('%w', trn_ts, 'unixepoch') = '3' "
                    "AND strftime('%Y', trn_ts, 'unixepoch') = '2025')")
FIRST_RETURN = "(SELECT MIN(trn_id) FROM TRN_HDR WHERE trn_typ = 'R')"
UPT_TICKET = "(SELECT MIN(ticketId) FROM mm_ticket WHERE locationId = 1 AND statusCode = 2)"
FAULTS = [
    # wording
    ("underscore in a question", q_edit(f"{CA}-001", question=sub("Athlone branch", "Athlone_branch")), "underscore"),
    ("column-like phrase", q_edit(f"{MM}-007", question="What was the average subtotal at Rochester in 2025 on completed tickets, before tax?"), "column-like phrase 'subtotal'"),
    ("spelled-out identifier", q_edit(f"{MM}-027", question="What is the hire date of Mai Xiong?"), "spells out schema identifier hireDate"),
    ("relative period", q_edit(f"{CA}-004", question="How many different customers bought something at Castlebar this year?"), "relative period"),
    ("year in the question not in the SQL", q_edit(f"{CA}-002", question="How many transactions were voided at the tills during 2023?"), "mentions 2023 but the SQL"),
    ("date filter without a year in the question", q_edit(f"{MM}-005", question="How many bookings were no-shows?"), "names no year"),
    ("structure word", q_edit(f"{CA}-025", question="What is in the phone column for our Castlebar branch?"), "database structure"),
    ("duplicate question", q_raw(dup_question), "duplicate question text"),
    ("key order", q_raw(swap_keys), "key order"),
    # SQL conventions
    ("transactions without type and status", q_edit(f"{CA}-001", sql=sub(r" AND h\.trn_typ = 'S' AND h\.trn_stat = 'C'", "")), "without settling their type"),
    ("lines without the void flag", q_edit(f"{CA}-040", sql=sub(r" AND l\.void_flg = 'N'", "")), "without leaving out voided lines"),
    ("merged customers kept", q_edit(f"{CA}-003", sql=sub(r"del_flg = 'N' AND ", "")), "merged (deleted) accounts"),
    ("epoch compared as a number", q_edit(f"{CA}-001", sql=sub(r"strftime\('%Y', h\.trn_ts, 'unixepoch'\) = '2025'", "h.trn_ts >= 1735689600")), "epoch seconds used without"),
    ("cents not converted", q_edit(f"{CA}-006", sql=sub(r"ROUND\(SUM\(h\.gross_cts\) / 100\.0, 2\)", "SUM(h.gross_cts)")), "cents returned without converting"),
    ("cents divided by an integer", q_edit(f"{CA}-006", sql=sub(r"/ 100\.0", "/ 100")), "integer division"),
    ("money question silent on VAT and returns", q_edit(f"{CA}-006", question="What were the Galway branch's takings in 2024?"), "does not say whether VAT"),
    ("localtime modifier", q_edit(f"{CA}-019", sql=sub(r"date\(h\.trn_ts, 'unixepoch'\)", "date(h.trn_ts, 'unixepoch', 'localtime')")), "localtime"),
    ("tickets without status", q_edit(f"{MM}-001", sql=sub(r" AND t\.statusCode = 2", "")), "without settling their status"),
    ("ticket lines without the voided column", q_edit(f"{MM}-006", sql=sub(r" AND l\.voided = 0", "")), "ticket lines used without"),
    ("deleted members kept", q_edit(f"{MM}-003", sql=sub(r"deleted = 0 AND ", "")), "without leaving out deleted"),
    ("MM/DD/YYYY compared as text", q_edit(f"{MM}-005", sql=sub(r"substr\(b\.bookingDate, 7, 4\) = '2025'", "b.bookingDate >= '01/01/2025' AND b.bookingDate <= '12/31/2025'")), "compared as if it were ISO"),
    ("MM/DD/YYYY cut as ISO", q_edit(f"{MM}-001", sql=sub(r"substr\(t\.ticketDate, 7, 4\)", "substr(t.ticketDate, 1, 4)")), "cut, converted or sorted"),
    ("MM/DD/YYYY fed to date()", q_edit(f"{MM}-020", sql=sub(r"GROUP BY day", "AND date(t.ticketDate) IS NULL GROUP BY day")), "cut, converted or sorted"),
    ("ticket money silent on tax and refunds", q_edit(f"{MM}-007", question="What was the average ticket at Rochester in 2025?"), "does not say how tax and refunds"),
    ("share as a percentage", q_edit(f"{CA}-037", sql=sub(r"ROUND\(AVG", "ROUND(100.0 * AVG")), "percentage"),
    ("share by integer division", q_edit(f"{CA}-036", sql=sub(r"1\.0 \* ", "")), "real division"),
    ("name in two columns", q_edit(f"{CA}-017", sql=sub(r"e\.fst_nm \|\| ' ' \|\| e\.lst_nm AS staff", "e.fst_nm, e.lst_nm")), "one column"),
    ("literal not stored", q_edit(f"{MM}-026", sql=sub(r"'Latte'", "'Lattee'")), "not a value stored"),
    ("LIKE pattern matching nothing", q_edit(f"{CA}-003", sql=sub(r"'%MAYO'", "'%MAYOR'")), "matches no stored value"),
    ("write statement", q_edit(f"{CA}-025", sql="DELETE FROM BRN_MST WHERE brn_cd = 'CBR'"), "single read-only SELECT"),
    # results and ordering
    ("empty result", q_edit(f"{MM}-022", sql=sub(r"'2025'", "'2026'")), "empty result"),
    ("a count of nothing", q_edit(f"{CA}-002", sql=sub(r"h\.trn_typ = 'S' AND h\.trn_stat = 'V'", "h.trn_typ = 'N' AND h.trn_stat = 'V'")), "single-cell result is 0"),
    ("too many rows", q_edit(f"{CA}-033", sql=sub(r">= 25", ">= 5")), "rows (want <= 20)"),
    ("NULL cell", q_edit(f"{MM}-024", sql=sub(r"r\.roleName FROM", "r.roleName, s.termDate FROM")), "NULL in result"),
    ("unrounded average", q_edit(f"{MM}-007", sql=sub(r"ROUND\(AVG\(t\.subtotal - t\.discountAmt\), 2\)", "AVG(t.subtotal - t.discountAmt)")), "more than 2 decimals"),
    ("share rounded to 2", q_edit(f"{CA}-037", sql=sub(r"END\), 4\)", "END), 2)")), "shape of kind 'share'"),
    ("bad month label", q_edit(f"{CA}-011", sql=sub(r"'%Y-%m'", "'%Y%m'")), "month"),
    ("weeks not starting on Monday", q_edit(f"{CA}-013", sql=sub(r"'-6 days', 'weekday 1'", "'weekday 0'")), "week breakdown"),
    ("MM/DD/YYYY date in a result", q_edit(f"{MM}-027", sql="SELECT hireDate FROM mm_staff WHERE firstName = 'Mai' AND lastName = 'Xiong'"), "returned as stored"),
    ("raw epoch in a result", q_edit(f"{CA}-027", sql=sub(r"date\(h\.trn_ts, 'unixepoch'\) AS day", "h.trn_ts AS day")), "raw epoch"),
    ("LIMIT without ORDER BY", q_edit(f"{CA}-017", sql=sub(r" ORDER BY COUNT\(\*\) DESC", "")), "LIMIT without ORDER BY"),
    ("order_matters false on an ordered answer", q_edit(f"{CA}-016", order_matters=False), "order_matters is false"),
    ("order_matters true on an unordered answer", q_edit(f"{CA}-001", order_matters=True), "order_matters without outer ORDER BY"),
    ("tie at the cut", q_edit(f"{CA}-020", sql=sub(r"ORDER BY SUM\(l\.qty_sld\) DESC", "ORDER BY COUNT(DISTINCT i.grp_cd) DESC")), "tie"),
    ("kind mix", kind_edit(f"{CA}-001", "total"), "kind mix"),
    ("self-reference without a self-join", kind_edit(f"{MM}-001", "selfref"), "does not join a table to itself"),
    # Corrib database
    ("a sale total that is not its lines", db_edit(CA, f"UPDATE TRN_HDR SET gross_cts = gross_cts + 1 WHERE trn_id = {GAL_SALE_2024}"), "header gross"),
    ("a sale on Christmas Day", db_edit(CA, f"UPDATE TRN_HDR SET trn_ts = {ts(2024, 12, 25, 11, 0)} WHERE trn_id = {GAL_SALE_2024}"), "trading days"),
    ("a sale at 21:30 Irish summer time", db_edit(CA, f"UPDATE TRN_HDR SET trn_ts = {ts(2024, 6, 5, 20, 30)} WHERE trn_id = {GAL_SALE_2024}"), "opening hours"),
    ("a weekend-only assistant on a Wednesday", db_edit(CA, f"UPDATE TRN_HDR SET emp_no = 107 WHERE trn_id = {GAL_WEEKDAY_SALE}"), "weekend-only"),
    ("a line's VAT off by a cent", db_edit(CA, "UPDATE TRN_LIN SET vat_cts = vat_cts + 1 WHERE rowid = (SELECT MIN(rowid) FROM TRN_LIN WHERE vat_cts > 0)",
                                           "UPDATE TRN_HDR SET vat_cts = vat_cts + 1 WHERE trn_id = (SELECT trn_id FROM TRN_LIN WHERE rowid = (SELECT MIN(rowid) FROM TRN_LIN WHERE vat_cts > 0))"), "its VAT"),
    ("neon tetras at the new price before the rise", db_edit(CA, "UPDATE TRN_LIN SET unt_prc_cts = 299, ln_amt_cts = qty_sld * 299 - disc_cts WHERE rowid = (SELECT MIN(l.rowid) FROM TRN_LIN l "
                                                                 "JOIN ITM_MST i ON i.itm_no = l.itm_no WHERE i.itm_dsc = 'Neon Tetra')"), "price on the day"),
    ("a return pointing at a later sale", db_edit(CA, f"UPDATE TRN_HDR SET orig_trn_id = (SELECT MAX(trn_id) FROM TRN_HDR WHERE trn_typ = 'S') WHERE trn_id = {FIRST_RETURN}"), "returns"),
    ("change given on a card payment", db_edit(CA, "UPDATE TRN_TND SET chg_cts = 100 WHERE rowid = (SELECT MIN(rowid) FROM TRN_TND WHERE tnd_cd = 'CC' AND tnd_amt_cts > 0)"), "tenders"),
    ("a sale on a merged account", db_edit(CA, "UPDATE TRN_HDR SET cust_no = (SELECT MIN(cust_no) FROM CUST_MST WHERE del_flg = 'Y') WHERE trn_id = (SELECT MAX(trn_id) FROM TRN_HDR WHERE trn_typ = 'S' AND cust_no IS NOT NULL)"), "merged (deleted) account"),
    ("epoch in milliseconds", db_edit(CA, f"UPDATE TRN_HDR SET trn_ts = trn_ts * 1000 WHERE trn_id = {GAL_SALE_2024}"), "not epoch seconds"),
    ("cents with a fraction", db_edit(CA, f"UPDATE TRN_HDR SET gross_cts = gross_cts + 0.5 WHERE trn_id = {GAL_SALE_2024}"), "cents that are not integers"),
    ("soft deletes that never vary", db_edit(CA, "UPDATE CUST_MST SET del_flg = 'N', mrg_to_cust_no = NULL WHERE del_flg = 'Y'"), "flag is not 'Y' / 'N' or never varies"),
    ("an impossible YYYYMMDD date", db_edit(CA, "UPDATE EMP_MST SET hire_dt = 20180231 WHERE emp_no = 105"), "not a real YYYYMMDD"),
    ("the same-name towns removed", db_edit(CA, "UPDATE CUST_MST SET twn = 'Newport (Tipperary)' WHERE UPPER(cnty) LIKE '%TIPPERARY' AND UPPER(TRIM(twn)) = 'NEWPORT'"), "a town shared by two counties"),
    ("a leaver still active", db_edit(CA, "UPDATE EMP_MST SET emp_stat = 'A' WHERE emp_no = 114"), "emp_stat T exactly for leavers"),
    # Meeple & Mug database
    ("a subtotal that is not its lines", db_edit(MM, f"UPDATE mm_ticket SET subtotal = subtotal + 1, total = total + 1 WHERE ticketId = {UPT_TICKET}"), "subtotal is not the sum"),
    ("tax off by five cents", db_edit(MM, f"UPDATE mm_ticket SET tax = tax + 0.05, total = total + 0.05 WHERE ticketId = {UPT_TICKET}"), "tax is not the cafe's rate"),
    ("a ticket on a Monday", db_edit(MM, f"UPDATE mm_ticket SET ticketDate = '01/08/2024' WHERE ticketId = (SELECT MIN(ticketId) FROM mm_ticket WHERE statusCode = 3)"), "closed day"),
    ("a server from another cafe", db_edit(MM, f"UPDATE mm_ticket SET serverId = 17 WHERE ticketId = {UPT_TICKET}"), "someone at another cafe"),
    ("a 2025 play fee at the 2024 price", db_edit(MM, "UPDATE mm_ticket_item SET unitPrice = 10.0 WHERE lineId = (SELECT MIN(l.lineId) FROM mm_ticket_item l JOIN mm_ticket t ON t.ticketId = l.ticketId "
                                                      "JOIN mm_item i ON i.itemId = l.itemId WHERE i.name = 'Play Fee - Weekend' AND substr(t.ticketDate, 7, 4) = '2025')"), "price on the day"),
    ("a game from another cafe's library", db_edit(MM, "UPDATE mm_ticket_game SET gameId = (SELECT MIN(gameId) FROM mm_game WHERE locationId = 2) WHERE rowid = (SELECT MIN(tg.rowid) "
                                                       "FROM mm_ticket_game tg JOIN mm_ticket t ON t.ticketId = tg.ticketId WHERE t.locationId = 1 AND tg.gameId NOT IN (SELECT gameId FROM mm_game WHERE locationId = 2))"), "another cafe's library"),
    ("a refund that does not reverse its payment", db_edit(MM, "UPDATE mm_payment SET amount = amount + 1 WHERE paymentId = (SELECT MIN(paymentId) FROM mm_payment WHERE refundOf IS NOT NULL)"), "refund not reversing"),
    ("a seated booking without its ticket", db_edit(MM, "UPDATE mm_booking SET ticketId = NULL WHERE bookingId = (SELECT MIN(bookingId) FROM mm_booking WHERE statusCode = 12)"), "seated exactly when"),
    ("an ISO date in an MM/DD/YYYY column", db_edit(MM, f"UPDATE mm_ticket SET ticketDate = '2024-01-02' WHERE ticketId = (SELECT MIN(ticketId) FROM mm_ticket)"), "not 'MM/DD/YYYY'"),
    ("a DD/MM/YYYY date in an MM/DD/YYYY column", db_edit(MM, "UPDATE mm_staff SET hireDate = '16/08/2021' WHERE staffId = 3"), "not 'MM/DD/YYYY'"),
    ("a 24-hour time", db_edit(MM, "UPDATE mm_ticket SET openedAt = '19:30' WHERE ticketId = (SELECT MIN(ticketId) FROM mm_ticket)"), "not 'h:mm AM/PM'"),
    ("money stored as text", db_edit(MM, "UPDATE mm_item SET price = '$5.35' WHERE name = 'Latte'"), "not REAL dollars"),
    ("soft deletes that never vary", db_edit(MM, "UPDATE mm_game SET deleted = 0, deletedOn = NULL, deletedNote = NULL WHERE deleted = 1"), "0/1 column"),
    ("a member visiting after cancelling", db_edit(MM, "UPDATE mm_member SET cancelDate = '01/05/2024' WHERE memberId = (SELECT memberId FROM mm_ticket WHERE memberId IS NOT NULL "
                                                       "AND substr(ticketDate, 7, 4) = '2025' ORDER BY ticketId LIMIT 1)"), "after cancelling"),
    ("a second staff member without a manager", db_edit(MM, "UPDATE mm_staff SET managerId = NULL WHERE staffId = 10"), "only the owner has no manager"),
    ("a tip on a cash payment", db_edit(MM, "UPDATE mm_payment SET tipAmount = 2.0 WHERE paymentId = (SELECT MIN(paymentId) FROM mm_payment WHERE methodCode = 'CASH' AND refundOf IS NULL)"), "tips that do not add up"),
]


def run(i, label, apply, expect):
    root = os.path.join(SCRATCH, f"f{i:03d}")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "build"))
    shutil.copytree(os.path.join(BATCH, "databases"), os.path.join(root, "databases"))
    shutil.copy(os.path.join(BATCH, "questions.jsonl"), root)
    shutil.copy(os.path.join(HERE, "kinds.tsv"), os.path.join(root, "build"))
    try:
        apply(root)
    except Exception as e:
        return i, label, False, f"could not plant: {e}"
    p = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), root], capture_output=True, text=True)
    shutil.rmtree(root, ignore_errors=True)
    ok = p.returncode == 1 and expect in p.stdout
    return i, label, ok, "" if ok else (p.stdout[-600:] or p.stderr[-600:])


def main():
    os.makedirs(SCRATCH, exist_ok=True)
    only = {int(x) for x in sys.argv[1:]}   # optional: fault numbers to plant (default all)
    todo = [(i, l, f, e) for i, (l, f, e) in enumerate(FAULTS, 1) if not only or i in only]
    with ThreadPoolExecutor(max_workers=4) as ex:
        results = list(ex.map(lambda a: run(*a), todo))
    missed = 0
    for i, label, ok, detail in results:
        print(f"{'caught' if ok else 'MISSED'}  {i:02d} {label}" + ("" if ok else f"\n        {detail.strip()}"))
        missed += not ok
    print(f"{len(results) - missed}/{len(results)} faults caught")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
