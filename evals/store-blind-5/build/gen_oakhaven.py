"""Oakhaven Home: a UK furniture & home-goods retailer.
Schema style: plural snake_case tables, some abbreviated columns (qty, amt, dt, cust_id, emp_id, mgr_id)."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import UK_FIRST, UK_LAST

SEED = 5150731
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "oakhaven_home.sqlite")

SCHEMA = """
CREATE TABLE stores (
  store_id INTEGER PRIMARY KEY, store_name TEXT NOT NULL UNIQUE, city TEXT NOT NULL, region TEXT NOT NULL,
  opened_dt TEXT NOT NULL, closed_dt TEXT, status TEXT NOT NULL, sqft INTEGER NOT NULL, has_cafe INTEGER NOT NULL);
CREATE TABLE employees (
  emp_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_title TEXT NOT NULL,
  store_id INTEGER REFERENCES stores(store_id), mgr_id INTEGER REFERENCES employees(emp_id),
  hire_dt TEXT NOT NULL, salary REAL NOT NULL, on_commission INTEGER NOT NULL, is_active INTEGER NOT NULL);
CREATE TABLE categories (
  category_id INTEGER PRIMARY KEY, category_name TEXT NOT NULL, parent_id INTEGER REFERENCES categories(category_id));
CREATE TABLE suppliers (
  supplier_id INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL UNIQUE, country TEXT NOT NULL,
  lead_time_days INTEGER NOT NULL, contact_email TEXT NOT NULL);
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, product_name TEXT NOT NULL UNIQUE,
  category_id INTEGER NOT NULL REFERENCES categories(category_id), supplier_id INTEGER NOT NULL REFERENCES suppliers(supplier_id),
  colour TEXT NOT NULL, material TEXT NOT NULL, list_price REAL NOT NULL, unit_cost REAL NOT NULL,
  needs_assembly INTEGER NOT NULL, is_discontinued INTEGER NOT NULL, launch_dt TEXT NOT NULL);
CREATE TABLE customers (
  cust_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
  phone TEXT NOT NULL, city TEXT NOT NULL, signup_dt TEXT NOT NULL, is_trade INTEGER NOT NULL, marketing_opt_in INTEGER NOT NULL);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customers(cust_id),
  store_id INTEGER NOT NULL REFERENCES stores(store_id), emp_id INTEGER REFERENCES employees(emp_id),
  order_dt TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, total_amt REAL NOT NULL);
CREATE TABLE order_lines (
  order_id INTEGER NOT NULL REFERENCES orders(order_id), product_id INTEGER NOT NULL REFERENCES products(product_id),
  qty INTEGER NOT NULL, unit_price REAL NOT NULL, PRIMARY KEY (order_id, product_id));
CREATE TABLE deliveries (
  delivery_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(order_id),
  sched_dt TEXT NOT NULL, delivered_dt TEXT, status TEXT NOT NULL, fee_amt REAL NOT NULL, two_person INTEGER NOT NULL);
CREATE TABLE returns (
  return_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(order_id),
  product_id INTEGER NOT NULL REFERENCES products(product_id), return_dt TEXT NOT NULL, qty INTEGER NOT NULL,
  reason TEXT NOT NULL, refund_amt REAL NOT NULL, restockable INTEGER NOT NULL);
