"""Crate & Needle Records: an independent record shop with an online store (shipped from a warehouse in Tualatin,
Oregon) and record shops in Portland (Oregon), Portland (Maine) and Seattle, plus a pop-up in Oakland that closed in 2024.
It sells new vinyl, CDs, cassettes, turntables & audio gear, accessories, shop merch and gift cards; on Record Store Day
the shops sell limited exclusives. A few record shops and cafés buy wholesale through draft orders.

Schema style: the REPORTING EXPORT OF A TYPICAL E-COMMERCE PLATFORM, in plain English snake_case with plural table names
(orders, order_line_items, refunds, refund_line_items, customers, customer_addresses, products, product_variants,
locations, inventory_levels, discount_codes, fulfillments). Ordinary export quirks: big integer ids; order money as
decimal TEXT ("34.98") but refund money as REAL; timestamps as ISO-8601 TEXT with the shop's time-zone offset
("2024-04-20T11:03:27-07:00", America/Los_Angeles); lower-case enums (financial_status, fulfillment_status, status,
source_name); tags as comma-separated text; cancelled_at / cancel_reason instead of an order status; 0/1 flags;
customers.referred_by_customer_id is a self-reference (referral programme) and inventory_levels (variant x location) is a
many-to-many link table. Portland exists in Oregon and in Maine."""
import math, os, random, sys, unicodedata, datetime as dt
import sqlite3
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import US_FIRST, US_LAST

SEED = 5170243
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "crate_and_needle.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
D = dt.date
DT = dt.datetime

SCHEMA = """
CREATE TABLE locations (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, address1 TEXT NOT NULL, city TEXT NOT NULL, province TEXT NOT NULL,
  province_code TEXT NOT NULL, country TEXT NOT NULL, country_code TEXT NOT NULL, zip TEXT NOT NULL, phone TEXT,
  location_type TEXT NOT NULL, active INTEGER NOT NULL, created_at TEXT NOT NULL, deactivated_at TEXT);
CREATE TABLE customers (
  id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL UNIQUE, phone TEXT,
  accepts_marketing INTEGER NOT NULL, tax_exempt INTEGER NOT NULL, tags TEXT, note TEXT, orders_count INTEGER NOT NULL,
  total_spent TEXT NOT NULL, referred_by_customer_id INTEGER REFERENCES customers(id), created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE customer_addresses (
  id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), first_name TEXT NOT NULL,
  last_name TEXT NOT NULL, company TEXT, address1 TEXT NOT NULL, address2 TEXT, city TEXT NOT NULL, province TEXT,
  province_code TEXT, country TEXT NOT NULL, country_code TEXT NOT NULL, zip TEXT NOT NULL, phone TEXT,
  is_default INTEGER NOT NULL);
CREATE TABLE products (
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, handle TEXT NOT NULL UNIQUE, vendor TEXT NOT NULL,
  product_type TEXT NOT NULL, tags TEXT, status TEXT NOT NULL, created_at TEXT NOT NULL, published_at TEXT,
  updated_at TEXT NOT NULL);
CREATE TABLE product_variants (
  id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id), title TEXT NOT NULL, sku TEXT NOT NULL UNIQUE,
  barcode TEXT, price TEXT NOT NULL, compare_at_price TEXT, cost TEXT, position INTEGER NOT NULL, taxable INTEGER NOT NULL,
  requires_shipping INTEGER NOT NULL, grams INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE inventory_levels (
  variant_id INTEGER NOT NULL REFERENCES product_variants(id), location_id INTEGER NOT NULL REFERENCES locations(id),
  available INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (variant_id, location_id));
CREATE TABLE discount_codes (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, value_type TEXT NOT NULL, value TEXT NOT NULL,
  minimum_subtotal TEXT, once_per_customer INTEGER NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT,
  usage_count INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, order_number INTEGER NOT NULL UNIQUE,
  customer_id INTEGER REFERENCES customers(id), email TEXT, created_at TEXT NOT NULL, cancelled_at TEXT,
  cancel_reason TEXT, financial_status TEXT NOT NULL, fulfillment_status TEXT NOT NULL, currency TEXT NOT NULL,
  source_name TEXT NOT NULL, location_id INTEGER REFERENCES locations(id), discount_code TEXT,
  subtotal_price TEXT NOT NULL, total_discounts TEXT NOT NULL, total_shipping TEXT NOT NULL, total_tax TEXT NOT NULL,
  total_price TEXT NOT NULL, shipping_city TEXT, shipping_province_code TEXT, shipping_country_code TEXT, tags TEXT,
  note TEXT);
CREATE TABLE order_line_items (
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), product_id INTEGER NOT NULL REFERENCES products(id),
  variant_id INTEGER NOT NULL REFERENCES product_variants(id), title TEXT NOT NULL, variant_title TEXT NOT NULL,
  sku TEXT NOT NULL, vendor TEXT NOT NULL, quantity INTEGER NOT NULL, price TEXT NOT NULL, total_discount TEXT NOT NULL,
  taxable INTEGER NOT NULL, requires_shipping INTEGER NOT NULL);
CREATE TABLE refunds (
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), created_at TEXT NOT NULL, note TEXT);
CREATE TABLE refund_line_items (
  id INTEGER PRIMARY KEY, refund_id INTEGER NOT NULL REFERENCES refunds(id),
  line_item_id INTEGER NOT NULL REFERENCES order_line_items(id), quantity INTEGER NOT NULL, restock_type TEXT NOT NULL,
  location_id INTEGER REFERENCES locations(id), subtotal REAL NOT NULL, total_tax REAL NOT NULL);
CREATE TABLE fulfillments (
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), location_id INTEGER NOT NULL REFERENCES locations(id),
  status TEXT NOT NULL, created_at TEXT NOT NULL, tracking_company TEXT, tracking_number TEXT, shipment_status TEXT);
CREATE INDEX idx_orders_customer ON orders(customer_id);
CREATE INDEX idx_line_items_order ON order_line_items(order_id);
CREATE INDEX idx_fulfillments_order ON fulfillments(order_id);
"""

