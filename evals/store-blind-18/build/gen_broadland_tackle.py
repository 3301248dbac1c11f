"""Broadland Tackle: a (fictional) fishing tackle and bait business in Norfolk and Suffolk.

Shops (Shopify POS locations): Wroxham (on the Broads; Sundays only from April to September), Norwich, Great Yarmouth
(sea tackle and bait, open every day) and Lowestoft (opened on Saturday 1 March 2025).  An online warehouse location
in Norwich ships the website's orders and never sells over a till.  Every shop is closed on 25-26 December and
1 January.  Rods, reels, line, terminal tackle, live and frozen bait (shops only), groundbait, clothing, luggage and
seating, and day tickets / season permits for the company's own lakes (not VAT-able, shops only).

Schema style: a SHOPIFY store copied into SQLite by a small sync script that writes each REST Admin API resource as
a table, field for field:
  * plural resource tables (orders, line_items, refunds, refund_line_items, transactions, customers,
    customer_addresses, products, variants, custom_collections, collects, locations, users, shipping_lines,
    discount_codes); Shopify's own 13-digit ids;
  * money exactly as the API sends it: decimal STRINGS ('12.50') in TEXT columns;
  * timestamps as ISO 8601 in shop time WITH offset ('2024-07-14T10:22:31+01:00');
  * taxes included in prices (UK VAT 20 %); total_tax is the VAT inside total_price;
  * refunds are separate objects (refunds + refund_line_items), refund transactions have kind 'refund' and a
    POSITIVE amount, parent_id pointing at the sale transaction (self-reference);
  * orders keep their original total_price; current_total_price is after refunds;
  * cancelled orders (cancelled_at, financial_status 'voided') and test orders (test = 1) stay in the table;
  * tags as one comma-separated string; products archived through status; the product <-> collection
    many-to-many table 'collects'; the customer address flag is a column literally called "default".

Standard library only; fixed seed; deterministic output."""
import os, random, sqlite3, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import EAST_FIRST, EAST_LAST

