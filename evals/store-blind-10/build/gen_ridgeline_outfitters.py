"""Ridgeline Outfitters: an outdoor-gear chain in the US Pacific Northwest / Montana and western Canada that sells
gear and rents it out (tents, kayaks, snowshoes ...) from some of its stores.
Schema style: PascalCase SINGULAR table names (Store, SalesOrder, RentalLine) with legacy ALL-CAPS ABBREVIATED column
names joined by underscores (STR_ID, CUST_FRST_NM -> FRST_NM, ORD_DT, TOT_AMT, CURR_CD, DEL_FLG).
Dates are INTEGER YYYYMMDD (..._DT), clock times TEXT 'HH:MM' (..._TM). Flags are TEXT 'Y' / 'N' (..._FLG).
Money is REAL with a currency column (CURR_CD 'USD' for US stores, 'CAD' for Canadian stores; PAY_CURR_CD for pay).
All statuses are 2-letter codes in one StatusCode table (STAT_CD, STAT_GRP_CD, STAT_DESC).
Customers are soft-deleted (DEL_FLG, DEL_DT). There is a Vancouver in Washington and a Vancouver in British Columbia."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import NA_FIRST, NA_LAST

SEED = 7730561
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "ridgeline_outfitters.sqlite")

SCHEMA = """
CREATE TABLE StatusCode (
  STAT_CD TEXT PRIMARY KEY, STAT_GRP_CD TEXT NOT NULL, STAT_DESC TEXT NOT NULL, SORT_SEQ INTEGER NOT NULL);
CREATE TABLE Store (
  STR_ID INTEGER PRIMARY KEY, STR_NM TEXT NOT NULL UNIQUE, CITY_NM TEXT NOT NULL, ST_PROV_CD TEXT NOT NULL,
  CNTRY_CD TEXT NOT NULL, CURR_CD TEXT NOT NULL, OPN_DT INTEGER NOT NULL, CLS_DT INTEGER,
  STR_STAT_CD TEXT NOT NULL REFERENCES StatusCode(STAT_CD), RNTL_FLG TEXT NOT NULL, FLR_AREA_SQFT INTEGER NOT NULL);
CREATE TABLE Employee (
  EMP_ID INTEGER PRIMARY KEY, FRST_NM TEXT NOT NULL, LST_NM TEXT NOT NULL, JOB_TTL TEXT NOT NULL,
  STR_ID INTEGER REFERENCES Store(STR_ID), MGR_EMP_ID INTEGER REFERENCES Employee(EMP_ID),
  HIRE_DT INTEGER NOT NULL, TERM_DT INTEGER, PAY_CURR_CD TEXT NOT NULL, HRLY_RT_AMT REAL, ANNL_SAL_AMT REAL,
  FT_FLG TEXT NOT NULL, UNIQUE (FRST_NM, LST_NM));
CREATE TABLE Customer (
  CUST_ID INTEGER PRIMARY KEY, FRST_NM TEXT NOT NULL, LST_NM TEXT NOT NULL, EMAIL_ADDR TEXT UNIQUE,
  CITY_NM TEXT NOT NULL, ST_PROV_CD TEXT NOT NULL, CNTRY_CD TEXT NOT NULL,
  HOME_STR_ID INTEGER NOT NULL REFERENCES Store(STR_ID), JOIN_DT INTEGER NOT NULL, MBR_TIER_CD TEXT,
  RWD_PTS_CNT INTEGER NOT NULL, MKT_OPT_FLG TEXT NOT NULL, DEL_FLG TEXT NOT NULL, DEL_DT INTEGER,
  UNIQUE (FRST_NM, LST_NM));
CREATE TABLE Product (
  PROD_ID INTEGER PRIMARY KEY, SKU_CD TEXT NOT NULL UNIQUE, PROD_NM TEXT NOT NULL UNIQUE, CAT_NM TEXT NOT NULL,
  BRND_NM TEXT NOT NULL, US_LIST_AMT REAL NOT NULL, CA_LIST_AMT REAL NOT NULL, RNTL_FLG TEXT NOT NULL,
  DISC_FLG TEXT NOT NULL, INTRO_DT INTEGER NOT NULL);
CREATE TABLE SalesOrder (
  ORD_ID INTEGER PRIMARY KEY, STR_ID INTEGER NOT NULL REFERENCES Store(STR_ID),
  CUST_ID INTEGER REFERENCES Customer(CUST_ID), EMP_ID INTEGER NOT NULL REFERENCES Employee(EMP_ID),
  ORD_DT INTEGER NOT NULL, ORD_TM TEXT NOT NULL, CHNL_CD TEXT NOT NULL,
  ORD_STAT_CD TEXT NOT NULL REFERENCES StatusCode(STAT_CD), CURR_CD TEXT NOT NULL,
  SUBTOT_AMT REAL NOT NULL, TAX_AMT REAL NOT NULL, TOT_AMT REAL NOT NULL);
