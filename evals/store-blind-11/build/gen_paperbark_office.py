"""Paperbark Office: an Australian chain of office-supplies and stationery stores with a web shop, business (B2B)
accounts looked after by account managers, and print & copy centres in the larger stores.

Schema style: a Kimball "star schema" data mart. Tables are prefixed dim_ (dimensions), fact_ (facts) and bridge_
(many-to-many bridge). Dimensions have INTEGER surrogate keys named <thing>_key next to their business keys
(store_code, employee_number, customer_number, sku). Facts point at dimensions only through *_key columns.
dim_date is keyed by an INTEGER YYYYMMDD date_key, carries calendar and Australian financial-year attributes
(the financial year runs July-June and is named after the year it ends in), and is used twice by fact_sales
(order_date_key and delivery_date_key: a role-playing dimension). Walk-in sales point at an "Unknown" member
(customer_key 0) instead of NULL. fact_sales is at invoice-LINE grain and carries the invoice number as a
degenerate dimension. Money is INTEGER cents (AUD), GST is a separate column. Customers are soft-deleted
(is_deleted / deleted_on). Two suburbs are called Richmond (VIC / NSW), three Brighton (VIC / SA / QLD) and
Perth exists in WA and in Tasmania."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import AU_FIRST, AU_LAST

SEED = 8830214
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "paperbark_office.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
DIM_FROM, DIM_TO = dt.date(2022, 7, 1), dt.date(2026, 6, 30)

SCHEMA = """
CREATE TABLE dim_date (
  date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL UNIQUE, day_of_month INTEGER NOT NULL, day_name TEXT NOT NULL,
  is_weekend INTEGER NOT NULL, is_public_holiday INTEGER NOT NULL, month_number INTEGER NOT NULL, month_name TEXT NOT NULL,
  month_label TEXT NOT NULL, calendar_quarter INTEGER NOT NULL, calendar_year INTEGER NOT NULL,
  fiscal_quarter INTEGER NOT NULL, fiscal_year INTEGER NOT NULL, fiscal_year_label TEXT NOT NULL);
CREATE TABLE dim_store (
  store_key INTEGER PRIMARY KEY, store_code TEXT NOT NULL UNIQUE, store_name TEXT NOT NULL UNIQUE,
  store_format TEXT NOT NULL, street_address TEXT, suburb TEXT NOT NULL, state_code TEXT NOT NULL, postcode TEXT NOT NULL,
  region_name TEXT NOT NULL, opened_on TEXT NOT NULL, closed_on TEXT, store_status TEXT NOT NULL,
  has_print_centre INTEGER NOT NULL, floor_area_sqm INTEGER);
CREATE TABLE dim_employee (
  employee_key INTEGER PRIMARY KEY, employee_number TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
  last_name TEXT NOT NULL, job_title TEXT NOT NULL, store_key INTEGER REFERENCES dim_store(store_key),
  manager_key INTEGER REFERENCES dim_employee(employee_key), hire_date TEXT NOT NULL, termination_date TEXT,
  employment_type TEXT NOT NULL, hourly_rate_cents INTEGER, annual_salary_cents INTEGER, UNIQUE (first_name, last_name));
CREATE TABLE dim_customer (
  customer_key INTEGER PRIMARY KEY, customer_number TEXT NOT NULL UNIQUE, customer_type TEXT NOT NULL,
  business_name TEXT, abn TEXT, first_name TEXT, last_name TEXT, email TEXT, suburb TEXT, state_code TEXT,
  postcode TEXT, home_store_key INTEGER REFERENCES dim_store(store_key), account_tier TEXT, credit_limit_cents INTEGER,
  payment_terms_days INTEGER, created_on TEXT, is_deleted INTEGER NOT NULL, deleted_on TEXT);
CREATE TABLE dim_product (
  product_key INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, product_name TEXT NOT NULL UNIQUE, category TEXT NOT NULL,
  subcategory TEXT NOT NULL, brand TEXT NOT NULL, pack_size TEXT NOT NULL, list_price_cents INTEGER NOT NULL,
  unit_cost_cents INTEGER NOT NULL, is_own_brand INTEGER NOT NULL, introduced_on TEXT NOT NULL,
  is_discontinued INTEGER NOT NULL, discontinued_on TEXT);
CREATE TABLE dim_status (
  status_key INTEGER PRIMARY KEY, status_domain TEXT NOT NULL, status_code TEXT NOT NULL, status_name TEXT NOT NULL,
  UNIQUE (status_domain, status_code));
CREATE TABLE dim_channel (
  channel_key INTEGER PRIMARY KEY, channel_code TEXT NOT NULL UNIQUE, channel_name TEXT NOT NULL);
CREATE TABLE fact_sales (
  invoice_number TEXT NOT NULL, line_number INTEGER NOT NULL,
  order_date_key INTEGER NOT NULL REFERENCES dim_date(date_key), delivery_date_key INTEGER REFERENCES dim_date(date_key),
  store_key INTEGER NOT NULL REFERENCES dim_store(store_key), customer_key INTEGER NOT NULL REFERENCES dim_customer(customer_key),
  employee_key INTEGER NOT NULL REFERENCES dim_employee(employee_key), product_key INTEGER NOT NULL REFERENCES dim_product(product_key),
  channel_key INTEGER NOT NULL REFERENCES dim_channel(channel_key), status_key INTEGER NOT NULL REFERENCES dim_status(status_key),
  quantity INTEGER NOT NULL, unit_price_cents INTEGER NOT NULL, discount_cents INTEGER NOT NULL,
  net_amount_cents INTEGER NOT NULL, gst_cents INTEGER NOT NULL, PRIMARY KEY (invoice_number, line_number));
CREATE TABLE fact_print_jobs (
  job_number TEXT PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
  store_key INTEGER NOT NULL REFERENCES dim_store(store_key), customer_key INTEGER NOT NULL REFERENCES dim_customer(customer_key),
  employee_key INTEGER NOT NULL REFERENCES dim_employee(employee_key), status_key INTEGER NOT NULL REFERENCES dim_status(status_key),
  bw_pages INTEGER NOT NULL, colour_pages INTEGER NOT NULL, is_rush INTEGER NOT NULL, job_amount_cents INTEGER NOT NULL);
