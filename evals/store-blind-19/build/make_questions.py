"""Writes ../questions.jsonl (80 questions, 40 per database) and kinds.tsv (the kind of each question).

Usage: python3 make_questions.py          write the files
       python3 make_questions.py --show   also run every query read-only and print its result"""
import json, os, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
CA, MM = "corrib_aquatics", "meeple_and_mug"

# ------------------------------------------------------------------ Corrib Aquatics (till / ERP export)
SALE = "h.trn_typ = 'S' AND h.trn_stat = 'C'"


def yr(y, col="h.trn_ts"):
    return f"strftime('%Y', {col}, 'unixepoch') = '{y}'"


CA_Q = [
    # count
    ("count", "How many sales did the Athlone branch ring up in 2025?",
     f"SELECT COUNT(*) FROM TRN_HDR h WHERE h.brn_cd = 'ATH' AND {SALE} AND {yr(2025)}"),
    ("count", "How many transactions were voided at the tills during 2024?",
     f"SELECT COUNT(*) FROM TRN_HDR h WHERE h.trn_typ = 'S' AND h.trn_stat = 'V' AND {yr(2024)}"),
    ("count", "How many of our customers live in Newport, County Mayo?",
     "SELECT COUNT(*) FROM CUST_MST WHERE del_flg = 'N' AND UPPER(TRIM(twn)) = 'NEWPORT' AND UPPER(cnty) LIKE '%MAYO'"),
    ("count", "How many different customers bought something at Castlebar in 2025?",
     f"SELECT COUNT(DISTINCT h.cust_no) FROM TRN_HDR h WHERE h.brn_cd = 'CBR' AND {SALE} AND {yr(2025)}"),
    ("count", "How many new customer accounts did we open for club members in 2024?",
     f"SELECT COUNT(*) FROM CUST_MST WHERE club_flg = 'Y' AND del_flg = 'N' AND {yr(2024, 'crt_ts')}"),
    # total
    ("total", "What were the Galway branch's takings in 2024, VAT included and before any returns?",
     f"SELECT ROUND(SUM(h.gross_cts) / 100.0, 2) FROM TRN_HDR h WHERE h.brn_cd = 'GAL' AND {SALE} AND {yr(2024)}"),
    ("total", "What was the average sale at Castlebar in 2025, including VAT? Ignore returns.",
     f"SELECT ROUND(AVG(h.gross_cts) / 100.0, 2) FROM TRN_HDR h WHERE h.brn_cd = 'CBR' AND {SALE} AND {yr(2025)}"),
    ("total", "How much did we pay back to customers on returns during 2025?",
     f"SELECT ROUND(-SUM(h.gross_cts) / 100.0, 2) FROM TRN_HDR h WHERE h.trn_typ = 'R' AND h.trn_stat = 'C' AND {yr(2025)}"),
    ("total", "How much VAT was in our 2025 sales across all branches, leaving returns out of it?",
     f"SELECT ROUND(SUM(h.vat_cts) / 100.0, 2) FROM TRN_HDR h WHERE {SALE} AND {yr(2025)}"),
    ("total", "How much did the club members' 10% discount cost us on 2025 sales (returns ignored)?",
     f"SELECT ROUND(SUM(h.disc_cts) / 100.0, 2) FROM TRN_HDR h WHERE {SALE} AND {yr(2025)}"),
    # breakdown
    ("breakdown", "Show the Galway branch's takings for each month of 2025, VAT included, before returns.",
     f"SELECT strftime('%Y-%m', h.trn_ts, 'unixepoch') AS month, ROUND(SUM(h.gross_cts) / 100.0, 2) AS takings FROM TRN_HDR h "
     f"WHERE h.brn_cd = 'GAL' AND {SALE} AND {yr(2025)} GROUP BY month"),
    ("breakdown", "Break Athlone's sales down by quarter since the branch opened: the number of sales and the takings including VAT, before returns.",
     f"SELECT strftime('%Y', h.trn_ts, 'unixepoch') || '-Q' || ((CAST(strftime('%m', h.trn_ts, 'unixepoch') AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS sales, "
     f"ROUND(SUM(h.gross_cts) / 100.0, 2) AS takings FROM TRN_HDR h WHERE h.brn_cd = 'ATH' AND {SALE} GROUP BY quarter"),
    ("breakdown", "How many sales did the Galway branch make in each week of December 2025? Weeks start on a Monday.",
     f"SELECT date(h.trn_ts, 'unixepoch', '-6 days', 'weekday 1') AS week_starting, COUNT(*) AS sales FROM TRN_HDR h "
     f"WHERE h.brn_cd = 'GAL' AND {SALE} AND strftime('%Y-%m', h.trn_ts, 'unixepoch') = '2025-12' GROUP BY week_starting"),
    ("breakdown", "For 2025 sales, how much was paid in cash, by card and with gift vouchers? For cash, take off the change we handed back.",
     f"SELECT k.tnd_dsc, ROUND(SUM(t.tnd_amt_cts - t.chg_cts) / 100.0, 2) AS paid FROM TRN_TND t JOIN TRN_HDR h ON h.trn_id = t.trn_id "
     f"JOIN TND_LKP k ON k.tnd_cd = t.tnd_cd WHERE {SALE} AND {yr(2025)} GROUP BY k.tnd_dsc"),
    ("breakdown", "What did each product group take in 2025, VAT included and before returns?",
     f"SELECT g.grp_dsc, ROUND(SUM(l.ln_amt_cts) / 100.0, 2) AS takings FROM TRN_LIN l JOIN TRN_HDR h ON h.trn_id = l.trn_id "
     f"JOIN ITM_MST i ON i.itm_no = l.itm_no JOIN ITM_GRP g ON g.grp_cd = i.grp_cd WHERE {SALE} AND l.void_flg = 'N' AND {yr(2025)} GROUP BY g.grp_dsc"),
    # top N
    ("topn", "What were our five best-selling products by value in 2025, including VAT and before returns? Biggest first.",
     f"SELECT i.itm_dsc, ROUND(SUM(l.ln_amt_cts) / 100.0, 2) AS takings FROM TRN_LIN l JOIN TRN_HDR h ON h.trn_id = l.trn_id "
     f"JOIN ITM_MST i ON i.itm_no = l.itm_no WHERE {SALE} AND l.void_flg = 'N' AND {yr(2025)} GROUP BY i.itm_no, i.itm_dsc ORDER BY SUM(l.ln_amt_cts) DESC LIMIT 5"),
    ("topn", "Which member of staff rang up the most sales in 2025?",
     f"SELECT e.fst_nm || ' ' || e.lst_nm AS staff FROM TRN_HDR h JOIN EMP_MST e ON e.emp_no = h.emp_no WHERE {SALE} AND {yr(2025)} "
     "GROUP BY e.emp_no ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "Which customer spent the most with us in 2025, VAT included, before returns?",
     f"SELECT c.fst_nm || ' ' || c.lst_nm AS customer FROM TRN_HDR h JOIN CUST_MST c ON c.cust_no = h.cust_no WHERE {SALE} AND {yr(2025)} "
     "GROUP BY c.cust_no ORDER BY SUM(h.gross_cts) DESC LIMIT 1"),
    ("topn", "What was the Galway branch's busiest day of 2025 by number of sales?",
     f"SELECT date(h.trn_ts, 'unixepoch') AS day FROM TRN_HDR h WHERE h.brn_cd = 'GAL' AND {SALE} AND {yr(2025)} GROUP BY day ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "Which tropical fish did we sell the most of in 2024, counting individual fish?",
     f"SELECT i.itm_dsc FROM TRN_LIN l JOIN TRN_HDR h ON h.trn_id = l.trn_id JOIN ITM_MST i ON i.itm_no = l.itm_no "
     f"WHERE i.grp_cd = 'TF' AND {SALE} AND l.void_flg = 'N' AND {yr(2024)} GROUP BY i.itm_no ORDER BY SUM(l.qty_sld) DESC LIMIT 1"),
    # lists
    ("list", "Which products have been discontinued? Give each one with the price it was last listed at.",
     "SELECT itm_dsc, sell_prc_cts / 100.0 AS price FROM ITM_MST WHERE dsc_flg = 'Y'"),
    ("list", "Which staff have left the company, on what date, and which branch were they at?",
     "SELECT e.fst_nm || ' ' || e.lst_nm AS staff, printf('%04d-%02d-%02d', e.term_dt / 10000, e.term_dt / 100 % 100, e.term_dt % 100) AS left_on, b.brn_nm "
     "FROM EMP_MST e JOIN BRN_MST b ON b.brn_cd = e.brn_cd WHERE e.term_dt IS NOT NULL"),
    ("list", "Which club members live in Newport, County Tipperary?",
     "SELECT fst_nm || ' ' || lst_nm AS customer FROM CUST_MST WHERE del_flg = 'N' AND club_flg = 'Y' AND UPPER(TRIM(twn)) = 'NEWPORT' AND UPPER(cnty) LIKE '%TIPPERARY'"),
    ("list", "Which staff still with us report directly to Colm Fahy, and what are their jobs?",
     "SELECT e.fst_nm || ' ' || e.lst_nm AS staff, j.job_dsc FROM EMP_MST e JOIN EMP_MST m ON m.emp_no = e.mgr_emp_no JOIN JOB_LKP j ON j.job_cd = e.job_cd "
     "WHERE m.fst_nm = 'Colm' AND m.lst_nm = 'Fahy' AND e.term_dt IS NULL"),
    # attribute of a named record
    ("attribute", "What's the phone number of our Castlebar branch?",
     "SELECT tel_no FROM BRN_MST WHERE brn_nm = 'Corrib Aquatics Castlebar'"),
    ("attribute", "What do we charge for Seachem Prime 250ml?",
     "SELECT sell_prc_cts / 100.0 FROM ITM_MST WHERE TRIM(itm_dsc) = 'Seachem Prime 250ml'"),
    ("attribute", "On what date was receipt 512345 rung up, at which branch, and what did it come to?",
     "SELECT date(h.trn_ts, 'unixepoch') AS day, b.brn_nm, h.gross_cts / 100.0 AS total FROM TRN_HDR h JOIN BRN_MST b ON b.brn_cd = h.brn_cd WHERE h.trn_id = 512345"),
    # self-reference
    ("selfref", "Who does the manager of the Athlone branch report to?",
     "SELECT m.fst_nm || ' ' || m.lst_nm AS boss FROM EMP_MST e JOIN EMP_MST m ON m.emp_no = e.mgr_emp_no WHERE e.brn_cd = 'ATH' AND e.job_cd = 'BRM'"),
    ("selfref", "How many returns in 2025 were brought back to a different branch from the one where the item was bought?",
     "SELECT COUNT(*) FROM TRN_HDR r JOIN TRN_HDR o ON o.trn_id = r.orig_trn_id WHERE r.trn_typ = 'R' AND r.trn_stat = 'C' AND r.brn_cd <> o.brn_cd "
     f"AND {yr(2025, 'r.trn_ts')}"),
    ("selfref", "Some customer accounts were merged into another account. For each, give the old account number and the number and name of the account it went into.",
     "SELECT d.cust_no AS old_account, k.cust_no AS kept_account, k.fst_nm || ' ' || k.lst_nm AS kept_name FROM CUST_MST d JOIN CUST_MST k ON k.cust_no = d.mrg_to_cust_no"),
    # no related records
    ("negation", "Which products in the tanks and cabinets range did we not sell at all in 2025?",
     "SELECT i.itm_dsc FROM ITM_MST i WHERE i.grp_cd = 'TK' AND NOT EXISTS (SELECT 1 FROM TRN_LIN l JOIN TRN_HDR h ON h.trn_id = l.trn_id "
     f"WHERE l.itm_no = i.itm_no AND l.void_flg = 'N' AND {SALE} AND {yr(2025)})"),
    ("negation", "How many club members didn't buy anything from us in 2025?",
     "SELECT COUNT(*) FROM CUST_MST c WHERE c.club_flg = 'Y' AND c.del_flg = 'N' AND NOT EXISTS (SELECT 1 FROM TRN_HDR h WHERE h.cust_no = c.cust_no "
     f"AND {SALE} AND {yr(2025)})"),
    # group conditions
    ("having", "Which customers made 25 or more purchases with us in 2025?",
     f"SELECT c.fst_nm || ' ' || c.lst_nm AS customer FROM TRN_HDR h JOIN CUST_MST c ON c.cust_no = h.cust_no WHERE {SALE} AND {yr(2025)} "
     "GROUP BY c.cust_no HAVING COUNT(*) >= 25"),
    ("having", "Which product groups took more than €20,000 in 2024, VAT included and before returns?",
     f"SELECT g.grp_dsc FROM TRN_LIN l JOIN TRN_HDR h ON h.trn_id = l.trn_id JOIN ITM_MST i ON i.itm_no = l.itm_no JOIN ITM_GRP g ON g.grp_cd = i.grp_cd "
     f"WHERE {SALE} AND l.void_flg = 'N' AND {yr(2024)} GROUP BY g.grp_cd HAVING SUM(l.ln_amt_cts) > 2000000"),
    ("having", "Which water-care products can we buy from more than one supplier?",
     "SELECT i.itm_dsc FROM ITM_SUP s JOIN ITM_MST i ON i.itm_no = s.itm_no WHERE i.grp_cd = 'WT' GROUP BY i.itm_no HAVING COUNT(*) > 1"),
    # shares
    ("share", "What share of the money taken on 2025 sales was paid by card? Count cash net of change.",
     "SELECT ROUND(1.0 * SUM(CASE WHEN t.tnd_cd = 'CC' THEN t.tnd_amt_cts - t.chg_cts ELSE 0 END) / SUM(t.tnd_amt_cts - t.chg_cts), 4) "
     f"FROM TRN_TND t JOIN TRN_HDR h ON h.trn_id = t.trn_id WHERE {SALE} AND {yr(2025)}"),
    ("share", "What fraction of the Galway branch's 2025 sales had a customer account attached?",
     f"SELECT ROUND(AVG(CASE WHEN h.cust_no IS NOT NULL THEN 1.0 ELSE 0.0 END), 4) FROM TRN_HDR h WHERE h.brn_cd = 'GAL' AND {SALE} AND {yr(2025)}"),
    ("share", "What share of the returns we took in 2025 were livestock?",
     "SELECT ROUND(AVG(CASE WHEN EXISTS (SELECT 1 FROM TRN_LIN l JOIN ITM_MST i ON i.itm_no = l.itm_no WHERE l.trn_id = h.trn_id AND l.void_flg = 'N' AND i.lvstk_flg = 'Y') "
     f"THEN 1.0 ELSE 0.0 END), 4) FROM TRN_HDR h WHERE h.trn_typ = 'R' AND h.trn_stat = 'C' AND {yr(2025)}"),
    # comparison of two periods
    ("compare", "How did the Galway branch's December takings compare between 2024 and 2025? VAT included, before returns.",
     "SELECT ROUND(SUM(CASE WHEN strftime('%Y-%m', h.trn_ts, 'unixepoch') = '2024-12' THEN h.gross_cts ELSE 0 END) / 100.0, 2) AS dec_2024, "
     "ROUND(SUM(CASE WHEN strftime('%Y-%m', h.trn_ts, 'unixepoch') = '2025-12' THEN h.gross_cts ELSE 0 END) / 100.0, 2) AS dec_2025 "
     f"FROM TRN_HDR h WHERE h.brn_cd = 'GAL' AND {SALE}"),
    ("compare", "How many tubs of TetraMin Flakes 100ml did we sell in 2024, and how many in 2025?",
     f"SELECT SUM(CASE WHEN {yr(2024)} THEN l.qty_sld ELSE 0 END) AS sold_2024, SUM(CASE WHEN {yr(2025)} THEN l.qty_sld ELSE 0 END) AS sold_2025 "
     "FROM TRN_LIN l JOIN TRN_HDR h ON h.trn_id = l.trn_id JOIN ITM_MST i ON i.itm_no = l.itm_no "
     f"WHERE UPPER(TRIM(i.itm_dsc)) = 'TETRAMIN FLAKES 100ML' AND l.void_flg = 'N' AND {SALE}"),
]

