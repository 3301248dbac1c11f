#!/usr/bin/env python3
"""Generate databases/greenleaf_grocer.sqlite: a small grocery/deli chain.

Naming style: snake_case, singular table names. Product list prices are INTEGER cents
(product.unit_price_cents); prices actually charged on sale lines are REAL dollars.
Dates are ISO TEXT. Deterministic: fixed random seed.
"""
import os
import random
import sqlite3
import unicodedata
from datetime import date, datetime, timedelta

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "databases", "greenleaf_grocer.sqlite")

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE product_category (
    category_id        INTEGER PRIMARY KEY,
    category_name      TEXT NOT NULL UNIQUE,
    parent_category_id INTEGER REFERENCES product_category(category_id)
);
CREATE TABLE supplier (
    supplier_id   INTEGER PRIMARY KEY,
    supplier_name TEXT NOT NULL,
    contact_name  TEXT,
    phone         TEXT,
    city          TEXT,
    country       TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active','on_hold','terminated'))
);
CREATE TABLE store (
    store_id     INTEGER PRIMARY KEY,
    store_name   TEXT NOT NULL UNIQUE,
    city         TEXT NOT NULL,
    state        TEXT NOT NULL,
    opened_on    TEXT NOT NULL,
    floor_area_sqm INTEGER,
    manager_name TEXT,
    status       TEXT NOT NULL CHECK (status IN ('open','refurbishing','closed'))
);
CREATE TABLE product (
    product_id       INTEGER PRIMARY KEY,
    product_name     TEXT NOT NULL UNIQUE,
    category_id      INTEGER NOT NULL REFERENCES product_category(category_id),
    supplier_id      INTEGER NOT NULL REFERENCES supplier(supplier_id),
    unit_price_cents INTEGER NOT NULL,
    unit             TEXT NOT NULL,
    is_organic       INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL CHECK (status IN ('active','seasonal','discontinued')),
    added_on         TEXT NOT NULL
);
CREATE TABLE customer (
    customer_id    INTEGER PRIMARY KEY,
    first_name     TEXT NOT NULL,
    last_name      TEXT NOT NULL,
    email          TEXT,
    city           TEXT,
    loyalty_member INTEGER NOT NULL DEFAULT 0,
    signup_date    TEXT NOT NULL,
    home_store_id  INTEGER REFERENCES store(store_id)
);
CREATE TABLE sale (
    sale_id        INTEGER PRIMARY KEY,
    store_id       INTEGER NOT NULL REFERENCES store(store_id),
    customer_id    INTEGER REFERENCES customer(customer_id),
    sold_at        TEXT NOT NULL,
    payment_method TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('completed','refunded','voided'))
);
CREATE TABLE sale_line (
    sale_line_id INTEGER PRIMARY KEY,
    sale_id      INTEGER NOT NULL REFERENCES sale(sale_id),
    product_id   INTEGER NOT NULL REFERENCES product(product_id),
    quantity     INTEGER NOT NULL,
    unit_price   REAL NOT NULL
);
CREATE TABLE delivery (
    delivery_id   INTEGER PRIMARY KEY,
    supplier_id   INTEGER NOT NULL REFERENCES supplier(supplier_id),
    store_id      INTEGER NOT NULL REFERENCES store(store_id),
    delivery_date TEXT NOT NULL,
    crate_count   INTEGER NOT NULL,
    invoice_total REAL NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('received','pending','rejected'))
);
"""

# top-level category -> {subcategory: ([items], (min_cents, max_cents), unit)}
CATALOG = {
    "Bakery": {
        "Bread": (["Sourdough Loaf", "Seeded Rye Bread", "Whole Wheat Sandwich Loaf", "Ciabatta", "Baguette", "Brioche Loaf", "Spelt Bread", "Multigrain Batard"], (350, 850), "each"),
        "Pastries": (["Butter Croissant", "Pain au Chocolat", "Almond Croissant", "Cinnamon Roll", "Cardamom Bun", "Blueberry Muffin", "Apple Turnover"], (225, 495), "each"),
        "Cakes & Tarts": (["Lemon Drizzle Cake", "Carrot Cake", "Chocolate Fudge Cake", "Tarte Tatin", "Raspberry Frangipane Tart", "Basque Cheesecake"], (1200, 3200), "each"),
        "Crackers & Crispbreads": (["Rosemary Crackers", "Rye Crispbread", "Oat Cakes", "Water Crackers", "Sea Salt Flatbread Crisps"], (299, 649), "pack"),
        "Bagels & Rolls": (["Plain Bagels", "Everything Bagels", "Sesame Bagels", "Brioche Burger Buns", "Soft Dinner Rolls"], (399, 699), "pack"),
    },
    "Produce": {
        "Fresh Fruit": (["Gala Apples", "Honeycrisp Apples", "Bananas", "Bartlett Pears", "Navel Oranges", "Lemons", "Limes", "Red Grapes", "Strawberries", "Blueberries", "Hass Avocados", "Mangoes"], (149, 699), "kg"),
        "Vegetables": (["Carrots", "Yellow Onions", "Russet Potatoes", "Sweet Potatoes", "Broccoli", "Cauliflower", "Zucchini", "Red Bell Peppers", "Cherry Tomatoes", "Green Beans", "Butternut Squash"], (129, 599), "kg"),
        "Salad & Herbs": (["Baby Spinach", "Arugula", "Romaine Hearts", "Mixed Salad Greens", "Fresh Basil", "Flat Leaf Parsley", "Coriander"], (199, 449), "pack"),
        "Mushrooms": (["Cremini Mushrooms", "Shiitake Mushrooms", "Oyster Mushrooms", "Portobello Mushrooms", "Chanterelle Mushrooms"], (399, 2499), "kg"),
        "Nuts & Dried Fruit": (["Roasted Almonds", "Walnut Halves", "Medjool Dates", "Dried Apricots", "Trail Mix", "Cashews"], (499, 1299), "pack"),
    },
    "Dairy & Eggs": {
        "Milk & Cream": (["Whole Milk", "Semi Skimmed Milk", "Oat Milk", "Heavy Cream", "Crème Fraîche", "Buttermilk"], (199, 549), "each"),
        "Cheese": (["Aged Cheddar", "Brie de Meaux", "Gruyère", "Manchego", "Parmigiano Reggiano", "Smoked Gouda", "Stilton", "Fresh Mozzarella", "Goat Cheese Log", "Comté"], (499, 2899), "each"),
        "Yogurt": (["Greek Yogurt", "Vanilla Yogurt", "Skyr", "Coconut Yogurt", "Kefir"], (249, 699), "each"),
        "Butter & Spreads": (["Salted Butter", "Unsalted Butter", "Cultured Butter", "Ghee"], (399, 999), "each"),
        "Eggs": (["Free Range Eggs Dozen", "Pasture Raised Eggs", "Duck Eggs", "Quail Eggs"], (449, 999), "pack"),
    },
    "Deli": {
        "Cured Meats": (["Prosciutto di Parma", "Jamón Serrano", "Genoa Salami", "Chorizo", "Bresaola", "Smoked Ham"], (699, 2499), "pack"),
        "Dips & Spreads": (["Classic Hummus", "Jalapeño Hummus", "Baba Ganoush", "Tzatziki", "Guacamole", "Pâté de Campagne"], (349, 899), "each"),
        "Olives & Antipasti": (["Kalamata Olives", "Castelvetrano Olives", "Marinated Artichokes", "Roasted Red Peppers", "Stuffed Vine Leaves"], (499, 1099), "each"),
        "Prepared Salads": (["Quinoa Salad", "Greek Salad", "Caesar Salad Bowl", "Potato Salad", "Coleslaw", "Tabbouleh"], (399, 999), "each"),
        "Sandwiches": (["Turkey Club Sandwich", "Caprese Panini", "Reuben Sandwich", "Falafel Wrap", "Egg Salad Sandwich", "Banh Mi"], (699, 1199), "each"),
    },
    "Meat & Seafood": {
        "Beef": (["Ribeye Steak", "Ground Beef", "Beef Brisket", "Sirloin Steak", "Short Ribs"], (899, 3999), "kg"),
        "Poultry": (["Whole Chicken", "Chicken Thighs", "Chicken Breast", "Turkey Mince", "Duck Breast"], (699, 2499), "kg"),
        "Pork": (["Pork Chops", "Pork Belly", "Italian Sausages", "Bacon Rashers", "Pork Tenderloin"], (699, 1999), "kg"),
        "Fish": (["Atlantic Salmon Fillet", "Smoked Salmon", "Cod Fillet", "Tuna Steak", "Rainbow Trout", "Sea Bass"], (1299, 4499), "kg"),
        "Shellfish": (["Tiger Prawns", "Mussels", "Scallops", "Dungeness Crab"], (1499, 5999), "kg"),
    },
    "Pantry": {
        "Pasta & Rice": (["Spaghetti", "Rigatoni", "Fusilli", "Arborio Rice", "Basmati Rice", "Jasmine Rice", "Orzo"], (199, 699), "pack"),
        "Oils & Vinegars": (["Extra Virgin Olive Oil", "Avocado Oil", "Balsamic Vinegar of Modena", "Apple Cider Vinegar", "Toasted Sesame Oil"], (499, 2499), "each"),
        "Sauces & Condiments": (["Marinara Sauce", "Basil Pesto", "Dijon Mustard", "Sriracha", "Tahini", "Maple Syrup", "Wildflower Honey"], (349, 1499), "each"),
        "Canned Goods": (["Chickpeas", "Black Beans", "San Marzano Tomatoes", "Coconut Milk", "Sardines in Olive Oil", "Tuna in Olive Oil"], (129, 549), "each"),
        "Baking Supplies": (["All Purpose Flour", "Bread Flour", "Cane Sugar", "Dark Chocolate Chips", "Vanilla Extract", "Baking Soda"], (149, 1299), "each"),
        "Spices": (["Smoked Paprika", "Ground Cumin", "Cinnamon Sticks", "Za'atar", "Herbes de Provence", "Black Peppercorns"], (299, 899), "each"),
    },
    "Beverages": {
        "Coffee": (["House Espresso Beans", "Colombian Medium Roast", "Ethiopian Yirgacheffe", "Decaf Swiss Water", "Café au Lait Blend", "Cold Brew Concentrate"], (899, 2199), "pack"),
        "Tea": (["English Breakfast Tea", "Earl Grey Tea", "Sencha Green Tea", "Chamomile Tea", "Masala Chai"], (399, 1199), "pack"),
        "Juices & Smoothies": (["Fresh Orange Juice", "Green Detox Juice", "Açaí Berry Smoothie", "Carrot Ginger Juice", "Pressed Apple Juice"], (399, 899), "each"),
        "Soft Drinks & Water": (["Sparkling Mineral Water", "Still Spring Water", "Ginger Beer", "Lemonade", "Cola"], (129, 399), "each"),
        "Kombucha": (["Original Kombucha", "Ginger Lemon Kombucha", "Raspberry Kombucha", "Hibiscus Kombucha"], (349, 549), "each"),
    },
    "Frozen": {
        "Ice Cream & Sorbet": (["Vanilla Bean Ice Cream", "Salted Caramel Gelato", "Mango Sorbet", "Pistachio Gelato", "Chocolate Ice Cream"], (499, 1099), "each"),
        "Frozen Vegetables": (["Frozen Peas", "Frozen Edamame", "Frozen Spinach", "Frozen Corn"], (199, 449), "pack"),
        "Frozen Meals": (["Chicken Tikka Masala", "Vegetable Lasagna", "Beef Bourguignon", "Mushroom Risotto", "Pad Thai"], (599, 1199), "each"),
        "Frozen Pizza": (["Margherita Pizza", "Pepperoni Pizza", "Four Cheese Pizza", "Wild Mushroom Pizza"], (699, 1299), "each"),
    },
    "Household": {
        "Cleaning": (["Dish Soap", "Laundry Detergent", "All Purpose Cleaner", "Dishwasher Tablets", "Glass Cleaner"], (349, 1599), "each"),
        "Paper & Wraps": (["Paper Towels", "Toilet Paper", "Beeswax Food Wraps", "Parchment Paper", "Compostable Bin Bags"], (299, 1499), "pack"),
        "Candles & Gifts": (["Soy Candle", "Gift Card Holder", "Reusable Tote Bag", "Greeting Card"], (299, 2499), "each"),
    },
    "Seasonal": {
        "Holiday Hampers": ([], (0, 0), "each"),
        "Summer BBQ": ([], (0, 0), "each"),
    },
}

ORGANIC_ELIGIBLE = {"Fresh Fruit", "Vegetables", "Salad & Herbs", "Milk & Cream", "Yogurt", "Eggs", "Pasta & Rice",
                    "Canned Goods", "Coffee", "Tea", "Bread", "Mushrooms", "Nuts & Dried Fruit", "Juices & Smoothies",
                    "Poultry", "Beef", "Baking Supplies"}

CITIES = {  # city -> (state, neighbourhoods)
    "Portland": ("OR", ["Pearl District", "Hawthorne", "Alberta Arts", "Sellwood", "St. Johns", "Division", "Mississippi Avenue", "Laurelhurst"]),
    "Eugene": ("OR", ["Whiteaker", "Friendly Street", "Fifth Street"]),
    "Salem": ("OR", ["Downtown", "West Salem"]),
    "Bend": ("OR", ["Old Mill", "Northwest Crossing"]),
    "Corvallis": ("OR", ["Monroe Avenue"]),
    "Seattle": ("WA", ["Capitol Hill", "Ballard", "Fremont", "Queen Anne", "Columbia City", "Wallingford", "Georgetown", "Green Lake", "West Seattle"]),
    "Tacoma": ("WA", ["Proctor", "Stadium District", "Hilltop"]),
    "Spokane": ("WA", ["South Perry", "Kendall Yards", "Garland"]),
    "Olympia": ("WA", ["Westside", "Eastside"]),
    "Bellingham": ("WA", ["Fairhaven", "Sunnyland"]),
    "Vancouver": ("WA", ["Uptown Village", "Felida"]),
    "Boise": ("ID", ["North End", "Hyde Park", "Bench", "Harris Ranch"]),
    "Sandpoint": ("ID", ["Cedar Street"]),
    "Missoula": ("MT", ["Hip Strip", "Northside"]),
    "Bozeman": ("MT", ["Main Street", "Four Corners"]),
    "Sacramento": ("CA", ["Midtown", "Land Park", "East Sacramento"]),
    "Arcata": ("CA", ["Plaza"]),
}

FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "William", "Elizabeth",
         "Daniel", "Sarah", "Matthew", "Jessica", "Anthony", "Karen", "Mark", "Nancy", "Steven", "Lisa", "Andrew",
         "Emily", "Joshua", "Megan", "Kevin", "Rachel", "Brian", "Laura", "Ryan", "Hannah", "Noah", "Olivia", "Liam",
         "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Isabella", "Owen", "Harper", "Caleb", "Aria", "Wyatt",
         "Maya", "Hiroshi", "Priya", "Arjun", "Mei", "Wei", "Aisha", "Omar", "Fatima", "Carlos", "Lucía", "José",
         "Chloé", "Zoë", "Renée", "André", "Noémie", "Inès", "Søren", "Björn", "Jürgen", "François", "Siobhán",
         "Dmitri", "Ngozi", "Kwame", "Thanh", "Leilani", "Rosa", "Mateo", "Valentina", "Élodie", "Ana"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Nguyen", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Campbell",
        "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Patel", "Kim",
        "Chen", "Tanaka", "Okafor", "Müller", "Schröder", "Núñez", "Peña", "Ibáñez", "Dubois", "Lefèvre", "Brontë",
        "O'Brien", "Van der Berg", "De la Cruz", "MacLeod", "Kowalski", "Johansson", "Sørensen", "Novák", "Haddad",
        "Rossi", "Fontaine", "Okonkwo", "Yamamoto", "Larsen"]

SUPPLIER_A = ["Cascade", "Willamette", "Rogue Valley", "Puget Sound", "Columbia Gorge", "Skagit", "Hood River",
              "Snake River", "Olympic", "Blue Mountain", "Palouse", "Tillamook Bay", "Walla Walla", "Yakima",
              "Klamath", "Umpqua", "Sierra", "Coastal", "Northwind", "Evergreen", "Big Sky", "Golden Valley",
              "Silver Creek", "Cedar Hollow", "Three Rivers", "Lupine", "Salmonberry", "Foxglove", "Marionberry",
              "Stonebridge"]
SUPPLIER_B = ["Farms", "Creamery", "Bakehouse", "Provisions", "Orchards", "Fisheries", "Roasters", "Foods",
              "Growers Co-op", "Produce", "Meats", "Pantry Co.", "Beverage Co.", "Trading Company", "Gardens"]
IMPORT_SUPPLIERS = [("Müller Feinkost GmbH", "Hamburg", "Germany", 49), ("Fromagerie Lefèvre", "Lyon", "France", 33),
                    ("Boulangerie Élise", "Paris", "France", 33), ("Olivares del Sur", "Sevilla", "Spain", 34),
                    ("Caseificio Rossi", "Parma", "Italy", 39), ("Nordisk Smør A/S", "Aarhus", "Denmark", 45),
                    ("Café Andino Exportadores", "Medellín", "Colombia", 57), ("Maple Ridge Sugarworks", "Sherbrooke", "Canada", 1),
                    ("Kōyō Tea Company", "Shizuoka", "Japan", 81), ("Ocean Harvest Ltd", "Galway", "Ireland", 353)]

CLOSE_DATE = date(2024, 3, 31)  # closed stores stopped trading after this date
PAYMENTS = ["card", "card", "card", "card", "contactless", "contactless", "contactless", "cash", "cash", "gift_card", "mobile_wallet"]


def pick_name(rng, names):
    """Common (ASCII) names are more frequent than accented ones."""
    return rng.choices(names, [1.0 if n.isascii() else 0.3 for n in names])[0]


def iso(d):
    return d.isoformat()


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    cur = con.cursor()

    # ---- product_category (self reference) ----
    cat_rows = []
    sub_info = {}  # sub name -> (id, items, price range, unit)
    cid = 1
    top_ids = {}
    for top in CATALOG:
        top_ids[top] = cid
        cat_rows.append((cid, top, None))
        cid += 1
    for top, subs in CATALOG.items():
        for sub, (items, pr, unit) in subs.items():
            cat_rows.append((cid, sub, top_ids[top]))
            sub_info[sub] = (cid, items, pr, unit, top)
            cid += 1
    cur.executemany("INSERT INTO product_category VALUES (?,?,?)", cat_rows)

    # ---- supplier ----
    sup_rows = []
    used = set()
    sid = 1
    cities_us = [("Portland", "USA"), ("Seattle", "USA"), ("Eugene", "USA"), ("Boise", "USA"), ("Yakima", "USA"),
                 ("Hood River", "USA"), ("Spokane", "USA"), ("Salinas", "USA"), ("Astoria", "USA"), ("Tillamook", "USA"),
                 ("Vancouver", "Canada"), ("Victoria", "Canada")]
    while len(sup_rows) < 52:
        name = f"{rng.choice(SUPPLIER_A)} {rng.choice(SUPPLIER_B)}"
        if name in used:
            continue
        used.add(name)
        city, country = rng.choice(cities_us)
        sup_rows.append([sid, name, f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                         f"+1-{rng.randint(200, 999)}-555-{rng.randint(1000, 9999)}", city, country, None])
        sid += 1
    for name, city, country, dial in IMPORT_SUPPLIERS:
        sup_rows.append([sid, name, f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                         f"+{dial}-{rng.randint(100, 999)}-{rng.randint(100000, 999999)}", city, country, None])
        sid += 1
    for r in sup_rows:
        r[6] = rng.choices(["active", "on_hold", "terminated"], [80, 12, 8])[0]
    cur.executemany("INSERT INTO supplier VALUES (?,?,?,?,?,?,?)", sup_rows)
    active_sups = [r[0] for r in sup_rows if r[6] != "terminated"]
    import_by_name = {r[1]: r[0] for r in sup_rows}

    # ---- store ----
    store_rows = []
    stid = 1
    for city, (state, hoods) in CITIES.items():
        for h in hoods:
            opened = date(2004, 1, 1) + timedelta(days=rng.randint(0, 365 * 19))
            store_rows.append([stid, f"Greenleaf {h}" if h not in ("Downtown", "Westside", "Eastside", "Main Street", "Plaza", "Midtown") else f"Greenleaf {city} {h}",
                               city, state, iso(opened), rng.randrange(280, 1900, 10),
                               f"{rng.choice(FIRST)} {rng.choice(LAST)}", "open"])
            stid += 1
    # statuses
    idx = list(range(len(store_rows)))
    rng.shuffle(idx)
    for i in idx[:5]:
        store_rows[i][7] = "closed"
    for i in idx[5:9]:
        store_rows[i][7] = "refurbishing"
    # make floor areas unique so "largest store" has no tie
    seen = set()
    for r in store_rows:
        while r[5] in seen:
            r[5] += 10
        seen.add(r[5])
    cur.executemany("INSERT INTO store VALUES (?,?,?,?,?,?,?,?)", store_rows)
    store_ids = [r[0] for r in store_rows]
    closed_stores = {r[0] for r in store_rows if r[7] == "closed"}
    open_stores = [r[0] for r in store_rows if r[7] == "open"]
    store_weight = {r[0]: (0.4 if r[7] == "closed" else 1.0) * rng.uniform(0.5, 2.5) for r in store_rows}

    # ---- product ----
    prod_rows = []
    pid = 1
    name_used = set()
    for sub, (cat_id, items, (lo, hi), unit, top) in sub_info.items():
        for item in items:
            variants = [item]
            if sub in ORGANIC_ELIGIBLE and rng.random() < 0.45:
                variants.append("Organic " + item)
            for v in variants:
                if v in name_used:
                    continue
                name_used.add(v)
                price = rng.randint(lo, hi)
                price = price - (price % 10) + 9  # ends in 9
                if v.startswith("Organic "):
                    price = int(price * 1.35) // 10 * 10 + 9
                # supplier: imported specialities from import suppliers
                sup = rng.choice(active_sups)
                if any(k in v for k in ("Gruyère", "Comté", "Brie", "Crème")):
                    sup = import_by_name["Fromagerie Lefèvre"]
                elif any(k in v for k in ("Parmigiano", "Prosciutto", "Genoa", "Mozzarella", "Pistachio")):
                    sup = import_by_name["Caseificio Rossi"]
                elif any(k in v for k in ("Jamón", "Manchego", "Chorizo", "Kalamata", "Castelvetrano")):
                    sup = import_by_name["Olivares del Sur"]
                elif "Croissant" in v or "Pain au" in v or "Tarte" in v:
                    sup = import_by_name["Boulangerie Élise"]
                elif any(k in v for k in ("Colombian", "Café", "Espresso")):
                    sup = import_by_name["Café Andino Exportadores"]
                elif "Sencha" in v or "Masala" in v:
                    sup = import_by_name["Kōyō Tea Company"]
                elif "Maple" in v:
                    sup = import_by_name["Maple Ridge Sugarworks"]
                elif "Cultured Butter" in v:
                    sup = import_by_name["Nordisk Smør A/S"]
                status = rng.choices(["active", "seasonal", "discontinued"], [84, 8, 8])[0]
                added = date(2019, 1, 1) + timedelta(days=rng.randint(0, 365 * 5 + 300))
                organic = 1 if v.startswith("Organic ") or (sub in ORGANIC_ELIGIBLE and rng.random() < 0.1) else 0
                prod_rows.append([pid, v, cat_id, sup, price, unit, organic, status, iso(added)])
                pid += 1
    # unique prices for the very top so max price has no tie
    cur.executemany("INSERT INTO product VALUES (?,?,?,?,?,?,?,?,?)", prod_rows)
    prod_by_id = {r[0]: r for r in prod_rows}

    # ---- customer ----
    cust_rows = []
    emails = set()
    city_list = list(CITIES.keys())
    stores_by_city = {}
    for r in store_rows:
        stores_by_city.setdefault(r[2], []).append(r[0])
    for cid_ in range(1, 801):
        fn, ln = pick_name(rng, FIRST), pick_name(rng, LAST)
        base = (fn + "." + ln).lower().replace(" ", "").replace("'", "")
        base = unicodedata.normalize("NFKD", base.replace("ø", "o")).encode("ascii", "ignore").decode()
        email = base + "@" + rng.choice(["gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com"])
        n = 2
        while email in emails:
            email = f"{base}{n}@" + email.split("@")[1]
            n += 1
        emails.add(email)
        city = rng.choices(city_list, [len(CITIES[c][1]) for c in city_list])[0]
        loyal = 1 if rng.random() < 0.42 else 0
        signup = date(2018, 3, 1) + timedelta(days=rng.randint(0, 365 * 6 + 200))
        home = rng.choice(stores_by_city[city]) if rng.random() < 0.93 else None
        cust_rows.append((cid_, fn, ln, email if rng.random() < 0.95 else None, city, loyal, iso(signup), home))
    cur.executemany("INSERT INTO customer VALUES (?,?,?,?,?,?,?,?)", cust_rows)
    cust_by_id = {r[0]: r for r in cust_rows}

    # ---- sale ----
    sale_rows = []
    active_customers = [r[0] for r in cust_rows if rng.random() < 0.7]
    cust_weight = [(3.0 if cust_by_id[c][5] else 1.0) * rng.uniform(0.3, 2.0) for c in active_customers]
    start = datetime(2023, 1, 1, 7, 0)
    sw = [store_weight[s] for s in store_ids]
    for sale_id in range(1, 1001):
        d = start + timedelta(days=rng.randint(0, 730), minutes=rng.randint(0, 14 * 60), seconds=rng.randint(0, 59))
        if d.date() > date(2024, 12, 31):
            d = d.replace(year=2024, month=12, day=31)
        if rng.random() < 0.78:
            cust = rng.choices(active_customers, cust_weight)[0]
            home = cust_by_id[cust][7]
            store = home if home and rng.random() < 0.75 else rng.choices(store_ids, sw)[0]
            if cust_by_id[cust][6] > d.date().isoformat():
                d = datetime.fromisoformat(cust_by_id[cust][6]) + timedelta(hours=rng.randint(8, 2000))
                if d.date() > date(2024, 12, 31):
                    cust = None
        else:
            cust = None
            store = rng.choices(store_ids, sw)[0]
        if store in closed_stores and d.date() > CLOSE_DATE:
            store = rng.choice(open_stores)
        status = rng.choices(["completed", "refunded", "voided"], [91, 5, 4])[0]
        sale_rows.append((sale_id, store, cust, d.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(PAYMENTS), status))
    sale_rows.sort(key=lambda r: r[3])
    sale_rows = [(i + 1,) + r[1:] for i, r in enumerate(sale_rows)]
    cur.executemany("INSERT INTO sale VALUES (?,?,?,?,?,?)", sale_rows)

    # ---- sale_line ----
    sellable = [r[0] for r in prod_rows]
    rng.shuffle(sellable)
    never_sold = set(sellable[:14])
    sellable = [p for p in sellable if p not in never_sold]
    popularity = [rng.paretovariate(1.8) for _ in sellable]
    line_rows = []
    line_counts = [1] * 1000
    for _ in range(1000):
        line_counts[rng.randrange(1000)] += 1
    lid = 1
    for sale_id, n in zip(range(1, 1001), line_counts):
        chosen = set()
        for _ in range(n):
            p = rng.choices(sellable, popularity)[0]
            while p in chosen:
                p = rng.choices(sellable, popularity)[0]
            chosen.add(p)
            prow = prod_by_id[p]
            qty = rng.choices([1, 2, 3, 4, 6], [55, 25, 10, 6, 4])[0]
            price = prow[4] / 100.0
            if rng.random() < 0.12:  # promotion
                price = round(price * 0.8, 2)
            line_rows.append((lid, sale_id, p, qty, round(price, 2)))
            lid += 1
    cur.executemany("INSERT INTO sale_line VALUES (?,?,?,?,?)", line_rows)

    # ---- delivery ----
    del_rows = []
    sup_ids = [r[0] for r in sup_rows]
    prod_sup = set(r[3] for r in prod_rows)
    delivering = [s for s in sup_ids if s in prod_sup]
    rng.shuffle(delivering)
    idle = set(delivering[:4])
    delivering = [s for s in delivering if s not in idle]
    for did in range(1, 561):
        s = rng.choice(delivering)
        st = rng.choices(store_ids, sw)[0]
        dd = date(2023, 1, 2) + timedelta(days=rng.randint(0, 729))
        if st in closed_stores and dd > CLOSE_DATE:
            st = rng.choice(open_stores)
        status = "received"
        if dd >= date(2024, 12, 20):
            status = "pending"
        elif rng.random() < 0.05:
            status = "rejected"
        crates = rng.randint(1, 40)
        total = round(crates * rng.uniform(18, 95), 2)
        del_rows.append((did, s, st, iso(dd), crates, total, status))
    del_rows.sort(key=lambda r: r[3])
    del_rows = [(i + 1,) + r[1:] for i, r in enumerate(del_rows)]
    cur.executemany("INSERT INTO delivery VALUES (?,?,?,?,?,?,?)", del_rows)

    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        print(t, con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
    con.close()


if __name__ == "__main__":
    main()
