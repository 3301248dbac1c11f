"""Solas Beauty: an Irish beauty chain that runs salon treatments (facials, nails, brows and lashes, waxing, massage,
tanning) and sells cosmetics over the counter.

Schema style: Hungarian notation. Table names are singular PascalCase (Salon, Client, AppointmentItem) and every
column carries a lower-case type prefix: lng (integer keys: lngSalonID, lngReferredByID), str (text: strFirstName,
strStatus), dt (ISO dates 'YYYY-MM-DD': dtOpened, dtJoined), dtm (ISO date-times 'YYYY-MM-DD HH:MM': dtmStart, dtmSold),
int (integers: intDurationMins, intQty, and money as INTEGER euro cents: intPriceCents, intTotalCents, intTipCents) and
bln (0/1 flags: blnActive, blnDeleted). Status values are Title Case text. Client.blnDeleted is a soft delete;
Appointment.intTipCents is NULL when no tip was left; Client.lngReferredByID is a second self-reference.
Deterministic: fixed seed, standard library only."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import IE_FIRST, IE_LAST

SEED = 3318064
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "solas_beauty.sqlite")

SCHEMA = """
CREATE TABLE Town (
  lngTownID INTEGER PRIMARY KEY, strTownName TEXT NOT NULL, strCounty TEXT NOT NULL, UNIQUE (strTownName, strCounty));
CREATE TABLE Salon (
  lngSalonID INTEGER PRIMARY KEY, strSalonName TEXT NOT NULL UNIQUE, lngTownID INTEGER NOT NULL REFERENCES Town(lngTownID),
  strAddress TEXT NOT NULL, dtOpened TEXT NOT NULL, dtClosed TEXT, strStatus TEXT NOT NULL,
  intTreatmentRooms INTEGER NOT NULL, blnHasSpa INTEGER NOT NULL);
CREATE TABLE Employee (
  lngEmployeeID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL, strJobTitle TEXT NOT NULL,
  lngSalonID INTEGER REFERENCES Salon(lngSalonID), lngManagerID INTEGER REFERENCES Employee(lngEmployeeID),
  dtHired TEXT NOT NULL, dtLeft TEXT, intHourlyRateCents INTEGER NOT NULL, blnFullTime INTEGER NOT NULL,
  blnActive INTEGER NOT NULL);
CREATE TABLE Client (
  lngClientID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL, strEmail TEXT NOT NULL UNIQUE,
  strPhone TEXT, lngTownID INTEGER NOT NULL REFERENCES Town(lngTownID),
  lngHomeSalonID INTEGER NOT NULL REFERENCES Salon(lngSalonID), lngReferredByID INTEGER REFERENCES Client(lngClientID),
  dtJoined TEXT NOT NULL, dtBirth TEXT, blnMarketingOptIn INTEGER NOT NULL, blnDeleted INTEGER NOT NULL);
CREATE TABLE Treatment (
  lngTreatmentID INTEGER PRIMARY KEY, strTreatmentName TEXT NOT NULL UNIQUE, strCategory TEXT NOT NULL,
  intDurationMins INTEGER NOT NULL, intPriceCents INTEGER NOT NULL, blnActive INTEGER NOT NULL);
CREATE TABLE Product (
  lngProductID INTEGER PRIMARY KEY, strProductName TEXT NOT NULL UNIQUE, strBrand TEXT NOT NULL, strCategory TEXT NOT NULL,
  intPriceCents INTEGER NOT NULL, intCostCents INTEGER NOT NULL, blnVegan INTEGER NOT NULL, blnActive INTEGER NOT NULL,
  dtLaunched TEXT NOT NULL);
CREATE TABLE Appointment (
  lngAppointmentID INTEGER PRIMARY KEY, lngSalonID INTEGER NOT NULL REFERENCES Salon(lngSalonID),
  lngClientID INTEGER NOT NULL REFERENCES Client(lngClientID), lngEmployeeID INTEGER NOT NULL REFERENCES Employee(lngEmployeeID),
  dtmStart TEXT NOT NULL, strStatus TEXT NOT NULL, strBookedVia TEXT NOT NULL, intTotalCents INTEGER NOT NULL, intTipCents INTEGER);
CREATE TABLE AppointmentItem (
  lngAppointmentID INTEGER NOT NULL REFERENCES Appointment(lngAppointmentID),
  lngTreatmentID INTEGER NOT NULL REFERENCES Treatment(lngTreatmentID), intPriceCents INTEGER NOT NULL,
  PRIMARY KEY (lngAppointmentID, lngTreatmentID));
