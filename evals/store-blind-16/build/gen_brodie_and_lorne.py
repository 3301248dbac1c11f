"""Brodie & Lorne: a family firm of jewellers in Scotland.  Shops in Edinburgh (George Street), Glasgow (Argyll Arcade),
Perth, St Andrews, Aberdeen (closed after Saturday 24 February 2024, after a closing-down sale from 8 January) and
Stirling (opened Saturday 14 September 2024), plus a head office and repair workshop in Edinburgh.  The firm sells
engagement rings, wedding bands, fine jewellery, watches, Scottish silver and giftware (quaichs, hip flasks,
cufflinks), and runs a repair service: the shops take repairs in (watch batteries and straps on the spot; resizing,
claw re-tipping, chain repairs, watch services, engraving, plating and insurance valuations at the workshop).

Schema style: a LEGACY RETAIL ERP (green-screen era) moved into SQLite: UPPERCASE abbreviated table names
(BRANCH, EMPMAST, CUSTMAST, VENDMAST, ITMCLASS, ITMMAST, STKBAL, SLSHDR, SLSDTL, RPRTYP, RPRJOB, SYSCODE) and
UPPERCASE abbreviated column names (CUST_NO, ITM_DESC, INV_DT, QTY, UNIT_PRC, DISC_PCT, LN_AMT, TERM_DT, SUPV_NO).
Ordinary quirks of such systems:
  * dates as 8-digit INTEGER YYYYMMDD and times as INTEGER HHMMSS (local time); an empty date is 0, not NULL;
  * money as DECIMAL(11,2) (NUMERIC affinity in SQLite, so whole amounts come back as integers);
  * one-letter / short status and type codes ('P' / 'V', 'INV' / 'CRN', 'CSH' / 'CRD' / 'FIN'), Y/N flags, and a
    generic code table SYSCODE (CODE_TYP, CODE_VAL, CODE_DESC) that says what they mean;
  * customer names and addresses kept in CAPITALS, a dummy customer 0 'CASH SALE' that takes every sale without a
    named customer;
  * returns as separate credit notes (DOC_TYP 'CRN', negative quantities and amounts) pointing at the original
    invoice (ORIG_INV_NO, a self-reference); voided invoices kept with INV_STAT 'V';
  * EMPMAST.SUPV_NO is a self-reference (the supervisor); STKBAL is a many-to-many item x branch stock table;
  * a head-office branch row ('HO', BR_TYP 'H') that holds the office and the workshop and never sells.

Standard library only; fixed seed; deterministic output."""
import math, os, random, sqlite3, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import SCOT_FIRST, SCOT_LAST

SEED = 7702419
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "brodie_and_lorne.sqlite")
D, DT, TD = dt.date, dt.datetime, dt.timedelta
START, END = D(2023, 1, 3), D(2025, 12, 31)
GOLD_RISE = D(2025, 3, 3)

SCHEMA = """
CREATE TABLE BRANCH (BR_CODE CHAR(3) NOT NULL PRIMARY KEY, BR_NAME VARCHAR(30) NOT NULL, BR_TYP CHAR(1) NOT NULL, ADDR_1 VARCHAR(40),
  TOWN VARCHAR(30), PCODE VARCHAR(8), TEL_NO VARCHAR(15), SUN_OPEN CHAR(1) NOT NULL, OPEN_DT NUMERIC(8,0) NOT NULL, CLOSE_DT NUMERIC(8,0) NOT NULL,
  BR_STAT CHAR(1) NOT NULL);
CREATE TABLE SYSCODE (CODE_TYP CHAR(8) NOT NULL, CODE_VAL CHAR(4) NOT NULL, CODE_DESC VARCHAR(40) NOT NULL, PRIMARY KEY (CODE_TYP, CODE_VAL));
CREATE TABLE EMPMAST (EMP_NO INTEGER NOT NULL PRIMARY KEY, EMP_FNAME VARCHAR(20) NOT NULL, EMP_SNAME VARCHAR(25) NOT NULL,
  BR_CODE CHAR(3) NOT NULL REFERENCES BRANCH(BR_CODE), JOB_CD CHAR(4) NOT NULL, SUPV_NO INTEGER REFERENCES EMPMAST(EMP_NO),
  HIRE_DT NUMERIC(8,0) NOT NULL, TERM_DT NUMERIC(8,0) NOT NULL, COMM_RT DECIMAL(5,4) NOT NULL, ACTV_FLG CHAR(1) NOT NULL, TEL_EXT CHAR(4));
CREATE TABLE CUSTMAST (CUST_NO INTEGER NOT NULL PRIMARY KEY, CUST_TITLE CHAR(4), CUST_FNAME VARCHAR(20), CUST_SNAME VARCHAR(30) NOT NULL,
  CO_NAME VARCHAR(40), ADDR_1 VARCHAR(40), TOWN VARCHAR(30), CNTY VARCHAR(30), PCODE VARCHAR(8), TEL_NO VARCHAR(15), EMAIL VARCHAR(60),
  BIRTH_DT NUMERIC(8,0) NOT NULL, ANNIV_DT NUMERIC(8,0) NOT NULL, CUST_TYP CHAR(1) NOT NULL, HOME_BR CHAR(3) REFERENCES BRANCH(BR_CODE),
  MKTG_FLG CHAR(1) NOT NULL, OPEN_DT NUMERIC(8,0) NOT NULL);
CREATE TABLE VENDMAST (VEND_NO CHAR(4) NOT NULL PRIMARY KEY, VEND_NAME VARCHAR(40) NOT NULL, CNTRY_CD CHAR(2) NOT NULL, TOWN VARCHAR(30),
  CONTACT VARCHAR(30), TEL_NO VARCHAR(20), TERMS_DAYS INTEGER NOT NULL, ACTV_FLG CHAR(1) NOT NULL);
CREATE TABLE ITMCLASS (CLASS_CD CHAR(3) NOT NULL PRIMARY KEY, CLASS_DESC VARCHAR(30) NOT NULL, DEPT_CD CHAR(3) NOT NULL);
CREATE TABLE ITMMAST (ITM_NO CHAR(8) NOT NULL PRIMARY KEY, ITM_DESC VARCHAR(50) NOT NULL, CLASS_CD CHAR(3) NOT NULL REFERENCES ITMCLASS(CLASS_CD),
  METAL_CD CHAR(4) NOT NULL, BRAND_NM VARCHAR(25), VEND_NO CHAR(4) REFERENCES VENDMAST(VEND_NO), VEND_REF VARCHAR(15),
  RETAIL_PRC DECIMAL(11,2) NOT NULL, COST_PRC DECIMAL(11,2), CRT_DT NUMERIC(8,0) NOT NULL, PRC_CHG_DT NUMERIC(8,0) NOT NULL,
  DISC_FLG CHAR(1) NOT NULL, DISC_DT NUMERIC(8,0) NOT NULL);
CREATE TABLE STKBAL (ITM_NO CHAR(8) NOT NULL REFERENCES ITMMAST(ITM_NO), BR_CODE CHAR(3) NOT NULL REFERENCES BRANCH(BR_CODE),
  QTY_OH INTEGER NOT NULL, MIN_QTY INTEGER NOT NULL, LAST_CNT_DT NUMERIC(8,0) NOT NULL, PRIMARY KEY (ITM_NO, BR_CODE));
CREATE TABLE SLSHDR (INV_NO INTEGER NOT NULL PRIMARY KEY, DOC_TYP CHAR(3) NOT NULL, BR_CODE CHAR(3) NOT NULL REFERENCES BRANCH(BR_CODE),
  CUST_NO INTEGER NOT NULL REFERENCES CUSTMAST(CUST_NO), EMP_NO INTEGER NOT NULL REFERENCES EMPMAST(EMP_NO), INV_DT NUMERIC(8,0) NOT NULL,
  INV_TM NUMERIC(6,0) NOT NULL, PAY_TYP CHAR(3) NOT NULL, INV_STAT CHAR(1) NOT NULL, ORIG_INV_NO INTEGER REFERENCES SLSHDR(INV_NO),
  DISC_RSN CHAR(3), GROSS_AMT DECIMAL(11,2) NOT NULL, DISC_AMT DECIMAL(11,2) NOT NULL, NET_AMT DECIMAL(11,2) NOT NULL,
  VAT_AMT DECIMAL(11,2) NOT NULL);
CREATE TABLE SLSDTL (INV_NO INTEGER NOT NULL REFERENCES SLSHDR(INV_NO), LN_NO INTEGER NOT NULL, ITM_NO CHAR(8) NOT NULL REFERENCES ITMMAST(ITM_NO),
  QTY INTEGER NOT NULL, UNIT_PRC DECIMAL(11,2) NOT NULL, DISC_PCT DECIMAL(5,2) NOT NULL, LN_AMT DECIMAL(11,2) NOT NULL,
  UNIT_CST DECIMAL(11,2), PRIMARY KEY (INV_NO, LN_NO));
CREATE TABLE RPRTYP (JOB_CD CHAR(3) NOT NULL PRIMARY KEY, JOB_DESC VARCHAR(30) NOT NULL, STD_PRC DECIMAL(11,2) NOT NULL, STD_DAYS INTEGER NOT NULL,
  WKSHP_FLG CHAR(1) NOT NULL);
CREATE TABLE RPRJOB (JOB_NO INTEGER NOT NULL PRIMARY KEY, BR_CODE CHAR(3) NOT NULL REFERENCES BRANCH(BR_CODE),
  CUST_NO INTEGER NOT NULL REFERENCES CUSTMAST(CUST_NO), JOB_CD CHAR(3) NOT NULL REFERENCES RPRTYP(JOB_CD), RCV_DT NUMERIC(8,0) NOT NULL,
  PROM_DT NUMERIC(8,0) NOT NULL, CMPL_DT NUMERIC(8,0) NOT NULL, COLL_DT NUMERIC(8,0) NOT NULL, JOB_STAT CHAR(1) NOT NULL,
  QUOTE_AMT DECIMAL(11,2) NOT NULL, CHG_AMT DECIMAL(11,2) NOT NULL, PAY_TYP CHAR(3), TAKEN_BY INTEGER NOT NULL REFERENCES EMPMAST(EMP_NO),
  WRK_EMP_NO INTEGER REFERENCES EMPMAST(EMP_NO), JOB_NOTE VARCHAR(60));
CREATE INDEX SLSHDR_X1 ON SLSHDR (BR_CODE, INV_DT);
CREATE INDEX SLSHDR_X2 ON SLSHDR (CUST_NO);
CREATE INDEX RPRJOB_X1 ON RPRJOB (BR_CODE, RCV_DT);
"""

