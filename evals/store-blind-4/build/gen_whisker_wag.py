"""Whisker & Wag Pet Supply: a pet-supplies chain in the south-central US.
Schema style: singular snake_case tables, a mix of full and abbreviated column names."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import FIRST, LAST

SEED = 4402917
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "whisker_wag_pets.sqlite")

SCHEMA = """
CREATE TABLE store (
  store_id INTEGER PRIMARY KEY, store_name TEXT NOT NULL, city TEXT NOT NULL, st TEXT NOT NULL,
  opened_on TEXT NOT NULL, sq_ft INTEGER NOT NULL, has_grooming_salon INTEGER NOT NULL, status TEXT NOT NULL);
CREATE TABLE employee (
  emp_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, job_title TEXT NOT NULL,
  store_id INTEGER REFERENCES store(store_id), mgr_id INTEGER REFERENCES employee(emp_id),
  hire_dt TEXT NOT NULL, hrly_wage REAL NOT NULL, is_full_time INTEGER NOT NULL);
CREATE TABLE category (
  cat_id INTEGER PRIMARY KEY, cat_name TEXT NOT NULL, parent_cat_id INTEGER REFERENCES category(cat_id));
CREATE TABLE brand (
  brand_id INTEGER PRIMARY KEY, brand_name TEXT NOT NULL UNIQUE, country TEXT NOT NULL);
CREATE TABLE product (
  prod_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, prod_name TEXT NOT NULL,
  brand_id INTEGER NOT NULL REFERENCES brand(brand_id), cat_id INTEGER NOT NULL REFERENCES category(cat_id),
  species TEXT NOT NULL, unit_price REAL NOT NULL, unit_cost REAL NOT NULL, is_discontinued INTEGER NOT NULL);
CREATE TABLE customer (
  cust_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
  phone TEXT NOT NULL, city TEXT NOT NULL, st TEXT NOT NULL, joined_dt TEXT NOT NULL,
  is_loyalty_member INTEGER NOT NULL, home_store_id INTEGER NOT NULL REFERENCES store(store_id));
CREATE TABLE pet (
  pet_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customer(cust_id), pet_name TEXT NOT NULL,
  species TEXT NOT NULL, breed TEXT NOT NULL, birth_dt TEXT NOT NULL);
CREATE TABLE sale (
  sale_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES store(store_id),
  cust_id INTEGER NOT NULL REFERENCES customer(cust_id), emp_id INTEGER NOT NULL REFERENCES employee(emp_id),
  sale_dt TEXT NOT NULL, pmt_method TEXT NOT NULL, status TEXT NOT NULL, total_amt REAL NOT NULL);
CREATE TABLE sale_line (
  sale_id INTEGER NOT NULL REFERENCES sale(sale_id), prod_id INTEGER NOT NULL REFERENCES product(prod_id),
  qty INTEGER NOT NULL, unit_price REAL NOT NULL, PRIMARY KEY (sale_id, prod_id));
