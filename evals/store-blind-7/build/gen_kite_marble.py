"""Kite & Marble Toys: a toy & games chain in eight US Midwest states.
Schema style: singular lower-case table names; abbreviated snake_case columns that end in a type hint
(_id, _nm, _cd, _dt, _n, _usd, _flg, _txt). People's names are one column (emp_nm, cust_nm)."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import US_FIRST, US_LAST

SEED = 7302519
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "kite_marble_toys.sqlite")

SCHEMA = """
CREATE TABLE store (
  store_id INTEGER PRIMARY KEY, store_nm TEXT NOT NULL UNIQUE, city_nm TEXT NOT NULL, state_cd TEXT NOT NULL,
  open_dt TEXT NOT NULL, close_dt TEXT, sqft_n INTEGER NOT NULL, status_cd TEXT NOT NULL, party_rm_flg INTEGER NOT NULL);
CREATE TABLE employee (
  emp_id INTEGER PRIMARY KEY, emp_nm TEXT NOT NULL, role_nm TEXT NOT NULL,
  store_id INTEGER REFERENCES store(store_id), mgr_emp_id INTEGER REFERENCES employee(emp_id),
  hire_dt TEXT NOT NULL, term_dt TEXT, pay_rt_usd REAL NOT NULL, ft_flg INTEGER NOT NULL, active_flg INTEGER NOT NULL);
CREATE TABLE category (
  cat_id INTEGER PRIMARY KEY, cat_nm TEXT NOT NULL UNIQUE, parent_cat_id INTEGER REFERENCES category(cat_id));
CREATE TABLE brand (
  brand_id INTEGER PRIMARY KEY, brand_nm TEXT NOT NULL UNIQUE, country_nm TEXT NOT NULL);
CREATE TABLE product (
  prod_id INTEGER PRIMARY KEY, sku_cd TEXT NOT NULL UNIQUE, prod_nm TEXT NOT NULL UNIQUE,
  cat_id INTEGER NOT NULL REFERENCES category(cat_id), brand_id INTEGER NOT NULL REFERENCES brand(brand_id),
  age_min_n INTEGER NOT NULL, list_prc_usd REAL NOT NULL, unit_cost_usd REAL NOT NULL,
  batt_flg INTEGER NOT NULL, disc_flg INTEGER NOT NULL, launch_dt TEXT NOT NULL);
CREATE TABLE customer (
  cust_id INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, email_txt TEXT NOT NULL UNIQUE, city_nm TEXT NOT NULL,
  state_cd TEXT NOT NULL, join_dt TEXT NOT NULL, club_flg INTEGER NOT NULL,
  home_store_id INTEGER NOT NULL REFERENCES store(store_id));
CREATE TABLE sale (
  sale_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES store(store_id),
  cust_id INTEGER REFERENCES customer(cust_id), emp_id INTEGER NOT NULL REFERENCES employee(emp_id),
  sale_dt TEXT NOT NULL, chan_cd TEXT NOT NULL, pay_cd TEXT NOT NULL, status_cd TEXT NOT NULL, tot_usd REAL NOT NULL);
CREATE TABLE sale_ln (
  sale_id INTEGER NOT NULL REFERENCES sale(sale_id), prod_id INTEGER NOT NULL REFERENCES product(prod_id),
  qty_n INTEGER NOT NULL, unit_prc_usd REAL NOT NULL, disc_pct_n INTEGER NOT NULL, PRIMARY KEY (sale_id, prod_id));
CREATE TABLE party (
  party_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES store(store_id),
  cust_id INTEGER NOT NULL REFERENCES customer(cust_id), host_emp_id INTEGER NOT NULL REFERENCES employee(emp_id),
  party_dt TEXT NOT NULL, theme_nm TEXT NOT NULL, guest_n INTEGER NOT NULL, fee_usd REAL NOT NULL, status_cd TEXT NOT NULL);