# code, name, type, address, town, postcode, phone, sunday ('Y' / 'N'), opened, closed (None), sales / trading day, repairs / day
BRANCHES = [
    ("HO", "HEAD OFFICE & WORKSHOP", "H", "5 THISTLE COURT", "EDINBURGH", "EH2 1DF", "0131 225 4410", "N", D(1998, 3, 2), None, 0, 0),
    ("EDN", "EDINBURGH GEORGE ST", "S", "71 GEORGE STREET", "EDINBURGH", "EH2 3EE", "0131 225 7781", "Y", D(1998, 3, 2), None, 2.55, 1.05),
    ("GLA", "GLASGOW ARGYLL ARCADE", "S", "UNIT 22 ARGYLL ARCADE", "GLASGOW", "G2 8BG", "0141 221 5530", "Y", D(2004, 11, 6), None, 2.3, 0.95),
    ("PTH", "PERTH", "S", "38 HIGH STREET", "PERTH", "PH1 5TJ", "01738 622 914", "N", D(2009, 4, 18), None, 1.35, 0.7),
    ("STA", "ST ANDREWS", "S", "112 MARKET STREET", "ST ANDREWS", "KY16 9PB", "01334 472 610", "Y", D(2012, 6, 1), None, 1.25, 0.5),
    ("ABD", "ABERDEEN", "S", "301 UNION STREET", "ABERDEEN", "AB11 6BJ", "01224 580 377", "N", D(2015, 9, 5), D(2024, 2, 24), 1.3, 0.6),
    ("STR", "STIRLING", "S", "14 PORT STREET", "STIRLING", "FK8 2EJ", "01786 451 208", "N", D(2024, 9, 14), None, 1.25, 0.55),
]
CLOSING_SALE = (D(2024, 1, 8), D(2024, 2, 24))
BLACK_FRIDAY = [D(2023, 11, 24), D(2023, 11, 25), D(2023, 11, 26), D(2024, 11, 29), D(2024, 11, 30), D(2024, 12, 1),
                D(2025, 11, 28), D(2025, 11, 29), D(2025, 11, 30)]
MONTH_F = [0, 0.6, 1.25, 1.05, 0.9, 0.9, 0.95, 1.0, 1.0, 0.9, 0.95, 1.2, 2.5]
YEAR_F = {2023: 1.0, 2024: 1.03, 2025: 1.05}
DOW_F = [0.8, 0.85, 0.9, 1.0, 1.15, 1.5, 0.85]

# emp no, first, last, job code, current branch, hired, left, commission, supervisor, stints [(branch, from, to)] or None
STAFF = [
    (1001, "Alasdair", "Brodie", "MD", "HO", D(1998, 3, 2), None, 0, None, None),
    (1002, "Catriona", "Lorne", "FD", "HO", D(1998, 3, 2), None, 0, 1001, None),
    (1003, "Morag", "Sinclair", "ROM", "HO", D(2008, 1, 7), None, 0, 1001, None),
    (1004, "Iain", "Gillies", "WKM", "HO", D(2001, 8, 13), None, 0, 1001, None),
    (1005, "Elaine", "Paterson", "ACC", "HO", D(2016, 4, 4), None, 0, 1002, None),
    (1010, "Ruaridh", "Matheson", "GS", "HO", D(2006, 9, 4), None, 0, 1004, None),
    (1011, "Zofia", "Wójcik", "GS", "HO", D(2018, 2, 5), None, 0, 1004, None),
    (1012, "Euan", "Cowie", "GS", "HO", D(2012, 10, 1), D(2024, 5, 31), 0, 1004, None),
    (1013, "Freya", "Nicolson", "GS", "HO", D(2024, 6, 10), None, 0, 1004, None),
    (1014, "Hamish", "Tulloch", "WM", "HO", D(2003, 5, 12), None, 0, 1004, None),
    (1015, "Tomasz", "Kowalczyk", "WM", "HO", D(2023, 8, 1), None, 0, 1004, None),
    (1020, "Fiona", "Drummond", "BM", "EDN", D(2007, 3, 5), None, 0.01, 1003, None),
    (1021, "Craig", "Rennie", "ABM", "EDN", D(2013, 6, 3), None, 0.015, 1020, None),
    (1022, "Eilidh", "Munro", "SA", "EDN", D(2017, 9, 18), None, 0.02, 1020, None),
    (1023, "Aurélie", "Lefèvre", "SA", "EDN", D(2019, 11, 4), None, 0.02, 1020, None),
    (1024, "Lewis", "Baird", "SA", "EDN", D(2020, 2, 10), D(2023, 8, 31), 0.02, 1020, None),
    (1025, "Sophie", "Dalgleish", "SA", "EDN", D(2023, 9, 11), None, 0.02, 1020, None),
    (1026, "Màiri", "Gillies", "SA", "EDN", D(2021, 5, 17), None, 0.02, 1020, None),
    (1030, "Gordon", "Coia", "BM", "GLA", D(2004, 11, 6), None, 0.01, 1003, None),
    (1031, "Lynsey", "Kerr", "SA", "GLA", D(2011, 3, 14), None, 0.02, 1030, None),
    (1032, "Imran", "Ahmad", "SA", "GLA", D(2016, 8, 22), None, 0.02, 1030, None),
    (1033, "Carly", "Shearer", "SA", "GLA", D(2019, 1, 7), D(2025, 3, 28), 0.02, 1030, None),
    (1034, "Jamie", "Laidlaw", "SA", "GLA", D(2025, 4, 7), None, 0.02, 1030, None),
    (1035, "Kirsty", "Galbraith", "ABM", "GLA", D(2014, 10, 6), None, 0.015, 1030, None),
    (1040, "Heather", "Strachan", "BM", "PTH", D(2009, 4, 18), D(2024, 10, 31), 0.01, 1003, None),
    (1041, "Neil", "Cowie", "SA", "PTH", D(2015, 5, 11), D(2024, 4, 26), 0.02, 1040, None),
    (1042, "Peigi", "MacAoidh", "SA", "PTH", D(2020, 8, 3), None, 0.02, 1044, None),
    (1043, "Ross", "Duncan", "SA", "PTH", D(2024, 5, 7), None, 0.02, 1044, None),
    (1044, "Shona", "Yule", "BM", "PTH", D(2016, 2, 29), None, 0.01, 1003, None),
    (1050, "Douglas", "Hunter", "BM", "STA", D(2012, 6, 1), None, 0.01, 1003, None),
    (1051, "Ailsa", "Cameron", "SA", "STA", D(2018, 3, 19), None, 0.02, 1050, None),
    (1052, "Seònaid", "Mac an t-Saoir", "SA", "STA", D(2022, 4, 4), None, 0.02, 1050, None),
    (1053, "Hannah", "Young", "SA", "STA", D(2023, 5, 1), D(2023, 9, 30), 0.02, 1050, None),
    (1054, "Olivia", "Kennedy", "SA", "STA", D(2024, 5, 6), D(2024, 9, 28), 0.02, 1050, None),
    (1055, "Amy", "Watson", "SA", "STA", D(2025, 5, 5), D(2025, 9, 27), 0.02, 1050, None),
    (1060, "Graeme", "Urquhart", "BM", "ABD", D(2015, 9, 5), D(2024, 2, 24), 0.01, 1003, None),
    (1061, "Karen", "Buchanan", "SA", "ABD", D(2015, 9, 5), D(2024, 2, 24), 0.02, 1060, None),
    (1062, "Dòmhnall", "MacRae", "BM", "STR", D(2016, 3, 1), None, 0.01, 1003,
     [("ABD", D(2016, 3, 1), D(2024, 2, 24)), ("EDN", D(2024, 3, 4), D(2024, 9, 7)), ("STR", D(2024, 9, 14), None)]),
    (1070, "Lorna", "Ferguson", "SA", "STR", D(2024, 9, 2), None, 0.02, 1062, [("EDN", D(2024, 9, 2), D(2024, 9, 13)), ("STR", D(2024, 9, 14), None)]),
    (1071, "Callum", "Hamilton", "SA", "STR", D(2024, 9, 2), None, 0.02, 1062, [("EDN", D(2024, 9, 2), D(2024, 9, 13)), ("STR", D(2024, 9, 14), None)]),
    (1072, "Krzysztof", "Nowicki", "SA", "STR", D(2025, 1, 13), D(2025, 8, 29), 0.02, 1062, None),
]
# Shona Yule was a sales associate in Perth until she took over the shop on 1 November 2024
SELLERS = {"BM", "ABM", "SA"}

