#!/usr/bin/env python3
"""Generate databases/ridgeline_hardware.sqlite: a home-hardware / DIY chain in the
US Mountain West.  Style: lower-case plural table names, terse abbreviated column names,
dates as ISO 'YYYY-MM-DD' TEXT, money as REAL dollars (px, unit_px, tot_amt, hrly_rt) and as
INTEGER cents (cost_cents, cr_lmt_cents), 0/1 flags (is_active, is_pro).

Deterministic: fixed seed, no use of set/dict iteration order over hashed strings, no clock.
"""
import datetime as dt
import os
import random
import sqlite3
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import COMPOUND_FIRST_NAMES, FIRST_NAMES, LAST_NAMES  # noqa: E402

SEED = 5150713
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases",
                   "ridgeline_hardware.sqlite")

R = random.Random(SEED)

SCHEMA = """
CREATE TABLE branches (
    br_id      INTEGER PRIMARY KEY,
    br_nm      TEXT NOT NULL UNIQUE,
    city       TEXT NOT NULL,
    st         TEXT NOT NULL,
    phone      TEXT NOT NULL,
    open_dt    TEXT NOT NULL,
    close_dt   TEXT,
    sq_ft      INTEGER NOT NULL,
    is_active  INTEGER NOT NULL CHECK (is_active IN (0, 1))
);
CREATE TABLE staff (
    emp_id     INTEGER PRIMARY KEY,
    emp_nm     TEXT NOT NULL,
    br_id      INTEGER NOT NULL REFERENCES branches(br_id),
    job_ttl    TEXT NOT NULL,
    sup_id     INTEGER REFERENCES staff(emp_id),
    hire_dt    TEXT NOT NULL,
    hrly_rt    REAL NOT NULL,
    emp_stat   TEXT NOT NULL
);
CREATE TABLE categories (
    cat_id     INTEGER PRIMARY KEY,
    cat_nm     TEXT NOT NULL UNIQUE,
    parent_id  INTEGER REFERENCES categories(cat_id)
);
CREATE TABLE vendors (
    vnd_id     INTEGER PRIMARY KEY,
    vnd_nm     TEXT NOT NULL UNIQUE,
    cntct_nm   TEXT NOT NULL,
    phone      TEXT NOT NULL,
    city       TEXT NOT NULL,
    st         TEXT NOT NULL,
    lead_days  INTEGER NOT NULL
);
CREATE TABLE items (
    sku        TEXT PRIMARY KEY,
    item_nm    TEXT NOT NULL UNIQUE,
    cat_id     INTEGER NOT NULL REFERENCES categories(cat_id),
    brand      TEXT NOT NULL,
    vnd_id     INTEGER NOT NULL REFERENCES vendors(vnd_id),
    uom        TEXT NOT NULL,
    px         REAL NOT NULL,
    cost_cents INTEGER NOT NULL,
    status     TEXT NOT NULL
);
CREATE TABLE customers (
    cust_id      INTEGER PRIMARY KEY,
    cust_nm      TEXT NOT NULL,
    is_pro       INTEGER NOT NULL CHECK (is_pro IN (0, 1)),
    city         TEXT NOT NULL,
    st           TEXT NOT NULL,
    phone        TEXT NOT NULL,
    email        TEXT,
    join_dt      TEXT NOT NULL,
    pref_br_id   INTEGER NOT NULL REFERENCES branches(br_id),
    cr_lmt_cents INTEGER NOT NULL
);
CREATE TABLE orders (
    ord_id     INTEGER PRIMARY KEY,
    cust_id    INTEGER NOT NULL REFERENCES customers(cust_id),
    br_id      INTEGER NOT NULL REFERENCES branches(br_id),
    emp_id     INTEGER NOT NULL REFERENCES staff(emp_id),
    ord_dt     TEXT NOT NULL,
    chan       TEXT NOT NULL,
    status     TEXT NOT NULL,
    tot_amt    REAL NOT NULL
);
CREATE TABLE ord_items (
    ord_id     INTEGER NOT NULL REFERENCES orders(ord_id),
    ln_no      INTEGER NOT NULL,
    sku        TEXT NOT NULL REFERENCES items(sku),
    qty        INTEGER NOT NULL,
    unit_px    REAL NOT NULL,
    PRIMARY KEY (ord_id, ln_no)
);
CREATE TABLE promos (
    promo_id   INTEGER PRIMARY KEY,
    promo_nm   TEXT NOT NULL UNIQUE,
    start_dt   TEXT NOT NULL,
    end_dt     TEXT NOT NULL,
    disc_pct   INTEGER NOT NULL
);
CREATE TABLE promo_items (
    promo_id   INTEGER NOT NULL REFERENCES promos(promo_id),
    sku        TEXT NOT NULL REFERENCES items(sku),
    PRIMARY KEY (promo_id, sku)
);
"""

