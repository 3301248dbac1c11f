"""Corrib Aquatics: a (fictional) aquatics retailer in the west of Ireland - tropical, coldwater, marine and pond fish,
plants, tanks, filtration, food, water care, decor, and a few services (a free water test, maintenance visits, tank set-up).

Branches: Galway (in Oranmore; Monday to Saturday and Sunday afternoons, two tills), Ennis (Monday to Saturday),
Castlebar (Tuesday to Saturday) and Athlone (opened on Saturday 14 September 2024, Monday to Saturday).  The Head Office
& Warehouse in Oranmore has no tills and never sells.  Every branch is closed on 25 and 26 December, 1 January and Easter
Sunday.  Prices include VAT (23 % on goods and fish, 13.5 % on the two paid services, 0 % on the water test).  Members of
the Corrib Aquarist Club get 10 % off everything except livestock and services.  Neon tetras went up from EUR 2.49 to
EUR 2.99 on 1 March 2025 and the Juwel Rio 125 from EUR 349.99 to EUR 369.99 on 15 January 2025.

Schema style: the nightly EXPORT OF A TILL / ERP SYSTEM ("RetailMaster 7"), copied table by table into SQLite:
  * UPPERCASE table names with a 3-letter subject and a suffix (BRN_MST, EMP_MST, ITM_MST, TRN_HDR, TRN_LIN, TRN_TND,
    JOB_LKP, TND_LKP ...) and cryptic lowercase abbreviated columns (brn_cd, fst_nm, qty_sld, unt_prc_cts, trn_typ);
  * money in integer euro CENTS (columns ending _cts), negative on returns;
  * transaction times as Unix EPOCH seconds (UTC; the shops trade 09:30-18:00 so the UTC date is the Irish date);
    other dates as INTEGER YYYYMMDD (hire, leaving, opening, item set-up, price change);
  * one-letter codes: trn_typ S (sale) / R (return) / N (no sale, drawer opened), trn_stat C (completed) / V (voided),
    flags 'Y' / 'N' (club member, discontinued, deleted, line voided, weekend only, livestock);
  * self-references: EMP_MST.mgr_emp_no (manager), TRN_HDR.orig_trn_id (a return -> the sale it reverses) and
    CUST_MST.mrg_to_cust_no (a deleted duplicate -> the account it was merged into);
  * many-to-many items <-> suppliers in ITM_SUP (primary key over the pair, preferred supplier flag);
  * dirty data: legacy UPPERCASE descriptions from the old till, one product keyed twice with different case
    (TETRAMIN FLAKES 100ML / TetraMin Flakes 100ml), a trailing space, merged duplicate customers in another case,
    counties typed four ways, NULL phones / e-mails / towns, line voids, voided transactions and drawer-only no-sales.

Standard library only; fixed seed; deterministic output."""
import calendar, datetime as dt, math, os, random, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import IRISH_FIRST, IRISH_LAST