SYSCODES = [
    ("BRTYP", "H", "HEAD OFFICE & WORKSHOP"), ("BRTYP", "S", "SHOP"), ("BRSTAT", "A", "ACTIVE"), ("BRSTAT", "C", "CLOSED"),
    ("DOCTYP", "INV", "SALES INVOICE"), ("DOCTYP", "CRN", "CREDIT NOTE (RETURN)"), ("INVSTAT", "P", "POSTED"), ("INVSTAT", "V", "VOID"),
    ("PAYTYP", "CSH", "CASH"), ("PAYTYP", "CRD", "DEBIT / CREDIT CARD"), ("PAYTYP", "AMX", "AMERICAN EXPRESS"),
    ("PAYTYP", "FIN", "INTEREST FREE CREDIT"), ("PAYTYP", "GV", "GIFT VOUCHER"), ("PAYTYP", "ACC", "CORPORATE ACCOUNT"),
    ("DISCRSN", "BF", "BLACK FRIDAY"), ("DISCRSN", "CLR", "CLOSING DOWN SALE"), ("DISCRSN", "NEG", "NEGOTIATED"), ("DISCRSN", "STF", "STAFF"),
    ("DISCRSN", "COR", "CORPORATE"),
    ("JOBSTAT", "O", "IN WORKSHOP"), ("JOBSTAT", "R", "READY FOR COLLECTION"), ("JOBSTAT", "C", "COLLECTED"), ("JOBSTAT", "X", "QUOTE DECLINED"),
    ("EMPJOB", "MD", "MANAGING DIRECTOR"), ("EMPJOB", "FD", "FINANCE DIRECTOR"), ("EMPJOB", "ROM", "RETAIL OPERATIONS MANAGER"),
    ("EMPJOB", "WKM", "WORKSHOP MANAGER"), ("EMPJOB", "GS", "GOLDSMITH"), ("EMPJOB", "WM", "WATCHMAKER"), ("EMPJOB", "BM", "BRANCH MANAGER"),
    ("EMPJOB", "ABM", "ASSISTANT BRANCH MANAGER"), ("EMPJOB", "SA", "SALES ASSOCIATE"), ("EMPJOB", "ACC", "ACCOUNTS CLERK"),
    ("METAL", "PT", "PLATINUM"), ("METAL", "18W", "18CT WHITE GOLD"), ("METAL", "18Y", "18CT YELLOW GOLD"), ("METAL", "9Y", "9CT YELLOW GOLD"),
    ("METAL", "9W", "9CT WHITE GOLD"), ("METAL", "925", "STERLING SILVER"), ("METAL", "SS", "STAINLESS STEEL"), ("METAL", "PWT", "PEWTER"),
    ("METAL", "EP", "SILVER PLATE"), ("METAL", "NA", "NOT APPLICABLE"),
    ("DEPT", "BRD", "BRIDAL"), ("DEPT", "FJW", "FINE JEWELLERY"), ("DEPT", "WCH", "WATCHES"), ("DEPT", "SLV", "SILVER & GIFTS"), ("DEPT", "SVC", "SERVICES"),
    ("CUSTTYP", "R", "RETAIL"), ("CUSTTYP", "S", "STAFF"), ("CUSTTYP", "C", "CORPORATE"), ("CUSTTYP", "X", "CASH SALE ACCOUNT"),
]
CLASSES = [("ENG", "ENGAGEMENT RINGS", "BRD"), ("WED", "WEDDING BANDS", "BRD"), ("ETR", "ETERNITY RINGS", "BRD"),
           ("DRG", "DRESS RINGS", "FJW"), ("EAR", "EARRINGS", "FJW"), ("PND", "PENDANTS & NECKLACES", "FJW"), ("BRC", "BRACELETS & BANGLES", "FJW"),
           ("CHN", "CHAINS", "FJW"), ("GWT", "GENTS WATCHES", "WCH"), ("LWT", "LADIES WATCHES", "WCH"), ("SLV", "SILVER JEWELLERY", "SLV"),
           ("GFT", "GIFTWARE", "SLV"), ("SVC", "SERVICES", "SVC")]
CLASS_W = {"ENG": 0.06, "WED": 0.065, "ETR": 0.02, "DRG": 0.055, "EAR": 0.17, "PND": 0.16, "BRC": 0.075, "CHN": 0.06,
           "GWT": 0.05, "LWT": 0.04, "SLV": 0.16, "GFT": 0.09}
# vendor no, name, country, town, contact, terms, active
VENDORS = [
    ("V001", "HATTON GARDEN DIAMOND CO", "GB", "LONDON", "R. LEVY", 60, "Y"),
    ("V002", "BIRMINGHAM BULLION & FINDINGS", "GB", "BIRMINGHAM", "S. KAUR", 30, "Y"),
    ("V003", "ANTWERP DIAMANT BV", "BE", "ANTWERPEN", "J. PEETERS", 60, "Y"),
    ("V004", "VALENZA ORO SPA", "IT", "VALENZA", "M. ROSSI", 90, "Y"),
    ("V005", "PFORZHEIM SCHMUCK GMBH", "DE", "PFORZHEIM", "K. WEBER", 60, "Y"),
    ("V006", "HALDEN & VOSS SA", "CH", "BIEL/BIENNE", "L. FAVRE", 30, "Y"),
    ("V007", "KESSLER UHREN AG", "CH", "GRENCHEN", "T. KESSLER", 30, "Y"),
    ("V008", "MAISON MARÈCHAL", "FR", "BESANÇON", "C. MARÈCHAL", 45, "Y"),
    ("V009", "SKERRY SILVER LTD", "GB", "KIRKWALL", "I. FLETT", 30, "Y"),
    ("V010", "CALEDONIAN PEWTER", "GB", "EDINBURGH", "D. BAIN", 30, "Y"),
    ("V011", "CELTIC CRAFTS (INVERNESS)", "GB", "INVERNESS", "M. FRASER", 30, "Y"),
    ("V012", "JAIPUR GEM HOUSE", "IN", "JAIPUR", "A. MEHTA", 90, "Y"),
    ("V013", "SHEFFIELD PLATE WORKS", "GB", "SHEFFIELD", "P. HOLLIS", 30, "N"),
    ("V014", "LONDON PEARL CO", "GB", "LONDON", "H. WONG", 45, "Y"),
]
RPRTYPES = [("BAT", "WATCH BATTERY", 12.00, 0, "N", 3.0), ("STP", "WATCH STRAP FITTING", 25.00, 0, "N", 0.9),
            ("SRV", "WATCH SERVICE", 185.00, 28, "Y", 0.55), ("RSZ", "RING RESIZE", 45.00, 10, "Y", 1.6),
            ("CLW", "CLAW RE-TIP", 60.00, 14, "Y", 0.5), ("CHN", "CHAIN REPAIR", 25.00, 7, "Y", 1.0),
            ("CLN", "CLEAN & POLISH", 20.00, 5, "Y", 0.7), ("ENG", "ENGRAVING", 30.00, 7, "Y", 0.45),
            ("VAL", "INSURANCE VALUATION", 75.00, 14, "Y", 0.55), ("RHD", "RHODIUM PLATING", 55.00, 10, "Y", 0.45)]