# ---------------------------------------------------------------- branches
BRANCH_SPECS = [
    # (label, city, st)
    ("Denver Central", "Denver", "CO"), ("Denver Highlands", "Denver", "CO"),
    ("Aurora", "Aurora", "CO"), ("Lakewood", "Lakewood", "CO"), ("Boulder", "Boulder", "CO"),
    ("Fort Collins", "Fort Collins", "CO"),
    ("Colorado Springs North", "Colorado Springs", "CO"),
    ("Colorado Springs South", "Colorado Springs", "CO"), ("Pueblo", "Pueblo", "CO"),
    ("Grand Junction", "Grand Junction", "CO"), ("Greeley", "Greeley", "CO"),
    ("Longmont", "Longmont", "CO"), ("Durango", "Durango", "CO"), ("Loveland", "Loveland", "CO"),
    ("Salt Lake City Sugar House", "Salt Lake City", "UT"),
    ("Salt Lake City Downtown", "Salt Lake City", "UT"), ("Provo", "Provo", "UT"),
    ("Ogden", "Ogden", "UT"), ("St. George", "St. George", "UT"), ("Logan", "Logan", "UT"),
    ("Orem", "Orem", "UT"), ("Sandy", "Sandy", "UT"), ("Park City", "Park City", "UT"),
    ("Boise Bench", "Boise", "ID"), ("Boise Eagle Road", "Boise", "ID"),
    ("Idaho Falls", "Idaho Falls", "ID"), ("Pocatello", "Pocatello", "ID"),
    ("Coeur d'Alene", "Coeur d'Alene", "ID"), ("Twin Falls", "Twin Falls", "ID"),
    ("Nampa", "Nampa", "ID"),
    ("Billings", "Billings", "MT"), ("Missoula", "Missoula", "MT"), ("Bozeman", "Bozeman", "MT"),
    ("Helena", "Helena", "MT"), ("Great Falls", "Great Falls", "MT"),
    ("Kalispell", "Kalispell", "MT"), ("Butte", "Butte", "MT"),
    ("Cheyenne", "Cheyenne", "WY"), ("Casper", "Casper", "WY"), ("Laramie", "Laramie", "WY"),
    ("Sheridan", "Sheridan", "WY"), ("Jackson", "Jackson", "WY"),
    ("Rock Springs", "Rock Springs", "WY"),
    ("Albuquerque Northeast Heights", "Albuquerque", "NM"),
    ("Albuquerque Westside", "Albuquerque", "NM"), ("Santa Fe", "Santa Fe", "NM"),
    ("Las Cruces", "Las Cruces", "NM"), ("Taos", "Taos", "NM"),
    ("Farmington", "Farmington", "NM"), ("Roswell", "Roswell", "NM"),
]
CLOSED = {"Pueblo": "2023-08-31", "Salt Lake City Downtown": "2024-03-15",
          "Butte": "2023-11-30", "Rock Springs": "2024-06-30", "Roswell": "2023-04-30"}
AREA = {"CO": ["303", "720", "719", "970"], "UT": ["801", "385", "435"], "ID": ["208", "986"],
        "MT": ["406"], "WY": ["307"], "NM": ["505", "575"]}
EXTRA_CITIES = {
    "CO": ["Arvada", "Westminster", "Thornton", "Littleton", "Parker", "Castle Rock", "Golden",
           "Broomfield", "Erie", "Windsor", "Montrose", "Canon City"],
    "UT": ["West Jordan", "Layton", "Lehi", "Draper", "Murray", "Bountiful", "Cedar City",
           "Heber City"],
    "ID": ["Meridian", "Caldwell", "Eagle", "Rexburg", "Sandpoint", "Moscow", "Post Falls"],
    "MT": ["Whitefish", "Livingston", "Belgrade", "Miles City", "Polson"],
    "WY": ["Gillette", "Riverton", "Cody", "Evanston", "Lander"],
    "NM": ["Rio Rancho", "Los Alamos", "Alamogordo", "Gallup", "Clovis", "Española"],
}


def d(s):
    return dt.date.fromisoformat(s)


def rand_date(a, b):
    a, b = d(a) if isinstance(a, str) else a, d(b) if isinstance(b, str) else b
    return dt.date.fromordinal(R.randint(a.toordinal(), b.toordinal()))


def phone(st):
    return f"({R.choice(AREA.get(st, ['555']))}) {R.randint(200, 989)}-{R.randint(0, 9999):04d}"


def person_name(used):
    while True:
        if R.random() < 0.12:
            nm = f"{R.choice(COMPOUND_FIRST_NAMES)} {R.choice(LAST_NAMES)}"
        else:
            nm = f"{R.choice(FIRST_NAMES)} {R.choice(LAST_NAMES)}"
        if nm not in used:
            used.add(nm)
            return nm


branches = []
for i, (label, city, st) in enumerate(BRANCH_SPECS, start=1):
    open_dt = rand_date("1996-03-01", "2021-09-30")
    if label in ("Denver Central",):
        open_dt = d("1989-05-06")
    if label in ("Park City", "Nampa"):
        open_dt = rand_date("2022-02-01", "2022-10-31")
    close_dt = CLOSED.get(label)
    branches.append(dict(br_id=i, br_nm=f"Ridgeline {label}", city=city, st=st, phone=phone(st),
                         open_dt=open_dt.isoformat(), close_dt=close_dt,
                         sq_ft=R.randrange(18000, 66000, 500),
                         is_active=0 if close_dt else 1))
branches[0]["sq_ft"] = 72500   # flagship is the biggest store

# ---------------------------------------------------------------- staff
used_people = set()
staff = []


