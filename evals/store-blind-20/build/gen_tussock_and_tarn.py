"""Tussock & Tarn Outdoor: a (fictional) tramping, camping and snow-gear retailer in the South Island of New Zealand.

Stores: Christchurch (Riccarton), Queenstown, Wānaka and Nelson (opened Saturday 5 October 2024), plus an Online Store
outlet that sells around the clock.  Every store opens 09:00-17:30 every day (Queenstown to 19:00) and closes on 25 December
and 1 January.  Prices are stored EXCLUDING GST (15 %), as a Lightspeed / Vend-style POS keeps them, to 5 decimals.
Tarn Club members get 10 % off, Trade & Guides customers 15 % off (not on Clearance-tagged products).  The Jetboil Flash
went from $299.99 to $329.99 (incl. GST) on 1 January 2025.

Schema style: a Lightspeed X-Series / Vend-like POS API dump loaded into SQLite by a sync tool:
  * lowercase plural snake_case tables (outlets, registers, users, products, sales, sale_line_items, sale_payments ...);
  * every key is a TEXT UUID; human numbers live beside it (invoice_number 'QT-10231', sku, customer_code);
  * sale_date is LOCAL time ISO 8601 with the NZ offset ('2025-03-14T10:22:05+13:00', +12:00 in winter); created_at /
    deleted_at are UTC with a 'Z'.  SQLite's date() on sale_date converts to UTC (the previous day for morning sales);
  * money REAL dollars excluding tax; per-unit price / discount / tax to 5 decimals; line and sale totals to 2;
  * booleans as the TEXT 'true' / 'false'; statuses as upper-case words (CLOSED, VOIDED, SAVED; CONFIRMED, VOIDED lines);
  * self-references: users.manager_id, sales.return_for (a return -> the sale it reverses);
  * many-to-many products <-> tags in product_tags (primary key over the pair);
  * dirty data: customers keyed twice in another case (the copy soft-deleted with deleted_at), trailing spaces, 'Wanaka'
    typed without its macron, NULL e-mails / phones / cities, a product keyed twice in another case, voided sales,
    parked (SAVED) sales, voided lines, returns at another store, a leaver, a store that opened during the data.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, os, random, sqlite3, sys, unicodedata, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import NZ_FIRST, NZ_LAST

SEED = 5120447
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "tussock_and_tarn.sqlite")
D, TD = dt.date, dt.timedelta
START, END = D(2024, 1, 1), D(2025, 12, 31)
R = random.Random(SEED)
GST = 0.15


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


SCHEMA = """
CREATE TABLE outlets (id TEXT PRIMARY KEY, name TEXT NOT NULL, physical_address_1 TEXT, physical_city TEXT, physical_state TEXT, physical_postcode TEXT, time_zone TEXT, created_at TEXT, deleted_at TEXT);
CREATE TABLE registers (id TEXT PRIMARY KEY, name TEXT, outlet_id TEXT REFERENCES outlets(id), is_open TEXT);
CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT, display_name TEXT, email TEXT, account_type TEXT, outlet_id TEXT REFERENCES outlets(id), manager_id TEXT REFERENCES users(id), created_at TEXT, deleted_at TEXT);
CREATE TABLE taxes (id TEXT PRIMARY KEY, name TEXT, rate REAL);
CREATE TABLE brands (id TEXT PRIMARY KEY, name TEXT);
CREATE TABLE suppliers (id TEXT PRIMARY KEY, name TEXT, email TEXT, country TEXT);
CREATE TABLE product_types (id TEXT PRIMARY KEY, name TEXT);
CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT);
CREATE TABLE products (id TEXT PRIMARY KEY, handle TEXT, sku TEXT, name TEXT, brand_id TEXT REFERENCES brands(id), supplier_id TEXT REFERENCES suppliers(id), product_type_id TEXT REFERENCES product_types(id), tax_id TEXT REFERENCES taxes(id), supply_price REAL, price_excluding_tax REAL, active TEXT, created_at TEXT, updated_at TEXT);
CREATE TABLE product_tags (product_id TEXT NOT NULL REFERENCES products(id), tag_id TEXT NOT NULL REFERENCES tags(id), PRIMARY KEY (product_id, tag_id));
CREATE TABLE customer_groups (id TEXT PRIMARY KEY, name TEXT, group_discount REAL);
CREATE TABLE customers (id TEXT PRIMARY KEY, customer_code TEXT, first_name TEXT, last_name TEXT, email TEXT, mobile TEXT, physical_city TEXT, physical_state TEXT, customer_group_id TEXT REFERENCES customer_groups(id), enable_loyalty TEXT, created_at TEXT, deleted_at TEXT);
CREATE TABLE payment_types (id TEXT PRIMARY KEY, name TEXT);
CREATE TABLE sales (id TEXT PRIMARY KEY, outlet_id TEXT REFERENCES outlets(id), register_id TEXT REFERENCES registers(id), user_id TEXT REFERENCES users(id), customer_id TEXT REFERENCES customers(id), invoice_number TEXT, sale_date TEXT, created_at TEXT, status TEXT, total_price REAL, total_tax REAL, return_for TEXT REFERENCES sales(id), source TEXT, note TEXT);
CREATE TABLE sale_line_items (id TEXT PRIMARY KEY, sale_id TEXT REFERENCES sales(id), sequence INTEGER, product_id TEXT REFERENCES products(id), quantity REAL, price REAL, discount REAL, tax REAL, total_price REAL, total_tax REAL, is_return TEXT, status TEXT);
CREATE TABLE sale_payments (id TEXT PRIMARY KEY, sale_id TEXT REFERENCES sales(id), payment_type_id TEXT REFERENCES payment_types(id), amount REAL, payment_date TEXT);
"""

# code, name, address, city, region, postcode, opened, daily mean sales, close minute
OUTLETS = [("CH", "Tussock & Tarn Christchurch", "129 Riccarton Road", "Christchurch", "Canterbury", "8041", D(2014, 8, 2), 4.0, 17 * 60 + 30),
           ("QT", "Tussock & Tarn Queenstown", "22 Shotover Street", "Queenstown", "Otago", "9300", D(2016, 11, 5), 3.5, 19 * 60),
           ("WK", "Tussock & Tarn Wānaka", "14 Helwick Street", "Wānaka", "Otago", "9305", D(2019, 9, 28), 2.3, 17 * 60 + 30),
           ("NE", "Tussock & Tarn Nelson", "88 Trafalgar Street", "Nelson", "Nelson", "7010", D(2024, 10, 5), 2.0, 17 * 60 + 30),
           ("WEB", "Online Store", None, "Christchurch", "Canterbury", "8041", D(2018, 3, 1), 1.5, None)]

BRANDS = ["Macpac", "Icebreaker", "Osprey", "MSR", "Jetboil", "Salomon", "Merrell", "Black Diamond", "Sea to Summit",
          "Back Country Cuisine", "Garmin", "Rab", "Tussock & Tarn"]
SUPPLIERS = [("Macpac Wholesale", "NZ"), ("Icebreaker NZ", "NZ"), ("Outdoor Agencies NZ", "NZ"), ("Spelean", "AU"),
             ("Back Country Cuisine Ltd", "NZ"), ("Garmin New Zealand", "NZ"), ("Southern Alps Textiles", "NZ")]
BRAND_SUP = {"Macpac": 0, "Icebreaker": 1, "Osprey": 2, "MSR": 3, "Jetboil": 3, "Salomon": 2, "Merrell": 2, "Black Diamond": 3,
             "Sea to Summit": 3, "Back Country Cuisine": 4, "Garmin": 5, "Rab": 2, "Tussock & Tarn": 6}
TYPES = ["Tents & Shelters", "Sleeping", "Packs", "Footwear", "Jackets & Shells", "Merino & Base Layers", "Cooking",
         "Navigation & Safety", "Food", "Accessories", "Snow"]
TAGS = ["Waterproof", "Ultralight", "NZ Made", "Kids", "Clearance", "Vegan"]
# name, brand, type, price incl GST, weight (popularity), tags, season ('W' winter only Jun-Sep, 'S' summer boost)
PRODUCTS = [
    ("Macpac Minaret 2 Tent", "Macpac", 0, 899.99, 3, ["Waterproof"], "S"),
    ("Macpac Duolight Tent", "Macpac", 0, 749.99, 2, ["Waterproof", "Ultralight"], "S"),
    ("MSR Hubba Hubba 2", "MSR", 0, 999.99, 2, ["Ultralight"], "S"),
    ("Sea to Summit Escapist Tarp", "Sea to Summit", 0, 329.99, 2, ["Ultralight"], "S"),
    ("Tussock & Tarn Fly Sheet", "Tussock & Tarn", 0, 149.99, 2, ["NZ Made"], "S"),
    ("Macpac Epic 400 Sleeping Bag", "Macpac", 1, 649.99, 3, [], ""),
    ("Macpac Sanctuary 500 Sleeping Bag", "Macpac", 1, 799.99, 2, [], "W"),
    ("Sea to Summit Ether Light Mat", "Sea to Summit", 1, 299.99, 4, ["Ultralight"], ""),
    ("Sea to Summit Aeros Pillow", "Sea to Summit", 1, 69.99, 6, ["Ultralight"], ""),
    ("Kids Tui Sleeping Bag", "Tussock & Tarn", 1, 129.99, 2, ["Kids"], "S"),
    ("Osprey Exos 48", "Osprey", 2, 429.99, 3, ["Ultralight"], ""),
    ("Osprey Talon 22", "Osprey", 2, 229.99, 5, [], ""),
    ("Macpac Cascade 65", "Macpac", 2, 599.99, 3, ["Waterproof"], ""),
    ("Macpac Weka 30", "Macpac", 2, 249.99, 3, ["NZ Made"], ""),
    ("Kids Piwakawaka Daypack", "Tussock & Tarn", 2, 59.99, 3, ["Kids"], ""),
    ("Salomon X Ultra 4 GTX", "Salomon", 3, 329.99, 5, ["Waterproof"], ""),
    ("Merrell Moab 3 Mid", "Merrell", 3, 279.99, 5, ["Vegan"], ""),
    ("Salomon Speedcross 6", "Salomon", 3, 289.99, 4, [], ""),
    ("Merrell Moab Speed Kids", "Merrell", 3, 139.99, 2, ["Kids"], ""),
    ("Macpac Pisgah Rain Jacket", "Macpac", 4, 449.99, 5, ["Waterproof"], ""),
    ("Rab Microlight Alpine Down Jacket", "Rab", 4, 499.99, 4, [], "W"),
    ("Macpac Mistral Rain Jacket", "Macpac", 4, 199.99, 6, ["Waterproof"], ""),
    ("Rab Kinetic Alpine 2.0", "Rab", 4, 399.99, 3, ["Waterproof"], ""),
    ("Kids Kea Rain Jacket", "Tussock & Tarn", 4, 99.99, 3, ["Kids", "Waterproof"], ""),
    ("Icebreaker 200 Oasis Long Sleeve Crewe", "Icebreaker", 5, 159.99, 8, ["NZ Made"], ""),
    ("Icebreaker 260 Tech Leggings", "Icebreaker", 5, 169.99, 6, [], "W"),
    ("Icebreaker Merino Hike Crew Socks", "Icebreaker", 5, 39.99, 12, [], ""),
    ("Tussock & Tarn Merino Beanie", "Tussock & Tarn", 5, 49.99, 9, ["NZ Made"], "W"),
    ("Icebreaker Cool-Lite Tee", "Icebreaker", 5, 119.99, 6, [], "S"),
    ("Jetboil Flash Cooking System", "Jetboil", 6, 329.99, 4, [], ""),
    ("MSR PocketRocket 2 Stove", "MSR", 6, 109.99, 5, ["Ultralight"], ""),
    ("Jetpower Gas Canister 230g", "Jetboil", 6, 14.99, 14, [], ""),
    ("Sea to Summit X-Mug", "Sea to Summit", 6, 24.99, 6, [], ""),
    ("MSR Titan Kettle", "MSR", 6, 129.99, 2, ["Ultralight"], ""),
    ("Garmin inReach Mini 2", "Garmin", 7, 749.00, 3, [], ""),
    ("Personal Locator Beacon Hire (per trip)", "Tussock & Tarn", 7, 40.00, 5, [], ""),
    ("Black Diamond Spot 400 Headlamp", "Black Diamond", 7, 89.99, 8, ["Waterproof"], ""),
    ("Topo50 Map Sheet", "Tussock & Tarn", 7, 12.99, 7, ["NZ Made"], ""),
    ("First Aid Kit Tramper", "Tussock & Tarn", 7, 54.99, 5, [], ""),
    ("Back Country Cuisine Beef Teriyaki", "Back Country Cuisine", 8, 15.49, 14, ["NZ Made"], ""),
    ("Back Country Cuisine Roast Chicken", "Back Country Cuisine", 8, 15.49, 12, ["NZ Made"], ""),
    ("Back Country Cuisine Mexican Vegetarian", "Back Country Cuisine", 8, 14.99, 9, ["NZ Made", "Vegan"], ""),
    ("Back Country Cuisine Apple Crumble", "Back Country Cuisine", 8, 12.99, 8, ["NZ Made"], ""),
    ("Scroggin Trail Mix 500g", "Tussock & Tarn", 8, 11.99, 10, ["NZ Made", "Vegan"], ""),
    ("Black Diamond Trail Trekking Poles", "Black Diamond", 9, 189.99, 4, [], ""),
    ("Sea to Summit Dry Bag 20L", "Sea to Summit", 9, 49.99, 7, ["Waterproof"], ""),
    ("Sandfly Repellent 100ml", "Tussock & Tarn", 9, 16.99, 11, ["NZ Made"], "S"),
    ("Sunscreen SPF50 200ml", "Tussock & Tarn", 9, 19.99, 8, [], "S"),
    ("Black Diamond Crag Gloves", "Black Diamond", 9, 69.99, 3, [], ""),
    ("Microspikes Traction", "Tussock & Tarn", 10, 119.99, 4, [], "W"),
    ("Black Diamond Ski Goggles", "Black Diamond", 10, 179.99, 4, [], "W"),
    ("Salomon Ski Helmet", "Salomon", 10, 249.99, 3, [], "W"),
    ("Avalanche Transceiver", "Black Diamond", 10, 599.99, 2, [], "W"),
    ("Snow Shovel Compact", "Black Diamond", 10, 119.99, 2, [], "W"),
    ("Ski Wax Universal", "Tussock & Tarn", 10, 24.99, 5, [], "W"),
    ("Macpac Halo Fleece", "Macpac", 4, 149.99, 5, ["Clearance"], ""),
    ("Osprey Daylite Plus", "Osprey", 2, 119.99, 4, ["Clearance"], ""),
    ("Icebreaker Tech Lite Tee", "Icebreaker", 5, 99.99, 5, ["Clearance"], "S"),
]
# the same product keyed twice (legacy upper-case copy, deactivated 1 July 2024)
DUP_OLD = ("BLACK DIAMOND SPOT 400 HEADLAMP", "Black Diamond", 7, 89.99, 0, ["Waterproof"], "")
JETBOIL_OLD, JETBOIL_NEW, JETBOIL_DAY = 299.99, 329.99, D(2025, 1, 1)
DUP_SWITCH = D(2024, 7, 1)

GROUPS = [("All Customers", 0.0), ("Tarn Club", 0.10), ("Trade & Guides", 0.15)]
PAYS = ["Cash", "EFTPOS", "Credit Card", "Gift Card", "Afterpay"]
CITIES = [("Christchurch", "Canterbury", 30), ("Rolleston", "Canterbury", 4), ("Rangiora", "Canterbury", 3), ("Ashburton", "Canterbury", 2),
          ("Queenstown", "Otago", 14), ("Arrowtown", "Otago", 3), ("Cromwell", "Otago", 4), ("Wānaka", "Otago", 8), ("Wanaka", "Otago", 4),
          ("Dunedin", "Otago", 5), ("Nelson", "Nelson", 8), ("Richmond", "Tasman", 4), ("Motueka", "Tasman", 2),
          ("Richmond", "Canterbury", 2), ("Auckland", "Auckland", 4), ("Wellington", "Wellington", 3)]
STORE_CITY = {"CH": ["Christchurch", "Rolleston", "Rangiora", "Ashburton", "Richmond"], "QT": ["Queenstown", "Arrowtown", "Cromwell"],
              "WK": ["Wānaka", "Wanaka", "Cromwell"], "NE": ["Nelson", "Richmond", "Motueka"]}


def nz_offset(d):
    """+13 (NZDT) from the last Sunday of September to the first Sunday of April, else +12 (NZST); by shop-hours date."""
    last_sep = max(D(d.year, 9, x) for x in range(24, 31) if D(d.year, 9, x).weekday() == 6)
    first_apr = min(D(d.year, 4, x) for x in range(1, 8) if D(d.year, 4, x).weekday() == 6)
    return 13 if (d >= last_sep or d < first_apr) else 12


def iso_local(d, minute, sec):
    off = nz_offset(d)
    return f"{d.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:{sec:02d}+{off:02d}:00"


def iso_utc(d, minute, sec):
    off = nz_offset(d)
    t = dt.datetime(d.year, d.month, d.day, minute // 60, minute % 60, sec) - TD(hours=off)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def r5(x):
    return round(x + 1e-12, 5)


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    ins = lambda t, row: con.execute(f"INSERT INTO {t} VALUES ({','.join('?' * len(row))})", row)

    outlet_id, registers = {}, {}
    for code, name, adr, city, reg, pc, opened, _, _ in OUTLETS:
        outlet_id[code] = uid()
        ins("outlets", (outlet_id[code], name, adr, city, reg, pc, "Pacific/Auckland", iso_utc(opened - TD(days=20), 10 * 60, 0), None))
        n_reg = 2 if code in ("CH", "QT") else 1
        registers[code] = []
        for i in range(n_reg):
            rid = uid()
            registers[code].append(rid)
            ins("registers", (rid, "Web Register" if code == "WEB" else f"{city} Till {i + 1}", outlet_id[code], "true"))

    # ---- staff
    users = []  # (id, display, outlet, role, start, end, weekend)

    def add_user(display, outlet, acct, mgr, start, end=None):
        u = uid()
        first = unicodedata.normalize("NFKD", display.split()[0].lower()).encode("ascii", "ignore").decode()
        ins("users", (u, f"{first}." + unicodedata.normalize("NFKD", display.split()[-1].lower()).encode("ascii", "ignore").decode(), display, f"{first}@tussockandtarn.co.nz", acct,
                      outlet_id[outlet] if outlet else None, mgr, iso_utc(start, 9 * 60, 0), iso_utc(end, 18 * 60, 0) if end else None))
        users.append((u, display, outlet, acct, start, end))
        return u
    owner = add_user("Hamish Mackenzie", None, "admin", None, D(2014, 3, 1))
    mgr = {"CH": add_user("Aroha Ngata", "CH", "manager", owner, D(2015, 2, 9)),
           "QT": add_user("Lachlan Fraser", "QT", "manager", owner, D(2016, 10, 3)),
           "WK": add_user("Mīria Tāwhai", "WK", "manager", owner, D(2019, 8, 19)),
           "NE": add_user("Sione Taufa", "NE", "manager", owner, D(2024, 8, 12))}
    web_lead = add_user("Priya Sharma", "WEB", "manager", owner, D(2018, 1, 15))
    staff_names = {"CH": ["Olivia Brown", "Tevita Fifita", "Wei Chen", "Grace Campbell", "Finn Robertson"],
                   "QT": ["Søren Ødegaard", "Ruby Walker", "Hōhepa Parata", "Zoë Lefèvre", "Jack Stewart"],
                   "WK": ["Isla Kerr", "Rāwiri Pōtae", "Mason Reid"],
                   "NE": ["Malia Leota", "Noah Wilson", "Anjali Patel"]}
    staff = {}
    for code, names in staff_names.items():
        staff[code] = []
        for i, n in enumerate(names):
            start = D(2024, 9, 1) if code == "NE" else D(2021 + i % 3, 2 + i, 3 + 2 * i)
            end = D(2025, 4, 30) if n == "Finn Robertson" else (D(2024, 11, 15) if n == "Jack Stewart" else None)
            staff[code].append(add_user(n, code, "cashier", mgr[code], start, end))
    staff["WEB"] = [add_user("Ji-yeon Park", "WEB", "cashier", web_lead, D(2020, 5, 4))]
    uinfo = {u[0]: u for u in users}
    # Jack Stewart's replacement in Queenstown
    staff["QT"].append(add_user("Kahu Hōri", "QT", "cashier", mgr["QT"], D(2024, 11, 18)))
    uinfo = {u[0]: u for u in users}

    tax_id = uid()
    ins("taxes", (tax_id, "GST", GST))
    ins("taxes", (uid(), "No Tax", 0.0))
    brand_id = {b: uid() for b in BRANDS}
    for b in BRANDS:
        ins("brands", (brand_id[b], b))
    sup_id = []
    for n, c in SUPPLIERS:
        sup_id.append(uid())
        ins("suppliers", (sup_id[-1], n, f"orders@{n.split()[0].lower()}.co.nz", c))
    type_id = [uid() for _ in TYPES]
    for i, t in enumerate(TYPES):
        ins("product_types", (type_id[i], t))
    tag_id = {t: uid() for t in TAGS}
    for t in TAGS:
        ins("tags", (tag_id[t], t))

    prods = []  # dict
    for k, p in enumerate(PRODUCTS + [DUP_OLD]):
        name, brand, ti, price, w, tags, season = p
        pid = uid()
        sku = f"TT{10000 + 37 * k}"
        ex = r5(price / (1 + GST))
        active = "false" if p is DUP_OLD else "true"
        created = D(2023, 1 + k % 12, 1 + k % 27) if p is not DUP_OLD else D(2019, 5, 2)
        ins("products", (pid, name.lower().replace(" ", "-").replace("&", "and"), sku, name, brand_id[brand], sup_id[BRAND_SUP[brand]], type_id[ti], tax_id,
                         r2(price / (1 + GST) * (0.48 + 0.1 * R.random())), ex, active, iso_utc(created, 9 * 60, 0),
                         iso_utc(JETBOIL_DAY if "Jetboil Flash" in name else (DUP_SWITCH if p is DUP_OLD else created), 8 * 60, 0)))
        for t in tags:
            ins("product_tags", (pid, tag_id[t]))
        prods.append(dict(id=pid, name=name, price=price, w=w, season=season, clear="Clearance" in tags, kids="Kids" in tags, old=p is DUP_OLD))
    headlamp_new = next(p for p in prods if p["name"] == "Black Diamond Spot 400 Headlamp")
    headlamp_old = prods[-1]

    # ---- customers
    group_id = [uid() for _ in GROUPS]
    for i, (g, disc) in enumerate(GROUPS):
        ins("customer_groups", (group_id[i], g, disc))
    customers = []  # (id, group index, home store, created date)
    city_w = [c[2] for c in CITIES]
    used_emails = set()
    for n in range(1, 1151):
        fn, ln = R.choice(NZ_FIRST), R.choice(NZ_LAST)
        city, region, _ = R.choices(CITIES, city_w)[0]
        home = next((s for s, cs in STORE_CITY.items() if city in cs and (s != "NE" or region != "Canterbury") and not (s == "CH" and region == "Tasman")), "WEB")
        g = R.choices([0, 1, 2], [55, 38, 7])[0]
        created = START - TD(days=R.randint(30, 2500)) if R.random() < 0.55 else START + TD(days=R.randint(0, 700))
        if home == "NE" and created < D(2024, 10, 5):
            created = D(2024, 10, 5) + TD(days=R.randint(0, 400))
        email = f"{fn}.{ln}".lower().replace(" ", "").replace("'", "") + f"{R.randint(1, 99)}@" + R.choice(["gmail.com", "xtra.co.nz", "outlook.com", "icloud.com"])
        if email in used_emails or R.random() < 0.18:
            email = None
        used_emails.add(email)
        mob = f"02{R.choice('127')} {R.randint(100, 999)} {R.randint(1000, 9999)}" if R.random() < 0.9 else None
        last = ln + " " if R.random() < 0.03 else ln
        cty = None if R.random() < 0.04 else city
        cid = uid()
        ins("customers", (cid, f"TT-{n:05d}", fn, last, email, mob, cty, region if cty else None, group_id[g], "true" if g == 1 else "false",
                          iso_utc(created, 10 * 60 + R.randint(0, 400), R.randint(0, 59)), None))
        customers.append((cid, g, home, created, fn, last))
    # duplicates keyed again in another case and soft-deleted (never used on a sale)
    for k in range(12):
        cid0, g, home, created, fn, ln = customers[40 + 61 * k]
        ins("customers", (uid(), f"TT-{1151 + k:05d}", fn.upper(), ln.upper(), None, None, None, None, group_id[0], "false",
                          iso_utc(created + TD(days=3), 11 * 60, 5), iso_utc(created + TD(days=30), 9 * 60, 0)))
    by_home = {}
    for c in customers:
        by_home.setdefault(c[2], []).append(c)

    pay_id = [uid() for _ in PAYS]
    for i, p in enumerate(PAYS):
        ins("payment_types", (pay_id[i], p))

    # ---- sales
    inv_no = {code: 10000 for code, *_ in OUTLETS}
    sold = []  # (sale id, outlet, date, customer, lines[(product, qty, price, disc, tax)], paytype)
    day = START
    while day <= END:
        m = day.month
        summer = m in (12, 1, 2, 3)
        winter = m in (6, 7, 8, 9)
        for code, oname, _, _, _, _, opened, mean, close in OUTLETS:
            if day < opened or (code != "WEB" and (day.month, day.day) in ((12, 25), (1, 1))):
                continue
            f = mean * (1.35 if summer and code in ("CH", "NE") else 1.0) * (1.5 if winter and code in ("QT", "WK") else 1.0)
            f *= 1.25 if day.weekday() >= 5 and code != "WEB" else 1.0
            f *= 1.6 if (m == 12 and 10 <= day.day <= 24) else 1.0
            n = max(0, int(R.gauss(f, f ** 0.5) + 0.5))
            slots = sorted(R.sample(range(9 * 60 + 2, close - 3), n) if code != "WEB" else R.sample(range(0, 24 * 60), n))
            on_duty = [u for u in staff[code] + ([mgr[code]] if code in mgr else []) if uinfo[u][4] <= day and (uinfo[u][5] is None or uinfo[u][5] >= day)]
            if code == "CH" and day.weekday() == 5 and R.random() < 0.3:
                on_duty = on_duty + [owner]
            for minute in slots:
                sid = uid()
                inv_no[code] += 1
                user = R.choice(on_duty)
                cust = None
                if R.random() < (0.55 if code != "WEB" else 1.0):
                    pool = [c for c in by_home.get(code if code != "WEB" else R.choice(["WEB", "CH", "QT"]), []) if c[3] <= day]
                    if pool:
                        cust = R.choice(pool)
                disc_rate = GROUPS[cust[1]][1] if cust else 0.0
                avail = [p for p in prods if (p["season"] != "W" or winter or code == "WEB") and
                         (p is not headlamp_old or day < DUP_SWITCH) and (p is not headlamp_new or day >= DUP_SWITCH or code in ("QT", "WEB"))]
                weights = [p["w"] * (2.0 if (p["season"] == "S" and summer) else 1.0) * (2.5 if p["season"] == "W" and winter else 1.0) for p in avail]
                if day < DUP_SWITCH and code not in ("QT", "WEB"):
                    weights = [w + (5 if p is headlamp_old else 0) for p, w in zip(avail, weights)]
                nl = R.choices([1, 2, 3, 4], [50, 30, 14, 6])[0]
                chosen = []
                for p in R.choices(avail, weights, k=nl):
                    if p not in chosen:
                        chosen.append(p)
                lines = []
                for p in chosen:
                    price = p["price"]
                    if "Jetboil Flash" in p["name"]:
                        price = JETBOIL_OLD if day < JETBOIL_DAY else JETBOIL_NEW
                    qty = R.choices([1, 2, 3, 4], [70, 18, 7, 5])[0] if p["price"] < 25 else (1 if R.random() < 0.93 else 2)
                    full = price / (1 + GST)
                    d = 0.0 if p["clear"] else disc_rate
                    unit = r5(full * (1 - d))
                    lines.append([p, qty, unit, r5(full - unit), r5(unit * GST)])
                status = "CLOSED"
                rr = R.random()
                if rr < 0.012:
                    status = "VOIDED"
                elif rr < 0.018 and code != "WEB":
                    status = "SAVED"
                pt = (1 if R.random() < 0.5 else 2) if code == "WEB" else R.choices([0, 1, 2, 3, 4], [12, 55, 22, 5, 6])[0]
                vseq = len(lines) if status == "CLOSED" and len(lines) > 1 and R.random() < 0.05 else 0
                sold.append(dict(id=sid, code=code, day=day, minute=minute, sec=R.randint(0, 59), user=user, cust=cust, lines=lines, status=status,
                                 inv=f"{code}-{inv_no[code]}", pt=pt, vseq=vseq))
        day += TD(days=1)

    # returns: ~2.2 % of closed sales, 1-30 days later, mostly at the same store, some at another
    returns = []
    for s in sold:
        if s["status"] != "CLOSED" or R.random() > 0.03:
            continue
        rday = s["day"] + TD(days=R.randint(1, 30))
        if rday > END or (rday.month, rday.day) in ((12, 25), (1, 1)):
            continue
        rcode = s["code"]
        if rcode == "WEB" or R.random() < 0.12:
            rcode = R.choice([c for c in ("CH", "QT", "WK", "NE") if c != s["code"] and (c != "NE" or rday >= D(2024, 10, 5))])
        on_duty = [u for u in staff[rcode] + [mgr[rcode]] if uinfo[u][4] <= rday and (uinfo[u][5] is None or uinfo[u][5] >= rday)]
        ln = R.choice(s["lines"][:len(s["lines"]) - (1 if s["vseq"] else 0)])
        close = next(o[8] for o in OUTLETS if o[0] == rcode)
        inv_no[rcode] += 1
        returns.append(dict(id=uid(), code=rcode, day=rday, minute=R.randint(9 * 60 + 5, close - 5), sec=R.randint(0, 59), user=R.choice(on_duty),
                            cust=s["cust"], lines=[[ln[0], -ln[1], ln[2], ln[3], ln[4]]], status="CLOSED", inv=f"{rcode}-{inv_no[rcode]}",
                            pt=s["pt"] if s["pt"] != 4 else 2, orig=s["id"]))
    allsales = sorted(sold + returns, key=lambda s: (s["day"], s["minute"], s["sec"], s["inv"]))
    nvoidline = 0
    for s in allsales:
        code = s["code"]
        reg = registers[code][0] if len(registers[code]) == 1 or R.random() < 0.6 else registers[code][1]
        tot = tax = 0.0
        line_rows = []
        for seq, (p, qty, unit, disc, utax) in enumerate(s["lines"], 1):
            lstat = "CONFIRMED"
            if seq == s.get("vseq"):
                lstat = "VOIDED"
                nvoidline += 1
            lt, ltx = r2(qty * unit), r2(qty * utax)
            if lstat == "CONFIRMED":
                tot += lt
                tax += ltx
            line_rows.append((uid(), s["id"], seq, p["id"], float(qty), unit, disc, utax, lt, ltx, "true" if qty < 0 else "false", lstat))
        tot, tax = r2(tot), r2(tax)
        mm = s["minute"] if code == "WEB" else s["minute"]
        ins("sales", (s["id"], outlet_id[code], reg, s["user"], s["cust"][0] if s["cust"] else None, s["inv"], iso_local(s["day"], mm, s["sec"]),
                      iso_utc(s["day"], mm, s["sec"]), s["status"], tot, tax, s.get("orig"), "ECOM" if code == "WEB" else "USER",
                      "Parked - customer coming back" if s["status"] == "SAVED" else None))
        for row in line_rows:
            ins("sale_line_items", row)
        if s["status"] == "CLOSED":
            total = r2(tot + tax)
            if s["pt"] == 3 and total > 50 and "orig" not in s:
                gc = float(R.choice([25, 50]))
                ins("sale_payments", (uid(), s["id"], pay_id[3], gc, iso_utc(s["day"], mm, s["sec"])))
                ins("sale_payments", (uid(), s["id"], pay_id[1], r2(total - gc), iso_utc(s["day"], mm, s["sec"])))
            else:
                ins("sale_payments", (uid(), s["id"], pay_id[s["pt"]], total, iso_utc(s["day"], mm, s["sec"])))
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
