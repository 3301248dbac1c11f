"""Voltwerk Repair & Retail: an electronics repair-and-retail chain in central Europe.
Schema style: PascalCase singular tables, camelCase columns; names split into firstName/lastName;
countries stored as full names; money as REAL euros."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import FIRST, LAST

SEED = 7730251
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "voltwerk_repair.sqlite")

SCHEMA = """
CREATE TABLE Branch (
  branchId INTEGER PRIMARY KEY, branchName TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
  openedDate TEXT NOT NULL, isFlagship INTEGER NOT NULL, branchStatus TEXT NOT NULL);
CREATE TABLE Technician (
  technicianId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
  branchId INTEGER REFERENCES Branch(branchId), supervisorId INTEGER REFERENCES Technician(technicianId),
  jobRole TEXT NOT NULL, hiredOn TEXT NOT NULL, isCertified INTEGER NOT NULL, employmentStatus TEXT NOT NULL);
CREATE TABLE Customer (
  customerId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, email TEXT NOT NULL,
  city TEXT NOT NULL, country TEXT NOT NULL, signupDate TEXT NOT NULL, isBusinessAccount INTEGER NOT NULL);
CREATE TABLE DeviceModel (
  deviceModelId INTEGER PRIMARY KEY, manufacturer TEXT NOT NULL, modelName TEXT NOT NULL,
  deviceType TEXT NOT NULL, releaseYear INTEGER NOT NULL);
CREATE TABLE RepairTicket (
  ticketId INTEGER PRIMARY KEY, customerId INTEGER NOT NULL REFERENCES Customer(customerId),
  deviceModelId INTEGER NOT NULL REFERENCES DeviceModel(deviceModelId),
  branchId INTEGER NOT NULL REFERENCES Branch(branchId), technicianId INTEGER NOT NULL REFERENCES Technician(technicianId),
  receivedDate TEXT NOT NULL, completedDate TEXT, faultType TEXT NOT NULL, ticketStatus TEXT NOT NULL,
  labourCharge REAL NOT NULL, isWarrantyClaim INTEGER NOT NULL);
CREATE TABLE Part (
  partId INTEGER PRIMARY KEY, partNumber TEXT NOT NULL UNIQUE, partName TEXT NOT NULL, partCategory TEXT NOT NULL,
  supplierName TEXT NOT NULL, unitCost REAL NOT NULL, retailPrice REAL NOT NULL, stockOnHand INTEGER NOT NULL);
CREATE TABLE TicketPart (
  ticketId INTEGER NOT NULL REFERENCES RepairTicket(ticketId), partId INTEGER NOT NULL REFERENCES Part(partId),
  quantity INTEGER NOT NULL, PRIMARY KEY (ticketId, partId));
CREATE TABLE Product (
  productId INTEGER PRIMARY KEY, productName TEXT NOT NULL, brandName TEXT NOT NULL, productCategory TEXT NOT NULL,
  listPrice REAL NOT NULL, isRefurbished INTEGER NOT NULL);
CREATE TABLE Sale (
  saleId INTEGER PRIMARY KEY, branchId INTEGER NOT NULL REFERENCES Branch(branchId),
  customerId INTEGER NOT NULL REFERENCES Customer(customerId), productId INTEGER NOT NULL REFERENCES Product(productId),
  saleDate TEXT NOT NULL, quantity INTEGER NOT NULL, unitPrice REAL NOT NULL, totalAmount REAL NOT NULL,
  paymentMethod TEXT NOT NULL, saleStatus TEXT NOT NULL);