def add_staff(br, ttl, sup, hire, rate, stat="active"):
    emp = dict(emp_id=len(staff) + 1, emp_nm=person_name(used_people), br_id=br["br_id"],
               job_ttl=ttl, sup_id=sup, hire_dt=hire.isoformat(), hrly_rt=round(rate, 2),
               emp_stat=stat)
    staff.append(emp)
    return emp


def first_branch(st):
    return next(b for b in branches if b["st"] == st and b["is_active"])


vp = add_staff(branches[0], "VP Operations", None, d("2006-02-13"), 91.35)
regional = {}
for st in ["CO", "UT", "ID", "MT", "WY", "NM"]:
    regional[st] = add_staff(first_branch(st), "Regional Manager", vp["emp_id"],
                             rand_date("2008-01-01", "2019-12-31"), R.uniform(58, 71))
ASSOC_TITLES = ["Sales Associate", "Sales Associate", "Cashier", "Cashier", "Yard Associate",
                "Paint Desk Specialist", "Key & Lock Specialist"]
for b in branches:
    od = d(b["open_dt"])
    closed = not b["is_active"]
    mgr_hire = max(od - dt.timedelta(days=60), min(od + dt.timedelta(days=R.randint(0, 4000)),
                                                   d("2021-06-30")))
    mgr = add_staff(b, "Store Manager", regional[b["st"]]["emp_id"], mgr_hire,
                    R.uniform(37, 49), "terminated" if closed else "active")
    asst = add_staff(b, "Assistant Manager", mgr["emp_id"],
                     max(od, rand_date("2012-01-01", "2022-12-31")), R.uniform(26, 34),
                     "terminated" if closed else "active")
    for _ in range(R.randint(3, 7)):
        stat = "terminated" if closed else R.choices(["active", "on leave", "terminated"],
                                                     [90, 3, 7])[0]
        add_staff(b, R.choice(ASSOC_TITLES), asst["emp_id"],
                  max(od, rand_date("2014-01-01", "2024-10-31")), R.uniform(16, 24), stat)