CREATE TABLE SalesOrderLine (
  ORD_ID INTEGER NOT NULL REFERENCES SalesOrder(ORD_ID), PROD_ID INTEGER NOT NULL REFERENCES Product(PROD_ID),
  LN_QTY INTEGER NOT NULL, UNIT_PRC_AMT REAL NOT NULL, PRIMARY KEY (ORD_ID, PROD_ID));
CREATE TABLE RentalUnit (
  RNTL_UNIT_ID INTEGER PRIMARY KEY, PROD_ID INTEGER NOT NULL REFERENCES Product(PROD_ID),
  STR_ID INTEGER NOT NULL REFERENCES Store(STR_ID), SRL_NO TEXT NOT NULL UNIQUE, ACQ_DT INTEGER NOT NULL,
  RTRD_DT INTEGER, COND_CD TEXT NOT NULL, DLY_RT_AMT REAL NOT NULL);
CREATE TABLE RentalAgreement (
  RNTL_AGR_ID INTEGER PRIMARY KEY, STR_ID INTEGER NOT NULL REFERENCES Store(STR_ID),
  CUST_ID INTEGER NOT NULL REFERENCES Customer(CUST_ID), EMP_ID INTEGER NOT NULL REFERENCES Employee(EMP_ID),
  BKD_DT INTEGER NOT NULL, PKUP_DT INTEGER NOT NULL, DUE_DT INTEGER NOT NULL, RTRN_DT INTEGER,
  RNTL_STAT_CD TEXT NOT NULL REFERENCES StatusCode(STAT_CD), CURR_CD TEXT NOT NULL, RNTL_AMT REAL NOT NULL,
  DEP_AMT REAL NOT NULL, LATE_FEE_AMT REAL, DMG_FEE_AMT REAL);
CREATE TABLE RentalLine (
  RNTL_AGR_ID INTEGER NOT NULL REFERENCES RentalAgreement(RNTL_AGR_ID),
  RNTL_UNIT_ID INTEGER NOT NULL REFERENCES RentalUnit(RNTL_UNIT_ID), DAY_CNT INTEGER NOT NULL,
  DLY_RT_AMT REAL NOT NULL, PRIMARY KEY (RNTL_AGR_ID, RNTL_UNIT_ID));