CREATE TABLE bridge_customer_rep (
  customer_key INTEGER NOT NULL REFERENCES dim_customer(customer_key),
  employee_key INTEGER NOT NULL REFERENCES dim_employee(employee_key), rep_role TEXT NOT NULL, assigned_on TEXT NOT NULL,
  PRIMARY KEY (customer_key, employee_key));
CREATE INDEX ix_fact_sales_customer ON fact_sales (customer_key);
CREATE INDEX ix_fact_print_jobs_customer ON fact_print_jobs (customer_key);
CREATE INDEX ix_bridge_customer_rep_employee ON bridge_customer_rep (employee_key);
"""

STATUS = [(1, "Sale", "PAID", "Paid"), (2, "Sale", "INVOICED", "Invoiced - awaiting payment"),
          (3, "Sale", "CANCELLED", "Cancelled"), (4, "Sale", "RETURNED", "Returned / refunded"),
          (5, "Print Job", "READY", "Ready for collection"), (6, "Print Job", "COLLECTED", "Collected"),
          (7, "Print Job", "CANCELLED", "Cancelled")]
CHANNELS = [(1, "STORE", "In-store"), (2, "WEB", "Online"), (3, "PHONE", "Phone / email order")]
REGIONS = {"VIC": "Southern", "TAS": "Southern", "NSW": "NSW & ACT", "ACT": "NSW & ACT", "QLD": "Northern", "NT": "Northern",
           "SA": "Western", "WA": "Western"}
REGION_ORDER = ["Southern", "NSW & ACT", "Northern", "Western"]
# name, format, street, suburb, state, postcode
STORES = [
    ("Melbourne Bourke Street", "Business Centre", "210 Bourke St", "Melbourne", "VIC", "3000"),
    ("Richmond Swan Street", "Superstore", "388 Swan St", "Richmond", "VIC", "3121"),
    ("Brighton Church Street", "Express", "71 Church St", "Brighton", "VIC", "3186"),
    ("Geelong", "Superstore", "155 Malop St", "Geelong", "VIC", "3220"),
    ("Ballarat", "Express", "22 Sturt St", "Ballarat", "VIC", "3350"),
    ("Dandenong", "Superstore", "9 Foster St", "Dandenong", "VIC", "3175"),
    ("Box Hill", "Express", "14 Station St", "Box Hill", "VIC", "3128"),
    ("Hobart", "Superstore", "60 Elizabeth St", "Hobart", "TAS", "7000"),
    ("Launceston", "Express", "88 Brisbane St", "Launceston", "TAS", "7250"),
    ("Sydney George Street", "Business Centre", "480 George St", "Sydney", "NSW", "2000"),
    ("Parramatta", "Business Centre", "35 Church St", "Parramatta", "NSW", "2150"),
    ("Chatswood", "Superstore", "12 Victoria Ave", "Chatswood", "NSW", "2067"),
    ("Richmond Windsor Street", "Express", "201 Windsor St", "Richmond", "NSW", "2753"),
    ("Newcastle", "Superstore", "118 Hunter St", "Newcastle", "NSW", "2300"),
    ("Wollongong", "Superstore", "77 Crown St", "Wollongong", "NSW", "2500"),
    ("Penrith", "Superstore", "5 Henry St", "Penrith", "NSW", "2750"),
    ("Canberra Civic", "Business Centre", "40 Northbourne Ave", "Canberra", "ACT", "2601"),
    ("Fyshwick", "Express", "3 Barrier St", "Fyshwick", "ACT", "2609"),
    ("Brisbane Queen Street", "Business Centre", "150 Queen St", "Brisbane City", "QLD", "4000"),
    ("Fortitude Valley", "Express", "260 Brunswick St", "Fortitude Valley", "QLD", "4006"),
    ("Southport", "Superstore", "41 Scarborough St", "Southport", "QLD", "4215"),
    ("Toowoomba", "Superstore", "300 Ruthven St", "Toowoomba", "QLD", "4350"),
    ("Townsville", "Superstore", "99 Flinders St", "Townsville", "QLD", "4810"),
    ("Cairns", "Express", "57 Lake St", "Cairns", "QLD", "4870"),
    ("Darwin", "Superstore", "19 Smith St", "Darwin", "NT", "0800"),
    ("Adelaide Rundle Mall", "Business Centre", "105 Rundle Mall", "Adelaide", "SA", "5000"),
    ("Mount Gambier", "Express", "6 Commercial St W", "Mount Gambier", "SA", "5290"),
    ("Perth Murray Street", "Business Centre", "140 Murray St", "Perth", "WA", "6000"),
    ("Fremantle", "Express", "23 Market St", "Fremantle", "WA", "6160"),
    ("Joondalup", "Superstore", "8 Boas Ave", "Joondalup", "WA", "6027"),
    ("paperbark.com.au", "Online", None, "Port Melbourne", "VIC", "3207"),
]
CLOSED = {"Mount Gambier": dt.date(2024, 6, 29), "Box Hill": dt.date(2025, 2, 28)}
REFURB = {"Chatswood": dt.date(2025, 11, 3)}
NEW = {"Joondalup": dt.date(2023, 8, 19), "Toowoomba": dt.date(2024, 2, 10), "Penrith": dt.date(2025, 3, 15)}
NEAR = {"Melbourne": [("Carlton", "3053"), ("Docklands", "3008")], "Richmond|VIC": [("Cremorne", "3121"), ("Hawthorn", "3122")],
        "Brighton|VIC": [("Elsternwick", "3185"), ("Sandringham", "3191")], "Geelong": [("Newtown", "3220"), ("Belmont", "3216")],
        "Ballarat": [("Wendouree", "3355"), ("Sebastopol", "3356")], "Dandenong": [("Noble Park", "3174"), ("Keysborough", "3173")],
        "Box Hill": [("Blackburn", "3130"), ("Doncaster", "3108")], "Hobart": [("Sandy Bay", "7005"), ("Glenorchy", "7010")],
        "Launceston": [("Perth", "7300"), ("Prospect", "7250")], "Sydney": [("Surry Hills", "2010"), ("Pyrmont", "2009")],
        "Parramatta": [("Westmead", "2145"), ("Harris Park", "2150")], "Chatswood": [("Willoughby", "2068"), ("Artarmon", "2064")],
        "Richmond|NSW": [("Windsor", "2756"), ("North Richmond", "2754")], "Newcastle": [("Hamilton", "2303"), ("Merewether", "2291")],
        "Wollongong": [("Fairy Meadow", "2519"), ("Figtree", "2525")], "Penrith": [("Emu Plains", "2750"), ("Kingswood", "2747")],
        "Canberra": [("Braddon", "2612"), ("Turner", "2612")], "Fyshwick": [("Kingston", "2604"), ("Queanbeyan", "2620")],
        "Brisbane City": [("Spring Hill", "4000"), ("Brighton", "4017")], "Fortitude Valley": [("New Farm", "4005"), ("Newstead", "4006")],
        "Southport": [("Labrador", "4215"), ("Surfers Paradise", "4217")], "Toowoomba": [("Highfields", "4352"), ("Harristown", "4350")],
        "Townsville": [("Aitkenvale", "4814"), ("Kirwan", "4817")], "Cairns": [("Edge Hill", "4870"), ("Smithfield", "4878")],
        "Darwin": [("Parap", "0820"), ("Casuarina", "0810")], "Adelaide": [("Brighton", "5048"), ("Norwood", "5067")],
        "Mount Gambier": [("Millicent", "5280"), ("Penola", "5277")], "Perth": [("Subiaco", "6008"), ("Leederville", "6007")],
        "Fremantle": [("South Fremantle", "6162"), ("East Fremantle", "6158")], "Joondalup": [("Currambine", "6028"), ("Wanneroo", "6065")]}

# category -> subcategory -> list of (brand, name, pack, price $, own brand) ; variants via {v}
CATALOG = {
    "Paper & Pads": {
        "Copy Paper": [("Reflex", "Reflex Ultra White A4 80gsm", "Ream (500 sheets)", 7.95), ("Reflex", "Reflex Ultra White A4 80gsm Carton", "Carton (5 reams)", 36.50),
                       ("Reflex", "Reflex Ultra White A3 80gsm", "Ream (500 sheets)", 16.90), ("Paperbark", "Paperbark Everyday A4 Copy Paper", "Ream (500 sheets)", 5.95),
                       ("Paperbark", "Paperbark Recycled A4 Copy Paper", "Ream (500 sheets)", 7.25), ("Double A", "Double A Premium A4 80gsm", "Ream (500 sheets)", 8.40)],
        "Notebooks": [("Spirax", "Spirax 511 A4 Notebook {v}", "Each", 4.20, ["Red", "Blue", "Black"]), ("Moleskine", "Moleskine Classic Large Ruled {v}", "Each", 32.95, ["Black", "Sapphire"]),
                      ("Rhodia", "Rhodia Bloc N°16 Dot Pad", "Each", 11.50), ("Clairefontaine", "Clairefontaine Carnet Décoré A5", "Each", 9.95),
                      ("Paperbark", "Paperbark Hardcover Journal A5", "Each", 12.95), ("Olympic", "Olympic Exercise Book 96pg", "Pack of 10", 8.50)],
        "Sticky Notes": [("Post-it", "Post-it Notes 76x76 {v}", "Pack of 12", 18.95, ["Canary Yellow", "Poptimistic", "Energy Boost"]),
                         ("Paperbark", "Paperbark Sticky Notes 76x76 Yellow", "Pack of 12", 9.95), ("Post-it", "Post-it Flags Assorted", "Pack of 5", 12.40)],
    },
    "Writing Instruments": {
        "Pens": [("Bic", "Bic Cristal Ballpoint {v}", "Box of 50", 16.50, ["Blue", "Black", "Red"]), ("Pilot", "Pilot G2 Gel Pen 0.7 {v}", "Box of 12", 29.95, ["Blue", "Black"]),
                 ("Uni-ball", "Uni-ball Eye Fine {v}", "Box of 12", 34.50, ["Blue", "Black"]), ("Lamy", "Lamy Safari Fountain Pen {v}", "Each", 42.95, ["Charcoal", "Petrol"]),
                 ("Paperbark", "Paperbark Retractable Ballpoint Blue", "Box of 20", 9.95), ("Pentel", "Pentel EnerGel 0.5 Black", "Box of 12", 36.95)],
        "Markers & Highlighters": [("Artline", "Artline 70 Permanent Marker {v}", "Box of 12", 28.50, ["Black", "Red", "Blue"]), ("Stabilo", "Stabilo Boss Highlighter Assorted", "Wallet of 8", 17.95),
                                   ("Artline", "Artline 500A Whiteboard Marker Assorted", "Wallet of 4", 11.95), ("Sharpie", "Sharpie Fine Point Black", "Box of 12", 24.95),
                                   ("Tombow", "Tombow Dual Brush Pens Pastel", "Set of 10", 39.95)],
        "Pencils": [("Staedtler", "Staedtler Noris HB Pencil", "Box of 12", 8.95), ("Faber-Castell", "Faber-Castell Colour Pencils", "Tin of 24", 19.95),
                    ("Pentel", "Pentel P205 Mechanical Pencil 0.5", "Each", 6.50), ("Paperbark", "Paperbark HB Pencils", "Box of 20", 5.50)],
    },
    "Filing & Storage": {
        "Binders & Folders": [("Marbig", "Marbig Lever Arch File A4 {v}", "Each", 4.95, ["Black", "Blue", "Red"]), ("Colby", "Colby Ring Binder 2D 25mm", "Each", 3.50),
                              ("Marbig", "Marbig Manilla Folders Foolscap", "Box of 100", 27.95), ("Esselte", "Esselte Suspension Files Foolscap", "Box of 50", 44.95),
                              ("Paperbark", "Paperbark Display Book 20 Pocket", "Each", 2.95)],
        "Archive Boxes": [("Fellowes", "Fellowes Bankers Box Archive Box", "Pack of 10", 39.95), ("Marbig", "Marbig Enviro Archive Box", "Pack of 5", 17.50),
                          ("Paperbark", "Paperbark Storage Crate 32L", "Each", 14.95)],
    },
    "Desk Accessories": {
        "Staplers & Punches": [("Rexel", "Rexel Stella 30 Stapler", "Each", 18.95), ("Rapid", "Rapid Heavy Duty Stapler HD110", "Each", 64.95),
                               ("Marbig", "Marbig 2-Hole Punch", "Each", 12.50), ("Rexel", "Rexel Staples 26/6", "Box of 5000", 4.95)],
        "Desk Organisers": [("Esselte", "Esselte Desk Tray {v}", "Each", 9.95, ["Black", "White"]), ("Paperbark", "Paperbark Bamboo Desk Organiser", "Each", 24.95),
                            ("Fellowes", "Fellowes Monitor Riser", "Each", 49.95), ("Kokuyo", "Kokuyo Pencil Case Neo Critz", "Each", 16.95)],
        "Tapes & Adhesives": [("Scotch", "Scotch Magic Tape 19mm", "Pack of 6", 16.95), ("UHU", "UHU Stic Glue Stick 40g", "Each", 3.95),
                              ("Paperbark", "Paperbark Packing Tape Clear", "Pack of 6", 14.95)],
    },
    "Ink & Toner": {
        "Ink Cartridges": [("HP", "HP 65 Black Ink Cartridge", "Each", 29.95), ("HP", "HP 65XL Tri-colour Ink Cartridge", "Each", 54.95),
                           ("Canon", "Canon PG-645 Black Ink", "Each", 27.95), ("Epson", "Epson 252XL Black Ink", "Each", 59.95),
                           ("Brother", "Brother LC-3317 Cyan Ink", "Each", 36.95)],
        "Toner": [("Brother", "Brother TN-2450 Toner", "Each", 109.00), ("HP", "HP 58A Black Toner", "Each", 189.00),
                  ("Canon", "Canon CART-057 Toner", "Each", 159.00), ("Paperbark", "Paperbark Compatible TN-2450 Toner", "Each", 59.00)],
    },
    "Technology": {
        "Computer Accessories": [("Logitech", "Logitech M185 Wireless Mouse", "Each", 24.95), ("Logitech", "Logitech MK270 Keyboard & Mouse", "Each", 49.95),
                                 ("Sandisk", "SanDisk Ultra USB 64GB", "Each", 17.95), ("Belkin", "Belkin USB-C Hub 7-in-1", "Each", 89.95),
                                 ("Logitech", "Logitech C920 HD Webcam", "Each", 129.00)],
        "Printers & Shredders": [("Brother", "Brother HL-L2350DW Mono Laser Printer", "Each", 179.00), ("HP", "HP OfficeJet Pro 9010e", "Each", 299.00),
                                 ("Fellowes", "Fellowes Powershred 79Ci Shredder", "Each", 549.00), ("Rexel", "Rexel Momentum X308 Shredder", "Each", 119.00)],
        "Calculators": [("Casio", "Casio FX-82AU Plus II Scientific Calculator", "Each", 29.95), ("Casio", "Casio HR-8RC Printing Calculator", "Each", 69.95),
                        ("Texas Instruments", "TI-84 Plus CE Graphics Calculator", "Each", 219.00)],
    },
    "Office Furniture": {
        "Chairs": [("Buro", "Buro Metro II Mesh Chair", "Each", 399.00), ("Paperbark", "Paperbark Task Chair", "Each", 149.00),
                   ("Buro", "Buro Mentor Ergonomic Chair", "Each", 699.00)],
        "Desks": [("Paperbark", "Paperbark Sit-Stand Desk 1500mm", "Each", 549.00), ("Rapidline", "Rapidline Straight Desk 1200mm", "Each", 289.00)],
    },
    "School Supplies": {
        "School Essentials": [("Paperbark", "Paperbark Children's Scissors", "Each", 2.95), ("Crayola", "Crayola Twistables Crayons", "Pack of 24", 14.95),
                              ("Olympic", "Olympic Scrapbook 64pg", "Each", 3.95), ("Staedtler", "Staedtler Maths Set", "Each", 9.95),
                              ("Paperbark", "Paperbark Book Covering Roll", "Roll (5m)", 6.95), ("Spencil", "Spencil Lunch Box {v}", "Each", 19.95, ["Dino", "Galaxy", "Rainbow"]),
                              ("Spencil", "Spencil Kids' Backpack", "Each", 59.95), ("Faber-Castell", "Faber-Castell Connector Pens", "Pack of 20", 12.95)],
    },
    "Breakroom & Cleaning": {
        "Kitchen": [("Nescafé", "Nescafé Blend 43 Coffee 1kg", "Each", 39.95), ("Lipton", "Lipton Tea Bags", "Box of 100", 8.95),
                    ("Paperbark", "Paperbark Paper Cups 8oz", "Pack of 50", 7.50), ("Nestlé", "Nestlé Milo 1kg Tin", "Each", 18.50)],
        "Cleaning": [("Kleenex", "Kleenex Facial Tissues", "Box of 95", 3.50), ("Dettol", "Dettol Antibacterial Wipes", "Tub of 110", 9.95),
                     ("Paperbark", "Paperbark Hand Towel Interleaved", "Carton (16 packs)", 45.00)],
    },
}
BUSINESS_WORDS = [("Harbourside", "Dental"), ("Southern Cross", "Accounting"), ("Blue Gum", "Legal"), ("Red Earth", "Logistics"),
                  ("Wattle", "Early Learning"), ("Coastal", "Physiotherapy"), ("Ironbark", "Constructions"), ("Kookaburra", "Real Estate"),
                  ("Bayside", "Veterinary Clinic"), ("Outback", "Mining Services"), ("Riverina", "Agribusiness"), ("Jacaranda", "Medical Centre"),
                  ("Sandstone", "Architects"), ("Banksia", "Primary School"), ("Silver Wattle", "Consulting"), ("Greenvale", "Council Depot"),
                  ("Saltbush", "Engineering"), ("Tidewater", "Marine"), ("Bluestone", "Property Group"), ("Magpie", "Creative Agency"),
                  ("Lighthouse", "Financial Planning"), ("Eucalypt", "IT Solutions"), ("Coral Coast", "Tourism"), ("Highland", "Community Health")]
PUBLIC = {"Early Learning", "Primary School", "Council Depot", "Community Health", "Medical Centre"}
SUFFIX = ["Pty Ltd", "Pty Ltd", "Pty Ltd", "& Co", "Group", "Services", "Partners", "Association Inc"]


def iso(x):
    return None if x is None else x.isoformat()


def key(x):
    return None if x is None else int(x.strftime("%Y%m%d"))


def fold(s):
    """ASCII e-mail local part: strip accents, drop spaces / apostrophes / hyphens, dotless i -> i."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s.replace("ı", "i").replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o").replace("đ", "d").replace("Đ", "D"))
                if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum() or c == ".")


