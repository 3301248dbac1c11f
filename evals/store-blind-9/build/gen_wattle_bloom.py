"""Wattle & Bloom: an Australian florist chain with shop sales, home deliveries and flower subscriptions.

Schema style: singular lower-case table names with no separators, and abbreviated lower-case column names with no
separators (custno, custnm, orddt, qtyord, unitprc, delvfee, mgrno). Keys end in `no` (numbers) or `cd` (codes).
Dates are TEXT in the Australian form 'DD/MM/YYYY' (e.g. '14/02/2025'), so they do not sort or compare as dates.
Money is REAL Australian dollars. Every status is a short code (OPN, CMP, DLV, ACT, ...) that points into one shared
code table, `stat` (statcd, statdesc, stattyp). Flags end in `flg` and are INTEGER 0/1; `cust.delflg` is a soft delete.
Deterministic: fixed seed, standard library only."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import AU_FIRST, AU_LAST, AU_BIZ_WORDS, AU_BIZ_KINDS

SEED = 7240581
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "wattle_bloom.sqlite")

SCHEMA = """
CREATE TABLE area (
  areano INTEGER PRIMARY KEY, areanm TEXT NOT NULL, state TEXT NOT NULL, pcode TEXT NOT NULL, UNIQUE (areanm, state));
CREATE TABLE stat (
  statcd TEXT PRIMARY KEY, statdesc TEXT NOT NULL, stattyp TEXT NOT NULL);
CREATE TABLE shop (
  shopno INTEGER PRIMARY KEY, shopnm TEXT NOT NULL UNIQUE, areano INTEGER NOT NULL REFERENCES area(areano),
  addr TEXT NOT NULL, opendt TEXT NOT NULL, closedt TEXT, statcd TEXT NOT NULL REFERENCES stat(statcd),
  sqm INTEGER NOT NULL, coolrmflg INTEGER NOT NULL, wkshpflg INTEGER NOT NULL);
CREATE TABLE staff (
  staffno INTEGER PRIMARY KEY, firstnm TEXT NOT NULL, lastnm TEXT NOT NULL, role TEXT NOT NULL,
  shopno INTEGER REFERENCES shop(shopno), mgrno INTEGER REFERENCES staff(staffno), hiredt TEXT NOT NULL, termdt TEXT,
  hrlyrt REAL NOT NULL, ftflg INTEGER NOT NULL, actvflg INTEGER NOT NULL);
CREATE TABLE cust (
  custno INTEGER PRIMARY KEY, custnm TEXT NOT NULL UNIQUE, email TEXT NOT NULL UNIQUE, phone TEXT,
  areano INTEGER NOT NULL REFERENCES area(areano), joindt TEXT NOT NULL, bizflg INTEGER NOT NULL,
  mktgflg INTEGER NOT NULL, delflg INTEGER NOT NULL);
CREATE TABLE prod (
  prodno INTEGER PRIMARY KEY, prodnm TEXT NOT NULL UNIQUE, cat TEXT NOT NULL, unitprc REAL NOT NULL,
  unitcst REAL NOT NULL, seasflg INTEGER NOT NULL, actvflg INTEGER NOT NULL, launchdt TEXT NOT NULL);
CREATE TABLE ord (
  ordno INTEGER PRIMARY KEY, shopno INTEGER NOT NULL REFERENCES shop(shopno), custno INTEGER REFERENCES cust(custno),
  staffno INTEGER NOT NULL REFERENCES staff(staffno), orddt TEXT NOT NULL, chnl TEXT NOT NULL, paytyp TEXT NOT NULL,
  statcd TEXT NOT NULL REFERENCES stat(statcd), ordtot REAL NOT NULL);
CREATE TABLE ordln (
  ordno INTEGER NOT NULL REFERENCES ord(ordno), prodno INTEGER NOT NULL REFERENCES prod(prodno),
  qtyord INTEGER NOT NULL, unitprc REAL NOT NULL, PRIMARY KEY (ordno, prodno));
CREATE TABLE delv (
  delvno INTEGER PRIMARY KEY, ordno INTEGER NOT NULL UNIQUE REFERENCES ord(ordno), driverno INTEGER REFERENCES staff(staffno),
  areano INTEGER NOT NULL REFERENCES area(areano), recipnm TEXT NOT NULL, delvdt TEXT NOT NULL, slot TEXT NOT NULL,
  delvfee REAL NOT NULL, statcd TEXT NOT NULL REFERENCES stat(statcd));
