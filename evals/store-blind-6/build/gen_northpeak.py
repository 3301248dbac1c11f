"""Northpeak Sports: a Canadian sporting-goods chain.
Schema style: plural snake_case tables, plain snake_case columns with a few abbreviations."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import FIRST, LAST

SEED = 6120443
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "northpeak_sports.sqlite")

SCHEMA = """
CREATE TABLE stores (
  store_id INTEGER PRIMARY KEY, store_name TEXT NOT NULL UNIQUE, city TEXT NOT NULL, prov TEXT NOT NULL,
  region TEXT NOT NULL, status TEXT NOT NULL, opened_dt TEXT NOT NULL, closed_dt TEXT,
  sq_ft INTEGER NOT NULL, has_rental_desk INTEGER NOT NULL);
CREATE TABLE employees (
  emp_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_title TEXT NOT NULL,
  store_id INTEGER REFERENCES stores(store_id), mgr_id INTEGER REFERENCES employees(emp_id),
  hire_dt TEXT NOT NULL, hourly_rate REAL NOT NULL, is_ft INTEGER NOT NULL, is_active INTEGER NOT NULL);
CREATE TABLE categories (
  cat_id INTEGER PRIMARY KEY, cat_name TEXT NOT NULL UNIQUE, parent_cat_id INTEGER REFERENCES categories(cat_id));
CREATE TABLE brands (
  brand_id INTEGER PRIMARY KEY, brand_name TEXT NOT NULL UNIQUE, country TEXT NOT NULL);
CREATE TABLE products (
  prod_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, prod_name TEXT NOT NULL UNIQUE,
  cat_id INTEGER NOT NULL REFERENCES categories(cat_id), brand_id INTEGER NOT NULL REFERENCES brands(brand_id),
  price REAL NOT NULL, cost REAL NOT NULL, is_clearance INTEGER NOT NULL, launch_dt TEXT NOT NULL);
CREATE TABLE customers (
  cust_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL, prov TEXT NOT NULL, joined_dt TEXT NOT NULL, is_member INTEGER NOT NULL,
  home_store_id INTEGER NOT NULL REFERENCES stores(store_id));
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores(store_id),
  cust_id INTEGER REFERENCES customers(cust_id), emp_id INTEGER NOT NULL REFERENCES employees(emp_id),
  order_dt TEXT NOT NULL, channel TEXT NOT NULL, pmt_type TEXT NOT NULL, status TEXT NOT NULL, total_amt REAL NOT NULL);
CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders(order_id), prod_id INTEGER NOT NULL REFERENCES products(prod_id),
  qty INTEGER NOT NULL, unit_price REAL NOT NULL, disc_pct INTEGER NOT NULL, PRIMARY KEY (order_id, prod_id));
CREATE TABLE returns (
  return_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(order_id),
  prod_id INTEGER NOT NULL REFERENCES products(prod_id), return_dt TEXT NOT NULL, qty INTEGER NOT NULL,
  reason TEXT NOT NULL, refund_amt REAL NOT NULL);