# ---------------------------------------------------------------- places
# (city, province, province_code, country, country_code, zip prefix, weight)
CITIES = [
    ("Portland", "Oregon", "OR", "United States", "US", "972", 180), ("Beaverton", "Oregon", "OR", "United States", "US", "970", 30),
    ("Gresham", "Oregon", "OR", "United States", "US", "970", 14), ("Eugene", "Oregon", "OR", "United States", "US", "974", 26),
    ("Salem", "Oregon", "OR", "United States", "US", "973", 18), ("Bend", "Oregon", "OR", "United States", "US", "977", 14),
    ("Seattle", "Washington", "WA", "United States", "US", "981", 90), ("Tacoma", "Washington", "WA", "United States", "US", "984", 20),
    ("Spokane", "Washington", "WA", "United States", "US", "992", 12), ("Vancouver", "Washington", "WA", "United States", "US", "986", 22),
    ("Olympia", "Washington", "WA", "United States", "US", "985", 8),
    ("Portland", "Maine", "ME", "United States", "US", "041", 70), ("South Portland", "Maine", "ME", "United States", "US", "041", 14),
    ("Bangor", "Maine", "ME", "United States", "US", "044", 10), ("Brunswick", "Maine", "ME", "United States", "US", "040", 8),
    ("Oakland", "California", "CA", "United States", "US", "946", 40), ("Berkeley", "California", "CA", "United States", "US", "947", 20),
    ("San Francisco", "California", "CA", "United States", "US", "941", 34), ("Los Angeles", "California", "CA", "United States", "US", "900", 30),
    ("Sacramento", "California", "CA", "United States", "US", "958", 10),
    ("Boston", "Massachusetts", "MA", "United States", "US", "021", 16), ("Cambridge", "Massachusetts", "MA", "United States", "US", "021", 8),
    ("Springfield", "Massachusetts", "MA", "United States", "US", "011", 5), ("Springfield", "Illinois", "IL", "United States", "US", "627", 4),
    ("Chicago", "Illinois", "IL", "United States", "US", "606", 18), ("New York", "New York", "NY", "United States", "US", "100", 18),
    ("Brooklyn", "New York", "NY", "United States", "US", "112", 16), ("Austin", "Texas", "TX", "United States", "US", "787", 10),
    ("Denver", "Colorado", "CO", "United States", "US", "802", 10), ("Minneapolis", "Minnesota", "MN", "United States", "US", "554", 8),
    ("Burlington", "Vermont", "VT", "United States", "US", "054", 6), ("Portsmouth", "New Hampshire", "NH", "United States", "US", "038", 7),
    ("Providence", "Rhode Island", "RI", "United States", "US", "029", 5), ("Philadelphia", "Pennsylvania", "PA", "United States", "US", "191", 8),
    ("Boise", "Idaho", "ID", "United States", "US", "837", 6),
    ("Vancouver", "British Columbia", "BC", "Canada", "CA", "V6", 14), ("Victoria", "British Columbia", "BC", "Canada", "CA", "V8", 6),
    ("Montréal", "Quebec", "QC", "Canada", "CA", "H2", 8), ("Québec", "Quebec", "QC", "Canada", "CA", "G1", 3),
    ("Toronto", "Ontario", "ON", "Canada", "CA", "M5", 8),
    ("London", None, None, "United Kingdom", "GB", "N1", 5), ("Manchester", None, None, "United Kingdom", "GB", "M4", 3),
    ("Glasgow", None, None, "United Kingdom", "GB", "G1", 2),
]
STREETS = ["Main St", "Oak St", "Elm St", "Maple Ave", "Cedar St", "Park Ave", "Pine St", "Washington St", "Lake St", "Hill St",
           "Alder St", "Belmont St", "Division St", "Fremont St", "Burnside St", "Congress St", "Fore St", "Commercial St",
           "Broadway", "Market St", "Union Ave", "Jefferson St", "Madison Ave", "Rue Saint-Denis", "Avenue du Mont-Royal",
           "High Street", "Church Road", "Queen St W", "Granville St", "Yates St"]

# location rows: key, name, address1, city, province, code, zip, phone, type, created, deactivated
LOCS = [
    ("WH", "Tualatin Warehouse", "19350 SW 118th Ave", "Tualatin", "Oregon", "OR", "97062", "(503) 555-0140", "warehouse", D(2020, 2, 3), None),
    ("HAW", "Hawthorne Shop", "3612 SE Hawthorne Blvd", "Portland", "Oregon", "OR", "97214", "(503) 555-0172", "retail", D(2019, 5, 11), None),
    ("OLD", "Old Port Shop", "41 Exchange St", "Portland", "Maine", "ME", "04101", "(207) 555-0119", "retail", D(2021, 9, 18), None),
    ("OAK", "Temescal Pop-up", "4920 Telegraph Ave", "Oakland", "California", "CA", "94609", "(510) 555-0163", "pop-up", D(2023, 4, 29), D(2024, 9, 1)),
    ("SEA", "Capitol Hill Shop", "1520 E Olive Way", "Seattle", "Washington", "WA", "98122", "(206) 555-0188", "retail", D(2024, 3, 9), None),
]
LOC_ID = {k: 61_847_203_000 + i * 65_536 for i, (k, *_r) in enumerate(LOCS)}
POS_TAX = {"HAW": 0, "OLD": 550, "OAK": 1025, "SEA": 1035}          # basis points of 1/100 %: 1025 = 10.25 %
WEB_TAX = {"CA": 725, "WA": 650, "ME": 550}                          # states where the shop collects tax on web orders
POS_LAMBDA = {"HAW": 1.05, "OLD": 0.62, "OAK": 0.42, "SEA": 0.66}

RSD = [D(2023, 4, 22), D(2024, 4, 20), D(2025, 4, 12)]
RSD_BF = [D(2023, 11, 24), D(2024, 11, 29), D(2025, 11, 28)]
THANKSGIVING = [D(2023, 11, 23), D(2024, 11, 28), D(2025, 11, 27)]
CYBER_MONDAY = [D(2023, 11, 27), D(2024, 12, 2), D(2025, 12, 1)]

LABELS = ["Cascadia Records", "Driftwood Sound", "Night Ferry", "Blue Heron Recordings", "Saltmarsh Records",
          "Éditions Boréales", "Rust Belt Tapes", "Lighthouse Keeper", "Tidewater", "Mañana Discos", "Static Bloom",
          "Northbound", "Second Spin Reissues"]
ARTISTS = ["The Lantern Years", "Marisol Peña", "Quiet Harbour", "Søren Vik", "Amélie Roux", "Tundra Radio", "Halcyon Drive",
           "Bramble & Birch", "Los Niños del Sur", "Wren Calloway", "The Ferrymen", "Ghost Orchard", "Juniper Hale",
           "Paper Kites of Ohio", "Delta Moth", "Ximena Ruiz", "The Slow Tides", "Okonkwo Brothers", "Linnea Dahl",
           "Velvet Arcade", "Moss Choir", "Hollis Gray", "Cinder Lake", "Kaito Mori", "The Rosewood Strings",
           "Noémie Laurent", "Black Pine Social", "Sunday Static", "Ida Lindqvist", "Fog Signal", "The Overpass",
           "Matías Ferrer", "Cedar & Salt", "Lowlight Parade", "Aurora Kell", "The Blue Hour Trio", "Dune Cathedral",
           "Rhea Okafor", "Twin Harbors", "Élise Marchand", "Copper Canyon Band", "Starling Avenue", "Nightjar",
           "The Gentle Riots", "Tomasz Wilk Quartet", "Harbor Lights", "Maren & the Gale", "Coastal Drift", "Ruby Vance",
           "The Tin Stars"]
WORDS_A = ["Salt", "Ember", "Paper", "Quiet", "Golden", "Northern", "Hollow", "Silver", "Blue", "Wild", "Slow", "Distant",
           "Broken", "Electric", "Midnight", "Summer", "Winter", "Velvet", "Lost", "Little", "Bright", "Low", "High", "Open"]
WORDS_B = ["Tides", "Rooms", "Light", "Weather", "Signals", "Rivers", "Hours", "Harbors", "Lanterns", "Fields", "Maps",
           "Houses", "Skies", "Echoes", "Gardens", "Letters", "Roads", "Islands", "Stars", "Waves", "Mornings", "Songs"]
COLOURS = ["Translucent Red", "Marbled Blue", "Clear", "Bone White", "Sea Glass", "Orange Crush", "Splatter", "Gold",
           "Smoke", "Forest Green", "Purple Haze", "Tan"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ø", "o").replace("Ø", "O")


def slug(s):
    out, prev = [], "-"
    for ch in fold(s).lower():
        if ch.isalnum():
            out.append(ch)
            prev = ch
        elif prev != "-":
            out.append("-")
            prev = "-"
    return "".join(out).strip("-")


def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100}.{c % 100:02d}"


def half_up(num, den):
    return (num * 2 + den) // (2 * den)


def nth_weekday(y, m, wd, n):
    d = D(y, m, 1)
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def pacific_offset(t):
    y = t.year
    start = DT.combine(nth_weekday(y, 3, 6, 2), dt.time(2, 0))
    end = DT.combine(nth_weekday(y, 11, 6, 1), dt.time(2, 0))
    return "-07:00" if start <= t < end else "-08:00"


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + pacific_offset(t) if t else None


