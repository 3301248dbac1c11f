"""Crescendo Music: a musical-instrument store chain across England, Scotland, Wales and Northern Ireland.
Schema style: plural snake_case tables; only some columns repeat the table's singular name as a prefix
(store_id, store_name, but town, opened_on); suffixes _on (date), _at (timestamp), _amount (GBP, REAL),
_count; is_/has_ booleans; every status / channel / payment / condition / type is a small integer that points
at one shared lookup table (lookup_values). People's names are first_name / last_name."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import UK_FIRST, UK_LAST

SEED = 5820417
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "crescendo_music.sqlite")

SCHEMA = """
CREATE TABLE lookup_values (
  lookup_value_id INTEGER PRIMARY KEY, lookup_type TEXT NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL,
  sort_order INTEGER NOT NULL, is_active INTEGER NOT NULL, UNIQUE (lookup_type, code));
CREATE TABLE stores (
  store_id INTEGER PRIMARY KEY, store_name TEXT NOT NULL UNIQUE, town TEXT NOT NULL, county TEXT NOT NULL,
  nation TEXT NOT NULL, opened_on TEXT NOT NULL, closed_on TEXT, floor_area_sqm INTEGER NOT NULL,
  lesson_room_count INTEGER NOT NULL, has_repair_workshop INTEGER NOT NULL, has_lesson_rooms INTEGER NOT NULL,
  store_status_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id));
CREATE TABLE employees (
  employee_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_title TEXT NOT NULL,
  store_id INTEGER REFERENCES stores(store_id), reports_to_id INTEGER REFERENCES employees(employee_id),
  hired_on TEXT NOT NULL, left_on TEXT, hourly_rate_amount REAL NOT NULL, is_full_time INTEGER NOT NULL,
  is_keyholder INTEGER NOT NULL, is_active INTEGER NOT NULL);
CREATE TABLE brands (
  brand_id INTEGER PRIMARY KEY, brand_name TEXT NOT NULL UNIQUE, country TEXT NOT NULL, is_house_brand INTEGER NOT NULL);
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, product_name TEXT NOT NULL UNIQUE,
  brand_id INTEGER NOT NULL REFERENCES brands(brand_id), category TEXT NOT NULL,
  list_price_amount REAL NOT NULL, cost_amount REAL NOT NULL,
  condition_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  warehouse_stock_count INTEGER NOT NULL, is_discontinued INTEGER NOT NULL, launched_on TEXT NOT NULL);
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL UNIQUE,
  town TEXT NOT NULL, county TEXT NOT NULL,
  customer_type_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  referral_source_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  joined_on TEXT NOT NULL, has_marketing_consent INTEGER NOT NULL,
  home_store_id INTEGER NOT NULL REFERENCES stores(store_id), UNIQUE (first_name, last_name));
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores(store_id),
  customer_id INTEGER REFERENCES customers(customer_id), served_by_id INTEGER NOT NULL REFERENCES employees(employee_id),
  ordered_at TEXT NOT NULL, channel_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  payment_method_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  delivery_method_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  order_status_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  item_count INTEGER NOT NULL, discount_amount REAL NOT NULL, total_amount REAL NOT NULL);
CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders(order_id), product_id INTEGER NOT NULL REFERENCES products(product_id),
  quantity INTEGER NOT NULL, unit_price_amount REAL NOT NULL, PRIMARY KEY (order_id, product_id));
CREATE TABLE lessons (
  lesson_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores(store_id),
  tutor_id INTEGER NOT NULL REFERENCES employees(employee_id),
  customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
  instrument_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  level_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id),
  starts_at TEXT NOT NULL, duration_minutes INTEGER NOT NULL, fee_amount REAL NOT NULL,
  lesson_status_id INTEGER NOT NULL REFERENCES lookup_values(lookup_value_id));