JOB_NOTES = ["CUST TO PHONE BEFORE WORK", "ESTIMATE GIVEN BY PHONE", "INHERITED PIECE - CARE", "NEEDED FOR WEDDING", "SIZE N TO P",
             "SIZE K TO L", "SEND TO WATCHMAKER", "CUSTOMER WAITING ON VALUATION FOR INSURER"]
TOWNS = {
    "EDN": [("EDINBURGH", "CITY OF EDINBURGH", "EH1|EH3|EH4|EH9|EH10|EH12", 55), ("LEITH", "CITY OF EDINBURGH", "EH6", 6), ("MUSSELBURGH", "EAST LOTHIAN", "EH21", 6),
            ("DALKEITH", "MIDLOTHIAN", "EH22", 6), ("LIVINGSTON", "WEST LOTHIAN", "EH54", 6), ("NORTH BERWICK", "EAST LOTHIAN", "EH39", 4),
            ("PENICUIK", "MIDLOTHIAN", "EH26", 4), ("DUNFERMLINE", "FIFE", "KY11|KY12", 5)],
    "GLA": [("GLASGOW", "GLASGOW CITY", "G1|G3|G11|G12|G41|G42", 55), ("PAISLEY", "RENFREWSHIRE", "PA1|PA2", 8), ("EAST KILBRIDE", "SOUTH LANARKSHIRE", "G74|G75", 8),
            ("HAMILTON", "SOUTH LANARKSHIRE", "ML3", 6), ("BEARSDEN", "EAST DUNBARTONSHIRE", "G61", 7), ("NEWTON MEARNS", "EAST RENFREWSHIRE", "G77", 7),
            ("MOTHERWELL", "NORTH LANARKSHIRE", "ML1", 5), ("KILMARNOCK", "EAST AYRSHIRE", "KA1|KA3", 4)],
    "PTH": [("PERTH", "PERTH AND KINROSS", "PH1|PH2", 60), ("CRIEFF", "PERTH AND KINROSS", "PH7", 8), ("BLAIRGOWRIE", "PERTH AND KINROSS", "PH10", 8),
            ("KINROSS", "PERTH AND KINROSS", "KY13", 6), ("AUCHTERARDER", "PERTH AND KINROSS", "PH3", 6), ("NEWBURGH", "FIFE", "KY14", 6), ("DUNDEE", "DUNDEE CITY", "DD1|DD2|DD5", 6)],
    "STA": [("ST ANDREWS", "FIFE", "KY16", 50), ("CUPAR", "FIFE", "KY15", 12), ("ANSTRUTHER", "FIFE", "KY10", 6), ("LEUCHARS", "FIFE", "KY16", 5),
            ("NEWBURGH", "FIFE", "KY14", 4), ("DUNDEE", "DUNDEE CITY", "DD1|DD2|DD5", 10), ("GLENROTHES", "FIFE", "KY6|KY7", 8)],
    "ABD": [("ABERDEEN", "ABERDEEN CITY", "AB10|AB11|AB15|AB24", 60), ("NEWBURGH", "ABERDEENSHIRE", "AB41", 8), ("ELLON", "ABERDEENSHIRE", "AB41", 8),
            ("INVERURIE", "ABERDEENSHIRE", "AB51", 7), ("STONEHAVEN", "ABERDEENSHIRE", "AB39", 7), ("WESTHILL", "ABERDEENSHIRE", "AB32", 6), ("PETERHEAD", "ABERDEENSHIRE", "AB42", 4)],
    "STR": [("STIRLING", "STIRLING", "FK7|FK8|FK9", 55), ("BRIDGE OF ALLAN", "STIRLING", "FK9", 10), ("DUNBLANE", "STIRLING", "FK15", 10),
            ("FALKIRK", "FALKIRK", "FK1|FK2", 12), ("ALLOA", "CLACKMANNANSHIRE", "FK10", 8), ("CALLANDER", "STIRLING", "FK17", 5)],
}
STREETS = ["HIGH STREET", "MAIN STREET", "STATION ROAD", "CHURCH STREET", "KING STREET", "QUEEN STREET", "VICTORIA ROAD", "PARK AVENUE",
           "MILL ROAD", "BRAEHEAD", "KIRKGATE", "SOUTH STREET", "NORTH STREET", "CASTLE TERRACE", "MARCHMONT CRESCENT", "WELLINGTON PLACE"]
CORPORATE = [("MACFARLANE & REID WS", "EDN", "EDINBURGH", "CITY OF EDINBURGH", "EH3", D(2011, 4, 12)),
             ("ROYAL FORTH CURLING CLUB", "EDN", "EDINBURGH", "CITY OF EDINBURGH", "EH12", D(2016, 1, 20)),
             ("CLYDESIDE ENGINEERING LTD", "GLA", "GLASGOW", "GLASGOW CITY", "G3", D(2009, 10, 2)),
             ("GLEN ARDOCH DISTILLERY", "PTH", "CRIEFF", "PERTH AND KINROSS", "PH7", D(2013, 3, 8)),
             ("KINGDOM LINKS GOLF CLUB", "STA", "ST ANDREWS", "FIFE", "KY16", D(2014, 5, 27)),
             ("NORTH SEA OFFSHORE SERVICES", "ABD", "ABERDEEN", "ABERDEEN CITY", "AB11", D(2017, 6, 15))]


def ymd(d):
    return d.year * 10000 + d.month * 100 + d.day


def poisson(rng, lam):
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def r2(x):
    """round half up to 2 decimals (money); returns float"""
    return math.floor(x * 100 + 0.5 + 1e-9) / 100.0