def poisson(rng, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # ------------------------------------------------------------ locations
    loc_rows = []
    for k, name, a1, city, prov, pc, z, ph, typ, created, deact in LOCS:
        loc_rows.append((LOC_ID[k], name, a1, city, prov, pc, "United States", "US", z, ph, typ, 0 if deact else 1,
                         iso(DT.combine(created, dt.time(9, 12, 5))), iso(DT.combine(deact, dt.time(8, 0, 0))) if deact else None))
    con.executemany("INSERT INTO locations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", loc_rows)
    loc_by = {k: (k, name, city, pc, created, deact) for k, name, a1, city, prov, pc, z, ph, typ, created, deact in LOCS}

    def loc_open(k, d):
        _, _, _, _, created, deact = loc_by[k]
        return created <= d and (deact is None or d < deact)

    # ------------------------------------------------------------ catalogue
    products, variants = [], []
    pid_base, vid_base = 7_301_554_000_000, 42_118_905_000_000
    used_titles = set()
    sku_seq = [1000]

    def add_product(title, vendor, ptype, tags, created, status="active", archived=None, published=True, pop=1.0,
                    kind="std", release=None):
        p = {"id": pid_base + len(products) * 3_271 + rng.randint(0, 999), "title": title, "handle": slug(title),
             "vendor": vendor, "type": ptype, "tags": tags, "status": status, "created": created,
             "published": created + dt.timedelta(minutes=rng.randint(5, 600)) if published else None,
             "updated": archived if archived else created + dt.timedelta(days=rng.randint(0, 200)),
             "archived": archived, "pop": pop, "kind": kind, "variants": [], "release": release}
        if p["updated"] > DT(2025, 12, 31, 12, 0) and not archived:
            p["updated"] = DT(2025, 12, 31, 12, 0) - dt.timedelta(minutes=rng.randint(0, 5000))
        products.append(p)
        return p

    def add_variant(p, title, price_c, cost_c, taxable=1, ship=1, grams=0, compare=None):
        sku_seq[0] += rng.randint(1, 7)
        v = {"id": vid_base + len(variants) * 1_117 + rng.randint(0, 99), "product": p, "title": title,
             "sku": f"CN-{sku_seq[0]:05d}", "barcode": "".join(str(rng.randint(0, 9)) for _ in range(12)) if ship else None,
             "price": price_c, "compare": compare, "cost": cost_c, "pos": len(p["variants"]) + 1, "taxable": taxable,
             "ship": ship, "grams": grams, "w": 1.0}
        p["variants"].append(v)
        variants.append(v)
        return v

    def album_title():
        while True:
            t = rng.choice(WORDS_A) + " " + rng.choice(WORDS_B)
            if rng.random() < 0.2:
                t = "The " + t
            if t not in used_titles:
                used_titles.add(t)
                return t

    def rand_created(a, b):
        span = (b - a).days
        return DT.combine(a + dt.timedelta(days=rng.randint(0, span)), dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))

    # music: each artist has 1-4 releases; vinyl products (some also on CD / cassette as separate products)
    artist_order = ARTISTS[:]
    for ai, artist in enumerate(artist_order):
        label = LABELS[(ai * 7 + 3) % len(LABELS)] if rng.random() < 0.85 else rng.choice(LABELS)
        nrel = rng.choice([1, 2, 2, 3, 3, 4])
        for r in range(nrel):
            album = album_title()
            if rng.random() < 0.55:
                created = rand_created(D(2018, 3, 1), D(2022, 12, 20))
            else:
                created = rand_created(D(2023, 1, 6), D(2025, 10, 31))
            reissue = created.year < 2021 and rng.random() < 0.3
            pop = rng.lognormvariate(0, 0.7)
            tags = ["vinyl"]
            if created.date() >= D(2023, 1, 1):
                tags.append("new-release")
            if reissue:
                tags.append("reissue")
            if rng.random() < 0.12:
                tags.append("staff-pick")
                pop *= 1.5
            double = rng.random() < 0.15
            title = f"{artist} – {album}"
            vp = add_product(title, label, "Vinyl", ", ".join(tags), created, pop=pop)
            base = rng.choice([2699, 2799, 2899, 2999, 3199, 3299, 3499]) + (1200 if double else 0)
            add_variant(vp, "Black Vinyl" if not double else "Black 2LP", base, int(base * rng.uniform(0.52, 0.6)), grams=600 if double else 320)
            if rng.random() < 0.35:
                col = rng.choice(COLOURS)
                lv = add_variant(vp, f"Limited {col} Vinyl" if not double else f"Limited {col} 2LP", base + 600,
                                 int((base + 600) * 0.58), grams=600 if double else 320)
                lv["w"] = 0.45
            if rng.random() < 0.38:
                cp = add_product(f"{artist} – {album} (CD)", label, "CD", "cd" + (", new-release" if created.date() >= D(2023, 1, 1) else ""),
                                 created, pop=pop * 0.35)
                cprice = rng.choice([1299, 1399, 1499, 1599])
                add_variant(cp, "Default Title", cprice, int(cprice * 0.55), grams=110)
            if rng.random() < 0.12:
                kp = add_product(f"{artist} – {album} (Cassette)", label, "Cassette", "cassette", created, pop=pop * 0.25)
                kprice = rng.choice([1099, 1199, 1299])
                add_variant(kp, "Default Title", kprice, int(kprice * 0.5), grams=80)

    # Record Store Day exclusives: released for RSD, sold mostly in the shops on the day
    rsd_products = []
    for y_i, day in enumerate(RSD + RSD_BF):
        for j in range(3 if day in RSD else 2):
            artist = rng.choice(ARTISTS)
            album = album_title()
            created = DT.combine(day - dt.timedelta(days=rng.randint(4, 9)), dt.time(10, rng.randint(0, 59), rng.randint(0, 59)))
            tag = "vinyl, record-store-day, exclusive" if day in RSD else "vinyl, record-store-day, black-friday, exclusive"
            p = add_product(f"{artist} – {album} (RSD Exclusive)", rng.choice(LABELS), "Vinyl", tag, created, pop=0.4, kind="rsd")
            p["rsd_day"] = day
            price = rng.choice([3499, 3699, 3999, 4499])
            add_variant(p, "Limited Edition Vinyl", price, int(price * 0.6), grams=320)
            rsd_products.append(p)

    # pre-orders for January 2026 and two drafts
    pre = []
    for i in range(2):
        artist = rng.choice(ARTISTS)
        album = album_title()
        created = DT(2025, 11, 10 + 6 * i, 11, 20 + i, 5)
        p = add_product(f"{artist} – {album}", rng.choice(LABELS), "Vinyl", "vinyl, new-release, pre-order", created, pop=2.2,
                        kind="pre", release=D(2026, 1, 16 + 7 * i))
        add_variant(p, "Black Vinyl", 3199, 1780, grams=320)
        pre.append(p)
    for i in range(2):
        artist = rng.choice(ARTISTS)
        album = album_title()
        p = add_product(f"{artist} – {album}", rng.choice(LABELS), "Vinyl", "vinyl, new-release", DT(2025, 12, 8 + 5 * i, 15, 2, 44),
                        status="draft", published=False, pop=0)
        add_variant(p, "Black Vinyl", 2999, 1650, grams=320)

    # hardware & accessories & merch & gift cards
    HW = [("Audio-Technica AT-LP60X Turntable", "Audio-Technica", 14999, 0.6, 2.0), ("Audio-Technica AT-LP120XUSB Turntable", "Audio-Technica", 34900, 0.62, 1.0),
          ("Pro-Ject Debut Carbon EVO Turntable", "Pro-Ject", 59900, 0.64, 0.5), ("Fluance RT82 Turntable", "Fluance", 29999, 0.6, 0.7),
          ("Ortofon 2M Red Cartridge", "Ortofon", 12900, 0.55, 0.9), ("Ortofon 2M Blue Cartridge", "Ortofon", 25900, 0.55, 0.3),
          ("Audio-Technica AT-VM95E Cartridge", "Audio-Technica", 6900, 0.55, 0.8), ("Edifier R1280DB Powered Speakers", "Edifier", 14999, 0.62, 0.9),
          ("Fluance Ai41 Powered Speakers", "Fluance", 24999, 0.6, 0.5), ("Pro-Ject Phono Box E Preamp", "Pro-Ject", 7900, 0.58, 0.6)]
    for title, vendor, price, cm, pop in HW:
        created = rand_created(D(2019, 1, 1), D(2022, 6, 1)) if rng.random() < 0.8 else rand_created(D(2023, 2, 1), D(2024, 6, 1))
        p = add_product(title, vendor, "Turntables & Audio", "audio", created, pop=pop * 0.55, kind="hw")
        add_variant(p, "Default Title", price, int(price * cm), grams=4500 if "Turntable" in title else 900)
    ACC = [("Anti-Static Inner Sleeves (50 pack)", "Crate & Needle", 1499, 2.2), ("Outer Sleeves 3 mil (100 pack)", "Crate & Needle", 1999, 1.6),
           ("Carbon Fibre Record Brush", "AudioQuest", 1999, 1.4), ("Record Cleaning Fluid 8 oz", "Spin-Clean", 1499, 1.0),
           ("Spin-Clean Record Washer Kit", "Spin-Clean", 8499, 0.4), ("Felt Slipmat – Crate & Needle Logo", "Crate & Needle", 1800, 0.9),
           ("Cork Slipmat", "Crate & Needle", 2200, 0.5), ("Stylus Cleaner", "Onzow", 2999, 0.5), ("Wooden Record Crate", "Crate & Needle", 4999, 0.5),
           ("Record Display Shelf", "Crate & Needle", 2499, 0.3), ("Vinyl Storage Cube", "Crate & Needle", 8999, 0.25),
           ("Turntable Dust Cover", "Crate & Needle", 3499, 0.2), ("45 RPM Adapter", "Crate & Needle", 699, 0.6)]
    for title, vendor, price, pop in ACC:
        created = rand_created(D(2019, 6, 1), D(2022, 10, 1)) if rng.random() < 0.85 else rand_created(D(2023, 3, 1), D(2025, 3, 1))
        p = add_product(title, vendor, "Accessories", "accessories", created, pop=pop * 0.5, kind="acc")
        add_variant(p, "Default Title", price, int(price * 0.45), grams=300)
    MERCH = [("Crate & Needle Logo Tee", 2800, ["S", "M", "L", "XL"]), ("Crate & Needle Tote Bag", 1800, ["Default Title"]),
             ("Needle Drop Hoodie", 5500, ["S", "M", "L", "XL"]), ("Record Store Day 2024 Tee", 3000, ["S", "M", "L"])]
    for title, price, sizes in MERCH:
        if "2024" in title:
            created = DT(2024, 4, 10, 12, 0, 0)
            p = add_product(title, "Crate & Needle", "Apparel", "merch, record-store-day", created, pop=0.2, kind="merch",
                            archived=DT(2024, 12, 31, 17, 30, 0), status="archived")
        else:
            p = add_product(title, "Crate & Needle", "Apparel", "merch", rand_created(D(2020, 1, 1), D(2022, 8, 1)), pop=0.35, kind="merch")
        for s in sizes:
            v = add_variant(p, s, price, int(price * 0.4), grams=250)
            v["w"] = {"S": 0.6, "M": 1.0, "L": 1.0, "XL": 0.5}.get(s, 1.0)
    gc = add_product("Crate & Needle Gift Card", "Crate & Needle", "Gift Cards", "gift-card", DT(2020, 11, 2, 10, 0, 0), pop=0.25, kind="gift")
    for amt in (2500, 5000, 10000):
        add_variant(gc, f"${amt // 100}", amt, 0, taxable=0, ship=0, grams=0)

    # archive some older catalogue items during 2023-2025 (sold out / delisted)
    cands = [p for p in products if p["kind"] == "std" and p["type"] in ("Vinyl", "CD") and p["created"] < DT(2022, 6, 1)]
    rng.shuffle(cands)
    for p in cands[:11]:
        p["status"] = "archived"
        p["archived"] = rand_created(D(2023, 5, 1), D(2025, 9, 30))
        p["updated"] = p["archived"]
    for p in cands[11:14]:                     # archived before the data period: never sold in 2023-2025
        p["status"] = "archived"
        p["archived"] = rand_created(D(2022, 2, 1), D(2022, 11, 30))
        p["updated"] = p["archived"]
    for p in rsd_products:
        if rng.random() < 0.6:
            p["status"] = "archived"
            p["archived"] = DT.combine(p["rsd_day"] + dt.timedelta(days=rng.randint(40, 150)), dt.time(16, 5, 0))
            if p["archived"] > DT(2025, 12, 20):
                p["archived"] = None
                p["status"] = "active"
            else:
                p["updated"] = p["archived"]
    hw_arch = [p for p in products if p["kind"] == "hw"][0]     # AT-LP60X replaced in 2024
    hw_arch["status"] = "archived"
    hw_arch["archived"] = DT(2024, 6, 28, 14, 40, 0)
    hw_arch["updated"] = hw_arch["archived"]

    # a few compare-at prices (on sale at the end of 2025)
    for p in products:
        if p["kind"] == "std" and p["status"] == "active" and rng.random() < 0.05:
            for v in p["variants"]:
                v["compare"] = v["price"] + 500

    def price_on(v, d):
        p = v["product"]
        if p["type"] == "Vinyl" and p["kind"] in ("std",) and d < D(2025, 1, 1):
            return v["price"] - 200           # vinyl prices rose by $2 on 1 January 2025
        return v["price"]

    # ------------------------------------------------------------ discount codes
    def tdt(y, m, d, h=0, mi=0, s=0):
        return DT(y, m, d, h, mi, s)
    CODES = [  # code, type, value (pct or cents), min subtotal cents, once, starts, ends, channel
        ("WELCOME10", "percentage", 10, None, 1, tdt(2021, 1, 4, 9), None, "web"),
        ("VINYLCLUB15", "percentage", 15, None, 0, tdt(2022, 3, 1, 9), None, "any"),
        ("STAFF25", "percentage", 25, None, 0, tdt(2020, 1, 2, 9), None, "pos"),
        ("SPRINGCLEAN23", "percentage", 10, None, 0, tdt(2023, 3, 15), tdt(2023, 4, 15, 23, 59, 59), "web"),
        ("SUMMERSPIN24", "fixed_amount", 500, 4000, 0, tdt(2024, 7, 1), tdt(2024, 8, 31, 23, 59, 59), "web"),
        ("SUMMERSPIN25", "fixed_amount", 500, 4000, 0, tdt(2025, 7, 1), tdt(2025, 8, 31, 23, 59, 59), "web"),
        ("SEATTLEOPEN", "percentage", 10, None, 0, tdt(2024, 3, 9), tdt(2024, 3, 17, 23, 59, 59), "SEA"),
        ("TEMESCALBYE", "percentage", 30, None, 0, tdt(2024, 8, 15), tdt(2024, 8, 31, 23, 59, 59), "OAK"),
        ("OLDPORT3", "percentage", 15, None, 0, tdt(2024, 9, 14), tdt(2024, 9, 15, 23, 59, 59), "OLD"),
        ("BLACKFRIDAY23", "percentage", 20, None, 0, tdt(2023, 11, 24), tdt(2023, 11, 27, 23, 59, 59), "web"),
        ("BLACKFRIDAY24", "percentage", 20, None, 0, tdt(2024, 11, 29), tdt(2024, 12, 2, 23, 59, 59), "web"),
        ("BLACKFRIDAY25", "percentage", 20, None, 0, tdt(2025, 11, 28), tdt(2025, 12, 1, 23, 59, 59), "web"),
        ("HOLIDAY23", "fixed_amount", 1000, 7500, 0, tdt(2023, 12, 8), tdt(2023, 12, 18, 23, 59, 59), "web"),
        ("HOLIDAY24", "fixed_amount", 1000, 7500, 0, tdt(2024, 12, 6), tdt(2024, 12, 16, 23, 59, 59), "web"),
        ("HOLIDAY25", "fixed_amount", 1000, 7500, 0, tdt(2025, 12, 5), tdt(2025, 12, 15, 23, 59, 59), "web"),
        ("PODCAST20", "percentage", 20, None, 1, tdt(2025, 5, 1), tdt(2025, 6, 30, 23, 59, 59), "none"),
        ("LOSTWEEKEND", "fixed_amount", 1500, 6000, 1, tdt(2023, 6, 1), tdt(2023, 6, 30, 23, 59, 59), "none"),
    ]
    code_by = {c[0]: c for c in CODES}

    # ------------------------------------------------------------ customers
    customers = []
    used_names, used_emails = set(), set()
    cust_id = [6_823_117_000_000]
    addr_rows = []
    addr_id = [8_402_551_000_000]
    city_w = [c[6] for c in CITIES]

    def new_address(city=None):
        c = city or rng.choices(CITIES, weights=city_w)[0]
        num = rng.randint(10, 9899)
        street = rng.choice(STREETS if c[4] != "GB" else ["High Street", "Church Road", "Station Road", "Victoria Road", "Mill Lane"])
        if c[4] == "US":
            zipc = c[5] + f"{rng.randint(1, 99):02d}"
        elif c[4] == "CA":
            zipc = f"{c[5]}{rng.choice('ABCEGHJKLMNPRSTVXY')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
        else:
            zipc = f"{c[5]} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        return {"a1": f"{num} {street}", "a2": rng.choice([None] * 6 + [f"Apt {rng.randint(1, 40)}", f"Unit {rng.randint(1, 12)}"]),
                "city": c[0], "prov": c[1], "pc": c[2], "country": c[3], "cc": c[4], "zip": zipc}

    def phone_for(a):
        if a["cc"] == "US":
            area = {"OR": "503", "WA": "206", "ME": "207", "CA": "510", "MA": "617", "IL": "312", "NY": "718", "TX": "512", "CO": "303",
                    "MN": "612", "VT": "802", "NH": "603", "RI": "401", "PA": "215", "ID": "208"}[a["pc"]]
            return f"+1{area}555{rng.randint(1000, 9999)}"
        if a["cc"] == "CA":
            return f"+1{ {'BC': '604', 'QC': '514', 'ON': '416'}[a['pc']] }555{rng.randint(1000, 9999)}".replace(" ", "")
        return f"+44 20 7946 {rng.randint(1000, 9999)}"

    def new_customer(created, city=None, tags=None, company=None, referred=None):
        while True:
            fn, ln = rng.choice(US_FIRST), rng.choice(US_LAST)
            if (fn, ln) not in used_names:
                break
        used_names.add((fn, ln))
        base = f"{slug(fn).replace('-', '')}.{slug(ln).replace('-', '')}"
        email = base + rng.choice(["@gmail.com", "@gmail.com", "@yahoo.com", "@outlook.com", "@icloud.com", "@proton.me", "@hotmail.com"])
        n = 2
        while email in used_emails:
            email = f"{base}{n}@gmail.com"
            n += 1
        used_emails.add(email)
        cust_id[0] += rng.randint(600, 4200)
        a = new_address(city)
        c = {"id": cust_id[0], "first": fn, "last": ln, "email": email, "created": created, "addr": a,
             "phone": phone_for(a) if rng.random() < 0.55 else None, "mkt": 1 if rng.random() < 0.46 else 0,
             "tax_exempt": 0, "tags": list(tags or []), "note": None, "referred": referred, "aff": min(rng.paretovariate(1.6), 9.0),
             "company": company, "last_activity": created}
        if rng.random() < 0.06 and "wholesale" not in c["tags"]:
            c["tags"].append("vinyl-club")
            c["aff"] *= 2.2
        customers.append(c)
        addr_id[0] += rng.randint(500, 3000)
        addr_rows.append((addr_id[0], c["id"], fn, ln, company, a["a1"], a["a2"], a["city"], a["prov"], a["pc"], a["country"], a["cc"],
                          a["zip"], c["phone"], 1))
        if rng.random() < 0.14 and not company:
            b = new_address(city=rng.choices(CITIES, weights=city_w)[0])
            c["addr2"] = b
            addr_id[0] += rng.randint(500, 3000)
            addr_rows.append((addr_id[0], c["id"], fn, ln, None, b["a1"], b["a2"], b["city"], b["prov"],
                              b["pc"], b["country"], b["cc"], b["zip"], None, 0))
        return c

    # existing customer base before 2023
    for _ in range(930):
        created = DT.combine(D(2019, 3, 1) + dt.timedelta(days=rng.randint(0, 1400)), dt.time(rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59)))
        new_customer(created)
    customers.sort(key=lambda c: c["created"])
    # wholesale accounts (record shops and cafés), tax exempt
    WHOLESALE = [("Spin Cycle Records", "Eugene"), ("Groundwork Coffee & Vinyl", "Bend"), ("Low Tide Records", "Tacoma"),
                 ("Casco Bay Sound", "Bangor"), ("The Listening Room", "Boise"), ("Side B Books & Records", "Olympia"),
                 ("Disquaire Laurier", "Montréal"), ("Needle & Thread Café", "Salem")]
    wholesale = []
    for name, city in WHOLESALE:
        cc = [c for c in CITIES if c[0] == city][0]
        created = DT.combine(D(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 1000)), dt.time(10, rng.randint(0, 59), 0))
        c = new_customer(created, city=cc, tags=["wholesale"], company=name)
        c["tax_exempt"] = 1 if cc[4] == "US" else 0
        c["note"] = f"Wholesale account – {name}"
        c["mkt"] = 0
        wholesale.append(c)
    staff_custs = []
    for i in range(9):
        created = DT.combine(D(2019, 6, 1) + dt.timedelta(days=rng.randint(0, 1200)), dt.time(12, rng.randint(0, 59), 0))
        home = [c for c in CITIES if c[0] == ["Portland", "Portland", "Portland", "Seattle", "Oakland", "Portland", "Beaverton", "Portland", "Seattle"][i]
                and c[2] == ["OR", "OR", "ME", "WA", "CA", "ME", "OR", "OR", "WA"][i]][0]
        c = new_customer(created, city=home, tags=["staff"])
        c["tags"] = ["staff"]
        staff_custs.append(c)
    customers.sort(key=lambda c: (c["created"], c["id"]))

    # ------------------------------------------------------------ orders
    orders = []
    MONTH_F = {1: 0.8, 2: 0.72, 3: 0.85, 4: 0.95, 5: 0.88, 6: 0.82, 7: 0.85, 8: 0.9, 9: 0.95, 10: 1.05, 11: 1.35, 12: 1.85}
    YEAR_F = {2023: 1.0, 2024: 1.09, 2025: 1.17}
    WD_POS = [0.8, 0.75, 0.85, 0.95, 1.2, 1.65, 1.35]

    def avail_products(d, channel):
        out = []
        for p in products:
            if p["status"] == "draft" or p["created"].date() >= d or (p["archived"] and p["archived"].date() <= d):
                continue
            if p["kind"] == "pre" and channel != "web":
                continue
            if p["kind"] == "rsd":
                rd = p["rsd_day"]
                if d < rd:
                    continue
                if d == rd:
                    w = 40.0 if channel != "web" else 0.0
                else:
                    age = (d - rd).days
                    w = 2.5 * math.exp(-age / 20.0)
            else:
                age = (d - p["created"].date()).days
                w = p["pop"] * (1 + 2.5 * math.exp(-age / 45.0))
                if p["kind"] == "pre":
                    w = p["pop"] * 2
                if p["kind"] == "gift":
                    w = p["pop"] * (4 if d.month == 12 else 1)
                if p["kind"] == "hw":
                    w *= 2.2 if d.month in (11, 12) else 1
                if channel != "web" and p["kind"] in ("acc", "merch"):
                    w *= 1.8
            if w > 0:
                out.append((p, w))
        return out

    def pick_lines(d, channel, n_items, on_rsd=False):
        av = avail_products(d, channel)
        if on_rsd and channel != "web":
            av_rsd = [(p, w) for p, w in av if p["kind"] == "rsd" and p["rsd_day"] == d]
        lines, chosen = [], set()
        for i in range(n_items):
            pool = av
            if on_rsd and channel != "web" and i < 2 and av_rsd:
                pool = av_rsd
            for _ in range(10):
                p = rng.choices([x[0] for x in pool], weights=[x[1] for x in pool])[0]
                if p["id"] not in chosen:
                    break
            if p["id"] in chosen:
                continue
            chosen.add(p["id"])
            v = rng.choices(p["variants"], weights=[x["w"] for x in p["variants"]])[0]
            q = 1
            r = rng.random()
            if p["kind"] in ("acc",) and r < 0.25:
                q = rng.choice([2, 2, 3])
            elif p["kind"] == "gift" and r < 0.15:
                q = 2
            elif p["kind"] == "std" and r < 0.04:
                q = 2
            lines.append({"v": v, "p": p, "q": q, "price": price_on(v, d), "disc": 0})
        return lines

    def apply_code(lines, code):
        _, typ, val, mins, *_ = code_by[code]
        elig = [l for l in lines if l["p"]["kind"] != "gift"]
        gross = sum(l["price"] * l["q"] for l in elig)
        if not elig or (mins and gross < mins):
            return False
        if typ == "percentage":
            for l in elig:
                l["disc"] = half_up(l["price"] * l["q"] * val, 100)
        else:
            amt = min(val, gross)
            left = amt
            for i, l in enumerate(elig):
                share = half_up(amt * l["price"] * l["q"], gross) if i < len(elig) - 1 else left
                share = min(share, left)
                l["disc"] = share
                left -= share
        return True

    def code_ok(code, t, channel, cust, first_order):
        _, typ, val, mins, once, st, en, ch = code_by[code]
        if t < st or (en and t > en):
            return False
        if ch == "none":
            return False
        if ch == "web" and channel != "web":
            return False
        if ch == "pos" and channel != "pos":
            return False
        if ch in LOC_ID and channel != ch:
            return False
        return True

    def make_order(t, channel, loc, cust, lines, ship_addr, code=None, extra_tags=None, wholesale_disc=0):
        o = {"t": t, "channel": channel, "loc": loc, "cust": cust, "lines": lines, "ship": ship_addr, "code": code,
             "tags": list(extra_tags or []), "email": cust["email"] if cust else None}
        if code:
            if not apply_code(lines, code):
                o["code"] = None
        if wholesale_disc:
            for l in lines:
                l["disc"] = half_up(l["price"] * l["q"] * wholesale_disc, 100)
        sub = sum(l["price"] * l["q"] - l["disc"] for l in lines)
        o["sub"] = sub
        o["disc"] = sum(l["disc"] for l in lines)
        nship = sum(l["q"] for l in lines if l["v"]["ship"])
        if channel == "pos":
            ship = 0
            rate = POS_TAX[loc]
        elif channel == "draft":
            ship = 2500
            rate = 0 if cust["tax_exempt"] or ship_addr["cc"] != "US" else WEB_TAX.get(ship_addr["pc"], 0)
        else:
            if nship == 0:
                ship = 0
            elif ship_addr["cc"] == "US":
                ship = 599 + 150 * (nship - 1)
                if t.date() >= D(2024, 1, 1) and sub >= 10000:
                    ship = 0
            elif ship_addr["cc"] == "CA":
                ship = 1999
            else:
                ship = 2999
            rate = WEB_TAX.get(ship_addr["pc"], 0) if ship_addr["cc"] == "US" else 0
        o["ship_c"] = ship
        o["rate"] = rate
        taxable = sum(l["price"] * l["q"] - l["disc"] for l in lines if l["v"]["taxable"])
        o["tax"] = half_up(taxable * rate, 10000)
        o["total"] = sub + ship + o["tax"]
        orders.append(o)
        if cust:
            cust["last_activity"] = max(cust["last_activity"], t)
            cust.setdefault("n_orders", 0)
            cust["n_orders"] += 1
        return o

    def web_time(d):
        h = rng.choices(range(24), weights=[2, 1, 1, 0.5, 0.5, 0.8, 1.5, 2.5, 3, 3.5, 4, 4, 4.5, 4.5, 4, 4, 4, 4.5, 5, 6, 6.5, 6, 5, 3.5])[0]
        return DT.combine(d, dt.time(h, rng.randint(0, 59), rng.randint(0, 59)))

    def pos_time(d, k):
        # shop hours 11:00-19:00 local to the shop; timestamps are in the shop's (Pacific) time zone
        shift = 3 if k == "OLD" else 0
        h = rng.choices(range(11, 19), weights=[2, 3, 4, 4, 4, 4, 3.5, 2.5])[0] - shift
        return DT.combine(d, dt.time(h, rng.randint(0, 59), rng.randint(0, 59)))

    cust_by_state = {}
    eligible = []          # customers who exist at the current moment (wholesale accounts excluded)
    pending = sorted(([c["created"], c["id"]] for c in customers if "wholesale" not in c["tags"]))
    by_id = {c["id"]: c for c in customers}

    def join(c):
        eligible.append(c)
        cust_by_state.setdefault(c["addr"]["pc"], []).append(c)

    def refresh_eligible(t):
        while pending and pending[0][0] <= t:
            join(by_id[pending.pop(0)[1]])

    ref_start = D(2023, 3, 1)
    for d in daterange(START, END):
        yf = YEAR_F[d.year] * MONTH_F[d.month]
        # newsletter sign-ups without an order
        for _ in range(poisson(rng, 0.17)):
            t = web_time(d)
            c = new_customer(t)
            c["mkt"] = 1
            by_id[c["id"]] = c
            pending.append([c["created"], c["id"]])
            pending.sort()
        lam_web = 3.1 * yf
        if d in RSD_BF:
            lam_web *= 2.5
        if d in CYBER_MONDAY:
            lam_web *= 2.8
        if d.month == 12 and 1 <= d.day <= 18:
            lam_web *= 1.25
        if d.month == 12 and d.day >= 24:
            lam_web *= 0.55
        events = []
        for _ in range(poisson(rng, lam_web)):
            events.append((web_time(d), "web", None))
        if d not in THANKSGIVING and not (d.month == 12 and d.day == 25) and not (d.month == 1 and d.day == 1):
            for k in ("HAW", "OLD", "OAK", "SEA"):
                if not loc_open(k, d):
                    continue
                lam = POS_LAMBDA[k] * yf * WD_POS[d.weekday()]
                if d in RSD:
                    lam *= 9
                if d in RSD_BF:
                    lam *= 4
                if k == "SEA" and d < D(2024, 3, 18):
                    lam *= 2.2
                if k == "OAK" and D(2024, 8, 15) <= d:
                    lam *= 2.5
                if k == "OLD" and d in (D(2024, 9, 14), D(2024, 9, 15)):
                    lam *= 3
                for _ in range(poisson(rng, lam)):
                    events.append((pos_time(d, k), "pos", k))
        if rng.random() < 0.035 and d.weekday() < 5:
            events.append((DT.combine(d, dt.time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59))), "draft", None))
        events.sort(key=lambda e: (e[0], e[1], e[2] or ""))
        for t, channel, k in events:
            refresh_eligible(t)
            if channel == "web":
                r = rng.random()
                first = False
                if r < 0.07:
                    cust = None
                elif r < 0.40 or not eligible:
                    referred = None
                    if d >= ref_start and rng.random() < 0.13:
                        referred = rng.choices(eligible, weights=[c["aff"] * (3 if "vinyl-club" in c["tags"] else 1) for c in eligible])[0]
                    cust = new_customer(t - dt.timedelta(seconds=rng.randint(30, 240)), referred=referred)
                    join(cust)
                    first = True
                else:
                    cust = rng.choices(eligible, weights=[c["aff"] for c in eligible])[0]
                n = rng.choices([1, 2, 3, 4, 5], weights=[50, 27, 13, 6, 4])[0]
                lines = pick_lines(d, "web", n)
                if cust:
                    addr = cust.get("addr2") if cust.get("addr2") and rng.random() < 0.15 else cust["addr"]
                else:
                    addr = new_address()
                code = None
                cands = []
                for cd in ("BLACKFRIDAY23", "BLACKFRIDAY24", "BLACKFRIDAY25", "HOLIDAY23", "HOLIDAY24", "HOLIDAY25",
                           "SUMMERSPIN24", "SUMMERSPIN25", "SPRINGCLEAN23"):
                    if code_ok(cd, t, "web", cust, first):
                        cands.append(cd)
                if cust and "vinyl-club" in cust["tags"] and rng.random() < 0.6:
                    code = "VINYLCLUB15"
                elif first and rng.random() < 0.33:
                    code = "WELCOME10"
                elif cands and rng.random() < (0.7 if cands[0].startswith("BLACK") else 0.3):
                    code = cands[0]
                tags = []
                if d.month == 12 and d.day <= 22 and rng.random() < 0.12:
                    tags.append("gift-wrap")
                o = make_order(t, "web", None, cust, lines, addr, code=code, extra_tags=tags)
                if not cust:
                    fn, ln = rng.choice(US_FIRST), rng.choice(US_LAST)
                    o["email"] = f"{slug(fn).replace('-', '')}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com'])}"
            elif channel == "pos":
                cust = None
                r = rng.random()
                loc_state = loc_by[k][3]
                if r < 0.05:
                    cust = [c for c in staff_custs if c["addr"]["pc"] == loc_state and c["created"] <= t]
                    cust = rng.choice(cust) if cust else None
                elif r < 0.33 and cust_by_state.get(loc_state):
                    pool = cust_by_state[loc_state]
                    cust = rng.choices(pool, weights=[c["aff"] for c in pool])[0]
                elif r < 0.40:
                    city = [c for c in CITIES if c[0] == loc_by[k][2] and c[2] == loc_state][0]
                    cust = new_customer(t - dt.timedelta(seconds=rng.randint(30, 120)), city=city)
                    join(cust)
                n = rng.choices([1, 2, 3, 4, 5], weights=[44, 28, 15, 8, 5])[0]
                lines = pick_lines(d, "pos", n, on_rsd=(d in RSD or d in RSD_BF))
                code = None
                if cust and "staff" in cust["tags"]:
                    code = "STAFF25"
                elif cust and "vinyl-club" in cust["tags"] and rng.random() < 0.5:
                    code = "VINYLCLUB15"
                else:
                    for cd in ("SEATTLEOPEN", "TEMESCALBYE", "OLDPORT3"):
                        if code_ok(cd, t, k, cust, False) and rng.random() < 0.75:
                            code = cd
                tags = ["record-store-day"] if (d in RSD or d in RSD_BF) else []
                make_order(t, "pos", k, cust, lines, None, code=code, extra_tags=tags)
            else:
                cust = rng.choice([c for c in wholesale if c["created"] <= t])
                av = [p for p, w in avail_products(d, "draft") if p["type"] in ("Vinyl", "CD") and p["kind"] == "std"]
                rng.shuffle(av)
                lines = []
                for p in sorted(av[:rng.randint(3, 7)], key=lambda p: p["id"]):
                    v = p["variants"][0]
                    lines.append({"v": v, "p": p, "q": rng.randint(3, 10), "price": price_on(v, d), "disc": 0})
                make_order(t, "draft", None, cust, lines, cust["addr"], extra_tags=["wholesale"], wholesale_disc=40)

    # ------------------------------------------------------------ statuses, fulfillments, refunds
    orders.sort(key=lambda o: o["t"])
    oid, lid = [5_093_118_000_000], [13_770_402_000_000]
    number = 14_212
    ful_rows, ref_rows, rli_rows = [], [], []
    fid, rid, rlid = [4_711_090_000_000], [9_310_220_000_000], [2_204_870_000_000]
    end_t = DT(2025, 12, 31, 23, 59, 59)
    CARRIER_NOTE = ["Warped record", "Damaged in transit", "Wrong item shipped", "Customer changed mind", "Skips on side B",
                    "Defective pressing"]
    for o in orders:
        oid[0] += rng.randint(20_000, 900_000)
        o["id"] = oid[0]
        o["number"] = number
        number += 1
        for l in o["lines"]:
            lid[0] += rng.randint(10_000, 400_000)
            l["id"] = lid[0]
        t = o["t"]
        o["cancelled"] = None
        o["reason"] = None
        o["fin"] = "paid"
        o["ful"] = "fulfilled"
        o["refunds"] = []
        o["fuls"] = []
        has_pre = any(l["p"]["kind"] == "pre" for l in o["lines"])
        if o["channel"] == "web" and not has_pre and rng.random() < 0.025:
            o["cancelled"] = t + dt.timedelta(hours=rng.randint(1, 50), minutes=rng.randint(0, 59))
            if o["cancelled"] > end_t:
                o["cancelled"] = t + dt.timedelta(minutes=rng.randint(5, 60))
            o["reason"] = rng.choices(["customer", "inventory", "fraud", "declined", "other"], weights=[45, 25, 12, 12, 6])[0]
            o["fin"] = "voided"
            o["ful"] = "unfulfilled"
            continue
        if o["channel"] == "draft" and t >= DT(2025, 12, 1):
            o["fin"] = "pending"
        shippable = [l for l in o["lines"] if l["v"]["ship"]]
        if o["channel"] == "pos":
            fid[0] += rng.randint(5_000, 300_000)
            o["fuls"].append((fid[0], LOC_ID[o["loc"]], "success", t + dt.timedelta(seconds=rng.randint(5, 90)), None, None, None))
            continue
        # web / draft orders ship from the warehouse
        ship_day = t + dt.timedelta(days=rng.choice([0, 1, 1, 1, 2, 2, 3]), hours=rng.randint(0, 5))
        if ship_day.date() == t.date() or ship_day.hour < 8:
            ship_day = DT.combine(t.date() + dt.timedelta(days=1), dt.time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))
        if ship_day.weekday() == 6:
            ship_day += dt.timedelta(days=1)
        pre_lines = [l for l in o["lines"] if l["p"]["kind"] == "pre"]
        other = [l for l in o["lines"] if l["p"]["kind"] != "pre"]
        if ship_day > DT(2025, 12, 30, 17, 0) or (has_pre and not other):
            o["ful"] = "unfulfilled"
            continue
        if has_pre:
            o["ful"] = "partial"
        if not shippable:
            carrier, track, sstat = None, None, None
        else:
            heavy = any(l["p"]["kind"] == "hw" for l in o["lines"])
            carrier = "UPS" if heavy else ("USPS" if o["ship"]["cc"] != "CA" or rng.random() < 0.5 else "Canada Post")
            track = (f"1Z{rng.randint(10**15, 10**16 - 1)}" if carrier == "UPS" else f"9400{rng.randint(10**17, 10**18 - 1)}") \
                if carrier != "Canada Post" else f"{rng.randint(10**15, 10**16 - 1)}"
            sstat = "delivered" if ship_day < DT(2025, 12, 22) else "in_transit"
        if rng.random() < 0.012 and shippable:
            fid[0] += rng.randint(5_000, 300_000)
            o["fuls"].append((fid[0], LOC_ID["WH"], "cancelled", ship_day, carrier, track, None))
            ship_day += dt.timedelta(hours=rng.randint(20, 30))
            track = track[:-3] + f"{rng.randint(100, 999)}" if track else None
        lost = shippable and sstat == "delivered" and rng.random() < 0.006
        fid[0] += rng.randint(5_000, 300_000)
        o["fuls"].append((fid[0], LOC_ID["WH"], "success", ship_day, carrier, track, "failure" if lost else sstat))
        o["ship_day"] = ship_day
        o["lost"] = lost

    # refunds
    for o in orders:
        if o["cancelled"] or o["ful"] != "fulfilled" or o["fin"] == "pending":
            continue
        lines = [l for l in o["lines"] if l["p"]["kind"] != "gift"]
        if not lines:
            continue
        if o["channel"] == "pos":
            p_ref = 0.018
            base_t = o["t"]
        else:
            p_ref = 0.045
            base_t = o.get("ship_day", o["t"])
        if o.get("lost"):
            rt = base_t + dt.timedelta(days=rng.randint(10, 16), hours=rng.randint(0, 6))
            rl = [(l, l["q"], "no_restock") for l in o["lines"]]
            note = "Lost in transit"
        elif rng.random() < p_ref:
            rt = base_t + dt.timedelta(days=rng.randint(2, 25), hours=rng.randint(0, 6))
            if rng.random() < 0.3 or len(lines) == 1:
                chosen = lines if rng.random() < 0.35 or len(lines) == 1 else [rng.choice(lines)]
            else:
                chosen = [rng.choice(lines)]
            note = rng.choice(CARRIER_NOTE if o["channel"] != "pos" else ["Warped record", "Customer changed mind", "Defective pressing", "Skips on side B"])
            rtype = "no_restock" if note in ("Warped record", "Damaged in transit", "Defective pressing", "Skips on side B") else "return"
            rl = [(l, l["q"], rtype) for l in chosen]
        else:
            continue
        if rt > DT(2025, 12, 31, 18, 0):
            continue
        if rt.hour < 8:
            rt = rt.replace(hour=rng.randint(9, 17))
        rid[0] += rng.randint(2_000, 90_000)
        o["refunds"].append((rid[0], rt, note))
        ret_loc = LOC_ID[o["loc"]] if o["channel"] == "pos" else LOC_ID["WH"]
        if o["channel"] == "pos" and not loc_open(o["loc"], rt.date()):
            ret_loc = LOC_ID["WH"]
        for l, q, rtype in rl:
            net = l["price"] * l["q"] - l["disc"]
            sub = half_up(net * q, l["q"])
            tax = half_up(sub * o["rate"], 10000) if l["v"]["taxable"] else 0
            rlid[0] += rng.randint(1_000, 50_000)
            rli_rows.append((rlid[0], rid[0], l["id"], q, rtype, ret_loc if rtype == "return" else None, sub / 100, tax / 100))
            l["refunded"] = l.get("refunded", 0) + q
            l["ref_c"] = l.get("ref_c", 0) + sub + tax
        full = all(l.get("refunded", 0) == l["q"] for l in o["lines"])
        o["fin"] = "refunded" if full else "partially_refunded"

    # ------------------------------------------------------------ write orders
    order_rows, line_rows = [], []
    usage = {c[0]: 0 for c in CODES}
    for o in orders:
        c = o["cust"]
        if o["code"]:
            usage[o["code"]] += 1
        a = o["ship"] if o["channel"] != "pos" else None
        order_rows.append((o["id"], f"#{o['number']}", o["number"], c["id"] if c else None, o["email"], iso(o["t"]), iso(o["cancelled"]),
                           o["reason"], o["fin"], o["ful"], "USD", {"web": "web", "pos": "pos", "draft": "shopify_draft_order"}[o["channel"]],
                           LOC_ID[o["loc"]] if o["loc"] else None, o["code"], money(o["sub"]), money(o["disc"]), money(o["ship_c"]),
                           money(o["tax"]), money(o["total"]), a["city"] if a else None, a["pc"] if a else None, a["cc"] if a else None,
                           ", ".join(o["tags"]) if o["tags"] else None,
                           rng.choice([None] * 30 + ["Please pack carefully", "Gift – no invoice please", "Leave at back door"]) if o["channel"] == "web" else None))
        for l in o["lines"]:
            v, p = l["v"], l["p"]
            line_rows.append((l["id"], o["id"], p["id"], v["id"], p["title"], v["title"], v["sku"], p["vendor"], l["q"], money(l["price"]),
                              money(l["disc"]), v["taxable"], v["ship"]))
        for f in o["fuls"]:
            ful_rows.append((f[0], o["id"], f[1], f[2], iso(f[3]), f[4], f[5], f[6]))
        for r in o["refunds"]:
            ref_rows.append((r[0], o["id"], iso(r[1]), r[2]))
    con.executemany("INSERT INTO orders VALUES (" + ",".join("?" * 24) + ")", order_rows)
    con.executemany("INSERT INTO order_line_items VALUES (" + ",".join("?" * 13) + ")", line_rows)
    con.executemany("INSERT INTO fulfillments VALUES (?,?,?,?,?,?,?,?)", ful_rows)
    con.executemany("INSERT INTO refunds VALUES (?,?,?,?)", ref_rows)
    con.executemany("INSERT INTO refund_line_items VALUES (?,?,?,?,?,?,?,?)", rli_rows)

    # ------------------------------------------------------------ customers & addresses
    spent = {}
    for o in orders:
        if o["cust"] and not o["cancelled"]:
            s = o["total"] - sum(l.get("ref_c", 0) for l in o["lines"])
            spent[o["cust"]["id"]] = spent.get(o["cust"]["id"], 0) + s
    cust_rows = []
    for c in customers:
        upd = c["last_activity"] + dt.timedelta(minutes=rng.randint(0, 30))
        if upd > DT(2025, 12, 31, 23, 59):
            upd = DT(2025, 12, 31, 23, 59)
        cust_rows.append((c["id"], c["first"], c["last"], c["email"], c["phone"], c["mkt"], c["tax_exempt"],
                          ", ".join(c["tags"]) if c["tags"] else None, c["note"], c.get("n_orders", 0), money(spent.get(c["id"], 0)),
                          c["referred"]["id"] if c["referred"] else None, iso(c["created"]), iso(upd)))
    con.executemany("INSERT INTO customers VALUES (" + ",".join("?" * 14) + ")", cust_rows)
    con.executemany("INSERT INTO customer_addresses VALUES (" + ",".join("?" * 15) + ")", addr_rows)

    # ------------------------------------------------------------ products, variants, inventory, codes
    prow, vrow = [], []
    for p in products:
        prow.append((p["id"], p["title"], p["handle"], p["vendor"], p["type"], p["tags"], p["status"], iso(p["created"]),
                     iso(p["published"]), iso(p["updated"])))
        for v in p["variants"]:
            vrow.append((v["id"], p["id"], v["title"], v["sku"], v["barcode"], money(v["price"]), money(v["compare"]) if v["compare"] else None,
                         money(v["cost"]) if v["cost"] else None, v["pos"], v["taxable"], v["ship"], v["grams"], iso(p["created"])))
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?,?,?,?)", prow)
    con.executemany("INSERT INTO product_variants VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", vrow)
    inv = []
    for p in products:
        if p["status"] == "archived" or p["kind"] == "gift":
            continue
        for v in p["variants"]:
            for k in ("WH", "HAW", "OLD", "SEA"):
                if k != "WH" and (p["status"] == "draft" or p["kind"] == "pre" or p["kind"] == "hw" and k == "SEA"):
                    continue
                if k == "WH":
                    avail = rng.choice([0] + [rng.randint(1, 60)] * 9)
                else:
                    avail = rng.choice([0, 0] + [rng.randint(1, 12)] * 8)
                if p["status"] == "draft":
                    avail = 0
                inv.append((v["id"], LOC_ID[k], avail, iso(DT(2025, 12, rng.randint(1, 31), rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59)))))
    con.executemany("INSERT INTO inventory_levels VALUES (?,?,?,?)", inv)
    crow = []
    for i, (code, typ, val, mins, once, st, en, ch) in enumerate(CODES):
        crow.append((1_380_220_001 + i * 7_919, code, typ, f"{val}.00" if typ == "percentage" else money(val),
                     money(mins) if mins else None, once, iso(st), iso(en), usage[code], iso(st - dt.timedelta(days=rng.randint(2, 20)))))
    con.executemany("INSERT INTO discount_codes VALUES (?,?,?,?,?,?,?,?,?,?)", crow)
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