CLOSED = "t.statusCode = 2"


def y_us(y, col="t.ticketDate"):
    return f"substr({col}, 7, 4) = '{y}'"


def iso(col):
    return f"substr({col}, 7, 4) || '-' || substr({col}, 1, 2) || '-' || substr({col}, 4, 2)"


NET = "t.subtotal - t.discountAmt"
MM_Q = [
    # count
    ("count", "How many completed tickets did the Grand Ave café have in 2025?",
     f"SELECT COUNT(*) FROM mm_ticket t WHERE t.locationId = 2 AND {CLOSED} AND {y_us(2025)}"),
    ("count", "How many member accounts belong to people living in St. Paul itself?",
     "SELECT COUNT(*) FROM mm_member WHERE deleted = 0 AND city IN ('St. Paul', 'Saint Paul', 'St Paul')"),
    ("count", "How many member sign-ups have we had from Richfield, Wisconsin?",
     "SELECT COUNT(*) FROM mm_member WHERE deleted = 0 AND city = 'Richfield' AND state = 'WI'"),
    ("count", "How many tables played Ticket to Ride in 2025, across all three cafés?",
     "SELECT COUNT(*) FROM mm_ticket_game tg JOIN mm_game g ON g.gameId = tg.gameId JOIN mm_ticket t ON t.ticketId = tg.ticketId "
     f"WHERE LOWER(TRIM(g.title)) = 'ticket to ride' AND t.statusCode <> 3 AND {y_us(2025)}"),
    ("count", "How many bookings for 2025 were no-shows?",
     f"SELECT COUNT(*) FROM mm_booking b WHERE b.statusCode = 13 AND {y_us(2025, 'b.bookingDate')}"),
    # total
    ("total", "How much food and drink did Uptown sell in 2024 at menu prices, before discounts and tax? Leave out refunded tickets.",
     "SELECT ROUND(SUM(l.lineTotal), 2) FROM mm_ticket_item l JOIN mm_ticket t ON t.ticketId = l.ticketId JOIN mm_item i ON i.itemId = l.itemId "
     f"JOIN mm_category c ON c.categoryId = i.categoryId WHERE t.locationId = 1 AND {CLOSED} AND l.voided = 0 AND c.parentId = 1 AND {y_us(2024)}"),
    ("total", "What was the average completed ticket at Rochester in 2025, after discounts but before tax and tips?",
     f"SELECT ROUND(AVG({NET}), 2) FROM mm_ticket t WHERE t.locationId = 3 AND {CLOSED} AND {y_us(2025)}"),
    ("total", "How much did the staff at Grand Ave get in tips in December 2025?",
     f"SELECT ROUND(SUM(t.tip), 2) FROM mm_ticket t WHERE t.locationId = 2 AND {CLOSED} AND substr(t.ticketDate, 7, 4) || '-' || substr(t.ticketDate, 1, 2) = '2025-12'"),
    ("total", "How much sales tax did we collect in 2025 across all three cafés? Refunded tickets don't count.",
     f"SELECT ROUND(SUM(t.tax), 2) FROM mm_ticket t WHERE {CLOSED} AND {y_us(2025)}"),
    ("total", "What did the 10% member discount cost us in 2025 on completed tickets?",
     f"SELECT ROUND(SUM(t.discountAmt), 2) FROM mm_ticket t WHERE t.discountCode = 'MEMBER10' AND {CLOSED} AND {y_us(2025)}"),
    # breakdown
    ("breakdown", "Show Uptown's sales for each month of 2025, after discounts but before tax and tips, leaving out refunded tickets.",
     f"SELECT substr(t.ticketDate, 7, 4) || '-' || substr(t.ticketDate, 1, 2) AS month, ROUND(SUM({NET}), 2) AS sales FROM mm_ticket t "
     f"WHERE t.locationId = 1 AND {CLOSED} AND {y_us(2025)} GROUP BY month"),
    ("breakdown", "Break down the Rochester café's sales by quarter since it opened: completed tickets and sales after discounts, before tax and tips.",
     "SELECT substr(t.ticketDate, 7, 4) || '-Q' || ((CAST(substr(t.ticketDate, 1, 2) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS tickets, "
     f"ROUND(SUM({NET}), 2) AS sales FROM mm_ticket t WHERE t.locationId = 3 AND {CLOSED} GROUP BY quarter"),
    ("breakdown", "How many guests played at each café in 2024? Ignore voided tickets.",
     f"SELECT l.name, SUM(t.guests) AS guests FROM mm_ticket t JOIN mm_location l ON l.locationId = t.locationId WHERE t.statusCode <> 3 AND {y_us(2024)} GROUP BY l.name"),
    ("breakdown", "How much was paid on 2025's completed tickets with each payment method, not counting tips?",
     "SELECT m.label, ROUND(SUM(p.amount), 2) AS paid FROM mm_payment p JOIN mm_ticket t ON t.ticketId = p.ticketId JOIN mm_pay_method m ON m.methodCode = p.methodCode "
     f"WHERE {CLOSED} AND {y_us(2025)} GROUP BY m.label"),
    ("breakdown", "What did each menu category sell in 2025 at menu prices, before tax? Leave out voided lines and refunded tickets.",
     "SELECT c.name, ROUND(SUM(l.lineTotal), 2) AS sales FROM mm_ticket_item l JOIN mm_ticket t ON t.ticketId = l.ticketId JOIN mm_item i ON i.itemId = l.itemId "
     f"JOIN mm_category c ON c.categoryId = i.categoryId WHERE {CLOSED} AND l.voided = 0 AND {y_us(2025)} GROUP BY c.name"),
    # top N
    ("topn", "Which five board games did the shop sell the most of by value in 2025, at menu prices before tax and not counting refunded tickets? Biggest first.",
     "SELECT i.name, ROUND(SUM(l.lineTotal), 2) AS sales FROM mm_ticket_item l JOIN mm_ticket t ON t.ticketId = l.ticketId JOIN mm_item i ON i.itemId = l.itemId "
     f"WHERE i.categoryId = 31 AND {CLOSED} AND l.voided = 0 AND {y_us(2025)} GROUP BY i.itemId, i.name ORDER BY SUM(l.lineTotal) DESC LIMIT 5"),
    ("topn", "Which server looked after the most completed tickets in 2025?",
     f"SELECT s.firstName || ' ' || s.lastName AS server FROM mm_ticket t JOIN mm_staff s ON s.staffId = t.serverId WHERE {CLOSED} AND {y_us(2025)} "
     "GROUP BY s.staffId ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "Which game was played most often at the Grand Ave café in 2025?",
     "SELECT g.title FROM mm_ticket_game tg JOIN mm_game g ON g.gameId = tg.gameId JOIN mm_ticket t ON t.ticketId = tg.ticketId "
     f"WHERE t.locationId = 2 AND t.statusCode <> 3 AND {y_us(2025)} GROUP BY g.gameId ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "Which member came in most often in 2024?",
     f"SELECT m.firstName || ' ' || m.lastName AS member FROM mm_ticket t JOIN mm_member m ON m.memberId = t.memberId WHERE t.statusCode <> 3 AND {y_us(2024)} "
     "GROUP BY m.memberId ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "What was Uptown's busiest day of 2024 by number of guests? Ignore voided tickets.",
     f"SELECT {iso('t.ticketDate')} AS day FROM mm_ticket t WHERE t.locationId = 1 AND t.statusCode <> 3 AND {y_us(2024)} GROUP BY day ORDER BY SUM(t.guests) DESC LIMIT 1"),
    # lists
    ("list", "Which library games have been retired? Give the game, the café, the date and the reason.",
     f"SELECT g.title, l.name, {iso('g.deletedOn')} AS retired_on, g.deletedNote FROM mm_game g JOIN mm_location l ON l.locationId = g.locationId WHERE g.deleted = 1"),
    ("list", "Which staff left us during 2025, and on what date?",
     f"SELECT s.firstName || ' ' || s.lastName AS staff, {iso('s.termDate')} AS left_on FROM mm_staff s WHERE {y_us(2025, 's.termDate')}"),
    ("list", "Which items did we add to the menu or the shop in 2025, and what do they cost?",
     f"SELECT i.name, i.price FROM mm_item i WHERE {y_us(2025, 'i.addedOn')}"),
    ("list", "Who still works at the Rochester café, and in what role?",
     "SELECT s.firstName || ' ' || s.lastName AS staff, r.roleName FROM mm_staff s JOIN mm_role r ON r.roleId = s.roleId WHERE s.locationId = 3 AND s.active = 1"),
    # attribute of a named record
    ("attribute", "What's the phone number of the St. Paul café?",
     "SELECT phone FROM mm_location WHERE city = 'St. Paul'"),
    ("attribute", "How much is a latte?",
     "SELECT price FROM mm_item WHERE name = 'Latte'"),
    ("attribute", "When did Mai Xiong start working for us?",
     f"SELECT {iso('hireDate')} FROM mm_staff WHERE firstName = 'Mai' AND lastName = 'Xiong'"),
    # self-reference
    ("selfref", "Which staff still with us report to someone who reports to Tyler Bergstrom?",
     "SELECT s.firstName || ' ' || s.lastName AS staff FROM mm_staff s JOIN mm_staff m ON m.staffId = s.managerId JOIN mm_staff top ON top.staffId = m.managerId "
     "WHERE top.firstName = 'Tyler' AND top.lastName = 'Bergstrom' AND s.active = 1"),
    ("selfref", "Who does the Rochester general manager report to?",
     "SELECT m.firstName || ' ' || m.lastName AS manager FROM mm_staff s JOIN mm_staff m ON m.staffId = s.managerId JOIN mm_role r ON r.roleId = s.roleId "
     "WHERE s.locationId = 3 AND r.roleName = 'General Manager'"),
    ("selfref", "How much did we refund in 2025, not counting refunded tips, split by how the original payment had been made?",
     "SELECT m.label, ROUND(-SUM(r.amount), 2) AS refunded FROM mm_payment r JOIN mm_payment o ON o.paymentId = r.refundOf JOIN mm_pay_method m ON m.methodCode = o.methodCode "
     f"WHERE {y_us(2025, 'r.paidDate')} GROUP BY m.label"),
    # no related records
    ("negation", "Which games on the Uptown library shelves weren't played at all in December 2025?",
     "SELECT g.title FROM mm_game g WHERE g.locationId = 1 AND g.deleted = 0 AND NOT EXISTS (SELECT 1 FROM mm_ticket_game tg JOIN mm_ticket t ON t.ticketId = tg.ticketId "
     "WHERE tg.gameId = g.gameId AND t.statusCode <> 3 AND substr(t.ticketDate, 7, 4) || '-' || substr(t.ticketDate, 1, 2) = '2025-12')"),
    ("negation", "How many members whose membership was still running at the end of 2025 never came in during 2025?",
     "SELECT COUNT(*) FROM mm_member m WHERE m.deleted = 0 AND m.cancelDate IS NULL AND NOT EXISTS (SELECT 1 FROM mm_ticket t WHERE t.memberId = m.memberId "
     f"AND t.statusCode <> 3 AND {y_us(2025)})"),
    # group conditions
    ("having", "Which members came in 15 or more times in 2025?",
     f"SELECT m.firstName || ' ' || m.lastName AS member FROM mm_ticket t JOIN mm_member m ON m.memberId = t.memberId WHERE t.statusCode <> 3 AND {y_us(2025)} "
     "GROUP BY m.memberId HAVING COUNT(*) >= 15"),
    ("having", "Which e-mail addresses, ignoring capital letters, have been used for more than one member account?",
     "SELECT LOWER(TRIM(email)) AS email FROM mm_member WHERE deleted = 0 AND email IS NOT NULL GROUP BY LOWER(TRIM(email)) HAVING COUNT(*) > 1"),
    ("having", "Which servers averaged more than $11 in tips per completed ticket in 2025?",
     f"SELECT s.firstName || ' ' || s.lastName AS server FROM mm_ticket t JOIN mm_staff s ON s.staffId = t.serverId WHERE {CLOSED} AND {y_us(2025)} "
     "GROUP BY s.staffId HAVING AVG(t.tip) > 11"),
    # shares
    ("share", "What share of 2025's completed tickets came from a booking?",
     "SELECT ROUND(AVG(CASE WHEN EXISTS (SELECT 1 FROM mm_booking b WHERE b.ticketId = t.ticketId) THEN 1.0 ELSE 0.0 END), 4) FROM mm_ticket t "
     f"WHERE {CLOSED} AND {y_us(2025)}"),
    ("share", "What fraction of the bookings made for dates in 2025 turned out to be no-shows?",
     f"SELECT ROUND(AVG(CASE WHEN b.statusCode = 13 THEN 1.0 ELSE 0.0 END), 4) FROM mm_booking b WHERE {y_us(2025, 'b.bookingDate')}"),
    ("share", "What share of the money paid on 2025's completed tickets was paid by card, tips aside?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN m.isCard = 1 THEN p.amount ELSE 0 END) / SUM(p.amount), 4) FROM mm_payment p JOIN mm_ticket t ON t.ticketId = p.ticketId "
     f"JOIN mm_pay_method m ON m.methodCode = p.methodCode WHERE {CLOSED} AND {y_us(2025)}"),
    # comparison of two periods
    ("compare", "How did Uptown's December sales compare between 2024 and 2025, after discounts but before tax and tips? Leave out refunded tickets.",
     f"SELECT ROUND(SUM(CASE WHEN substr(t.ticketDate, 1, 2) = '12' AND {y_us(2024)} THEN {NET} ELSE 0 END), 2) AS dec_2024, "
     f"ROUND(SUM(CASE WHEN substr(t.ticketDate, 1, 2) = '12' AND {y_us(2025)} THEN {NET} ELSE 0 END), 2) AS dec_2025 FROM mm_ticket t WHERE t.locationId = 1 AND {CLOSED}"),
    ("compare", "How many cold brews did we sell in 2024, and how many in 2025?",
     f"SELECT SUM(CASE WHEN {y_us(2024)} THEN l.qty ELSE 0 END) AS sold_2024, SUM(CASE WHEN {y_us(2025)} THEN l.qty ELSE 0 END) AS sold_2025 "
     "FROM mm_ticket_item l JOIN mm_ticket t ON t.ticketId = l.ticketId JOIN mm_item i ON i.itemId = l.itemId "
     f"WHERE LOWER(TRIM(i.name)) = 'cold brew' AND l.voided = 0 AND {CLOSED}"),
]

ORDERED = {f"{CA}-016", f"{MM}-016"}


def rows():
    out = []
    for db, qs in ((CA, CA_Q), (MM, MM_Q)):
        for i, (kind, q, sql) in enumerate(qs, 1):
            qid = f"{db}-{i:03d}"
            out.append((kind, {"id": qid, "db": f"databases/{db}.sqlite", "question": q, "sql": sql, "order_matters": qid in ORDERED}))
    return out


def main():
    rs = rows()
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for _, r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        for k, r in rs:
            f.write(f"{r['id']}\t{k}\n")
    if "--show" in sys.argv:
        for k, r in rs:
            con = sqlite3.connect(f"file:{os.path.join(ROOT, r['db'])}?mode=ro", uri=True)
            try:
                res = con.execute(r["sql"]).fetchall()
            except Exception as e:
                res = f"ERROR {e}"
            con.close()
            print(f"{r['id']} [{k}] {r['question']}\n    -> {res if isinstance(res, str) or len(res) <= 20 else res[:20] + ['...%d rows' % len(res)]}")
    print(f"wrote {len(rs)} questions")


if __name__ == "__main__":
    main()