"""

REGION = {"BC": "West", "AB": "Prairies", "SK": "Prairies", "MB": "Prairies", "ON": "Ontario",
          "QC": "Quebec", "NS": "Atlantic", "NB": "Atlantic", "NL": "Atlantic", "PE": "Atlantic"}
# (store suffix, city, prov)
LOCS = [
    ("Robson Street", "Vancouver", "BC"), ("Kitsilano", "Vancouver", "BC"), ("Metrotown", "Burnaby", "BC"),
    ("Victoria", "Victoria", "BC"), ("Kelowna", "Kelowna", "BC"), ("Whistler Village", "Whistler", "BC"),
    ("Kamloops", "Kamloops", "BC"), ("Nanaimo", "Nanaimo", "BC"),
    ("Chinook", "Calgary", "AB"), ("Crowfoot", "Calgary", "AB"), ("Whyte Avenue", "Edmonton", "AB"),
    ("South Edmonton Common", "Edmonton", "AB"), ("Canmore", "Canmore", "AB"), ("Red Deer", "Red Deer", "AB"),
    ("Lethbridge", "Lethbridge", "AB"), ("Saskatoon", "Saskatoon", "SK"), ("Regina", "Regina", "SK"),
    ("Winnipeg Polo Park", "Winnipeg", "MB"), ("Winnipeg St. Vital", "Winnipeg", "MB"), ("Brandon", "Brandon", "MB"),
    ("Eaton Centre", "Toronto", "ON"), ("Yorkdale", "Toronto", "ON"), ("Scarborough", "Toronto", "ON"),
    ("Mississauga", "Mississauga", "ON"), ("Ottawa Rideau", "Ottawa", "ON"), ("Kanata", "Ottawa", "ON"),
    ("Hamilton", "Hamilton", "ON"), ("London", "London", "ON"), ("Kitchener", "Kitchener", "ON"),
    ("Barrie", "Barrie", "ON"), ("Sudbury", "Sudbury", "ON"), ("Thunder Bay", "Thunder Bay", "ON"),
    ("Kingston", "Kingston", "ON"), ("Collingwood", "Collingwood", "ON"),
    ("Sainte-Catherine", "Montréal", "QC"), ("Laval", "Laval", "QC"), ("Québec Laurier", "Québec", "QC"),
    ("Gatineau", "Gatineau", "QC"), ("Sherbrooke", "Sherbrooke", "QC"), ("Trois-Rivières", "Trois-Rivières", "QC"),
    ("Mont-Tremblant", "Mont-Tremblant", "QC"),
    ("Halifax", "Halifax", "NS"), ("Dartmouth", "Dartmouth", "NS"), ("Moncton", "Moncton", "NB"),
    ("Fredericton", "Fredericton", "NB"), ("St. John's", "St. John's", "NL"), ("Charlottetown", "Charlottetown", "PE"),
    ("Saint John", "Saint John", "NB"), ("Guelph", "Guelph", "ON"), ("Oakville", "Oakville", "ON"),
]

DEPTS = {
    "Team Sports": ["Hockey", "Soccer", "Baseball", "Basketball", "Lacrosse", "Volleyball"],
    "Winter Sports": ["Alpine Skis", "Snowboards", "Ski Boots", "Cross-Country Ski", "Snowshoes", "Ice Skates"],
    "Camping & Hiking": ["Tents", "Sleeping Bags", "Backpacks", "Camp Kitchen", "Hiking Boots", "Navigation"],
    "Cycling": ["Mountain Bikes", "Road Bikes", "Helmets", "Bike Parts", "Bike Accessories"],
    "Fitness": ["Weights", "Yoga", "Cardio Machines", "Resistance Bands", "Fitness Trackers"],
    "Water Sports": ["Kayaks", "Paddleboards", "Life Jackets", "Swimwear", "Fishing"],
    "Racquet Sports": ["Tennis", "Badminton", "Pickleball", "Squash"],
    "Apparel & Footwear": ["Running Shoes", "Jackets", "Base Layers", "Socks", "Gloves & Hats"],
}
PRICE = {"Hockey": (30, 420), "Soccer": (20, 180), "Baseball": (20, 350), "Basketball": (25, 160),
         "Lacrosse": (30, 220), "Volleyball": (25, 120), "Alpine Skis": (350, 1100), "Snowboards": (300, 900),
         "Ski Boots": (250, 800), "Cross-Country Ski": (150, 600), "Snowshoes": (90, 350), "Ice Skates": (80, 700),
         "Tents": (120, 900), "Sleeping Bags": (60, 450), "Backpacks": (50, 380), "Camp Kitchen": (15, 200),
         "Hiking Boots": (110, 330), "Navigation": (20, 500), "Mountain Bikes": (600, 3800), "Road Bikes": (800, 4200),
         "Helmets": (50, 280), "Bike Parts": (10, 250), "Bike Accessories": (8, 150), "Weights": (20, 450),
         "Yoga": (15, 140), "Cardio Machines": (500, 2900), "Resistance Bands": (10, 60), "Fitness Trackers": (80, 450),
         "Kayaks": (450, 2200), "Paddleboards": (400, 1500), "Life Jackets": (40, 180), "Swimwear": (30, 120),
         "Fishing": (15, 400), "Tennis": (20, 300), "Badminton": (10, 160), "Pickleball": (20, 220), "Squash": (20, 250),
         "Running Shoes": (90, 260), "Jackets": (80, 650), "Base Layers": (35, 140), "Socks": (10, 35),
         "Gloves & Hats": (15, 90)}
NOUNS = {"Hockey": ["Stick", "Skate Guard", "Helmet", "Gloves", "Shin Pads", "Goalie Pads", "Puck Pack"],
         "Soccer": ["Ball", "Cleats", "Shin Guards", "Goalkeeper Gloves", "Training Cones"],
         "Baseball": ["Glove", "Bat", "Batting Helmet", "Ball Bucket", "Catcher's Mitt"],
         "Basketball": ["Ball", "Backboard Net", "Shooting Sleeve", "Court Shoes"],
         "Lacrosse": ["Stick", "Head", "Arm Guards", "Ball Set"], "Volleyball": ["Ball", "Knee Pads", "Net Set"],
         "Alpine Skis": ["All-Mountain Skis", "Carving Skis", "Powder Skis", "Junior Skis"],
         "Snowboards": ["Freestyle Board", "All-Mountain Board", "Splitboard", "Bindings"],
         "Ski Boots": ["Ski Boot", "Junior Ski Boot", "Touring Boot"],
         "Cross-Country Ski": ["Classic Skis", "Skate Skis", "XC Boots", "XC Poles"],
         "Snowshoes": ["Trail Snowshoes", "Mountain Snowshoes", "Kids Snowshoes"],
         "Ice Skates": ["Figure Skates", "Hockey Skates", "Recreational Skates"],
         "Tents": ["2-Person Tent", "4-Person Tent", "Ultralight Tent", "Family Tent"],
         "Sleeping Bags": ["-7C Sleeping Bag", "-18C Sleeping Bag", "Summer Sleeping Bag", "Sleeping Pad"],
         "Backpacks": ["Daypack 25L", "Trekking Pack 55L", "Expedition Pack 70L", "Hydration Pack"],
         "Camp Kitchen": ["Stove", "Cook Set", "Water Filter", "Cooler"],
         "Hiking Boots": ["Hiking Boot", "Trail Shoe", "Mountaineering Boot"],
         "Navigation": ["Compass", "GPS Unit", "Headlamp", "Satellite Messenger"],
         "Mountain Bikes": ["Hardtail", "Full-Suspension", "Fat Bike", "E-MTB"],
         "Road Bikes": ["Endurance Road Bike", "Aero Road Bike", "Gravel Bike"],
         "Helmets": ["Road Helmet", "MTB Helmet", "Commuter Helmet"],
         "Bike Parts": ["Tire", "Tube", "Chain", "Brake Pads", "Pedals", "Saddle"],
         "Bike Accessories": ["Bike Lock", "Lights Set", "Floor Pump", "Bottle Cage", "Bike Computer"],
         "Weights": ["Dumbbell Set", "Kettlebell", "Weight Plate", "Barbell"],
         "Yoga": ["Yoga Mat", "Yoga Block", "Yoga Strap", "Meditation Cushion"],
         "Cardio Machines": ["Treadmill", "Rowing Machine", "Spin Bike", "Elliptical"],
         "Resistance Bands": ["Loop Bands", "Tube Bands", "Pull-Up Band"],
         "Fitness Trackers": ["Fitness Watch", "Heart Rate Strap", "Smart Ring"],
         "Kayaks": ["Touring Kayak", "Recreational Kayak", "Inflatable Kayak"],
         "Paddleboards": ["Inflatable SUP", "Touring SUP", "SUP Paddle"],
         "Life Jackets": ["PFD Adult", "PFD Youth", "Inflatable PFD"],
         "Swimwear": ["Swim Trunks", "Swimsuit", "Goggles", "Wetsuit Top"],
         "Fishing": ["Spinning Rod", "Baitcaster Reel", "Tackle Box", "Fly Rod"],
         "Tennis": ["Racquet", "Ball Can", "Tennis Shoes", "Overgrip"],
         "Badminton": ["Racquet", "Shuttlecocks", "Net Kit"], "Pickleball": ["Paddle", "Ball Pack", "Paddle Set"],
         "Squash": ["Racquet", "Ball Pack", "Eyewear"],
         "Running Shoes": ["Road Running Shoe", "Trail Running Shoe", "Racing Flat"],
         "Jackets": ["Rain Shell", "Down Jacket", "Ski Jacket", "Softshell"],
         "Base Layers": ["Merino Top", "Merino Bottom", "Synthetic Crew"],
         "Socks": ["Hiking Socks", "Ski Socks", "Running Socks"],
         "Gloves & Hats": ["Toque", "Insulated Gloves", "Neck Gaiter", "Sun Cap"]}
BRANDS = [("Borealis", "Canada"), ("Tundra Line", "Canada"), ("Maple Ridge", "Canada"), ("Laurentide", "Canada"),
          ("Fjellgear", "Norway"), ("Alpenwerk", "Germany"), ("Cimaroc", "France"), ("Dolomiti Pro", "Italy"),
          ("Kestrel", "United States"), ("Summit Forge", "United States"), ("Riverstone", "United States"),
          ("Pacific Crest Co.", "United States"), ("Haka Sport", "New Zealand"), ("Kaizen Athletics", "Japan"),
          ("Nordvik", "Sweden"), ("Ironbark", "Australia"), ("Velocita", "Italy"), ("Glacier Bay", "Canada"),
          ("Prairie Wind", "Canada"), ("Tidewater", "Canada"), ("Zephyr Cycles", "Taiwan"), ("Taroko Bikes", "Taiwan"),
          ("Bärenstark", "Germany"), ("Skogsmark", "Sweden"), ("Huron Outfitters", "Canada"), ("Chinook Paddle", "Canada"),
          ("Rallye", "France"), ("Grand Slam", "United Kingdom"), ("Pitchside", "United Kingdom"),
          ("Hattrick", "Canada"), ("Blue Line", "Canada"), ("Crease Master", "Canada"), ("Stride Labs", "United States"),
          ("Corevo", "South Korea"), ("Monsoon", "India"), ("Andes Trail", "Chile"), ("Sherpa Peak", "Nepal"),
          ("Aurora Fit", "Canada"), ("Kinetica", "United States"), ("Trailhead", "Canada"), ("Polarline", "Finland"),
          ("Sawtooth", "United States"), ("Orca Aquatics", "Canada"), ("Wavecrest", "Australia"), ("Lakeshore", "Canada"),
          ("Rinkside", "Canada"), ("Vertex", "Switzerland"), ("Matterhorn", "Switzerland"), ("Torii", "Japan"),
          ("Cascade Forge", "United States"), ("Gaspé Gear", "Canada"), ("Muskoka", "Canada")]
ADJ = ["Pro", "Elite", "Trail", "Classic", "Sport", "Comp", "Team", "Junior", "Ultra", "Tour", "Apex", "Flex",
       "Max", "Lite", "Evo", "Carbon", "X", "Prime", "Vector", "Storm"]
REASONS = ["wrong size", "defective", "changed mind", "damaged in transit", "not as described"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def d(x):
    return x.isoformat()


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # stores
    stores = []
    closed_idx = {12, 31, 40, 47}
    reno_idx = {5, 26, 44}
    for i, (suf, city, prov) in enumerate(LOCS, 1):
        opened = dt.date(2008, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 16))
        status, closed = "open", None
        if i in closed_idx:
            status = "closed"
            opened = min(opened, dt.date(2019, 6, 1))
            closed = dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randrange(0, 600))
        elif i in reno_idx:
            status = "renovating"
        if opened > dt.date(2023, 1, 1) and status == "open":
            opened = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(0, 900))
        sqft = rnd.randrange(80, 420) * 100
        rental = 1 if (prov in ("BC", "AB", "QC") and rnd.random() < 0.6) or rnd.random() < 0.15 else 0
        stores.append((i, f"Northpeak {suf}", city, prov, REGION[prov], status, d(opened),
                       d(closed) if closed else None, sqft, rental))
    con.executemany("INSERT INTO stores VALUES (?,?,?,?,?,?,?,?,?,?)", stores)

    # employees
    used = set()

    def person():
        while True:
            f, l = rnd.choice(FIRST), rnd.choice(LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    emps = []
    eid = [0]

    def add(title, store, mgr, hire, rate, ft=1, active=1):
        eid[0] += 1
        f, l = person()
        emps.append((eid[0], f, l, title, store, mgr, d(hire), rate, ft, active))
        return eid[0]

    def hire_date(lo=2008):
        return dt.date(lo, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * (2025 - lo)))

    vp = add("VP Retail Operations", None, None, dt.date(2011, 4, 18), 92.5)
    reg_mgr = {}
    for reg in ["West", "Prairies", "Ontario", "Quebec", "Atlantic"]:
        reg_mgr[reg] = add("Regional Manager", None, vp, hire_date(2010), round(rnd.uniform(55, 68), 2))
    store_staff = {}
    for s in stores:
        sid, reg, status = s[0], s[4], s[5]
        act = 0 if status == "closed" else 1
        sm = add("Store Manager", sid, reg_mgr[reg], hire_date(2010), round(rnd.uniform(34, 46), 2), 1, act)
        staff = [sm]
        n_asst = 2 if s[8] >= 25000 else 1
        assts = [add("Assistant Manager", sid, sm, hire_date(2014), round(rnd.uniform(25, 31), 2), 1, act)
                 for _ in range(n_asst)]
        staff += assts
        n_assoc = rnd.randint(3, 6)
        for k in range(n_assoc):
            title = rnd.choice(["Sales Associate", "Sales Associate", "Sales Associate", "Bike Technician",
                                "Ski Technician", "Cashier"])
            if title == "Ski Technician" and s[9] == 0:
                title = "Sales Associate"
            a = 1 if act and rnd.random() > 0.08 else 0
            staff.append(add(title, sid, rnd.choice(assts), hire_date(2016), round(rnd.uniform(16.5, 23.5), 2),
                             1 if rnd.random() < 0.45 else 0, a))
        store_staff[sid] = staff
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?,?)", emps)

    # categories
    cats, sub_ids = [], []
    cid = 0
    for dep, subs in DEPTS.items():
        cid += 1
        pid = cid
        cats.append((pid, dep, None))
        for sname in subs:
            cid += 1
            cats.append((cid, sname, pid))
            sub_ids.append((cid, sname))
    con.executemany("INSERT INTO categories VALUES (?,?,?)", cats)

    con.executemany("INSERT INTO brands VALUES (?,?,?)", [(i, b, c) for i, (b, c) in enumerate(BRANDS, 1)])

    # products
    prods = []
    names = set()
    pid = 0
    brand_ids = list(range(1, len(BRANDS) + 1))
    for cidx, sname in sub_ids:
        n = rnd.randint(6, 10)
        lo, hi = PRICE[sname]
        sub_brands = rnd.sample(brand_ids, 4)
        for _ in range(n):
            for _try in range(50):
                b = rnd.choice(sub_brands)
                nm = f"{BRANDS[b-1][0]} {rnd.choice(ADJ)} {rnd.choice(NOUNS[sname])}"
                if nm not in names:
                    break
            else:
                continue
            names.add(nm)
            pid += 1
            price = round(rnd.uniform(lo, hi)) - 0.01
            cost = round(price * rnd.uniform(0.42, 0.66), 2)
            clr = 1 if rnd.random() < 0.1 else 0
            launch = dt.date(2018, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 7))
            prods.append((pid, f"NP-{cidx:02d}{pid:04d}", nm, cidx, b, price, cost, clr, d(launch)))
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?,?,?)", prods)

    # customers
    custs, emails = [], set()
    for i in range(1, 901):
        f, l = rnd.choice(FIRST), rnd.choice(LAST)
        hs = rnd.choice(stores)
        base = ascii_fold(f"{f}.{l}").lower().replace(" ", "").replace("'", "")
        em = f"{base}@example.ca"
        k = 1
        while em in emails:
            k += 1
            em = f"{base}{k}@example.ca"
        emails.add(em)
        joined = dt.date(2019, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 6 + 1))
        custs.append((i, f, l, em, hs[2], hs[3], d(joined), 1 if rnd.random() < 0.42 else 0, hs[0]))
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?)", custs)

    # orders + items
    orders, items = [], []
    start = dt.date(2023, 1, 1)
    span = (dt.date(2025, 12, 31) - start).days + 1
    weights = [3 if s[8] >= 25000 else 2 for s in stores]
    oid = 0
    while oid < 1300:
        s = rnd.choices(stores, weights)[0]
        od = start + dt.timedelta(days=rnd.randrange(span))
        if s[5] == "closed" and od >= dt.date.fromisoformat(s[7]):
            continue
        if dt.date.fromisoformat(s[6]) > od:
            continue
        oid += 1
        cands = [c for c in custs if c[8] == s[0]]
        r = rnd.random()
        cust = None if r < 0.2 else (rnd.choice(cands)[0] if cands and r < 0.8 else rnd.choice(custs)[0])
        emp = rnd.choice(store_staff[s[0]])
        channel = rnd.choices(["in-store", "online", "phone"], [70, 25, 5])[0]
        if channel != "in-store" and cust is None:
            cust = rnd.choice(custs)[0]
        pmt = rnd.choices(["credit", "debit", "gift card", "cash"], [50, 30, 8, 12])[0]
        if channel != "in-store" and pmt == "cash":
            pmt = "credit"
        st = rnd.choices(["completed", "cancelled", "pending"], [90, 7, 3])[0]
        if st == "pending" and od < dt.date(2025, 12, 1):
            st = "completed"
        n = rnd.choices([1, 2, 3, 4], [40, 32, 18, 10])[0]
        total = 0.0
        for p in rnd.sample(prods, n):
            q = rnd.choices([1, 2, 3], [75, 18, 7])[0]
            disc = rnd.choices([0, 10, 15, 25], [70, 14, 10, 6])[0]
            if p[7] == 1:
                disc = max(disc, 25)
            up = round(p[5] * (100 - disc) / 100, 2)
            items.append((oid, p[0], q, up, disc))
            total += q * up
        orders.append((oid, s[0], cust, emp, d(od), channel, pmt, st, round(total, 2)))
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO order_items VALUES (?,?,?,?,?)", items)

    # returns
    odate = {o[0]: o for o in orders}
    rets = []
    cand = [it for it in items if odate[it[0]][7] == "completed"]
    for rid, it in enumerate(rnd.sample(cand, 140), 1):
        o = odate[it[0]]
        rd = dt.date.fromisoformat(o[4]) + dt.timedelta(days=rnd.randint(1, 30))
        q = rnd.randint(1, it[2])
        rets.append((rid, it[0], it[1], d(rd), q, rnd.choices(REASONS, [30, 25, 25, 10, 10])[0], round(q * it[3], 2)))
    rets.sort(key=lambda r: (r[3], r[1], r[2]))
    rets = [(i,) + r[1:] for i, r in enumerate(rets, 1)]
    con.executemany("INSERT INTO returns VALUES (?,?,?,?,?,?,?)", rets)
    con.commit()
    con.execute("VACUUM")
    con.close()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