def r5(x):
    return float(int(x / 5 + 0.5) * 5)


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def build_items(rng):
    """Item master: (itm_no, desc, class, metal, brand, vendor, price, cost, created, disc date or None)."""
    out = []
    n = {}

    def add(cls, prefix, desc, metal, brand, vend, price, created=None, disc=None, pop=1.0):
        n[prefix] = n.get(prefix, 1000) + rng.randint(1, 9)
        cost = r2(price * rng.uniform(0.42, 0.55))
        if created is None:
            created = D(rng.randint(2016, 2022), rng.randint(1, 12), rng.randint(1, 28))
        out.append({"no": f"{prefix}{n[prefix]}", "desc": desc, "cls": cls, "metal": metal, "brand": brand, "vend": vend,
                    "price": float(price), "cost": cost, "created": created, "disc": disc, "pop": pop})
    mname = {"PT": "PLAT", "18W": "18CT WG", "18Y": "18CT YG", "9Y": "9CT YG", "9W": "9CT WG", "925": "SILVER", "SS": "STEEL"}
    # engagement rings
    for style, mult in (("SOLITAIRE", 1.0), ("HALO", 1.15), ("THREE STONE", 1.3), ("TOI ET MOI", 1.2), ("VINTAGE MILGRAIN", 1.1)):
        for metal, mm in (("PT", 1.15), ("18W", 1.0), ("18Y", 1.0)):
            for ct, base in ((0.25, 1150), (0.40, 1750), (0.50, 2450), (0.70, 3600), (1.00, 5900)):
                if style in ("TOI ET MOI", "VINTAGE MILGRAIN") and ct in (0.25, 1.00):
                    continue
                if rng.random() < 0.25:
                    continue
                disc = D(2024, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.08 else None
                created = D(2024, 2, 1) if style == "TOI ET MOI" else None
                add("ENG", "EN", f"{mname[metal]} DIAMOND {style} RING {ct:.2f}CT", metal, None, wchoice(rng, ["V001", "V003", "V004"], [5, 3, 2]),
                    r5(base * mult * mm), created, disc, pop=3.0 / ct ** 0.5)
    # wedding bands
    for profile in ("COURT", "D SHAPE", "FLAT COURT"):
        for metal, base in (("9Y", 180), ("18Y", 520), ("18W", 540), ("PT", 760)):
            for width, wm in ((2.5, 0.8), (4.0, 1.0), (6.0, 1.45)):
                if rng.random() < 0.3:
                    continue
                add("WED", "WB", f"{mname[metal]} {profile} WEDDING BAND {width}MM", metal, None, "V002" if metal != "PT" else "V005", r5(base * wm), pop=2.0)
    for metal, price in (("18W", 1450), ("PT", 1850), ("18Y", 1350)):
        add("WED", "WB", f"{mname[metal]} DIAMOND SET WEDDING BAND", metal, None, "V001", float(price), pop=1.0)
    # eternity
    for metal in ("PT", "18W", "18Y"):
        for ct, base in ((0.33, 950), (0.50, 1450), (1.00, 2850)):
            if rng.random() < 0.2:
                continue
            add("ETR", "ET", f"{mname[metal]} HALF ETERNITY RING {ct:.2f}CT", metal, None, "V003", r5(base * (1.12 if metal == "PT" else 1.0)), pop=1.0)
    # dress rings
    for gem, base in (("SAPPHIRE", 850), ("EMERALD", 980), ("RUBY", 920), ("AMETHYST", 320), ("CITRINE", 290), ("CAIRNGORM", 360),
                      ("TANZANITE", 1150), ("AQUAMARINE", 640)):
        for metal in ("9Y", "18W"):
            if rng.random() < 0.2:
                continue
            add("DRG", "DR", f"{mname[metal]} {gem} DRESS RING", metal, None, wchoice(rng, ["V012", "V004"], [3, 2]), r5(base * (1.0 if metal == "9Y" else 1.9)), pop=1.0)
    # earrings
    for desc, metal, price, v, pop in (("DIAMOND STUD EARRINGS 0.25CT", "18W", 795, "V001", 1.4), ("DIAMOND STUD EARRINGS 0.50CT", "18W", 1495, "V001", 1.0),
                                        ("DIAMOND STUD EARRINGS 1.00CT", "PT", 3250, "V003", 0.45), ("HOOP EARRINGS 15MM", "9Y", 145, "V002", 2.2),
                                        ("HOOP EARRINGS 25MM", "9Y", 195, "V002", 1.6), ("HOOP EARRINGS 20MM", "925", 45, "V009", 3.0),
                                        ("FRESHWATER PEARL STUDS", "9Y", 85, "V014", 2.5), ("AKOYA PEARL STUDS", "18Y", 325, "V014", 1.0),
                                        ("PEARL DROP EARRINGS", "9W", 245, "V014", 1.1), ("SAPPHIRE CLUSTER EARRINGS", "18W", 1150, "V012", 0.6),
                                        ("THISTLE STUD EARRINGS", "925", 55, "V011", 2.4), ("CELTIC KNOT DROP EARRINGS", "925", 65, "V011", 2.0),
                                        ("AMETHYST DROP EARRINGS", "9Y", 210, "V012", 1.0), ("CUBIC ZIRCONIA STUDS", "925", 35, "V009", 2.6),
                                        ("EMERALD HALO EARRINGS", "18Y", 1650, "V012", 0.4), ("DIAMOND HUGGIE EARRINGS", "18W", 890, "V001", 0.9),
                                        ("CAIRNGORM DROP EARRINGS", "925", 95, "V011", 1.2), ("HEATHER GEM STUDS", "925", 42, "V011", 1.5)):
        add("EAR", "ER", f"{mname[metal]} {desc}", metal, None, v, float(price), pop=pop)
    for desc, metal, price, v, pop in (("DIAMOND SOLITAIRE PENDANT 0.25CT", "18W", 850, "V001", 1.3), ("DIAMOND SOLITAIRE PENDANT 0.50CT", "18W", 1650, "V001", 0.7),
                                        ("LUCKENBOOTH PENDANT", "925", 75, "V011", 2.2), ("LUCKENBOOTH PENDANT", "9Y", 295, "V011", 1.0),
                                        ("THISTLE PENDANT", "925", 59, "V011", 2.6), ("IONA CROSS PENDANT", "925", 85, "V009", 1.6),
                                        ("IONA CROSS PENDANT", "9Y", 345, "V009", 0.7), ("PEARL PENDANT", "9Y", 120, "V014", 1.8),
                                        ("SAPPHIRE HALO PENDANT", "18W", 1250, "V012", 0.5), ("INITIAL DISC PENDANT", "925", 45, "V009", 2.8),
                                        ("HEART LOCKET", "9Y", 265, "V002", 1.2), ("HEART LOCKET", "925", 65, "V002", 2.0),
                                        ("MACKINTOSH ROSE PENDANT", "925", 69, "V011", 1.9), ("AMETHYST TEARDROP PENDANT", "9Y", 185, "V012", 1.2),
                                        ("DIAMOND TENNIS NECKLACE", "18W", 4950, "V003", 0.2), ("PEARL STRAND NECKLACE", "9Y", 495, "V014", 0.6),
                                        ("ST CHRISTOPHER PENDANT", "925", 49, "V009", 1.7), ("SKERRY WAVE PENDANT", "925", 95, "V009", 1.4)):
        add("PND", "PN", f"{mname[metal]} {desc}", metal, None, v, float(price), pop=pop)
    for desc, metal, price, v, pop in (("DIAMOND TENNIS BRACELET 2.00CT", "18W", 3950, "V003", 0.3), ("CURB BRACELET", "9Y", 495, "V002", 0.9),
                                        ("CHARM BRACELET", "925", 65, "V009", 2.2), ("TORQUE BANGLE", "925", 85, "V011", 1.6), ("HAMMERED BANGLE", "9Y", 695, "V002", 0.6),
                                        ("PEARL BRACELET", "925", 95, "V014", 1.2), ("IDENTITY BRACELET", "925", 110, "V009", 1.0), ("BELCHER BRACELET", "9Y", 265, "V002", 1.1),
                                        ("SAPPHIRE LINE BRACELET", "18W", 2250, "V012", 0.25), ("CELTIC CUFF", "925", 145, "V011", 0.9)):
        add("BRC", "BR", f"{mname[metal]} {desc}", metal, None, v, float(price), pop=pop)
    for kind in ("BELCHER", "CURB", "TRACE", "ROPE", "BOX"):
        for metal, base in (("9Y", 1.0), ("925", 0.22)):
            for ln in (18, 20):
                if rng.random() < 0.3:
                    continue
                add("CHN", "CH", f"{mname[metal]} {kind} CHAIN {ln}IN", metal, None, "V002" if metal == "9Y" else "V009", r5((240 if kind != "ROPE" else 390) * base * (ln / 18.0)), pop=1.4)
    for brand, v, models in (("HALDEN & VOSS", "V006", [("AUTOMATIC DRESS WATCH", 1450), ("CHRONOGRAPH", 2350), ("DIVER 300M", 1850), ("GMT", 2950)]),
                             ("KESSLER", "V007", [("PILOT AUTOMATIC", 995), ("QUARTZ DRESS WATCH", 425), ("FIELD WATCH", 545), ("TITANIUM CHRONOGRAPH", 1195)]),
                             ("MARÈCHAL", "V008", [("CLASSIQUE", 690), ("MOONPHASE", 1390), ("SOLAIRE", 520)])):
        for model, price in models:
            add("GWT", "GW", f"{brand} {model} GENTS", "SS", brand, v, float(price), pop=1.0 if price < 1500 else 0.5)
            if rng.random() < 0.7:
                add("LWT", "LW", f"{brand} {model} LADIES", "SS", brand, v, r5(price * 0.85), pop=1.0 if price < 1500 else 0.5)
    add("GWT", "GW", "HALDEN & VOSS HERITAGE 1948 GENTS", "SS", "HALDEN & VOSS", "V006", 3950.0, created=D(2024, 10, 1), pop=0.3)
    add("LWT", "LW", "MARÈCHAL PETITE FLEUR LADIES", "SS", "MARÈCHAL", "V008", 595.0, created=D(2025, 3, 1), pop=1.0)
    for desc, metal, price, v, pop in (("THISTLE BROOCH", "925", 49, "V011", 2.0), ("KILT PIN CELTIC", "925", 59, "V011", 1.6), ("RING OF BRODGAR RING", "925", 79, "V009", 1.6),
                                        ("SKERRY WAVE RING", "925", 69, "V009", 1.8), ("SKERRY WAVE EARRINGS", "925", 75, "V009", 1.7), ("TREE OF LIFE PENDANT", "925", 65, "V011", 2.0),
                                        ("CLADDAGH RING", "925", 45, "V011", 1.5), ("HARRIS TWEED BRACELET", "925", 39, "V011", 1.4),
                                        ("STACKING RING SET", "925", 55, "V009", 1.5), ("HIGHLAND COO CHARM", "925", 29, "V011", 2.4),
                                        ("NESSIE CHARM", "925", 29, "V011", 2.2), ("STAG HEAD CUFFLINKS", "925", 85, "V011", 1.1),
                                        ("SALTIRE CUFFLINKS", "925", 69, "V011", 1.2), ("ORKNEY SHORELINE BANGLE", "925", 120, "V009", 1.0)):
        add("SLV", "SV", f"{mname[metal]} {desc}", metal, "SKERRY" if v == "V009" else None, v, float(price), pop=pop)
    add("SLV", "SV", "SILVER CAIRNGORM SGIAN DUBH BROOCH", "925", None, "V011", 89.0, disc=D(2023, 10, 31), pop=0.8)
    add("SLV", "SV", "SILVER AURORA PENDANT", "925", "SKERRY", "V009", 85.0, created=D(2024, 4, 15), pop=1.5)
    for desc, metal, price, v, pop, disc in (("QUAICH 3IN", "PWT", 35, "V010", 2.4, None), ("QUAICH 5IN", "PWT", 55, "V010", 1.6, None),
                                              ("QUAICH SILVER PLATED 4IN", "EP", 65, "V013", 1.0, D(2023, 6, 30)), ("QUAICH STERLING 4IN", "925", 295, "V009", 0.5, None),
                                              ("HIP FLASK 6OZ", "PWT", 45, "V010", 2.0, None), ("HIP FLASK 6OZ", "925", 425, "V009", 0.2, None),
                                              ("TANKARD 1 PINT", "PWT", 59, "V010", 1.3, None), ("WHISKY TUMBLER PAIR", "NA", 49, "V010", 1.1, None),
                                              ("CHRISTENING CUP", "925", 185, "V009", 0.4, None), ("NAPKIN RING PAIR", "EP", 39, "V013", 0.6, D(2023, 6, 30)),
                                              ("JEWELLERY BOX", "NA", 75, "V010", 0.8, None), ("PHOTO FRAME 5X7", "925", 125, "V009", 0.5, None),
                                              ("CLAN CREST KEYRING", "PWT", 19, "V010", 1.5, None)):
        add("GFT", "GF", f"{mname.get(metal, metal)} {desc}" if metal in ("925",) else f"{'PEWTER' if metal == 'PWT' else 'SILVER PLATED' if metal == 'EP' else ''} {desc}".strip(),
            metal, None, v, float(price), disc=disc, pop=pop)
    out.append({"no": "SVC-ENG", "desc": "ENGRAVING (PER ITEM)", "cls": "SVC", "metal": "NA", "brand": None, "vend": None, "price": 18.0,
                "cost": None, "created": D(2010, 1, 4), "disc": None, "pop": 0})
    out.append({"no": "SVC-BOX", "desc": "PRESENTATION BOX", "cls": "SVC", "metal": "NA", "brand": None, "vend": None, "price": 8.5,
                "cost": 2.1, "created": D(2010, 1, 4), "disc": None, "pop": 0})
    return out


def main():
    rng = random.Random(SEED)
    br = {b[0]: {"code": b[0], "name": b[1], "typ": b[2], "addr": b[3], "town": b[4], "pcode": b[5], "tel": b[6], "sun": b[7],
                 "open": b[8], "close": b[9], "lam": b[10], "rlam": b[11]} for b in BRANCHES}

    def trading(bc, d):
        b = br[bc]
        if b["typ"] != "S" or d < b["open"] or (b["close"] and d > b["close"]):
            return False
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1), (1, 2)):
            return False
        if d.weekday() == 6:
            if b["sun"] != "Y":
                return False
            if bc == "STA" and not 4 <= d.month <= 10:
                return False
        return True

    def hhmmss(d, lo=None):
        a, b = (12 * 3600, 17 * 3600) if d.weekday() == 6 else (9 * 3600 + 1800, 17 * 3600 + 1800)
        if lo:
            a = max(a, lo)
        s = rng.randint(a, max(a, b - 1))
        return (s // 3600) * 10000 + (s % 3600) // 60 * 100 + s % 60

    # ------------------------------------------------------------ staff
    staff = []
    for (no, f, l, job, bc, hired, left, comm, supv, stints) in STAFF:
        staff.append({"no": no, "f": f, "l": l, "job": job, "br": bc, "hired": hired, "left": left, "comm": comm, "supv": supv,
                      "stints": stints or [(bc, hired, left)]})
    by_no = {s["no"]: s for s in staff}

    def sellers(bc, d):
        out = []
        for s in staff:
            job = s["job"]
            if s["no"] == 1044 and d < D(2024, 11, 1):
                job = "SA"
            if job not in SELLERS:
                continue
            for (b, a, z) in s["stints"]:
                if b == bc and a <= d and (z is None or d <= z) and s["hired"] <= d and (s["left"] is None or d <= s["left"]):
                    out.append(s)
        return out

    def workshop(d, jc):
        jobs = ("WM",) if jc in ("SRV",) else ("GS", "WKM") if jc == "VAL" else ("GS",)
        return [s for s in staff if s["job"] in jobs and s["hired"] <= d and (s["left"] is None or d <= s["left"])]

    # ------------------------------------------------------------ items
    items = build_items(rng)
    item_by_no = {i["no"]: i for i in items}
    for it in items:
        it["old_price"] = it["price"]
        if it["metal"] in ("9Y", "9W", "18Y", "18W") and it["created"] < GOLD_RISE and (it["disc"] is None or it["disc"] >= GOLD_RISE):
            it["price"] = r5(it["price"] * 1.10)
            it["chg"] = GOLD_RISE
        else:
            it["chg"] = it["created"]
    by_class = {}
    for it in items:
        by_class.setdefault(it["cls"], []).append(it)

    def sellable(it, d):
        return it["created"] < d and (it["disc"] is None or d <= it["disc"])

    def price_on(it, d):
        return it["old_price"] if d < it["chg"] else it["price"]

    # ------------------------------------------------------------ customers
    custs = []
    used = {(s["f"], s["l"]) for s in staff}

    def pcode(pfx):
        p = rng.choice(pfx.split("|"))
        return f"{p} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def new_cust(bc, opened, typ="R", co=None):
        for _ in range(20000):
            f, l = rng.choice(SCOT_FIRST), rng.choice(SCOT_LAST)
            if (f, l) not in used:
                used.add((f, l))
                break
        else:
            raise RuntimeError("name pool exhausted")
        female = SCOT_FIRST.index(f) < 50
        title = rng.choice(["MRS", "MS", "MISS"]) if female else "MR"
        if rng.random() < 0.03:
            title = "DR"
        if co:
            town, cnty, pfx = co[2], co[3], co[4]
        else:
            tw = TOWNS[bc]
            town, cnty, pfx, _ = wchoice(rng, tw, [t[3] for t in tw])
        has_addr = co is not None or rng.random() < 0.8
        c = {"no": None, "title": title if rng.random() < 0.92 else None, "f": f.upper(), "l": l.upper(), "co": co[0] if co else None,
             "addr": f"{rng.randint(1, 140)} {rng.choice(STREETS)}" if has_addr else None, "town": town if has_addr else None,
             "cnty": cnty if has_addr else None, "pcode": pcode(pfx) if has_addr else None,
             "tel": f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}" if rng.random() < 0.88 else None,
             "email": None, "birth": 0, "anniv": 0, "typ": typ, "home": bc, "mktg": "Y" if rng.random() < 0.45 else "N", "open": opened}
        if rng.random() < 0.55 or co:
            import unicodedata
            a = "".join(ch for ch in unicodedata.normalize("NFKD", f + "." + l) if not unicodedata.combining(ch)).lower()
            a = a.replace(" ", "").replace("'", "").replace("-", "")
            c["email"] = (f"{a}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'])}").upper()
        if rng.random() < 0.3:
            c["birth"] = ymd(D(rng.randint(1945, 2003), rng.randint(1, 12), rng.randint(1, 28)))
        custs.append(c)
        return c

    cash = {"no": 0, "title": None, "f": None, "l": "CASH SALE", "co": None, "addr": None, "town": None, "cnty": None, "pcode": None,
            "tel": None, "email": None, "birth": 0, "anniv": 0, "typ": "X", "home": None, "mktg": "N", "open": D(1998, 3, 2)}
    pool = {bc: [] for bc in br}
    for bc, nimp in (("EDN", 520), ("GLA", 430), ("PTH", 250), ("STA", 200), ("ABD", 210)):
        for _ in range(nimp):
            opened = D(rng.randint(max(2008, br[bc]["open"].year), 2022), rng.randint(1, 12), rng.randint(1, 28))
            if opened < br[bc]["open"]:
                opened = br[bc]["open"] + TD(days=rng.randint(0, 300))
            pool[bc].append(new_cust(bc, opened))
    corp = {}
    for co in CORPORATE:
        c = new_cust(co[1], co[5], typ="C", co=co)
        corp.setdefault(co[1], []).append(c)
    staff_custs = []
    for s in rng.sample([s for s in staff if s["job"] in SELLERS and s["left"] is None], 9):
        c = new_cust(s["br"], max(s["hired"], D(2010, 1, 1)), typ="S")
        c["f"], c["l"] = s["f"].upper(), s["l"].upper()
        c["title"] = None
        staff_custs.append(c)

    # ------------------------------------------------------------ repairs (generated day by day alongside the sales)
    rtypes = {r[0]: {"cd": r[0], "desc": r[1], "prc": r[2], "days": r[3], "wk": r[4], "w": r[5]} for r in RPRTYPES}
    jobs = []

    def make_repairs(bc, d):
        if bc == "ABD" and d > D(2024, 2, 3):
            return
        b = br[bc]
        lam = b["rlam"] * YEAR_F[d.year] * DOW_F[d.weekday()] * (1.3 if d.month in (11, 12) else 1.0)
        people = sellers(bc, d)
        for _ in range(poisson(rng, lam)):
            jc = wchoice(rng, list(rtypes), [r["w"] for r in rtypes.values()])
            rt = rtypes[jc]
            cand = pool[bc]
            if cand and rng.random() < 0.62:
                cust = rng.choice(cand)
            else:
                cust = new_cust(bc, d)
                pool[bc].append(cust)
            taken = rng.choice(people)
            if jc == "RSZ":
                quote = float(rng.choice([35, 45, 45, 55, 65, 85]))
            elif jc == "SRV":
                quote = float(rng.choice([165, 185, 185, 220, 265, 320]))
            elif jc == "CLW":
                quote = float(rng.choice([15, 15, 20]) * rng.choice([2, 3, 4, 6]))
            elif jc == "VAL":
                quote = float(rng.choice([45, 75, 75, 95, 120]))
            elif jc == "ENG":
                quote = float(rng.choice([18, 24, 30, 36, 48]))
            else:
                quote = rt["prc"]
            j = {"no": None, "br": bc, "cust": cust, "cd": jc, "rcv": d, "prom": d, "cmpl": None, "coll": None, "stat": "C",
                 "quote": quote, "chg": 0.0, "pay": None, "taken": taken, "wrk": None,
                 "note": rng.choice(JOB_NOTES) if rng.random() < 0.1 else None}
            if rt["wk"] == "N":
                j["cmpl"] = j["coll"] = d
                j["wrk"] = taken
                j["chg"] = quote
                j["pay"] = wchoice(rng, ["CRD", "CSH"], [0.7, 0.3])
            else:
                days = rt["days"] + rng.choice([0, 0, 0, 2, 5])
                prom = d + TD(days=days)
                while not trading(bc, prom):
                    prom += TD(days=1)
                j["prom"] = prom
                if jc == "SRV" and rng.random() < 0.1 or jc in ("VAL", "CLW") and rng.random() < 0.03:
                    j["stat"] = "X"         # quote declined: watch returned unrepaired
                    j["wrk"] = rng.choice(workshop(d, jc))
                    jobs.append(j)
                    continue
                late = rng.random() < 0.15
                cd = prom + TD(days=rng.randint(1, 12)) if late else d + TD(days=rng.randint(max(1, days - 6), days))
                while not trading(bc, cd):
                    cd += TD(days=1)
                if bc == "ABD":
                    cd = min(cd, D(2024, 2, 20))
                    while not trading(bc, cd):
                        cd -= TD(days=1)
                if cd > END:
                    j["stat"] = "O"
                    j["wrk"] = rng.choice(workshop(d, jc)) if rng.random() < 0.7 else None
                    jobs.append(j)
                    continue
                j["cmpl"] = cd
                j["wrk"] = rng.choice(workshop(cd, jc))
                delay = 0 if rng.random() < 0.15 else min(int(rng.expovariate(1 / 9.0)) + 1, 120)
                co = cd + TD(days=delay)
                while not trading(bc, co):
                    co += TD(days=1)
                if bc == "ABD":
                    co = min(co, D(2024, 2, 24))
                    while not trading(bc, co):
                        co -= TD(days=1)
                    co = max(co, cd)
                if co > END:
                    j["stat"] = "R"
                else:
                    j["coll"] = co
                    j["chg"] = quote if rng.random() < 0.85 else r2(quote + rng.choice([-10, 10, 15, 20, 25]))
                    j["pay"] = wchoice(rng, ["CRD", "CSH"], [0.75, 0.25])
            jobs.append(j)

    # ------------------------------------------------------------ sales
    sales = []
    d = START
    while d <= END:
        for bc in br:
            if not trading(bc, d):
                continue
            b = br[bc]
            lam = b["lam"] * MONTH_F[d.month] * YEAR_F[d.year] * DOW_F[d.weekday()]
            if bc == "STA":
                lam *= [0, 0.6, 0.7, 0.8, 1.0, 1.2, 1.5, 1.7, 1.6, 1.1, 0.9, 0.8, 0.9][d.month]
            if bc == "ABD" and CLOSING_SALE[0] <= d:
                lam *= 2.6
            if bc == "STR" and d < D(2024, 10, 15):
                lam *= 0.7
            if d in BLACK_FRIDAY:
                lam *= 1.8
            people = sellers(bc, d)
            assert people, (bc, d)
            for _ in range(poisson(rng, lam)):
                w = dict(CLASS_W)
                if d.month in (2, 12):
                    w["ENG"] *= 2.0
                if 4 <= d.month <= 9:
                    w["WED"] *= 1.4
                if bc == "STA" and 5 <= d.month <= 9:
                    w["SLV"] *= 1.8
                    w["GFT"] *= 1.8
                if d.month == 12:
                    w["GWT"] *= 1.5
                    w["GFT"] *= 1.4
                cls = wchoice(rng, list(w), list(w.values()))
                opts = [i for i in by_class[cls] if sellable(i, d)]
                main_it = wchoice(rng, opts, [i["pop"] for i in opts])
                lines = [(main_it, 1)]
                if cls == "WED" and rng.random() < 0.35:
                    other = [i for i in opts if i is not main_it]
                    lines.append((wchoice(rng, other, [i["pop"] for i in other]), 1))
                elif cls in ("EAR", "PND", "SLV", "CHN", "BRC") and rng.random() < 0.12:
                    c2 = wchoice(rng, ["EAR", "PND", "SLV", "CHN"], [3, 3, 3, 1])
                    o2 = [i for i in by_class[c2] if sellable(i, d) and i is not main_it]
                    lines.append((wchoice(rng, o2, [i["pop"] for i in o2]), 1))
                elif cls in ("SLV", "GFT") and rng.random() < 0.15:
                    lines[0] = (main_it, 2)
                if cls in ("ENG", "WED", "GWT", "LWT", "GFT") and rng.random() < (0.45 if (cls == "GFT" and "QUAICH" in main_it["desc"]) else 0.12):
                    lines.append((item_by_no["SVC-ENG"], 1))
                if cls in ("GWT", "LWT", "PND", "EAR", "BRC") and rng.random() < 0.07:
                    lines.append((item_by_no["SVC-BOX"], 1))
                # customer
                emp = rng.choice(people)
                cust = cash
                typ = "R"
                if corp.get(bc) and cls in ("GFT", "GWT", "SLV") and rng.random() < 0.08:
                    cust = rng.choice(corp[bc])
                    if cls == "GFT":
                        lines = [(main_it, rng.choice([4, 6, 8, 10, 12]))] + [l for l in lines[1:] if l[0]["no"] == "SVC-ENG"]
                elif rng.random() < 0.008 and [c for c in staff_custs if c["home"] == bc and c["open"] <= d]:
                    cust = rng.choice([c for c in staff_custs if c["home"] == bc and c["open"] <= d])
                else:
                    p_named = 0.97 if cls in ("ENG", "WED", "ETR") or main_it["price"] >= 500 else 0.4
                    if rng.random() < p_named:
                        cand = pool[bc]
                        if cand and rng.random() < 0.42:
                            cust = rng.choice(cand)
                        else:
                            cust = new_cust(bc, d)
                            pool[bc].append(cust)
                            if cls in ("ENG", "WED") and rng.random() < 0.3:
                                cust["anniv"] = ymd(d + TD(days=rng.randint(90, 500)))
                typ = cust["typ"]
                # discount
                rsn, pct = None, 0.0
                if typ == "S":
                    rsn, pct = "STF", 25.0
                elif typ == "C":
                    rsn, pct = "COR", 10.0
                elif bc == "ABD" and CLOSING_SALE[0] <= d <= CLOSING_SALE[1]:
                    rsn, pct = "CLR", 30.0
                elif d in BLACK_FRIDAY:
                    rsn, pct = "BF", 10.0
                elif cls in ("ENG", "ETR", "GWT") and rng.random() < 0.12:
                    rsn, pct = "NEG", rng.choice([5.0, 7.5, 10.0])
                dl = []
                for k, (it, q) in enumerate(lines, 1):
                    unit = price_on(it, d)
                    p = 0.0 if it["cls"] == "SVC" and rsn in ("BF", "NEG") else pct
                    dl.append({"ln": k, "it": it, "q": q, "unit": unit, "pct": p, "amt": r2(q * unit * (1 - p / 100.0)),
                               "cst": it["cost"]})
                gross = r2(sum(x["q"] * x["unit"] for x in dl))
                net = r2(sum(x["amt"] for x in dl))
                if typ == "C":
                    pay = "ACC"
                else:
                    fin_ok = net >= 500
                    pay = wchoice(rng, ["CRD", "CSH", "AMX", "FIN", "GV"],
                                  [0.74, {2023: 0.14, 2024: 0.12, 2025: 0.10}[d.year], 0.06, 0.22 if fin_ok else 0, 0.03])
                stat = "V" if rng.random() < 0.011 else "P"
                sales.append({"no": None, "doc": "INV", "br": bc, "cust": cust, "emp": emp, "d": d, "tm": hhmmss(d), "pay": pay,
                              "stat": stat, "orig": None, "rsn": rsn, "gross": gross, "disc": r2(gross - net), "net": net,
                              "vat": r2(net / 6.0), "lines": dl, "cls": cls})
            make_repairs(bc, d)
        d += TD(days=1)

    # credit notes (returns), on a later trading day of the same shop, within 30 days
    credits = []
    for s in sales:
        if s["stat"] != "P" or s["cust"]["typ"] == "C":
            continue
        p = 0.03 if s["cls"] in ("GWT", "LWT", "EAR", "PND", "BRC") else 0.012
        if s["d"] < CLOSING_SALE[1] and s["br"] == "ABD" and s["d"] >= CLOSING_SALE[0]:
            p = 0
        if rng.random() >= p:
            continue
        dd = s["d"] + TD(days=rng.randint(1, 30))
        while not trading(s["br"], dd):
            dd += TD(days=1)
        if dd > END or (br[s["br"]]["close"] and dd > br[s["br"]]["close"]):
            continue
        goods = [x for x in s["lines"] if x["it"]["cls"] != "SVC"]
        ret = goods if (len(goods) == 1 or rng.random() < 0.5) else [rng.choice(goods)]
        people = sellers(s["br"], dd)
        dl = []
        for k, x in enumerate(ret, 1):
            dl.append({"ln": k, "it": x["it"], "q": -x["q"], "unit": x["unit"], "pct": x["pct"], "amt": -x["amt"], "cst": x["cst"]})
        gross = r2(sum(x["q"] * x["unit"] for x in dl))
        net = r2(sum(x["amt"] for x in dl))
        credits.append({"no": None, "doc": "CRN", "br": s["br"], "cust": s["cust"], "emp": rng.choice(people), "d": dd, "tm": hhmmss(dd),
                        "pay": s["pay"], "stat": "P", "orig": s, "rsn": s["rsn"], "gross": gross, "disc": r2(gross - net), "net": net,
                        "vat": -r2(-net / 6.0), "lines": dl, "cls": s["cls"]})
    allsales = sorted(sales + credits, key=lambda s: (s["d"], s["tm"], s["br"]))
    for i, s in enumerate(allsales):
        s["no"] = 400001 + i

    jobs.sort(key=lambda j: (j["rcv"], j["br"], j["cd"]))
    for i, j in enumerate(jobs):
        j["no"] = 80001 + i

    # customer numbers in order of opening
    custs.sort(key=lambda c: (c["open"], c["l"], c["f"]))
    for i, c in enumerate(custs):
        c["no"] = 100001 + i

    # ------------------------------------------------------------ stock balances (snapshot at the end of 2025)
    stk = []
    for it in items:
        if it["cls"] == "SVC":
            continue
        for bc in ("EDN", "GLA", "PTH", "STA", "STR"):
            if it["disc"] is not None and rng.random() < 0.7:
                continue
            if rng.random() < (0.25 if bc in ("EDN", "GLA") else 0.4):
                continue
            mn = 1 if it["price"] >= 500 else 2
            q = rng.choice([0, 1, 1, 2, 2, 3]) if it["price"] >= 500 else rng.choice([0, 1, 2, 3, 4, 5, 6])
            cnt = D(2025, rng.choice([1, 4, 7, 10]), rng.randint(6, 12))
            stk.append((it["no"], bc, q, mn, ymd(cnt)))

    # ------------------------------------------------------------ write
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO BRANCH VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
        (b["code"], b["name"], b["typ"], b["addr"], b["town"], b["pcode"], b["tel"], b["sun"], ymd(b["open"]), ymd(b["close"]) if b["close"] else 0,
         "C" if b["close"] else "A") for b in br.values()])
    con.executemany("INSERT INTO SYSCODE VALUES (?,?,?)", SYSCODES)
    con.executemany("INSERT INTO EMPMAST VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
        (s["no"], s["f"], s["l"], s["br"], s["job"], s["supv"], ymd(s["hired"]), ymd(s["left"]) if s["left"] else 0, s["comm"],
         "N" if s["left"] else "Y", None if s["left"] else str(200 + s["no"] % 100)) for s in staff])
    con.executemany("INSERT INTO CUSTMAST VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        (c["no"], c["title"], c["f"], c["l"], c["co"], c["addr"], c["town"], c["cnty"], c["pcode"], c["tel"], c["email"], c["birth"], c["anniv"],
         c["typ"], c["home"], c["mktg"], ymd(c["open"])) for c in [cash] + custs])
    con.executemany("INSERT INTO VENDMAST VALUES (?,?,?,?,?,?,?,?)", [
        (v[0], v[1], v[2], v[3], v[4], f"+{rng.randint(30, 99)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}" if v[2] != "GB" else f"0{rng.randint(1200, 2099)} {rng.randint(100000, 999999)}",
         v[5], v[6]) for v in VENDORS])
    con.executemany("INSERT INTO ITMCLASS VALUES (?,?,?)", CLASSES)
    con.executemany("INSERT INTO ITMMAST VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        (it["no"], it["desc"], it["cls"], it["metal"], it["brand"], it["vend"], f"{it['vend']}-{rng.randint(1000, 99999)}" if it["vend"] else None,
         it["price"], it["cost"], ymd(it["created"]), ymd(it["chg"]), "Y" if it["disc"] else "N", ymd(it["disc"]) if it["disc"] else 0) for it in items])
    con.executemany("INSERT INTO STKBAL VALUES (?,?,?,?,?)", stk)
    con.executemany("INSERT INTO SLSHDR VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        (s["no"], s["doc"], s["br"], s["cust"]["no"], s["emp"]["no"], ymd(s["d"]), s["tm"], s["pay"], s["stat"], s["orig"]["no"] if s["orig"] else None,
         s["rsn"], s["gross"], s["disc"], s["net"], s["vat"]) for s in allsales])
    con.executemany("INSERT INTO SLSDTL VALUES (?,?,?,?,?,?,?,?)", [
        (s["no"], x["ln"], x["it"]["no"], x["q"], x["unit"], x["pct"], x["amt"], x["cst"]) for s in allsales for x in s["lines"]])
    con.executemany("INSERT INTO RPRTYP VALUES (?,?,?,?,?)", [(r[0], r[1], r[2], r[3], r[4]) for r in RPRTYPES])
    con.executemany("INSERT INTO RPRJOB VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        (j["no"], j["br"], j["cust"]["no"], j["cd"], ymd(j["rcv"]), ymd(j["prom"]), ymd(j["cmpl"]) if j["cmpl"] else 0, ymd(j["coll"]) if j["coll"] else 0,
         j["stat"], j["quote"], j["chg"], j["pay"], j["taken"]["no"], j["wrk"]["no"] if j["wrk"] else None, j["note"]) for j in jobs])
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    nl = sum(len(s["lines"]) for s in allsales)
    print(f"wrote {OUT}: {len(allsales)} invoices/credit notes ({len(credits)} credit notes), {nl} lines, {len(jobs)} repair jobs, "
          f"{len(custs) + 1} customers, {len(items)} items, {len(stk)} stock rows")


if __name__ == "__main__":
    main()