"""

# (store name, city, state)
LOCS = [
    ("Lincoln Park", "Chicago", "IL"), ("Wicker Park", "Chicago", "IL"), ("Naperville", "Naperville", "IL"),
    ("Evanston", "Evanston", "IL"), ("Woodfield", "Schaumburg", "IL"), ("Oak Park", "Oak Park", "IL"),
    ("Rockford", "Rockford", "IL"), ("Peoria", "Peoria", "IL"), ("Springfield IL", "Springfield", "IL"),
    ("Champaign", "Champaign", "IL"),
    ("Third Ward", "Milwaukee", "WI"), ("Madison West", "Madison", "WI"), ("Green Bay", "Green Bay", "WI"),
    ("Wauwatosa", "Wauwatosa", "WI"), ("Appleton", "Appleton", "WI"), ("Eau Claire", "Eau Claire", "WI"),
    ("Uptown", "Minneapolis", "MN"), ("Grand Avenue", "Saint Paul", "MN"), ("Edina", "Edina", "MN"),
    ("Mall of America", "Bloomington", "MN"), ("Rochester", "Rochester", "MN"), ("Duluth", "Duluth", "MN"),
    ("Maple Grove", "Maple Grove", "MN"),
    ("Ann Arbor", "Ann Arbor", "MI"), ("Grand Rapids", "Grand Rapids", "MI"), ("Royal Oak", "Royal Oak", "MI"),
    ("Lansing", "Lansing", "MI"), ("Kalamazoo", "Kalamazoo", "MI"), ("Traverse City", "Traverse City", "MI"),
    ("Novi", "Novi", "MI"),
    ("Short North", "Columbus", "OH"), ("Hyde Park", "Cincinnati", "OH"), ("Cleveland Heights", "Cleveland Heights", "OH"),
    ("Dayton", "Dayton", "OH"), ("Toledo", "Toledo", "OH"), ("Akron", "Akron", "OH"), ("Dublin", "Dublin", "OH"),
    ("Broad Ripple", "Indianapolis", "IN"), ("Carmel", "Carmel", "IN"), ("Fort Wayne", "Fort Wayne", "IN"),
    ("Bloomington IN", "Bloomington", "IN"), ("South Bend", "South Bend", "IN"),
    ("Des Moines", "Des Moines", "IA"), ("Iowa City", "Iowa City", "IA"), ("Cedar Rapids", "Cedar Rapids", "IA"),
    ("Ames", "Ames", "IA"),
    ("Central West End", "St. Louis", "MO"), ("Country Club Plaza", "Kansas City", "MO"), ("Columbia", "Columbia", "MO"),
    ("Springfield MO", "Springfield", "MO"), ("Chesterfield", "Chesterfield", "MO"), ("Lee's Summit", "Lee's Summit", "MO"),
]
DISTRICT = {"IL": 0, "WI": 1, "MN": 1, "IA": 1, "MI": 2, "OH": 2, "IN": 3, "MO": 3}

DEPTS = {
    "Building & Construction": ["Building Sets", "Marble Runs", "Magnetic Tiles", "Wooden Blocks", "Model Kits"],
    "Games & Puzzles": ["Board Games", "Card Games", "Jigsaw Puzzles", "Brain Teasers", "Party Games", "Strategy Games"],
    "Dolls & Figures": ["Dolls", "Action Figures", "Dollhouses", "Plush", "Playsets", "Puppets"],
    "Arts & Crafts": ["Drawing & Painting", "Craft Kits", "Modeling Clay", "Jewelry Making", "Sticker Books"],
    "Outdoor Play": ["Kites", "Water Toys", "Ride-Ons", "Sports Toys", "Sand Toys"],
    "STEM & Science": ["Science Kits", "Robotics", "Telescopes", "Coding Toys", "Microscopes"],
    "Baby & Toddler": ["Stacking Toys", "Bath Toys", "Push & Pull", "Rattles & Teethers", "Activity Gyms"],
    "Vehicles": ["RC Cars", "Train Sets", "Die-Cast Cars", "Drones", "Construction Trucks"],
}
PRICE = {"Building Sets": (15, 250), "Marble Runs": (25, 140), "Magnetic Tiles": (30, 160), "Wooden Blocks": (18, 90),
         "Model Kits": (15, 80), "Board Games": (18, 70), "Card Games": (8, 25), "Jigsaw Puzzles": (12, 45),
         "Brain Teasers": (8, 35), "Party Games": (15, 40), "Strategy Games": (35, 120), "Dolls": (15, 90),
         "Action Figures": (10, 45), "Dollhouses": (80, 260), "Plush": (10, 60), "Playsets": (25, 110),
         "Drawing & Painting": (8, 45), "Craft Kits": (12, 50), "Modeling Clay": (6, 30), "Jewelry Making": (12, 40),
         "Sticker Books": (6, 18), "Kites": (15, 75), "Water Toys": (8, 60), "Ride-Ons": (60, 320),
         "Sports Toys": (12, 70), "Sand Toys": (6, 35), "Science Kits": (20, 85), "Robotics": (60, 260),
         "Telescopes": (70, 280), "Coding Toys": (40, 180), "Microscopes": (35, 150), "Stacking Toys": (10, 35),
         "Bath Toys": (6, 25), "Push & Pull": (15, 60), "Rattles & Teethers": (6, 20), "Activity Gyms": (45, 140),
         "RC Cars": (30, 180), "Train Sets": (40, 260), "Die-Cast Cars": (5, 40), "Drones": (50, 220), "Puppets": (12, 45), "Construction Trucks": (15, 70)}
AGE = {"Stacking Toys": 1, "Bath Toys": 0, "Push & Pull": 1, "Rattles & Teethers": 0, "Activity Gyms": 0,
       "Wooden Blocks": 2, "Plush": 0, "Sticker Books": 4, "Modeling Clay": 3, "Sand Toys": 2, "Water Toys": 3,
       "Ride-Ons": 3, "Magnetic Tiles": 3, "Dolls": 3, "Dollhouses": 3, "Playsets": 3, "Die-Cast Cars": 3,
       "Train Sets": 3, "Kites": 5, "Card Games": 6, "Board Games": 6, "Party Games": 10, "Strategy Games": 10,
       "Jigsaw Puzzles": 5, "Brain Teasers": 8, "Building Sets": 5, "Marble Runs": 5, "Model Kits": 10,
       "Action Figures": 4, "Drawing & Painting": 4, "Craft Kits": 6, "Jewelry Making": 7, "Sports Toys": 4,
       "Science Kits": 8, "Robotics": 8, "Telescopes": 8, "Coding Toys": 6, "Microscopes": 8, "RC Cars": 6,
       "Drones": 12, "Puppets": 3, "Construction Trucks": 3}
NOUNS = {"Building Sets": ["Building Set", "Brick Bucket", "Builder Kit"], "Marble Runs": ["Marble Run", "Marble Tower"],
         "Magnetic Tiles": ["Magnetic Tile Set", "Magna Tower"], "Wooden Blocks": ["Block Set", "Wooden Castle Blocks"],
         "Model Kits": ["Model Kit", "Glider Kit"], "Board Games": ["Board Game", "Race Game"],
         "Card Games": ["Card Game", "Matching Cards"], "Jigsaw Puzzles": ["500-Piece Puzzle", "1000-Piece Puzzle", "Floor Puzzle"],
         "Brain Teasers": ["Logic Cube", "Brain Teaser"], "Party Games": ["Party Game", "Charades"],
         "Strategy Games": ["Strategy Game", "Conquest"], "Dolls": ["Doll", "Baby Doll"], "Action Figures": ["Action Figure", "Hero Figure"],
         "Dollhouses": ["Dollhouse", "Cottage"], "Plush": ["Plush", "Cuddle Buddy"], "Playsets": ["Playset", "Adventure Set"],
         "Drawing & Painting": ["Paint Set", "Sketch Kit"], "Craft Kits": ["Craft Kit", "Weaving Loom"],
         "Modeling Clay": ["Clay Pack", "Dough Set"], "Jewelry Making": ["Bead Kit", "Bracelet Maker"],
         "Sticker Books": ["Sticker Book", "Sticker Atlas"], "Kites": ["Kite", "Stunt Kite"], "Water Toys": ["Water Blaster", "Pool Float"],
         "Ride-Ons": ["Balance Bike", "Scooter", "Wagon"], "Sports Toys": ["Catch Set", "Mini Hoop"],
         "Sand Toys": ["Sand Bucket Set", "Sand Mill"], "Science Kits": ["Science Kit", "Volcano Lab"],
         "Robotics": ["Robot Kit", "Robot Arm"], "Telescopes": ["Telescope", "Star Scope"], "Coding Toys": ["Code Bot", "Coding Mouse"],
         "Microscopes": ["Microscope", "Pocket Microscope"], "Stacking Toys": ["Stacker", "Nesting Cups"],
         "Bath Toys": ["Bath Squirters", "Bath Boat"], "Push & Pull": ["Pull-Along", "Push Walker"],
         "Rattles & Teethers": ["Rattle", "Teether"], "Activity Gyms": ["Play Gym", "Activity Mat"],
         "RC Cars": ["RC Racer", "RC Truck"], "Train Sets": ["Train Set", "Railway Starter"],
         "Die-Cast Cars": ["Die-Cast 5-Pack", "Die-Cast Hauler"], "Drones": ["Mini Drone", "Camera Drone"],
         "Puppets": ["Hand Puppet", "Finger Puppet Set"], "Construction Trucks": ["Dump Truck", "Excavator"]}
ADJ = ["Rainbow", "Galaxy", "Jungle", "Pirate", "Dino", "Unicorn", "Rocket", "Ocean", "Castle", "Farmyard",
       "Safari", "Arctic", "Volcano", "Robo", "Fairy", "Dragon", "Treehouse", "Harbor", "Prairie", "Lighthouse",
       "Monster", "Sunny", "Starlight", "Turbo", "Meadow", "Cosmic", "Lakeside", "Thunder", "Firefly", "Moonbeam"]
BATT = {"Robotics", "Coding Toys", "RC Cars", "Drones", "Telescopes"}
BRANDS = [("Brickwell", "Denmark"), ("Pinecone Play", "United States"), ("Tinker Owl", "United States"),
          ("Marbleworks", "Germany"), ("Hapsburg Holz", "Germany"), ("Little Lantern", "United States"),
          ("Kobo Kids", "Japan"), ("Maple & Moss", "Canada"), ("Gizmo Garage", "United States"),
          ("Puzzlewright", "United Kingdom"), ("Meeple Mill", "United States"), ("Dicebound", "United States"),
          ("Lumo Labs", "Sweden"), ("Sprocket & Spring", "United States"), ("Polar Cub", "Finland"),
          ("Koala Kites", "Australia"), ("Windrider", "United States"), ("Splashwell", "United States"),
          ("Rolling Acorn", "Canada"), ("Petit Atelier", "France"), ("Colorama", "Italy"), ("Crayonne", "France"),
          ("Clayful", "United States"), ("Bead Bazaar", "India"), ("Stella Scope", "Germany"),
          ("Quark Kids", "United States"), ("Byte Buddies", "South Korea"), ("Nano Nerd", "Taiwan"),
          ("Tumbletot", "United Kingdom"), ("Snuggle Fern", "United States"), ("Bubbly Bath Co.", "China"),
          ("Wheelhouse", "United States"), ("Steam & Whistle", "Germany"), ("Redline Mini", "China"),
          ("Skylark RC", "China"), ("Heartland Heroes", "United States"), ("Dollyhaus", "Germany"),
          ("Velvet Bear", "United Kingdom"), ("Playhaven", "Netherlands"), ("Tiny Town", "United States"),
          ("Sunprint", "United States"), ("Sticker Stack", "United States"), ("Dune & Dig", "Spain"),
          ("Hoopla Sports", "United States"), ("Riverbend Wood", "United States"), ("Kazoo Creations", "Mexico"),
          ("Origami Owl", "Japan"), ("Brainstorm Games", "Poland"), ("Loop & Lark", "Ireland"), ("Zippity", "United States"),
          ("Prairie Pup", "United States"), ("Mosaic Minds", "Portugal")]
THEMES = ["Dinosaur Dig", "Unicorn Dreams", "Space Explorers", "Pirate Adventure", "Superhero Training",
          "Mad Science Lab", "Art Studio", "Brick Builders", "Princess Tea Party", "Robot Workshop"]
ROLES_FLOOR = ["Toy Expert", "Toy Expert", "Cashier", "Cashier", "Stock Associate"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def d(x):
    return x.isoformat()


def day(rnd, lo, hi):
    hi = max(hi, lo + dt.timedelta(days=90))
    return lo + dt.timedelta(days=rnd.randrange((hi - lo).days + 1))


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # stores: 45 OPEN, 3 REMODEL, 4 CLOSED
    closed_idx, remodel_idx = {8, 22, 35, 45}, {3, 29, 40}
    stores = []
    for i, (nm, city, st) in enumerate(LOCS, 1):
        opened = day(rnd, dt.date(2006, 3, 1), dt.date(2022, 6, 30))
        status, closed = "OPEN", None
        if i in closed_idx:
            status = "CLOSED"
            opened = min(opened, dt.date(2018, 5, 1))
            closed = day(rnd, dt.date(2023, 6, 1), dt.date(2025, 6, 30))
        elif i in remodel_idx:
            status = "REMODEL"
        sqft = rnd.randrange(28, 125) * 100
        party = 1 if (sqft >= 6000 and rnd.random() < 0.7) or rnd.random() < 0.12 else 0
        stores.append([i, nm, city, st, d(opened), d(closed) if closed else None, sqft, status, party])
    con.executemany("INSERT INTO store VALUES (?,?,?,?,?,?,?,?,?)", stores)

    # employees
    used = set()

    def person():
        while True:
            nm = f"{rnd.choice(US_FIRST)} {rnd.choice(US_LAST)}"
            if nm not in used:
                used.add(nm)
                return nm

    emps = []

    def add(role, store, mgr, hire, rate, ft=1, active=1, term=None):
        eid = len(emps) + 1
        emps.append((eid, person(), role, store, mgr, d(hire), d(term) if term else None, rate, ft, active))
        return eid

    vp = add("VP of Stores", None, None, dt.date(2012, 9, 4), 88.0)
    dms = [add("District Manager", None, vp, day(rnd, dt.date(2010, 1, 1), dt.date(2019, 12, 31)),
               round(rnd.uniform(52, 64), 2)) for _ in range(4)]
    floor, hosts, sellers = {}, {}, {}
    for s in stores:
        sid, opened = s[0], dt.date.fromisoformat(s[4])
        closed = dt.date.fromisoformat(s[5]) if s[5] else None
        lo = max(opened, dt.date(2012, 1, 1))

        def hire_term(hi):
            if closed:
                hi = min(hi, closed - dt.timedelta(days=120))
            h = day(rnd, lo, hi)
            if closed:
                return h, 0, closed
            if rnd.random() < 0.08:
                return h, 0, day(rnd, max(h + dt.timedelta(days=45), dt.date(2023, 3, 1)), dt.date(2025, 11, 30))
            return h, 1, None

        h, a, t = hire_term(dt.date(2022, 12, 31))
        a, t = (0, closed) if closed else (1, None)
        sm = add("Store Manager", sid, dms[DISTRICT[s[3]]], h, round(rnd.uniform(27, 36), 2), 1, a, t)
        n_am = 2 if s[6] >= 9000 else 1
        ams = []
        for _ in range(n_am):
            h, a, t = hire_term(dt.date(2023, 6, 30))
            ams.append(add("Assistant Manager", sid, sm, h, round(rnd.uniform(19.5, 25), 2), 1, a, t))
        sellers[sid] = [sm] + ams
        hosts[sid] = []
        roles = [rnd.choice(ROLES_FLOOR) for _ in range(rnd.randint(3, 5))]
        if s[8]:
            roles.append("Party Host")
        for role in roles:
            h, a, t = hire_term(dt.date(2025, 3, 31))
            e = add(role, sid, rnd.choice(ams), h, round(rnd.uniform(13, 19.5), 2),
                    1 if rnd.random() < 0.4 else 0, a, t)
            if role in ("Toy Expert", "Cashier"):
                sellers[sid].append(e)
            if role in ("Party Host", "Toy Expert"):
                hosts[sid].append(e)
    con.executemany("INSERT INTO employee VALUES (?,?,?,?,?,?,?,?,?,?)", emps)

    # categories
    cats, subs = [], []
    for dep, lst in DEPTS.items():
        pid = len(cats) + 1
        cats.append((pid, dep, None))
        for sname in lst:
            cats.append((len(cats) + 1, sname, pid))
            subs.append((len(cats), sname))
    con.executemany("INSERT INTO category VALUES (?,?,?)", cats)
    con.executemany("INSERT INTO brand VALUES (?,?,?)", [(i, b, c) for i, (b, c) in enumerate(BRANDS, 1)])

    # products
    prods, names = [], set()
    for cid, sname in subs:
        lo, hi = PRICE[sname]
        sub_brands = rnd.sample(range(1, len(BRANDS) + 1), 3)
        for _ in range(rnd.randint(8, 12)):
            for _t in range(60):
                nm = f"{rnd.choice(ADJ)} {rnd.choice(NOUNS[sname])}"
                if nm not in names:
                    break
            else:
                continue
            names.add(nm)
            pid = len(prods) + 1
            price = round(rnd.uniform(lo, hi)) - 0.01
            cost = round(price * rnd.uniform(0.38, 0.6), 2)
            age = AGE[sname] + rnd.choice([0, 0, 0, 1, 2])
            batt = 1 if sname in BATT or (sname in ("Push & Pull", "Dolls", "Playsets") and rnd.random() < 0.3) else 0
            launch = day(rnd, dt.date(2017, 1, 1), dt.date(2025, 9, 30))
            prods.append((pid, f"KM{cid:02d}-{pid:04d}", nm, cid, rnd.choice(sub_brands), age, price, cost, batt,
                          1 if rnd.random() < 0.08 else 0, d(launch)))
    con.executemany("INSERT INTO product VALUES (?,?,?,?,?,?,?,?,?,?,?)", prods)
    pop = [rnd.lognormvariate(0, 0.9) for _ in prods]

    # customers
    custs, emails = [], set()
    cust_names = set()
    for i in range(1, 921):
        nm = f"{rnd.choice(US_FIRST)} {rnd.choice(US_LAST)}"
        while nm in cust_names:  # customer names are unique, so "by customer" answers don't depend on id vs name
            nm = f"{rnd.choice(US_FIRST)} {rnd.choice(US_LAST)}"
        cust_names.add(nm)
        hs = rnd.choice(stores)
        base = ascii_fold(nm).lower().replace(" ", ".").replace("'", "")
        em, k = f"{base}@example.com", 1
        while em in emails:
            k += 1
            em = f"{base}{k}@example.com"
        emails.add(em)
        join = day(rnd, dt.date(2018, 1, 1), dt.date(2025, 10, 31))
        custs.append((i, nm, em, hs[2], hs[3], d(join), 1 if rnd.random() < 0.45 else 0, hs[0]))
    con.executemany("INSERT INTO customer VALUES (?,?,?,?,?,?,?,?)", custs)
    by_home = {}
    for c in custs:
        by_home.setdefault(c[7], []).append(c)

    span = {e[0]: (dt.date.fromisoformat(e[5]), dt.date.fromisoformat(e[6]) if e[6] else None) for e in emps}

    def on_staff(ids, when):
        ok = [i for i in ids if span[i][0] <= when and (span[i][1] is None or when < span[i][1])]
        return ok or ids

    # sales
    start, end = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
    mweight = {1: 0.7, 2: 0.7, 3: 0.8, 4: 0.8, 5: 0.9, 6: 1.0, 7: 1.0, 8: 1.0, 9: 0.8, 10: 1.0, 11: 1.9, 12: 2.6}
    sweights = [s[6] / 1000 + 2 for s in stores]
    sales, lines = [], []
    while len(sales) < 1450:
        s = rnd.choices(stores, sweights)[0]
        sd = day(rnd, start, end)
        if rnd.random() > mweight[sd.month] / 2.6:
            continue
        if dt.date.fromisoformat(s[4]) > sd or (s[5] and sd >= dt.date.fromisoformat(s[5])):
            continue
        sid = len(sales) + 1
        chan = rnd.choices(["STORE", "ONLINE", "CURBSIDE"], [68, 22, 10])[0]
        r = rnd.random()
        if chan != "STORE" or r < 0.6:
            pool = by_home.get(s[0]) if rnd.random() < 0.8 else None
            cust = rnd.choice(pool or custs)
            if dt.date.fromisoformat(cust[5]) > sd:
                cust = None if chan == "STORE" else rnd.choice([c for c in custs if c[5] <= d(sd)])
            cust = cust[0] if cust else None
        else:
            cust = None
        emp = rnd.choice(on_staff(sellers[s[0]], sd))
        pay = rnd.choices(["CARD", "CASH", "GIFTCARD", "MOBILE"], [58, 14, 10, 18])[0]
        if chan != "STORE" and pay == "CASH":
            pay = "CARD"
        st = rnd.choices(["COMPLETE", "REFUNDED", "VOIDED"], [88, 7, 5])[0]
        n = rnd.choices([1, 2, 3, 4], [38, 34, 18, 10])[0]
        total, chosen = 0.0, set()
        live = [k for k in range(len(prods)) if prods[k][10] <= d(sd)]  # only products already launched
        while len(chosen) < n:
            chosen.add(rnd.choices(live, [pop[k] for k in live])[0])
        for pi in sorted(chosen):
            p = prods[pi]
            q = rnd.choices([1, 2, 3], [74, 19, 7])[0]
            disc = rnd.choices([0, 10, 20, 30], [72, 13, 10, 5])[0]
            if p[9]:
                disc = max(disc, 30)
            up = round(p[6] * (100 - disc) / 100, 2)
            lines.append((sid, p[0], q, up, disc))
            total += q * up
        sales.append((sid, s[0], cust, emp, d(sd), chan, pay, st, round(total, 2)))
    # renumber sales in date order so ids follow time
    order = sorted(range(len(sales)), key=lambda k: (sales[k][4], k))
    newid = {sales[k][0]: i for i, k in enumerate(order, 1)}
    sales = sorted(((newid[x[0]],) + x[1:] for x in sales))
    lines = sorted((newid[x[0]],) + x[1:] for x in lines)
    con.executemany("INSERT INTO sale VALUES (?,?,?,?,?,?,?,?,?)", sales)
    con.executemany("INSERT INTO sale_ln VALUES (?,?,?,?,?)", lines)

    # birthday parties: stores with a party room, 2023-01 .. 2026-03; future ones are BOOKED
    pstores = [s for s in stores if s[8] and hosts[s[0]]]
    parties = []
    while len(parties) < 170:
        s = rnd.choice(pstores)
        pd = day(rnd, dt.date(2023, 1, 7), dt.date(2026, 3, 28))
        if pd.weekday() < 5 and rnd.random() < 0.75:
            continue
        if dt.date.fromisoformat(s[4]) > pd or (s[5] and pd >= dt.date.fromisoformat(s[5])):
            continue
        if s[7] == "REMODEL" and pd >= dt.date(2025, 10, 1):
            continue
        pool = [c for c in by_home.get(s[0], []) if c[5] <= d(pd)] or [c for c in custs if c[5] <= d(pd)]
        cust = rnd.choice(pool)
        guests = rnd.randint(6, 22)
        pkg = rnd.choice([179.0, 229.0, 289.0])
        fee = round(pkg + max(0, guests - 10) * 14.5, 2)
        if pd > end:
            st = "BOOKED"
        else:
            st = "CANCELLED" if rnd.random() < 0.11 else "HELD"
        parties.append([None, s[0], cust[0], rnd.choice(on_staff(hosts[s[0]], min(pd, end))), d(pd), rnd.choice(THEMES), guests, fee, st])
    parties.sort(key=lambda p: (p[4], p[1]))
    for i, p in enumerate(parties, 1):
        p[0] = i
    con.executemany("INSERT INTO party VALUES (?,?,?,?,?,?,?,?,?)", parties)
    con.commit()
    con.execute("VACUUM")
    con.close()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