# ---------------------------------------------------------------- categories & items
# dept -> list of (subcategory, uom, (px_lo, px_hi), brands, bases)
CATALOG = [
    ("Tools", "TLS", [
        ("Power Drills & Drivers", "each", (59, 329), ["DeWalt", "Milwaukee", "Makita", "Ryobi", "Bosch"],
         ["20V Cordless Drill/Driver Kit", "Brushless Hammer Drill", "Compact Impact Driver", "Right Angle Drill"]),
        ("Saws", "each", (39, 449), ["DeWalt", "Makita", "Skil", "Bosch", "Ryobi"],
         ["7-1/4 in. Circular Saw", "10 in. Table Saw", "Jigsaw", "Reciprocating Saw", "Miter Saw 12 in."]),
        ("Hand Tools", "each", (7, 69), ["Stanley", "Craftsman", "Estwing", "Klein Tools", "Husky"],
         ["16 oz. Claw Hammer", "25 ft. Tape Measure", "Utility Knife", "Adjustable Wrench Set", "Screwdriver Set 10-Piece"]),
        ("Tool Storage", "each", (29, 399), ["Husky", "Craftsman", "Milwaukee", "DeWalt"],
         ["Rolling Tool Chest", "Modular Organizer", "26 in. Tool Box"]),
        ("Ladders", "each", (69, 389), ["Werner", "Little Giant", "Louisville"],
         ["6 ft. Fiberglass Step Ladder", "28 ft. Extension Ladder", "Multi-Position Ladder"]),
        ("Outdoor Power Equipment", "each", (129, 699), ["Husqvarna", "EGO", "Toro", "Greenworks"],
         ["Cordless Leaf Blower", "Gas Chainsaw 18 in.", "String Trimmer", "Self-Propelled Mower"]),
    ]),
    ("Hardware & Fasteners", "HDW", [
        ("Screws", "box", (5, 39), ["GRK", "Simpson Strong-Tie", "Hillman", "Spax"],
         ["#9 x 3 in. Deck Screws", "#8 x 1-1/4 in. Drywall Screws", "Structural Wood Screws", "Stainless Trim Screws"]),
        ("Nails", "box", (6, 45), ["Grip-Rite", "Hillman", "Paslode"],
         ["16d Framing Nails", "Finish Nails 2 in.", "Roofing Nails 1-1/4 in.", "Collated Framing Nails"]),
        ("Anchors & Bolts", "box", (4, 29), ["Hillman", "Red Head", "Simpson Strong-Tie"],
         ["Drywall Anchors Kit", "Wedge Anchors 1/2 in.", "Carriage Bolts 3/8 in.", "Lag Screws 5/16 in."]),
        ("Door Hardware", "each", (14, 219), ["Kwikset", "Schlage", "Baldwin"],
         ["Entry Knob Set", "Smart Deadbolt", "Passage Lever", "Keypad Lever"]),
        ("Chains & Rope", "ft", (1, 6), ["Koch", "Everbilt", "Lehigh"],
         ["Zinc Proof Coil Chain 3/16 in.", "Nylon Rope 1/2 in.", "Manila Rope 3/4 in."]),
        ("Hooks & Hangers", "each", (3, 35), ["Everbilt", "Hillman", "Rubbermaid"],
         ["Heavy-Duty Bike Hook", "Utility Hook Rail", "Picture Hanging Kit"]),
    ]),
    ("Plumbing", "PLB", [
        ("Faucets", "each", (49, 389), ["Moen", "Delta", "Pfister", "Kohler"],
         ["Single-Handle Kitchen Faucet", "Pull-Down Kitchen Faucet", "Widespread Bathroom Faucet", "Centerset Bathroom Faucet"]),
        ("Pipe & Fittings", "each", (2, 39), ["SharkBite", "Charlotte", "NIBCO", "Apollo"],
         ["1/2 in. Push-to-Connect Coupling", "PEX Pipe 1/2 in. x 100 ft.", "PVC Elbow 2 in.", "Copper Tee 3/4 in."]),
        ("Water Heaters", "each", (499, 1599), ["Rheem", "A.O. Smith", "Bradford White"],
         ["40 Gal. Gas Water Heater", "50 Gal. Electric Water Heater", "Tankless Gas Water Heater"]),
        ("Toilets & Parts", "each", (9, 429), ["Kohler", "American Standard", "Fluidmaster", "TOTO"],
         ["Two-Piece Elongated Toilet", "Fill Valve", "Flapper 2 in.", "Slow-Close Toilet Seat"]),
        ("Drain Cleaning", "each", (6, 89), ["Drano", "Cobra", "RIDGID"],
         ["25 ft. Drain Auger", "Drain Snake Cable", "Max Gel Clog Remover"]),
        ("Water Filtration", "each", (19, 499), ["Culligan", "Brita", "Pentair"],
         ["Under-Sink Filter System", "Whole-House Filter Cartridge", "Faucet Mount Filter"]),
    ]),
    ("Electrical", "ELC", [
        ("Light Bulbs", "each", (3, 29), ["Philips", "GE", "Feit Electric", "Cree"],
         ["LED A19 60W Equivalent 4-Pack", "LED BR30 Flood Bulb", "Smart Color Bulb", "Edison Filament Bulb"]),
        ("Wire & Cable", "ft", (1, 4), ["Southwire", "Cerrowire"],
         ["12/2 NM-B Wire", "14/2 NM-B Wire", "10/3 NM-B Wire", "THHN Stranded Wire 12 AWG"]),
        ("Switches & Outlets", "each", (2, 59), ["Leviton", "Lutron", "Eaton"],
         ["Decora Rocker Switch", "GFCI Outlet 20A", "Smart Dimmer Switch", "USB-C Wall Outlet"]),
        ("Light Fixtures", "each", (29, 349), ["Progress Lighting", "Kichler", "Hampton Bay"],
         ["Flush Mount Ceiling Light", "Outdoor Wall Lantern", "Kitchen Pendant", "LED Shop Light 4 ft."]),
        ("Breakers & Panels", "each", (9, 289), ["Square D", "Siemens", "Eaton"],
         ["20A Single-Pole Breaker", "AFCI Breaker 15A", "100A Main Panel"]),
        ("Extension Cords", "each", (8, 69), ["Woods", "Southwire", "Coleman Cable"],
         ["50 ft. Outdoor Extension Cord", "Power Strip 6-Outlet", "Heavy-Duty Cord Reel"]),
    ]),
    ("Paint & Supplies", "PNT", [
        ("Interior Paint", "gal", (29, 79), ["Behr", "Valspar", "Sherwin-Williams", "Benjamin Moore"],
         ["Eggshell Interior Paint", "Satin Interior Paint", "Flat Ceiling Paint", "Semi-Gloss Trim Paint"]),
        ("Exterior Paint", "gal", (34, 89), ["Behr", "Valspar", "Sherwin-Williams", "Benjamin Moore"],
         ["Exterior Satin Paint", "Exterior Flat Paint", "Porch & Floor Enamel"]),
        ("Stains & Sealers", "gal", (19, 69), ["Thompson's", "Cabot", "Minwax", "Olympic"],
         ["Semi-Transparent Deck Stain", "Waterproofing Sealer", "Wood Stain Quart", "Polyurethane Clear Satin"]),
        ("Spray Paint", "each", (5, 14), ["Rust-Oleum", "Krylon"],
         ["Gloss Black Spray Paint", "Primer Spray", "Metallic Gold Spray Paint", "Chalked Spray Paint"]),
        ("Brushes & Rollers", "each", (4, 39), ["Purdy", "Wooster", "Shur-Line"],
         ["2-1/2 in. Angled Sash Brush", "9 in. Roller Cover 3-Pack", "Paint Tray Kit", "Extension Pole 4-8 ft."]),
        ("Caulk & Patching", "each", (3, 19), ["DAP", "GE", "3M", "Red Devil"],
         ["Silicone Caulk Clear", "Spackling Compound", "Painter's Caulk White", "Wood Filler"]),
    ]),
    ("Lawn & Garden", "GRD", [
        ("Soil & Mulch", "bag", (3, 15), ["Miracle-Gro", "Scotts", "Kellogg"],
         ["Potting Mix 1.5 cu. ft.", "Red Mulch 2 cu. ft.", "Garden Soil 1 cu. ft.", "Compost 1 cu. ft."]),
        ("Fertilizer & Weed Control", "bag", (9, 69), ["Scotts", "Ortho", "Espoma", "Preen"],
         ["Turf Builder Lawn Food", "Weed & Feed 5,000 sq. ft.", "Garden Weed Preventer", "Organic Plant Food"]),
        ("Watering", "each", (6, 89), ["Gilmour", "Orbit", "Rain Bird", "Melnor"],
         ["50 ft. Garden Hose", "Oscillating Sprinkler", "Hose Nozzle 8-Pattern", "Drip Irrigation Kit"]),
        ("Garden Tools", "each", (9, 59), ["Fiskars", "Corona", "True Temper", "Ames"],
         ["Bypass Pruner", "Round Point Shovel", "Steel Garden Rake", "Wheelbarrow 6 cu. ft."]),
        ("Seeds & Bulbs", "each", (2, 19), ["Burpee", "Ferry-Morse", "Botanical Interests"],
         ["Heirloom Tomato Seeds", "Wildflower Seed Mix", "Tulip Bulbs 20-Pack", "Native Grass Seed 3 lb."]),
        ("Snow Removal", "each", (19, 899), ["Toro", "Snow Joe", "True Temper", "Ariens"],
         ["24 in. Snow Shovel", "Cordless Snow Blower", "Two-Stage Snow Blower", "Ice Melt 50 lb."]),
    ]),
    ("Building Materials", "BLD", [
        ("Lumber", "each", (4, 59), ["Weyerhaeuser", "Boise Cascade", "Ridgeline Select"],
         ["2 in. x 4 in. x 8 ft. Stud", "2 in. x 6 in. x 10 ft. Board", "4 x 4 x 8 ft. Treated Post", "1 x 6 x 8 ft. Cedar Fence Picket"]),
        ("Plywood & Sheathing", "each", (19, 89), ["Georgia-Pacific", "Boise Cascade", "LP"],
         ["3/4 in. Sanded Plywood", "7/16 in. OSB Sheathing", "1/2 in. CDX Plywood"]),
        ("Drywall", "each", (11, 29), ["USG", "Gold Bond", "CertainTeed"],
         ["1/2 in. x 4 ft. x 8 ft. Drywall Panel", "Mold-Resistant Drywall", "Joint Compound 4.5 Gal."]),
        ("Insulation", "each", (14, 79), ["Owens Corning", "Johns Manville", "Great Stuff"],
         ["R-13 Fiberglass Batts", "R-30 Insulation Roll", "Foam Board 1 in.", "Window & Door Foam Sealant"]),
        ("Concrete & Masonry", "bag", (4, 29), ["Quikrete", "Sakrete"],
         ["Concrete Mix 80 lb.", "Fast-Setting Concrete 50 lb.", "Mortar Mix 60 lb.", "Paver Base 0.5 cu. ft."]),
        ("Roofing", "each", (9, 129), ["GAF", "Owens Corning", "CertainTeed"],
         ["Architectural Shingles Bundle", "Roofing Underlayment Roll", "Drip Edge 10 ft."]),
    ]),
    ("Outdoor Living", "OUT", [
        ("Grills", "each", (149, 1199), ["Weber", "Traeger", "Char-Broil", "Blackstone"],
         ["3-Burner Gas Grill", "Pellet Grill", "Kettle Charcoal Grill", "36 in. Griddle Station"]),
        ("Patio Furniture", "each", (49, 999), ["Hampton Bay", "Polywood", "StyleWell"],
         ["Adirondack Chair", "5-Piece Dining Set", "Patio Umbrella 9 ft.", "Outdoor Loveseat"]),
        ("Fire Pits & Heaters", "each", (89, 499), ["Solo Stove", "Mr. Heater", "Hampton Bay"],
         ["Smokeless Fire Pit", "Propane Patio Heater", "Portable Buddy Heater", "Steel Wood-Burning Fire Pit"]),
        ("Fencing & Gates", "each", (19, 249), ["Yardlink", "Peak Products", "Ridgeline Select"],
         ["Vinyl Privacy Fence Panel", "Steel Gate Kit", "Welded Wire Fence Roll", "Cedar Fence Panel 6 x 8 ft."]),
        ("Decking", "each", (12, 79), ["Trex", "TimberTech", "Fiberon"],
         ["Composite Deck Board 16 ft.", "Hidden Deck Fasteners", "Composite Railing Kit"]),
        ("Outdoor Lighting", "each", (15, 149), ["Hampton Bay", "Ring", "Kichler"],
         ["Solar Path Lights 8-Pack", "Motion Security Floodlight", "String Lights 48 ft.", "Low-Voltage Landscape Kit"]),
    ]),
]