CREATE TABLE Sale (
  lngSaleID INTEGER PRIMARY KEY, lngSalonID INTEGER NOT NULL REFERENCES Salon(lngSalonID),
  lngClientID INTEGER REFERENCES Client(lngClientID), lngEmployeeID INTEGER NOT NULL REFERENCES Employee(lngEmployeeID),
  dtmSold TEXT NOT NULL, strPaymentMethod TEXT NOT NULL, strStatus TEXT NOT NULL, intTotalCents INTEGER NOT NULL);
CREATE TABLE SaleLine (
  lngSaleID INTEGER NOT NULL REFERENCES Sale(lngSaleID), lngProductID INTEGER NOT NULL REFERENCES Product(lngProductID),
  intQty INTEGER NOT NULL, intUnitPriceCents INTEGER NOT NULL, PRIMARY KEY (lngSaleID, lngProductID));
"""

REGION_OF = {"Dublin": 0, "Wicklow": 0, "Kildare": 0, "Meath": 0, "Louth": 0,
             "Cork": 1, "Kerry": 1, "Waterford": 1, "Limerick": 1, "Tipperary": 1, "Wexford": 1, "Kilkenny": 1,
             "Galway": 2, "Sligo": 2, "Mayo": 2, "Donegal": 2, "Westmeath": 2, "Clare": 2}
TOWNS = [
    ("Dublin City Centre", "Dublin"), ("Ranelagh", "Dublin"), ("Rathmines", "Dublin"), ("Dún Laoghaire", "Dublin"),
    ("Swords", "Dublin"), ("Malahide", "Dublin"), ("Dundrum", "Dublin"), ("Blackrock", "Dublin"), ("Clontarf", "Dublin"),
    ("Lucan", "Dublin"), ("Tallaght", "Dublin"), ("Howth", "Dublin"), ("Newcastle", "Dublin"), ("Stillorgan", "Dublin"),
    ("Drumcondra", "Dublin"),
    ("Cork City", "Cork"), ("Douglas", "Cork"), ("Ballincollig", "Cork"), ("Blackrock", "Cork"), ("Carrigaline", "Cork"),
    ("Cobh", "Cork"), ("Mallow", "Cork"),
    ("Galway City", "Galway"), ("Salthill", "Galway"), ("Oranmore", "Galway"),
    ("Limerick City", "Limerick"), ("Castletroy", "Limerick"), ("Waterford City", "Waterford"), ("Tramore", "Waterford"),
    ("Kilkenny", "Kilkenny"), ("Sligo", "Sligo"), ("Athlone", "Westmeath"), ("Mullingar", "Westmeath"),
    ("Drogheda", "Louth"), ("Dundalk", "Louth"), ("Tralee", "Kerry"), ("Killarney", "Kerry"),
    ("Wexford", "Wexford"), ("Gorey", "Wexford"), ("Bray", "Wicklow"), ("Greystones", "Wicklow"), ("Newcastle", "Wicklow"),
    ("Naas", "Kildare"), ("Newbridge", "Kildare"), ("Maynooth", "Kildare"), ("Ennis", "Clare"),
    ("Castlebar", "Mayo"), ("Westport", "Mayo"), ("Navan", "Meath"), ("Letterkenny", "Donegal"),
    ("Clonmel", "Tipperary"), ("Nenagh", "Tipperary"),
]
# (salon, town, county, address)
SALONS = [
    ("Grafton Street", "Dublin City Centre", "Dublin", "14 Grafton Street"), ("Ranelagh", "Ranelagh", "Dublin", "52 Ranelagh Road"),
    ("Rathmines", "Rathmines", "Dublin", "231 Lower Rathmines Road"), ("Dún Laoghaire", "Dún Laoghaire", "Dublin", "88 Upper George's Street"),
    ("Swords Pavilions", "Swords", "Dublin", "Unit 41, Pavilions Shopping Centre"), ("Malahide", "Malahide", "Dublin", "7 New Street"),
    ("Dundrum", "Dundrum", "Dublin", "19 Main Street, Dundrum"), ("Blackrock", "Blackrock", "Dublin", "21 Main Street, Blackrock"),
    ("Clontarf", "Clontarf", "Dublin", "63 Vernon Avenue"), ("Lucan", "Lucan", "Dublin", "4 Main Street, Lucan"),
    ("Oliver Plunkett Street", "Cork City", "Cork", "101 Oliver Plunkett Street"), ("Douglas", "Douglas", "Cork", "12 East Douglas Village"),
    ("Ballincollig", "Ballincollig", "Cork", "Main Street, Ballincollig"), ("Blackrock Village", "Blackrock", "Cork", "3 Church Road, Blackrock"),
    ("Shop Street", "Galway City", "Galway", "28 Shop Street"), ("Salthill", "Salthill", "Galway", "140 Upper Salthill"),
    ("O'Connell Street", "Limerick City", "Limerick", "75 O'Connell Street"), ("Waterford", "Waterford City", "Waterford", "9 John Roberts Square"),
    ("Kilkenny", "Kilkenny", "Kilkenny", "46 High Street"), ("Sligo", "Sligo", "Sligo", "17 O'Connell Street, Sligo"),
    ("Athlone", "Athlone", "Westmeath", "2 Church Street, Athlone"), ("Drogheda", "Drogheda", "Louth", "33 West Street"),
    ("Tralee", "Tralee", "Kerry", "11 The Mall"), ("Killarney", "Killarney", "Kerry", "58 High Street, Killarney"),
    ("Wexford", "Wexford", "Wexford", "80 North Main Street"), ("Bray", "Bray", "Wicklow", "95 Main Street, Bray"),
    ("Naas", "Naas", "Kildare", "6 Poplar Square"), ("Ennis", "Ennis", "Clare", "24 O'Connell Street, Ennis"),
]
CLOSED = {"Lucan": "2024-06-30", "Tralee": "2025-08-31"}
REFURB = {"Grafton Street": "2025-10-06", "Salthill": "2025-11-17"}  # no bookings from this date
NEW_SALONS = {"Naas": "2023-09-16", "Ennis": "2024-11-02", "Bray": "2025-04-12"}

# (name, category, minutes, price euro, weight, retired during 2024)
TREATMENTS = [
    ("Signature Solas Facial", "Facials", 60, 85, 8, 0), ("Express Facial", "Facials", 30, 50, 6, 0),
    ("Hydrafacial", "Facials", 45, 120, 5, 0), ("Microdermabrasion", "Facials", 45, 95, 2, 1),
    ("Dermaplaning", "Facials", 45, 75, 3, 0), ("LED Light Therapy", "Facials", 30, 45, 3, 0), ("Teen Facial", "Facials", 30, 40, 1, 0),
    ("Gel Manicure", "Nails", 45, 38, 12, 0), ("Gel Pedicure", "Nails", 60, 48, 7, 0), ("BIAB Overlay", "Nails", 60, 50, 8, 0),
    ("Classic Manicure", "Nails", 30, 28, 4, 0), ("Acrylic Full Set", "Nails", 75, 60, 2, 1), ("Gel Removal", "Nails", 15, 12, 4, 0),
    ("Nail Art Add-on", "Nails", 15, 10, 3, 0),
    ("Brow Wax & Tint", "Brows & Lashes", 30, 25, 10, 0), ("Brow Lamination", "Brows & Lashes", 45, 55, 6, 0),
    ("Lash Lift & Tint", "Brows & Lashes", 60, 60, 7, 0), ("Classic Lash Extensions", "Brows & Lashes", 90, 95, 3, 0),
    ("Lash Infill", "Brows & Lashes", 45, 45, 4, 0), ("HD Brows", "Brows & Lashes", 45, 40, 4, 0), ("Lash Tint", "Brows & Lashes", 15, 15, 3, 0),
    ("Half Leg Wax", "Waxing", 30, 30, 4, 0), ("Full Leg Wax", "Waxing", 45, 45, 3, 0), ("Bikini Wax", "Waxing", 20, 22, 3, 0),
    ("Hollywood Wax", "Waxing", 30, 40, 3, 0), ("Underarm Wax", "Waxing", 15, 15, 2, 0), ("Lip & Chin Wax", "Waxing", 15, 14, 3, 0),
    ("Back, Neck & Shoulder Massage", "Massage", 30, 50, 4, 0), ("Full Body Massage", "Massage", 60, 80, 4, 0),
    ("Hot Stone Massage", "Massage", 75, 95, 2, 0), ("Pregnancy Massage", "Massage", 60, 85, 1, 0),
    ("Indian Head Massage", "Massage", 30, 45, 2, 0),
    ("Spray Tan", "Tanning", 20, 30, 5, 0), ("Express Spray Tan", "Tanning", 15, 25, 2, 0),
    ("Sea Salt Body Scrub", "Body", 45, 65, 1, 0), ("Seaweed Body Wrap", "Body", 60, 85, 1, 0),
]
# (name, brand, category, price euro, vegan)
PRODUCTS = [
    ("Solas Hydrating Serum", "Solas", "Skincare", 38, 1), ("Solas Daily Moisturiser SPF30", "Solas", "Skincare", 32, 1),
    ("Solas Gentle Cleanser", "Solas", "Skincare", 22, 1), ("Solas Overnight Repair Cream", "Solas", "Skincare", 45, 1),
    ("Solas Vitamin C Drops", "Solas", "Skincare", 42, 1), ("Solas Retinol Night Serum", "Solas", "Skincare", 52, 1),
    ("Dúlra Seaweed Face Mask", "Dúlra", "Skincare", 28, 1), ("Dúlra Atlantic Toner", "Dúlra", "Skincare", 24, 1),
    ("Dúlra Bog Myrtle Balm", "Dúlra", "Skincare", 19, 0), ("Maison Éclat Crème Riche", "Maison Éclat", "Skincare", 65, 0),
    ("Maison Éclat Sérum Lumière", "Maison Éclat", "Skincare", 89, 0), ("Maison Éclat Eye Contour Gel", "Maison Éclat", "Skincare", 48, 0),
    ("Nordlys Cloudberry Night Cream", "Nordlys Skin", "Skincare", 54, 1), ("Nordlys Arctic Cleansing Oil", "Nordlys Skin", "Skincare", 36, 1),
    ("Nordlys Birch Water Essence", "Nordlys Skin", "Skincare", 41, 1), ("Hanbit Snail Repair Essence", "Hanbit Seoul", "Skincare", 29, 0),
    ("Hanbit Rice Water Toner", "Hanbit Seoul", "Skincare", 21, 1), ("Hanbit Green Tea Sheet Masks", "Hanbit Seoul", "Skincare", 15, 1),
    ("Kōwhai Manuka Honey Cleanser", "Kōwhai Naturals", "Skincare", 26, 0), ("Kōwhai Kawakawa Balm", "Kōwhai Naturals", "Skincare", 23, 1),
    ("Maison Éclat Teint Parfait Foundation", "Maison Éclat", "Makeup", 46, 0), ("Maison Éclat Rouge Velours Lipstick", "Maison Éclat", "Makeup", 32, 0),
    ("Maison Éclat Poudre Soleil Bronzer", "Maison Éclat", "Makeup", 39, 0), ("Solas Brow Gel", "Solas", "Makeup", 18, 1),
    ("Solas Lengthening Mascara", "Solas", "Makeup", 21, 1), ("Solas Tinted Lip Oil", "Solas", "Makeup", 16, 1),
    ("Hanbit Cushion Compact", "Hanbit Seoul", "Makeup", 34, 0), ("Hanbit Glass Lip Tint", "Hanbit Seoul", "Makeup", 14, 1),
    ("Bellezza Eyeshadow Palette", "Bellezza Milano", "Makeup", 48, 0), ("Bellezza Liquid Liner", "Bellezza Milano", "Makeup", 19, 0),
    ("Bellezza Setting Spray", "Bellezza Milano", "Makeup", 27, 1), ("Nordlys Glow Highlighter", "Nordlys Skin", "Makeup", 31, 1),
    ("Solas Cuticle Oil", "Solas", "Nails", 12, 1), ("Solas Gel Top Coat", "Solas", "Nails", 15, 1),
    ("Dúlra Hand & Nail Cream", "Dúlra", "Nails", 16, 1), ("Bellezza Nail Polish Rosso", "Bellezza Milano", "Nails", 14, 1),
    ("Bellezza Nail Polish Nude", "Bellezza Milano", "Nails", 14, 1), ("Bellezza Nail Polish Noir", "Bellezza Milano", "Nails", 14, 1),
    ("Solas Nail Strengthener", "Solas", "Nails", 19, 1), ("Solas Glass Nail File", "Solas", "Nails", 10, 1),
    ("Dúlra Seaweed Shampoo", "Dúlra", "Haircare", 18, 1), ("Dúlra Seaweed Conditioner", "Dúlra", "Haircare", 18, 1),
    ("Kōwhai Argan Hair Oil", "Kōwhai Naturals", "Haircare", 29, 1), ("Nordlys Volume Mousse", "Nordlys Skin", "Haircare", 22, 1),
    ("Solas Heat Protect Spray", "Solas", "Haircare", 20, 1), ("Hanbit Scalp Scrub", "Hanbit Seoul", "Haircare", 25, 1),
    ("Maison Éclat Eau de Parfum Fleur", "Maison Éclat", "Fragrance", 98, 0), ("Maison Éclat Eau de Toilette Bois", "Maison Éclat", "Fragrance", 78, 0),
    ("Nordlys Fjord Eau de Parfum", "Nordlys Skin", "Fragrance", 85, 1), ("Dúlra Wild Gorse Eau de Parfum", "Dúlra", "Fragrance", 69, 1),
    ("Bellezza Body Mist Limone", "Bellezza Milano", "Fragrance", 24, 1), ("Solas Rollerball Perfume", "Solas", "Fragrance", 26, 1),
    ("Solas Body Butter", "Solas", "Body", 24, 0), ("Solas Sea Salt Scrub", "Solas", "Body", 28, 1),
    ("Dúlra Seaweed Bath Soak", "Dúlra", "Body", 22, 1), ("Kōwhai Manuka Body Wash", "Kōwhai Naturals", "Body", 19, 0),
    ("Nordlys Firming Body Oil", "Nordlys Skin", "Body", 44, 1), ("Solas Gradual Tan Lotion", "Solas", "Body", 25, 1),
    ("Solas Tan Mitt", "Solas", "Body", 9, 1), ("Solas Self-Tan Mousse", "Solas", "Body", 29, 1),
    ("Jade Facial Roller", "Solas", "Tools & Accessories", 35, 1), ("Gua Sha Stone", "Solas", "Tools & Accessories", 28, 1),
    ("Makeup Brush Set", "Bellezza Milano", "Tools & Accessories", 59, 1), ("Silk Pillowcase", "Solas", "Tools & Accessories", 49, 0),
    ("Microfibre Headband", "Solas", "Tools & Accessories", 9, 1), ("LED Face Mask", "Nordlys Skin", "Tools & Accessories", 189, 1),
    ("Konjac Sponge", "Hanbit Seoul", "Tools & Accessories", 11, 1),
    ("Pamper Gift Set", "Solas", "Gift Sets", 65, 0), ("Christmas Skincare Trio", "Solas", "Gift Sets", 79, 1),
    ("Mini Facial Kit", "Dúlra", "Gift Sets", 39, 1), ("Fragrance Discovery Set", "Maison Éclat", "Gift Sets", 45, 0),
    ("Nail Care Gift Box", "Solas", "Gift Sets", 35, 1),
]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L")) if not unicodedata.combining(c))


def d(x):
    return dt.date.fromisoformat(x[:10])


def add_days(x, n):
    return (d(x) + dt.timedelta(days=n)).isoformat()


def day(rnd, lo, hi):
    lo, hi = d(lo), d(hi)
    return (lo + dt.timedelta(days=rnd.randint(0, max(0, (hi - lo).days)))).isoformat()


def old_price(cents, when):
    """Prices went up 5% on 1 January 2025; earlier rows carry the old price (rounded to 50 cents)."""
    return cents if when >= "2025-01-01" else int(round(cents / 1.05 / 50.0)) * 50


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)

    towns = [(i, n, c) for i, (n, c) in enumerate(TOWNS, 1)]
    con.executemany("INSERT INTO Town VALUES (?,?,?)", towns)
    town_id = {(n, c): i for i, n, c in towns}
    town_region = {i: REGION_OF[c] for i, n, c in towns}

    salons = []
    for no, (name, town, county, addr) in enumerate(SALONS, 1):
        opened = NEW_SALONS.get(name) or day(rnd, "2008-04-01", "2022-06-30")
        closed = CLOSED.get(name)
        status = "Closed" if closed else "Refurbishing" if name in REFURB else "Open"
        rooms = rnd.randint(2, 7)
        spa = 1 if rooms >= 4 and rnd.random() < 0.6 else 0
        salons.append({"no": no, "name": name, "town": town_id[(town, county)], "addr": addr, "open": opened, "close": closed,
                       "status": status, "rooms": rooms, "spa": spa, "region": REGION_OF[county],
                       "until": closed or REFURB.get(name)})
    con.executemany("INSERT INTO Salon VALUES (?,?,?,?,?,?,?,?,?)",
                    [(s["no"], s["name"], s["town"], s["addr"], s["open"], s["close"], s["status"], s["rooms"], s["spa"]) for s in salons])

    def trading(s, when):
        return s["open"] <= when and (s["until"] is None or when < s["until"])

    used = set()

    def person():
        while True:
            f, l = rnd.choice(IE_FIRST), rnd.choice(IE_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    emps = []

    def add(title, salon, mgr, hired, rate, ft=1, end=None):
        f, l = person()
        emps.append({"no": len(emps) + 1, "f": f, "l": l, "title": title, "salon": salon, "mgr": mgr, "hired": hired,
                     "end": end, "rate": int(rate), "ft": ft})
        return len(emps)

    md = add("Managing Director", None, None, "2007-09-03", 5200)
    regional = [add("Regional Manager", None, md, day(rnd, "2012-01-01", "2021-06-30"), rnd.randint(3300, 3700)) for _ in range(3)]
    by_salon = {}

    def chain(title, s, mgr, first_hire, lo, hi, ft_p, leave_p):
        ids, hired = [], first_hire
        while True:
            end = s["close"]
            if rnd.random() < leave_p:
                a = max(add_days(hired, 60), "2023-02-01")
                b = min(s["close"] or "2025-11-30", "2025-11-30")
                if a < b:
                    end = day(rnd, a, b)
            ids.append(add(title, s["no"], mgr, hired, rnd.randint(lo, hi), 1 if rnd.random() < ft_p else 0, end))
            if end is None or end == s["close"]:
                return ids
            hired = end
            leave_p *= 0.5

    for s in salons:
        pre = add_days(s["open"], -rnd.randint(20, 60))
        old_hi = "2022-10-31" if s["open"] < "2023-01-01" else pre

        def first(lo_year="2014-01-01"):
            lo = max(pre, lo_year)
            return day(rnd, lo, old_hi) if lo <= old_hi else pre
        sm = add("Salon Manager", s["no"], regional[s["region"]], first(), rnd.randint(2200, 2700), 1, s["close"])
        ids = [sm]
        seniors = [add("Senior Therapist", s["no"], sm, first(), rnd.randint(1750, 2000), 1, s["close"]) for _ in range(rnd.randint(1, 2))]
        ids += seniors
        for _ in range(rnd.randint(2, 4)):
            ids += chain("Beauty Therapist", s, rnd.choice(seniors), first("2018-01-01"), 1400, 1700, 0.65, 0.35)
        for _ in range(rnd.randint(1, 2)):
            ids += chain("Nail Technician", s, rnd.choice(seniors), first("2018-01-01"), 1350, 1600, 0.5, 0.35)
        ids += chain("Receptionist", s, sm, first("2019-01-01"), 1270, 1400, 0.4, 0.4)
        by_salon[s["no"]] = ids
    con.executemany("INSERT INTO Employee VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [(e["no"], e["f"], e["l"], e["title"], e["salon"], e["mgr"], e["hired"], e["end"], e["rate"], e["ft"],
                      0 if e["end"] else 1) for e in emps])
    emp = {e["no"]: e for e in emps}

    def on_staff(salon_no, when, titles):
        return [i for i in by_salon[salon_no] if emp[i]["title"] in titles and emp[i]["hired"] <= when
                and (emp[i]["end"] is None or when < emp[i]["end"])]

    treats = []
    for no, (name, cat, mins, price, w, retired) in enumerate(TREATMENTS, 1):
        treats.append({"no": no, "name": name, "cat": cat, "mins": mins, "price": price * 100, "w": w,
                       "stop": day(rnd, "2024-03-01", "2024-09-30") if retired else None})
    con.executemany("INSERT INTO Treatment VALUES (?,?,?,?,?,?)",
                    [(t["no"], t["name"], t["cat"], t["mins"], t["price"], 0 if t["stop"] else 1) for t in treats])

    prods = []
    for no, (name, brand, cat, price, vegan) in enumerate(PRODUCTS, 1):
        launch = day(rnd, "2016-01-01", "2022-08-31") if rnd.random() < 0.8 else day(rnd, "2023-02-01", "2025-07-31")
        share = 0.5 if brand != "Solas" else 0.3
        prods.append({"no": no, "name": name, "brand": brand, "cat": cat, "price": price * 100,
                      "cost": int(round(price * 100 * rnd.uniform(share - 0.08, share + 0.08))), "vegan": vegan,
                      "launch": launch, "stop": None, "w": rnd.uniform(0.5, 3.0) * (0.3 if price > 80 else 1.0)})
    for p in rnd.sample([p for p in prods if p["launch"] < "2022-01-01"], 7):
        p["stop"] = day(rnd, "2024-01-15", "2024-10-31")
    con.executemany("INSERT INTO Product VALUES (?,?,?,?,?,?,?,?,?)",
                    [(p["no"], p["name"], p["brand"], p["cat"], p["price"], p["cost"], p["vegan"], 0 if p["stop"] else 1, p["launch"])
                     for p in prods])

    # ---- clients (joined in order, so referrers always joined earlier)
    joins = sorted(day(rnd, "2015-01-01", "2025-12-15") if rnd.random() < 0.55 else day(rnd, "2021-06-01", "2025-12-15")
                   for _ in range(3100))
    clients, emails = [], set()
    for no, joined in enumerate(joins, 1):
        open_then = [s for s in salons if s["open"] <= joined and (s["until"] is None or joined < s["until"])]
        home = rnd.choices(open_then, [s["rooms"] for s in open_then])[0]
        if rnd.random() < 0.6:
            town = home["town"]
        else:
            town = rnd.choice([t[0] for t in towns if town_region[t[0]] == home["region"]])
        f, l = person()
        base = ascii_fold(f"{f}.{l}").lower().replace(" ", "").replace("'", "")
        email = f"{base}@{rnd.choice(['gmail.com', 'hotmail.com', 'eircom.net', 'icloud.com', 'outlook.ie', 'yahoo.ie'])}"
        while email in emails:
            email = f"{base}{rnd.randint(2, 99)}@gmail.com"
        emails.add(email)
        ref = None
        if no > 50 and rnd.random() < 0.18:
            cands = [c for c in clients[-400:] if c["home"]["region"] == home["region"] and c["joined"] < joined]
            if cands:
                ref = rnd.choice(cands)["no"]
        birth = day(rnd, "1950-01-01", "2006-12-31") if rnd.random() < 0.62 else None
        phone = f"08{rnd.choice([3, 5, 6, 7, 9])} {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}" if rnd.random() < 0.8 else None
        clients.append({"no": no, "f": f, "l": l, "email": email, "phone": phone, "town": town, "home": home, "ref": ref,
                        "joined": joined, "birth": birth, "mkt": 1 if rnd.random() < 0.55 else 0,
                        "w": min(rnd.paretovariate(1.8), 15.0)})
        # soft delete: occasional clients only; nothing is booked or bought after the record was deleted
        c = clients[-1]
        c["del"] = 1 if c["w"] < 2.5 and rnd.random() < 0.05 else 0
        c["del_from"] = day(rnd, max(add_days(joined, 30), "2023-01-01"), "2025-12-10") if c["del"] else None
    con.executemany("INSERT INTO Client VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(c["no"], c["f"], c["l"], c["email"], c["phone"], c["town"], c["home"]["no"], c["ref"], c["joined"], c["birth"],
                      c["mkt"], c["del"]) for c in clients])

    # ---- appointments
    start, end = d("2023-01-01"), d("2026-02-28")
    days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]

    def weight(x):
        w = {12: 1.5, 11: 1.15, 6: 1.1, 7: 1.1, 1: 0.8}.get(x.month, 1.0)
        if x.weekday() == 6:
            w *= 0.35
        elif x.weekday() in (4, 5):
            w *= 1.35
        if x.year == 2026:
            w *= 0.45  # only part of the diary is filled this far ahead
        return w
    wts = [weight(x) for x in days]
    client_w = [c["w"] for c in clients]
    appts, items = [], []
    therapists = ("Senior Therapist", "Beauty Therapist", "Nail Technician")
    while len(appts) < 10300:
        when = rnd.choices(days, wts)[0]
        ws = when.isoformat()
        c = rnd.choices(clients, client_w)[0]
        if c["joined"] > ws or (c["del"] and ws >= c["del_from"]):
            continue
        s = c["home"]
        if not trading(s, ws) or rnd.random() < 0.08:
            cand = [x for x in salons if x["region"] == c["home"]["region"] and trading(x, ws)]
            if not cand:
                continue
            s = rnd.choice(cand)
        if not trading(s, ws):
            continue
        avail = [t for t in treats if t["stop"] is None or ws < t["stop"]]
        n = rnd.choices([1, 2, 3], [62, 30, 8])[0]
        chosen = []
        while len(chosen) < n:
            t = rnd.choices(avail, [x["w"] for x in avail])[0]
            if t not in chosen:
                chosen.append(t)
        if chosen[0]["cat"] == "Nails":
            pool = on_staff(s["no"], ws, ("Nail Technician",)) if rnd.random() < 0.75 else []
            pool = pool or on_staff(s["no"], ws, therapists)
        else:
            pool = on_staff(s["no"], ws, ("Senior Therapist", "Beauty Therapist"))
        if not pool:
            continue
        hh = rnd.choices(range(9, 20), [6, 9, 9, 8, 8, 8, 8, 7, 7, 5, 3])[0]
        at = f"{ws} {hh:02d}:{rnd.choice([0, 15, 30, 45]):02d}"
        no = len(appts) + 1
        tot = 0
        for t in chosen:
            pr = old_price(t["price"], ws)
            items.append((no, t["no"], pr))
            tot += pr
        if ws >= "2026-01-01":
            status = "Booked"
        else:
            status = rnd.choices(["Completed", "Cancelled", "No-Show"], [87, 8, 5])[0]
        tip = None
        if status == "Completed" and rnd.random() < 0.48:
            tip = max(200, int(round(tot * rnd.choice([0.05, 0.1, 0.1, 0.15]) / 50.0)) * 50)
        via = rnd.choices(["Online", "Phone", "Walk-in", "Instagram"], [52, 28, 11, 9])[0]
        appts.append([no, s["no"], c["no"], rnd.choice(pool), at, status, via, tot, tip])
    appts.sort(key=lambda a: (a[4], a[1], a[0]))
    remap = {a[0]: k for k, a in enumerate(appts, 1)}
    for a in appts:
        a[0] = remap[a[0]]
    items = sorted((remap[x[0]],) + x[1:] for x in items)
    con.executemany("INSERT INTO Appointment VALUES (?,?,?,?,?,?,?,?,?)", appts)
    con.executemany("INSERT INTO AppointmentItem VALUES (?,?,?)", items)

    # ---- retail sales (2023-2025)
    sdays = [x for x in days if x.year <= 2025]
    swts = [weight(x) * (1.6 if x.month == 12 and x.day <= 24 else 1.0) for x in sdays]
    sales, slines = [], []
    sellers = ("Salon Manager", "Senior Therapist", "Beauty Therapist", "Nail Technician", "Receptionist")
    while len(sales) < 5200:
        when = rnd.choices(sdays, swts)[0]
        ws = when.isoformat()
        c = None
        if rnd.random() < 0.62:
            c = rnd.choices(clients, client_w)[0]
            if c["joined"] > ws or (c["del"] and ws >= c["del_from"]):
                continue
            s = c["home"] if trading(c["home"], ws) else rnd.choice(salons)
        else:
            s = rnd.choices(salons, [x["rooms"] for x in salons])[0]
        if not trading(s, ws):
            continue
        pool = on_staff(s["no"], ws, sellers)
        if not pool:
            continue
        avail = [p for p in prods if p["launch"] <= ws and (p["stop"] is None or ws < p["stop"])
                 and (p["cat"] != "Gift Sets" or when.month in (11, 12) or rnd.random() < 0.2)]
        n = rnd.choices([1, 2, 3], [60, 30, 10])[0]
        chosen = []
        while len(chosen) < n:
            p = rnd.choices(avail, [x["w"] for x in avail])[0]
            if p not in chosen:
                chosen.append(p)
        no = len(sales) + 1
        tot = 0
        for p in chosen:
            q = 1 if rnd.random() < 0.85 else 2
            pr = old_price(p["price"], ws)
            slines.append((no, p["no"], q, pr))
            tot += q * pr
        at = f"{ws} {rnd.randint(9, 19):02d}:{rnd.randint(0, 59):02d}"
        pay = rnd.choices(["Card", "Cash", "Gift Voucher"], [78, 14, 8])[0]
        status = "Refunded" if rnd.random() < 0.045 else "Completed"
        sales.append([no, s["no"], c["no"] if c else None, rnd.choice(pool), at, pay, status, tot])
    sales.sort(key=lambda r: (r[4], r[1], r[0]))
    remap = {r[0]: k for k, r in enumerate(sales, 1)}
    for r in sales:
        r[0] = remap[r[0]]
    slines = sorted((remap[x[0]],) + x[1:] for x in slines)
    con.executemany("INSERT INTO Sale VALUES (?,?,?,?,?,?,?,?)", sales)
    con.executemany("INSERT INTO SaleLine VALUES (?,?,?,?)", slines)
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