SEED = 4417093
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "corrib_aquatics.sqlite")
D, TD = dt.date, dt.timedelta
START, END = D(2024, 1, 2), D(2025, 12, 31)
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE BRN_MST (brn_cd CHAR(3) NOT NULL PRIMARY KEY, brn_nm VARCHAR(40), adr_ln1 VARCHAR(60), twn VARCHAR(30), cnty VARCHAR(20), eircd VARCHAR(8), tel_no VARCHAR(16), opn_dt INTEGER, sun_opn CHAR(1), till_cnt INTEGER);
CREATE TABLE JOB_LKP (job_cd CHAR(3) NOT NULL PRIMARY KEY, job_dsc VARCHAR(30));
CREATE TABLE EMP_MST (emp_no INTEGER NOT NULL PRIMARY KEY, fst_nm VARCHAR(30), lst_nm VARCHAR(30), brn_cd CHAR(3) REFERENCES BRN_MST(brn_cd), job_cd CHAR(3) REFERENCES JOB_LKP(job_cd), mgr_emp_no INTEGER REFERENCES EMP_MST(emp_no), hire_dt INTEGER, term_dt INTEGER, emp_stat CHAR(1), wkend_only CHAR(1));
CREATE TABLE VAT_LKP (vat_cd CHAR(1) NOT NULL PRIMARY KEY, vat_rt NUMERIC(4,1), vat_dsc VARCHAR(20));
CREATE TABLE ITM_GRP (grp_cd CHAR(2) NOT NULL PRIMARY KEY, grp_dsc VARCHAR(30));
CREATE TABLE SUP_MST (sup_no INTEGER NOT NULL PRIMARY KEY, sup_nm VARCHAR(40), cntry_cd CHAR(2), tel_no VARCHAR(20), acct_ref VARCHAR(10));
CREATE TABLE ITM_MST (itm_no INTEGER NOT NULL PRIMARY KEY, plu_cd VARCHAR(13), itm_dsc VARCHAR(40), grp_cd CHAR(2) REFERENCES ITM_GRP(grp_cd), vat_cd CHAR(1) REFERENCES VAT_LKP(vat_cd), uom CHAR(3), sell_prc_cts INTEGER, lvstk_flg CHAR(1), dsc_flg CHAR(1), crt_dt INTEGER, prc_chg_dt INTEGER);
CREATE TABLE ITM_SUP (itm_no INTEGER NOT NULL REFERENCES ITM_MST(itm_no), sup_no INTEGER NOT NULL REFERENCES SUP_MST(sup_no), sup_ref VARCHAR(16), cost_cts INTEGER, prf_flg CHAR(1), PRIMARY KEY (itm_no, sup_no));
CREATE TABLE CUST_MST (cust_no INTEGER NOT NULL PRIMARY KEY, fst_nm VARCHAR(30), lst_nm VARCHAR(30), tel_no VARCHAR(16), email_adr VARCHAR(60), twn VARCHAR(30), cnty VARCHAR(20), club_flg CHAR(1), crt_ts INTEGER, del_flg CHAR(1), mrg_to_cust_no INTEGER REFERENCES CUST_MST(cust_no));
CREATE TABLE TND_LKP (tnd_cd CHAR(2) NOT NULL PRIMARY KEY, tnd_dsc VARCHAR(20));
CREATE TABLE TRN_HDR (trn_id INTEGER NOT NULL PRIMARY KEY, brn_cd CHAR(3) REFERENCES BRN_MST(brn_cd), till_no INTEGER, trn_ts INTEGER, emp_no INTEGER REFERENCES EMP_MST(emp_no), cust_no INTEGER REFERENCES CUST_MST(cust_no), trn_typ CHAR(1), trn_stat CHAR(1), orig_trn_id INTEGER REFERENCES TRN_HDR(trn_id), gross_cts INTEGER, disc_cts INTEGER, vat_cts INTEGER, ln_cnt INTEGER);
CREATE TABLE TRN_LIN (trn_id INTEGER NOT NULL REFERENCES TRN_HDR(trn_id), ln_no INTEGER NOT NULL, itm_no INTEGER REFERENCES ITM_MST(itm_no), qty_sld INTEGER, unt_prc_cts INTEGER, disc_cts INTEGER, ln_amt_cts INTEGER, vat_cts INTEGER, void_flg CHAR(1), PRIMARY KEY (trn_id, ln_no));
CREATE TABLE TRN_TND (trn_id INTEGER NOT NULL REFERENCES TRN_HDR(trn_id), tnd_seq INTEGER NOT NULL, tnd_cd CHAR(2) REFERENCES TND_LKP(tnd_cd), tnd_amt_cts INTEGER, chg_cts INTEGER, PRIMARY KEY (trn_id, tnd_seq));
"""

# ------------------------------------------------------------------ reference data
BRANCHES = [("GAL", "Corrib Aquatics Galway", "Unit 4, Oranmore Business Park", "Oranmore", "Co. Galway", "H91 X2K7", "091 794 512", 20090404, "Y", 2),
            ("ENN", "Corrib Aquatics Ennis", "Clon Road Retail Park", "Ennis", "Co. Clare", "V95 T6P3", "065 682 4410", 20130601, "N", 1),
            ("CBR", "Corrib Aquatics Castlebar", "Unit 2, Moneen Road", "Castlebar", "Co. Mayo", "F23 K8W1", "094 902 3376", 20160312, "N", 1),
            ("ATH", "Corrib Aquatics Athlone", "Unit 9, Blyry Business Park", "Athlone", "Co. Westmeath", "N37 R2C5", "090 647 1183", 20240914, "N", 1),
            ("HOF", "Head Office & Warehouse", "Unit 4, Oranmore Business Park", "Oranmore", "Co. Galway", "H91 X2K7", "091 794 500", 20090404, "N", 0)]
ATH_OPEN = D(2024, 9, 14)
# weekday (Mon=0) -> (open minute, close minute) local time
HOURS = {"GAL": {0: (570, 1080), 1: (570, 1080), 2: (570, 1080), 3: (570, 1080), 4: (570, 1080), 5: (570, 1080), 6: (720, 1050)},
         "ENN": {i: (570, 1080) for i in range(6)},
         "CBR": {i: (600, 1050) for i in range(1, 6)},
         "ATH": {i: (570, 1080) for i in range(6)}}
EASTER_SUNDAYS = {D(2024, 3, 31), D(2025, 4, 20)}
JOBS = [("OWN", "Owner"), ("OPM", "Operations Manager"), ("BRM", "Branch Manager"), ("ABM", "Assistant Manager"),
        ("AQU", "Aquarist"), ("SAS", "Sales Assistant"), ("WHS", "Warehouse Operative"), ("DRV", "Delivery Driver")]
# emp_no, first, last, branch (current), job, manager, hire, leave, weekend only
STAFF = [(101, "Declan", "Ó Flaithearta", "HOF", "OWN", None, 20090404, None, "N"),
         (102, "Gráinne", "Mannion", "HOF", "OPM", 101, 20120910, None, "N"),
         (103, "Colm", "Fahy", "GAL", "BRM", 102, 20100301, None, "N"),
         (104, "Siobhán", "Ní Chonghaile", "ATH", "BRM", 102, 20170612, None, "N"),
         (105, "Tomasz", "Kowalczyk", "GAL", "AQU", 103, 20180115, None, "N"),
         (106, "Aoife", "Conneely", "GAL", "SAS", 103, 20210601, None, "N"),
         (107, "Oisín", "Keane", "GAL", "SAS", 103, 20230610, None, "Y"),
         (108, "Méabh", "Joyce", "GAL", "SAS", 103, 20220314, 20250530, "N"),
         (109, "Pádraig", "Costello", "ENN", "BRM", 102, 20130601, None, "N"),
         (110, "Niamh", "Moran", "ENN", "SAS", 109, 20190902, None, "N"),
         (111, "Cian", "O'Connor", "ENN", "SAS", 109, 20240106, None, "Y"),
         (112, "João", "Santos", "ENN", "AQU", 109, 20200817, None, "N"),
         (113, "Bridget", "Heneghan", "CBR", "BRM", 102, 20160312, None, "N"),
         (114, "Éamonn", "Gibbons", "CBR", "SAS", 113, 20170401, 20241031, "N"),
         (115, "Ioana", "Popescu", "CBR", "SAS", 113, 20241111, None, "N"),
         (116, "Darragh", "Staunton", "CBR", "SAS", 113, 20220604, None, "Y"),
         (117, "Rūta", "Kazlauskas", "ATH", "SAS", 104, 20240902, None, "N"),
         (118, "Conor", "Lally", "ATH", "AQU", 104, 20240902, None, "N"),
         (119, "Saoirse", "Naughton", "ATH", "SAS", 104, 20250201, None, "Y"),
         (120, "Ronan", "Burke", "GAL", "ABM", 103, 20240819, None, "N"),
         (121, "Piotr", "Nowak", "HOF", "WHS", 102, 20150504, None, "N"),
         (122, "Shane", "Mulroy", "HOF", "DRV", 102, 20190311, None, "N"),
         (123, "Eimear", "Flynn", "ENN", "SAS", 109, 20250303, None, "N")]
MOVE_104 = D(2024, 9, 14)   # Siobhan was Galway's assistant manager until she opened Athlone as its manager
VAT = [("S", 23.0, "Standard 23%"), ("R", 13.5, "Reduced 13.5%"), ("Z", 0.0, "Zero rated")]
VAT_RT10 = {"S": 230, "R": 135, "Z": 0}
GROUPS = [("TF", "Tropical Fish"), ("CW", "Coldwater Fish"), ("MA", "Marine"), ("PL", "Plants"), ("TK", "Tanks & Cabinets"),
          ("FL", "Filtration & Air"), ("HT", "Heating & Lighting"), ("FD", "Fish Food"), ("WT", "Water Care"), ("DC", "Decor & Substrate"),
          ("PD", "Pond"), ("SV", "Services")]
TENDERS = [("CA", "Cash"), ("CC", "Card"), ("GV", "Gift Voucher"), ("CQ", "Cheque")]
SUPPLIERS = [(1, "Tetra GmbH", "DE", "+49 5422 1050", "TET001"), (2, "Rolf C. Hagen (UK) Ltd", "GB", "+44 1977 556622", "HAG001"),
             (3, "Juwel Aquarium AG", "DE", "+49 4131 9300", "JUW001"), (4, "EHEIM GmbH & Co. KG", "DE", "+49 7153 7020", "EHE001"),
             (5, "Aquatic Wholesale Ireland Ltd", "IE", "01 460 2231", "AWI001"), (6, "Shannon Tropicals Ltd", "IE", "061 355 780", "SHT001"),
             (7, "Westlands Koi Farm", "IE", "091 845 120", "WKF001"), (8, "Tropica Aquarium Plants A/S", "DK", "+45 8620 5400", "TRO001"),
             (9, "Ocean Reef Imports Ltd", "GB", "+44 161 872 0090", "ORI001"), (10, "Mars Fishcare Europe", "GB", "+44 1243 555 700", "MFE001"),
             (11, "Seachem Laboratories Inc.", "US", "+1 770 443 2744", "SEA001"), (12, "Oase GmbH", "DE", "+49 5454 9330", "OAS001")]

# key, description, group, vat, uom, price (cents, today), livestock, created YYYYMMDD, discontinued, sold from, sold until, suppliers [(sup, pref)]
I = []


def item(key, dsc, grp, price, sups, vat="S", uom="EA", lv="N", crt=20150301, dsc_flg="N", frm=None, until=None):
    I.append(dict(key=key, dsc=dsc, grp=grp, vat=vat, uom=uom, price=price, lv=lv, crt=crt, dsc_flg=dsc_flg,
                  frm=frm or D(crt // 10000, crt // 100 % 100, crt % 100), until=until, sups=sups))


for k, d, p in [("neon", "Neon Tetra", 299), ("cardinal", "Cardinal Tetra", 349), ("harlequin", "Harlequin Rasbora", 299), ("guppy", "Guppy (Male)", 499),
                ("platy", "Platy", 399), ("molly", "Black Molly", 449), ("betta", "Betta Splendens (Male)", 1499), ("cory", "Corydoras Panda", 599),
                ("bn", "Bristlenose Pleco", 999), ("angel", "Angelfish", 1299), ("gourami", "Dwarf Gourami", 899), ("cherrybarb", "Cherry Barb", 299),
                ("danio", "Zebra Danio", 249), ("kuhli", "Kuhli Loach", 499), ("amano", "Amano Shrimp", 349), ("cherryshrimp", "Cherry Shrimp", 299),
                ("ram", "German Blue Ram", 1499), ("discus", "Discus", 4999)]:
    item(k, d, "TF", p, [(6, "Y")] + ([(5, "N")] if k in ("neon", "guppy", "platy", "cherryshrimp") else []), lv="Y", crt=20150301 if k != "discus" else 20180601)
item("betta_hm", "Betta Splendens (Halfmoon)", "TF", 2499, [(6, "Y")], lv="Y", crt=20250201)
for k, d, p in [("goldfish", "Common Goldfish", 399), ("fantail", "Fantail Goldfish", 799), ("shubunkin", "Shubunkin", 599),
                ("wcm", "White Cloud Minnow", 249), ("oranda", "Oranda", 1499)]:
    item(k, d, "CW", p, [(6, "Y")] + ([(7, "N")] if k in ("goldfish", "shubunkin") else []), lv="Y")
item("clown", "Ocellaris Clownfish", "MA", 2499, [(9, "Y")], lv="Y", crt=20190501)
item("tang", "Yellow Tang", "MA", 7999, [(9, "Y")], lv="Y", crt=20190501)
item("cleaner", "Skunk Cleaner Shrimp", "MA", 2999, [(9, "Y")], lv="Y", crt=20190501)
item("liverock", "Live Rock (per kg)", "MA", 1499, [(9, "Y")], uom="KG", crt=20190501)
item("reefsalt", "Red Sea Coral Pro Salt 20kg", "MA", 5999, [(9, "Y"), (5, "N")], crt=20190501)
for k, d, p in [("javafern", "Java Fern", 799), ("anubias", "Anubias Nana", 899), ("sword", "Amazon Sword", 699), ("vallis", "Vallisneria Spiralis (bunch)", 499),
                ("moss", "Marimo Moss Ball", 599), ("crypt", "Cryptocoryne Wendtii", 549)]:
    item(k, d, "PL", p, [(8, "Y"), (5, "N")])
item("monte", "Tropica Monte Carlo 1-2-Grow", "PL", 699, [(8, "Y")], crt=20250601)
item("rio125", "Juwel Rio 125 LED", "TK", 36999, [(3, "Y"), (5, "N")])
item("rio180", "Juwel Rio 180 LED", "TK", 47999, [(3, "Y")])
item("cab", "Juwel SBX Cabinet 125", "TK", 24999, [(3, "Y")])
item("flex57", "Fluval Flex 57L", "TK", 18999, [(2, "Y"), (5, "N")], crt=20180301)
item("flex34", "Fluval Flex 34L", "TK", 14999, [(2, "Y")], crt=20250310)
item("spec", "Fluval Spec V 19L", "TK", 11999, [(2, "Y")], crt=20170301, dsc_flg="Y", until=D(2025, 6, 30))
item("shrimpset", "Aquael Shrimp Set 30", "TK", 8999, [(5, "Y")], crt=20200301, dsc_flg="Y", until=D(2024, 10, 31))
item("nano", "Nano Starter Kit 20L", "TK", 5999, [(5, "Y")], crt=20190901)
item("interpet", "INTERPET FISH POD 64L", "TK", 9999, [(5, "Y")], crt=20140601, dsc_flg="Y", until=D(2023, 12, 31))
item("fx307", "Fluval 307 External Filter", "FL", 17999, [(2, "Y"), (5, "N")])
item("eheim250", "EHEIM classic 250", "FL", 10999, [(4, "Y"), (5, "N")])
item("sponge", "Juwel bioPad Filter Wool", "FL", 699, [(3, "Y"), (5, "N")])
item("u2", "Fluval U2 Internal Filter", "FL", 3999, [(2, "Y"), (5, "N")])
item("airpump", "AIR PUMP 2 OUTLET", "FL", 1999, [(5, "Y")], crt=20120101)
item("airstone", "AIRSTONE 50MM", "FL", 299, [(5, "Y")], crt=20120101)
item("heater", "EHEIM Jäger 100W Heater", "HT", 2999, [(4, "Y"), (5, "N")])
item("led", "Fluval Plant 3.0 LED 24in", "HT", 15999, [(2, "Y")], crt=20190301)
item("thermo", "Digital Thermometer", "HT", 499, [(5, "Y")])
item("tetramin_old", "TETRAMIN FLAKES 100ML", "FD", 599, [(1, "Y"), (5, "N")], crt=20120101, dsc_flg="Y", until=D(2024, 6, 30))
item("tetramin", "TetraMin Flakes 100ml", "FD", 599, [(1, "Y"), (5, "N")], crt=20240415)
item("tetramin250", "TetraMin Flakes 250ml", "FD", 1199, [(1, "Y"), (5, "N")])
item("wafers", "Hikari Sinking Wafers 50g", "FD", 749, [(5, "Y")])
item("novobel", "JBL NovoBel 250ml", "FD", 699, [(5, "Y")])
item("bloodworm", "Frozen Bloodworm 100g", "FD", 449, [(5, "Y")])
item("brine", "Frozen Brine Shrimp 100g", "FD", 449, [(5, "Y")])
item("nls", "New Life Spectrum Community 125g", "FD", 999, [(5, "Y")], crt=20200601)
item("goldfood", "Tetra Goldfish Flakes 100ml", "FD", 549, [(1, "Y"), (5, "N")])
item("bettafood", "Tetra Betta Granules", "FD", 399, [(1, "Y")])
item("koi", "Koi (15cm)", "PD", 2999, [(7, "Y")], lv="Y")
item("pondgold", "Pond Goldfish (10cm)", "PD", 499, [(7, "Y"), (6, "N")], lv="Y")
item("pondsticks", "Tetra Pond Sticks 4L", "PD", 2499, [(1, "Y"), (5, "N")])
item("pump", "Oase Aquarius Pond Pump 2500", "PD", 8999, [(12, "Y")])
item("uv", "Oase Bitron 24C UV Clarifier", "PD", 15999, [(12, "Y")])
item("lily", "Water Lily (Nymphaea)", "PD", 1999, [(7, "Y")])
item("biopress", "Oase BioPress 6000", "PD", 18999, [(12, "Y")], crt=20251105)
item("stresscoat", "API Stress Coat 250ml", "WT", 999, [(10, "Y"), (5, "N")])
item("prime", "Seachem Prime 250ml ", "WT", 1299, [(11, "Y"), (5, "N")])
item("testkit", "API Freshwater Master Test Kit", "WT", 3499, [(10, "Y"), (5, "N")])
item("aquasafe", "Tetra AquaSafe 250ml", "WT", 949, [(1, "Y"), (5, "N")])
item("stability", "Seachem Stability 250ml", "WT", 1199, [(11, "Y"), (5, "N")])
item("ffm", "Easy-Life Fluid Filter Medium 500ml", "WT", 1499, [(5, "Y")])
item("strips", "Tetra Test 6in1 Strips", "WT", 1599, [(1, "Y")])
item("gravel", "GRAVEL NATURAL 5KG", "DC", 899, [(5, "Y")], crt=20120101)
item("sand", "Aquarium Sand 10kg", "DC", 1499, [(5, "Y")])
item("bogwood", "BOGWOOD MEDIUM", "DC", 1799, [(5, "Y")], crt=20120101)
item("dragon", "Dragon Stone (per kg)", "DC", 699, [(5, "Y")], uom="KG")
item("background", "Aquarium Background 60cm", "DC", 1299, [(5, "Y")])
item("castle", "Resin Castle Ornament", "DC", 1499, [(5, "Y")])
item("watertest", "Water Test", "SV", 0, [], vat="Z")
item("maint", "Tank Maintenance Visit", "SV", 4500, [], vat="R")
item("setupsvc", "Tank Set-up & Delivery", "SV", 7500, [], vat="R")
ITEMS = {x["key"]: x for x in I}
PRICE_HIST = {"neon": (D(2025, 3, 1), 249), "rio125": (D(2025, 1, 15), 34999)}   # key -> (new price from, old price)
for k, (frm, _) in PRICE_HIST.items():
    ITEMS[k]["chg"] = int(frm.strftime("%Y%m%d"))
GROUP_BASE = {"TF": 1000, "CW": 1100, "MA": 1200, "PL": 1300, "TK": 2000, "FL": 2100, "HT": 2200, "FD": 3000, "WT": 3100, "DC": 3200, "PD": 4000, "SV": 9000}

# customers' home areas: branch -> [(town, county, weight)]
AREAS = {"GAL": [("Galway", "Galway", 30), ("Oranmore", "Galway", 10), ("Athenry", "Galway", 6), ("Claregalway", "Galway", 4), ("Loughrea", "Galway", 5),
                 ("Tuam", "Galway", 5), ("Gort", "Galway", 3), ("Moycullen", "Galway", 3), ("Barna", "Galway", 3), ("Headford", "Galway", 2)],
         "ENN": [("Ennis", "Clare", 30), ("Shannon", "Clare", 8), ("Kilrush", "Clare", 4), ("Ennistymon", "Clare", 3), ("Newmarket-on-Fergus", "Clare", 3),
                 ("Limerick", "Limerick", 10), ("Newport", "Tipperary", 6), ("Nenagh", "Tipperary", 4), ("Killaloe", "Clare", 3)],
         "CBR": [("Castlebar", "Mayo", 30), ("Westport", "Mayo", 12), ("Ballina", "Mayo", 10), ("Newport", "Mayo", 7), ("Claremorris", "Mayo", 5),
                 ("Ballinrobe", "Mayo", 4), ("Swinford", "Mayo", 3)],
         "ATH": [("Athlone", "Westmeath", 30), ("Moate", "Westmeath", 6), ("Mullingar", "Westmeath", 8), ("Ballinasloe", "Galway", 7),
                 ("Roscommon", "Roscommon", 6), ("Kilbeggan", "Westmeath", 3)]}


# ------------------------------------------------------------------ helpers
def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def last_sunday(y, m):
    x = D(y, m, calendar.monthrange(y, m)[1])
    return x - TD(days=(x.weekday() + 1) % 7)


def epoch(d, minute_of_day, sec):
    off = 3600 if last_sunday(d.year, 3) <= d < last_sunday(d.year, 10) else 0
    return calendar.timegm((d.year, d.month, d.day, minute_of_day // 60, minute_of_day % 60, sec)) - off


def ymd(d):
    return int(d.strftime("%Y%m%d"))


def from_ymd(n):
    return D(n // 10000, n // 100 % 100, n % 100)


def poisson(mu):
    L, k, p = math.exp(-mu), 0, 1.0
    while True:
        p *= R.random()
        if p <= L:
            return k
        k += 1


def half_up_div(num, den):
    """round(num / den) half away from zero, integers only"""
    s = -1 if num < 0 else 1
    return s * ((2 * abs(num) + den) // (2 * den))


def vat_of(amount, vat_cd):
    r = VAT_RT10[vat_cd]
    return half_up_div(amount * r, 1000 + r) if r else 0


def trades(b, d):
    if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)) or d in EASTER_SUNDAYS:
        return False
    if b == "ATH" and d < ATH_OPEN:
        return False
    return d.weekday() in HOURS[b]


def price_on(key, d):
    it = ITEMS[key]
    if key in PRICE_HIST and d < PRICE_HIST[key][0]:
        return PRICE_HIST[key][1]
    return it["price"]


def on_sale(key, d):
    it = ITEMS[key]
    return it["frm"] <= d and (it["until"] is None or d <= it["until"])


def branch_of(emp, d):
    if emp[0] == 104:
        return "GAL" if d < MOVE_104 else "ATH"
    return emp[3]


def roster(b, d):
    """(emp_no, weight) of staff who can ring up sales at branch b on day d"""
    out = []
    wk = d.weekday() >= 5
    for e in STAFF:
        if e[4] in ("WHS", "DRV", "OPM", "OWN"):
            continue
        if branch_of(e, d) != b or ymd(d) < e[6] or (e[7] and ymd(d) > e[7]):
            continue
        if e[8] == "Y" and not wk:
            continue
        if e[4] == "BRM" and d.weekday() == 6:
            continue
        out.append((e[0], 0.7 if e[4] in ("BRM", "ABM") else 1.0))
    if b == "GAL" and d.weekday() == 5:
        out.append((101, 0.5))   # the owner serves in Galway on Saturdays
    return out


# ------------------------------------------------------------------ customers
def make_customers():
    custs, seen_em = [], set()
    n = 1420
    for i in range(n):
        b = wpick([("GAL", 40), ("ENN", 25), ("CBR", 20), ("ATH", 15)])
        town, county, _ = wpick([((t, c, w), w) for t, c, w in AREAS[b]])
        if b == "ATH":
            crt = ATH_OPEN + TD(days=R.randrange((END - ATH_OPEN).days - 20)) if R.random() < 0.75 else D(2016, 1, 1) + TD(days=R.randrange(2900))
        elif R.random() < 0.6:
            crt = D(2015, 6, 1) + TD(days=R.randrange((D(2023, 12, 31) - D(2015, 6, 1)).days))
        else:
            crt = START + TD(days=R.randrange((END - START).days - 15))
        fn, ln = R.choice(IRISH_FIRST), R.choice(IRISH_LAST)
        club = "Y" if R.random() < 0.34 else "N"
        cv = wpick([("Co. {}", 78), ("{}", 12), ("Co {}", 6), ("County {}", 4)])
        cnty = cv.format(county)
        tel = None if R.random() < 0.08 else (f"08{R.choice('35679')} {R.randrange(100, 1000)} {R.randrange(1000, 10000)}" if R.random() < 0.85
                                               else f"0{R.choice(['91', '65', '94', '90'])} {R.randrange(100, 1000)} {R.randrange(1000, 10000)}")
        em = None
        if R.random() < 0.6:
            base = (fn + "." + ln).lower()
            base = "".join(ch for ch in base.translate(str.maketrans("áéíóúāēīōūłąęśżźćńçãõėųšžčř", "aeiouaeioulaeszzcncaoeuszcr")) if ch.isalnum() or ch == ".")
            em = f"{base}{R.choice(['', '', str(R.randrange(1, 99))])}@{R.choice(['gmail.com', 'gmail.com', 'hotmail.com', 'eircom.net', 'yahoo.ie', 'outlook.ie'])}"
        while em is not None and em in seen_em:
            em = em.replace("@", str(R.randrange(10)) + "@")
        if em:
            seen_em.add(em)
        rec = dict(home=b, fn=fn, ln=ln, tel=tel, em=em, twn=town if R.random() > 0.03 else None, cnty=cnty, club=club,
                   crt=crt, sec=R.randrange(9 * 3600 + 1800, 17 * 3600 + 1800), dele="N", mrg=None)
        if b == "CBR" and R.random() < 0.25:   # the old Castlebar till keyed everything in capitals
            for k in ("fn", "ln", "twn", "cnty"):
                if rec[k]:
                    rec[k] = rec[k].upper()
        if R.random() < 0.03:
            rec["ln"] = rec["ln"] + " "
        rec["w"] = min(R.paretovariate(1.3), 25.0)
        custs.append(rec)
    custs.sort(key=lambda c: (c["crt"], c["sec"]))
    # merged duplicates: a second account in a different case, soft-deleted and pointing at the one kept
    dups = []
    olds = [c for c in custs if c["crt"] < D(2023, 6, 1) and c["fn"] == c["fn"].title() and not c["ln"].endswith(" ")]
    for c in R.sample(olds, 14):
        d = dict(c)
        d["fn"], d["ln"] = (c["fn"].upper(), c["ln"].upper()) if R.random() < 0.6 else (c["fn"].lower(), c["ln"].lower())
        d["crt"] = c["crt"] + TD(days=R.randrange(30, 300))
        d["dele"], d["mrg"], d["w"], d["club"] = "Y", c, 0.0, c["club"]
        dups.append(d)
    allc = sorted(custs + dups, key=lambda c: (c["crt"], c["sec"]))
    for i, c in enumerate(allc):
        c["no"] = 20001 + i
        c["ts"] = epoch(c["crt"], c["sec"] // 60, c["sec"] % 60)
    return allc


# ------------------------------------------------------------------ baskets
SMALL_SHOAL = {"neon", "cardinal", "harlequin", "cherrybarb", "danio", "kuhli", "amano", "cherryshrimp", "cory", "wcm"}
SINGLES = {"betta", "betta_hm", "angel", "gourami", "ram", "discus", "bn", "oranda", "fantail", "koi"}
FISH_W = [("neon", 14), ("cardinal", 6), ("harlequin", 6), ("guppy", 7), ("platy", 6), ("molly", 4), ("betta", 6), ("betta_hm", 3), ("cory", 7),
          ("bn", 4), ("angel", 4), ("gourami", 4), ("cherrybarb", 4), ("danio", 5), ("kuhli", 3), ("amano", 5), ("cherryshrimp", 5), ("ram", 2),
          ("discus", 1), ("goldfish", 7), ("fantail", 4), ("shubunkin", 3), ("wcm", 3), ("oranda", 2)]
FOOD_W = [("tetramin", 6), ("tetramin_old", 6), ("tetramin250", 2), ("wafers", 3), ("novobel", 2), ("bloodworm", 3), ("brine", 2), ("nls", 2),
          ("goldfood", 3), ("bettafood", 2)]
WT_W = [("stresscoat", 4), ("prime", 4), ("testkit", 1), ("aquasafe", 3), ("stability", 2), ("ffm", 2), ("strips", 2)]
PLANT_W = [("javafern", 3), ("anubias", 3), ("sword", 3), ("vallis", 3), ("moss", 3), ("crypt", 2), ("monte", 3)]
DECOR_W = [("gravel", 4), ("sand", 3), ("bogwood", 2), ("dragon", 2), ("background", 1), ("castle", 2)]
TANK_W = [("rio125", 3), ("rio180", 1), ("flex57", 2), ("flex34", 2), ("spec", 1), ("shrimpset", 1), ("nano", 3)]


def pick_avail(pairs, d, b=None):
    # while both TetraMin 100ml codes were live (April-June 2024) the old PLU still got scanned now and then
    return wpick([(k, w) for k, w in pairs if on_sale(k, d) and not (k == "discus" and b != "GAL")])


def basket(b, d):
    pond_season = 3 <= d.month <= 10
    mw = [("food", 28), ("livestock", 28), ("maint", 12), ("setup", 5 * (2 if d.month in (1, 12) else 1)), ("plants", 8),
          ("pond", 9 if pond_season else 1), ("service", 2), ("decor", 5)]
    if b in ("GAL", "ATH"):
        mw.append(("marine", 3))
    m = wpick(mw)
    lines = {}

    def add(k, q):
        lines[k] = lines.get(k, 0) + q
    if m == "food":
        add(pick_avail(FOOD_W, d), 1 if R.random() < 0.8 else 2)
        if R.random() < 0.3:
            add(pick_avail(WT_W, d), 1)
    elif m == "livestock":
        for _ in range(wpick([(1, 5), (2, 3), (3, 1)])):
            k = pick_avail(FISH_W, d, b)
            q = R.choice([1, 2, 3, 5, 6, 6, 8, 10, 10, 12]) if k in SMALL_SHOAL else (1 if R.random() < 0.8 else 2) if k in SINGLES else R.randint(1, 4)
            add(k, q)
        if R.random() < 0.35:
            add("watertest", 1)
        if R.random() < 0.3:
            add(pick_avail(FOOD_W, d), 1)
        if R.random() < 0.2:
            add(pick_avail(PLANT_W, d), 1)
    elif m == "marine":
        add(wpick([("clown", 5), ("tang", 1), ("cleaner", 2)]), 1 if R.random() < 0.7 else 2)
        if R.random() < 0.4:
            add("reefsalt", 1)
        if R.random() < 0.3:
            add("liverock", R.randint(2, 10))
        if R.random() < 0.4:
            add("watertest", 1)
    elif m == "maint":
        for _ in range(R.randint(1, 2)):
            add(pick_avail(WT_W + [("sponge", 3), ("airstone", 1), ("thermo", 1)], d), 1)
        if R.random() < 0.3:
            add(pick_avail(DECOR_W, d), 1)
    elif m == "setup":
        t = pick_avail(TANK_W, d)
        add(t, 1)
        if t in ("rio125", "rio180") and R.random() < 0.4:
            add("cab", 1)
        if t in ("rio125", "rio180", "nano") and R.random() < 0.6:
            add(wpick([("u2", 3), ("fx307", 1), ("eheim250", 2)]), 1)
        if R.random() < 0.7:
            add("heater", 1)
        if R.random() < 0.15:
            add("led", 1)
        if R.random() < 0.8:
            add(pick_avail(DECOR_W[:2], d), R.randint(1, 3))
        if R.random() < 0.5:
            add(pick_avail(DECOR_W[2:], d), 1)
        if R.random() < 0.9:
            add(pick_avail(WT_W, d), 1)
        if R.random() < 0.4:
            for _ in range(R.randint(1, 3)):
                add(pick_avail(PLANT_W, d), 1)
        if R.random() < 0.2:
            add("airpump", 1)
        if R.random() < 0.4:
            add("thermo", 1)
        if R.random() < 0.1:
            add("setupsvc", 1)
    elif m == "plants":
        for _ in range(R.randint(1, 4)):
            add(pick_avail(PLANT_W, d), R.randint(1, 3))
    elif m == "pond":
        if pond_season and R.random() < 0.6:
            if R.random() < 0.5:
                add("koi", R.randint(1, 3))
            else:
                add("pondgold", R.randint(2, 6))
        if R.random() < 0.5 or not lines:
            add("pondsticks", 1)
        if R.random() < 0.1:
            add("pump", 1)
        if pond_season and R.random() < 0.08:
            add("uv", 1)
        if pond_season and R.random() < 0.25:
            add("lily", R.randint(1, 2))
    elif m == "service":
        add("maint" if R.random() < 0.75 else "setupsvc", 1)
    else:
        for _ in range(R.randint(1, 2)):
            add(pick_avail(DECOR_W, d), 1)
    return m, list(lines.items())


# ------------------------------------------------------------------ main
def main():
    custs = make_customers()
    by_home = {b: [c for c in custs if c["home"] == b and c["dele"] == "N"] for b in ("GAL", "ENN", "CBR", "ATH")}
    live = [c for c in custs if c["dele"] == "N"]

    def pick_customer(b, d, club):
        pool = by_home[b] if R.random() < 0.9 else live
        for _ in range(30):
            c = R.choices(pool, weights=[x["w"] for x in pool])[0]
            if c["crt"] <= d and (c["club"] == "Y") == club:
                return c
        return None

    base = {"GAL": 8.0, "ENN": 5.5, "CBR": 4.5, "ATH": 5.0}
    dayf = {0: 0.8, 1: 0.85, 2: 0.9, 3: 1.0, 4: 1.1, 5: 1.8, 6: 1.0}
    monf = {1: 1.1, 2: 0.9, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.0, 7: 0.95, 8: 0.95, 9: 0.95, 10: 1.0, 11: 1.05, 12: 1.25}
    trans = []   # dicts
    d = START
    while d <= END:
        for b in ("GAL", "ENN", "CBR", "ATH"):
            if not trades(b, d):
                continue
            mu = base[b] * dayf[d.weekday()] * monf[d.month] * (1.06 if d.year == 2025 else 1.0)
            if b == "ATH" and d < ATH_OPEN + TD(days=30):
                mu *= 1.4
            n = poisson(mu)
            ros = roster(b, d)
            o, c_ = HOURS[b][d.weekday()]
            for _ in range(n):
                mi = R.randrange(o, c_ - 2)
                t = dict(b=b, d=d, ts=epoch(d, mi, R.randrange(60)), till=1 if b != "GAL" else R.choice([1, 1, 2]),
                         emp=wpick(ros), typ="S", stat="C", cust=None, orig=None, lines=[], tnd=[])
                r = R.random()
                if r < 0.025:
                    t["typ"] = "N"
                    trans.append(t)
                    continue
                m, items = basket(b, d)
                club = R.random() < 0.32
                if club or m == "service" or R.random() < (0.35 if m in ("livestock", "setup", "marine", "pond") else 0.10):
                    t["cust"] = pick_customer(b, d, club)
                is_club = t["cust"] is not None and t["cust"]["club"] == "Y"
                for k, q in items:
                    it = ITEMS[k]
                    p = price_on(k, d)
                    disc = half_up_div(q * p, 10) if is_club and it["lv"] == "N" and it["grp"] != "SV" else 0
                    amt = q * p - disc
                    t["lines"].append(dict(k=k, q=q, p=p, disc=disc, amt=amt, vat=vat_of(amt, it["vat"]), void="N"))
                if R.random() < 0.025:   # something scanned in error and voided on the line
                    k = pick_avail(FOOD_W + WT_W + DECOR_W, d)
                    p = price_on(k, d)
                    disc = half_up_div(p, 10) if is_club else 0
                    pos = R.randrange(len(t["lines"]) + 1)
                    t["lines"].insert(pos, dict(k=k, q=1, p=p, disc=disc, amt=p - disc, vat=vat_of(p - disc, "S"), void="Y"))
                if R.random() < 0.012:
                    t["stat"] = "V"
                gross = sum(l["amt"] for l in t["lines"] if l["void"] == "N")
                if gross <= 0:   # a water test on its own is not rung up
                    continue
                if t["stat"] == "C":
                    r = R.random()
                    if r < 0.27:
                        tend = gross if R.random() < 0.3 else next(x for x in (500, 1000, 2000, 5000, 10000, 20000, 50000, 10 ** 9) if x >= gross and (x > gross or R.random() < 0.5))
                        if tend == 10 ** 9:
                            tend = gross
                        t["tnd"].append(("CA", tend, tend - gross))
                    elif r < 0.31:
                        v = R.choice([1000, 2000, 2500, 5000])
                        if v >= gross:
                            t["tnd"].append(("GV", gross, 0))
                        else:
                            t["tnd"].append(("GV", v, 0))
                            t["tnd"].append(("CC", gross - v, 0))
                    else:
                        t["tnd"].append(("CC", gross, 0))
                trans.append(t)
        d += TD(days=1)

    # returns: fish that died within the 48-hour guarantee, and goods brought back within 28 days
    sales = [t for t in trans if t["typ"] == "S" and t["stat"] == "C"]
    rets = []
    for t in sales:
        if R.random() >= 0.032:
            continue
        live_l = [l for l in t["lines"] if l["void"] == "N" and ITEMS[l["k"]]["lv"] == "Y"]
        goods_l = [l for l in t["lines"] if l["void"] == "N" and ITEMS[l["k"]]["lv"] == "N" and ITEMS[l["k"]]["grp"] != "SV" and l["p"] > 0]
        if live_l and (R.random() < 0.55 or not goods_l):
            l = R.choice(live_l)
            q = 1 if R.random() < 0.75 else min(l["q"], 2)
            gap = (1, 3)
        elif goods_l:
            l = R.choice(goods_l)
            q = l["q"]
            gap = (2, 28)
        else:
            continue
        b = t["b"] if R.random() < 0.9 else R.choice([x for x in ("GAL", "ENN", "CBR", "ATH") if x != t["b"]])
        rd = None
        for _ in range(10):
            cand = t["d"] + TD(days=R.randint(*gap))
            if trades(b, cand) and cand <= END and roster(b, cand):
                rd = cand
                break
        if rd is None:
            continue
        o, c_ = HOURS[b][rd.weekday()]
        disc = half_up_div(l["disc"] * q, l["q"])
        amt = q * l["p"] - disc
        rl = dict(k=l["k"], q=-q, p=l["p"], disc=-disc, amt=-amt, vat=-vat_of(amt, ITEMS[l["k"]]["vat"]), void="N")
        paid = {x[0] for x in t["tnd"]}
        how = "CC" if "CC" in paid else ("GV" if "GV" in paid else "CA")
        rets.append(dict(b=b, d=rd, ts=epoch(rd, R.randrange(o, c_ - 2), R.randrange(60)), till=1 if b != "GAL" else R.choice([1, 2]),
                         emp=wpick(roster(b, rd)), typ="R", stat="C", cust=t["cust"], orig=t, lines=[rl], tnd=[(how, -amt, 0)]))
    trans += rets
    trans.sort(key=lambda t: (t["ts"], t["b"]))
    for i, t in enumerate(trans):
        t["id"] = 500001 + i

    # ---------------------------------------------------------------- write
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO BRN_MST VALUES (?,?,?,?,?,?,?,?,?,?)", BRANCHES)
    con.executemany("INSERT INTO JOB_LKP VALUES (?,?)", JOBS)
    con.executemany("INSERT INTO EMP_MST VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], "T" if e[7] else "A", e[8]) for e in STAFF])
    con.executemany("INSERT INTO VAT_LKP VALUES (?,?,?)", VAT)
    con.executemany("INSERT INTO ITM_GRP VALUES (?,?)", GROUPS)
    con.executemany("INSERT INTO SUP_MST VALUES (?,?,?,?,?)", SUPPLIERS)
    nxt = dict(GROUP_BASE)
    for it in I:
        nxt[it["grp"]] += 1
        it["no"] = nxt[it["grp"]]
        plu = "".join(str(R.randrange(10)) for _ in range(12)) if it["grp"] not in ("TF", "CW", "MA", "PD", "SV", "PL") or it["uom"] == "KG" else str(it["no"])
        con.execute("INSERT INTO ITM_MST VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (it["no"], plu, it["dsc"], it["grp"], it["vat"], it["uom"], it["price"], it["lv"], it["dsc_flg"], it["crt"], it.get("chg", it["crt"])))
        for s, pref in it["sups"]:
            cost = it["price"] * R.randint(40, 58) // 100
            con.execute("INSERT INTO ITM_SUP VALUES (?,?,?,?,?)", (it["no"], s, f"{SUPPLIERS[s - 1][4][:3]}-{R.randrange(10000, 99999)}", cost, pref))
    for c in custs:
        con.execute("INSERT INTO CUST_MST VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (c["no"], c["fn"], c["ln"], c["tel"], c["em"], c["twn"], c["cnty"], c["club"], c["ts"], c["dele"], c["mrg"]["no"] if c["mrg"] else None))
    con.executemany("INSERT INTO TND_LKP VALUES (?,?)", TENDERS)
    for t in trans:
        act = [l for l in t["lines"] if l["void"] == "N"]
        con.execute("INSERT INTO TRN_HDR VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (t["id"], t["b"], t["till"], t["ts"], t["emp"], t["cust"]["no"] if t["cust"] else None, t["typ"], t["stat"],
                     t["orig"]["id"] if t["orig"] else None, sum(l["amt"] for l in act), sum(l["disc"] for l in act), sum(l["vat"] for l in act), len(t["lines"])))
        for n, l in enumerate(t["lines"], 1):
            con.execute("INSERT INTO TRN_LIN VALUES (?,?,?,?,?,?,?,?,?)", (t["id"], n, ITEMS[l["k"]]["no"], l["q"], l["p"], l["disc"], l["amt"], l["vat"], l["void"]))
        for n, (cd, amt, chg) in enumerate(t["tnd"], 1):
            con.execute("INSERT INTO TRN_TND VALUES (?,?,?,?,?)", (t["id"], n, cd, amt, chg))
    con.commit()
    con.execute("VACUUM")
    con.close()
    print(f"corrib_aquatics: {len(trans)} transactions, {len(custs)} customers -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