"""

# (store_name suffix, city, region)
STORES = [
    ("Croydon", "London", "London"), ("Wembley", "London", "London"), ("Stratford", "London", "London"), ("Greenwich", "London", "London"),
    ("Brighton", "Brighton", "South East"), ("Reading", "Reading", "South East"), ("Southampton", "Southampton", "South East"),
    ("Oxford", "Oxford", "South East"), ("Milton Keynes", "Milton Keynes", "South East"), ("Guildford", "Guildford", "South East"),
    ("Canterbury", "Canterbury", "South East"),
    ("Cribbs Causeway", "Bristol", "South West"), ("Exeter", "Exeter", "South West"), ("Plymouth", "Plymouth", "South West"),
    ("Bath", "Bath", "South West"), ("Cheltenham", "Cheltenham", "South West"), ("Swindon", "Swindon", "South West"),
    ("Cambridge", "Cambridge", "East of England"), ("Norwich", "Norwich", "East of England"), ("Ipswich", "Ipswich", "East of England"),
    ("Peterborough", "Peterborough", "East of England"),
    ("Birmingham Star City", "Birmingham", "Midlands"), ("Coventry", "Coventry", "Midlands"), ("Nottingham", "Nottingham", "Midlands"),
    ("Leicester", "Leicester", "Midlands"), ("Derby", "Derby", "Midlands"), ("Stoke-on-Trent", "Stoke-on-Trent", "Midlands"),
    ("Wolverhampton", "Wolverhampton", "Midlands"),
    ("Trafford Park", "Manchester", "North West"), ("Ancoats", "Manchester", "North West"), ("Liverpool", "Liverpool", "North West"),
    ("Preston", "Preston", "North West"), ("Chester", "Chester", "North West"), ("Warrington", "Warrington", "North West"),
    ("Leeds", "Leeds", "Yorkshire"), ("Sheffield Meadowhall", "Sheffield", "Yorkshire"), ("York", "York", "Yorkshire"),
    ("Hull", "Hull", "Yorkshire"), ("Bradford", "Bradford", "Yorkshire"),
    ("Gateshead", "Newcastle upon Tyne", "North East"), ("Sunderland", "Sunderland", "North East"), ("Durham", "Durham", "North East"),
    ("Middlesbrough", "Middlesbrough", "North East"),
    ("Fort Kinnaird", "Edinburgh", "Scotland"), ("Braehead", "Glasgow", "Scotland"), ("Glasgow Fort", "Glasgow", "Scotland"),
    ("Aberdeen", "Aberdeen", "Scotland"), ("Dundee", "Dundee", "Scotland"), ("Inverness", "Inverness", "Scotland"),
    ("Cardiff", "Cardiff", "Wales"), ("Swansea", "Swansea", "Wales"), ("Newport", "Newport", "Wales"), ("Wrexham", "Wrexham", "Wales"),
    ("Belfast", "Belfast", "Northern Ireland"), ("Lisburn", "Lisburn", "Northern Ireland"),
]

# parent -> [(subcategory, [product types], (min price, max price), is_big_item)]
CATS = [
    ("Living Room", [
        ("Sofas", ["2-Seater Sofa", "3-Seater Sofa", "Corner Sofa", "Sofa Bed", "Chaise Sofa"], (449, 2199), True),
        ("Armchairs", ["Armchair", "Swivel Chair", "Recliner", "Wingback Chair"], (229, 899), True),
        ("Coffee Tables", ["Coffee Table", "Nest of Tables", "Lift-Top Coffee Table"], (89, 449), True),
        ("TV Units", ["TV Unit", "Media Console", "Corner TV Stand"], (129, 599), True),
        ("Bookcases", ["Bookcase", "Ladder Shelf", "Display Shelving"], (89, 499), True)]),
    ("Dining Room", [
        ("Dining Tables", ["4-Seat Dining Table", "6-Seat Dining Table", "Extending Dining Table", "Round Dining Table"], (299, 1399), True),
        ("Dining Chairs", ["Dining Chairs (Pair)", "Dining Bench", "Bar Stool", "Carver Chair"], (79, 399), True),
        ("Sideboards", ["Sideboard", "Display Cabinet", "Drinks Cabinet"], (299, 1099), True)]),
    ("Bedroom", [
        ("Beds", ["Double Bed Frame", "King Size Bed Frame", "Super King Bed Frame", "Ottoman Bed", "Single Bed Frame"], (249, 1599), True),
        ("Mattresses", ["Pocket Sprung Mattress", "Memory Foam Mattress", "Hybrid Mattress", "Open Coil Mattress"], (199, 1299), True),
        ("Wardrobes", ["2-Door Wardrobe", "3-Door Wardrobe", "Sliding Wardrobe"], (349, 1199), True),
        ("Chests of Drawers", ["Chest of 5 Drawers", "Tallboy", "Wide Chest of Drawers"], (199, 699), True),
        ("Bedside Tables", ["Bedside Table", "Bedside Chest"], (79, 279), True)]),
    ("Home Office", [
        ("Desks", ["Desk", "Writing Desk", "Standing Desk", "Corner Desk"], (129, 749), True),
        ("Office Chairs", ["Office Chair", "Task Chair", "Executive Chair"], (99, 499), True),
        ("Filing & Storage", ["Filing Cabinet", "Pedestal Drawers"], (99, 349), True)]),
    ("Garden & Outdoor", [
        ("Garden Furniture", ["Garden Dining Set", "Bistro Set", "Sun Lounger", "Garden Bench", "Corner Lounge Set"], (99, 1899), True),
        ("Parasols & Fire Pits", ["Parasol", "Fire Pit", "Patio Heater"], (59, 399), False)]),
    ("Lighting", [
        ("Floor Lamps", ["Floor Lamp", "Arc Floor Lamp", "Tripod Floor Lamp"], (49, 299), False),
        ("Table Lamps", ["Table Lamp", "Desk Lamp"], (25, 149), False),
        ("Ceiling Lights", ["Pendant Light", "Flush Ceiling Light", "Chandelier"], (35, 399), False)]),
    ("Soft Furnishings", [
        ("Rugs", ["Rug 160x230", "Rug 200x290", "Hallway Runner"], (49, 499), False),
        ("Cushions", ["Cushion", "Bolster Cushion", "Floor Cushion"], (12, 59), False),
        ("Throws & Blankets", ["Throw", "Knitted Blanket"], (25, 129), False),
        ("Curtains & Blinds", ["Curtains (Pair)", "Roman Blind", "Voile Panel"], (29, 199), False),
        ("Bedding", ["Duvet Cover Set", "Bedspread", "Pillow Pair"], (25, 149), False)]),
    ("Kitchen & Tableware", [
        ("Dinnerware", ["12-Piece Dinner Set", "Pasta Bowls (Set of 4)", "Serving Platter"], (15, 119), False),
        ("Glassware", ["Wine Glasses (Set of 4)", "Tumblers (Set of 6)", "Carafe"], (12, 69), False),
        ("Cookware", ["Casserole Dish", "Saucepan Set", "Frying Pan"], (25, 229), False),
        ("Cutlery", ["16-Piece Cutlery Set", "Steak Knives (Set of 6)"], (25, 149), False)]),
    ("Home Decor", [
        ("Mirrors", ["Round Mirror", "Full Length Mirror", "Overmantel Mirror"], (39, 349), False),
        ("Vases & Bowls", ["Vase", "Decorative Bowl", "Bud Vase Trio"], (12, 89), False),
        ("Wall Art", ["Framed Print", "Canvas Print", "Wall Clock"], (25, 199), False),
        ("Candles & Fragrance", ["Scented Candle", "Reed Diffuser", "Candle Holder Set"], (9, 49), False)]),
    ("Storage & Hallway", [
        ("Baskets & Boxes", ["Storage Basket", "Storage Box Set", "Laundry Basket"], (12, 69), False),
        ("Hallway Furniture", ["Shoe Cabinet", "Coat Stand", "Hallway Bench", "Console Table"], (59, 399), True)]),
]

RANGES = ["Hartley", "Ashby", "Linden", "Marlow", "Kensington", "Brompton", "Whitby", "Alnwick", "Harrogate", "Kelso",
          "Tenby", "Padstow", "Rye", "Ludlow", "Bamburgh", "Skye", "Arran", "Coniston", "Buttermere", "Ellesmere",
          "Hadley", "Wycombe", "Fenwick", "Ravenscar", "Aldeburgh", "Clovelly", "Hebden", "Portree", "Dunmore", "Malvern",
          "Kielder", "Thornbury", "Elgin", "Corfe", "Salcombe", "Wensley", "Ambleside", "Ilkley", "Sedbergh", "Holkham"]
COLOURS = ["Oak", "Walnut", "White", "Charcoal", "Sage Green", "Navy", "Ochre", "Natural", "Black", "Blush Pink", "Grey", "Teal"]
MATERIALS_BIG = ["Solid Oak", "Oak Veneer", "Pine", "Mango Wood", "Walnut Veneer", "Metal", "Rattan"]
MATERIALS_SOFT = ["Velvet", "Linen Blend", "Leather", "Boucle", "Cotton Weave"]
SOFT_SUBS = ("Sofas", "Armchairs", "Office Chairs", "Dining Chairs")
MATERIALS_SMALL = ["Cotton", "Wool", "Ceramic", "Glass", "Stoneware", "Jute", "Metal", "Linen", "Stainless Steel", "Wax"]

SUPPLIER_A = ["Northgate", "Baltic", "Lusitania", "Vistula", "Mekong", "Jaipur", "Danube", "Fjord", "Tuscan", "Java",
              "Pennine", "Cotswold", "Severn", "Carpathian", "Andalus", "Flanders", "Saigon", "Malabar", "Bavarian", "Harbour"]
SUPPLIER_B = ["Furniture Co", "Woodcraft", "Textiles", "Homeware Ltd", "Living", "Interiors", "Upholstery", "Crafts", "Trading", "Lighting"]
SUP_COUNTRY = {"Northgate": "United Kingdom", "Baltic": "Lithuania", "Lusitania": "Portugal", "Vistula": "Poland",
               "Mekong": "Vietnam", "Jaipur": "India", "Danube": "Romania", "Fjord": "Denmark", "Tuscan": "Italy",
               "Java": "Indonesia", "Pennine": "United Kingdom", "Cotswold": "United Kingdom", "Severn": "United Kingdom",
               "Carpathian": "Poland", "Andalus": "Spain", "Flanders": "Belgium", "Saigon": "Vietnam", "Malabar": "India",
               "Bavarian": "Germany", "Harbour": "China"}

RETURN_REASONS = ["damaged in transit", "changed mind", "wrong colour", "faulty", "does not fit the space", "arrived late"]

START, END = dt.date(2023, 1, 1), dt.date(2025, 9, 30)


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")


def d(a, b, r):
    a, b = (dt.date.fromisoformat(x) if isinstance(x, str) else x for x in (a, b))
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def main():
    r = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # stores
    stores = []
    for i, (nm, city, region) in enumerate(STORES, 1):
        opened = d("2006-03-01", "2022-10-31", r) if r.random() < 0.9 else d("2023-02-01", "2024-09-30", r)
        stores.append([i, f"Oakhaven {nm}", city, region, opened, None, "open", r.randrange(18000, 65001, 500),
                       1 if r.random() < 0.42 else 0])
    closable = [s for s in stores if s[4] < dt.date(2021, 1, 1)]
    picks = r.sample(closable, 8)
    for k, s in enumerate(picks):
        if k < 5:
            s[6] = "closed"
            s[5] = d("2023-06-01", "2025-06-30", r)
        else:
            s[6] = "refurbishing"
    con.executemany("INSERT INTO stores VALUES (?,?,?,?,?,?,?,?,?)",
                    [(s[0], s[1], s[2], s[3], s[4].isoformat(), s[5].isoformat() if s[5] else None, s[6], s[7], s[8]) for s in stores])

    # employees
    used_names = set()
    emps = []

    def person():
        while True:
            f, l = r.choice(UK_FIRST), r.choice(UK_LAST)
            if (f, l) not in used_names:
                used_names.add((f, l))
                return f, l

    def add(title, store_id, mgr, lo, hi, comm, hire_lo="2008-01-01"):
        f, l = person()
        eid = len(emps) + 1
        active = 1 if r.random() < 0.93 else 0
        if store_id and stores[store_id - 1][6] == "closed":
            active = 0
        emps.append((eid, f, l, title, store_id, mgr, d(hire_lo, "2025-06-30", r).isoformat(),
                     float(r.randrange(lo, hi + 1, 250)), comm, active))
        return eid

    head = add("Head of Retail", None, None, 118000, 140000, 0, "2008-01-01")
    regions = []
    for s in stores:
        if s[3] not in regions:
            regions.append(s[3])
    reg_mgr = {rg: add("Regional Manager", None, head, 68000, 84000, 0, "2010-01-01") for rg in regions}
    staff_of = {}
    for s in stores:
        sid = s[0]
        sm = add("Store Manager", sid, reg_mgr[s[3]], 42000, 56000, 0)
        staff = [sm]
        ams = [add("Assistant Manager", sid, sm, 31000, 38000, 0) for _ in range(r.choice([1, 1, 2]))]
        staff += ams
        for _ in range(r.randint(3, 6)):
            staff.append(add("Sales Consultant", sid, r.choice(ams), 23000, 28000, 1 if r.random() < 0.85 else 0))
        if r.random() < 0.6:
            staff.append(add("Interior Design Advisor", sid, r.choice(ams), 27000, 33000, 1 if r.random() < 0.5 else 0))
        for _ in range(r.randint(1, 3)):
            add("Warehouse Operative", sid, sm, 22000, 26000, 0)
        staff_of[sid] = staff
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?,?)", emps)

    # categories
    cats, subs = [], []
    for parent, sublist in CATS:
        pid = len(cats) + 1
        cats.append((pid, parent, None))
        for sub in sublist:
            cid = len(cats) + 1
            cats.append((cid, sub[0], pid))
            subs.append((cid, parent) + sub)
    con.executemany("INSERT INTO categories VALUES (?,?,?)", cats)

    # suppliers
    sups, seen = [], set()
    while len(sups) < 60:
        a, b = r.choice(SUPPLIER_A), r.choice(SUPPLIER_B)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        nm = f"{a} {b}"
        sups.append((len(sups) + 1, nm, SUP_COUNTRY[a], r.randint(7, 90) if SUP_COUNTRY[a] != "United Kingdom" else r.randint(3, 21),
                     f"orders@{fold(a)}{fold(b.split()[0])}.example"))
    con.executemany("INSERT INTO suppliers VALUES (?,?,?,?,?)", sups)

    # products
    prods, pnames = [], set()
    for cid, parent, sub, types, (lo, hi), big in subs:
        n = r.randint(9, 14)
        made = 0
        while made < n:
            nm = f"{r.choice(RANGES)} {r.choice(types)}"
            if nm in pnames:
                continue
            pnames.add(nm)
            made += 1
            pid = len(prods) + 1
            price = round(r.uniform(lo, hi)) - 0.01 if hi > 100 else round(r.uniform(lo, hi), 0) - 0.01
            price = max(price, lo - 0.01)
            cost = round(price * r.uniform(0.38, 0.62), 2)
            if sub in SOFT_SUBS:
                mat = r.choice(MATERIALS_SOFT)
            elif sub == "Mattresses":
                mat = r.choice(["Memory Foam", "Pocket Springs", "Latex"])
            elif sub == "Garden Furniture":
                mat = r.choice(["Rattan", "Teak", "Aluminium", "Acacia"])
            else:
                mat = r.choice(MATERIALS_BIG if big else MATERIALS_SMALL)
            prods.append((pid, f"OH-{cid:02d}{pid:04d}", nm, cid, r.randint(1, len(sups)), r.choice(COLOURS), mat,
                          round(price, 2), cost, 1 if big and r.random() < 0.55 else 0, 1 if r.random() < 0.09 else 0,
                          d("2019-01-01", "2024-12-31", r).isoformat(), big))
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [p[:12] for p in prods])
    big_ids = {p[0] for p in prods if p[12]}

    # customers
    cities = [s[2] for s in stores]
    custs = []
    for i in range(1, 1501):
        f, l = r.choice(UK_FIRST), r.choice(UK_LAST)
        custs.append((i, f, l, f"{fold(f)}.{fold(l)}{r.randint(1, 999)}@{r.choice(['mail.example', 'post.example', 'inbox.example'])}",
                      f"07{r.randint(100, 999)} {r.randint(100000, 999999)}", r.choice(cities),
                      d("2019-01-01", "2025-08-31", r).isoformat(), 1 if r.random() < 0.07 else 0, 1 if r.random() < 0.55 else 0))
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?)", custs)
    stores_in_city = {}
    for s in stores:
        stores_in_city.setdefault(s[2], []).append(s)

    # orders + lines
    weights = [1.0 if p[12] else 1.3 for p in prods]
    for p_i, p in enumerate(prods):
        if p[10]:
            weights[p_i] *= 0.4
    orders, lines = [], []
    active_custs = r.sample(custs, 1150)
    oid = 0
    while oid < 2100:
        c = r.choice(active_custs)
        when = d(START, END, r)
        if when.isoformat() < c[6]:
            continue
        chan = r.choices(["in-store", "online", "phone"], weights=[64, 29, 7])[0]
        cands = stores_in_city[c[5]] if r.random() < 0.85 else stores
        live = [s for s in cands if s[4] <= when and (s[5] is None or s[5] > when)]
        if not live:
            continue
        s = r.choice(live)
        oid += 1
        emp = None if chan == "online" else r.choice(staff_of[s[0]][1:] if len(staff_of[s[0]]) > 1 else staff_of[s[0]])
        if when >= dt.date(2025, 8, 25):
            status = r.choices(["pending", "cancelled"], weights=[85, 15])[0]
        else:
            status = r.choices(["completed", "cancelled"], weights=[91, 9])[0]
        n = r.choices([1, 2, 3, 4], weights=[52, 30, 13, 5])[0]
        chosen = []
        while len(chosen) < n:
            p = r.choices(prods, weights=weights)[0]
            if p[0] not in [x[0] for x in chosen]:
                chosen.append(p)
        tot = 0.0
        for p in chosen:
            q = 1 if p[12] and r.random() < 0.9 else r.choice([1, 1, 2, 2, 3, 4, 6])
            price = p[7] if r.random() < 0.8 else round(p[7] * r.choice([0.8, 0.85, 0.9]), 2)
            lines.append((oid, p[0], q, price))
            tot += q * price
        orders.append((oid, c[0], s[0], emp, when.isoformat(), chan, status, round(tot, 2)))
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO order_lines VALUES (?,?,?,?)", lines)

    # deliveries
    lines_of = {}
    for ln in lines:
        lines_of.setdefault(ln[0], []).append(ln)
    dels = []
    for o in orders:
        if o[6] == "cancelled":
            continue
        ol = lines_of[o[0]]
        if not any(ln[1] in big_ids for ln in ol) or r.random() < 0.12:
            continue
        od = dt.date.fromisoformat(o[4])
        sched = od + dt.timedelta(days=r.randint(3, 42))
        fee = 0.0 if o[7] >= 1000 else r.choice([39.0, 49.0, 59.0])
        two = 1 if any(ln[1] in big_ids and prods[ln[1] - 1][7] > 400 for ln in ol) else 0
        if o[6] == "pending" or sched > END:
            dels.append([o[0], sched, None, "scheduled", fee, two])
            continue
        if r.random() < 0.08:
            dels.append([o[0], sched, None, "failed", fee, two])
            sched = sched + dt.timedelta(days=r.randint(2, 10))
            fee = 0.0
        late = 0 if r.random() < 0.82 else r.randint(1, 6)
        dels.append([o[0], sched, sched + dt.timedelta(days=late), "delivered", fee, two])
    dels.sort(key=lambda x: (x[1], x[0]))
    con.executemany("INSERT INTO deliveries VALUES (?,?,?,?,?,?,?)",
                    [(i, x[0], x[1].isoformat(), x[2].isoformat() if x[2] else None, x[3], x[4], x[5]) for i, x in enumerate(dels, 1)])

    # returns
    rets = []
    done = [o for o in orders if o[6] == "completed"]
    for o in r.sample(done, 240):
        ln = r.choice(lines_of[o[0]])
        q = r.randint(1, ln[2])
        rd = dt.date.fromisoformat(o[4]) + dt.timedelta(days=r.randint(5, 45))
        if rd > END:
            rd = END
        reason = r.choices(RETURN_REASONS, weights=[22, 30, 12, 16, 14, 6])[0]
        refund = round(q * ln[3] * (1.0 if reason != "changed mind" or r.random() < 0.6 else 0.9), 2)
        rets.append((o[0], ln[1], rd.isoformat(), q, reason, refund, 0 if reason in ("damaged in transit", "faulty") else 1))
    rets.sort(key=lambda x: (x[2], x[0]))
    con.executemany("INSERT INTO returns VALUES (?,?,?,?,?,?,?,?)", [(i,) + x for i, x in enumerate(rets, 1)])
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