categories = []
items = []
used_items = set()
PRICE_ENDINGS = [0.99, 0.97, 0.49, 0.98]
for dept, code, subs in CATALOG:
    dept_id = len(categories) + 1
    categories.append(dict(cat_id=dept_id, cat_nm=dept, parent_id=None))
    for sub, uom, (lo, hi), brands, bases in subs:
        sub_id = len(categories) + 1
        categories.append(dict(cat_id=sub_id, cat_nm=sub, parent_id=dept_id))
        combos = [(b, base) for b in brands for base in bases]
        R.shuffle(combos)
        n = min(len(combos), R.randint(8, 12))
        for brand, base in combos[:n]:
            nm = f"{brand} {base}"
            if nm in used_items:
                continue
            used_items.add(nm)
            whole = R.randint(lo, hi)
            px = round(whole + R.choice(PRICE_ENDINGS), 2)
            items.append(dict(cat_id=sub_id, dept=dept, code=code, item_nm=nm, brand=brand,
                              uom=uom, px=px, cost_cents=int(round(px * 100 * R.uniform(0.42, 0.71))),
                              status=R.choices(["active", "clearance", "discontinued"], [86, 7, 7])[0]))
R.shuffle(items)
codes_seen = {}
for it in items:
    n = codes_seen.get(it["code"], 10000 + R.randint(0, 400))
    n += R.randint(3, 97)
    codes_seen[it["code"]] = n
    it["sku"] = f"{it['code']}-{n}"
