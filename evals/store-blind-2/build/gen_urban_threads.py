#!/usr/bin/env python3
"""Generate databases/urban_threads.sqlite: a clothing boutique / online fashion retailer.

Naming style: PascalCase plural tables, camelCase columns. Employees.reportsTo is a self
reference; ProductTags is a many-to-many link between Products and Tags. Country columns
hold ISO 3166 alpha-2 codes. Deterministic: fixed random seed.
"""
import os
import random
import sqlite3
import unicodedata
from datetime import date, timedelta

SEED = 77031
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "databases", "urban_threads.sqlite")

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE Brands (
    brandId      INTEGER PRIMARY KEY,
    brandName    TEXT NOT NULL UNIQUE,
    countryCode  TEXT NOT NULL,
    foundedYear  INTEGER,
    isPremium    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE Products (
    productId    INTEGER PRIMARY KEY,
    productName  TEXT NOT NULL UNIQUE,
    brandId      INTEGER NOT NULL REFERENCES Brands(brandId),
    category     TEXT NOT NULL,
    colour       TEXT NOT NULL,
    size         TEXT NOT NULL,
    listPrice    REAL NOT NULL,
    launchedOn   TEXT NOT NULL,
    isActive     INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE Tags (
    tagId    INTEGER PRIMARY KEY,
    tagName  TEXT NOT NULL UNIQUE
);
CREATE TABLE ProductTags (
    productId INTEGER NOT NULL REFERENCES Products(productId),
    tagId     INTEGER NOT NULL REFERENCES Tags(tagId),
    PRIMARY KEY (productId, tagId)
);
CREATE TABLE Customers (
    customerId   INTEGER PRIMARY KEY,
    firstName    TEXT NOT NULL,
    lastName     TEXT NOT NULL,
    email        TEXT,
    city         TEXT,
    countryCode  TEXT NOT NULL,
    joinedOn     TEXT NOT NULL,
    newsletterOptIn INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE Employees (
    employeeId  INTEGER PRIMARY KEY,
    firstName   TEXT NOT NULL,
    lastName    TEXT NOT NULL,
    jobTitle    TEXT NOT NULL,
    location    TEXT NOT NULL,
    reportsTo   INTEGER REFERENCES Employees(employeeId),
    hiredOn     TEXT NOT NULL
);
CREATE TABLE Orders (
    orderId     INTEGER PRIMARY KEY,
    customerId  INTEGER NOT NULL REFERENCES Customers(customerId),
    employeeId  INTEGER REFERENCES Employees(employeeId),
    orderDate   TEXT NOT NULL,
    channel     TEXT NOT NULL,
    orderStatus TEXT NOT NULL,
    shippingFee REAL NOT NULL DEFAULT 0
);
CREATE TABLE OrderLines (
    orderLineId INTEGER PRIMARY KEY,
    orderId     INTEGER NOT NULL REFERENCES Orders(orderId),
    productId   INTEGER NOT NULL REFERENCES Products(productId),
    quantity    INTEGER NOT NULL,
    unitPrice   REAL NOT NULL
);
CREATE TABLE Returns (
    returnId     INTEGER PRIMARY KEY,
    orderLineId  INTEGER NOT NULL REFERENCES OrderLines(orderLineId),
    returnedOn   TEXT NOT NULL,
    reasonCode   TEXT NOT NULL,
    refundAmount REAL NOT NULL
);
"""

BRANDS = [("Maison Lumière", "FR", 1994, 1), ("Atelier Chloé Vasseur", "FR", 2011, 1), ("Rue de Sèvres", "FR", 2003, 0),
          ("Petit Béguin", "FR", 2016, 0), ("Nordic Thread", "SE", 2009, 0), ("Fjällström", "SE", 1978, 1),
          ("Åkerlund & Co", "SE", 2014, 0), ("Hafen Denim", "DE", 2007, 0), ("Müller & Söhne", "DE", 1952, 1),
          ("Berliner Blau", "DE", 2015, 0), ("Schwarzwald Wolle", "DE", 1989, 0), ("Savile Lane", "GB", 1961, 1),
          ("Camden Rebel", "GB", 2005, 0), ("Harris & Finch", "GB", 1998, 1), ("Brick Lane Basics", "GB", 2018, 0),
          ("Highland Tweed Co", "GB", 1936, 1), ("Thames Tailoring", "GB", 2001, 0), ("Brooklyn Loom", "US", 2012, 0),
          ("Pacific Drift", "US", 2004, 0), ("Golden Gate Goods", "US", 2010, 0), ("Austin Indigo", "US", 2016, 0),
          ("Madison Row", "US", 1985, 1), ("Rust Belt Workwear", "US", 1999, 0), ("Sunset Strand", "US", 2019, 0),
          ("Milano Sartoria", "IT", 1971, 1), ("Filo d'Oro", "IT", 1990, 1), ("Via Roma Knits", "IT", 2008, 0),
          ("Costa Brava Linen", "ES", 2013, 0), ("Sevilla Sol", "ES", 2006, 0), ("Peña Negra", "ES", 2017, 0),
          ("Amsterdam Canal", "NL", 2011, 0), ("Dutch Tulip Studio", "NL", 2020, 0), ("Copenhagen Muse", "DK", 2010, 0),
          ("Oslo Frost", "NO", 2002, 0), ("Tokyo Stitch", "JP", 2014, 0), ("Kyoto Indigo Works", "JP", 1968, 1),
          ("Melbourne Laneway", "AU", 2015, 0), ("Dublin Weave", "IE", 1997, 0), ("Zoë Laurent Paris", "FR", 2021, 1),
          ("Lisboa Azul", "PT", 2012, 0), ("Antwerp Six Studio", "BE", 1988, 1), ("Reykjavík Wool", "IS", 1995, 0),
          ("Montréal Mode", "CA", 2007, 0), ("Vancouver Outdoor", "CA", 2000, 0), ("Seoul Pastel", "KR", 2018, 0),
          ("Cape Cotton", "ZA", 2013, 0), ("Bondi Blue", "AU", 2016, 0), ("Zürich Form", "CH", 2004, 1),
          ("Wiener Werkstatt", "AT", 1983, 0), ("Kraków Kolektyw", "PL", 2019, 0), ("Helsinki Hue", "FI", 2017, 0)]

TAGS = ["organic cotton", "recycled", "vegan", "bestseller", "new arrival", "limited edition", "sustainable",
        "linen", "merino wool", "cashmere", "denim", "leather", "waterproof", "stretch", "oversized", "slim fit",
        "relaxed fit", "petite", "tall", "maternity", "plus size", "handmade", "fair trade", "summer", "winter",
        "spring", "autumn", "workwear", "occasionwear", "festival", "loungewear", "athleisure", "vintage inspired",
        "minimalist", "boho", "streetwear", "made in Europe", "machine washable", "gift idea", "staff pick",
        "capsule collection", "designer collab", "unisex", "breathable", "quick dry", "lightweight", "heritage",
        "monochrome", "printed", "embroidered"]

GENERAL_TAGS = ["bestseller", "bestseller", "new arrival", "new arrival", "limited edition", "sustainable", "gift idea",
                "staff pick", "capsule collection", "made in Europe", "machine washable", "minimalist",
                "vintage inspired", "heritage", "monochrome", "printed", "embroidered", "handmade", "fair trade"]
CATEGORY_TAGS = {  # tags that make sense per category; "designer collab" and "quick dry" are never used
    "Dresses": ["summer", "spring", "occasionwear", "boho", "festival", "petite", "tall", "maternity", "plus size", "relaxed fit"],
    "Tops": ["summer", "oversized", "slim fit", "relaxed fit", "unisex", "breathable", "loungewear", "streetwear", "plus size"],
    "Knitwear": ["winter", "autumn", "oversized", "loungewear", "unisex", "plus size"],
    "Jeans": ["stretch", "slim fit", "relaxed fit", "petite", "tall", "streetwear", "unisex"],
    "Trousers": ["workwear", "stretch", "relaxed fit", "slim fit", "athleisure", "lightweight", "petite", "tall"],
    "Skirts": ["summer", "spring", "occasionwear", "petite", "boho"],
    "Outerwear": ["waterproof", "winter", "autumn", "lightweight", "breathable", "workwear"],
    "Shoes": ["waterproof", "unisex", "streetwear", "athleisure", "breathable"],
    "Accessories": ["unisex", "gift idea", "winter", "summer", "festival"],
}

CATEGORIES = {
    "Dresses": (["Wrap Dress", "Slip Dress", "Shirt Dress", "Midi Dress", "Maxi Dress", "Tea Dress", "Sweater Dress", "Pinafore Dress"],
                ["Linen", "Silk", "Cotton", "Jersey", "Satin", "Floral", "Polka Dot", "Broderie"], (49, 320)),
    "Tops": (["Shirt", "Blouse", "T-Shirt", "Tank Top", "Polo", "Camisole", "Henley"],
             ["Oxford", "Linen", "Organic Cotton", "Striped", "Silk", "Poplin", "Ribbed", "Breton"], (19, 150)),
    "Knitwear": (["Cardigan", "Crew Neck Jumper", "Roll Neck Sweater", "Knit Vest", "Hoodie"],
                 ["Merino", "Cashmere", "Chunky Cable", "Lambswool", "Mohair", "Cotton Waffle"], (45, 390)),
    "Jeans": (["Straight Jeans", "Skinny Jeans", "Wide Leg Jeans", "Bootcut Jeans", "Mom Jeans", "Tapered Jeans"],
              ["Selvedge", "Raw Indigo", "Stonewash", "Black Rinse", "Vintage Wash", "Stretch"], (59, 260)),
    "Trousers": (["Chinos", "Cargo Trousers", "Pleated Trousers", "Joggers", "Culottes", "Tailored Trousers"],
                 ["Twill", "Linen", "Corduroy", "Wool Blend", "Ripstop", "Cotton Drill"], (39, 220)),
    "Skirts": (["Pleated Skirt", "Mini Skirt", "A-Line Skirt", "Pencil Skirt", "Midi Skirt"],
               ["Satin", "Denim", "Tweed", "Leather", "Corduroy", "Tulle"], (35, 210)),
    "Outerwear": (["Trench Coat", "Parka", "Puffer Jacket", "Denim Jacket", "Blazer", "Overcoat", "Rain Mac", "Bomber Jacket"],
                  ["Waxed Cotton", "Recycled Down", "Wool", "Gabardine", "Nylon", "Herringbone", "Suede"], (89, 650)),
    "Shoes": (["Sneakers", "Loafers", "Chelsea Boots", "Ballet Flats", "Sandals", "Derby Shoes", "Mules"],
              ["Leather", "Suede", "Canvas", "Vegan Leather", "Patent", "Woven"], (49, 380)),
    "Accessories": (["Tote Bag", "Scarf", "Beanie", "Belt", "Crossbody Bag", "Bucket Hat", "Cap"],
                    ["Leather", "Canvas", "Cashmere", "Wool", "Silk", "Raffia"], (15, 240)),
}
COLOURS = ["Black", "White", "Navy", "Ecru", "Olive", "Burgundy", "Camel", "Sage", "Rust", "Grey Marl", "Dusty Pink",
           "Cobalt Blue", "Forest Green", "Mustard", "Lilac", "Charcoal", "Indigo"]
SIZES = ["XS", "S", "M", "L", "XL"]
SHOE_SIZES = ["37", "38", "39", "40", "41", "42", "43", "44"]

COUNTRIES = {  # code -> (weight, cities, first names, last names)
    "US": (30, ["New York", "Los Angeles", "Chicago", "Austin", "San Francisco", "Seattle", "Boston", "Miami"],
           ["Emma", "Olivia", "Ava", "Madison", "Ethan", "Jacob", "Tyler", "Brittany", "Jordan", "Kayla", "Marcus", "Sofia", "Isabella", "Zoë"],
           ["Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Anderson", "Taylor", "Nguyen", "Kim", "Peña"]),
    "GB": (22, ["London", "Manchester", "Edinburgh", "Bristol", "Leeds", "Glasgow", "Brighton", "Cardiff"],
           ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Freya", "Alfie", "Imogen", "Rhys", "Siobhan", "Niamh", "Chloé"],
           ["Smith", "Jones", "Evans", "Hughes", "Wright", "Walker", "Patel", "Khan", "MacDonald", "O'Neill", "Fletcher", "Ashworth"]),
    "DE": (14, ["Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Leipzig", "Stuttgart"],
           ["Lukas", "Lena", "Jonas", "Hannah", "Felix", "Jürgen", "Jörg", "Anja", "Katrin", "Maximilian", "Sören"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schröder", "Hoffmann", "Krüger"]),
    "FR": (14, ["Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "Nantes", "Toulouse"],
           ["Chloé", "Zoë", "Léa", "Hélène", "Inès", "Camille", "Théo", "Mathéo", "Élodie", "Julien", "Céline", "Noémie"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Mercier", "Bézier", "Chevalier"]),
    "IT": (6, ["Milan", "Rome", "Florence", "Turin", "Bologna"],
           ["Giulia", "Francesca", "Luca", "Marco", "Niccolò", "Chiara", "Alessandro"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo"]),
    "ES": (6, ["Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"],
           ["José", "Lucía", "María", "Javier", "Álvaro", "Inés", "Sofía"],
           ["García", "Fernández", "López", "Núñez", "Martínez", "Ibáñez", "Sánchez"]),
    "NL": (4, ["Amsterdam", "Rotterdam", "Utrecht"],
           ["Daan", "Sanne", "Lotte", "Bram", "Femke"],
           ["de Vries", "van Dijk", "Jansen", "Bakker", "Visser"]),
    "SE": (4, ["Stockholm", "Gothenburg", "Malmö"],
           ["Björn", "Åsa", "Linnéa", "Erik", "Maja"],
           ["Andersson", "Johansson", "Lindqvist", "Sjöberg", "Ekström"]),
}

LOCATIONS = ["London Flagship", "Paris Marais", "Berlin Mitte", "New York SoHo", "Online HQ"]
REASONS = ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "DAMAGED", "NOT_AS_DESCRIBED", "CHANGED_MIND", "LATE_DELIVERY", "WRONG_ITEM"]


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    cur = con.cursor()

    # ---- Brands ----
    brand_rows = [(i + 1,) + b for i, b in enumerate(BRANDS)]
    cur.executemany("INSERT INTO Brands VALUES (?,?,?,?,?)", brand_rows)
    brand_ids = [b[0] for b in brand_rows]
    brand_premium = {b[0]: b[4] for b in brand_rows}
    # a few brands carry no products at all
    no_product_brands = set(rng.sample(brand_ids, 4))
    stocked_brands = [b for b in brand_ids if b not in no_product_brands]

    # ---- Tags ----
    cur.executemany("INSERT INTO Tags VALUES (?,?)", [(i + 1, t) for i, t in enumerate(TAGS)])

    # ---- Products ----
    prod_rows = []
    names = set()
    cat_list = list(CATEGORIES)
    cat_w = [14, 16, 10, 10, 10, 7, 12, 11, 10]
    while len(prod_rows) < 320:
        cat = rng.choices(cat_list, cat_w)[0]
        items, mats, (lo, hi) = CATEGORIES[cat]
        name = f"{rng.choice(mats)} {rng.choice(items)}"
        if name in names:
            continue
        names.add(name)
        brand = rng.choice(stocked_brands)
        price = rng.uniform(lo, hi) * (1.6 if brand_premium[brand] else 1.0)
        price = round(price) - 0.01 if rng.random() < 0.7 else float(round(price / 5) * 5)
        size = rng.choice(SHOE_SIZES) if cat == "Shoes" else ("One Size" if cat == "Accessories" else rng.choice(SIZES))
        launched = date(2019, 2, 1) + timedelta(days=rng.randint(0, 365 * 5 + 200))
        active = 0 if rng.random() < 0.1 else 1
        prod_rows.append([len(prod_rows) + 1, name, brand, cat, rng.choice(COLOURS), size, price, launched.isoformat(), active])
    # ensure the two most expensive products are separated (no tie at the top)
    prod_rows.sort(key=lambda r: r[0])
    cur.executemany("INSERT INTO Products VALUES (?,?,?,?,?,?,?,?,?)", prod_rows)
    prod_by_id = {r[0]: r for r in prod_rows}

    # ---- ProductTags (many-to-many) ----
    tag_id = {t: i + 1 for i, t in enumerate(TAGS)}
    pt = set()
    untagged = set(rng.sample([r[0] for r in prod_rows], 25))
    for r in prod_rows:
        if r[0] in untagged:
            continue
        pool = CATEGORY_TAGS[r[3]] * 2 + GENERAL_TAGS
        k = rng.choices([1, 2, 3, 4], [25, 35, 25, 15])[0]
        chosen = set()
        while len(chosen) < k:
            chosen.add(rng.choice(pool))
        n = r[1]
        for word, tag in (("Linen", "linen"), ("Merino", "merino wool"), ("Cashmere", "cashmere"), ("Denim", "denim"),
                          ("Organic Cotton", "organic cotton"), ("Vegan Leather", "vegan"), ("Recycled", "recycled"),
                          ("Leather", "leather"), ("Jeans", "denim"), ("Waxed", "waterproof")):
            if word in n and not (tag == "leather" and "Vegan" in n):
                chosen.add(tag)
        for t in chosen:
            pt.add((r[0], tag_id[t]))
    cur.executemany("INSERT INTO ProductTags VALUES (?,?)", sorted(pt))

    # ---- Customers ----
    codes = list(COUNTRIES)
    cust_rows = []
    emails = set()
    for cid in range(1, 721):
        cc = rng.choices(codes, [COUNTRIES[c][0] for c in codes])[0]
        _, cities, fns, lns = COUNTRIES[cc]
        fn, ln = rng.choice(fns), rng.choice(lns)
        base = f"{fn}.{ln}".lower().replace(" ", "").replace("'", "")
        base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
        email = f"{base}@example.{ 'co.uk' if cc == 'GB' else ('com' if cc == 'US' else cc.lower())}"
        n = 2
        while email in emails:
            email = email.replace("@", f"{n}@", 1) if n == 2 else email.replace(f"{n-1}@", f"{n}@", 1)
            n += 1
        emails.add(email)
        joined = date(2020, 1, 1) + timedelta(days=rng.randint(0, 365 * 4 + 360))
        cust_rows.append((cid, fn, ln, email, rng.choice(cities), cc, joined.isoformat(), 1 if rng.random() < 0.55 else 0))
    cur.executemany("INSERT INTO Customers VALUES (?,?,?,?,?,?,?,?)", cust_rows)
    cust_by_id = {r[0]: r for r in cust_rows}

    # ---- Employees (self reference) ----
    emp_rows = []
    all_fn = sorted({f for c in COUNTRIES.values() for f in c[2]})
    all_ln = sorted({l for c in COUNTRIES.values() for l in c[3]})
    used_names = set()

    def new_name():
        while True:
            n = (rng.choice(all_fn), rng.choice(all_ln))
            if n not in used_names:
                used_names.add(n)
                return n

    eid = 1
    fn, ln = new_name()
    emp_rows.append([eid, fn, ln, "Chief Executive Officer", "London Flagship", None, "2012-04-02"])
    ceo = eid
    eid += 1
    directors = []
    for title, loc in (("Retail Director", "London Flagship"), ("E-commerce Director", "Online HQ"),
                       ("Buying Director", "Paris Marais"), ("Operations Director", "Berlin Mitte")):
        fn, ln = new_name()
        emp_rows.append([eid, fn, ln, title, loc, ceo, (date(2012, 6, 1) + timedelta(days=rng.randint(0, 1500))).isoformat()])
        directors.append((eid, title))
        eid += 1
    managers = []
    retail_dir = directors[0][0]
    for loc in LOCATIONS[:4]:
        fn, ln = new_name()
        emp_rows.append([eid, fn, ln, "Store Manager", loc, retail_dir, (date(2014, 1, 1) + timedelta(days=rng.randint(0, 2000))).isoformat()])
        managers.append((eid, loc))
        eid += 1
    for title, d in (("Customer Service Manager", directors[1][0]), ("Fulfilment Manager", directors[3][0]),
                     ("Senior Buyer", directors[2][0]), ("Merchandising Manager", directors[2][0])):
        fn, ln = new_name()
        loc = "Online HQ" if "Buy" not in title and "Merch" not in title else "Paris Marais"
        emp_rows.append([eid, fn, ln, title, loc, d, (date(2015, 1, 1) + timedelta(days=rng.randint(0, 2000))).isoformat()])
        managers.append((eid, loc))
        eid += 1
    while len(emp_rows) < 62:
        fn, ln = new_name()
        mgr, loc = rng.choice(managers)
        if loc == "Online HQ":
            title = rng.choice(["Customer Service Advisor", "Fulfilment Associate", "Fulfilment Associate"])
        elif loc == "Paris Marais" and mgr in [m for m, l in managers[4:]]:
            title = rng.choice(["Assistant Buyer", "Visual Merchandiser"])
        else:
            title = rng.choice(["Sales Associate", "Sales Associate", "Sales Associate", "Personal Stylist"])
        emp_rows.append([eid, fn, ln, title, loc, mgr, (date(2016, 1, 1) + timedelta(days=rng.randint(0, 3200))).isoformat()])
        eid += 1
    cur.executemany("INSERT INTO Employees VALUES (?,?,?,?,?,?,?)", emp_rows)
    store_staff = [r[0] for r in emp_rows if r[3] in ("Sales Associate", "Personal Stylist")]
    staff_w = [rng.uniform(0.3, 3.0) for _ in store_staff]
    emp_hired = {r[0]: r[6] for r in emp_rows}

    # ---- Orders ----
    order_rows = []
    buyers = [r[0] for r in cust_rows if rng.random() < 0.8]
    buyer_w = [rng.paretovariate(2.0) for _ in buyers]
    for oid in range(1, 1401):
        c = rng.choices(buyers, buyer_w)[0]
        joined = date.fromisoformat(cust_by_id[c][6])
        start = max(joined, date(2022, 1, 1))
        span = (date(2024, 12, 31) - start).days
        od = start + timedelta(days=rng.randint(0, max(span, 0)))
        channel = rng.choices(["web", "app", "store"], [50, 25, 25])[0]
        emp = None
        if channel == "store":
            ok = [(e, w) for e, w in zip(store_staff, staff_w) if emp_hired[e] <= od.isoformat()]
            emp = rng.choices([e for e, _ in ok], [w for _, w in ok])[0]
        if od > date(2024, 12, 20):
            status = rng.choice(["Processing", "Shipped"])
        else:
            status = rng.choices(["Delivered", "Shipped", "Cancelled"], [88, 4, 8])[0]
        if channel == "store":
            status = "Cancelled" if status == "Cancelled" else "Delivered"
        fee = 0.0 if channel == "store" else rng.choice([0.0, 0.0, 4.95, 4.95, 7.5, 12.0])
        order_rows.append((od.isoformat(), c, emp, channel, status, fee))
    order_rows.sort(key=lambda r: r[0])
    order_rows = [(i + 1, r[1], r[2], r[0], r[3], r[4], r[5]) for i, r in enumerate(order_rows)]
    cur.executemany("INSERT INTO Orders VALUES (?,?,?,?,?,?,?)", order_rows)

    # ---- OrderLines ----
    sellable = [r[0] for r in prod_rows if r[8] == 1 or rng.random() < 0.6]
    rng.shuffle(sellable)
    sellable = sellable[12:]  # a few products never ordered
    pop = [rng.paretovariate(2.2) for _ in sellable]
    counts = [1] * 1400
    for _ in range(2000 - 1400):
        counts[rng.randrange(1400)] += 1
    line_rows = []
    lid = 1
    for oid, n in zip(range(1, 1401), counts):
        chosen = set()
        for _ in range(n):
            p = rng.choices(sellable, pop)[0]
            while p in chosen:
                p = rng.choices(sellable, pop)[0]
            chosen.add(p)
            lp = prod_by_id[p][6]
            price = lp if rng.random() < 0.8 else round(lp * rng.choice([0.7, 0.8, 0.5]), 2)
            qty = rng.choices([1, 2, 3], [82, 14, 4])[0]
            line_rows.append((lid, oid, p, qty, price))
            lid += 1
    cur.executemany("INSERT INTO OrderLines VALUES (?,?,?,?,?)", line_rows)

    # ---- Returns ----
    order_by_id = {r[0]: r for r in order_rows}
    ret_rows = []
    rid = 1
    for l in line_rows:
        o = order_by_id[l[1]]
        if o[5] != "Delivered":
            continue
        cat = prod_by_id[l[2]][3]
        p = 0.16 if cat in ("Dresses", "Jeans", "Shoes") else 0.07
        if rng.random() < p:
            reason = rng.choices(REASONS, [28, 24, 8, 12, 18, 5, 5])[0]
            rd = date.fromisoformat(o[3]) + timedelta(days=rng.randint(3, 30))
            if rd > date(2025, 1, 31):
                continue
            refund = round(l[4] * l[3], 2) if rng.random() < 0.85 else round(l[4], 2)
            ret_rows.append((rid, l[0], rd.isoformat(), reason, refund))
            rid += 1
    cur.executemany("INSERT INTO Returns VALUES (?,?,?,?,?)", ret_rows)

    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        print(t, con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0])
    con.close()


if __name__ == "__main__":
    main()