SEED = 5120934
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "broadland_tackle.sqlite")
D, DT, TD = dt.date, dt.datetime, dt.timedelta
START, END = D(2024, 1, 2), D(2025, 12, 31)
SYNC = "2026-01-02T06:00:00+00:00"
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE locations (id INTEGER PRIMARY KEY, name TEXT, address1 TEXT, city TEXT, zip TEXT, province TEXT, country_code TEXT, phone TEXT, active INTEGER, created_at TEXT, updated_at TEXT);
CREATE TABLE users (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, phone TEXT, account_owner INTEGER, user_type TEXT, locale TEXT, created_at TEXT, updated_at TEXT);
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, first_name TEXT, last_name TEXT, phone TEXT, accepts_marketing INTEGER, state TEXT, tags TEXT, note TEXT, orders_count INTEGER, total_spent TEXT, created_at TEXT, updated_at TEXT);
CREATE TABLE customer_addresses (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), address1 TEXT, city TEXT, province TEXT, zip TEXT, country_code TEXT, "default" INTEGER);
CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT, handle TEXT, vendor TEXT, product_type TEXT, tags TEXT, status TEXT, created_at TEXT, updated_at TEXT, published_at TEXT);
CREATE TABLE variants (id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES products(id), title TEXT, sku TEXT, price TEXT, compare_at_price TEXT, option1 TEXT, option2 TEXT, position INTEGER, taxable INTEGER, grams INTEGER, inventory_quantity INTEGER, created_at TEXT, updated_at TEXT);
CREATE TABLE custom_collections (id INTEGER PRIMARY KEY, title TEXT, handle TEXT, published_at TEXT, updated_at TEXT);
CREATE TABLE collects (id INTEGER PRIMARY KEY, collection_id INTEGER REFERENCES custom_collections(id), product_id INTEGER REFERENCES products(id), position INTEGER, created_at TEXT, UNIQUE (collection_id, product_id));
CREATE TABLE orders (id INTEGER PRIMARY KEY, name TEXT, order_number INTEGER, email TEXT, customer_id INTEGER REFERENCES customers(id), location_id INTEGER REFERENCES locations(id), user_id INTEGER REFERENCES users(id), source_name TEXT, created_at TEXT, processed_at TEXT, cancelled_at TEXT, cancel_reason TEXT, financial_status TEXT, fulfillment_status TEXT, currency TEXT, taxes_included INTEGER, test INTEGER, subtotal_price TEXT, total_discounts TEXT, total_tax TEXT, total_price TEXT, current_total_price TEXT, tags TEXT, note TEXT);
CREATE INDEX idx_orders_customer ON orders(customer_id);
CREATE TABLE line_items (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), product_id INTEGER REFERENCES products(id), variant_id INTEGER REFERENCES variants(id), title TEXT, variant_title TEXT, sku TEXT, quantity INTEGER, price TEXT, total_discount TEXT, taxable INTEGER);
CREATE TABLE discount_codes (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), code TEXT, amount TEXT, type TEXT);
CREATE TABLE shipping_lines (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), title TEXT, code TEXT, price TEXT);
CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), user_id INTEGER REFERENCES users(id), created_at TEXT, note TEXT, restock INTEGER);
CREATE TABLE refund_line_items (id INTEGER PRIMARY KEY, refund_id INTEGER REFERENCES refunds(id), line_item_id INTEGER REFERENCES line_items(id), quantity INTEGER, subtotal TEXT, total_tax TEXT, restock_type TEXT);
CREATE TABLE transactions (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), refund_id INTEGER REFERENCES refunds(id), parent_id INTEGER REFERENCES transactions(id), kind TEXT, gateway TEXT, status TEXT, amount TEXT, currency TEXT, created_at TEXT);
"""

BANK = {D(2024, 1, 1), D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 12, 25), D(2025, 12, 26)}


def bst(d):
    def last_sun(y, m):
        x = D(y, m, 31)
        return x - TD(days=(x.weekday() + 1) % 7)
    return last_sun(d.year, 3) <= d < last_sun(d.year, 10)


def stamp(d, secs):
    off = "+01:00" if bst(d) else "+00:00"
    h, rem = divmod(secs, 3600)
    return f"{d.isoformat()}T{h:02d}:{rem // 60:02d}:{rem % 60:02d}{off}"


def vat(pence):
    """The VAT inside a VAT-inclusive amount (1/6), rounded half-up to the penny, in pounds."""
    return ((2 * pence + 6) // 12) / 100


def money(x):
    return f"{x:.2f}"


def days():
    d = START
    while d <= END:
        yield d
        d += TD(days=1)


# ---------------------------------------------------------------- locations
LOCS = [  # id, name, address, city, zip, phone, opened
    (61734205001, "Wroxham", "12 The Bridge, Station Road", "Hoveton", "NR12 8UR", "01603 782114", D(2015, 4, 1)),
    (61734205002, "Norwich", "88 Magdalen Street", "Norwich", "NR3 1JB", "01603 619440", D(2009, 9, 1)),
    (61734205003, "Great Yarmouth", "4 South Quay", "Great Yarmouth", "NR30 2QH", "01493 855021", D(2012, 3, 1)),
    (61734205004, "Lowestoft", "21 Battery Green Road", "Lowestoft", "NR32 1DE", "01502 565390", D(2025, 3, 1)),
    (61734205005, "Online Warehouse", "Unit 7, Sweet Briar Road Industrial Estate", "Norwich", "NR6 5AP", "01603 400917", D(2019, 1, 1)),
]
WROX, NOR, YAR, LOW, WEB_LOC = [l[0] for l in LOCS]


def trades(loc, d):
    if d in BANK:
        return False
    if loc == LOW and d < D(2025, 3, 1):
        return False
    if loc == WROX and d.weekday() == 6 and not (4 <= d.month <= 9):
        return False
    if loc == NOR and d.weekday() == 6:
        return False
    if loc == WEB_LOC:
        return False
    return True


# ---------------------------------------------------------------- products
# title, type, vendor, tags, [(option, price)], taxable, channel ('all' / 'pos'), style ('coarse'/'sea'/'both'), weight, created, archived_after
P = [
    ("Shimano Aero X5 Float Rod", "Rods", "Shimano", "Coarse", [("13ft", 139.99), ("15ft", 159.99)], 1, "all", "coarse", 2, D(2021, 2, 1), None),
    ("Daiwa Ninja X Feeder Rod", "Rods", "Daiwa", "Coarse, Feeder", [("10ft", 59.99), ("11ft", 64.99), ("12ft", 69.99)], 1, "all", "coarse", 3, D(2020, 5, 1), D(2025, 6, 30)),
    ("Drennan Vertex Carp Feeder Rod", "Rods", "Drennan", "Coarse, Feeder, Carp", [("10ft", 129.00), ("11ft", 139.00)], 1, "all", "coarse", 2, D(2022, 1, 10), None),
    ("Penn Squadron III Beach Rod", "Rods", "Penn", "Sea, Beach", [("13ft", 119.99), ("15ft", 134.99)], 1, "all", "sea", 3, D(2021, 8, 1), None),
    ("Korum Allrounder Rod", "Rods", "Korum", "Coarse", [("Default Title", 44.99)], 1, "all", "coarse", 2, D(2019, 3, 1), None),
    ("Shimano Sienna FG Reel", "Reels", "Shimano", "Coarse", [("2500", 34.99), ("4000", 36.99)], 1, "all", "coarse", 4, D(2020, 1, 1), None),
    ("Daiwa Crossfire LT Reel", "Reels", "Daiwa", "Coarse, Feeder", [("2500", 39.99), ("3000", 39.99), ("4000", 42.99)], 1, "all", "coarse", 4, D(2021, 1, 1), None),
    ("Penn Fathom II Multiplier", "Reels", "Penn", "Sea, Boat", [("Default Title", 149.99)], 1, "all", "sea", 1, D(2022, 6, 1), None),
    ("Preston Innovations PXR Pro Reel", "Reels", "Preston Innovations", "Coarse, Match", [("420", 89.99), ("520", 94.99)], 1, "all", "coarse", 2, D(2022, 9, 1), None),
    ("Drennan Float Fish Line", "Line", "Drennan", "Coarse", [("3lb", 6.99), ("4lb", 6.99), ("6lb", 6.99)], 1, "all", "coarse", 8, D(2018, 1, 1), None),
    ("Daiwa Sensor Mono", "Line", "Daiwa", "Coarse, Sea", [("8lb", 9.99), ("10lb", 9.99), ("12lb", 9.99), ("15lb", 9.99)], 1, "all", "both", 8, D(2018, 1, 1), None),
    ("Berkley Whiplash Braid", "Line", "Berkley", "Sea, Lure", [("20lb", 24.99), ("30lb", 24.99)], 1, "all", "sea", 3, D(2025, 2, 1), None),
    ("Drennan Wide Gape Hooks", "Terminal Tackle", "Drennan", "Coarse", [("Size 12", 2.99), ("Size 14", 2.99), ("Size 16", 2.99), ("Size 18", 2.99)], 1, "all", "coarse", 14, D(2018, 1, 1), None),
    ("Korum Xpert Power Hooks", "Terminal Tackle", "Korum", "Coarse, Carp", [("Size 10", 3.49), ("Size 12", 3.49), ("Size 14", 3.49)], 1, "all", "coarse", 8, D(2019, 1, 1), None),
    ("Drennan Pellet Waggler", "Terminal Tackle", "Drennan", "Coarse, Match", [("Default Title", 2.75)], 1, "all", "coarse", 8, D(2018, 1, 1), None),
    ("Breakaway Sea Leads 5 Pack", "Terminal Tackle", "Breakaway", "Sea, Beach", [("4oz", 6.50), ("5oz", 7.50), ("6oz", 8.50)], 1, "all", "sea", 14, D(2018, 1, 1), None),
    ("Preston Feeder Swivels", "Terminal Tackle", "Preston Innovations", "Coarse, Feeder", [("Default Title", 2.49)], 1, "all", "coarse", 6, D(2018, 1, 1), None),
    ("Maggots", "Bait", "Broadland Tackle", "Live bait, Coarse", [("White", 3.50), ("Red", 3.50), ("Mixed", 3.50)], 1, "pos", "coarse", 40, D(2018, 1, 1), None),
    ("Casters", "Bait", "Broadland Tackle", "Live bait, Coarse", [("Default Title", 4.50)], 1, "pos", "coarse", 14, D(2018, 1, 1), None),
    ("Dendrobaena Worms", "Bait", "Broadland Tackle", "Live bait, Coarse", [("Default Title", 3.95)], 1, "pos", "both", 14, D(2018, 1, 1), None),
    ("Fresh Lugworm (dozen)", "Bait", "Broadland Tackle", "Live bait, Sea", [("Default Title", 6.50)], 1, "pos", "sea", 30, D(2018, 1, 1), None),
    ("Frozen Squid", "Bait", "Broadland Tackle", "Frozen bait, Sea", [("Default Title", 2.99)], 1, "pos", "sea", 24, D(2018, 1, 1), None),
    ("Frozen Mackerel", "Bait", "Broadland Tackle", "Frozen bait, Sea", [("Default Title", 2.50)], 1, "pos", "sea", 22, D(2018, 1, 1), None),
    ("Frozen Peeler Crab", "Bait", "Broadland Tackle", "Frozen bait, Sea", [("Default Title", 7.50)], 1, "pos", "sea", 10, D(2018, 1, 1), None),
    ("Sonubaits Supercrush Green Groundbait", "Groundbait", "Sonubaits", "Coarse, Feeder", [("Default Title", 5.99)], 1, "all", "coarse", 10, D(2019, 1, 1), None),
    ("Dynamite Baits Swim Stim Pellets", "Groundbait", "Dynamite Baits", "Coarse, Carp", [("2mm", 6.49), ("4mm", 6.49)], 1, "all", "coarse", 8, D(2019, 1, 1), None),
    ("Sensas 3000 Roach Groundbait", "Groundbait", "Sensas", "Coarse, Match", [("Default Title", 5.49)], 1, "all", "coarse", 6, D(2019, 1, 1), None),
    ("Korum Neoteric Waterproof Jacket", "Clothing", "Korum", "Clothing", [("M", 129.99), ("L", 129.99), ("XL", 129.99), ("XXL", 129.99)], 1, "all", "both", 1, D(2022, 9, 1), None),
    ("Preston Thermal Beanie", "Clothing", "Preston Innovations", "Clothing, Gifts", [("Default Title", 12.99)], 1, "all", "both", 3, D(2021, 10, 1), None),
    ("Daiwa Chest Waders", "Clothing", "Daiwa", "Clothing", [("8", 89.99), ("9", 89.99), ("10", 89.99), ("11", 89.99)], 1, "all", "both", 1, D(2021, 3, 1), None),
    ("Korum Accessory Chair", "Luggage & Seating", "Korum", "Coarse", [("Default Title", 79.99)], 1, "all", "coarse", 1, D(2021, 3, 1), None),
    ("Preston Rod Holdall 3-Tube", "Luggage & Seating", "Preston Innovations", "Coarse", [("Default Title", 54.99)], 1, "all", "both", 1, D(2021, 3, 1), None),
    ("Fox Bait Bucket 17L", "Luggage & Seating", "Fox", "Coarse, Sea, Gifts", [("Default Title", 9.99)], 1, "all", "both", 3, D(2021, 3, 1), None),
    ("Broadland Lakes Day Ticket", "Permits", "Broadland Tackle", "Permits", [("Adult", 8.00), ("Junior", 4.00)], 0, "pos", "coarse", 18, D(2018, 1, 1), None),
    ("Broadland Lakes Season Permit", "Permits", "Broadland Tackle", "Permits", [("Adult", 120.00), ("Junior", 40.00), ("Senior", 90.00)], 0, "pos", "coarse", 0, D(2018, 1, 1), None),
    ("Korum Snapper Bivvy 2026", "Luggage & Seating", "Korum", "Carp", [("Default Title", 199.99)], 1, "all", "coarse", 0, D(2025, 12, 8), None),
]
MAGGOT_RISE = D(2025, 4, 1)
COLLECTIONS = [(41250001, "Coarse Fishing", "coarse-fishing"), (41250002, "Sea Fishing", "sea-fishing"),
               (41250003, "Carp & Feeder", "carp-feeder"), (41250004, "Bait & Groundbait", "bait-groundbait"),
               (41250005, "Clothing & Footwear", "clothing-footwear"), (41250006, "Gifts Under £20", "gifts-under-20")]


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    ins = lambda t, row: con.execute(f"INSERT INTO {t} VALUES ({','.join('?' * len(row))})", row)

    for lid, name, addr, city, zp, ph, opened in LOCS:
        prov = "Suffolk" if name == "Lowestoft" else "Norfolk"
        ins("locations", (lid, name, addr, city, zp, prov, "GB", ph, 1, stamp(max(opened, D(2019, 1, 1)) if lid != LOW else D(2025, 2, 3), 36000),
                          stamp(D(2025, 2, 3) if lid == LOW else D(2024, 1, 2), 40000)))

    # ---------------------------------------------------------------- users (staff)
    staff = [  # first, last, type, home location, start, end
        ("Darren", "Gotts", "owner", None, D(2009, 9, 1), None),
        ("Karen", "Gotts", "regular", NOR, D(2009, 9, 1), None),
        ("Shaun", "Bullimore", "regular", WROX, D(2015, 4, 1), None),
        ("Ellie", "Thrower", "regular", WROX, D(2022, 3, 1), None),
        ("Łukasz", "Kowalski", "regular", WROX, D(2023, 5, 1), D(2024, 10, 31)),
        ("Alfie", "Brundle", "regular", WROX, D(2024, 11, 4), None),
        ("Trevor", "Loades", "regular", NOR, D(2011, 2, 1), None),
        ("Megan", "Catchpole", "regular", NOR, D(2021, 9, 1), None),
        ("Wayne", "Larter", "regular", YAR, D(2012, 3, 1), None),
        ("Kerry", "Mallett", "regular", YAR, D(2019, 6, 1), D(2025, 2, 28)),
        ("Jānis", "Bērziņš", "regular", YAR, D(2020, 4, 1), None),
        ("Kerry", "Mallett", "regular", LOW, D(2025, 3, 1), None),
        ("Callum", "Tungate", "regular", LOW, D(2025, 2, 17), None),
        ("Holly", "Sizeland", "restricted", WEB_LOC, D(2020, 1, 6), None),
    ]
    users = []
    for i, (f, l, typ, loc, st, en) in enumerate(staff):
        if i == 11:  # Kerry Mallett moved to run Lowestoft: the same Shopify user, reassigned
            users[9]["locs"].append((LOW, st, en))
            continue
        uid = 90120000 + 7 * (len(users) + 1)
        users.append({"id": uid, "first": f, "last": l, "type": typ, "locs": [(loc, st, en)]})
        ins("users", (uid, f, l, f"{f.lower().replace('ł', 'l').replace('ā', 'a')}@broadlandtackle.co.uk", f"07{R.randint(100000000, 999999999)}",
                      1 if typ == "owner" else 0, "regular" if typ == "owner" else typ, "en-GB", stamp(max(st, D(2019, 1, 1)), 32400),
                      stamp(D(2025, 3, 1) if i == 9 else max(st, D(2019, 1, 1)), 33000)))

    def tillers(loc, d):
        out = []
        for u in users:
            for l, st, en in u["locs"]:
                if l == loc and st <= d and (en is None or d <= en):
                    out.append(u["id"])
        if loc in (NOR, WROX) and d.weekday() == 5:
            out.append(users[0]["id"])  # the owner helps out on Saturdays
        return out

    # ---------------------------------------------------------------- products / variants / collections
    prods, variants = [], []
    for pi, (title, ptype, vendor, tags, opts, taxable, chan, style, w, created, archived) in enumerate(P):
        pid = 8120001000 + pi * 13
        status = "archived" if archived else ("draft" if created > D(2025, 12, 1) else "active")
        handle = title.lower().replace("(", "").replace(")", "").replace("&", "and").replace(" ", "-").replace("--", "-")
        upd = archived + TD(days=1) if archived else created
        ins("products", (pid, title, handle, vendor, ptype, tags, status, stamp(created, 39000), stamp(upd, 39500),
                         None if status == "draft" else stamp(created, 39600)))
        vs = []
        for vi, (opt, price) in enumerate(opts):
            vid = 44010000000 + pi * 100 + vi
            cur = price + (0.50 if title == "Maggots" else 0)
            sku = "BT-" + "".join(c for c in title.upper() if c.isalnum())[:6] + ("-" + "".join(c for c in opt.upper() if c.isalnum()) if opt != "Default Title" else "")
            opt2 = None
            ins("variants", (vid, pid, opt, sku, money(cur), money(round(cur * 1.25, 0) - 0.01) if ptype == "Clothing" else None,
                             opt, opt2, vi + 1, taxable, 0 if ptype == "Permits" else R.choice([50, 120, 250, 400, 900]),
                             R.randint(0, 40) if ptype not in ("Bait", "Permits") else 0, stamp(created, 39000),
                             stamp(MAGGOT_RISE if title == "Maggots" else created, 39800)))
            vs.append({"id": vid, "opt": opt, "price": price, "sku": sku})
        prods.append({"id": pid, "title": title, "type": ptype, "tags": tags, "taxable": taxable, "chan": chan, "style": style,
                      "w": w, "created": created, "archived": archived, "variants": vs, "status": status})
    for cid, t, h in COLLECTIONS:
        ins("custom_collections", (cid, t, h, stamp(D(2021, 1, 4), 36000), stamp(D(2024, 1, 2), 36000)))
    coll_of = {}
    cpos = {}
    for p in prods:
        cs = []
        if p["style"] in ("coarse", "both") and p["type"] not in ("Clothing", "Permits"):
            cs.append(41250001)
        if p["style"] in ("sea", "both") and p["type"] not in ("Clothing", "Permits"):
            cs.append(41250002)
        if "Carp" in p["tags"] or "Feeder" in p["tags"]:
            cs.append(41250003)
        if p["type"] in ("Bait", "Groundbait"):
            cs.append(41250004)
        if p["type"] == "Clothing":
            cs.append(41250005)
        if max(v["price"] for v in p["variants"]) < 20 and p["type"] not in ("Bait", "Permits"):
            cs.append(41250006)
        for c in cs:
            cpos[c] = cpos.get(c, 0) + 1
            ins("collects", (29000000 + len(coll_of) * 17 + 3, c, p["id"], cpos[c], stamp(max(p["created"], D(2021, 1, 4)), 41000)))
            coll_of[(c, p["id"])] = 1

    # ---------------------------------------------------------------- customers
    TOWNS = {  # town -> (province, postcode prefix, weight for shops)
        "Norwich": ("Norfolk", "NR", 30), "Hoveton": ("Norfolk", "NR12", 6), "Wroxham": ("Norfolk", "NR12", 6), "Stalham": ("Norfolk", "NR12", 4),
        "Sutton": ("Norfolk", "NR12", 3), "Great Yarmouth": ("Norfolk", "NR30", 14), "Gorleston-on-Sea": ("Norfolk", "NR31", 8),
        "Caister-on-Sea": ("Norfolk", "NR30", 4), "Acle": ("Norfolk", "NR13", 4), "Aylsham": ("Norfolk", "NR11", 3), "Dereham": ("Norfolk", "NR19", 3),
        "Lowestoft": ("Suffolk", "NR32", 12), "Beccles": ("Suffolk", "NR34", 5), "Bungay": ("Suffolk", "NR35", 3), "Southwold": ("Suffolk", "IP18", 2),
        "Ipswich": ("Suffolk", "IP4", 3), "Sutton ": ("Suffolk", "IP12", 2), "Woodbridge": ("Suffolk", "IP12", 2),
    }
    FAR = [("London", "Greater London", "E17"), ("Peterborough", "Cambridgeshire", "PE1"), ("Leicester", "Leicestershire", "LE2"),
           ("Sheffield", "South Yorkshire", "S6"), ("Chelmsford", "Essex", "CM2"), ("Nottingham", "Nottinghamshire", "NG5")]
    town_names = list(TOWNS)
    tw = [TOWNS[t][2] for t in town_names]
    customers = []
    used = set()
    ncust = 1700
    for i in range(ncust):
        while True:
            f, l = R.choice(EAST_FIRST), R.choice(EAST_LAST)
            if (f, l) not in used:
                used.add((f, l))
                break
        far = R.random() < 0.14
        if far:
            town, prov, pc = R.choice(FAR)
        else:
            t = R.choices(town_names, tw)[0]
            prov, pc = TOWNS[t][0], TOWNS[t][1]
            town = t.strip()
        created = START + TD(days=int(R.random() ** 1.2 * 700)) if R.random() < 0.55 else D(2019, 1, 1) + TD(days=R.randint(0, 1825))
        tags = []
        if not far and R.random() < 0.17:
            tags.append("Club member")
        if R.random() < 0.08:
            tags.append("Match angler")
        if R.random() < 0.04 and not far:
            tags.append("Trade")
        email = None if R.random() < 0.12 else f"{f.lower()}.{l.lower()}{R.randint(1, 99)}@{R.choice(['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'])}"
        customers.append({"id": 6620000000 + i * 37, "first": f, "last": l, "town": town, "prov": prov, "pc": pc, "far": far,
                          "created": created, "tags": tags, "email": email, "orders": 0, "spent": 0.0})
    # the sea towns prefer the sea shops
    test_cust = {"id": 6620099999, "first": "Test", "last": "Customer", "town": "Norwich", "prov": "Norfolk", "pc": "NR6", "far": False,
                 "created": D(2024, 1, 3), "tags": ["Test"], "email": "holly@broadlandtackle.co.uk", "orders": 0, "spent": 0.0}

    # ---------------------------------------------------------------- orders
    orders = []  # dicts, later sorted by time and numbered
    def season(loc, d):
        m = d.month
        if loc in (YAR, LOW):
            f = 1.3 if m in (10, 11, 12, 1, 2) else 0.9
        elif loc == WROX:
            f = 1.6 if m in (6, 7, 8) else (1.1 if m in (4, 5, 9, 10) else 0.55)
        else:
            f = 1.15 if m in (6, 7, 8, 9) else (0.8 if m in (1, 2, 12) else 1.0)
        if d.weekday() >= 5:
            f *= 1.5
        if d.month == 12 and d.day >= 8:
            f *= 1.3
        return f
    BASE = {WROX: 1.8, NOR: 2.1, YAR: 1.7, LOW: 1.6}

    def pick_products(chan, loc, d):
        pool = []
        for p in prods:
            if p["status"] == "draft" or p["created"] > d or (p["archived"] and d > p["archived"]):
                continue
            if chan == "web" and p["chan"] == "pos":
                continue
            w = p["w"]
            if loc in (YAR, LOW):
                w *= 2.5 if p["style"] == "sea" else (1 if p["style"] == "both" else 0.25)
            elif loc in (WROX, NOR):
                w *= 0.15 if p["style"] == "sea" else 1
            if p["title"] == "Broadland Lakes Season Permit":
                w = 3 if d.month in (1, 2, 3) and loc in (WROX, NOR) else 0
            if p["title"] == "Broadland Lakes Day Ticket" and loc not in (WROX, NOR):
                w = 0
            if chan == "web" and p["type"] in ("Rods", "Reels", "Clothing"):
                w *= 2.2
            if w > 0:
                pool.append((p, w))
        return pool

    def price_on(p, v, d):
        return v["price"] + (0.50 if p["title"] == "Maggots" and d >= MAGGOT_RISE else 0)

    for d in days():
        for loc in (WROX, NOR, YAR, LOW):
            if not trades(loc, d):
                continue
            n = max(0, int(round(R.gauss(BASE[loc] * season(loc, d), 1.3))))
            till = tillers(loc, d)
            for _ in range(n):
                secs = R.randint(8 * 3600 + 30 * 60, 17 * 3600 + 15 * 60) if loc != YAR else R.randint(7 * 3600, 17 * 3600 + 45 * 60)
                cust = None
                if R.random() < 0.36:
                    c = R.choice(customers)
                    if c["created"] <= d and not c["far"]:
                        cust = c
                orders.append({"chan": "pos", "loc": loc, "d": d, "secs": secs, "cust": cust, "user": R.choice(till)})
        nweb = max(0, int(round(R.gauss(1.3 * (1.35 if d.month in (11, 12) else 1.0), 1.2))))
        for _ in range(nweb):
            c = R.choice(customers)
            if c["created"] > d:
                c = R.choice([x for x in customers[:400] if x["created"] <= d] or customers[:1])
            orders.append({"chan": "web", "loc": None, "d": d, "secs": R.randint(6 * 3600, 23 * 3600 + 50 * 60), "cust": c, "user": None})
    for k, dd in enumerate([D(2024, 1, 3), D(2024, 1, 3), D(2024, 1, 4)]):
        orders.append({"chan": "web", "loc": None, "d": dd, "secs": 50000 + k * 600, "cust": test_cust, "user": None, "test": True})
    orders.sort(key=lambda o: (o["d"], o["secs"], o["chan"], o["loc"] or 0))

    cur_id = 5400000000000
    li_id, dc_id, sl_id, tx_id, rf_id, rli_id = 14000000000000, 1700000000, 4300000000, 7100000000000, 990000000, 480000000
    ins_li, ins_tx, pending_refunds = [], [], []
    cust_ids = {c["id"] for c in customers}
    ins("customers", (test_cust["id"], test_cust["email"], "Test", "Customer", None, 0, "disabled", "Test", "Shopify test orders - do not delete",
                      3, "0.00", stamp(D(2024, 1, 3), 49000), stamp(D(2024, 1, 4), 52000)))
    for num, o in enumerate(orders, start=1001):
        cur_id += R.randint(20000, 90000)
        o["id"] = cur_id
        d, secs = o["d"], o["secs"]
        pool = pick_products(o["chan"], o["loc"], d)
        nl = R.choices([1, 2, 3, 4], [55, 28, 12, 5])[0]
        chosen = []
        for _ in range(nl):
            p = R.choices([x[0] for x in pool], [x[1] for x in pool])[0]
            if p["id"] in [c[0]["id"] for c in chosen]:
                continue
            v = R.choice(p["variants"])
            if p["type"] in ("Bait", "Terminal Tackle", "Groundbait", "Line"):
                q = R.choices([1, 2, 3, 4], [50, 30, 12, 8])[0]
            elif p["type"] == "Permits":
                q = R.choices([1, 2], [80, 20])[0]
            else:
                q = 1
            chosen.append((p, v, q))
        cust = o["cust"]
        is_test = o.get("test", False)
        club = cust is not None and "Club member" in cust["tags"] and o["chan"] == "pos"
        spring = o["chan"] == "web" and d.year == 2025 and d.month == 3 and not is_test
        lines, sub, disc, tax = [], 0.0, 0.0, 0.0
        for p, v, q in chosen:
            pr = price_on(p, v, d)
            gross_p = int(round(pr * 100)) * q
            ld_p = (gross_p + 5) // 10 if ((club and p["type"] != "Permits") or spring) else 0   # 10 % off, half-up to the penny
            net_p = gross_p - ld_p
            ld, net = ld_p / 100, net_p / 100
            t = vat(net_p) if p["taxable"] else 0.0
            li_id += R.randint(1000, 5000)
            lines.append({"id": li_id, "p": p, "v": v, "q": q, "pr": pr, "ld": ld, "net": net, "tax": t})
            sub += net; disc += ld; tax += t
        sub, disc = round(sub, 2), round(disc, 2)
        ship = None
        if o["chan"] == "web":
            if any(l["p"]["type"] == "Rods" for l in lines):
                ship = ("DPD Next Day (rods)", "DPD-ROD", 9.95)
            elif sub >= 50:
                ship = ("Free UK Delivery", "FREE50", 0.0)
            else:
                ship = ("Royal Mail Tracked 48", "RM-T48", 4.95)
            tax += vat(int(round(ship[2] * 100)))
        tax = round(tax, 2)
        total = round(sub + (ship[2] if ship else 0), 2)
        created = stamp(d, secs)
        cancelled = o["chan"] == "web" and not is_test and R.random() < 0.025
        fin = "voided" if cancelled else "paid"
        ful = None if cancelled else "fulfilled"
        cancel_at = stamp(d, min(secs + R.randint(600, 7200), 86399)) if cancelled else None
        o.update({"lines": lines, "total": total, "tax": tax, "num": num, "cancelled": cancelled, "test": is_test, "refunded": 0.0})
        gateway_tx = []
        if is_test:
            gateway_tx.append(("sale", "bogus", "success", total))
        elif cancelled:
            gateway_tx += [("authorization", "shopify_payments", "success", total), ("void", "shopify_payments", "success", total)]
        elif o["chan"] == "web":
            g = "paypal" if R.random() < 0.16 else "shopify_payments"
            if g == "shopify_payments" and R.random() < 0.04:
                gateway_tx.append(("sale", g, "failure", total))
            gateway_tx.append(("sale", g, "success", total))
        else:
            r = R.random()
            if r < 0.025 and total > 15:
                gc = float(R.choice([10, 15]))
                gateway_tx += [("sale", "gift_card", "success", gc), ("sale", "shopify_payments", "success", round(total - gc, 2))]
            elif r < 0.30 or total < 6:
                gateway_tx.append(("sale", "cash", "success", total))
            else:
                gateway_tx.append(("sale", "shopify_payments", "success", total))
        o["sale_tx"] = None
        o["gw"] = gateway_tx
        o["created"] = created
        o["cancel_at"] = cancel_at
        o["ship"] = ship
        o["sub"], o["disc"] = sub, disc
        if cust is not None and not is_test and not cancelled:
            cust["orders"] += 1
            cust["spent"] += total
        # refunds
        if not cancelled and not is_test:
            cand = [l for l in lines if l["p"]["type"] not in ("Bait", "Permits")]
            rate = 0.06 if o["chan"] == "web" else 0.025
            if cand and R.random() < rate:
                rl = R.sample(cand, 1 if len(cand) == 1 or R.random() < 0.8 else 2)
                rd = d + TD(days=R.randint(1, 28))
                if rd <= END:
                    rloc = o["loc"]
                    # a shop refund happens on a day that shop trades
                    while o["chan"] == "pos" and not trades(rloc, rd) and rd <= END:
                        rd += TD(days=1)
                    if rd <= END:
                        pending_refunds.append((o, rl, rd))

    # write customers now that counts are known (counts as of the sync)
    for c in customers:
        ins("customers", (c["id"], c["email"], c["first"], c["last"], None if R.random() < 0.3 else f"+447{R.randint(100000000, 999999999)}",
                          1 if R.random() < 0.42 else 0, "enabled" if c["email"] else "disabled", ", ".join(c["tags"]), None,
                          c["orders"], money(c["spent"]), stamp(c["created"], R.randint(30000, 60000)), stamp(max(c["created"], D(2025, 12, 30)), 60000)))
        ins("customer_addresses", (c["id"] // 37 + 10000000, c["id"], f"{R.randint(1, 140)} {R.choice(['Church Lane', 'The Street', 'Station Road', 'Marsh Road', 'Yarmouth Road', 'Beccles Road', 'Mill Lane', 'Broad View'])}",
                                   c["town"], c["prov"], f"{c['pc']} {R.randint(1, 9)}{R.choice('ABDEFGHJLNPQRSTUWXY')}{R.choice('ABDEFGHJLNPQRSTUWXY')}", "GB", 1))
    ins("customer_addresses", (test_cust["id"] // 37 + 10000000, test_cust["id"], "Unit 7, Sweet Briar Road", "Norwich", "Norfolk", "NR6 5AP", "GB", 1))

    refunds_by_order = {}
    for o, rl, rd in pending_refunds:
        refunds_by_order.setdefault(o["id"], []).append((rl, rd))
    order_rows = []
    for o in orders:
        c = o["cust"]
        refs = refunds_by_order.get(o["id"], [])
        refunded = round(sum(l["net"] for rl, rd in refs for l in rl), 2)
        nlines_ref = sum(len(rl) for rl, rd in refs)
        if o["cancelled"]:
            fin = "voided"
        elif refs:
            fin = "refunded" if nlines_ref == len(o["lines"]) and not (o["ship"] and o["ship"][2] > 0) else "partially_refunded"
        else:
            fin = "paid"
        tags = "Test" if o["test"] else ("Club" if c is not None and "Club member" in c["tags"] and o["chan"] == "pos" else None)
        src = "pos" if o["chan"] == "pos" else "web"
        ins("orders", (o["id"], f"#{o['num']}", o["num"], c["email"] if c else None, c["id"] if c else None, o["loc"], o["user"], src, o["created"],
                       o["created"], o["cancel_at"], R.choice(["customer", "customer", "inventory", "fraud"]) if o["cancelled"] else None, fin,
                       None if o["cancelled"] else "fulfilled", "GBP", 1, 1 if o["test"] else 0, money(o["sub"]), money(o["disc"]), money(o["tax"]),
                       money(o["total"]), money(0.0 if o["cancelled"] else o["total"] - refunded), tags,
                       None if R.random() > 0.01 else R.choice(["Collect Saturday", "Gift - no receipt", "Called to check stock"])))
        for l in o["lines"]:
            ins("line_items", (l["id"], o["id"], l["p"]["id"], l["v"]["id"], l["p"]["title"], None if l["v"]["opt"] == "Default Title" else l["v"]["opt"],
                               l["v"]["sku"], l["q"], money(l["pr"]), money(l["ld"]), l["p"]["taxable"]))
        if o["disc"] > 0:
            dc_id += 1
            code = "CLUB10" if o["chan"] == "pos" else "SPRING10"
            ins("discount_codes", (dc_id, o["id"], code, money(o["disc"]), "percentage"))
        if o["ship"]:
            sl_id += 1
            ins("shipping_lines", (sl_id, o["id"], o["ship"][0], o["ship"][1], money(o["ship"][2])))
        base_secs = o["secs"]
        sale_tx, auth = None, None
        for k, (kind, gw, st, amt) in enumerate(o["gw"]):
            tx_id += R.randint(100, 900)
            ts = stamp(o["d"], min(base_secs + 5 + 20 * k, 86399)) if kind != "void" else o["cancel_at"]
            ins("transactions", (tx_id, o["id"], None, auth if kind == "void" else None, kind, gw, st, money(amt), "GBP", ts))
            if kind == "authorization":
                auth = tx_id
            if kind == "sale" and st == "success" and (sale_tx is None or gw != "gift_card"):
                sale_tx = (tx_id, gw)
        for rl, rd in refs:
            rf_id += R.randint(10, 99)
            rsecs = R.randint(9 * 3600, 17 * 3600)
            ruser = R.choice(tillers(o["loc"], rd)) if o["chan"] == "pos" else users[-1]["id"]
            restock = 1
            ins("refunds", (rf_id, o["id"], ruser, stamp(rd, rsecs), R.choice([None, None, "Faulty", "Wrong size", "Changed mind", "Not as described"]), restock))
            amt, rtax = 0.0, 0.0
            for l in rl:
                rli_id += R.randint(5, 50)
                ins("refund_line_items", (rli_id, rf_id, l["id"], l["q"], money(l["net"]), money(l["tax"]), "return"))
                amt += l["net"]; rtax += l["tax"]
            tx_id += R.randint(100, 900)
            gw = sale_tx[1] if sale_tx[1] != "gift_card" else "shopify_payments"
            ins("transactions", (tx_id, o["id"], rf_id, sale_tx[0], "refund", gw, "success", money(round(amt, 2)), "GBP", stamp(rd, rsecs + 30)))
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