items.sort(key=lambda x: x["sku"])

# ---------------------------------------------------------------- vendors
VENDOR_WORDS_A = ["Rocky Mountain", "Front Range", "High Plains", "Wasatch", "Big Sky", "Snake River",
                  "Sangre de Cristo", "Teton", "Great Basin", "Continental", "Summit", "Timberline",
                  "Mesa", "Pinnacle", "Cascade", "Keystone", "Red Rock", "Blue Spruce", "Prairie",
                  "Canyon", "Bitterroot", "Powder River", "Río Grande", "Yellowstone", "Arapahoe"]
VENDOR_WORDS_B = ["Fastener Supply", "Plumbing Distributors", "Electric Supply", "Paint & Coatings",
                  "Garden Wholesale", "Lumber Co.", "Tool Distributors", "Building Products",
                  "Hardware Wholesale", "Outdoor Supply"]
DEPT_VENDOR = {"Tools": ["Tool Distributors", "Hardware Wholesale"],
               "Hardware & Fasteners": ["Fastener Supply", "Hardware Wholesale"],
               "Plumbing": ["Plumbing Distributors"], "Electrical": ["Electric Supply"],
               "Paint & Supplies": ["Paint & Coatings"], "Lawn & Garden": ["Garden Wholesale", "Outdoor Supply"],
               "Building Materials": ["Lumber Co.", "Building Products"],
               "Outdoor Living": ["Outdoor Supply", "Building Products"]}
VENDOR_CITIES = [("Denver", "CO"), ("Salt Lake City", "UT"), ("Boise", "ID"), ("Billings", "MT"),
                 ("Albuquerque", "NM"), ("Phoenix", "AZ"), ("Dallas", "TX"), ("Chicago", "IL"),
                 ("Spokane", "WA"), ("Omaha", "NE"), ("Kansas City", "MO"), ("Cheyenne", "WY"),
                 ("Commerce City", "CO"), ("Ogden", "UT"), ("Reno", "NV")]
vendors = []
used_v = set()
while len(vendors) < 54:
    nm = f"{R.choice(VENDOR_WORDS_A)} {R.choice(VENDOR_WORDS_B)}"
    if nm in used_v:
        continue
    used_v.add(nm)
    city, st = R.choice(VENDOR_CITIES)
    vendors.append(dict(vnd_id=len(vendors) + 1, vnd_nm=nm, cntct_nm=person_name(used_people),
                        phone=phone(st), city=city, st=st, lead_days=R.choice([2, 3, 5, 7, 10, 14, 21])))
for it in items:
    kinds = DEPT_VENDOR[it["dept"]]
    cands = [v for v in vendors if any(v["vnd_nm"].endswith(k) for k in kinds)]
    it["vnd_id"] = R.choice(cands)["vnd_id"]

# ---------------------------------------------------------------- customers
BIZ_A = ["Peak View", "Summit", "Red Rock", "Bluebird", "Aspen Grove", "Timberline", "Iron Horse",
         "Juniper", "Sagebrush", "High Desert", "Silver Creek", "Elk Ridge", "Mesa Verde", "Lone Pine",
         "Cottonwood", "Granite", "Big Horn", "Canyon", "Clearwater", "Frontier"]
BIZ_B = ["Builders", "Remodeling", "Roofing", "Plumbing & Heating", "Electric", "Landscaping",
         "Painting Co.", "Handyman Services", "Construction", "Property Management", "Decks & Fences",
         "Custom Homes"]