"""

STATUS = [("AC", "STR", "Active", 1), ("RM", "STR", "Remodeling", 2), ("CL", "STR", "Closed", 3),
          ("CP", "ORD", "Completed", 1), ("PK", "ORD", "Awaiting Pickup", 2), ("RF", "ORD", "Refunded", 3), ("CX", "ORD", "Cancelled", 4),
          ("RS", "RNT", "Reserved", 1), ("CO", "RNT", "Checked Out", 2), ("RN", "RNT", "Returned", 3), ("NS", "RNT", "No Show", 4),
          ("LS", "RNT", "Lost", 5)]

# (store name, city, state/province, district index)
STORES = [
    ("Ballard", "Seattle", "WA", 0), ("Capitol Hill", "Seattle", "WA", 0), ("Tacoma Waterfront", "Tacoma", "WA", 0),
    ("Bellingham", "Bellingham", "WA", 0), ("Olympia", "Olympia", "WA", 0), ("Leavenworth", "Leavenworth", "WA", 0),
    ("Spokane Valley", "Spokane Valley", "WA", 1), ("Vancouver Waterfront", "Vancouver", "WA", 1),
    ("Pearl District", "Portland", "OR", 1), ("Sellwood", "Portland", "OR", 1), ("Bend Old Mill", "Bend", "OR", 1),
    ("Eugene", "Eugene", "OR", 1), ("Hood River", "Hood River", "OR", 1), ("Salem", "Salem", "OR", 1),
    ("Boise Downtown", "Boise", "ID", 1), ("Sandpoint", "Sandpoint", "ID", 1), ("Coeur d'Alene", "Coeur d'Alene", "ID", 1),
    ("Missoula", "Missoula", "MT", 1), ("Bozeman", "Bozeman", "MT", 1),
    ("Kitsilano", "Vancouver", "BC", 2), ("Mount Pleasant", "Vancouver", "BC", 2), ("North Shore", "North Vancouver", "BC", 2),
    ("Squamish", "Squamish", "BC", 2), ("Whistler Village", "Whistler", "BC", 2), ("Victoria", "Victoria", "BC", 2),
    ("Kelowna", "Kelowna", "BC", 2), ("Nelson", "Nelson", "BC", 2), ("Revelstoke", "Revelstoke", "BC", 2),
    ("Calgary Kensington", "Calgary", "AB", 3), ("Canmore", "Canmore", "AB", 3), ("Edmonton Whyte Ave", "Edmonton", "AB", 3),
]
DISTRICTS = ["Washington", "Inland Northwest & Oregon", "British Columbia", "Alberta"]
CLOSED = {"Salem": "2024-04-01", "Mount Pleasant": "2025-02-01"}
REMODEL = {"Ballard", "Kelowna"}
NEW = {"Leavenworth": "2023-05-13", "Revelstoke": "2024-11-16", "Bozeman": "2025-04-05"}
RENTAL = {"Ballard", "Bellingham", "Leavenworth", "Vancouver Waterfront", "Bend Old Mill", "Hood River", "Sandpoint",
          "Missoula", "Bozeman", "Kitsilano", "North Shore", "Squamish", "Whistler Village", "Nelson", "Revelstoke", "Canmore",
          "Coeur d'Alene", "Eugene"}
TAX = {"WA": 0.101, "OR": 0.0, "ID": 0.06, "MT": 0.0, "BC": 0.12, "AB": 0.05}
NEAR = {"Seattle": ["Shoreline", "Bellevue"], "Tacoma": ["Puyallup"], "Bellingham": ["Ferndale"], "Olympia": ["Lacey"],
        "Leavenworth": ["Wenatchee"], "Spokane Valley": ["Spokane"], "Vancouver": ["Camas"], "Portland": ["Beaverton", "Gresham"],
        "Bend": ["Redmond"], "Eugene": ["Springfield"], "Hood River": ["The Dalles"], "Salem": ["Keizer"], "Boise": ["Meridian", "Nampa"],
        "Sandpoint": ["Ponderay"], "Coeur d'Alene": ["Post Falls"], "Missoula": ["Lolo"], "Bozeman": ["Belgrade"],
        "North Vancouver": ["West Vancouver"], "Squamish": ["Brackendale"], "Whistler": ["Pemberton"], "Victoria": ["Saanich", "Langford"],
        "Kelowna": ["West Kelowna"], "Nelson": ["Castlegar"], "Revelstoke": ["Golden"], "Calgary": ["Cochrane"], "Canmore": ["Banff"],
        "Edmonton": ["St. Albert"]}
NEAR_VANC_BC = ["Burnaby", "Richmond"]

# category -> list of (brand, name, US price, daily rental rate USD or None); weight, max qty
CATALOG = {
    "Tents": ([("Cascadia Works", "Trailhead 2P Tent", 329, 24), ("Cascadia Works", "Basecamp 4P Tent", 489, 34),
               ("Nordvik", "Fjellstua 3P Tent", 599, None), ("Ridgeline", "Dayhiker 1P Tent", 189, 18),
               ("Alpenglow Gear", "Summit Bivy", 259, None), ("Timberline", "Family Cabin 6P Tent", 649, 42),
               ("Kühlberg", "Storm 2P Tent", 449, None), ("Ridgeline", "Car Camp 4P Tent", 279, 28),
               ("Söderberg", "Ultralight 2P Tent", 539, None)], 6, 1),
    "Sleeping Bags & Pads": ([("Ridgeline", "Cozy 20°F Sleeping Bag", 149, 12), ("Alpenglow Gear", "Down 15°F Sleeping Bag", 349, 16),
                              ("Nordvik", "Polar 0°F Sleeping Bag", 429, None), ("Coldwater", "Summer 40°F Quilt", 179, None),
                              ("Cascadia Works", "Self-Inflating Pad Regular", 89, 6), ("Cascadia Works", "Insulated Air Pad Long", 169, 8),
                              ("Ridgeline", "Foam Sit Pad", 19, None), ("Söderberg", "Kids' 30°F Sleeping Bag", 79, 8)], 7, 2),
    "Backpacks": ([("Selkirk Alpine", "Traverse 65L Pack", 289, 18), ("Selkirk Alpine", "Traverse 50L Pack", 249, 15),
                   ("Olympic Trail", "Ridge 28L Daypack", 119, None), ("Olympic Trail", "Women's Ridge 26L Daypack", 119, None),
                   ("Ridgeline", "Commuter 22L Pack", 79, None), ("Kühlberg", "Expedition 80L Pack", 379, None),
                   ("Olympic Trail", "Kid Carrier Pack", 299, 16), ("Ridgeline", "Hydration Vest 8L", 99, None)], 8, 1),
    "Footwear": ([("Basalt", "Men's Summit GTX Hiking Boot", 229, None), ("Basalt", "Women's Summit GTX Hiking Boot", 229, None),
                  ("Basalt", "Men's Scree Trail Runner", 149, None), ("Basalt", "Women's Scree Trail Runner", 149, None),
                  ("Stormpeak", "Men's Insulated Winter Boot", 189, None), ("Stormpeak", "Women's Insulated Winter Boot", 189, None),
                  ("Ridgeline", "Camp Sandal", 59, None), ("Côte Sauvage", "Approach Shoe", 169, None),
                  ("Ridgeline", "Merino Hiking Socks 2-Pack", 29, None)], 12, 2),
    "Outerwear": ([("Stormpeak", "Men's Rain Shell Jacket", 199, None), ("Stormpeak", "Women's Rain Shell Jacket", 199, None),
                   ("Alpenglow Gear", "Men's Down Parka", 349, None), ("Alpenglow Gear", "Women's Down Parka", 349, None),
                   ("Ridgeline", "Fleece Quarter-Zip", 79, None), ("Nordvik", "Softshell Pants", 139, None),
                   ("Stormpeak", "Insulated Ski Jacket", 289, None), ("Ridgeline", "Packable Wind Shell", 89, None),
                   ("Côte Sauvage", "Merino Base Layer Top", 95, None), ("Ridgeline", "Trail Cap", 29, None)], 14, 2),
    "Climbing": ([("Granite & Pine", "Sport Harness", 79, None), ("Granite & Pine", "Dynamic Rope 60m", 219, None),
                  ("Granite & Pine", "Climbing Helmet", 69, 6), ("Côte Sauvage", "Velcro Climbing Shoe", 139, None),
                  ("Granite & Pine", "Bouldering Crash Pad", 249, 14), ("Granite & Pine", "Quickdraw 6-Pack", 129, None),
                  ("Ridgeline", "Chalk Bag", 24, None)], 5, 2),
    "Paddling": ([("Tidewater Paddle", "Touring Kayak 14ft", 1399, 65), ("Tidewater Paddle", "Recreational Kayak 10ft", 649, 45),
                  ("Tidewater Paddle", "Inflatable SUP Board", 799, 42), ("Tidewater Paddle", "Tandem Canoe 16ft", 1599, 70),
                  ("Ridgeline", "Paddling PFD", 99, 8), ("Tidewater Paddle", "Carbon Kayak Paddle", 229, None),
                  ("Ridgeline", "20L Dry Bag", 34, None)], 4, 1),
    "Camp Kitchen": ([("Cascadia Works", "Canister Stove", 59, 6), ("Cascadia Works", "Two-Burner Camp Stove", 159, 12),
                      ("Ridgeline", "Isobutane Fuel 230g", 8, None), ("Ridgeline", "Titanium Cookset", 89, None),
                      ("Coldwater", "45qt Hard Cooler", 279, 15), ("Ridgeline", "Water Filter Squeeze", 44, None),
                      ("Ridgeline", "Freeze-Dried Meal", 12, None), ("Coldwater", "Insulated Bottle 32oz", 39, None)], 12, 4),
    "Navigation & Electronics": ([("Lumen Labs", "Headlamp 400", 49, None), ("Lumen Labs", "Rechargeable Lantern", 69, 6),
                                  ("Lumen Labs", "Satellite Messenger", 349, 12), ("Lumen Labs", "Handheld GPS", 299, None),
                                  ("Ridgeline", "Baseplate Compass", 29, None), ("Lumen Labs", "Solar Power Bank", 89, None)], 6, 2),
    "Snowsports": ([("Selkirk Alpine", "Aluminum Snowshoes 25in", 219, 18), ("Selkirk Alpine", "Women's Snowshoes 22in", 219, 18),
                    ("Nordvik", "XC Ski Package", 449, 30), ("Selkirk Alpine", "Avalanche Safety Kit", 499, 28),
                    ("Selkirk Alpine", "Splitboard 158", 899, 60), ("Nordvik", "Climbing Skins", 189, None),
                    ("Ridgeline", "Ski Goggles", 119, None), ("Stormpeak", "Insulated Gloves", 59, None)], 6, 1),
}
WINTER_RENT = {"Snowsports"}
SUMMER_RENT = {"Tents", "Sleeping Bags & Pads", "Backpacks", "Paddling", "Camp Kitchen", "Climbing", "Navigation & Electronics"}


def d(x):
    return dt.date.fromisoformat(x[:10])


def add_days(x, n):
    return (d(x) + dt.timedelta(days=n)).isoformat()


def day(rnd, lo, hi):
    lo, hi = d(lo), d(hi)
    return (lo + dt.timedelta(days=rnd.randint(0, max(0, (hi - lo).days)))).isoformat()


def ymd(x):
    return None if x is None else int(x.replace("-", ""))


def money(x):
    return round(x + 1e-9, 2)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().replace("'", "").replace(" ", "")


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO StatusCode VALUES (?,?,?,?)", STATUS)

    stores = []
    for sid, (name, city, prov, dist) in enumerate(STORES, 1):
        opened = NEW.get(name) or day(rnd, "2004-04-01", "2021-09-30")
        closed = CLOSED.get(name)
        ca = prov in ("BC", "AB")
        stores.append(dict(id=sid, name=name, city=city, prov=prov, ctry="CA" if ca else "US", cur="CAD" if ca else "USD",
                           opened=opened, closed=closed, stat="CL" if closed else "RM" if name in REMODEL else "AC",
                           rent="Y" if name in RENTAL else "N", sqft=rnd.randrange(6000, 26000, 250), dist=dist))
    con.executemany("INSERT INTO Store VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [(s["id"], s["name"], s["city"], s["prov"], s["ctry"], s["cur"], ymd(s["opened"]), ymd(s["closed"]),
                      s["stat"], s["rent"], s["sqft"]) for s in stores])

    def s_open(s, when):
        return s["opened"] <= when and (s["closed"] is None or when < s["closed"])

    used = set()

    def person():
        while True:
            f, l = rnd.choice(NA_FIRST), rnd.choice(NA_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    emps = []

    def add(title, sid, boss, hired, cur, hourly=None, salary=None, ft="Y", left=None):
        f, l = person()
        emps.append(dict(id=len(emps) + 1, f=f, l=l, title=title, sid=sid, boss=boss, hired=hired, left=left, cur=cur,
                         hourly=money(hourly) if hourly is not None else None, salary=float(salary) if salary else None, ft=ft))
        return len(emps)

    pres = add("President", None, None, "2003-09-02", "USD", salary=228000)
    dms = [add("District Manager", None, pres, day(rnd, "2010-01-01", "2020-12-31"), "CAD" if k >= 2 else "USD",
               salary=rnd.randrange(118000, 142000, 500)) for k in range(len(DISTRICTS))]
    staff = {}
    for s in stores:
        ca = s["ctry"] == "CA"
        k = 1.28 if ca else 1.0
        pre = add_days(s["opened"], -40)
        lo = max(pre, "2007-01-01")
        hi_old = "2022-06-30" if s["opened"] < "2023-01-01" else pre
        closed = s["closed"]

        def hire(hi, lo=lo):
            return day(rnd, lo, hi) if lo <= hi else lo

        sm = add("Store Manager", s["id"], dms[s["dist"]], hire(hi_old), s["cur"], salary=rnd.randrange(72000, 88000, 500) * k // 500 * 500, left=closed)
        am = add("Assistant Manager", s["id"], sm, hire(hi_old), s["cur"], salary=rnd.randrange(52000, 61000, 500) * k // 500 * 500, left=closed)
        ids = [sm, am]
        roles = [("Gear Specialist", 2, 3, 19.5, 24.5, am, "2024-06-30"), ("Sales Associate", 2, 5, 16.75, 19.75, am, "2025-06-30")]
        if s["rent"] == "Y":
            roles.append(("Rental Technician", 1, 3, 18.0, 22.5, sm, "2024-12-31"))
        for title, n_lo, n_hi, w_lo, w_hi, boss, hi in roles:
            for _ in range(rnd.randint(n_lo, n_hi)):
                h = hire(hi) if not closed else hire(add_days(closed, -300))
                left = closed
                if not closed and rnd.random() < 0.2:
                    left = day(rnd, max(add_days(h, 90), "2023-02-01"), "2025-11-30")
                    if left <= h:
                        left = None
                wage = round(rnd.uniform(w_lo, w_hi) * k * 4) / 4
                ft = "Y" if rnd.random() < 0.55 else "N"
                ids.append(add(title, s["id"], boss, h, s["cur"], hourly=wage, ft=ft, left=left))
                if left and not closed:
                    ids.append(add(title, s["id"], boss, add_days(left, rnd.randint(7, 40)), s["cur"], hourly=round(rnd.uniform(w_lo, w_hi) * k * 4) / 4,
                                   ft="Y" if rnd.random() < 0.55 else "N"))
        staff[s["id"]] = ids
    con.executemany("INSERT INTO Employee VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(e["id"], e["f"], e["l"], e["title"], e["sid"], e["boss"], ymd(e["hired"]), ymd(e["left"]), e["cur"],
                      e["hourly"], e["salary"], e["ft"]) for e in emps])
    emp = {e["id"]: e for e in emps}

    def on_staff(sid, when, titles):
        return [i for i in staff[sid] if emp[i]["title"] in titles and emp[i]["hired"] <= when
                and (emp[i]["left"] is None or when < emp[i]["left"])]

    prods, weight = [], {}
    for cat, (items, w, mq) in CATALOG.items():
        for brand, name, usd, rate in items:
            pid = len(prods) + 1
            cad = round(usd * 1.32) - 0.01 if usd >= 20 else round(usd * 1.32, 0) - 0.01
            intro = day(rnd, "2014-01-01", "2022-08-31") if rnd.random() < 0.85 else day(rnd, "2023-01-15", "2025-03-31")
            disc = "Y" if (rnd.random() < 0.08 and rate is None) else "N"
            prods.append(dict(id=pid, sku=f"{cat[:3].upper()}-{pid:04d}", name=f"{brand} {name}", cat=cat, brand=brand,
                              usd=float(usd) - 0.01, cad=float(cad), rate=rate,
                              rent="Y" if rate else "N", disc=disc, intro=intro, mq=mq))
            weight[pid] = w / len(items)
    con.executemany("INSERT INTO Product VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(p["id"], p["sku"], p["name"], p["cat"], p["brand"], money(p["usd"]), money(p["cad"]), p["rent"], p["disc"],
                      ymd(p["intro"])) for p in prods])
    P = {p["id"]: p for p in prods}

    custs, emails = [], set()
    sw = [1.0 if s["opened"] < "2023-01-01" else 0.4 for s in stores]
    for cid in range(1, 2451):
        s = rnd.choices(stores, sw)[0]
        city, prov = s["city"], s["prov"]
        if rnd.random() < 0.25:
            city = rnd.choice(NEAR_VANC_BC if (s["city"] == "Vancouver" and s["prov"] == "BC") else NEAR[s["city"]])
        f, l = person()
        lo = max("2015-01-01", s["opened"])
        hi = "2025-12-15" if not s["closed"] else add_days(s["closed"], -45)
        joined = day(rnd, lo, hi) if rnd.random() < 0.5 else day(rnd, max(lo, "2021-01-01"), hi)
        email = None
        if rnd.random() < 0.86:
            base = f"{fold(f)}.{fold(l)}"
            email = f"{base}@{rnd.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'shaw.ca', 'telus.net', 'comcast.net'])}"
            while email in emails:
                email = f"{base}{rnd.randint(2, 99)}@gmail.com"
            emails.add(email)
        tier = rnd.choices([None, "TRAIL", "RIDGE", "SUMMIT"], [38, 34, 19, 9])[0]
        pts = 0 if tier is None else rnd.randint({"TRAIL": 0, "RIDGE": 1500, "SUMMIT": 5000}[tier],
                                                  {"TRAIL": 1499, "RIDGE": 4999, "SUMMIT": 14000}[tier])
        custs.append(dict(id=cid, f=f, l=l, email=email, city=city, prov=prov, ctry=s["ctry"], sid=s["id"], joined=joined,
                          tier=tier, pts=pts, mkt="Y" if rnd.random() < 0.41 else "N", dele="N", del_dt=None, last=joined))
    C = {c["id"]: c for c in custs}

    # ---------------- sales
    start, end = d("2023-01-01"), d("2025-12-31")
    days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]
    MW = {1: 0.8, 2: 0.7, 3: 0.85, 4: 0.95, 5: 1.15, 6: 1.35, 7: 1.4, 8: 1.25, 9: 0.95, 10: 0.9, 11: 1.2, 12: 1.55}
    wts = [MW[x.month] * (1.35 if x.weekday() >= 5 else 1.0) for x in days]
    orders, olines = [], []
    front = ("Store Manager", "Assistant Manager", "Gear Specialist", "Sales Associate")
    while len(orders) < 6400:
        x = rnd.choices(days, wts)[0]
        when = x.isoformat()
        chan = rnd.choices(["POS", "WEB", "PHN"], [72, 24, 4])[0]
        cu = None
        if chan == "POS" and rnd.random() < 0.42:
            s = rnd.choice(stores)
        else:
            cu = rnd.choice(custs)
            if cu["joined"] > when:
                continue
            s = stores[cu["sid"] - 1]
            if not s_open(s, when) or rnd.random() < 0.08:
                s = rnd.choice([t for t in stores if t["ctry"] == stores[cu["sid"] - 1]["ctry"]])
        if not s_open(s, when):
            continue
        st = on_staff(s["id"], when, front)
        if not st:
            continue
        avail = [p for p in prods if p["intro"] <= when and not (p["disc"] == "Y" and when >= "2024-07-01")]
        if x.month in (5, 6, 7, 8, 9):
            avail = [p for p in avail if p["cat"] != "Snowsports" or rnd.random() < 0.25]
        nl = rnd.choices([1, 2, 3, 4, 5], [38, 30, 18, 9, 5])[0]
        chosen = []
        for _ in range(40):
            if len(chosen) >= nl:
                break
            p = rnd.choices(avail, [weight[q["id"]] * (0.15 if q["usd"] > 600 else 1.0) for q in avail])[0]
            if p["id"] not in chosen:
                chosen.append(p["id"])
        sale = x.month in (1, 7)
        oid = len(orders) + 1
        sub = 0.0
        for pid in chosen:
            p = P[pid]
            q = rnd.randint(1, p["mq"]) if rnd.random() < 0.3 else 1
            base = p["cad"] if s["ctry"] == "CA" else p["usd"]
            price = money(base * 0.75) if (sale and p["cat"] in ("Outerwear", "Footwear", "Snowsports") and rnd.random() < 0.5) else money(base)
            olines.append((oid, pid, q, price))
            sub = money(sub + q * price)
        tax = money(sub * TAX[s["prov"]])
        if when >= "2025-12-20" and chan == "WEB" and rnd.random() < 0.6:
            stat = "PK"
        else:
            stat = rnd.choices(["CP", "RF", "CX"], [93, 4, 3])[0]
        tm = f"{rnd.choices(range(9, 21), [3, 6, 8, 9, 9, 9, 9, 9, 8, 6, 4, 2])[0]:02d}:{rnd.randint(0, 59):02d}"
        if chan == "WEB":
            tm = f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}"
        orders.append([oid, s["id"], cu["id"] if cu else None, rnd.choice(st), when, tm, chan, stat, s["cur"], sub, tax, money(sub + tax)])
        if cu:
            cu["last"] = max(cu["last"], when)

    # ---------------- rental fleet and agreements
    units = []
    serial = {}
    for s in stores:
        if s["rent"] != "Y":
            continue
        for p in prods:
            if p["rent"] != "Y" or rnd.random() < 0.25:
                continue
            n = rnd.randint(1, 4) if p["usd"] < 600 else rnd.randint(1, 2)
            for _ in range(n):
                acq = max(day(rnd, "2019-03-01", "2024-05-31"), add_days(s["opened"], -20), p["intro"])
                rate = float(round(p["rate"] * 1.3)) if s["ctry"] == "CA" else float(p["rate"])
                k = serial.setdefault(p["sku"], [0])
                k[0] += 1
                units.append(dict(id=len(units) + 1, pid=p["id"], sid=s["id"], srl=f"RU-{p['sku'][:3]}{p['id']:03d}-{k[0]:03d}",
                                  acq=acq, retired=None, cond=rnd.choices("ABC", [55, 35, 10])[0], rate=rate, busy=[]))
    for u in units:  # some old units retired (worn out) during the period
        if u["acq"] < "2021-01-01" and rnd.random() < 0.12:
            u["retired"] = day(rnd, "2023-03-01", "2025-10-31")
    for s in stores:
        if s["closed"]:
            for u in units:
                if u["sid"] == s["id"] and (u["retired"] is None or u["retired"] > s["closed"]):
                    u["retired"] = s["closed"]
    by_store = {}
    for u in units:
        by_store.setdefault(u["sid"], []).append(u)
    rental_stores = [s for s in stores if s["rent"] == "Y"]

    def free(u, a, b):
        if u["acq"] > a or (u["retired"] is not None and b >= u["retired"]):
            return False
        return all(b < x or a > y for x, y in u["busy"])

    agrs, rlines = [], []
    target = 3000
    tries = 0
    while len(agrs) < target and tries < 200000:
        tries += 1
        future = rnd.random() < 0.05
        pick = day(rnd, "2026-01-02", "2026-03-28") if future else day(rnd, "2023-01-02", "2025-12-30")
        m = d(pick).month
        if not future and rnd.random() > {1: 0.75, 2: 0.8, 3: 0.55, 4: 0.25, 5: 0.55, 6: 0.95, 7: 1.0, 8: 1.0, 9: 0.6, 10: 0.2, 11: 0.3, 12: 0.85}[m]:
            continue
        cu = rnd.choice(custs)
        if cu["joined"] > pick:
            continue
        s = stores[cu["sid"] - 1]
        if s["rent"] != "Y" or rnd.random() < 0.15:
            cands = [t for t in rental_stores if t["ctry"] == cu["ctry"]]
            s = rnd.choice(cands)
        if not s_open(s, pick) or (future and s["closed"]):
            continue
        winter = m in (12, 1, 2, 3)
        cats = WINTER_RENT if winter else SUMMER_RENT
        pool = [u for u in by_store.get(s["id"], []) if P[u["pid"]]["cat"] in cats]
        if not pool:
            continue
        ndays = rnd.choices([1, 2, 3, 4, 5, 7, 10, 14], [18, 24, 20, 12, 9, 10, 4, 3])[0]
        due = add_days(pick, ndays)
        if s["closed"] and due >= s["closed"]:
            continue
        want = rnd.choices([1, 2, 3, 4], [45, 33, 15, 7])[0]
        chosen = []
        for u in rnd.sample(pool, min(len(pool), 12)):
            if len(chosen) >= want:
                break
            if free(u, pick, due) and all(P[v["pid"]]["cat"] != P[u["pid"]]["cat"] or P[u["pid"]]["cat"] in ("Paddling", "Snowsports")
                                          for v in chosen):
                chosen.append(u)
        if not chosen:
            continue
        booked = max(add_days(pick, -rnd.choice([0, 0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45])), cu["joined"])
        if future:
            booked = max(booked, "2025-10-01")
            booked = min(booked, "2025-12-31")
        ref = pick if not future else "2025-12-31"
        techs = on_staff(s["id"], ref, ("Rental Technician", "Store Manager", "Assistant Manager"))
        techs = [t for t in techs if emp[t]["title"] == "Rental Technician"] or techs
        if not techs:
            continue
        # outcome
        ret, late, dmg, stat = None, None, None, None
        if future:
            stat = "RS"
        elif rnd.random() < 0.035:
            stat = "NS"
        elif due > "2025-12-31" or (due >= "2025-12-27" and rnd.random() < 0.5):
            stat = "CO"
        elif rnd.random() < 0.008 and due < "2025-11-01" and not any(x > due for x, _y in chosen[0]["busy"]):
            stat = "LS"
        else:
            stat = "RN"
            r = rnd.random()
            ret = due if r < 0.8 else add_days(due, -1) if r < 0.84 and ndays > 1 else add_days(due, rnd.choice([1, 1, 1, 2, 3, 5]))
            if ret > "2025-12-31" or (s["closed"] and ret >= s["closed"]):
                ret = due
            if ret > due and not all(free(u, add_days(due, 1), ret) for u in chosen):
                ret = due
        amt = money(sum(u["rate"] * ndays for u in chosen))
        if stat == "RN" and ret > due:
            late = money((d(ret) - d(due)).days * sum(u["rate"] for u in chosen))
        if stat == "RN" and rnd.random() < 0.04:
            dmg = float(rnd.choice([25, 40, 60, 75, 120, 150]))
        if stat == "LS":
            dmg = money(sum(P[u["pid"]]["cad" if s["ctry"] == "CA" else "usd"] for u in chosen[:1]))
        hold_to = ret or due
        if stat == "LS":
            chosen = chosen[:1]
            amt = money(chosen[0]["rate"] * ndays)
            chosen[0]["retired"] = add_days(due, 1)
            hold_to = due
        for u in chosen:
            if stat != "NS":
                u["busy"].append((pick, hold_to))
            rlines.append((len(agrs) + 1, u["id"], ndays, u["rate"]))
        dep = float(min(500, 50 * len(chosen) + (150 if any(P[u["pid"]]["usd"] > 600 for u in chosen) else 0)))
        agrs.append([len(agrs) + 1, s["id"], cu["id"], rnd.choice(techs), booked, pick, due, ret, stat, s["cur"], amt, dep, late, dmg])
        if stat != "RS":
            cu["last"] = max(cu["last"], pick, ret or pick)

    # renumber agreements by pick-up date
    agrs.sort(key=lambda a: (a[5], a[4], a[0]))
    remap = {a[0]: k for k, a in enumerate(agrs, 1)}
    for a in agrs:
        a[0] = remap[a[0]]
    rlines = sorted((remap[r[0]],) + r[1:] for r in rlines)
    orders.sort(key=lambda o: (o[4], o[5], o[0]))
    oremap = {o[0]: k for k, o in enumerate(orders, 1)}
    for o in orders:
        o[0] = oremap[o[0]]
    olines = sorted((oremap[r[0]],) + r[1:] for r in olines)

    # soft-deleted customers (closed accounts): none with open rentals / reservations
    busy = {a[2] for a in agrs if a[8] in ("RS", "CO")}
    for c in custs:
        if c["id"] in busy or rnd.random() >= 0.05:
            continue
        lo = add_days(c["last"], 10)
        if lo > "2025-12-20":
            continue
        c["dele"], c["del_dt"], c["mkt"] = "Y", day(rnd, lo, "2025-12-20"), "N"

    con.executemany("INSERT INTO Customer VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(c["id"], c["f"], c["l"], c["email"], c["city"], c["prov"], c["ctry"], c["sid"], ymd(c["joined"]), c["tier"],
                      c["pts"], c["mkt"], c["dele"], ymd(c["del_dt"])) for c in custs])
    con.executemany("INSERT INTO SalesOrder VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [o[:4] + [ymd(o[4])] + o[5:] for o in orders])
    con.executemany("INSERT INTO SalesOrderLine VALUES (?,?,?,?)", olines)
    con.executemany("INSERT INTO RentalUnit VALUES (?,?,?,?,?,?,?,?)",
                    [(u["id"], u["pid"], u["sid"], u["srl"], ymd(u["acq"]), ymd(u["retired"]), u["cond"], u["rate"]) for u in units])
    con.executemany("INSERT INTO RentalAgreement VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [a[:4] + [ymd(a[4]), ymd(a[5]), ymd(a[6]), ymd(a[7])] + a[8:] for a in agrs])
    con.executemany("INSERT INTO RentalLine VALUES (?,?,?,?)", rlines)
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
