"""Kōwhai Optical: an optometrist / optician chain in New Zealand.
Schema style: legacy 't_' prefix on lower-case plural table names; camelCase columns with ...Id keys
(branchId, supervisorId, appointmentDate, retailPrice, isPlanMember). People's names are firstName / lastName."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import NZ_FIRST, NZ_LAST

SEED = 4418063
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "kowhai_optical.sqlite")

SCHEMA = """
CREATE TABLE t_branches (
  branchId INTEGER PRIMARY KEY, branchName TEXT NOT NULL UNIQUE, town TEXT NOT NULL, region TEXT NOT NULL,
  openedDate TEXT NOT NULL, closedDate TEXT, status TEXT NOT NULL, hasLab INTEGER NOT NULL, phone TEXT NOT NULL);
CREATE TABLE t_staff (
  staffId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, role TEXT NOT NULL,
  branchId INTEGER REFERENCES t_branches(branchId), supervisorId INTEGER REFERENCES t_staff(staffId),
  startDate TEXT NOT NULL, annualSalary REAL NOT NULL, isPartTime INTEGER NOT NULL, isActive INTEGER NOT NULL);
CREATE TABLE t_patients (
  patientId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, birthDate TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE, town TEXT NOT NULL, region TEXT NOT NULL, registeredDate TEXT NOT NULL,
  homeBranchId INTEGER NOT NULL REFERENCES t_branches(branchId), isPlanMember INTEGER NOT NULL);
CREATE TABLE t_suppliers (
  supplierId INTEGER PRIMARY KEY, supplierName TEXT NOT NULL UNIQUE, country TEXT NOT NULL);
CREATE TABLE t_products (
  productId INTEGER PRIMARY KEY, productCode TEXT NOT NULL UNIQUE, productName TEXT NOT NULL UNIQUE,
  productType TEXT NOT NULL, supplierId INTEGER NOT NULL REFERENCES t_suppliers(supplierId),
  retailPrice REAL NOT NULL, unitCost REAL NOT NULL, isDiscontinued INTEGER NOT NULL);
CREATE TABLE t_appointments (
  appointmentId INTEGER PRIMARY KEY, patientId INTEGER NOT NULL REFERENCES t_patients(patientId),
  branchId INTEGER NOT NULL REFERENCES t_branches(branchId), optometristId INTEGER NOT NULL REFERENCES t_staff(staffId),
  appointmentDate TEXT NOT NULL, appointmentType TEXT NOT NULL, status TEXT NOT NULL, fee REAL NOT NULL);
CREATE TABLE t_prescriptions (
  prescriptionId INTEGER PRIMARY KEY, appointmentId INTEGER NOT NULL UNIQUE REFERENCES t_appointments(appointmentId),
  patientId INTEGER NOT NULL REFERENCES t_patients(patientId), lensType TEXT NOT NULL,
  rightSphere REAL NOT NULL, leftSphere REAL NOT NULL, readingAdd REAL, issuedDate TEXT NOT NULL, expiryDate TEXT NOT NULL);
CREATE TABLE t_orders (
  orderId INTEGER PRIMARY KEY, patientId INTEGER REFERENCES t_patients(patientId),
  prescriptionId INTEGER REFERENCES t_prescriptions(prescriptionId),
  branchId INTEGER NOT NULL REFERENCES t_branches(branchId), staffId INTEGER NOT NULL REFERENCES t_staff(staffId),
  orderDate TEXT NOT NULL, status TEXT NOT NULL, collectedDate TEXT, paymentMethod TEXT NOT NULL, totalAmount REAL NOT NULL);
CREATE TABLE t_order_lines (
  orderId INTEGER NOT NULL REFERENCES t_orders(orderId), productId INTEGER NOT NULL REFERENCES t_products(productId),
  quantity INTEGER NOT NULL, unitPrice REAL NOT NULL, PRIMARY KEY (orderId, productId));