BIZ_SFX = ["LLC", "Inc.", "", "", "& Sons", "Co."]
customers = []
used_c = set(used_people)
active_branches = [b for b in branches if b["is_active"]]
for i in range(1, 661):
    pref = R.choice(branches) if R.random() < 0.12 else R.choice(active_branches)
    st = pref["st"]
    is_pro = 1 if R.random() < 0.24 else 0
    if is_pro:
        while True:
            if R.random() < 0.25:
                nm = f"{R.choice(LAST_NAMES)} {R.choice(BIZ_B)}"
            else:
                nm = f"{R.choice(BIZ_A)} {R.choice(BIZ_B)}"
            sfx = R.choice(BIZ_SFX)
            if sfx == "& Sons":
                nm = f"{R.choice(LAST_NAMES)} & Sons {R.choice(BIZ_B)}"
            else:
                nm = f"{nm} {sfx}".strip()
            if nm not in used_c:
                used_c.add(nm)
                break
        cr = R.choice([250000, 500000, 750000, 1000000, 1500000, 2500000])
    else:
        nm = person_name(used_c)
        cr = 0
    city = pref["city"] if R.random() < 0.6 else R.choice(EXTRA_CITIES[st])
    if R.random() < 0.85:
        local = nm.lower().replace("'", "").replace(".", "").replace("&", "and")
        local = local.replace("ø", "o").replace("æ", "ae").replace("ł", "l")
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
        local = ".".join(local.split())
        email = f"{local}@{R.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'])}"
    else:
        email = None
    customers.append(dict(cust_id=i, cust_nm=nm, is_pro=is_pro, city=city, st=st, phone=phone(st),
                          email=email, join_dt=rand_date("2015-01-01", "2024-11-30").isoformat(),
                          pref_br_id=pref["br_id"], cr_lmt_cents=cr))

# ---------------------------------------------------------------- promos
PROMO_THEMES = [  # (name, month, day, length_days, departments)
    ("Spring Garden Kickoff", 3, 15, 21, ["Lawn & Garden"]),
    ("Paint Week", 4, 10, 10, ["Paint & Supplies"]),
    ("Deck Season Savings", 5, 1, 30, ["Outdoor Living", "Paint & Supplies"]),
    ("Memorial Day Grill Out", 5, 20, 10, ["Outdoor Living"]),
    ("Father's Day Tool Deals", 6, 5, 14, ["Tools"]),
    ("Summer Plumbing Fix-Up", 6, 20, 21, ["Plumbing"]),
    ("Fourth of July Patio Sale", 6, 28, 10, ["Outdoor Living"]),
    ("Back to Projects", 8, 20, 14, ["Hardware & Fasteners", "Tools"]),
    ("Labor Day Lumber Blowout", 8, 28, 10, ["Building Materials"]),
    ("Fall Lawn Care", 9, 10, 21, ["Lawn & Garden"]),
    ("Weatherproof Your Home", 10, 1, 30, ["Building Materials", "Paint & Supplies"]),
    ("Lights Up Electrical Event", 10, 20, 14, ["Electrical"]),
    ("Black Friday Power Tool Deals", 11, 22, 7, ["Tools"]),
    ("Snow Ready Sale", 11, 1, 21, ["Lawn & Garden"]),
    ("Holiday Gift Guide", 12, 1, 20, ["Tools", "Outdoor Living"]),
    ("New Year Organize & Store", 1, 5, 21, ["Tools", "Hardware & Fasteners"]),
    ("Pro Appreciation Days", 2, 10, 7, ["Building Materials", "Hardware & Fasteners", "Electrical"]),
]
promos = []
promo_items = []
for year in (2022, 2023, 2024):
    for name, m, day, length, depts in PROMO_THEMES:
        if len(promos) >= 50:
            break
        start = dt.date(year, m, day)
        if name == "Snow Ready Sale" and year == 2022:
            continue  # skipped that year
        pid = len(promos) + 1
        promos.append(dict(promo_id=pid, promo_nm=f"{name} {year}", start_dt=start.isoformat(),
                           end_dt=(start + dt.timedelta(days=length - 1)).isoformat(),
                           disc_pct=R.choice([10, 10, 15, 15, 20, 25, 30]), depts=depts))
        pool = [it for it in items if it["dept"] in depts and it["status"] != "discontinued"]
        if name == "Snow Ready Sale":
            pool = [it for it in pool if categories[it["cat_id"] - 1]["cat_nm"] == "Snow Removal"]
        if name == "Spring Garden Kickoff" or name == "Fall Lawn Care":
            pool = [it for it in pool if categories[it["cat_id"] - 1]["cat_nm"] != "Snow Removal"]
        k = min(len(pool), R.randint(6, 18))
        for it in R.sample(pool, k):
            promo_items.append(dict(promo_id=pid, sku=it["sku"]))
promo_items.sort(key=lambda x: (x["promo_id"], x["sku"]))
promo_by_sku = {}
for pi in promo_items:
    promo_by_sku.setdefault(pi["sku"], []).append(promos[pi["promo_id"] - 1])

# ---------------------------------------------------------------- orders
pop = {it["sku"]: R.paretovariate(1.3) for it in items}
for it in items:
    if R.random() < 0.06:
        pop[it["sku"]] = 0.0          # never sold
sku_list = [it["sku"] for it in items]
sku_w = [pop[s] for s in sku_list]
item_by_sku = {it["sku"]: it for it in items}

cust_w = []
for c in customers:
    w = (4.0 if c["is_pro"] else 1.0) * R.choice([0, 0.3, 1, 1, 1.5, 2, 3])
    cust_w.append(w)

MONTH_W = [4, 4, 7, 10, 12, 12, 11, 10, 9, 8, 6, 7]
all_days = []
day_w = []
day = d("2022-01-01")
while day <= d("2024-12-31"):
    all_days.append(day)
    day_w.append(MONTH_W[day.month - 1] * (1.15 if day.weekday() >= 5 else 1.0)
                 * (1.0 + 0.12 * (day.year - 2022)))
    day += dt.timedelta(days=1)