"""

CITIES = {
    "Germany": ["Berlin", "München", "Köln", "Düsseldorf", "Hamburg", "Nürnberg", "Leipzig", "Münster", "Stuttgart", "Frankfurt am Main"],
    "Austria": ["Wien", "Graz", "Linz", "Salzburg"],
    "Switzerland": ["Zürich", "Genève", "Basel", "Bern"],
    "Netherlands": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag"],
    "Belgium": ["Bruxelles", "Antwerpen", "Liège", "Gent"],
    "France": ["Lyon", "Strasbourg", "Besançon", "Lille"],
}
AREAS = ["Hauptbahnhof", "Altstadt", "Nord", "Süd", "Zentrum", "West", "Ost", "Markt"]

MODELS = {
    "Apple": [("iPhone 12", "Smartphone", 2020), ("iPhone 13", "Smartphone", 2021), ("iPhone 14", "Smartphone", 2022),
              ("iPhone 15", "Smartphone", 2023), ("iPhone 15 Pro", "Smartphone", 2023), ("iPhone SE (2022)", "Smartphone", 2022),
              ("MacBook Air M1", "Laptop", 2020), ("MacBook Air M2", "Laptop", 2022), ("MacBook Pro 14", "Laptop", 2021),
              ("iPad Air (5th gen)", "Tablet", 2022), ("iPad (9th gen)", "Tablet", 2021), ("Apple Watch Series 8", "Smartwatch", 2022)],
    "Samsung": [("Galaxy S21", "Smartphone", 2021), ("Galaxy S22", "Smartphone", 2022), ("Galaxy S23", "Smartphone", 2023),
                ("Galaxy A54", "Smartphone", 2023), ("Galaxy A34", "Smartphone", 2023), ("Galaxy Z Flip5", "Smartphone", 2023),
                ("Galaxy Tab S8", "Tablet", 2022), ("Galaxy Tab A8", "Tablet", 2022), ("Galaxy Watch5", "Smartwatch", 2022),
                ("Galaxy Book3", "Laptop", 2023)],
    "Google": [("Pixel 6", "Smartphone", 2021), ("Pixel 7", "Smartphone", 2022), ("Pixel 7a", "Smartphone", 2023),
               ("Pixel 8", "Smartphone", 2023), ("Pixel Watch", "Smartwatch", 2022)],
    "Xiaomi": [("Redmi Note 12", "Smartphone", 2023), ("Xiaomi 13", "Smartphone", 2023), ("Redmi Note 11", "Smartphone", 2022),
               ("Xiaomi Pad 6", "Tablet", 2023)],
    "Lenovo": [("ThinkPad T14", "Laptop", 2021), ("ThinkPad X1 Carbon", "Laptop", 2022), ("IdeaPad 5", "Laptop", 2021),
               ("Yoga 7", "Laptop", 2022), ("Tab P11", "Tablet", 2021)],
    "Dell": [("XPS 13", "Laptop", 2022), ("XPS 15", "Laptop", 2022), ("Latitude 5430", "Laptop", 2022), ("Inspiron 15", "Laptop", 2021)],
    "HP": [("EliteBook 840", "Laptop", 2022), ("Pavilion 15", "Laptop", 2021), ("Envy x360", "Laptop", 2022), ("Spectre x360", "Laptop", 2023)],
    "Sony": [("PlayStation 5", "Games Console", 2020), ("Xperia 1 V", "Smartphone", 2023), ("Xperia 10 IV", "Smartphone", 2022)],
    "Nintendo": [("Switch", "Games Console", 2017), ("Switch OLED", "Games Console", 2021), ("Switch Lite", "Games Console", 2019)],
    "Microsoft": [("Xbox Series X", "Games Console", 2020), ("Xbox Series S", "Games Console", 2020), ("Surface Pro 9", "Tablet", 2022),
                  ("Surface Laptop 5", "Laptop", 2022)],
    "Fairphone": [("Fairphone 4", "Smartphone", 2021), ("Fairphone 5", "Smartphone", 2023)],
    "OnePlus": [("OnePlus 11", "Smartphone", 2023), ("OnePlus Nord 3", "Smartphone", 2023), ("OnePlus 10 Pro", "Smartphone", 2022)],
    "Huawei": [("P30 Pro", "Smartphone", 2019), ("MatePad 11", "Tablet", 2021), ("Watch GT 3", "Smartwatch", 2021)],
    "Asus": [("ZenBook 14", "Laptop", 2022), ("ROG Strix G15", "Laptop", 2022), ("ROG Ally", "Games Console", 2023)],
}
FAULTS = {"Smartphone": ["Cracked screen", "Battery replacement", "Charging port", "Water damage", "Camera fault", "Software issue"],
          "Tablet": ["Cracked screen", "Battery replacement", "Charging port", "Software issue"],
          "Laptop": ["Keyboard replacement", "Battery replacement", "Cracked screen", "Water damage", "Software issue", "Hinge repair"],
          "Smartwatch": ["Cracked screen", "Battery replacement", "Water damage"],
          "Games Console": ["HDMI port", "Overheating", "Controller drift", "Software issue"]}
PART_CAT = {"Cracked screen": "Display", "Battery replacement": "Battery", "Charging port": "Connector", "Water damage": "Logic board",
            "Camera fault": "Camera", "Keyboard replacement": "Keyboard", "Hinge repair": "Chassis", "HDMI port": "Connector",
            "Overheating": "Cooling", "Controller drift": "Controller", "Software issue": None}
SUPPLIERS = ["iFixParts GmbH", "Mobilteile Schäfer", "EuroSpares B.V.", "Pièces Détachées Lefèvre", "Kōsei Components", "Nordic Repair Supply"]
PRODUCTS = [("Charger", "Chargers & Cables", 15, 60), ("USB-C Cable", "Chargers & Cables", 8, 30), ("Power Bank", "Chargers & Cables", 25, 90),
            ("Protective Case", "Cases & Protection", 12, 55), ("Screen Protector", "Cases & Protection", 9, 35),
            ("Wireless Earbuds", "Audio", 40, 280), ("Over-Ear Headphones", "Audio", 60, 420), ("Bluetooth Speaker", "Audio", 30, 250),
            ("Smartphone", "Devices", 150, 1200), ("Laptop", "Devices", 350, 2200), ("Tablet", "Devices", 180, 1100),
            ("Memory Card", "Storage", 10, 80), ("External SSD", "Storage", 60, 260)]


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def d(start, end, r):
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return (a + dt.timedelta(days=r.randint(0, (b - a).days))).isoformat()


def main():
    r = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # branches: 54
    branches, used = [], set()
    for country, n in [("Germany", 20), ("Austria", 8), ("Switzerland", 8), ("Netherlands", 7), ("Belgium", 6), ("France", 5)]:
        for i in range(n):
            city = CITIES[country][i % len(CITIES[country])]
            while True:
                nm = f"Voltwerk {city} {r.choice(AREAS)}"
                if nm not in used:
                    used.add(nm); break
            bid = len(branches) + 1
            branches.append([bid, nm, city, country, d("2012-01-01", "2023-09-30", r), 0, "open"])
    for i in r.sample(range(len(branches)), 9):
        branches[i][1 + 4] = 1  # flagship
    for j, i in enumerate(r.sample(range(len(branches)), 7)):
        branches[i][6] = ["closed", "relocating"][j % 2]
    con.executemany("INSERT INTO Branch VALUES (?,?,?,?,?,?,?)", branches)

    # technicians
    techs = [[1, "Katharina", "Brandstätter", None, None, "Head of Service", "2011-05-02", 1, "active"]]
    regional = {}
    for country in CITIES:
        tid = len(techs) + 1
        techs.append([tid, r.choice(FIRST), r.choice(LAST), None, 1, "Regional Lead", d("2012-01-01", "2018-12-31", r), 1, "active"])
        regional[country] = tid
    for b in branches:
        tid = len(techs) + 1
        lead = tid
        techs.append([tid, r.choice(FIRST), r.choice(LAST), b[0], regional[b[3]], "Workshop Lead", d("2013-01-01", "2022-12-31", r), 1,
                      "active" if b[6] != "closed" else "left"])
        for _ in range(r.randint(3, 5)):
            tid = len(techs) + 1
            role = r.choice(["Senior Technician", "Technician", "Technician", "Apprentice"])
            techs.append([tid, r.choice(FIRST), r.choice(LAST), b[0], lead, role, d("2016-01-01", "2024-09-30", r),
                          0 if role == "Apprentice" else (1 if r.random() < 0.7 else 0),
                          r.choices(["active", "on leave", "left"], weights=[84, 6, 10])[0]])
    con.executemany("INSERT INTO Technician VALUES (?,?,?,?,?,?,?,?,?)", techs)

    # customers: 900
    custs = []
    for i in range(1, 901):
        fn, ln = r.choice(FIRST), r.choice(LAST)
        b = r.choice(branches)
        email = ascii_fold(fn.split()[0] + "." + ln.replace(" ", "").replace("'", "")).lower() + f".{i}@mail.example"
        custs.append((i, fn, ln, email, b[2], b[3], d("2018-01-01", "2024-11-30", r), 1 if r.random() < 0.12 else 0))
    con.executemany("INSERT INTO Customer VALUES (?,?,?,?,?,?,?,?)", custs)

    # device models
    models = []
    for m, lst in MODELS.items():
        for name, typ, yr in lst:
            models.append((len(models) + 1, m, name, typ, yr))
    con.executemany("INSERT INTO DeviceModel VALUES (?,?,?,?,?)", models)

    # parts: per part category x device type groups
    parts = []
    pc_types = {}
    for fault, pc in PART_CAT.items():
        if pc:
            pc_types.setdefault(pc, set())
    for typ, fl in FAULTS.items():
        for f in fl:
            if PART_CAT[f]:
                pc_types[PART_CAT[f]].add(typ)
    for pc in sorted(pc_types):
        for typ in sorted(pc_types[pc]):
            for grade in ["OEM", "Premium", "Economy"]:
                if r.random() < 0.8:
                    cost = round(r.uniform(6, 140) if pc != "Logic board" else r.uniform(90, 320), 2)
                    pid = len(parts) + 1
                    parts.append([pid, f"VW-{pc[:3].upper()}-{pid:04d}", f"{grade} {typ} {pc.lower()} {'module' if pc in ('Display', 'Camera') else 'part'}",
                                  pc, r.choice(SUPPLIERS), cost, round(cost * r.uniform(1.6, 2.4), 2), r.randint(0, 60)])
    # give parts unique names (append spec letter)
    extra = ["", " v2", " (rev. B)", " kit"]
    while len(parts) < 60:
        p = list(r.choice(parts))
        p[0] = len(parts) + 1
        p[1] = f"VW-{p[3][:3].upper()}-{p[0]:04d}"
        p[2] = p[2] + extra[len(parts) % 3 + 1]
        if any(q[2] == p[2] for q in parts):
            continue
        p[5] = round(p[5] * r.uniform(0.8, 1.2), 2); p[6] = round(p[5] * 2, 2)
        parts.append(p)
    con.executemany("INSERT INTO Part VALUES (?,?,?,?,?,?,?,?)", parts)

    # repair tickets: 1500
    active_techs = {}
    for t in techs:
        if t[3] is not None:
            active_techs.setdefault(t[3], []).append(t[0])
    tickets, tparts = [], []
    for i in range(1, 1501):
        c = r.choice(custs)
        same = [b for b in branches if b[3] == c[5]]
        b = r.choice(same)
        m = r.choice(models)
        fault = r.choice(FAULTS[m[3]])
        rec = d("2023-01-01", "2024-12-20", r)
        status = r.choices(["completed", "collected", "in repair", "awaiting parts", "cancelled"], weights=[30, 50, 6, 5, 9])[0]
        if rec >= "2024-12-01" and status in ("completed", "collected"):
            status = "in repair"
        comp = None
        if status in ("completed", "collected"):
            comp = (dt.date.fromisoformat(rec) + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 5, 8, 14]))).isoformat()
        warranty = 1 if (m[4] >= 2023 and r.random() < 0.3) else 0
        labour = 0.0 if warranty or status == "cancelled" else round(r.choice([29, 39, 49, 59, 79, 99]) + r.choice([0, 0, 10, 20]), 2)
        tickets.append((i, c[0], m[0], b[0], r.choice(active_techs[b[0]]), rec, comp, fault, status, float(labour), warranty))
        pc = PART_CAT[fault]
        if pc and status != "cancelled":
            cand = [p for p in parts if p[3] == pc and m[3] in p[2]]
            if cand:
                chosen = r.sample(cand, min(len(cand), r.choice([1, 1, 1, 2])))
                for p in chosen:
                    tparts.append((i, p[0], 1 if r.random() < 0.85 else 2))
            if r.random() < 0.25:  # extra adhesive/screws style part from another category
                p = r.choice(parts)
                if all(tp[1] != p[0] for tp in tparts if tp[0] == i):
                    tparts.append((i, p[0], 1))
    con.executemany("INSERT INTO RepairTicket VALUES (?,?,?,?,?,?,?,?,?,?,?)", tickets)
    con.executemany("INSERT INTO TicketPart VALUES (?,?,?)", tparts)

    # products: 130
    prods, pused = [], set()
    brands = ["Anker", "Belkin", "Sony", "Samsung", "Apple", "JBL", "Bose", "SanDisk", "Samsung", "Nothing", "Jabra", "Lenovo", "Dell", "Fairphone"]
    while len(prods) < 130:
        base, cat, lo, hi = r.choice(PRODUCTS)
        br = r.choice(brands)
        refurb = 1 if (cat == "Devices" and r.random() < 0.5) else 0
        nm = f"{br} {base} {r.choice(['Lite', 'Plus', 'Max', 'Go', 'One', 'Pro', 'Mini', 'Flex'])}" + (" (Refurbished)" if refurb else "")
        if nm in pused:
            continue
        pused.add(nm)
        prods.append((len(prods) + 1, nm, br, cat, round(r.uniform(lo, hi), 2) - (0 if not refurb else 0), refurb))
    prods = [(p[0], p[1], p[2], p[3], round(p[4], 2), p[5]) for p in prods]
    con.executemany("INSERT INTO Product VALUES (?,?,?,?,?,?)", prods)

    # sales: 1800
    sales = []
    open_b = [b for b in branches]
    for i in range(1, 1801):
        c = r.choice(custs)
        b = r.choice([x for x in branches if x[3] == c[5]])
        p = r.choice(prods)
        q = 1 if p[3] in ("Devices", "Audio") else r.choice([1, 1, 2, 3])
        status = r.choices(["paid", "refunded", "voided"], weights=[90, 7, 3])[0]
        sales.append((i, b[0], c[0], p[0], d("2023-01-01", "2024-12-31", r), q, p[4], round(q * p[4], 2),
                      r.choice(["card", "card", "contactless", "cash", "invoice" if c[7] else "card"]), status))
    con.executemany("INSERT INTO Sale VALUES (?,?,?,?,?,?,?,?,?,?)", sales)
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