"""

CITIES = {
    "TX": ["Austin", "San Antonio", "Houston", "Dallas", "Fort Worth", "El Paso", "Lubbock", "Waco", "Plano", "Corpus Christi"],
    "OK": ["Oklahoma City", "Tulsa", "Norman", "Edmond"],
    "LA": ["New Orleans", "Baton Rouge", "Lafayette", "Shreveport"],
    "AR": ["Little Rock", "Fayetteville", "Fort Smith"],
    "NM": ["Albuquerque", "Santa Fe", "Las Cruces"],
}
SUFFIX = ["Crossing", "Plaza", "Commons", "Market", "Village", "Heights", "Landing", "Square"]

PARENTS = {
    "Dog Food": ["Dry Dog Food", "Wet Dog Food", "Puppy Food", "Grain-Free Dog Food", "Senior Dog Food", "Raw & Freeze-Dried"],
    "Cat Food": ["Dry Cat Food", "Wet Cat Food", "Kitten Food", "Cat Litter", "Hairball Control", "Sensitive Stomach"],
    "Treats & Chews": ["Dental Chews", "Jerky Treats", "Biscuits", "Cat Treats", "Bully Sticks", "Training Treats"],
    "Toys": ["Plush Toys", "Ball & Fetch", "Rope Toys", "Cat Wands", "Puzzle Toys", "Chew Toys"],
    "Health & Wellness": ["Flea & Tick", "Vitamins", "Joint Care", "Calming Aids", "Eye & Ear Care", "First Aid"],
    "Aquarium & Fish": ["Fish Food", "Filters", "Tanks", "Water Care", "Aquarium Décor", "Heaters"],
    "Small Animal & Bird": ["Bird Seed", "Cages", "Hay & Bedding", "Small Animal Food", "Bird Toys", "Hutches"],
    "Beds, Leashes & Gear": ["Dog Beds", "Cat Trees", "Leashes", "Collars", "Harnesses", "Crates & Carriers"],
}
PARENT_SPECIES = {"Dog Food": ["dog"], "Cat Food": ["cat"], "Treats & Chews": ["dog", "cat"], "Toys": ["dog", "cat"],
                  "Health & Wellness": ["dog", "cat"], "Aquarium & Fish": ["fish"],
                  "Small Animal & Bird": ["bird", "small animal"], "Beds, Leashes & Gear": ["dog", "cat"]}
PRICE_BAND = {"Dog Food": (18, 89), "Cat Food": (9, 45), "Treats & Chews": (4, 22), "Toys": (5, 28),
              "Health & Wellness": (8, 65), "Aquarium & Fish": (6, 180), "Small Animal & Bird": (5, 140),
              "Beds, Leashes & Gear": (12, 160)}

BRAND_A = ["Nordic", "Purely", "Happy", "Wild", "Golden", "Urban", "Prairie", "Coastal", "Blue", "Château",
           "Little", "True", "Heritage", "Smart", "Kōbe", "Alpine", "Sunny", "Brave"]
BRAND_B = ["Paws", "Feline", "Tails", "Whiskers", "Bark", "Meadow", "Hound", "Fin", "Nest", "Chien", "Kitty", "Trail"]
COUNTRIES = ["USA"] * 6 + ["Canada", "Germany", "France", "United Kingdom", "Japan", "Sweden", "New Zealand"]
ADJ = ["Classic", "Premium", "Natural", "Deluxe", "Everyday", "Pro", "Hearty", "Gentle", "Ultra", "Original"]

BREEDS = {"dog": ["Labrador Retriever", "German Shepherd", "Golden Retriever", "French Bulldog", "Beagle", "Dachshund", "Mixed Breed", "Boxer", "Chihuahua", "Poodle"],
          "cat": ["Domestic Shorthair", "Maine Coon", "Siamese", "Ragdoll", "Bengal", "Persian"],
          "bird": ["Budgerigar", "Cockatiel", "Canary", "African Grey"],
          "fish": ["Betta", "Goldfish", "Guppy", "Neon Tetra"],
          "small animal": ["Rabbit", "Guinea Pig", "Hamster", "Ferret"],
          "reptile": ["Bearded Dragon", "Leopard Gecko", "Ball Python"]}
PET_NAMES = ["Max", "Bella", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Pepper", "Biscuit", "Nala",
             "Zeus", "Olive", "Toby", "Chloé", "Señor Whiskers", "Mochi", "Ziggy", "Maple", "Pippin", "Bruno", "Lola"]


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

    # stores: 52
    stores, used = [], set()
    plan = [("TX", 24), ("OK", 8), ("LA", 8), ("AR", 6), ("NM", 6)]
    sid = 0
    for st, n in plan:
        for i in range(n):
            city = CITIES[st][i % len(CITIES[st])]
            while True:
                name = f"{city} {r.choice(SUFFIX)}"
                if name not in used:
                    used.add(name); break
            sid += 1
            status = "open"
            stores.append([sid, name, city, st, d("2009-03-01", "2023-06-30", r), r.randrange(3500, 14001, 250),
                           1 if r.random() < 0.45 else 0, status])
    for idx in r.sample(range(len(stores)), 8):
        stores[idx][7] = "renovating" if idx % 2 else "closed"
    con.executemany("INSERT INTO store VALUES (?,?,?,?,?,?,?,?)", stores)

    # employees
    emps = []
    def full():
        return f"{r.choice(FIRST)} {r.choice(LAST)}"
    eid = 1
    emps.append([eid, "Margarita Solís-Whitaker", "VP of Store Operations", None, None, "2010-02-15", 78.5, 1])
    vp = eid
    districts = {}
    for st in ["TX", "OK", "LA", "AR", "NM"]:
        eid += 1
        emps.append([eid, full(), "District Manager", None, vp, d("2011-01-01", "2018-12-31", r), round(r.uniform(42, 55), 2), 1])
        districts[st] = eid
    # a second TX district manager
    eid += 1
    emps.append([eid, "Dwayne Okonkwo-Reyes", "District Manager", None, vp, "2014-07-21", 51.25, 1])
    tx2 = eid
    for s in stores:
        dm = districts[s[3]]
        if s[3] == "TX" and s[0] % 2 == 0:
            dm = tx2
        eid += 1
        sm = eid
        emps.append([eid, full(), "Store Manager", s[0], dm, d("2012-01-01", "2022-12-31", r), round(r.uniform(26, 34), 2), 1])
        for _ in range(r.randint(1, 2)):
            eid += 1
            emps.append([eid, full(), "Assistant Manager", s[0], sm, d("2015-01-01", "2024-03-31", r), round(r.uniform(19, 24), 2), 1])
        for _ in range(r.randint(3, 5)):
            eid += 1
            title = r.choice(["Sales Associate", "Sales Associate", "Cashier", "Pet Groomer" if s[6] else "Stock Associate", "Aquatics Specialist"])
            emps.append([eid, full(), title, s[0], sm, d("2018-01-01", "2024-10-31", r), round(r.uniform(12.5, 18.5), 2),
                         1 if r.random() < 0.4 else 0])
    con.executemany("INSERT INTO employee VALUES (?,?,?,?,?,?,?,?)", emps)

    # categories
    cats, cid, sub_info = [], 0, []
    for p, subs in PARENTS.items():
        cid += 1; pid = cid
        cats.append((pid, p, None))
        for s in subs:
            cid += 1
            cats.append((cid, s, pid)); sub_info.append((cid, s, p))
    con.executemany("INSERT INTO category VALUES (?,?,?)", cats)

    # brands: 56
    brands, bused = [], set()
    while len(brands) < 56:
        n = f"{r.choice(BRAND_A)} {r.choice(BRAND_B)}"
        if n in bused:
            continue
        bused.add(n)
        brands.append((len(brands) + 1, n, r.choice(COUNTRIES)))
    con.executemany("INSERT INTO brand VALUES (?,?,?)", brands)

    # products: 480
    prods, pused = [], set()
    while len(prods) < 480:
        cat = r.choice(sub_info)
        b = r.choice(brands)
        name = f"{b[1]} {r.choice(ADJ)} {cat[1]}"
        if name in pused:
            continue
        pused.add(name)
        lo, hi = PRICE_BAND[cat[2]]
        price = round(r.uniform(lo, hi), 2)
        cost = round(price * r.uniform(0.45, 0.7), 2)
        sp = r.choice(PARENT_SPECIES[cat[2]])
        pid = len(prods) + 1
        prods.append([pid, f"WW-{100000 + pid * 37}", name, b[0], cat[0], sp, price, cost, 1 if r.random() < 0.1 else 0])
    con.executemany("INSERT INTO product VALUES (?,?,?,?,?,?,?,?,?)", prods)

    # customers: 820
    custs = []
    for i in range(1, 821):
        fn, ln = r.choice(FIRST), r.choice(LAST)
        s = r.choice(stores)
        email = ascii_fold(fn.split()[0] + "." + ln.replace(" ", "").replace("'", "")).lower() + f"{i}@example.com"
        custs.append((i, fn, ln, email, f"({r.randint(200, 989)}) 555-{r.randint(1000, 9999)}", s[2], s[3],
                      d("2019-01-01", "2024-11-30", r), 1 if r.random() < 0.55 else 0, s[0]))
    con.executemany("INSERT INTO customer VALUES (?,?,?,?,?,?,?,?,?,?)", custs)

    # pets: ~1000
    pets = []
    for c in custs:
        for _ in range(r.choice([0, 1, 1, 1, 2, 2, 3])):
            sp = r.choices(list(BREEDS), weights=[45, 30, 6, 8, 8, 3])[0]
            pets.append((len(pets) + 1, c[0], r.choice(PET_NAMES), sp, r.choice(BREEDS[sp]), d("2008-01-01", "2024-10-31", r)))
    con.executemany("INSERT INTO pet VALUES (?,?,?,?,?,?)", pets)

    # sales: 1300 with ~2.1 lines each
    staff_by_store = {}
    for e in emps:
        if e[3] is not None:
            staff_by_store.setdefault(e[3], []).append(e[0])
    sales, lines = [], []
    live = [s for s in stores]
    for i in range(1, 1301):
        c = r.choice(custs)
        s = stores[c[9] - 1] if r.random() < 0.7 else r.choice(live)
        status = r.choices(["completed", "refunded", "voided"], weights=[86, 9, 5])[0]
        items = r.sample(prods, r.choice([1, 1, 2, 2, 2, 3, 3, 4]))
        tot = 0.0
        for p in items:
            q = r.choice([1, 1, 1, 2, 2, 3, 4])
            lines.append((i, p[0], q, p[6]))
            tot += q * p[6]
        sales.append((i, s[0], c[0], r.choice(staff_by_store[s[0]]), d("2023-01-01", "2024-12-31", r),
                      r.choice(["card", "card", "card", "cash", "mobile wallet", "gift card"]), status, round(tot, 2)))
    con.executemany("INSERT INTO sale VALUES (?,?,?,?,?,?,?,?)", sales)
    con.executemany("INSERT INTO sale_line VALUES (?,?,?,?)", lines)
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