def rday(rnd, lo, hi):
    return lo + dt.timedelta(days=rnd.randint(0, max(0, (hi - lo).days)))


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31
    da = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(y, mo, da)


def holidays(y):
    e = easter(y)
    hs = {dt.date(y, 1, 1), dt.date(y, 1, 26), e - dt.timedelta(days=2), e + dt.timedelta(days=1), dt.date(y, 4, 25),
          dt.date(y, 12, 25), dt.date(y, 12, 26)}
    return hs


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)

    # ---------------- dim_date
    hol = set()
    for y in range(2022, 2027):
        hol |= holidays(y)
    rows = []
    d = DIM_FROM
    while d <= DIM_TO:
        fy = d.year + 1 if d.month >= 7 else d.year
        fq = ((d.month - 7) % 12) // 3 + 1
        rows.append((key(d), iso(d), d.day, d.strftime("%A"), int(d.weekday() >= 5), int(d in hol), d.month, d.strftime("%B"),
                     d.strftime("%b-%Y"), (d.month - 1) // 3 + 1, d.year, fq, fy, f"FY{fy - 1}-{str(fy)[2:]}"))
        d += dt.timedelta(days=1)
    con.executemany("INSERT INTO dim_date VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO dim_status VALUES (?,?,?,?)", STATUS)
    con.executemany("INSERT INTO dim_channel VALUES (?,?,?)", CHANNELS)
    ST = {(dom, code): k for k, dom, code, _ in STATUS}

    # ---------------- dim_store (surrogate keys are not in a meaningful order)
    keys = list(range(101, 101 + len(STORES)))
    rnd.shuffle(keys)
    stores = []
    counters = {}
    for i, (name, fmt, street, suburb, state, pc) in enumerate(STORES):
        counters[state] = counters.get(state, 0) + 1
        code = "PB-WEB" if fmt == "Online" else f"PB-{state}-{counters[state]:02d}"
        opened = NEW.get(name) or (dt.date(2019, 7, 1) if fmt == "Online" else rday(rnd, dt.date(2006, 2, 1), dt.date(2021, 11, 30)))
        closed = CLOSED.get(name)
        status = "Closed" if closed else "Refurbishing" if name in REFURB else "Trading"
        last = closed or REFURB.get(name) or dt.date(2100, 1, 1)
        printc = fmt in ("Business Centre", "Superstore") and name not in ("Dandenong", "Townsville")
        sqm = None if fmt == "Online" else rnd.randrange(1800, 3200, 50) if fmt == "Superstore" else \
            rnd.randrange(900, 1600, 50) if fmt == "Business Centre" else rnd.randrange(250, 600, 10)
        s = dict(key=keys[i], name=name, fmt=fmt, suburb=suburb, state=state, pc=pc, region=REGIONS[state], opened=opened,
                 closed=closed, last=last, printc=printc, online=fmt == "Online")
        stores.append(s)
        con.execute("INSERT INTO dim_store VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (s["key"], code, name, fmt, street, suburb, state, pc, s["region"], iso(opened), iso(closed), status,
                     int(printc), sqm))
    online = [s for s in stores if s["online"]][0]
    physical = [s for s in stores if not s["online"]]

    def trading(s, d):
        return s["opened"] <= d < s["last"]

    used = set()

    def person():
        while True:
            f, l = rnd.choice(AU_FIRST), rnd.choice(AU_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    # ---------------- dim_employee
    emps = []
    positions = {}
    ekeys = list(range(1001, 1700))
    rnd.shuffle(ekeys)

    def add_emp(title, store, start, leave, etype, rate, salary, pos):
        f, l = person()
        e = dict(key=ekeys[len(emps)], num=f"E{100000 + len(emps) * 7 + rnd.randint(0, 6)}", first=f, last=l, title=title,
                 store=store, start=start, leave=leave, etype=etype, rate=rate, salary=salary, pos=pos, mgr=None)
        emps.append(e)
        return e

    never = dt.date(2100, 1, 1)

    def fill(pos, title, store, first_start, end_limit, etype, rate_fn, sal_fn, p_leave, gap, force_leave=None):
        holders, start = [], first_start
        while True:
            leave = None
            if force_leave and not holders:
                leave = force_leave
            elif rnd.random() < p_leave:
                cand = rday(rnd, max(start + dt.timedelta(days=150), START), END)
                if start < cand < end_limit and cand <= END:
                    leave = cand
            if leave is None and end_limit <= END:
                leave = end_limit
            holders.append(add_emp(title, store, start, leave, etype, rate_fn(), sal_fn(), pos))
            if leave is None or leave >= end_limit:
                break
            start = leave + dt.timedelta(days=gap())
            if start >= end_limit or start > END:
                break
        positions[pos] = holders

    hr = lambda lo, hi: (lambda: rnd.randrange(lo, hi + 1, 5))
    sal = lambda lo, hi: (lambda: rnd.randrange(lo, hi + 1, 50000))
    none = lambda: None
    pre = lambda: rday(rnd, dt.date(2010, 1, 1), dt.date(2022, 11, 30))
    fill("CEO", "Chief Executive Officer", None, dt.date(2014, 3, 3), never, "Full-time", none, sal(29500000, 29500000), 0, lambda: 0)
    for r in range(4):
        fill(f"RM{r}", "Regional Manager", None, pre(), never, "Full-time", none, sal(15500000, 17500000), 0, lambda: 3,
             force_leave=dt.date(2024, 10, 4) if r == 2 else None)
    fill("B2B", "Head of Business Sales", None, pre(), never, "Full-time", none, sal(17000000, 18500000), 0, lambda: 1)
    fill("CFO", "Chief Financial Officer", None, pre(), never, "Full-time", none, sal(24000000, 25000000), 0, lambda: 1)
    fill("DIG", "Head of Digital", None, pre(), never, "Full-time", none, sal(16000000, 17000000), 0, lambda: 1)
    for s in stores:
        end_limit = s["closed"] or never
        base = s["opened"] - dt.timedelta(days=rnd.randint(10, 30)) if s["opened"] >= START else None
        st = lambda: base or max(s["opened"], pre())
        if s["online"]:
            fill(("SM", s["key"]), "E-commerce Manager", s["key"], st(), end_limit, "Full-time", none, sal(11000000, 12500000), 0.2, lambda: 1)
            for k in range(5):
                fill(("FA", s["key"], k), "Fulfilment Associate", s["key"], st(), end_limit, rnd.choice(["Full-time", "Casual"]),
                     hr(2830, 3100), none, 0.4, lambda: rnd.randint(1, 5))
            continue
        fill(("SM", s["key"]), "Store Manager", s["key"], st(), end_limit, "Full-time", none, sal(8200000, 9800000), 0.25, lambda: 1)
        if s["fmt"] != "Express":
            fill(("ASM", s["key"]), "Assistant Store Manager", s["key"], st(), end_limit, "Full-time", hr(3150, 3450), none, 0.3,
                 lambda: rnd.randint(5, 30))
        for k in range({"Express": 2, "Superstore": 4, "Business Centre": 3}[s["fmt"]] + rnd.randint(0, 1)):
            fill(("RA", s["key"], k), "Retail Associate", s["key"], st(), end_limit, rnd.choice(["Part-time", "Casual", "Full-time"]),
                 hr(2600, 3050), none, 0.45, lambda: rnd.randint(3, 30))
        if s["printc"]:
            for k in range(1 if s["fmt"] == "Superstore" else 2):
                fill(("PO", s["key"], k), "Print Centre Operator", s["key"], st(), end_limit, "Full-time", hr(2900, 3300), none, 0.3,
                     lambda: 1)
        if s["fmt"] == "Business Centre":
            for k in range(2):
                fill(("BAM", s["key"], k), "Business Account Manager", s["key"], st(), end_limit, "Full-time", none,
                     sal(7500000, 9000000), 0.25, lambda: rnd.randint(1, 20))

    def holder(pos, d):
        for h in positions.get(pos, []):
            if h["start"] <= d and (h["leave"] is None or d < h["leave"]):
                return h
        return None

    def any_holder(pos, d):
        h = holder(pos, d)
        if h:
            return h
        earlier = [x for x in positions[pos] if x["start"] <= d]
        return earlier[-1] if earlier else positions[pos][0]

    ceo = positions["CEO"][0]
    skey = {s["key"]: s for s in stores}
    for e in emps:
        d = min(e["leave"] - dt.timedelta(days=1), END) if e["leave"] else END
        t = e["title"]
        if t == "Chief Executive Officer":
            continue
        if e["store"] is None:
            e["mgr"] = ceo["key"]
        elif t == "E-commerce Manager":
            e["mgr"] = positions["DIG"][0]["key"]
        elif t == "Store Manager":
            e["mgr"] = any_holder(f"RM{REGION_ORDER.index(skey[e['store']]['region'])}", d)["key"]
        elif t == "Business Account Manager":
            e["mgr"] = positions["B2B"][0]["key"]
        elif t == "Retail Associate" and holder(("ASM", e["store"]), d):
            e["mgr"] = holder(("ASM", e["store"]), d)["key"]
        else:
            e["mgr"] = any_holder(("SM", e["store"]), d)["key"]
    con.executemany("INSERT INTO dim_employee VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(e["key"], e["num"], e["first"], e["last"], e["title"], e["store"], None, iso(e["start"]), iso(e["leave"]),
                      e["etype"], e["rate"], e["salary"]) for e in sorted(emps, key=lambda x: x["key"])])
    con.executemany("UPDATE dim_employee SET manager_key = ? WHERE employee_key = ?", [(e["mgr"], e["key"]) for e in emps if e["mgr"]])
    store_emps = {}
    for e in emps:
        if e["store"]:
            store_emps.setdefault(e["store"], []).append(e)

    def on_staff(sk, d, titles):
        return [e for e in store_emps.get(sk, []) if e["title"] in titles and e["start"] <= d and (e["leave"] is None or d < e["leave"])]

    # ---------------- dim_customer (0 = unknown member)
    con.execute("INSERT INTO dim_customer VALUES (0,'UNKNOWN','Unknown',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL)")
    custs = []
    w = [2.0 if s["fmt"] == "Business Centre" else 1.3 if s["fmt"] == "Superstore" else 0.7 for s in physical]
    used_biz = set()
    for i in range(1, 2451):
        s = rnd.choices(physical, w)[0]
        biz = rnd.random() < (0.55 if s["fmt"] == "Business Centre" else 0.25)
        f, l = person()
        k = s["suburb"] if s["suburb"] in NEAR else f"{s['suburb']}|{s['state']}"
        if rnd.random() < 0.6:
            sub, pc = s["suburb"], s["pc"]
        else:
            sub, pc = rnd.choice(NEAR[k])
        lo = max(s["opened"], dt.date(2015, 1, 1))
        created = rday(rnd, lo, END - dt.timedelta(days=15)) if rnd.random() < 0.5 else rday(rnd, lo, max(lo, dt.date(2022, 12, 31)))
        deleted = None
        if rnd.random() < 0.04:
            dd = rday(rnd, max(created + dt.timedelta(days=60), START), END)
            deleted = dd if dd > created else None
        bname = abn = tier = credit = terms = None
        if biz:
            while True:
                a, b = rnd.choice(BUSINESS_WORDS)
                place = sub if rnd.random() < 0.4 else a
                suffix = rnd.choice(["", "Inc"] if b in PUBLIC else SUFFIX)
                bname = f"{place} {b} {suffix}".strip()
                if bname not in used_biz:
                    used_biz.add(bname)
                    break
            abn = f"{rnd.randint(10, 99)} {rnd.randint(100, 999)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"
            tier = rnd.choices(["Bronze", "Silver", "Gold", "Platinum"], [45, 30, 18, 7])[0]
            credit = {"Bronze": 200000, "Silver": 500000, "Gold": 1500000, "Platinum": 5000000}[tier]
            terms = {"Bronze": 7, "Silver": 14, "Gold": 30, "Platinum": 30}[tier]
        email = None
        if rnd.random() < (0.97 if biz else 0.8):
            dom = (fold("".join(bname.split()[:2])) + ".com.au") if biz else rnd.choice(["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au"])
            email = f"{fold(f)[0]}.{fold(l)}{i}@{fold(dom)}"
        c = dict(key=i, num=f"C{200000 + i * 3}", type="Business" if biz else "Retail", bname=bname, first=f, last=l, sub=sub,
                 state=s["state"], pc=pc, home=s, tier=tier, created=created, deleted=deleted)
        custs.append(c)
        con.execute("INSERT INTO dim_customer VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (i, c["num"], c["type"], bname, abn, f, l, email, sub, s["state"], pc, s["key"], tier, credit, terms,
                     iso(created), int(deleted is not None), iso(deleted)))

    def active(c, d):
        return c["created"] <= d and (c["deleted"] is None or d < c["deleted"])

    by_home = {}
    for c in custs:
        by_home.setdefault((c["home"]["key"], c["type"]), []).append(c)
    biz_all = [c for c in custs if c["type"] == "Business"]
    ret_all = [c for c in custs if c["type"] == "Retail"]

    def pick(sk, d, typ, p_home=0.85):
        for _ in range(40):
            pool = by_home.get((sk, typ)) if sk and rnd.random() < p_home and by_home.get((sk, typ)) else (biz_all if typ == "Business" else ret_all)
            c = rnd.choice(pool)
            if active(c, d):
                return c
        return None

    # ---------------- dim_product
    prods = []
    pkeys = list(range(5001, 5600))
    rnd.shuffle(pkeys)
    for cat, subs in CATALOG.items():
        for sub, items in subs.items():
            for it in items:
                brand, name, pack, price = it[:4]
                variants = it[4] if len(it) > 4 else [None]
                for v in variants:
                    nm = name.format(v=v) if v else name
                    pk = pkeys[len(prods)]
                    intro = rday(rnd, dt.date(2016, 1, 1), dt.date(2022, 10, 1)) if rnd.random() < 0.82 else rday(rnd, START, dt.date(2025, 8, 31))
                    disc = None
                    if rnd.random() < 0.07 and intro < dt.date(2024, 3, 1):
                        disc = rday(rnd, max(intro + dt.timedelta(days=200), dt.date(2023, 5, 1)), dt.date(2025, 9, 30))
                    cents = int(round(price * 100))
                    p = dict(key=pk, cat=cat, sub=sub, name=nm, price=cents, intro=intro, disc=disc,
                             w=rnd.uniform(0.5, 2.0) * (2.5 if sub in ("Copy Paper", "Pens", "Sticky Notes", "Ink Cartridges") else 1.0))
                    prods.append(p)
                    sku = f"{cat[:3].upper()}{sub[:2].upper()}-{len(prods):04d}"
                    con.execute("INSERT INTO dim_product VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                (pk, sku, nm, cat, sub, brand, pack, cents, int(round(cents * rnd.uniform(0.45, 0.68))),
                                 int(brand == "Paperbark"), iso(intro), int(disc is not None), iso(disc)))

    def sellable(p, d):
        return p["intro"] <= d and (p["disc"] is None or d < p["disc"])

    # ---------------- fact_sales
    SEASON = {1: 1.45, 2: 1.2, 3: 0.95, 4: 0.85, 5: 0.9, 6: 1.15, 7: 0.95, 8: 0.9, 9: 0.9, 10: 0.95, 11: 1.0, 12: 0.85}
    TIER = {"Bronze": 0.0, "Silver": 0.05, "Gold": 0.10, "Platinum": 0.15}
    facts = []
    inv_no = 0

    def make_invoice(d, store, cust, emp, channel):
        nonlocal inv_no
        inv_no += 1
        inv = f"INV-{d.year}-{inv_no:06d}"
        is_biz = cust is not None and cust["type"] == "Business"
        if is_biz and d >= dt.date(2025, 12, 1) and rnd.random() < 0.8:
            status = ST[("Sale", "INVOICED")]
        else:
            status = ST[("Sale", rnd.choices(["PAID", "CANCELLED", "RETURNED"], [95.5, 2.0, 2.5])[0])]
        deliv = None
        if channel != 1 and status != ST[("Sale", "CANCELLED")]:
            deliv = d + dt.timedelta(days=rnd.randint(1, 6))
        avail = [p for p in prods if sellable(p, d)]
        k = rnd.choices([1, 2, 3, 4, 5, 6], [28, 28, 20, 12, 8, 4])[0] + (1 if is_biz else 0)
        chosen = []
        while len(chosen) < k:
            p = rnd.choices(avail, [p["w"] for p in avail])[0]
            if p not in chosen:
                chosen.append(p)
        for ln, p in enumerate(chosen, 1):
            if p["cat"] == "Office Furniture" or p["sub"] == "Printers & Shredders":
                q = 1 if not is_biz else rnd.choice([1, 1, 2, 4])
            elif is_biz:
                q = rnd.choices([1, 2, 3, 5, 10, 20], [20, 20, 15, 20, 15, 10])[0]
            else:
                q = rnd.choices([1, 2, 3, 4], [62, 24, 9, 5])[0]
            gross = q * p["price"]
            rate = TIER[cust["tier"]] if is_biz else (0.15 if (d.month == 1 and p["cat"] == "School Supplies") else 0.0)
            disc = int(round(gross * rate))
            net = gross - disc
            facts.append((inv, ln, key(d), key(deliv), store["key"], cust["key"] if cust else 0, emp["key"], p["key"], channel,
                          status, q, p["price"], disc, net, int(round(net * 0.1))))

    d = START
    while d <= END:
        if d not in hol:
            wk = 0.55 if d.weekday() == 6 else 0.85 if d.weekday() == 5 else 1.0
            for s in physical:
                if not trading(s, d):
                    continue
                base = {"Business Centre": 0.20, "Superstore": 0.20, "Express": 0.12}[s["fmt"]] * SEASON[d.month] * wk
                n = 0
                lam = base
                while rnd.random() < lam / (1 + lam) and n < 5:
                    n += 1
                    lam *= 0.55
                for _ in range(n):
                    staff = on_staff(s["key"], d, {"Store Manager", "Assistant Store Manager", "Retail Associate"})
                    if not staff:
                        continue
                    r = rnd.random()
                    cust = None
                    if r < (0.35 if s["fmt"] == "Business Centre" else 0.12):
                        cust = pick(s["key"], d, "Business")
                    elif r < 0.55:
                        cust = pick(s["key"], d, "Retail")
                    make_invoice(d, s, cust, rnd.choice(staff), 1)
                # phone / email orders from business accounts (week days only)
                if d.weekday() < 5 and rnd.random() < (0.09 if s["fmt"] == "Business Centre" else 0.012) * SEASON[d.month]:
                    cust = pick(s["key"], d, "Business", 0.95)
                    staff = on_staff(s["key"], d, {"Business Account Manager"}) or on_staff(s["key"], d, {"Store Manager", "Assistant Store Manager"})
                    if cust and staff:
                        make_invoice(d, s, cust, rnd.choice(staff), 3)
        # web orders
        lam = 1.45 * SEASON[d.month] * (1 + 0.00045 * (d - START).days)
        n = 0
        while rnd.random() < lam / (1 + lam) and n < 8:
            n += 1
            lam *= 0.75
        for _ in range(n):
            staff = on_staff(online["key"], d, {"Fulfilment Associate"})
            if not staff:
                continue
            cust = pick(None, d, "Business" if rnd.random() < 0.3 else "Retail", 0)
            if cust:
                make_invoice(d, online, cust, rnd.choice(staff), 2)
        d += dt.timedelta(days=1)
    con.executemany("INSERT INTO fact_sales VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", facts)

    # ---------------- fact_print_jobs
    jobs = []
    d = START
    while d <= END:
        if d not in hol:
            for s in physical:
                if not s["printc"] or not trading(s, d):
                    continue
                lam = (0.42 if s["fmt"] == "Business Centre" else 0.22) * (0.5 if d.weekday() >= 5 else 1.0) * \
                      (1.3 if d.month in (2, 3, 10, 11) else 1.0)
                n = 0
                while rnd.random() < lam / (1 + lam) and n < 4:
                    n += 1
                    lam *= 0.5
                for _ in range(n):
                    ops = on_staff(s["key"], d, {"Print Centre Operator"})
                    if not ops:
                        continue
                    r = rnd.random()
                    cust = pick(s["key"], d, "Business") if r < 0.38 else pick(s["key"], d, "Retail") if r < 0.6 else None
                    colour = rnd.choices([0, rnd.randint(1, 20), rnd.randint(20, 200)], [45, 35, 20])[0]
                    bw = rnd.choices([0, rnd.randint(1, 50), rnd.randint(50, 800)], [15 if colour else 0, 50, 35])[0]
                    if bw + colour == 0:
                        bw = rnd.randint(1, 30)
                    rush = int(rnd.random() < 0.12)
                    amount = int(round((bw * 12 + colour * 65) * (1.5 if rush else 1.0)))
                    if d >= dt.date(2025, 12, 27) and rnd.random() < 0.6:
                        stat = ST[("Print Job", "READY")]
                    else:
                        stat = ST[("Print Job", "CANCELLED")] if rnd.random() < 0.03 else ST[("Print Job", "COLLECTED")]
                    jobs.append((f"PJ-{d.year}-{len(jobs) + 1:05d}", key(d), s["key"],
                                 cust["key"] if cust else 0, rnd.choice(ops)["key"], stat, bw, colour, rush, amount))
        d += dt.timedelta(days=1)
    con.executemany("INSERT INTO fact_print_jobs VALUES (?,?,?,?,?,?,?,?,?,?)", jobs)

    # ---------------- bridge_customer_rep: current account managers of live business accounts
    bams_now = [e for e in emps if e["title"] == "Business Account Manager" and e["leave"] is None]
    bridge = []
    for c in biz_all:
        if c["deleted"] is not None:
            continue
        own = [e for e in bams_now if e["store"] == c["home"]["key"]]
        region = [e for e in bams_now if skey[e["store"]]["region"] == c["home"]["region"]]
        pool = own or region or bams_now
        prim = rnd.choice(pool)
        bridge.append((c["key"], prim["key"], "Primary", iso(max(c["created"], prim["start"]) + dt.timedelta(days=rnd.randint(0, 20)))))
        if c["tier"] in ("Gold", "Platinum") or rnd.random() < 0.08:
            others = [e for e in (region or bams_now) if e is not prim] or [e for e in bams_now if e is not prim]
            sec = rnd.choice(others)
            bridge.append((c["key"], sec["key"], "Secondary", iso(max(c["created"], sec["start"]) + dt.timedelta(days=rnd.randint(0, 60)))))
    bridge = [(a, b, r, min(x, iso(END))) for a, b, r, x in bridge]
    con.executemany("INSERT INTO bridge_customer_rep VALUES (?,?,?,?)", bridge)
    con.commit()
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        raise SystemExit(f"foreign key violations: {fk[:5]}")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
