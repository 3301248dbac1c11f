#!/usr/bin/env python3
"""Generate databases/ember_oak_roasters.sqlite: a specialty coffee roaster in the Pacific
Northwest and British Columbia with cafés/kiosks (retail) and a wholesale business.
Style: UPPER_CASE table names, UPPER_CASE descriptive column names, dates/times as
'YYYY-MM-DD HH:MM:SS' TEXT, money as REAL dollars (PRICE, SALE_AMOUNT, HOURLY_WAGE,
RETAIL_BAG_PRICE) and INTEGER cents (WHOLESALE_PRICE_PER_KG_CENTS, PRICE_PER_KG_CENTS,
SHIPPING_FEE_CENTS), 0/1 flags (IS_ORGANIC, IS_DECAF, IS_FULL_TIME, IS_SEASONAL,
HAS_DRIVE_THROUGH).

Deterministic: fixed seed, no set/dict iteration over hashed strings, no clock.
"""
import datetime as dt
import os
import random
import sqlite3
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import COMPOUND_FIRST_NAMES, FIRST_NAMES, LAST_NAMES  # noqa: E402

SEED = 8812046
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases",
                   "ember_oak_roasters.sqlite")
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE LOCATIONS (
    LOCATION_ID        INTEGER PRIMARY KEY,
    LOCATION_NAME      TEXT NOT NULL UNIQUE,
    LOCATION_TYPE      TEXT NOT NULL,
    STREET_ADDRESS     TEXT NOT NULL,
    CITY               TEXT NOT NULL,
    STATE_OR_PROVINCE  TEXT NOT NULL,
    COUNTRY            TEXT NOT NULL,
    OPENING_DATE       TEXT NOT NULL,
    LOCATION_STATUS    TEXT NOT NULL,
    SEATING_CAPACITY   INTEGER NOT NULL,
    HAS_DRIVE_THROUGH  INTEGER NOT NULL CHECK (HAS_DRIVE_THROUGH IN (0, 1))
);
CREATE TABLE EMPLOYEES (
    EMPLOYEE_ID          INTEGER PRIMARY KEY,
    FIRST_NAME           TEXT NOT NULL,
    LAST_NAME            TEXT NOT NULL,
    JOB_TITLE            TEXT NOT NULL,
    HOME_LOCATION_ID     INTEGER NOT NULL REFERENCES LOCATIONS(LOCATION_ID),
    MANAGER_EMPLOYEE_ID  INTEGER REFERENCES EMPLOYEES(EMPLOYEE_ID),
    HIRE_DATE            TEXT NOT NULL,
    HOURLY_WAGE          REAL NOT NULL,
    IS_FULL_TIME         INTEGER NOT NULL CHECK (IS_FULL_TIME IN (0, 1)),
    EMPLOYMENT_STATUS    TEXT NOT NULL
);
CREATE TABLE COFFEES (
    COFFEE_ID                    INTEGER PRIMARY KEY,
    COFFEE_NAME                  TEXT NOT NULL UNIQUE,
    COFFEE_TYPE                  TEXT NOT NULL,
    ORIGIN_COUNTRY               TEXT NOT NULL,
    GROWING_REGION               TEXT NOT NULL,
    PROCESSING_METHOD            TEXT NOT NULL,
    ROAST_LEVEL                  TEXT NOT NULL,
    CUPPING_SCORE                REAL NOT NULL,
    IS_ORGANIC                   INTEGER NOT NULL CHECK (IS_ORGANIC IN (0, 1)),
    IS_DECAF                     INTEGER NOT NULL CHECK (IS_DECAF IN (0, 1)),
    WHOLESALE_PRICE_PER_KG_CENTS INTEGER NOT NULL,
    RETAIL_BAG_PRICE             REAL NOT NULL,
    AVAILABILITY_STATUS          TEXT NOT NULL
);
CREATE TABLE FLAVOR_NOTES (
    FLAVOR_NOTE_ID  INTEGER PRIMARY KEY,
    NOTE_NAME       TEXT NOT NULL UNIQUE,
    NOTE_FAMILY     TEXT NOT NULL
);
CREATE TABLE COFFEE_FLAVOR_NOTES (
    COFFEE_ID       INTEGER NOT NULL REFERENCES COFFEES(COFFEE_ID),
    FLAVOR_NOTE_ID  INTEGER NOT NULL REFERENCES FLAVOR_NOTES(FLAVOR_NOTE_ID),
    PRIMARY KEY (COFFEE_ID, FLAVOR_NOTE_ID)
);
CREATE TABLE WHOLESALE_ACCOUNTS (
    ACCOUNT_ID             INTEGER PRIMARY KEY,
    BUSINESS_NAME          TEXT NOT NULL UNIQUE,
    BUSINESS_TYPE          TEXT NOT NULL,
    CONTACT_NAME           TEXT NOT NULL,
    CONTACT_PHONE          TEXT NOT NULL,
    CONTACT_EMAIL          TEXT NOT NULL,
    CITY                   TEXT NOT NULL,
    STATE_OR_PROVINCE      TEXT NOT NULL,
    COUNTRY                TEXT NOT NULL,
    SALES_REP_EMPLOYEE_ID  INTEGER NOT NULL REFERENCES EMPLOYEES(EMPLOYEE_ID),
    PAYMENT_TERMS_DAYS     INTEGER NOT NULL,
    ACCOUNT_STATUS         TEXT NOT NULL,
    ACCOUNT_OPENED_AT      TEXT NOT NULL
);
CREATE TABLE WHOLESALE_ORDERS (
    ORDER_ID            INTEGER PRIMARY KEY,
    ACCOUNT_ID          INTEGER NOT NULL REFERENCES WHOLESALE_ACCOUNTS(ACCOUNT_ID),
    ORDERED_AT          TEXT NOT NULL,
    ORDER_STATUS        TEXT NOT NULL,
    SHIPPING_FEE_CENTS  INTEGER NOT NULL
);
CREATE TABLE WHOLESALE_ORDER_LINES (
    ORDER_ID            INTEGER NOT NULL REFERENCES WHOLESALE_ORDERS(ORDER_ID),
    COFFEE_ID           INTEGER NOT NULL REFERENCES COFFEES(COFFEE_ID),
    QUANTITY_KG         INTEGER NOT NULL,
    PRICE_PER_KG_CENTS  INTEGER NOT NULL,
    PRIMARY KEY (ORDER_ID, COFFEE_ID)
);
CREATE TABLE MENU_ITEMS (
    MENU_ITEM_ID   INTEGER PRIMARY KEY,
    ITEM_NAME      TEXT NOT NULL UNIQUE,
    MENU_CATEGORY  TEXT NOT NULL,
    PRICE          REAL NOT NULL,
    COFFEE_ID      INTEGER REFERENCES COFFEES(COFFEE_ID),
    IS_SEASONAL    INTEGER NOT NULL CHECK (IS_SEASONAL IN (0, 1))
);
CREATE TABLE CAFE_SALES (
    SALE_ID         INTEGER PRIMARY KEY,
    LOCATION_ID     INTEGER NOT NULL REFERENCES LOCATIONS(LOCATION_ID),
    EMPLOYEE_ID     INTEGER NOT NULL REFERENCES EMPLOYEES(EMPLOYEE_ID),
    MENU_ITEM_ID    INTEGER NOT NULL REFERENCES MENU_ITEMS(MENU_ITEM_ID),
    QUANTITY        INTEGER NOT NULL,
    SOLD_AT         TEXT NOT NULL,
    PAYMENT_METHOD  TEXT NOT NULL,
    SALE_AMOUNT     REAL NOT NULL
);
"""


def dd(s):
    return dt.date.fromisoformat(s)


def rand_date(a, b):
    a = dd(a) if isinstance(a, str) else a
    b = dd(b) if isinstance(b, str) else b
    return dt.date.fromordinal(R.randint(a.toordinal(), b.toordinal()))


def midnight(day):
    return f"{day.isoformat()} 00:00:00"


def stamp(day, h0=6, h1=18):
    return f"{day.isoformat()} {R.randint(h0, h1):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


AREA = {"Washington": ["206", "253", "425", "360", "509"], "Oregon": ["503", "971", "541"],
        "British Columbia": ["604", "778", "250", "236"], "Idaho": ["208"]}


def phone(region):
    return f"{R.choice(AREA[region])}-{R.randint(200, 989)}-{R.randint(0, 9999):04d}"


def ascii_slug(s):
    s = s.lower().replace("ø", "o").replace("æ", "ae").replace("'", "").replace("&", "and")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch if ch.isalnum() else "." for ch in s).strip(".").replace("..", ".")


# ---------------------------------------------------------------- locations
LOC_SPECS = [  # (label, type, city, region)
    ("Ballard", "Café", "Seattle", "Washington"), ("Capitol Hill", "Café", "Seattle", "Washington"),
    ("Fremont", "Café", "Seattle", "Washington"), ("Queen Anne", "Café", "Seattle", "Washington"),
    ("Columbia City", "Café", "Seattle", "Washington"),
    ("South Lake Union", "Café", "Seattle", "Washington"),
    ("Pike Place", "Kiosk", "Seattle", "Washington"),
    ("Sea-Tac Airport", "Kiosk", "SeaTac", "Washington"),
    ("Georgetown Roastery", "Roastery", "Seattle", "Washington"),
    ("Tacoma Stadium District", "Café", "Tacoma", "Washington"),
    ("Tacoma Proctor", "Café", "Tacoma", "Washington"),
    ("Bellevue Downtown", "Café", "Bellevue", "Washington"),
    ("Bellevue Crossroads", "Café", "Bellevue", "Washington"),
    ("Spokane Kendall Yards", "Café", "Spokane", "Washington"),
    ("Spokane South Hill", "Café", "Spokane", "Washington"),
    ("Olympia Downtown", "Café", "Olympia", "Washington"),
    ("Everett Waterfront", "Café", "Everett", "Washington"),
    ("Bellingham Fairhaven", "Café", "Bellingham", "Washington"),
    ("Kirkland", "Café", "Kirkland", "Washington"), ("Redmond", "Café", "Redmond", "Washington"),
    ("Walla Walla", "Café", "Walla Walla", "Washington"),
    ("Uptown Village", "Café", "Vancouver", "Washington"),
    ("Leavenworth", "Café", "Leavenworth", "Washington"),
    ("Pearl District", "Café", "Portland", "Oregon"), ("Alberta Arts", "Café", "Portland", "Oregon"),
    ("Hawthorne", "Café", "Portland", "Oregon"), ("Sellwood", "Café", "Portland", "Oregon"),
    ("PDX Airport", "Kiosk", "Portland", "Oregon"),
    ("Central Eastside Roastery", "Roastery", "Portland", "Oregon"),
    ("Eugene Whiteaker", "Café", "Eugene", "Oregon"), ("Salem", "Café", "Salem", "Oregon"),
    ("Bend Old Mill", "Café", "Bend", "Oregon"), ("Hood River", "Café", "Hood River", "Oregon"),
    ("Corvallis", "Café", "Corvallis", "Oregon"),
    ("Gastown", "Café", "Vancouver", "British Columbia"),
    ("Kitsilano", "Café", "Vancouver", "British Columbia"),
    ("Mount Pleasant", "Café", "Vancouver", "British Columbia"),
    ("Commercial Drive", "Café", "Vancouver", "British Columbia"),
    ("Waterfront Station", "Kiosk", "Vancouver", "British Columbia"),
    ("Victoria Oak Bay", "Café", "Victoria", "British Columbia"),
    ("Victoria Chinatown", "Café", "Victoria", "British Columbia"),
    ("Kelowna", "Café", "Kelowna", "British Columbia"),
    ("Burnaby Metrotown", "Kiosk", "Burnaby", "British Columbia"),
    ("North Vancouver Lonsdale", "Café", "North Vancouver", "British Columbia"),
    ("Whistler Village", "Café", "Whistler", "British Columbia"),
    ("Richmond Roastery", "Roastery", "Richmond", "British Columbia"),
    ("Boise Hyde Park", "Café", "Boise", "Idaho"), ("Boise Downtown", "Kiosk", "Boise", "Idaho"),
    ("Coeur d'Alene", "Café", "Coeur d'Alene", "Idaho"), ("Sandpoint", "Café", "Sandpoint", "Idaho"),
]
STREETS = ["Main St", "Market St", "Broadway", "Pine St", "Alder St", "Cedar Ave", "Harbour Rd",
           "Water St", "1st Ave", "4th Ave", "Granville St", "Hastings St", "Division St",
           "Burnside St", "Lake Ave", "Mill Rd", "Front St", "Oak St", "Commercial Dr", "Riverside Ave"]
STATUS_OVERRIDE = {"Leavenworth": "Permanently Closed", "Corvallis": "Permanently Closed",
                   "Burnaby Metrotown": "Permanently Closed", "Sandpoint": "Permanently Closed",
                   "Tacoma Proctor": "Temporarily Closed", "Whistler Village": "Temporarily Closed",
                   "Salem": "Temporarily Closed"}
locations = []
for i, (label, typ, city, region) in enumerate(LOC_SPECS, start=1):
    country = "Canada" if region == "British Columbia" else "USA"
    opened = rand_date("2009-03-01", "2023-06-30")
    if label == "Georgetown Roastery":
        opened = dd("2008-10-04")
    if label in ("Uptown Village", "Hood River"):
        opened = rand_date("2024-01-15", "2024-06-30")
    seats = {"Café": R.randrange(18, 72, 2), "Kiosk": 0, "Roastery": R.randrange(30, 90, 2)}[typ]
    locations.append(dict(
        LOCATION_ID=i, LOCATION_NAME=f"Ember & Oak {label}", LOCATION_TYPE=typ,
        STREET_ADDRESS=f"{R.randint(100, 4999)} {R.choice(STREETS)}", CITY=city,
        STATE_OR_PROVINCE=region, COUNTRY=country, OPENING_DATE=midnight(opened),
        LOCATION_STATUS=STATUS_OVERRIDE.get(label, "Open"), SEATING_CAPACITY=seats,
        HAS_DRIVE_THROUGH=1 if (typ == "Café" and R.random() < 0.18) else 0))
loc_by_label = {spec[0]: locations[i] for i, spec in enumerate(LOC_SPECS)}

# ---------------------------------------------------------------- employees
employees = []
used_people = set()


def new_person():
    while True:
        fn = R.choice(FIRST_NAMES)
        if R.random() < 0.08:
            fn = R.choice(COMPOUND_FIRST_NAMES)
        ln = R.choice(LAST_NAMES)
        if (fn, ln) not in used_people and fn != ln:
            used_people.add((fn, ln))
            return fn, ln


def add_emp(loc, title, mgr, hire, wage, full_time, status="Active"):
    fn, ln = new_person()
    e = dict(EMPLOYEE_ID=len(employees) + 1, FIRST_NAME=fn, LAST_NAME=ln, JOB_TITLE=title,
             HOME_LOCATION_ID=loc["LOCATION_ID"], MANAGER_EMPLOYEE_ID=mgr["EMPLOYEE_ID"] if mgr else None,
             HIRE_DATE=midnight(hire), HOURLY_WAGE=round(wage, 2), IS_FULL_TIME=full_time,
             EMPLOYMENT_STATUS=status)
    employees.append(e)
    return e


hq = loc_by_label["Georgetown Roastery"]
ceo = add_emp(hq, "Founder & CEO", None, dd("2008-06-01"), 98.00, 1)
ops_dir = add_emp(hq, "Director of Café Operations", ceo, dd("2012-09-17"), 64.50, 1)
head_roaster = add_emp(hq, "Head Roaster", ceo, dd("2010-02-08"), 52.25, 1)
wholesale_dir = add_emp(loc_by_label["Central Eastside Roastery"], "Wholesale Director", ceo,
                        dd("2015-04-20"), 58.75, 1)
REGION_HOME = {"Washington": "Capitol Hill", "Oregon": "Pearl District", "British Columbia": "Gastown"}
regional = {}
for region in ["Washington", "Oregon", "British Columbia"]:
    regional[region] = add_emp(loc_by_label[REGION_HOME[region]], "Regional Manager", ops_dir,
                               rand_date("2013-01-01", "2020-12-31"), R.uniform(44, 52), 1)
regional["Idaho"] = regional["Oregon"]
for loc in locations:
    if loc["LOCATION_TYPE"] == "Roastery":
        for _ in range(R.randint(3, 5)):
            add_emp(loc, R.choice(["Roaster", "Roaster", "Production Assistant", "Green Coffee Buyer"]),
                    head_roaster, rand_date("2011-01-01", "2024-08-31"), R.uniform(22, 36), 1)
reps = []
for k in range(9):
    loc = R.choice([loc_by_label["Georgetown Roastery"], loc_by_label["Central Eastside Roastery"],
                    loc_by_label["Richmond Roastery"], loc_by_label["Boise Hyde Park"]])
    reps.append(add_emp(loc, "Wholesale Account Rep", wholesale_dir, rand_date("2016-01-01", "2023-12-31"),
                        R.uniform(29, 38), 1, "Terminated" if k == 8 else "Active"))
staff_by_loc = {}
for loc in locations:
    if loc["LOCATION_TYPE"] == "Roastery":
        continue
    opened = dd(loc["OPENING_DATE"][:10])
    closed = loc["LOCATION_STATUS"] == "Permanently Closed"
    reg = regional[loc["STATE_OR_PROVINCE"]]
    if loc["LOCATION_TYPE"] == "Kiosk":
        lead = add_emp(loc, "Kiosk Lead", reg, max(opened - dt.timedelta(days=30), dd("2016-01-01")),
                       R.uniform(21, 25), 1, "Terminated" if closed else "Active")
        team = [lead]
        for _ in range(R.randint(2, 3)):
            team.append(add_emp(loc, "Barista", lead, max(opened, rand_date("2018-01-01", "2024-08-31")),
                                R.uniform(16.5, 20), R.choice([0, 0, 1]),
                                "Terminated" if closed else R.choices(["Active", "On Leave"], [95, 5])[0]))
    else:
        mgr = add_emp(loc, "Café Manager", reg, max(opened - dt.timedelta(days=45),
                                                     rand_date("2014-01-01", "2023-06-30")),
                      R.uniform(27, 33), 1, "Terminated" if closed else "Active")
        team = [mgr]
        for _ in range(R.randint(1, 2)):
            team.append(add_emp(loc, "Shift Supervisor", mgr, max(opened, rand_date("2015-01-01", "2024-03-31")),
                                R.uniform(20, 24), 1, "Terminated" if closed else "Active"))
        sups = team[1:]
        for _ in range(R.randint(3, 6)):
            st = "Terminated" if closed else R.choices(["Active", "On Leave", "Terminated"], [88, 4, 8])[0]
            team.append(add_emp(loc, R.choice(["Barista", "Barista", "Barista", "Baker"]), R.choice(sups),
                                max(opened, rand_date("2017-01-01", "2024-08-31")), R.uniform(16.5, 20.5),
                                R.choice([0, 1]), st))
    staff_by_loc[loc["LOCATION_ID"]] = team

# ---------------------------------------------------------------- flavor notes
FLAVORS = [
    ("Fruity", ["Blueberry", "Strawberry", "Raspberry", "Blackberry", "Black Cherry", "Red Apple",
                "Green Apple", "Peach", "Apricot", "Mango", "Pineapple", "Passion Fruit", "Lemon",
                "Lime", "Orange Zest", "Grapefruit", "Red Grape", "Plum", "Tamarind", "Cranberry"]),
    ("Floral", ["Jasmine", "Bergamot", "Rose", "Lavender", "Hibiscus", "Orange Blossom",
                "Chamomile", "Black Tea"]),
    ("Sweet", ["Brown Sugar", "Caramel", "Honey", "Molasses", "Maple Syrup", "Toffee", "Vanilla",
               "Marzipan", "Panela", "Crème Brûlée"]),
    ("Nutty & Cocoa", ["Milk Chocolate", "Dark Chocolate", "Cocoa Nib", "Hazelnut", "Almond",
                       "Walnut", "Peanut", "Praline"]),
    ("Spice", ["Cinnamon", "Clove", "Cardamom", "Black Pepper", "Nutmeg", "Anise"]),
    ("Roasted & Earthy", ["Cedar", "Tobacco", "Smoky", "Toasted Bread", "Earthy", "Malt",
                          "Pipe Tobacco", "Forest Floor"]),
]
flavor_notes = []
for fam, names in FLAVORS:
    for n in names:
        flavor_notes.append(dict(FLAVOR_NOTE_ID=len(flavor_notes) + 1, NOTE_NAME=n, NOTE_FAMILY=fam))
notes_by_family = {}
for fn_ in flavor_notes:
    notes_by_family.setdefault(fn_["NOTE_FAMILY"], []).append(fn_)

# ---------------------------------------------------------------- coffees
ORIGINS = [  # country, [(region, [farms/washing stations])], processes, family weights
    ("Ethiopia", [("Yirgacheffe", ["Kochere", "Idido", "Aricha", "Konga"]),
                  ("Guji", ["Hambela", "Shakiso", "Uraga"]), ("Sidama", ["Bensa", "Bombe"]),
                  ("Limu", ["Gera"])], ["Washed", "Natural", "Natural", "Anaerobic"], ["Fruity", "Floral", "Sweet"]),
    ("Kenya", [("Nyeri", ["Gatomboya", "Karogoto"]), ("Kirinyaga", ["Kii", "Rung'eto"])],
     ["Washed"], ["Fruity", "Sweet", "Floral"]),
    ("Colombia", [("Huila", ["Finca El Paraíso", "La Plata", "Pitalito"]), ("Nariño", ["La Unión", "Buesaco"]),
                  ("Cauca", ["Inzá"]), ("Tolima", ["Planadas"])], ["Washed", "Washed", "Honey", "Anaerobic"],
     ["Sweet", "Fruity", "Nutty & Cocoa"]),
    ("Guatemala", [("Huehuetenango", ["La Libertad", "El Injerto"]), ("Antigua", ["San Miguel"])],
     ["Washed"], ["Nutty & Cocoa", "Sweet", "Spice"]),
    ("Costa Rica", [("Tarrazú", ["La Pastora", "Don Mayo"]), ("West Valley", ["Las Lajas"])],
     ["Honey", "Washed"], ["Sweet", "Fruity"]),
    ("Brazil", [("Cerrado Mineiro", ["Fazenda Ambiental", "Fazenda Santa Inês"]), ("Sul de Minas", ["Carmo de Minas"]),
                ("Mogiana", ["Fazenda Nossa Senhora"])], ["Natural", "Natural", "Pulped Natural"],
     ["Nutty & Cocoa", "Sweet"]),
    ("Peru", [("Cajamarca", ["San Ignacio", "Jaén"])], ["Washed"], ["Sweet", "Nutty & Cocoa"]),
    ("Honduras", [("Santa Bárbara", ["El Cedro"]), ("Marcala", ["COMSA"])], ["Washed", "Honey"],
     ["Sweet", "Fruity"]),
    ("El Salvador", [("Santa Ana", ["Finca Kilimanjaro", "Los Naranjos"])], ["Washed", "Honey"], ["Sweet", "Nutty & Cocoa"]),
    ("Rwanda", [("Nyamasheke", ["Gitesi", "Kanzu"])], ["Washed"], ["Fruity", "Floral"]),
    ("Burundi", [("Kayanza", ["Ninga", "Mpemba"])], ["Washed", "Natural"], ["Fruity", "Floral"]),
    ("Indonesia", [("Sumatra Aceh", ["Gayo Highlands", "Takengon"]), ("Java", ["Ijen"])],
     ["Wet-hulled"], ["Roasted & Earthy", "Spice"]),
    ("Papua New Guinea", [("Eastern Highlands", ["Kainantu"])], ["Washed"], ["Fruity", "Roasted & Earthy"]),
    ("Mexico", [("Chiapas", ["Triunfo Verde"]), ("Oaxaca", ["Pluma Hidalgo"])], ["Washed"], ["Nutty & Cocoa", "Sweet"]),
    ("Nicaragua", [("Jinotega", ["Finca San José"])], ["Washed", "Honey"], ["Sweet", "Nutty & Cocoa"]),
    ("Panama", [("Boquete", ["Hacienda La Esmeralda"])], ["Washed", "Natural"], ["Floral", "Fruity"]),
    ("Yemen", [("Haraz", ["Mokha Haraz"])], ["Natural"], ["Spice", "Fruity"]),
]
coffees = []
used_cof = set()
for country, regions, procs, fams in ORIGINS:
    for region, farms in regions:
        for farm in farms:
            proc = R.choice(procs)
            suffix = {"Natural": " Natural", "Anaerobic": " Anaerobic", "Honey": " Honey"}.get(proc, "")
            nm = f"{country if country in ('Kenya', 'Rwanda', 'Burundi', 'Panama', 'Yemen') else region} {farm}{suffix}"
            if nm in used_cof:
                continue
            used_cof.add(nm)
            coffees.append(dict(COFFEE_NAME=nm, COFFEE_TYPE="Single Origin", ORIGIN_COUNTRY=country,
                                GROWING_REGION=region, PROCESSING_METHOD=proc, fams=fams))
BLENDS = [("Ember House Blend", "Medium"), ("Campfire Espresso", "Medium-Dark"),
          ("Night Owl Dark Roast", "Dark"), ("Cascade Breakfast Blend", "Light"),
          ("Old Growth French Roast", "Dark"), ("Salish Sea Espresso", "Medium"),
          ("Fireside Holiday Blend", "Medium-Dark"), ("Riverbend Organic Blend", "Medium"),
          ("Summit Cold Brew Blend", "Medium-Dark"), ("Trailhead Decaf Blend", "Medium"),
          ("Swiss Water Decaf Colombia", "Medium"), ("Mountain Water Decaf Mexico", "Medium-Dark"),
          ("Ember Oak Anniversary Blend", "Light"), ("Harbour Lights Espresso", "Medium")]
for nm, roast in BLENDS:
    decaf = "Decaf" in nm
    coffees.append(dict(COFFEE_NAME=nm, COFFEE_TYPE="Blend" if "Swiss" not in nm and "Mexico" not in nm else "Single Origin",
                        ORIGIN_COUNTRY="Colombia" if "Swiss" in nm else ("Mexico" if "Mexico" in nm else "Multiple"),
                        GROWING_REGION="Huila" if "Swiss" in nm else ("Chiapas" if "Mexico" in nm else "Various"),
                        PROCESSING_METHOD="Washed", fams=["Nutty & Cocoa", "Sweet", "Roasted & Earthy"],
                        ROAST=roast, DECAF=decaf))
R.shuffle(coffees)
for i, c in enumerate(coffees, start=1):
    c["COFFEE_ID"] = i
    light = c["ORIGIN_COUNTRY"] in ("Ethiopia", "Kenya", "Rwanda", "Burundi", "Panama")
    c["ROAST_LEVEL"] = c.get("ROAST") or (R.choice(["Light", "Light", "Medium"]) if light else
                                          R.choice(["Light", "Medium", "Medium", "Medium-Dark", "Dark"]))
    c["IS_DECAF"] = 1 if c.get("DECAF") else 0
    base = 84.0 + (2.0 if light else 0) + (1.5 if c["PROCESSING_METHOD"] in ("Anaerobic", "Natural") else 0)
    if c["COFFEE_TYPE"] == "Blend":
        base = 82.5
    c["CUPPING_SCORE"] = round(min(93.0, base + R.uniform(-1.5, 2.5)) * 4) / 4
    if "Esmeralda" in c["COFFEE_NAME"]:
        c["CUPPING_SCORE"] = 94.25
    c["IS_ORGANIC"] = 1 if ("Organic" in c["COFFEE_NAME"] or R.random() < 0.3) else 0
    per_kg = int(round((1500 + (c["CUPPING_SCORE"] - 82) * 380 + R.uniform(-150, 250)) / 5) * 5)
    if "Esmeralda" in c["COFFEE_NAME"]:
        per_kg = 11800
    c["WHOLESALE_PRICE_PER_KG_CENTS"] = per_kg
    c["RETAIL_BAG_PRICE"] = round(per_kg * 0.34 / 100 * 1.9 + 0.0, 0) + R.choice([0.0, 0.5, 0.95]) - 0.05
    c["RETAIL_BAG_PRICE"] = round(c["RETAIL_BAG_PRICE"], 2)
    c["AVAILABILITY_STATUS"] = ("year-round" if c["COFFEE_TYPE"] == "Blend" or c["IS_DECAF"]
                                else R.choices(["year-round", "seasonal", "retired"], [30, 50, 20])[0])
    if c["COFFEE_NAME"] in ("Fireside Holiday Blend",):
        c["AVAILABILITY_STATUS"] = "seasonal"
    if c["COFFEE_NAME"] in ("Ember Oak Anniversary Blend",):
        c["AVAILABILITY_STATUS"] = "retired"

coffee_notes = []
for c in coffees:
    k = R.choice([2, 3, 3, 3, 4])
    chosen = []
    fams = c["fams"]
    while len(chosen) < k:
        fam = fams[0] if not chosen else R.choice(fams + [R.choice([f for f, _ in FLAVORS])])
        n = R.choice(notes_by_family[fam])
        if n["FLAVOR_NOTE_ID"] not in chosen:
            chosen.append(n["FLAVOR_NOTE_ID"])
    for nid in sorted(chosen):
        coffee_notes.append(dict(COFFEE_ID=c["COFFEE_ID"], FLAVOR_NOTE_ID=nid))

# ---------------------------------------------------------------- menu items
menu = []


def add_menu(name, cat, price, coffee=None, seasonal=0):
    menu.append(dict(MENU_ITEM_ID=len(menu) + 1, ITEM_NAME=name, MENU_CATEGORY=cat, PRICE=price,
                     COFFEE_ID=coffee["COFFEE_ID"] if coffee else None, IS_SEASONAL=seasonal))


cof_by_name = {c["COFFEE_NAME"]: c for c in coffees}
house = cof_by_name["Ember House Blend"]
espresso = cof_by_name["Campfire Espresso"]
for nm, p, s in [("Espresso", 3.25, 0), ("Americano", 3.75, 0), ("Cortado", 4.25, 0),
                 ("Cappuccino", 4.75, 0), ("Flat White", 4.95, 0), ("Caffè Latte", 5.25, 0),
                 ("Oat Milk Latte", 5.95, 0), ("Mocha", 5.75, 0), ("Iced Latte", 5.50, 0),
                 ("Honey Lavender Latte", 6.25, 0), ("Maple Pecan Latte", 6.45, 1),
                 ("Pumpkin Spice Latte", 6.45, 1), ("Gingerbread Cortado", 5.25, 1),
                 ("Affogato", 6.75, 0)]:
    add_menu(nm, "Espresso Drinks", p, espresso, s)
for nm, p, cof, s in [("House Drip Coffee", 2.95, house, 0), ("Dark Roast Drip", 2.95, cof_by_name["Night Owl Dark Roast"], 0),
                      ("Decaf Drip", 2.95, cof_by_name["Swiss Water Decaf Colombia"], 0),
                      ("Cold Brew", 4.50, cof_by_name["Summit Cold Brew Blend"], 0),
                      ("Nitro Cold Brew", 5.25, cof_by_name["Summit Cold Brew Blend"], 0)]:
    add_menu(nm, "Brewed Coffee", p, cof, s)
pour_candidates = [c for c in coffees if c["COFFEE_TYPE"] == "Single Origin" and c["AVAILABILITY_STATUS"] != "retired"
                   and not c["IS_DECAF"]]
pour = sorted(R.sample(pour_candidates, 8), key=lambda c: c["COFFEE_ID"])
for c in pour:
    add_menu(f"Pour-Over: {c['COFFEE_NAME']}", "Brewed Coffee",
             round(5.0 + (c["CUPPING_SCORE"] - 84) * 0.5, 1) + 0.25 if c["CUPPING_SCORE"] < 94 else 14.0,
             c, 1 if c["AVAILABILITY_STATUS"] == "seasonal" else 0)
for nm, p, s in [("Chai Latte", 5.25, 0), ("Matcha Latte", 5.75, 0), ("London Fog", 4.95, 0),
                 ("Hot Chocolate", 4.25, 0), ("Earl Grey Tea", 3.25, 0), ("Peppermint Tea", 3.25, 0),
                 ("Sparkling Yuzu Lemonade", 4.75, 1), ("Kombucha on Tap", 5.00, 0)]:
    add_menu(nm, "Tea & Other Drinks", p, None, s)
for nm, p, s in [("Butter Croissant", 3.95, 0), ("Pain au Chocolat", 4.50, 0), ("Almond Croissant", 4.95, 0),
                 ("Morning Bun", 4.25, 0), ("Blueberry Scone", 3.75, 0), ("Banana Bread Slice", 3.50, 0),
                 ("Crème Brûlée Doughnut", 4.75, 0), ("Marionberry Hand Pie", 5.25, 1),
                 ("Nanaimo Bar", 4.25, 0), ("Everything Bagel with Cream Cheese", 4.95, 0),
                 ("Spinach & Feta Egg Bites", 5.95, 0), ("Gluten-Free Brownie", 4.50, 0)]:
    add_menu(nm, "Pastries & Food", p, None, s)
bag_candidates = [c for c in coffees if c["AVAILABILITY_STATUS"] != "retired"]
bags = sorted(R.sample(bag_candidates, 14), key=lambda c: c["COFFEE_ID"])
for c in [house, espresso] + [b for b in bags if b not in (house, espresso)]:
    add_menu(f"{c['COFFEE_NAME']} 340g Bag", "Whole Bean Coffee", c["RETAIL_BAG_PRICE"], c,
             1 if c["AVAILABILITY_STATUS"] == "seasonal" else 0)
menu_w = []
for m in menu:
    w = {"Espresso Drinks": 6, "Brewed Coffee": 4, "Tea & Other Drinks": 2, "Pastries & Food": 3,
         "Whole Bean Coffee": 0.7}[m["MENU_CATEGORY"]] * R.uniform(0.3, 1.8)
    if m["ITEM_NAME"] in ("Caffè Latte", "House Drip Coffee"):
        w *= 2.5
    if m["ITEM_NAME"] in ("Kombucha on Tap",):
        w = 0.0          # never sold in the period
    menu_w.append(w)

# ---------------------------------------------------------------- wholesale accounts
BIZ_WORDS_A = ["Blue Heron", "Cedar & Salt", "Foggy Harbour", "Golden Alder", "Little Owl", "Salt & Sprig",
               "Rainier", "Orca Bay", "Copper Pot", "Wild Fern", "Driftwood", "Two Rivers", "Larch Lane",
               "Huckleberry", "Mossy Rock", "Sunny Side", "Brick & Mortar", "Tidewater", "Willow Creek",
               "Stumptown Street", "Café Olé", "Maison Étoile", "Le Petit Châtelet", "La Crêperie du Port",
               "Trestle", "Lighthouse", "Bramble & Hive", "North Shore", "Kettle Falls", "Snoqualmie"]
BIZ_TYPES = [("Restaurant", ["Kitchen", "Bistro", "Diner", "Eatery", "Brasserie"]),
             ("Independent Café", ["Café", "Coffee House", "Espresso Bar"]),
             ("Bakery", ["Bakery", "Boulangerie", "Bake Shop"]),
             ("Grocery", ["Market", "Co-op", "Grocers"]),
             ("Office", ["Tech Campus", "Law Group", "Architects"]),
             ("Hotel", ["Hotel", "Inn", "Lodge"])]
ACC_CITIES = [("Seattle", "Washington"), ("Tacoma", "Washington"), ("Bellevue", "Washington"),
              ("Spokane", "Washington"), ("Olympia", "Washington"), ("Everett", "Washington"),
              ("Bellingham", "Washington"), ("Vancouver", "Washington"), ("Yakima", "Washington"),
              ("Portland", "Oregon"), ("Eugene", "Oregon"), ("Bend", "Oregon"), ("Salem", "Oregon"),
              ("Astoria", "Oregon"), ("Ashland", "Oregon"),
              ("Vancouver", "British Columbia"), ("Victoria", "British Columbia"), ("Kelowna", "British Columbia"),
              ("Nanaimo", "British Columbia"), ("Squamish", "British Columbia"), ("Kamloops", "British Columbia"),
              ("Boise", "Idaho"), ("Coeur d'Alene", "Idaho")]
accounts = []
used_biz = set()
active_reps = [r for r in reps if r["EMPLOYMENT_STATUS"] == "Active"]
for i in range(1, 216):
    while True:
        typ, sufs = R.choices(BIZ_TYPES, [30, 22, 14, 12, 10, 12])[0]
        nm = f"{R.choice(BIZ_WORDS_A)} {R.choice(sufs)}"
        if nm not in used_biz:
            used_biz.add(nm)
            break
    city, region = R.choice(ACC_CITIES)
    fn, ln = new_person()
    status = R.choices(["active", "on hold", "closed"], [78, 8, 14])[0]
    opened = rand_date("2016-01-01", "2024-05-31")
    rep = R.choice(reps) if status == "closed" else R.choice(active_reps)
    accounts.append(dict(
        ACCOUNT_ID=i, BUSINESS_NAME=nm, BUSINESS_TYPE=typ, CONTACT_NAME=f"{fn} {ln}",
        CONTACT_PHONE=phone(region),
        CONTACT_EMAIL=f"{ascii_slug(fn)}@{ascii_slug(nm).replace('.', '')}.{'ca' if region == 'British Columbia' else 'com'}",
        CITY=city, STATE_OR_PROVINCE=region, COUNTRY="Canada" if region == "British Columbia" else "USA",
        SALES_REP_EMPLOYEE_ID=rep["EMPLOYEE_ID"], PAYMENT_TERMS_DAYS=R.choice([15, 30, 30, 30, 45, 60]),
        ACCOUNT_STATUS=status, ACCOUNT_OPENED_AT=stamp(opened, 8, 17)))

# ---------------------------------------------------------------- wholesale orders
acc_w = [R.choice([0, 0.5, 1, 1, 2, 3, 5]) * ({"Grocery": 1.6, "Hotel": 1.3}.get(a["BUSINESS_TYPE"], 1.0))
         for a in accounts]
whole_coffees = [c for c in coffees]
cof_w = [(3.0 if c["COFFEE_TYPE"] == "Blend" else 1.0) * R.uniform(0.2, 2.0) for c in whole_coffees]
for j, c in enumerate(whole_coffees):
    if c["COFFEE_NAME"] in ("Yemen Mokha Haraz Natural",) or (c["COFFEE_TYPE"] == "Single Origin" and R.random() < 0.05):
        cof_w[j] = 0.0
orders = []
lines = []
START, END = dd("2023-01-01"), dd("2024-12-31")
days = [START + dt.timedelta(days=k) for k in range((END - START).days + 1)]
day_w = [(0.2 if x.weekday() == 6 else 1.0) * (1.25 if x.month in (11, 12) else 1.0) for x in days]
order_days = sorted(R.choices(days, day_w, k=1230))
for oid, day in enumerate(order_days, start=1):
    while True:
        a = R.choices(accounts, acc_w)[0]
        opened = dd(a["ACCOUNT_OPENED_AT"][:10])
        if opened > day:
            continue
        if a["ACCOUNT_STATUS"] == "closed" and day > dd("2024-03-31"):
            continue
        if a["ACCOUNT_STATUS"] == "on hold" and day > dd("2024-10-15"):
            continue
        break
    if day >= dd("2024-12-20"):
        status = R.choices(["pending", "shipped"], [60, 40])[0]
    elif day >= dd("2024-12-10"):
        status = R.choices(["shipped", "delivered", "cancelled"], [50, 45, 5])[0]
    else:
        status = R.choices(["delivered", "cancelled"], [93, 7])[0]
    fee = 0 if a["CITY"] in ("Seattle", "Portland", "Richmond") and R.random() < 0.7 else R.randrange(1200, 6500, 50)
    orders.append(dict(ORDER_ID=oid, ACCOUNT_ID=a["ACCOUNT_ID"], ORDERED_AT=stamp(day, 7, 19),
                       ORDER_STATUS=status, SHIPPING_FEE_CENTS=fee))
    n = R.choices([1, 2, 3, 4], [28, 36, 24, 12])[0]
    chosen = []
    while len(chosen) < n:
        c = R.choices(whole_coffees, cof_w)[0]
        if c not in chosen and not (c["AVAILABILITY_STATUS"] == "retired" and day > dd("2024-06-30")):
            chosen.append(c)
    for c in sorted(chosen, key=lambda x: x["COFFEE_ID"]):
        kg = R.choice([2, 3, 5, 5, 10, 10, 15, 20, 25, 40])
        price = c["WHOLESALE_PRICE_PER_KG_CENTS"]
        if kg >= 20:
            price = int(round(price * 0.92 / 5) * 5)
        lines.append(dict(ORDER_ID=oid, COFFEE_ID=c["COFFEE_ID"], QUANTITY_KG=kg, PRICE_PER_KG_CENTS=price))

# ---------------------------------------------------------------- café sales
sales = []
S0, S1 = dd("2024-09-01"), dd("2024-12-31")
sale_days = [S0 + dt.timedelta(days=k) for k in range((S1 - S0).days + 1)]
sell_locs = [l_ for l_ in locations if l_["LOCATION_STATUS"] != "Permanently Closed"]
loc_w = [{"Café": 1.0, "Kiosk": 1.3, "Roastery": 0.4}[l_["LOCATION_TYPE"]] * R.uniform(0.4, 1.8) for l_ in sell_locs]
sale_rows = []
for _ in range(3000):
    day = R.choice(sale_days)
    while True:
        loc = R.choices(sell_locs, loc_w)[0]
        if loc["LOCATION_STATUS"] == "Temporarily Closed" and day > dd("2024-10-20"):
            continue
        if dd(loc["OPENING_DATE"][:10]) > day:
            continue
        break
    m = R.choices(menu, menu_w)[0]
    if m["IS_SEASONAL"] and m["MENU_CATEGORY"] != "Whole Bean Coffee" and m["ITEM_NAME"] not in ("Sparkling Yuzu Lemonade",) \
            and day < dd("2024-10-01"):
        m = menu[0]
    qty = R.choices([1, 2, 3, 4], [74, 18, 6, 2])[0]
    if m["MENU_CATEGORY"] == "Whole Bean Coffee":
        qty = R.choices([1, 2], [85, 15])[0]
    if loc["LOCATION_TYPE"] == "Roastery":
        team = [e for e in employees if e["HOME_LOCATION_ID"] == loc["LOCATION_ID"]]
    else:
        team = [e for e in staff_by_loc[loc["LOCATION_ID"]] if e["EMPLOYMENT_STATUS"] != "Terminated"]
    team = [e for e in team if dd(e["HIRE_DATE"][:10]) <= day] or team
    emp = R.choice(team)
    hour_lo, hour_hi = (6, 19) if loc["LOCATION_TYPE"] != "Roastery" else (9, 16)
    sale_rows.append((f"{day.isoformat()} {R.randint(hour_lo, hour_hi):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                      loc["LOCATION_ID"], emp["EMPLOYEE_ID"], m["MENU_ITEM_ID"], qty,
                      R.choices(["Card", "Cash", "Mobile App", "Gift Card"], [58, 12, 24, 6])[0],
                      round(qty * m["PRICE"], 2)))
sale_rows.sort()
for sid, (ts, loc_id, emp_id, mid, qty, pay, amt) in enumerate(sale_rows, start=1):
    sales.append(dict(SALE_ID=sid, LOCATION_ID=loc_id, EMPLOYEE_ID=emp_id, MENU_ITEM_ID=mid, QUANTITY=qty,
                      SOLD_AT=ts, PAYMENT_METHOD=pay, SALE_AMOUNT=amt))


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
    insert(con, "LOCATIONS", locations, ["LOCATION_ID", "LOCATION_NAME", "LOCATION_TYPE", "STREET_ADDRESS", "CITY",
                                         "STATE_OR_PROVINCE", "COUNTRY", "OPENING_DATE", "LOCATION_STATUS",
                                         "SEATING_CAPACITY", "HAS_DRIVE_THROUGH"])
    insert(con, "EMPLOYEES", employees, ["EMPLOYEE_ID", "FIRST_NAME", "LAST_NAME", "JOB_TITLE", "HOME_LOCATION_ID",
                                         "MANAGER_EMPLOYEE_ID", "HIRE_DATE", "HOURLY_WAGE", "IS_FULL_TIME",
                                         "EMPLOYMENT_STATUS"])
    insert(con, "COFFEES", coffees, ["COFFEE_ID", "COFFEE_NAME", "COFFEE_TYPE", "ORIGIN_COUNTRY", "GROWING_REGION",
                                     "PROCESSING_METHOD", "ROAST_LEVEL", "CUPPING_SCORE", "IS_ORGANIC", "IS_DECAF",
                                     "WHOLESALE_PRICE_PER_KG_CENTS", "RETAIL_BAG_PRICE", "AVAILABILITY_STATUS"])
    insert(con, "FLAVOR_NOTES", flavor_notes, ["FLAVOR_NOTE_ID", "NOTE_NAME", "NOTE_FAMILY"])
    insert(con, "COFFEE_FLAVOR_NOTES", coffee_notes, ["COFFEE_ID", "FLAVOR_NOTE_ID"])
    insert(con, "WHOLESALE_ACCOUNTS", accounts, ["ACCOUNT_ID", "BUSINESS_NAME", "BUSINESS_TYPE", "CONTACT_NAME",
                                                 "CONTACT_PHONE", "CONTACT_EMAIL", "CITY", "STATE_OR_PROVINCE",
                                                 "COUNTRY", "SALES_REP_EMPLOYEE_ID", "PAYMENT_TERMS_DAYS",
                                                 "ACCOUNT_STATUS", "ACCOUNT_OPENED_AT"])
    insert(con, "WHOLESALE_ORDERS", orders, ["ORDER_ID", "ACCOUNT_ID", "ORDERED_AT", "ORDER_STATUS",
                                             "SHIPPING_FEE_CENTS"])
    insert(con, "WHOLESALE_ORDER_LINES", lines, ["ORDER_ID", "COFFEE_ID", "QUANTITY_KG", "PRICE_PER_KG_CENTS"])
    insert(con, "MENU_ITEMS", menu, ["MENU_ITEM_ID", "ITEM_NAME", "MENU_CATEGORY", "PRICE", "COFFEE_ID",
                                     "IS_SEASONAL"])
    insert(con, "CAFE_SALES", sales, ["SALE_ID", "LOCATION_ID", "EMPLOYEE_ID", "MENU_ITEM_ID", "QUANTITY",
                                      "SOLD_AT", "PAYMENT_METHOD", "SALE_AMOUNT"])
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad
    con.execute("VACUUM")
    con.close()
    print(f"wrote {out}: {len(locations)} LOCATIONS, {len(employees)} EMPLOYEES, {len(coffees)} COFFEES, "
          f"{len(flavor_notes)} FLAVOR_NOTES, {len(coffee_notes)} COFFEE_FLAVOR_NOTES, {len(accounts)} "
          f"WHOLESALE_ACCOUNTS, {len(orders)} WHOLESALE_ORDERS, {len(lines)} WHOLESALE_ORDER_LINES, "
          f"{len(menu)} MENU_ITEMS, {len(sales)} CAFE_SALES")


if __name__ == "__main__":
    main()