"""

# (branch name, town, region)
LOCS = [
    ("Whangārei", "Whangārei", "Northland"), ("Kerikeri", "Kerikeri", "Northland"),
    ("Ponsonby", "Auckland", "Auckland"), ("Newmarket", "Auckland", "Auckland"), ("Takapuna", "Auckland", "Auckland"),
    ("Albany", "Auckland", "Auckland"), ("Botany", "Auckland", "Auckland"), ("Manukau", "Auckland", "Auckland"),
    ("Henderson", "Auckland", "Auckland"), ("Sylvia Park", "Auckland", "Auckland"), ("Pukekohe", "Pukekohe", "Auckland"),
    ("Hamilton Central", "Hamilton", "Waikato"), ("Chartwell", "Hamilton", "Waikato"), ("Cambridge", "Cambridge", "Waikato"),
    ("Taupō", "Taupō", "Waikato"), ("Thames", "Thames", "Waikato"),
    ("Tauranga", "Tauranga", "Bay of Plenty"), ("Mount Maunganui", "Tauranga", "Bay of Plenty"),
    ("Rotorua", "Rotorua", "Bay of Plenty"), ("Whakatāne", "Whakatāne", "Bay of Plenty"),
    ("Gisborne", "Gisborne", "Gisborne"), ("Napier", "Napier", "Hawke's Bay"), ("Hastings", "Hastings", "Hawke's Bay"),
    ("New Plymouth", "New Plymouth", "Taranaki"),
    ("Palmerston North", "Palmerston North", "Manawatū-Whanganui"), ("Whanganui", "Whanganui", "Manawatū-Whanganui"),
    ("Lambton Quay", "Wellington", "Wellington"), ("Karori", "Wellington", "Wellington"),
    ("Lower Hutt", "Lower Hutt", "Wellington"), ("Upper Hutt", "Upper Hutt", "Wellington"),
    ("Porirua", "Porirua", "Wellington"), ("Paraparaumu", "Paraparaumu", "Wellington"),
    ("Masterton", "Masterton", "Wellington"),
    ("Nelson", "Nelson", "Nelson"), ("Richmond", "Richmond", "Tasman"), ("Blenheim", "Blenheim", "Marlborough"),
    ("Greymouth", "Greymouth", "West Coast"),
    ("Riccarton", "Christchurch", "Canterbury"), ("Merivale", "Christchurch", "Canterbury"),
    ("Papanui", "Christchurch", "Canterbury"), ("Hornby", "Christchurch", "Canterbury"),
    ("Rolleston", "Rolleston", "Canterbury"), ("Ashburton", "Ashburton", "Canterbury"), ("Timaru", "Timaru", "Canterbury"),
    ("Dunedin Central", "Dunedin", "Otago"), ("Queenstown", "Queenstown", "Otago"), ("Wānaka", "Wānaka", "Otago"),
    ("Oamaru", "Oamaru", "Otago"), ("Invercargill", "Invercargill", "Southland"), ("Gore", "Gore", "Southland"),
]
AREA = {"Northland": 0, "Auckland": 0, "Waikato": 1, "Bay of Plenty": 1, "Gisborne": 1, "Hawke's Bay": 1,
        "Taranaki": 1, "Manawatū-Whanganui": 2, "Wellington": 2, "Nelson": 3, "Tasman": 3, "Marlborough": 3,
        "West Coast": 3, "Canterbury": 3, "Otago": 4, "Southland": 4}
AREA_CODE = {"Northland": "09", "Auckland": "09", "Waikato": "07", "Bay of Plenty": "07", "Gisborne": "06",
             "Hawke's Bay": "06", "Taranaki": "06", "Manawatū-Whanganui": "06", "Wellington": "04", "Nelson": "03",
             "Tasman": "03", "Marlborough": "03", "West Coast": "03", "Canterbury": "03", "Otago": "03", "Southland": "03"}

FRAME_SUPPLIERS = [("Harbourline Eyewear", "New Zealand"), ("Kauri Frames", "New Zealand"), ("Southern Lens Co.", "Australia"),
                   ("Bondi Optical", "Australia"), ("Lindqvist Design", "Denmark"), ("Nordsyn", "Norway"),
                   ("Occhiali Moretti", "Italy"), ("Visione Milano", "Italy"), ("Belvoir Lunettes", "France"),
                   ("Maison Clairvue", "France"), ("Sasaki Kogaku", "Japan"), ("Fukui Titanium", "Japan"),
                   ("Brillenwerk", "Germany"), ("Eisberg Optik", "Germany"), ("Hudson & Pike", "United States"),
                   ("Brooklyn Spec Co.", "United States"), ("Camden Eyewear", "United Kingdom"), ("Thornbury Frames", "United Kingdom"),
                   ("Seoul Vision", "South Korea"), ("Kowloon Optical", "China"), ("Wenzhou Bright", "China"),
                   ("Tasman Spectacles", "New Zealand"), ("Aurora Kids Eyewear", "Australia"), ("Valdés Óptica", "Spain"),
                   ("Heritage Acetate", "Italy")]
SUN_SUPPLIERS = [("Coastline Sun", "Australia"), ("Riviera Shades", "Italy"), ("Sunward", "United States"),
                 ("Polaris Sunwear", "Sweden"), ("Ōkahu Sun", "New Zealand"), ("Mistral Solaire", "France"),
                 ("Desert Glare", "United States"), ("Kiwi Glare", "New Zealand")]
LENS_SUPPLIERS = [("Optima Lens Labs", "New Zealand"), ("ClearPath Lenses", "Australia"), ("Zeiler Präzision", "Germany"),
                  ("Nikkō Lens", "Japan")]
CL_SUPPLIERS = [("AquaSoft Contacts", "United States"), ("Iris Hydro", "Ireland"), ("Lumina Contact", "Singapore"),
                ("OptiDaily", "United States"), ("Blink Bright", "United Kingdom")]
ACC_SUPPLIERS = [("Eyecare Essentials", "New Zealand"), ("Case & Cloth", "China"), ("TearCare Pharma", "Australia"),
                 ("Lanyard Lane", "New Zealand"), ("Spec Saver Supplies", "Australia"), ("Mana Eye Health", "New Zealand"),
                 ("Glow Optical Care", "Canada"), ("Pure Drops", "Switzerland")]
FRAME_MODELS = ["Aria", "Kauri", "Rimu", "Wren", "Harbour", "Pōhutukawa", "Matai", "Tūī", "Fantail", "Kea",
                "Manuka", "Piha", "Raglan", "Ōtaki", "Milford", "Karaka", "Totara", "Nikau", "Koru", "Hinau",
                "Solstice", "Meridian", "Halo", "Ember", "Juniper", "Willow", "Orion", "Vega", "Clio", "Nova",
                "Brooks", "Foster", "Quincy", "Lennox", "Audrey", "Hepburn", "Sinatra", "Monroe", "Dean", "Kahlo"]
SUN_MODELS = ["Riviera", "Baja", "Cabo", "Mistral", "Sirocco", "Capri", "Malibu", "Cove", "Tasman", "Coromandel",
              "Abel", "Catlins", "Hokianga", "Mahia", "Kaikōura", "Sahara", "Palermo", "Santorini"]
COLOURS = ["Black", "Tortoiseshell", "Gunmetal", "Gold", "Crystal", "Navy", "Honey", "Rose Gold", "Olive", "Burgundy",
           "Matte Grey", "Silver"]
LENSES = [("Single Vision Standard 1.5", 129.0), ("Single Vision Thin 1.6", 219.0), ("Single Vision Ultra Thin 1.67", 329.0),
          ("Single Vision Ultra Thin 1.74", 449.0), ("Kids Polycarbonate Single Vision", 119.0),
          ("Varifocal Standard", 399.0), ("Varifocal Premium", 649.0), ("Varifocal Elite Digital", 899.0),
          ("Bifocal D-Segment", 289.0), ("Reading Standard", 109.0), ("Reading Thin 1.6", 179.0),
          ("Office Computer Lens", 349.0)]
COATINGS = [("Anti-Reflective Coating", 89.0), ("Blue Light Filter", 119.0), ("Photochromic Upgrade", 199.0),
            ("Scratch-Resistant Hard Coat", 49.0), ("Polarised Tint", 149.0), ("Fashion Tint", 59.0),
            ("Hydrophobic Coating", 69.0), ("UV400 Treatment", 39.0)]
CL_KINDS = [("Daily", "30-pack", 42), ("Daily", "90-pack", 109), ("Daily Toric", "30-pack", 58), ("Daily Multifocal", "30-pack", 64),
            ("Monthly", "6-pack", 69), ("Monthly Toric", "6-pack", 89), ("Fortnightly", "6-pack", 49), ("Monthly Multifocal", "6-pack", 99)]
ACCESSORIES = [("Microfibre Cleaning Cloth", 6.0), ("Lens Cleaning Spray 60ml", 12.0), ("Hard Shell Case", 19.0),
               ("Soft Pouch", 9.0), ("Glasses Chain", 24.0), ("Sports Strap", 18.0), ("Multipurpose Solution 360ml", 21.0),
               ("Peroxide Solution 360ml", 26.0), ("Lubricating Eye Drops", 17.0), ("Preservative-Free Eye Drops", 23.0),
               ("Contact Lens Case", 5.0), ("Nose Pad Kit", 8.0), ("Screwdriver Repair Kit", 11.0), ("Kids Glasses Band", 15.0),
               ("Heated Eye Mask", 39.0), ("Blue Light Clip-On", 35.0), ("Magnetic Sun Clip", 49.0), ("Anti-Fog Wipes", 14.0),
               ("Travel Cleaning Kit", 16.0), ("Omega-3 Eye Health Capsules", 44.0)]
PAY = ["EFTPOS", "Credit Card", "Afterpay", "Cash"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def d(x):
    return x.isoformat()


def day(rnd, lo, hi):
    hi = max(hi, lo + dt.timedelta(days=60))
    return lo + dt.timedelta(days=rnd.randrange((hi - lo).days + 1))


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)

    # branches: 45 Open, 2 Refurbishing, 3 Closed
    closed_idx, refurb_idx = {16, 33, 43}, {7, 39}
    branches = []
    for i, (nm, town, reg) in enumerate(LOCS, 1):
        opened = day(rnd, dt.date(2004, 2, 1), dt.date(2022, 8, 31))
        status, closed = "Open", None
        if i in closed_idx:
            status, opened = "Closed", min(opened, dt.date(2017, 7, 1))
            closed = day(rnd, dt.date(2023, 5, 1), dt.date(2025, 5, 31))
        elif i in refurb_idx:
            status = "Refurbishing"
        lab = 1 if rnd.random() < 0.3 else 0
        phone = f"({AREA_CODE[reg]}) {rnd.randint(200, 999)} {rnd.randint(1000, 9999)}"
        branches.append((i, nm, town, reg, d(opened), d(closed) if closed else None, status, lab, phone))
    con.executemany("INSERT INTO t_branches VALUES (?,?,?,?,?,?,?,?,?)", branches)

    # staff
    used = set()

    def person():
        while True:
            f, l = rnd.choice(NZ_FIRST), rnd.choice(NZ_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    staff = []

    def add(role, br, sup, start, sal, pt=0, active=1):
        sid = len(staff) + 1
        f, l = person()
        staff.append((sid, f, l, role, br, sup, d(start), float(sal), pt, active))
        return sid

    md = add("Managing Director", None, None, dt.date(2009, 2, 16), 214000)
    ams = [add("Area Manager", None, md, day(rnd, dt.date(2011, 1, 1), dt.date(2020, 12, 31)),
               rnd.randrange(1180, 1380) * 100) for _ in range(5)]
    optoms, dispensers = {}, {}
    for b in branches:
        bid, opened, closed = b[0], dt.date.fromisoformat(b[4]), b[5]
        act = 0 if closed else 1
        lo = max(opened, dt.date(2010, 1, 1))
        hi = dt.date(2025, 6, 30) if not closed else dt.date.fromisoformat(closed) - dt.timedelta(days=200)
        pm = add("Practice Manager", bid, ams[AREA[b[3]]], day(rnd, lo, min(hi, dt.date(2022, 6, 30))),
                 rnd.randrange(780, 930) * 100, 0, act)
        optoms[bid], dispensers[bid] = [], []
        n_opt = rnd.choices([1, 2, 3], [35, 45, 20])[0]
        roles = ["Optometrist"] * n_opt + ["Dispensing Optician"] * rnd.randint(1, 2) + \
                ["Optical Assistant"] * rnd.randint(1, 2) + (["Receptionist"] if rnd.random() < 0.65 else []) + \
                (["Lab Technician"] if b[7] else [])
        sal = {"Optometrist": (950, 1320), "Dispensing Optician": (600, 730), "Optical Assistant": (480, 570),
               "Receptionist": (450, 530), "Lab Technician": (520, 610)}
        for role in roles:
            a = act if rnd.random() > 0.06 else 0
            s = add(role, bid, pm, day(rnd, lo, hi), rnd.randrange(*sal[role]) * 100,
                    1 if rnd.random() < 0.22 else 0, a)
            if role == "Optometrist":
                optoms[bid].append(s)
            if role in ("Dispensing Optician", "Optical Assistant"):
                dispensers[bid].append(s)
    con.executemany("INSERT INTO t_staff VALUES (?,?,?,?,?,?,?,?,?,?)", staff)
    start_of = {s[0]: dt.date.fromisoformat(s[6]) for s in staff}

    def pick(ids, when):
        ok = [i for i in ids if start_of[i] <= when]
        return rnd.choice(ok or ids)

    # suppliers
    sups = []
    for grp in (FRAME_SUPPLIERS, SUN_SUPPLIERS, LENS_SUPPLIERS, CL_SUPPLIERS, ACC_SUPPLIERS):
        ids = []
        for nm, c in grp:
            sups.append((len(sups) + 1, nm, c))
            ids.append(len(sups))
        grp_ids = ids
        if grp is FRAME_SUPPLIERS: fr_ids = grp_ids
        if grp is SUN_SUPPLIERS: sun_ids = grp_ids
        if grp is LENS_SUPPLIERS: lens_ids = grp_ids
        if grp is CL_SUPPLIERS: cl_ids = grp_ids
        if grp is ACC_SUPPLIERS: acc_ids = grp_ids
    con.executemany("INSERT INTO t_suppliers VALUES (?,?,?)", sups)

    # products
    prods, names = [], set()

    def addp(code, name, ptype, sup, price, margin):
        pid = len(prods) + 1
        prods.append((pid, f"{code}-{pid:04d}", name, ptype, sup, price, round(price * margin, 2),
                      1 if rnd.random() < 0.07 and ptype in ("Frame", "Sunglasses", "Contact Lenses") else 0))
        return pid

    for _ in range(150):
        nm = f"{rnd.choice(FRAME_MODELS)} {rnd.randint(48, 56)} {rnd.choice(COLOURS)}"
        if nm in names:
            continue
        names.add(nm)
        addp("FR", nm, "Frame", rnd.choice(fr_ids), rnd.randrange(15, 56) * 10 - 1.0, rnd.uniform(0.28, 0.42))
    for _ in range(60):
        nm = f"{rnd.choice(SUN_MODELS)} {rnd.choice(COLOURS)} Sunglasses"
        if nm in names:
            continue
        names.add(nm)
        addp("SG", nm, "Sunglasses", rnd.choice(sun_ids), rnd.randrange(9, 40) * 10 - 1.0, rnd.uniform(0.3, 0.45))
    for nm, price in LENSES:
        addp("LN", nm, "Spectacle Lens", rnd.choice(lens_ids), price, rnd.uniform(0.25, 0.4))
    for nm, price in COATINGS:
        addp("CT", nm, "Lens Coating", rnd.choice(lens_ids), price, rnd.uniform(0.15, 0.3))
    for sid in cl_ids:
        brand = sups[sid - 1][1].split()[0]
        for kind, pack, price in CL_KINDS:
            addp("CL", f"{brand} {kind} {pack}", "Contact Lenses", sid, price + rnd.choice([0, 2, 4, -2]) - 0.01,
                 rnd.uniform(0.45, 0.6))
    for nm, price in ACCESSORIES:
        addp("AC", nm, "Accessory", rnd.choice(acc_ids), price, rnd.uniform(0.3, 0.5))
    con.executemany("INSERT INTO t_products VALUES (?,?,?,?,?,?,?,?)", prods)
    by_type = {}
    for p in prods:
        by_type.setdefault(p[3], []).append(p)
    pop = {p[0]: rnd.lognormvariate(0, 0.8) for p in prods}

    def choose(ptype, live=True):
        lst = [p for p in by_type[ptype] if not (live and p[7])] or by_type[ptype]
        return rnd.choices(lst, [pop[p[0]] for p in lst])[0]

    # patients
    pats, emails = [], set()
    pat_names = set()
    for i in range(1, 1101):
        f, l = rnd.choice(NZ_FIRST), rnd.choice(NZ_LAST)
        while (f, l) in pat_names:  # patient names are unique, so "by patient" answers don't depend on id vs name
            f, l = rnd.choice(NZ_FIRST), rnd.choice(NZ_LAST)
        pat_names.add((f, l))
        r = rnd.random()
        birth = day(rnd, dt.date(2009, 1, 1), dt.date(2020, 12, 31)) if r < 0.13 else \
            day(rnd, dt.date(1934, 1, 1), dt.date(2005, 12, 31))
        hb = rnd.choice(branches)
        base = ascii_fold(f"{f}.{l}").lower().replace(" ", "").replace("'", "")
        em, k = f"{base}@example.co.nz", 1
        while em in emails:
            k += 1
            em = f"{base}{k}@example.co.nz"
        emails.add(em)
        reg = day(rnd, max(dt.date(2012, 1, 1), birth + dt.timedelta(days=200)), dt.date(2025, 10, 31))
        pats.append((i, f, l, d(birth), em, hb[2], hb[3], d(reg), hb[0], 1 if rnd.random() < 0.3 else 0))
    con.executemany("INSERT INTO t_patients VALUES (?,?,?,?,?,?,?,?,?,?)", pats)

    def br_ok(b, when):
        return dt.date.fromisoformat(b[4]) <= when and not (b[5] and when >= dt.date.fromisoformat(b[5])) \
            and not (b[6] == "Refurbishing" and when >= dt.date(2025, 11, 1))

    # appointments (+ prescriptions)
    appts = []
    while len(appts) < 1750:
        p = rnd.choice(pats)
        ad = day(rnd, START, dt.date(2026, 2, 27))
        if ad.weekday() == 6 or ad < dt.date.fromisoformat(p[7]):
            continue
        b = branches[p[8] - 1]
        if rnd.random() < 0.12 or not br_ok(b, ad):
            b = rnd.choice(branches)
            if not br_ok(b, ad):
                continue
        age = age_at(dt.date.fromisoformat(p[3]), ad)
        if age < 16:
            typ = rnd.choices(["Children's Eye Exam", "Follow-up"], [82, 18])[0]
        else:
            opts = [("Eye Exam", 58), ("Follow-up", 15), ("Driver Licence Check", 9)]
            if age < 65:
                opts.append(("Contact Lens Fitting", 12))
            if age >= 45:
                opts.append(("Glaucoma Screening", 8))
            typ = rnd.choices([o[0] for o in opts], [o[1] for o in opts])[0]
        fee = {"Eye Exam": {2023: 85.0, 2024: 89.0, 2025: 95.0, 2026: 95.0}[ad.year], "Children's Eye Exam": 0.0,
               "Follow-up": 45.0, "Driver Licence Check": 30.0, "Contact Lens Fitting": 120.0,
               "Glaucoma Screening": 65.0}[typ]
        if ad > END:
            st = "Booked"
        else:
            st = rnd.choices(["Completed", "Cancelled", "No Show"], [84, 9, 7])[0]
        appts.append([None, p[0], b[0], pick(optoms[b[0]], ad), d(ad), typ, st, fee])
    appts.sort(key=lambda a: (a[4], a[2], a[1]))
    for i, a in enumerate(appts, 1):
        a[0] = i
    con.executemany("INSERT INTO t_appointments VALUES (?,?,?,?,?,?,?,?)", appts)

    rxs = []
    pat = {p[0]: p for p in pats}
    for a in appts:
        if a[6] != "Completed" or a[5] not in ("Eye Exam", "Children's Eye Exam") or rnd.random() > 0.8:
            continue
        ad = dt.date.fromisoformat(a[4])
        age = age_at(dt.date.fromisoformat(pat[a[1]][3]), ad)
        if age < 40:
            lt = "Single Vision"
        elif age < 56:
            lt = rnd.choices(["Single Vision", "Varifocal", "Reading"], [40, 45, 15])[0]
        else:
            lt = rnd.choices(["Single Vision", "Varifocal", "Bifocal", "Reading"], [15, 55, 12, 18])[0]
        base = rnd.choice([-6.0, -4.5, -3.0, -2.0, -1.25, -0.75, 0.5, 1.0, 1.75, 2.5])
        rs = base + rnd.choice([0, 0.25, -0.25, 0.5])
        ls = base + rnd.choice([0, 0.25, -0.25, -0.5])
        add_pw = None if lt == "Single Vision" else rnd.choice([1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5])
        exp = ad.replace(year=ad.year + (1 if age < 16 else 2)) if not (ad.month == 2 and ad.day == 29) else \
            dt.date(ad.year + 2, 2, 28)
        rxs.append((len(rxs) + 1, a[0], a[1], lt, rs, ls, add_pw, d(ad), d(exp)))
    con.executemany("INSERT INTO t_prescriptions VALUES (?,?,?,?,?,?,?,?,?)", rxs)

    # orders
    lens_for = {"Single Vision": ["Single Vision Standard 1.5", "Single Vision Thin 1.6", "Single Vision Ultra Thin 1.67",
                                  "Single Vision Ultra Thin 1.74", "Office Computer Lens"],
                "Varifocal": ["Varifocal Standard", "Varifocal Premium", "Varifocal Elite Digital"],
                "Bifocal": ["Bifocal D-Segment"], "Reading": ["Reading Standard", "Reading Thin 1.6"]}
    pby_name = {p[2]: p for p in prods}
    appt = {a[0]: a for a in appts}
    orders, lines = [], []
    rx_pool = [r for r in rxs]
    while len(orders) < 1400:
        r = rnd.random()
        items, rx, patient = [], None, None
        if r < 0.62 and rx_pool:
            rx = rnd.choice(rx_pool)
            rx_pool.remove(rx)
            patient = rx[2]
            od = dt.date.fromisoformat(rx[7]) + dt.timedelta(days=rnd.choice([0, 0, 0, 1, 3, 7, 14, 30]))
            b = branches[appt[rx[1]][2] - 1]
            age = age_at(dt.date.fromisoformat(pat[patient][3]), od)
            items.append((choose("Frame"), 1))
            lname = "Kids Polycarbonate Single Vision" if age < 16 else rnd.choice(lens_for[rx[3]])
            items.append((pby_name[lname], 1))
            for _ in range(rnd.choices([0, 1, 2], [35, 45, 20])[0]):
                items.append((choose("Lens Coating"), 1))
            if rnd.random() < 0.3:
                items.append((choose("Accessory"), 1))
        else:
            od = day(rnd, START, END)
            if r < 0.85:
                patient = rnd.choice(pats)[0]
                b = branches[pat[patient][8] - 1]
                if dt.date.fromisoformat(pat[patient][7]) > od:  # not registered yet
                    continue
            else:
                b = rnd.choice(branches)
            kind = rnd.choices(["Sunglasses", "Contact Lenses", "Accessory"], [40, 35, 25])[0]
            if kind == "Contact Lenses" and patient is None:
                kind = "Sunglasses"
            items.append((choose(kind), rnd.choice([1, 2, 2, 4]) if kind == "Contact Lenses" else 1))
            if kind == "Contact Lenses" and rnd.random() < 0.5:
                items.append((choose("Accessory"), 1))
            if kind == "Sunglasses" and rnd.random() < 0.25:
                items.append((choose("Accessory"), 1))
        if od > END or od.weekday() == 6 or not br_ok(b, od):
            continue
        # merge duplicate products
        merged = {}
        for p, q in items:
            merged[p[0]] = (p, merged.get(p[0], (p, 0))[1] + q)
        member = patient is not None and pat[patient][9] == 1
        oid = len(orders) + 1
        total = 0.0
        for pid in sorted(merged):
            p, q = merged[pid]
            up = round(p[5] * (0.85 if member and p[3] in ("Frame", "Sunglasses") else 1.0), 2)
            lines.append((oid, pid, q, up))
            total += q * up
        glasses = rx is not None
        if glasses:
            c = od + dt.timedelta(days=rnd.randint(5, 18))
            if c > END:
                st, cd = ("In Lab" if (END - od).days < 8 else "Ready"), None
            else:
                st = rnd.choices(["Collected", "Cancelled", "Ready"], [93, 4, 3])[0]
                cd = c if st == "Collected" else None
        else:
            st = rnd.choices(["Collected", "Cancelled"], [97, 3])[0]
            cd = od if st == "Collected" else None
        pay = rnd.choices(PAY, [45, 33, 13 if total > 150 else 2, 9])[0]
        orders.append([oid, patient, rx[0] if rx else None, b[0], pick(dispensers[b[0]], od), d(od), st,
                       d(cd) if cd else None, pay, round(total, 2)])
    # renumber by date
    idx = sorted(range(len(orders)), key=lambda k: (orders[k][5], k))
    newid = {orders[k][0]: i for i, k in enumerate(idx, 1)}
    for o in orders:
        o[0] = newid[o[0]]
    orders.sort()
    lines = sorted((newid[l[0]],) + l[1:] for l in lines)
    con.executemany("INSERT INTO t_orders VALUES (?,?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO t_order_lines VALUES (?,?,?,?)", lines)
    con.commit()
    con.execute("VACUUM")
    con.close()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