"""

LOOKUPS = [
    ("store_status", [("OPEN", "Open"), ("REFURB", "Refurbishing"), ("CLOSED", "Closed")]),
    ("order_status", [("DONE", "Completed"), ("REFUND", "Refunded"), ("CANCEL", "Cancelled"), ("PEND", "Awaiting Collection")]),
    ("lesson_status", [("ATT", "Attended"), ("CANC", "Cancelled"), ("NOSHOW", "No Show"), ("BOOK", "Booked")]),
    ("sales_channel", [("SHOP", "In Store"), ("WEB", "Online"), ("PHONE", "Telephone")]),
    ("payment_method", [("CARD", "Card"), ("CASH", "Cash"), ("GIFT", "Gift Card"), ("PAYPAL", "PayPal"),
                        ("FIN", "Interest-Free Finance"), ("CHQ", "Cheque")]),
    ("delivery_method", [("TAKE", "Taken Away"), ("CNC", "Click & Collect"), ("POST", "Royal Mail"), ("COUR", "Courier")]),
    ("product_condition", [("NEW", "New"), ("DEMO", "Ex-Demo"), ("USED", "Pre-Owned")]),
    ("customer_type", [("IND", "Individual"), ("TEACH", "Music Teacher"), ("SCHOOL", "School"), ("BAND", "Band or Studio")]),
    ("referral_source", [("WALK", "Walked Past"), ("GOOGLE", "Google Search"), ("INSTA", "Instagram"),
                         ("FRIEND", "Friend or Family"), ("SCHOOLREF", "School Referral"), ("GIG", "Gig Flyer")]),
    ("instrument", [("GTR", "Guitar"), ("BASS", "Bass Guitar"), ("DRM", "Drums"), ("PNO", "Piano"), ("VLN", "Violin"),
                    ("VC", "Cello"), ("FL", "Flute"), ("CL", "Clarinet"), ("SAX", "Saxophone"), ("TPT", "Trumpet"),
                    ("UKE", "Ukulele"), ("VOX", "Singing")]),
    ("lesson_level", [("BEG", "Beginner"), ("INT", "Intermediate"), ("ADV", "Advanced"), ("GRADE", "Exam Preparation")]),
]

# (store name, town, county, nation, area)   area: 0 London & South, 1 Midlands & North, 2 Scotland & NI, 3 Wales & West
STORES = [
    ("Denmark Street", "London", "Greater London", "England", 0), ("Camden", "London", "Greater London", "England", 0),
    ("Richmond", "Richmond", "Greater London", "England", 0), ("Croydon", "Croydon", "Greater London", "England", 0),
    ("Kingston", "Kingston upon Thames", "Greater London", "England", 0), ("Brighton", "Brighton", "East Sussex", "England", 0),
    ("Guildford", "Guildford", "Surrey", "England", 0), ("Reading", "Reading", "Berkshire", "England", 0),
    ("Southampton", "Southampton", "Hampshire", "England", 0), ("Oxford", "Oxford", "Oxfordshire", "England", 0),
    ("Cambridge", "Cambridge", "Cambridgeshire", "England", 0), ("Norwich", "Norwich", "Norfolk", "England", 0),
    ("Milton Keynes", "Milton Keynes", "Buckinghamshire", "England", 0),
    ("Manchester", "Manchester", "Greater Manchester", "England", 1), ("Stockport", "Stockport", "Greater Manchester", "England", 1),
    ("Leeds", "Leeds", "West Yorkshire", "England", 1), ("Sheffield", "Sheffield", "South Yorkshire", "England", 1),
    ("York", "York", "North Yorkshire", "England", 1), ("Richmond Market Place", "Richmond", "North Yorkshire", "England", 1),
    ("Harrogate", "Harrogate", "North Yorkshire", "England", 1), ("Liverpool", "Liverpool", "Merseyside", "England", 1),
    ("Birmingham", "Birmingham", "West Midlands", "England", 1), ("Coventry", "Coventry", "West Midlands", "England", 1),
    ("Nottingham", "Nottingham", "Nottinghamshire", "England", 1), ("Leicester", "Leicester", "Leicestershire", "England", 1),
    ("Newcastle", "Newcastle upon Tyne", "Tyne and Wear", "England", 1), ("Durham", "Durham", "County Durham", "England", 1),
    ("Lincoln", "Lincoln", "Lincolnshire", "England", 1), ("Hull", "Kingston upon Hull", "East Riding of Yorkshire", "England", 1),
    ("Glasgow", "Glasgow", "Glasgow City", "Scotland", 2), ("Edinburgh", "Edinburgh", "City of Edinburgh", "Scotland", 2),
    ("Aberdeen", "Aberdeen", "Aberdeen City", "Scotland", 2), ("Dundee", "Dundee", "Dundee City", "Scotland", 2),
    ("Inverness", "Inverness", "Highland", "Scotland", 2), ("Stirling", "Stirling", "Stirling", "Scotland", 2),
    ("Belfast", "Belfast", "County Antrim", "Northern Ireland", 2), ("Lisburn", "Lisburn", "County Antrim", "Northern Ireland", 2),
    ("Derry", "Derry", "County Londonderry", "Northern Ireland", 2), ("Newry", "Newry", "County Down", "Northern Ireland", 2),
    ("Bangor Marina", "Bangor", "County Down", "Northern Ireland", 2),
    ("Cardiff", "Cardiff", "Cardiff", "Wales", 3), ("Swansea", "Swansea", "Swansea", "Wales", 3),
    ("Newport", "Newport", "Newport", "Wales", 3), ("Wrexham", "Wrexham", "Wrexham", "Wales", 3),
    ("Aberystwyth", "Aberystwyth", "Ceredigion", "Wales", 3), ("Bangor", "Bangor", "Gwynedd", "Wales", 3),
    ("Bristol", "Bristol", "Bristol", "England", 3), ("Bath", "Bath", "Somerset", "England", 3),
    ("Exeter", "Exeter", "Devon", "England", 3), ("Plymouth", "Plymouth", "Devon", "England", 3),
]
AREAS = ["London & South", "Midlands & North", "Scotland & Northern Ireland", "Wales & West"]
CLOSED = {"Lincoln": "2024-06-29", "Durham": "2025-03-29", "Newry": "2024-11-30"}
REFURB = {"Camden", "Glasgow", "Bath"}
NEW_STORES = {"Milton Keynes": "2023-09-16", "Stirling": "2024-04-06", "Lisburn": "2025-03-01"}

BRANDS = [  # name, country, house brand, categories
    ("Crescendo", "United Kingdom", 1, ["Acoustic Guitars", "Ukuleles", "Accessories", "Percussion", "Orchestral Strings"]),
    ("Harlow & Finch", "United Kingdom", 0, ["Electric Guitars", "Acoustic Guitars"]),
    ("Blackthorn Guitars", "United States", 0, ["Electric Guitars", "Bass Guitars"]),
    ("Redwood Tone", "United States", 0, ["Acoustic Guitars", "Electric Guitars"]),
    ("Kasai", "Japan", 0, ["Electric Guitars", "Bass Guitars", "Effects Pedals"]),
    ("Morimoto", "Japan", 0, ["Digital Pianos", "Keyboards & Synths", "Woodwind", "Brass"]),
    ("Valdés Guitarras", "Spain", 0, ["Classical Guitars"]),
    ("Señorío", "Spain", 0, ["Classical Guitars", "Ukuleles"]),
    ("Brückner", "Germany", 0, ["Orchestral Strings"]),
    ("Klangwerk", "Germany", 0, ["Keyboards & Synths", "Recording & Audio"]),
    ("Ørsted Audio", "Denmark", 0, ["Recording & Audio"]),
    ("Nordlys", "Norway", 0, ["Keyboards & Synths", "Digital Pianos"]),
    ("Château Vents", "France", 0, ["Woodwind"]),
    ("Bellecour", "France", 0, ["Brass", "Woodwind"]),
    ("Stradella Archi", "Italy", 0, ["Orchestral Strings"]),
    ("Ferraro", "Italy", 0, ["Amplifiers"]),
    ("Tamura", "Japan", 0, ["Drum Kits", "Percussion"]),
    ("Thunderbeat", "United States", 0, ["Drum Kits"]),
    ("Ironside Amps", "United Kingdom", 0, ["Amplifiers"]),
    ("Valvecraft", "United Kingdom", 0, ["Amplifiers", "Effects Pedals"]),
    ("Fuzzbox Labs", "United States", 0, ["Effects Pedals"]),
    ("Pedalworks", "Sweden", 0, ["Effects Pedals"]),
    ("Lindqvist", "Sweden", 0, ["Bass Guitars", "Amplifiers"]),
    ("Çelik Cymbals", "Türkiye", 0, ["Cymbals"]),
    ("Anatolia Bronze", "Türkiye", 0, ["Cymbals"]),
    ("Golden Reed", "China", 0, ["Woodwind", "Brass"]),
    ("Jinhai Music", "China", 0, ["Digital Pianos", "Orchestral Strings", "Acoustic Guitars"]),
    ("Sunwave", "Taiwan", 0, ["Electric Guitars", "Effects Pedals", "Accessories"]),
    ("Arcadia Audio", "United States", 0, ["Recording & Audio"]),
    ("Maple Leaf Drums", "Canada", 0, ["Drum Kits", "Percussion"]),
    ("Northbridge", "Canada", 0, ["Acoustic Guitars"]),
    ("Kauri Ukuleles", "New Zealand", 0, ["Ukuleles"]),
    ("Koa Coast", "United States", 0, ["Ukuleles", "Acoustic Guitars"]),
    ("Bayside Strings", "Australia", 0, ["Accessories"]),
    ("Outback Audio", "Australia", 0, ["Recording & Audio", "Amplifiers"]),
    ("Vidal Percussão", "Brazil", 0, ["Percussion"]),
    ("Lumen Keys", "Netherlands", 0, ["Keyboards & Synths"]),
    ("Van Hoorn", "Netherlands", 0, ["Brass"]),
    ("Dvořák Strings", "Czechia", 0, ["Orchestral Strings", "Accessories"]),
    ("Praha Brass", "Czechia", 0, ["Brass"]),
    ("Wiener Klang", "Austria", 0, ["Digital Pianos"]),
    ("Helvetia Audio", "Switzerland", 0, ["Recording & Audio"]),
    ("Sterling Cable Co", "United Kingdom", 0, ["Accessories"]),
    ("Peak Picks", "United Kingdom", 0, ["Accessories"]),
    ("Stave & Clef", "United Kingdom", 0, ["Sheet Music"]),
    ("Ledger Lines Publishing", "United Kingdom", 0, ["Sheet Music"]),
    ("Songbird Editions", "United States", 0, ["Sheet Music"]),
    ("Ridgeway Cases", "United Kingdom", 0, ["Accessories"]),
    ("Hartmann Stands", "Germany", 0, ["Accessories"]),
    ("Kessler Mallets", "Germany", 0, ["Percussion"]),
    ("Fjord Acoustics", "Norway", 0, ["Acoustic Guitars"]),
    ("Seoul Sonic", "South Korea", 0, ["Keyboards & Synths", "Recording & Audio"]),
    ("Mumbai Rhythm", "India", 0, ["Percussion"]),
    ("Shenzhen Pro Audio", "China", 0, ["Amplifiers", "Recording & Audio"]),
]

# category: (count, price low, price high, nouns, weight in baskets, max quantity)
CATS = {
    "Electric Guitars": (40, 179, 2399, ["Electric Guitar", "Solid-Body Electric", "Semi-Hollow Electric", "Baritone Electric"], 5, 1),
    "Acoustic Guitars": (34, 119, 1899, ["Dreadnought Acoustic", "Parlour Acoustic", "Electro-Acoustic", "Travel Acoustic"], 5, 1),
    "Classical Guitars": (14, 89, 1299, ["Classical Guitar", "3/4 Classical Guitar", "Flamenco Guitar"], 2, 1),
    "Bass Guitars": (22, 199, 1699, ["Bass Guitar", "5-String Bass", "Short-Scale Bass", "Fretless Bass"], 3, 1),
    "Ukuleles": (12, 29, 449, ["Soprano Ukulele", "Concert Ukulele", "Tenor Ukulele", "Baritone Ukulele"], 3, 2),
    "Drum Kits": (14, 349, 2599, ["Drum Kit", "Electronic Drum Kit", "Shell Pack"], 2, 1),
    "Percussion": (20, 15, 219, ["Cajón", "Djembe", "Tambourine", "Bongos", "Glockenspiel", "Tabla Set", "Snare Drum"], 3, 2),
    "Cymbals": (16, 59, 499, ["Ride Cymbal", "Crash Cymbal", "Hi-Hat Pair", "Splash Cymbal", "China Cymbal"], 2, 2),
    "Digital Pianos": (18, 399, 2999, ["Digital Piano", "Stage Piano", "Console Piano"], 2, 1),
    "Keyboards & Synths": (22, 129, 2199, ["Portable Keyboard", "Synthesizer", "MIDI Controller", "Workstation"], 3, 1),
    "Orchestral Strings": (24, 89, 1499, ["Violin Outfit", "Viola Outfit", "Cello Outfit", "Double Bass", "1/2 Violin Outfit"], 3, 1),
    "Woodwind": (24, 249, 2799, ["Flute", "Clarinet", "Alto Saxophone", "Tenor Saxophone", "Oboe", "Piccolo"], 2, 1),
    "Brass": (20, 199, 2199, ["Trumpet", "Cornet", "Trombone", "Tenor Horn", "Flugelhorn", "Euphonium"], 2, 1),
    "Amplifiers": (28, 89, 1799, ["Combo Amp", "Valve Head", "Bass Combo", "Practice Amp", "Acoustic Amp"], 3, 1),
    "Effects Pedals": (30, 45, 349, ["Overdrive Pedal", "Delay Pedal", "Reverb Pedal", "Fuzz Pedal", "Tuner Pedal", "Chorus Pedal", "Looper Pedal"], 4, 2),
    "Recording & Audio": (28, 59, 899, ["Audio Interface", "Condenser Microphone", "Dynamic Microphone", "Studio Monitors", "Headphones", "Portable Recorder"], 4, 2),
    "Accessories": (40, 3, 69, ["String Set", "Guitar Strap", "Instrument Cable", "Pick Pack", "Capo", "Guitar Stand", "Gig Bag", "Music Stand", "Clip-On Tuner", "Reed Box", "Drumsticks", "Rosin", "Valve Oil", "Metronome"], 16, 4),
    "Sheet Music": (30, 4, 29, ["Grade 1 Book", "Grade 3 Book", "Grade 5 Book", "Beginner Method", "Scales Book", "Songbook", "Jazz Standards", "Sight-Reading Book"], 9, 3),
}
SERIES = ["Aria", "Ballad", "Cadence", "Duet", "Echo", "Forte", "Groove", "Harmony", "Idyll", "Jive", "Keynote", "Legato",
          "Motif", "Nocturne", "Octave", "Prelude", "Quaver", "Riff", "Sonata", "Tempo", "Unison", "Vibrato", "Waltz",
          "Zenith", "Atlas", "Beacon", "Comet", "Drift", "Ember", "Falcon", "Glacier", "Horizon", "Summit", "Voyager"]
INSTR_BY_TUTOR = [["Guitar", "Bass Guitar"], ["Guitar", "Ukulele"], ["Piano", "Singing"], ["Piano"], ["Drums"],
                  ["Violin", "Cello"], ["Flute", "Clarinet", "Saxophone"], ["Trumpet"], ["Singing"], ["Bass Guitar", "Guitar"],
                  ["Saxophone", "Clarinet"], ["Violin"]]
LESSON_FEE = {30: [18.0, 19.0, 20.0, 21.0], 45: [26.0, 27.0, 28.0, 29.5], 60: [34.0, 35.0, 36.5, 38.0]}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def d(x):
    return dt.date.fromisoformat(x)


def day(rnd, lo, hi):
    lo, hi = d(lo), d(hi)
    return (lo + dt.timedelta(days=rnd.randint(0, (hi - lo).days))).isoformat()


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)

    # lookup_values
    lk, rows, i = {}, [], 0
    for typ, vals in LOOKUPS:
        for pos, (code, label) in enumerate(vals, 1):
            i += 1
            rows.append((i, typ, code, label, pos, 0 if code == "CHQ" else 1))
            lk[(typ, label)] = i
    con.executemany("INSERT INTO lookup_values VALUES (?,?,?,?,?,?)", rows)

    # stores
    stores = []
    for sid, (name, town, county, nation, area) in enumerate(STORES, 1):
        opened = NEW_STORES.get(name) or day(rnd, "1996-03-01", "2021-10-31")
        closed = CLOSED.get(name)
        status = "Closed" if closed else "Refurbishing" if name in REFURB else "Open"
        big = name in ("Denmark Street", "Manchester", "Glasgow", "Birmingham", "Leeds", "Bristol", "Cardiff", "Belfast", "Edinburgh")
        sqm = rnd.randint(520, 900) if big else rnd.randint(160, 480)
        lessons = big or rnd.random() < 0.45
        rooms = rnd.randint(3, 5) if (lessons and big) else rnd.randint(1, 3) if lessons else 0
        repair = 1 if (big or rnd.random() < 0.35) else 0
        stores.append([sid, name, town, county, nation, opened, closed, sqm, rooms, repair, 1 if lessons else 0,
                       lk[("store_status", status)], area])
    con.executemany("INSERT INTO stores VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [s[:12] for s in stores])

    # employees
    used_names = set()

    def person():
        while True:
            f, l = rnd.choice(UK_FIRST), rnd.choice(UK_LAST)
            if (f, l) not in used_names:
                used_names.add((f, l))
                return f, l

    emps = []  # [id, first, last, title, store, mgr, hired, left, rate, ft, keyholder, active]

    def add(title, store, mgr, hired, rate, ft=1, key=0, left=None):
        f, l = person()
        emps.append([len(emps) + 1, f, l, title, store, mgr, hired, left, round(rate, 2), ft, key, 0 if left else 1])
        return len(emps)

    md = add("Managing Director", None, None, "2009-04-01", 52.0, key=1)
    area_mgr = [add("Area Manager", None, md, day(rnd, "2012-01-01", "2020-12-31"), rnd.uniform(31, 37), key=1) for _ in AREAS]
    staff_by_store, tutors = {}, {}
    for s in stores:
        sid, name, opened, closed, area = s[0], s[1], s[5], s[6], s[12]
        pre = (d(opened) - dt.timedelta(days=45)).isoformat()
        lo = max(pre, "2008-01-01") if opened < "2023-01-01" else pre
        hi = "2022-06-30" if opened < "2023-01-01" else pre

        def hire(h_hi):
            h_lo = max(pre, "2014-01-01")
            return day(rnd, h_lo, h_hi) if h_lo <= h_hi else h_lo
        sm = add("Store Manager", sid, area_mgr[area], day(rnd, lo, hi) if lo <= hi else pre, rnd.uniform(17.5, 21.5), key=1, left=closed)
        am = add("Assistant Manager", sid, sm, day(rnd, lo, hi) if lo <= hi else pre, rnd.uniform(13.8, 15.6), key=1, left=closed)
        ids = [sm, am]
        for _ in range(rnd.randint(2, 4)):
            h = hire(h_hi="2024-12-31")
            left = None
            if closed:
                left = closed
                if h >= closed:
                    h = day(rnd, max(pre, "2014-01-01"), (d(closed) - dt.timedelta(days=200)).isoformat())
            elif rnd.random() < 0.28:
                left = day(rnd, max(h, "2023-03-01"), "2025-10-31")
                if left <= h:
                    left = None
            e = add("Sales Advisor", sid, am, h, rnd.uniform(11.44, 13.2), ft=1 if rnd.random() < 0.55 else 0, left=left)
            ids.append(e)
            if left and not closed:  # replacement
                ids.append(add("Sales Advisor", sid, am, (d(left) + dt.timedelta(days=rnd.randint(10, 50))).isoformat(),
                               rnd.uniform(11.44, 13.2), ft=1 if rnd.random() < 0.5 else 0))
        if s[10]:
            tutors[sid] = []
            for _ in range(rnd.randint(1, 2) + (1 if s[8] >= 3 else 0)):
                h = hire(h_hi="2024-06-30") if not closed else day(rnd, max(pre, "2014-01-01"), "2022-12-31")
                e = add("Music Tutor", sid, sm, h, rnd.uniform(22, 30), ft=1 if rnd.random() < 0.2 else 0, left=closed)
                tutors[sid].append((e, rnd.choice(INSTR_BY_TUTOR)))
        if s[9]:
            ids.append(add("Repair Technician", sid, sm, hire(h_hi="2024-06-30") if not closed else
                           day(rnd, max(pre, "2014-01-01"), "2022-12-31"), rnd.uniform(14, 18.5), left=closed))
        staff_by_store[sid] = ids
    # a few extra keyholders among long-serving sales advisors
    for e in emps:
        if e[3] == "Sales Advisor" and e[6] < "2019-01-01" and rnd.random() < 0.4:
            e[10] = 1
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", emps)
    emp = {e[0]: e for e in emps}

    # brands, products
    con.executemany("INSERT INTO brands VALUES (?,?,?,?)", [(i, b[0], b[1], b[2]) for i, b in enumerate(BRANDS, 1)])
    prods, pnames, cat_w = [], set(), {}
    for cat, (n, lo, hi, nouns, w, mq) in CATS.items():
        brands = [i for i, b in enumerate(BRANDS, 1) if cat in b[3]]
        for k in range(n):
            while True:
                b = rnd.choice(brands)
                num = rnd.choice(["", "", f" {rnd.randint(1, 9)}{rnd.choice(['00', '10', '50', '20'])}"])
                name = f"{BRANDS[b - 1][0]} {rnd.choice(SERIES)}{num} {rnd.choice(nouns)}"
                if name not in pnames:
                    pnames.add(name)
                    break
            r = rnd.random()
            price = round(lo + (hi - lo) * r ** 1.7)
            price = price - 0.01 if price >= 20 and rnd.random() < 0.8 else float(price) if price >= 20 else round(price - 0.01, 2)
            instrument = cat not in ("Accessories", "Sheet Music", "Effects Pedals", "Recording & Audio")
            cond = "New"
            if instrument and rnd.random() < 0.16:
                cond = rnd.choice(["Ex-Demo", "Pre-Owned"])
                price = round(price * (0.7 if cond == "Pre-Owned" else 0.85)) - 0.01
            cost = round(price * rnd.uniform(0.45, 0.68), 2)
            disc = 1 if rnd.random() < 0.08 else 0
            launched = day(rnd, "2015-01-01", "2025-06-30")
            stock = 0 if disc else rnd.randint(0, 40 if not instrument else 12)
            pid = len(prods) + 1
            sku = f"CM-{cat[:2].upper()}{pid:04d}"
            prods.append((pid, sku, name, b, cat, price, cost, lk[("product_condition", cond)], stock, disc, launched))
            cat_w[pid] = (w, mq)
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?,?,?,?,?)", prods)
    prod = {p[0]: p for p in prods}

    # customers
    custs, emails = [], set()
    for cid in range(1, 951):
        s = rnd.choice(stores)
        f, l = person()
        town, county = s[2], s[3]
        ctype = rnd.choices(["Individual", "Music Teacher", "School", "Band or Studio"], [80, 8, 7, 5])[0]
        src = rnd.choices(["Walked Past", "Google Search", "Instagram", "Friend or Family", "School Referral", "Gig Flyer"],
                          [22, 30, 18, 17, 8, 5])[0]
        joined = day(rnd, "2015-01-01", "2025-11-30") if rnd.random() < 0.6 else day(rnd, "2021-01-01", "2025-11-30")
        if s[6] and joined >= s[6]:
            joined = day(rnd, "2015-01-01", (d(s[6]) - dt.timedelta(days=30)).isoformat())
        if joined < s[5]:
            joined = day(rnd, s[5], "2025-11-30")
        base = ascii_fold(f"{f}.{l}").lower().replace(" ", "").replace("'", "")
        email = f"{base}@{rnd.choice(['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'icloud.com'])}"
        while email in emails:
            email = f"{base}{rnd.randint(2, 99)}@gmail.com"
        emails.add(email)
        custs.append((cid, f, l, email, town, county, lk[("customer_type", ctype)], lk[("referral_source", src)],
                      joined, 1 if rnd.random() < 0.55 else 0, s[0]))
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?,?)", custs)
    cust = {c[0]: c for c in custs}
    trade = {lk[("customer_type", t)] for t in ("Music Teacher", "School", "Band or Studio")}

    def store_open(s, when):
        return s[5] <= when and (s[6] is None or when < s[6])

    def on_staff(ids, when, titles):
        return [e for e in ids if emp[e][3] in titles and emp[e][6] <= when and (emp[e][7] is None or when < emp[e][7])]

    # orders
    start, end = d("2023-01-01"), d("2025-12-31")
    days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]
    wts = [{12: 1.9, 11: 1.3, 8: 1.15, 9: 1.25, 1: 0.8, 2: 0.8}.get(x.month, 1.0) for x in days]
    pids = [p[0] for p in prods]
    orders, items = [], []
    sales_titles = ("Store Manager", "Assistant Manager", "Sales Advisor")
    while len(orders) < 1500:
        when = rnd.choices(days, wts)[0]
        ws = when.isoformat()
        chan = rnd.choices(["In Store", "Online", "Telephone"], [62, 30, 8])[0]
        c = None
        if chan == "In Store" and rnd.random() < 0.27:
            s = rnd.choices(stores, [x[7] for x in stores])[0]
        else:
            c = rnd.choice(custs)
            if c[8] > ws:
                continue
            hs = stores[c[10] - 1]
            s = hs if (store_open(hs, ws) and rnd.random() < 0.8) else rnd.choices(stores, [x[7] for x in stores])[0]
        if not store_open(s, ws):
            continue
        staff = on_staff(staff_by_store[s[0]], ws, sales_titles)
        if not staff:
            continue
        server = rnd.choice(staff)
        if chan == "In Store":
            hh = rnd.randint(9, 17) if when.weekday() < 6 else rnd.randint(10, 15)
        else:
            hh = rnd.choices(range(24), [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 6, 6, 6, 6, 7, 8, 9, 9, 7, 4, 2])[0]
        at = f"{ws} {hh:02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}"
        nl = rnd.choices([1, 2, 3, 4], [50, 30, 14, 6])[0]
        avail = [p for p in pids if prod[p][10] <= ws and not (prod[p][9] and ws > "2024-06-30")]
        chosen = []
        while len(chosen) < nl:
            p = rnd.choices(avail, [cat_w[x][0] / CATS[prod[x][4]][0] for x in avail])[0]
            if p not in chosen:
                chosen.append(p)
        oid = len(orders) + 1
        is_trade = c is not None and c[6] in trade
        tot = disc_amt = 0.0
        n_items = 0
        for p in chosen:
            q = rnd.randint(1, cat_w[p][1]) if rnd.random() < 0.5 else 1
            pct = 10 if is_trade else rnd.choices([0, 5, 10, 15], [80, 8, 7, 5])[0]
            lp = prod[p][5]
            up = round(lp * (100 - pct) / 100, 2)
            items.append((oid, p, q, up))
            tot += q * up
            disc_amt += q * (lp - up)
            n_items += q
        tot, disc_amt = round(tot, 2), round(disc_amt, 2)
        if chan == "In Store":
            pay = rnd.choices(["Card", "Cash", "Gift Card", "Interest-Free Finance"], [70, 18, 6, 6 if tot > 400 else 0])[0]
            deliv = "Taken Away"
        elif chan == "Online":
            pay = rnd.choices(["Card", "PayPal", "Gift Card", "Interest-Free Finance"], [62, 30, 5, 5 if tot > 400 else 0])[0]
            deliv = rnd.choices(["Click & Collect", "Royal Mail", "Courier"], [35, 45 if tot < 300 else 5, 20 if tot < 300 else 60])[0]
        else:
            pay = rnd.choices(["Card", "Interest-Free Finance"], [88, 12 if tot > 400 else 0])[0]
            deliv = rnd.choices(["Click & Collect", "Courier"], [40, 60])[0]
        if deliv == "Click & Collect" and ws >= "2025-12-20":
            status = "Awaiting Collection"
        else:
            status = rnd.choices(["Completed", "Refunded", "Cancelled"], [87, 6.5, 5.5 if chan != "In Store" else 2.5])[0]
        orders.append((oid, s[0], c[0] if c else None, server, at, lk[("sales_channel", chan)], lk[("payment_method", pay)],
                       lk[("delivery_method", deliv)], lk[("order_status", status)], n_items, disc_amt, tot))
    orders.sort(key=lambda o: (o[4], o[0]))
    remap = {o[0]: k for k, o in enumerate(orders, 1)}
    orders = [(remap[o[0]],) + o[1:] for o in orders]
    items = sorted((remap[i[0]],) + i[1:] for i in items)
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO order_items VALUES (?,?,?,?)", items)

    # lessons: students take a run of weekly lessons with one tutor
    lesson_rows = []
    lesson_stores = [s for s in stores if s[10]]
    students = [c for c in custs if c[6] == lk[("customer_type", "Individual")]]
    rnd.shuffle(students)
    si = 0
    while len(lesson_rows) < 1300:
        c = students[si % len(students)]
        si += 1
        hs = stores[c[10] - 1]
        s = hs if hs[10] else rnd.choice(lesson_stores)
        first = d(day(rnd, "2023-01-09", "2026-02-20"))
        fs = first.isoformat()
        if fs < c[8] or not store_open(s, fs):
            continue
        cands = [(t, ins) for t, ins in tutors[s[0]] if emp[t][6] <= fs and (emp[t][7] is None or fs < emp[t][7])]
        if not cands:
            continue
        t, ins = rnd.choice(cands)
        instrument = rnd.choice(ins)
        level = rnd.choices(["Beginner", "Intermediate", "Advanced", "Exam Preparation"], [45, 28, 10, 17])[0]
        dur = rnd.choices([30, 45, 60], [50, 25, 25])[0]
        hh = rnd.randint(15, 19) if first.weekday() < 5 else rnd.randint(9, 15)
        mm = rnd.choice([0, 15, 30, 45])
        for k in range(rnd.randint(1, 10)):
            when = first + dt.timedelta(days=7 * k)
            ws = when.isoformat()
            if ws > "2026-02-27" or not store_open(s, ws) or (emp[t][7] and ws >= emp[t][7]):
                break
            if ws >= "2026-01-01":
                status = "Booked"
            else:
                status = rnd.choices(["Attended", "Cancelled", "No Show"], [82, 10, 8])[0]
            fee = LESSON_FEE[dur][when.year - 2023]
            lesson_rows.append([s[0], t, c[0], lk[("instrument", instrument)], lk[("lesson_level", level)],
                                f"{ws} {hh:02d}:{mm:02d}:00", dur, fee, lk[("lesson_status", status)]])
    lesson_rows.sort(key=lambda r: (r[5], r[0], r[1]))
    con.executemany("INSERT INTO lessons VALUES (?,?,?,?,?,?,?,?,?,?)", [[i] + r for i, r in enumerate(lesson_rows, 1)])
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