CREATE TABLE subscr (
  subscrno INTEGER PRIMARY KEY, custno INTEGER NOT NULL REFERENCES cust(custno), shopno INTEGER NOT NULL REFERENCES shop(shopno),
  freq TEXT NOT NULL, size TEXT NOT NULL, prcperdlv REAL NOT NULL, startdt TEXT NOT NULL, enddt TEXT,
  statcd TEXT NOT NULL REFERENCES stat(statcd));
"""

STATS = [("OPN", "Open", "shop"), ("CLS", "Closed", "shop"), ("RNV", "Renovating", "shop"),
         ("CMP", "Completed", "order"), ("CAN", "Cancelled", "order"), ("RFD", "Refunded", "order"), ("PND", "Pending", "order"),
         ("DLV", "Delivered", "delivery"), ("FLD", "Failed", "delivery"), ("SCH", "Scheduled", "delivery"),
         ("ACT", "Active", "subscription"), ("PSD", "Paused", "subscription"), ("CNX", "Cancelled", "subscription")]

# (area, state, postcode); Richmond, Hamilton, Kensington and Paddington each occur in two states
AREAS = [
    ("Paddington", "NSW", "2021"), ("Newtown", "NSW", "2042"), ("Manly", "NSW", "2095"), ("Parramatta", "NSW", "2150"),
    ("Chatswood", "NSW", "2067"), ("Richmond", "NSW", "2753"), ("Hamilton", "NSW", "2303"), ("Kensington", "NSW", "2033"),
    ("Bondi", "NSW", "2026"), ("Surry Hills", "NSW", "2010"), ("Mosman", "NSW", "2088"), ("Windsor", "NSW", "2756"),
    ("Newcastle", "NSW", "2300"), ("Marrickville", "NSW", "2204"), ("Ryde", "NSW", "2112"), ("Penrith", "NSW", "2750"),
    ("Fitzroy", "VIC", "3065"), ("South Yarra", "VIC", "3141"), ("Richmond", "VIC", "3121"), ("Brunswick", "VIC", "3056"),
    ("Williamstown", "VIC", "3016"), ("Geelong", "VIC", "3220"), ("Kensington", "VIC", "3031"), ("St Kilda", "VIC", "3182"),
    ("Carlton", "VIC", "3053"), ("Hawthorn", "VIC", "3122"), ("Footscray", "VIC", "3011"), ("Box Hill", "VIC", "3128"),
    ("New Farm", "QLD", "4005"), ("Hamilton", "QLD", "4007"), ("West End", "QLD", "4101"), ("Noosa Heads", "QLD", "4567"),
    ("Southport", "QLD", "4215"), ("Paddington", "QLD", "4064"), ("Toowong", "QLD", "4066"), ("Fortitude Valley", "QLD", "4006"),
    ("Norwood", "SA", "5067"), ("Glenelg", "SA", "5045"), ("Unley", "SA", "5061"), ("Kensington", "SA", "5068"),
    ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"), ("Cottesloe", "WA", "6011"), ("Leederville", "WA", "6007"),
    ("Kingston", "ACT", "2604"), ("Braddon", "ACT", "2612"), ("Belconnen", "ACT", "2617"),
    ("Battery Point", "TAS", "7004"), ("Sandy Bay", "TAS", "7005"), ("North Hobart", "TAS", "7000"),
]
# (shop name, area, state, street address)
SHOPS = [
    ("Paddington", "Paddington", "NSW", "312 Oxford St"), ("Newtown", "Newtown", "NSW", "41 King St"),
    ("Manly Corso", "Manly", "NSW", "27 The Corso"), ("Parramatta", "Parramatta", "NSW", "180 Church St"),
    ("Chatswood", "Chatswood", "NSW", "9 Victoria Ave"), ("Richmond Hawkesbury", "Richmond", "NSW", "252 Windsor St"),
    ("Beaumont Street", "Hamilton", "NSW", "88 Beaumont St"),
    ("Fitzroy", "Fitzroy", "VIC", "214 Brunswick St"), ("South Yarra", "South Yarra", "VIC", "560 Chapel St"),
    ("Richmond", "Richmond", "VIC", "143 Swan St"), ("Brunswick", "Brunswick", "VIC", "701 Sydney Rd"),
    ("Williamstown", "Williamstown", "VIC", "66 Nelson Pl"), ("Geelong", "Geelong", "VIC", "118 Ryrie St"),
    ("New Farm", "New Farm", "QLD", "870 Brunswick St"), ("Racecourse Road", "Hamilton", "QLD", "104 Racecourse Rd"),
    ("West End", "West End", "QLD", "155 Boundary St"), ("Noosa", "Noosa Heads", "QLD", "12 Hastings St"),
    ("Southport", "Southport", "QLD", "36 Nerang St"),
    ("Norwood Parade", "Norwood", "SA", "171 The Parade"), ("Glenelg", "Glenelg", "SA", "19 Jetty Rd"),
    ("Fremantle", "Fremantle", "WA", "53 Market St"), ("Subiaco", "Subiaco", "WA", "97 Rokeby Rd"),
    ("Kingston Foreshore", "Kingston", "ACT", "5 Eyre St"), ("Braddon", "Braddon", "ACT", "30 Lonsdale St"),
    ("Salamanca", "Battery Point", "TAS", "77 Salamanca Pl"),
]
CLOSED = {"Southport": "2024-03-31", "Williamstown": "2025-09-30"}
RENOVATING = {"Manly Corso": "2025-11-03", "Glenelg": "2025-10-20"}  # no trade from this date
NEW_SHOPS = {"Braddon": "2023-08-19", "Noosa": "2024-10-05", "Geelong": "2025-03-15"}
STATE_GROUP = {"NSW": 0, "ACT": 0, "VIC": 1, "TAS": 1, "QLD": 2, "SA": 3, "WA": 3}

ALL = set(range(1, 13))
# category: [(name, price, cost share, months sold or None, base weight)]
CATALOGUE = {
    "Bouquets": [("Seasonal Market Bunch", 55, 0.38, None, 9), ("Classic Mixed Bouquet", 79, 0.36, None, 10),
                 ("Pastel Dream Bouquet", 89, 0.36, None, 7), ("Sunshine Bouquet", 75, 0.37, None, 6),
                 ("Garden Party Bouquet", 110, 0.35, None, 5), ("Florist's Choice Deluxe", 150, 0.34, None, 4),
                 ("Tulip Bunch", 65, 0.42, {8, 9, 10}, 6), ("Peony Bunch", 120, 0.45, {10, 11, 12}, 6),
                 ("Sunflower Bunch", 60, 0.35, {12, 1, 2, 3}, 6), ("Hydrangea Bunch", 70, 0.38, {11, 12, 1, 2, 3}, 5),
                 ("Lily Bouquet", 85, 0.37, None, 5), ("Ranunculus Bunch", 68, 0.4, {7, 8, 9, 10}, 5),
                 ("Dried Flower Bouquet", 69, 0.3, None, 4), ("Wildflower Posy", 45, 0.36, None, 6),
                 ("Mother's Day Chrysanthemums", 59, 0.35, {5}, 12), ("Orchid Stem Bouquet", 95, 0.4, None, 3),
                 ("Gerbera Bunch", 49, 0.35, None, 5), ("Lisianthus Bouquet", 72, 0.38, None, 4),
                 ("Daffodil Bunch", 39, 0.35, {8, 9}, 5), ("Christmas Lily Bouquet", 89, 0.4, {12}, 10)],
    "Roses": [("Single Red Rose", 12, 0.3, None, 6), ("Dozen Red Roses", 120, 0.36, None, 8),
              ("Two Dozen Red Roses", 220, 0.36, None, 3), ("Half Dozen Pink Roses", 65, 0.37, None, 5),
              ("Dozen White Roses", 115, 0.36, None, 4), ("Hundred Red Roses Box", 890, 0.4, {2}, 1),
              ("Rose & Lily Bouquet", 125, 0.37, None, 4), ("Garden Rose Bunch", 95, 0.4, None, 3),
              ("Yellow Rose Bunch", 70, 0.36, None, 3), ("Valentine's Rose Box", 180, 0.38, {2}, 12),
              ("Preserved Rose Dome", 149, 0.45, None, 2), ("Mixed Rose Bouquet", 99, 0.36, None, 5)],
    "Natives": [("Kangaroo Paw & Banksia Posy", 85, 0.36, None, 6), ("Waratah Bunch", 95, 0.42, {9, 10, 11}, 6),
                ("Golden Wattle Bunch", 55, 0.33, {8, 9}, 7), ("Protea Statement Bouquet", 135, 0.4, None, 4),
                ("Grevillea Mix", 75, 0.36, None, 4), ("Flannel Flower Posy", 65, 0.4, {10, 11, 12}, 4),
                ("Eucalyptus & Gum Nut Bundle", 45, 0.3, None, 5), ("Australian Natives Box", 110, 0.38, None, 5),
                ("Leucadendron Bunch", 58, 0.35, None, 3), ("Dried Native Wreath", 95, 0.32, None, 3),
                ("Bottlebrush Bunch", 52, 0.34, None, 3), ("NSW Christmas Bush Bunch", 70, 0.38, {11, 12}, 8)],
    "Arrangements": [("Table Centrepiece", 95, 0.35, None, 5), ("Hatbox Arrangement", 130, 0.36, None, 5),
                     ("Ceramic Pot Arrangement", 110, 0.37, None, 4), ("Reception Desk Arrangement", 180, 0.35, None, 2),
                     ("Corporate Weekly Arrangement", 150, 0.34, None, 2), ("Luxe Vase Arrangement", 220, 0.36, None, 2),
                     ("Floral Cake Box", 89, 0.37, None, 4), ("Terrarium Arrangement", 99, 0.4, None, 2),
                     ("Ikebana Arrangement", 160, 0.35, None, 1), ("Christmas Centrepiece", 120, 0.36, {11, 12}, 9)],
    "Plants": [("Peace Lily", 49, 0.45, None, 5), ("Fiddle Leaf Fig", 89, 0.5, None, 3), ("Phalaenopsis Orchid", 75, 0.48, None, 6),
               ("Monstera Deliciosa", 69, 0.5, None, 4), ("Devil's Ivy Hanging Pot", 39, 0.45, None, 4),
               ("Succulent Trio", 45, 0.42, None, 4), ("Bonsai Fig", 95, 0.5, None, 2), ("Maidenhair Fern", 42, 0.45, None, 3),
               ("Potted Christmas Tree", 85, 0.5, {12}, 6), ("Zanzibar Gem", 55, 0.47, None, 3), ("Rosemary Topiary", 49, 0.45, None, 2)],
    "Sympathy": [("Sympathy Wreath", 180, 0.35, None, 4), ("Casket Spray", 450, 0.36, None, 2), ("Sympathy Posy", 75, 0.36, None, 4),
                 ("White Lily Tribute", 140, 0.37, None, 4), ("Standing Spray", 320, 0.36, None, 2),
                 ("Heart Tribute", 380, 0.37, None, 1), ("Sympathy Basket", 120, 0.36, None, 3), ("Remembrance Cross", 350, 0.37, None, 1)],
    "Wedding & Events": [("Bridal Bouquet", 280, 0.34, None, 2), ("Bridesmaid Posy", 120, 0.35, None, 2), ("Buttonhole", 18, 0.3, None, 2),
                         ("Corsage", 35, 0.32, None, 2), ("Flower Crown", 65, 0.35, None, 2), ("Arbour Garland Metre", 85, 0.38, None, 1),
                         ("Aisle Arrangement", 140, 0.36, None, 1), ("Bud Vase Set", 60, 0.35, None, 2),
                         ("Ceremony Statement Piece", 550, 0.36, None, 1), ("Bridal Party Package", 980, 0.35, None, 1)],
    "Gifts & Add-ons": [("Greeting Card", 6.5, 0.25, None, 14), ("Chocolate Box", 24.95, 0.5, None, 9), ("Teddy Bear", 29.95, 0.45, None, 4),
                        ("Glass Vase", 25, 0.4, None, 6), ("Scented Candle", 39.95, 0.42, None, 4), ("Foil Balloon", 14.95, 0.35, None, 4),
                        ("Macaron Box", 29.95, 0.5, None, 4), ("Sparkling Wine", 35, 0.55, None, 3), ("Gourmet Hamper", 149, 0.55, None, 2),
                        ("Hand Cream", 22, 0.45, None, 2)],
}
ADDON = "Gifts & Add-ons"
MOTHERS_DAY = {2023: "2023-05-14", 2024: "2024-05-12", 2025: "2025-05-11"}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("Đ", "D").replace("đ", "d")) if not unicodedata.combining(c))


def d(x):
    return dt.date.fromisoformat(x)


def add_days(x, n):
    return (d(x) + dt.timedelta(days=n)).isoformat()


def day(rnd, lo, hi):
    lo, hi = d(lo), d(hi)
    return (lo + dt.timedelta(days=rnd.randint(0, max(0, (hi - lo).days)))).isoformat()


def au(x):
    """ISO 'YYYY-MM-DD' -> stored Australian 'DD/MM/YYYY'."""
    return None if x is None else f"{x[8:10]}/{x[5:7]}/{x[0:4]}"


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO stat VALUES (?,?,?)", STATS)

    areas = [(i, n, s, p) for i, (n, s, p) in enumerate(AREAS, 1)]
    con.executemany("INSERT INTO area VALUES (?,?,?,?)", areas)
    area_id = {(n, s): i for i, n, s, _ in areas}
    area_state = {i: s for i, _, s, _ in areas}

    # ---- shops: [no, name, area, addr, open, close, stat, sqm, coolroom, workshop] + (state, trade_until)
    shops = []
    for no, (name, ar, st, addr) in enumerate(SHOPS, 1):
        opened = NEW_SHOPS.get(name) or day(rnd, "2006-03-01", "2022-06-30")
        closed = CLOSED.get(name)
        status = "CLS" if closed else "RNV" if name in RENOVATING else "OPN"
        sqm = rnd.randint(45, 180)
        cool = 1 if sqm > 70 and rnd.random() < 0.8 else 0
        wk = 1 if rnd.random() < 0.45 else 0
        until = closed or RENOVATING.get(name)
        shops.append({"no": no, "name": name, "area": area_id[(ar, st)], "addr": addr, "open": opened, "close": closed,
                      "stat": status, "sqm": sqm, "cool": cool, "wk": wk, "state": st, "until": until})
    con.executemany("INSERT INTO shop VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(s["no"], s["name"], s["area"], s["addr"], au(s["open"]), au(s["close"]), s["stat"], s["sqm"], s["cool"], s["wk"])
                     for s in shops])

    def trading(s, when):
        return s["open"] <= when and (s["until"] is None or when < s["until"])

    # ---- staff
    used = set()

    def person():
        while True:
            f, l = rnd.choice(AU_FIRST), rnd.choice(AU_LAST)
            if f"{f} {l}" not in used:
                used.add(f"{f} {l}")
                return f, l

    staff = []

    def add(role, shop, mgr, hired, rate, ft=1, end=None):
        f, l = person()
        staff.append({"no": len(staff) + 1, "f": f, "l": l, "role": role, "shop": shop, "mgr": mgr, "hired": hired,
                      "end": end, "rate": round(rate, 2), "ft": ft})
        return len(staff)

    gm = add("General Manager", None, None, "2009-07-06", 74.50)
    state_mgr = [add("State Manager", None, gm, day(rnd, "2012-01-01", "2020-12-31"), rnd.uniform(52, 58)) for _ in range(4)]
    by_shop = {}

    def chain(role, shop, mgr, first_hire, rate_lo, rate_hi, ft_p, leave_p):
        """A job slot filled without gaps: when someone leaves, the replacement starts the same day."""
        ids, hired = [], first_hire
        closed = shop["close"]
        while True:
            end = closed
            if rnd.random() < leave_p:
                lo = max(add_days(hired, 60), "2023-02-01")
                hi = min(closed or "2025-11-30", "2025-11-30")
                if lo < hi:
                    end = day(rnd, lo, hi)
            ids.append(add(role, shop["no"], mgr, hired, rnd.uniform(rate_lo, rate_hi), 1 if rnd.random() < ft_p else 0, end))
            if end is None or end == closed:
                return ids
            hired = end
            leave_p *= 0.5

    for s in shops:
        pre = add_days(s["open"], -rnd.randint(20, 60))
        old_hi = "2022-10-31" if s["open"] < "2023-01-01" else pre

        def first(lo_year="2014-01-01"):
            lo = max(pre, lo_year)
            return day(rnd, lo, old_hi) if lo <= old_hi else pre
        sm = add("Shop Manager", s["no"], state_mgr[STATE_GROUP[s["state"]]], first(), rnd.uniform(38, 46), 1, s["close"])
        ids = [sm]
        seniors = [add("Senior Florist", s["no"], sm, first(), rnd.uniform(32, 37), 1, s["close"]) for _ in range(rnd.randint(1, 2))]
        ids += seniors
        for _ in range(rnd.randint(1, 3)):
            ids += chain("Florist", s, rnd.choice(seniors), first("2018-01-01"), 27, 31, 0.7, 0.35)
        for _ in range(rnd.randint(0, 2)):
            ids += chain("Casual Assistant", s, rnd.choice(seniors), first("2020-01-01"), 24, 28, 0.0, 0.45)
        for _ in range(rnd.randint(1, 2)):
            ids += chain("Delivery Driver", s, sm, first("2017-01-01"), 26, 30, 0.6, 0.4)
        by_shop[s["no"]] = ids
    con.executemany("INSERT INTO staff VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [(e["no"], e["f"], e["l"], e["role"], e["shop"], e["mgr"], au(e["hired"]), au(e["end"]), e["rate"], e["ft"],
                      0 if e["end"] else 1) for e in staff])
    emp = {e["no"]: e for e in staff}

    def on_staff(shop_no, when, roles):
        return [i for i in by_shop[shop_no] if emp[i]["role"] in roles and emp[i]["hired"] <= when
                and (emp[i]["end"] is None or when < emp[i]["end"])]

    # ---- products
    prods = []
    for cat, items in CATALOGUE.items():
        for name, price, cost, months, w in items:
            launch = day(rnd, "2014-03-01", "2022-09-30") if rnd.random() < 0.82 else day(rnd, "2023-01-15", "2025-06-30")
            prods.append({"no": len(prods) + 1, "name": name, "cat": cat, "price": float(price),
                          "cost": round(price * cost, 2), "months": months, "w": w, "launch": launch, "active": 1, "stop": None})
    # a few lines were dropped during 2024 (soft-deleted: actvflg = 0)
    for p in rnd.sample([p for p in prods if p["months"] is None and p["launch"] < "2022-01-01"], 9):
        p["active"], p["stop"] = 0, day(rnd, "2024-02-01", "2024-11-30")
    con.executemany("INSERT INTO prod VALUES (?,?,?,?,?,?,?,?)",
                    [(p["no"], p["name"], p["cat"], p["price"], p["cost"], 0 if p["months"] is None else 1, p["active"], au(p["launch"]))
                     for p in prods])

    # ---- customers
    custs, emails, biz_names = [], set(), set()
    shop_areas = [s["area"] for s in shops]
    for no in range(1, 2601):
        biz = 1 if rnd.random() < 0.07 else 0
        if biz:
            while True:
                nm = f"{rnd.choice(AU_BIZ_WORDS)} {rnd.choice(AU_BIZ_KINDS)}"
                if nm not in biz_names:
                    biz_names.add(nm)
                    break
        else:
            f, l = person()
            nm = f"{f} {l}"
        if rnd.random() < 0.7:
            ar = rnd.choice(shop_areas)
        else:
            ar = rnd.choice(areas)[0]
        joined = day(rnd, "2014-06-01", "2025-12-20") if rnd.random() < 0.6 else day(rnd, "2021-01-01", "2025-12-20")
        base = ascii_fold(nm).lower().replace(" ", ".").replace("'", "").replace("&", "and")
        dom = "com.au" if biz else rnd.choice(["gmail.com", "outlook.com", "bigpond.com", "icloud.com", "yahoo.com.au", "optusnet.com.au"])
        email = f"{base}@{dom}" if not biz else f"accounts@{base.replace('.', '')}.com.au"
        while email in emails:
            email = f"{base}{rnd.randint(2, 99)}@gmail.com"
        emails.add(email)
        phone = f"04{rnd.randint(10, 99)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}" if rnd.random() < 0.85 else None
        custs.append({"no": no, "name": nm, "email": email, "phone": phone, "area": ar, "joined": joined, "biz": biz,
                      "mktg": 1 if rnd.random() < 0.58 else 0, "w": min(rnd.paretovariate(1.6), 12.0) * (3 if biz else 1)})
        # soft delete: occasional customers only, and nothing is ordered after the record was deleted
        c = custs[-1]
        c["del"] = 1 if c["w"] < 2.5 and rnd.random() < 0.06 else 0
        c["del_from"] = day(rnd, max(add_days(joined, 30), "2023-01-01"), "2025-12-20") if c["del"] else None
    con.executemany("INSERT INTO cust VALUES (?,?,?,?,?,?,?,?,?)",
                    [(c["no"], c["name"], c["email"], c["phone"], c["area"], au(c["joined"]), c["biz"], c["mktg"], c["del"]) for c in custs])
    for c in custs:
        st = area_state[c["area"]]
        same = [s for s in shops if s["area"] == c["area"]]
        c["home"] = same[0] if same else rnd.choice([s for s in shops if s["state"] == st])
        c["state"] = st

    # ---- orders, lines, deliveries
    start, end = d("2023-01-01"), d("2025-12-31")
    days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]

    def weight(x):
        w = 1.0
        if x.month == 2 and 7 <= x.day <= 14:
            w = 2.0 + (x.day - 7) * 0.9
        md = d(MOTHERS_DAY[x.year])
        if 0 <= (md - x).days <= 6:
            w = 4.0
        if x.month == 12 and 10 <= x.day <= 24:
            w = 2.2
        if x.weekday() == 6:
            w *= 0.6
        return w
    wts = [weight(x) for x in days]
    orders, lines, delvs = [], [], []
    takers = ("Shop Manager", "Senior Florist", "Florist", "Casual Assistant")
    cust_w = [c["w"] for c in custs]
    while len(orders) < 9200:
        when = rnd.choices(days, wts)[0]
        ws = when.isoformat()
        chnl = rnd.choices(["Walk-in", "Phone", "Website"], [46, 19, 35])[0]
        cu = None
        if chnl != "Walk-in" or rnd.random() < 0.45:
            cu = rnd.choices(custs, cust_w)[0]
            if cu["joined"] > ws or (cu["del"] and ws >= cu["del_from"]):
                continue
            s = cu["home"]
            if not trading(s, ws) or rnd.random() < 0.1:
                cand = [x for x in shops if x["state"] == cu["state"] and trading(x, ws)]
                if not cand:
                    continue
                s = rnd.choice(cand)
        else:
            s = rnd.choices(shops, [x["sqm"] for x in shops])[0]
        if not trading(s, ws):
            continue
        takers_now = on_staff(s["no"], ws, takers)
        if not takers_now:
            continue
        m = when.month
        valentine = m == 2 and when.day <= 14
        mothers = 0 <= (d(MOTHERS_DAY[when.year]) - when).days <= 6
        avail = [p for p in prods if p["launch"] <= ws and (p["stop"] is None or ws < p["stop"])
                 and (p["months"] is None or m in p["months"]) and p["cat"] != ADDON]
        if cu and cu["biz"]:
            pool = [p for p in avail if p["cat"] in ("Arrangements", "Sympathy", "Wedding & Events", "Natives")]
            wmain = [p["w"] * (4 if p["cat"] == "Arrangements" else 1) for p in pool]
        else:
            pool = avail
            wmain = [p["w"] * (6 if valentine and p["cat"] == "Roses" else 1) * (3 if mothers and p["cat"] == "Bouquets" else 1)
                     for p in pool]
        n_main = rnd.choices([1, 2, 3], [78, 18, 4])[0]
        chosen = []
        while len(chosen) < n_main:
            p = rnd.choices(pool, wmain)[0]
            if p not in chosen:
                chosen.append(p)
        if rnd.random() < 0.45:
            adds = [p for p in prods if p["cat"] == ADDON and p["launch"] <= ws and (p["stop"] is None or ws < p["stop"])]
            for _ in range(rnd.choices([1, 2], [80, 20])[0]):
                p = rnd.choices(adds, [x["w"] for x in adds])[0]
                if p not in chosen:
                    chosen.append(p)
        no = len(orders) + 1
        tot = 0.0
        for p in chosen:
            q = 1
            if p["name"] in ("Single Red Rose", "Buttonhole", "Corsage", "Bud Vase Set", "Arbour Garland Metre"):
                q = rnd.randint(1, 8)
            elif cu and cu["biz"] and p["cat"] == "Arrangements":
                q = rnd.randint(1, 4)
            elif rnd.random() < 0.06:
                q = 2
            price = p["price"] if ws >= "2025-01-01" else round(p["price"] * 0.95, 2)
            if cu and cu["biz"]:
                price = round(price * 0.9, 2)
            lines.append((no, p["no"], q, price))
            tot += q * price
        if cu and cu["biz"]:
            pay = rnd.choices(["Account", "Card"], [85, 15])[0]
        else:
            pay = {"Walk-in": rnd.choices(["Card", "Cash", "Gift Card"], [74, 21, 5])[0],
                   "Phone": "Card", "Website": rnd.choices(["Card", "PayPal", "Gift Card"], [78, 16, 6])[0]}[chnl]
        # delivery?
        dv = None
        p_deliver = {"Walk-in": 0.08, "Phone": 0.8, "Website": 0.86}[chnl] if not (cu and cu["biz"]) else 0.92
        if rnd.random() < p_deliver:
            if valentine and when.day < 14:
                dd = when.replace(day=14).isoformat()
            else:
                dd = add_days(ws, rnd.choices([0, 1, 2, 3, 5, 7], [40, 36, 10, 6, 5, 3])[0])
            drivers = on_staff(s["no"], dd, ("Delivery Driver",))
            if trading(s, dd) and drivers:
                slot = rnd.choices(["AM", "PM", "Express"], [45, 45, 10])[0] if dd == ws else rnd.choice(["AM", "PM"])
                if cu and rnd.random() < (0.9 if cu["biz"] else 0.4) and cu["state"] == s["state"]:
                    dest = cu["area"]
                else:
                    near = [a[0] for a in areas if a[2] == s["state"]]
                    dest = s["area"] if rnd.random() < 0.3 else rnd.choice(near)
                fee = (12.0 if dest == s["area"] else 16.0) + (2.0 if dd >= "2025-01-01" else 0.0) + (10.0 if slot == "Express" else 0.0)
                if cu and cu["biz"] and dest == cu["area"]:
                    recip = cu["name"]
                else:
                    recip = f"{rnd.choice(AU_FIRST)} {rnd.choice(AU_LAST)}"
                if dd >= "2026-01-01":
                    dstat, driver = "SCH", (rnd.choice(drivers) if dd <= "2026-01-02" else None)
                else:
                    dstat, driver = ("FLD" if rnd.random() < 0.045 else "DLV"), rnd.choice(drivers)
                dv = [no, driver, dest, recip, dd, slot, fee, dstat]
        if dv and dv[7] == "SCH":
            ostat = "PND"
        elif dv:
            ostat = "RFD" if (dv[7] == "FLD" and rnd.random() < 0.4) or rnd.random() < 0.02 else "CMP"
        else:
            ostat = rnd.choices(["CMP", "CAN", "RFD"], [95, 3, 2])[0]
        orders.append([no, s["no"], cu["no"] if cu else None, rnd.choice(takers_now), ws, chnl, pay, ostat, round(tot, 2)])
        if dv:
            delvs.append(dv)
    # number orders by date
    orders.sort(key=lambda o: (o[4], o[1], o[0]))
    remap = {o[0]: k for k, o in enumerate(orders, 1)}
    for o in orders:
        o[0] = remap[o[0]]
    lines = sorted((remap[x[0]],) + x[1:] for x in lines)
    for v in delvs:
        v[0] = remap[v[0]]
    delvs.sort(key=lambda v: (v[4], v[0]))
    con.executemany("INSERT INTO ord VALUES (?,?,?,?,?,?,?,?,?)", [o[:4] + [au(o[4])] + o[5:] for o in orders])
    con.executemany("INSERT INTO ordln VALUES (?,?,?,?)", lines)
    con.executemany("INSERT INTO delv VALUES (?,?,?,?,?,?,?,?,?)",
                    [(k, v[0], v[1], v[2], v[3], au(v[4]), v[5], v[6], v[7]) for k, v in enumerate(delvs, 1)])

    # ---- subscriptions
    subs = []
    base_price = {"Petite": 45.0, "Classic": 65.0, "Luxe": 95.0}
    while len(subs) < 460:
        cu = rnd.choices(custs, [3 if c["biz"] else 1 for c in custs])[0]
        if cu["del"]:
            continue
        s = cu["home"]
        lo = max(cu["joined"], s["open"], "2021-03-01")
        hi = min(s["until"] or "2025-12-20", "2025-12-20")
        if lo >= hi:
            continue
        startd = day(rnd, lo, hi)
        freq = rnd.choices(["Weekly", "Fortnightly", "Monthly"], [30, 40, 30] if not cu["biz"] else [80, 15, 5])[0]
        size = rnd.choices(["Petite", "Classic", "Luxe"], [35, 45, 20] if not cu["biz"] else [5, 35, 60])[0]
        price = base_price[size] - (5.0 if freq == "Weekly" else 0.0) + (5.0 if startd >= "2025-01-01" else 0.0)
        if s["close"]:
            st, endd = "CNX", s["close"] if rnd.random() < 0.7 else day(rnd, add_days(startd, 1), add_days(s["close"], -1))
            if endd <= startd:
                continue
        elif s["until"] and rnd.random() < 0.5:
            st, endd = "PSD", None
        else:
            st = rnd.choices(["ACT", "PSD", "CNX"], [60, 11, 29])[0]
            endd = None
            if st == "CNX":
                if add_days(startd, 28) >= "2025-12-31":
                    continue
                endd = day(rnd, add_days(startd, 28), "2025-12-31")
        subs.append([cu["no"], s["no"], freq, size, price, startd, endd, st])
    subs.sort(key=lambda r: (r[5], r[0]))
    con.executemany("INSERT INTO subscr VALUES (?,?,?,?,?,?,?,?,?)",
                    [(k, r[0], r[1], r[2], r[3], r[4], au(r[5]), au(r[6]), r[7]) for k, r in enumerate(subs, 1)])
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