staff_by_branch = {}
for e in staff:
    staff_by_branch.setdefault(e["br_id"], []).append(e)


def branch_open(b, day):
    if d(b["open_dt"]) > day:
        return False
    return not (b["close_dt"] and d(b["close_dt"]) < day)


orders = []
ord_items = []
N_ORDERS = 1180
ord_days = sorted(R.choices(all_days, day_w, k=N_ORDERS))
for oid, day in enumerate(ord_days, start=1):
    while True:
        c = R.choices(customers, cust_w)[0]
        if d(c["join_dt"]) <= day:
            break
    pb = branches[c["pref_br_id"] - 1]
    if branch_open(pb, day) and R.random() < 0.85:
        b = pb
    else:
        cands = [x for x in branches if x["st"] == c["st"] and branch_open(x, day)]
        b = R.choice(cands)
    emps = [e for e in staff_by_branch[b["br_id"]]
            if e["job_ttl"] not in ("VP Operations", "Regional Manager") and d(e["hire_dt"]) <= day]
    if not emps:
        emps = [e for e in staff_by_branch[b["br_id"]] if e["job_ttl"] == "Store Manager"]
    front = [e for e in emps if e["job_ttl"] in ASSOC_TITLES]
    e = R.choice(front) if front and R.random() < 0.9 else R.choice(emps)
    chan = R.choices(["in-store", "online", "phone"], [74, 19, 7])[0]
    if day >= d("2024-12-18"):
        status = R.choices(["open", "completed"], [55, 45])[0]
    else:
        status = R.choices(["completed", "cancelled", "returned"], [87, 7, 6])[0]
    n_lines = R.choices([1, 2, 3, 4], [30, 35, 23, 12])[0]
    chosen = []
    while len(chosen) < n_lines:
        s = R.choices(sku_list, sku_w)[0]
        if s not in chosen:
            chosen.append(s)
    total = 0.0
    for ln, s in enumerate(chosen, start=1):
        it = item_by_sku[s]
        if it["uom"] in ("box", "ft"):
            qty = R.choice([1, 2, 4, 5, 10, 25, 50]) if it["uom"] == "ft" else R.choice([1, 1, 2, 3, 5])
        elif it["uom"] == "bag":
            qty = R.choice([1, 2, 3, 5, 8, 10, 20])
        elif it["px"] > 300:
            qty = 1
        else:
            qty = R.choices([1, 2, 3, 4, 6], [55, 22, 10, 8, 5])[0]
        if c["is_pro"] and it["px"] < 80:
            qty *= R.choice([1, 2, 4])
        unit = it["px"]
        for p in promo_by_sku.get(s, []):
            if d(p["start_dt"]) <= day <= d(p["end_dt"]):
                unit = round(it["px"] * (100 - p["disc_pct"]) / 100, 2)
        ord_items.append(dict(ord_id=oid, ln_no=ln, sku=s, qty=qty, unit_px=unit))
        total += qty * unit
    orders.append(dict(ord_id=oid, cust_id=c["cust_id"], br_id=b["br_id"], emp_id=e["emp_id"],
                       ord_dt=day.isoformat(), chan=chan, status=status, tot_amt=round(total, 2)))


# ---------------------------------------------------------------- write
def insert(con, table, rows, cols):
    con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [tuple(r[c] for c in cols) for r in rows])


def main():
    out = os.path.abspath(OUT)
    if os.path.exists(out):
        os.remove(out)
    con = sqlite3.connect(out)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)
    insert(con, "branches", branches, ["br_id", "br_nm", "city", "st", "phone", "open_dt", "close_dt",
                                       "sq_ft", "is_active"])
    insert(con, "staff", staff, ["emp_id", "emp_nm", "br_id", "job_ttl", "sup_id", "hire_dt",
                                 "hrly_rt", "emp_stat"])
    insert(con, "categories", categories, ["cat_id", "cat_nm", "parent_id"])
    insert(con, "vendors", vendors, ["vnd_id", "vnd_nm", "cntct_nm", "phone", "city", "st", "lead_days"])
    insert(con, "items", items, ["sku", "item_nm", "cat_id", "brand", "vnd_id", "uom", "px",
                                 "cost_cents", "status"])
    insert(con, "customers", customers, ["cust_id", "cust_nm", "is_pro", "city", "st", "phone", "email",
                                         "join_dt", "pref_br_id", "cr_lmt_cents"])
    insert(con, "orders", orders, ["ord_id", "cust_id", "br_id", "emp_id", "ord_dt", "chan", "status",
                                   "tot_amt"])
    insert(con, "ord_items", ord_items, ["ord_id", "ln_no", "sku", "qty", "unit_px"])
    insert(con, "promos", promos, ["promo_id", "promo_nm", "start_dt", "end_dt", "disc_pct"])
    insert(con, "promo_items", promo_items, ["promo_id", "sku"])
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad
    con.execute("VACUUM")
    con.close()
    print(f"wrote {out}: {len(branches)} branches, {len(staff)} staff, {len(categories)} categories, "
          f"{len(vendors)} vendors, {len(items)} items, {len(customers)} customers, {len(orders)} orders, "
          f"{len(ord_items)} ord_items, {len(promos)} promos, {len(promo_items)} promo_items")


if __name__ == "__main__":
    main()
