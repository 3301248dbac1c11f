"""Wattle & Fern Garden Centres: an Australian garden centre / nursery chain.
Schema style: UPPER_CASE table names; every column carries a short lower-case table prefix (brn_, stf_, itm_, cus_, sal_ ...)."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import AU_FIRST, AU_LAST

SEED = 8826413
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "wattle_fern_garden.sqlite")

SCHEMA = """
CREATE TABLE BRANCH (
  brn_id INTEGER PRIMARY KEY, brn_name TEXT NOT NULL UNIQUE, brn_suburb TEXT NOT NULL, brn_state TEXT NOT NULL,
  brn_opened TEXT NOT NULL, brn_status TEXT NOT NULL, brn_site_sqm INTEGER NOT NULL,
  brn_has_cafe INTEGER NOT NULL, brn_has_playground INTEGER NOT NULL);
CREATE TABLE STAFF (
  stf_id INTEGER PRIMARY KEY, stf_name TEXT NOT NULL, stf_role TEXT NOT NULL,
  stf_brn_id INTEGER REFERENCES BRANCH(brn_id), stf_reports_to INTEGER REFERENCES STAFF(stf_id),
  stf_start_date TEXT NOT NULL, stf_hourly_rate REAL NOT NULL, stf_is_casual INTEGER NOT NULL, stf_hort_qualified INTEGER NOT NULL);
CREATE TABLE CATEGORY (
  cat_id INTEGER PRIMARY KEY, cat_name TEXT NOT NULL, cat_parent_id INTEGER REFERENCES CATEGORY(cat_id));
CREATE TABLE SUPPLIER (
  sup_id INTEGER PRIMARY KEY, sup_name TEXT NOT NULL UNIQUE, sup_state TEXT NOT NULL, sup_type TEXT NOT NULL, sup_phone TEXT NOT NULL);
CREATE TABLE ITEM (
  itm_id INTEGER PRIMARY KEY, itm_code TEXT NOT NULL UNIQUE, itm_name TEXT NOT NULL UNIQUE,
  itm_cat_id INTEGER NOT NULL REFERENCES CATEGORY(cat_id), itm_sup_id INTEGER NOT NULL REFERENCES SUPPLIER(sup_id),
  itm_pot_mm INTEGER, itm_price REAL NOT NULL, itm_cost REAL NOT NULL, itm_is_native INTEGER NOT NULL, itm_is_active INTEGER NOT NULL);
CREATE TABLE CUSTOMER (
  cus_id INTEGER PRIMARY KEY, cus_name TEXT NOT NULL, cus_email TEXT NOT NULL, cus_phone TEXT NOT NULL,
  cus_suburb TEXT NOT NULL, cus_state TEXT NOT NULL, cus_joined TEXT NOT NULL, cus_is_club INTEGER NOT NULL,
  cus_home_brn_id INTEGER NOT NULL REFERENCES BRANCH(brn_id));
CREATE TABLE SALE (
  sal_id INTEGER PRIMARY KEY, sal_brn_id INTEGER NOT NULL REFERENCES BRANCH(brn_id),
  sal_cus_id INTEGER REFERENCES CUSTOMER(cus_id), sal_stf_id INTEGER NOT NULL REFERENCES STAFF(stf_id),
  sal_date TEXT NOT NULL, sal_pay_method TEXT NOT NULL, sal_status TEXT NOT NULL, sal_total REAL NOT NULL);
CREATE TABLE SALE_ITEM (
  sli_sal_id INTEGER NOT NULL REFERENCES SALE(sal_id), sli_itm_id INTEGER NOT NULL REFERENCES ITEM(itm_id),
  sli_qty INTEGER NOT NULL, sli_price REAL NOT NULL, PRIMARY KEY (sli_sal_id, sli_itm_id));
CREATE TABLE WORKSHOP (
  wks_id INTEGER PRIMARY KEY, wks_brn_id INTEGER NOT NULL REFERENCES BRANCH(brn_id),
  wks_host_stf_id INTEGER NOT NULL REFERENCES STAFF(stf_id), wks_title TEXT NOT NULL, wks_date TEXT NOT NULL,
  wks_fee REAL NOT NULL, wks_capacity INTEGER NOT NULL, wks_is_kids INTEGER NOT NULL);
CREATE TABLE BOOKING (
  bkg_wks_id INTEGER NOT NULL REFERENCES WORKSHOP(wks_id), bkg_cus_id INTEGER NOT NULL REFERENCES CUSTOMER(cus_id),
  bkg_made_on TEXT NOT NULL, bkg_attended INTEGER NOT NULL, PRIMARY KEY (bkg_wks_id, bkg_cus_id));
"""

BRANCHES = {
    "NSW": ["Castle Hill", "Penrith", "Dural", "Terrey Hills", "Sutherland", "Wollongong", "Newcastle", "Bathurst",
            "Orange", "Wagga Wagga", "Port Macquarie", "Campbelltown"],
    "VIC": ["Dandenong", "Geelong", "Ringwood", "Frankston", "Ballarat", "Bendigo", "Werribee", "Mornington", "Eltham", "Doncaster"],
    "QLD": ["Chermside", "Indooroopilly", "Toowoomba", "Nerang", "Maroochydore", "Cairns", "Townsville", "Ipswich", "Caboolture"],
    "WA": ["Joondalup", "Midland", "Fremantle", "Mandurah", "Bunbury", "Cannington"],
    "SA": ["Mount Barker", "Glenelg", "Modbury", "Marion", "Gawler"],
    "TAS": ["Hobart", "Launceston", "Kingston"],
    "ACT": ["Belconnen", "Tuggeranong"],
    "NT": ["Palmerston"],
}

POTS = [140, 200, 250, 300]
# parent -> [(subcategory, [base names], price range, is_plant)]
CATS = [
    ("Australian Natives", [
        ("Native Shrubs", ["Grevillea 'Robyn Gordon'", "Grevillea 'Moonlight'", "Callistemon 'Little John'", "Correa 'Dusky Bells'",
                           "Westringia 'Grey Box'", "Boronia 'Purple Jared'", "Banksia 'Birthday Candles'", "Waratah 'Shady Lady'"], (14, 49), True),
        ("Native Groundcovers", ["Myoporum parvifolium", "Grevillea 'Bronze Rambler'", "Scaevola 'Mauve Clusters'", "Hardenbergia 'Happy Wanderer'",
                                 "Brachyscome 'Mauve Delight'", "Dichondra 'Silver Falls'"], (9, 29), True),
        ("Native Grasses & Strappy Plants", ["Lomandra 'Tanika'", "Dianella 'Little Rev'", "Kangaroo Paw 'Bush Pearl'", "Kangaroo Paw 'Big Red'",
                                            "Poa labillardierei", "Themeda 'Mingo'"], (9, 39), True),
        ("Native Trees", ["Acacia 'Limelight'", "Eucalyptus 'Summer Red'", "Native Frangipani", "Tuckeroo", "Blueberry Ash", "Weeping Lilly Pilly"], (29, 129), True)]),
    ("Flowers & Ornamentals", [
        ("Roses", ["Rose 'Iceberg'", "Rose 'Mr Lincoln'", "Rose 'Pierre de Ronsard'", "Rose 'Just Joey'", "Rose 'Double Delight'", "Rose 'Seduction'"], (24, 59), True),
        ("Camellias & Azaleas", ["Camellia sasanqua 'Setsugekka'", "Camellia japonica 'Desire'", "Azalea 'Alphonse Anderson'", "Azalea 'Red Wings'", "Gardenia 'Florida'"], (19, 69), True),
        ("Annuals & Punnets", ["Petunia Punnet", "Marigold Punnet", "Pansy Punnet", "Snapdragon Punnet", "Alyssum Punnet", "Cosmos Punnet", "Lobelia Punnet"], (4, 8), False),
        ("Perennials", ["Salvia 'Hot Lips'", "Lavender 'Hidcote'", "Agapanthus 'Snowball'", "Gaura 'Whirling Butterflies'", "Daisy 'Federation'", "Hellebore 'Ivory Prince'"], (12, 34), True),
        ("Hydrangeas", ["Hydrangea macrophylla 'Blue'", "Hydrangea 'Annabelle'", "Hydrangea 'Limelight'", "Hydrangea 'Bloomstruck'"], (24, 59), True)]),
    ("Edibles", [
        ("Citrus", ["Lemon 'Eureka'", "Lemon 'Meyer'", "Lime 'Tahitian'", "Orange 'Washington Navel'", "Mandarin 'Imperial'", "Finger Lime", "Cumquat"], (39, 119), True),
        ("Fruit Trees", ["Apple 'Pink Lady'", "Fig 'Black Genoa'", "Peach 'Anzac'", "Avocado 'Hass'", "Mango 'Kensington Pride'", "Olive 'Manzanillo'", "Nectarine 'Fantasia'"], (39, 149), True),
        ("Vegetable Seedlings", ["Tomato 'Grosse Lisse' Punnet", "Lettuce Mix Punnet", "Capsicum Punnet", "Zucchini Punnet", "Broccoli Punnet", "Silverbeet Punnet", "Kale 'Tuscan' Punnet", "Cucumber Punnet"], (4, 8), False),
        ("Herbs", ["Basil", "Parsley", "Rosemary", "Thyme", "Mint", "Coriander", "Chives", "Lemongrass"], (5, 15), True),
        ("Berries & Vines", ["Blueberry 'Sunshine Blue'", "Raspberry 'Heritage'", "Passionfruit 'Nellie Kelly'", "Grape 'Thompson Seedless'", "Strawberry 'Red Gauntlet'"], (12, 39), True)]),
    ("Indoor Plants", [
        ("Foliage Plants", ["Fiddle Leaf Fig", "Monstera deliciosa", "Rubber Plant", "Peace Lily", "ZZ Plant", "Bird of Paradise", "Calathea 'Medallion'", "Snake Plant"], (19, 89), True),
        ("Ferns", ["Boston Fern", "Maidenhair Fern", "Bird's Nest Fern", "Staghorn Fern", "Kangaroo Fern"], (14, 59), True),
        ("Orchids", ["Phalaenopsis Orchid", "Cymbidium Orchid", "Dendrobium 'Pink Beauty'", "Oncidium Orchid"], (29, 79), True),
        ("Succulents & Cacti", ["Echeveria 'Lola'", "Jade Plant", "Aloe vera", "String of Pearls", "Golden Barrel Cactus", "Agave 'Blue Glow'", "Haworthia"], (7, 45), True)]),
    ("Trees & Hedging", [
        ("Hedging Plants", ["Lilly Pilly 'Resilience'", "Lilly Pilly 'Bush Christmas'", "Murraya", "Photinia 'Red Robin'", "Viburnum 'Emerald Lustre'", "Buxus 'Japanese Box'"], (14, 59), True),
        ("Feature Trees", ["Japanese Maple", "Crepe Myrtle 'Natchez'", "Ornamental Pear 'Capital'", "Magnolia 'Little Gem'", "Frangipani 'Bridal White'", "Jacaranda"], (49, 249), True),
        ("Palms & Cycads", ["Golden Cane Palm", "Bangalow Palm", "Kentia Palm", "Cycas revoluta", "Bismarck Palm"], (29, 199), True)]),
    ("Soils & Mulch", [
        ("Potting Mix", ["Premium Potting Mix 25L", "Premium Potting Mix 50L", "Orchid Mix 10L", "Cacti & Succulent Mix 25L", "Seed Raising Mix 25L", "Indoor Plant Mix 10L", "Citrus Potting Mix 25L"], (9, 32), False),
        ("Compost & Garden Soil", ["Mushroom Compost 30L", "Garden Compost 50L", "Vegie Garden Soil 25L", "Cow Manure 25L", "Sheep Manure 25L", "Worm Castings 10L"], (8, 29), False),
        ("Mulch", ["Sugar Cane Mulch 50L", "Pine Bark Mulch 50L", "Lucerne Hay Bale", "Pea Straw Bale", "Red Gum Chip Mulch 50L", "Tea Tree Mulch 50L"], (9, 29), False)]),
    ("Fertilisers & Pest Control", [
        ("Fertilisers", ["All Purpose Plant Food 1kg", "Citrus Food 2kg", "Native Plant Food 1kg", "Rose Food 2kg", "Lawn Food 4kg", "Liquid Plant Food 1L", "Seaweed Tonic 2L"], (9, 39), False),
        ("Organic Fertilisers", ["Pelletised Chicken Manure 10kg", "Blood and Bone 5kg", "Fish Emulsion 1L", "Worm Juice 2L", "Organic Compost Tea 1L"], (9, 34), False),
        ("Pest & Disease Control", ["Eco Pest Oil 500mL", "Snail Pellets 1kg", "White Oil 1L", "Copper Fungicide 200g", "Fruit Fly Trap", "Neem Oil Spray 750mL"], (8, 29), False),
        ("Weed Control", ["Weed Killer Concentrate 1L", "Lawn Weed Spray 500mL", "Weed Mat 10m", "Organic Weed Spray 1L"], (12, 49), False)]),
    ("Pots & Planters", [
        ("Glazed Pots", ["Glazed Pot Blue 30cm", "Glazed Pot Blue 45cm", "Glazed Pot Charcoal 30cm", "Glazed Pot Charcoal 45cm", "Glazed Pot Sage 40cm", "Glazed Pot White 25cm"], (29, 149), False),
        ("Terracotta Pots", ["Terracotta Pot 20cm", "Terracotta Pot 30cm", "Terracotta Pot 40cm", "Terracotta Trough 60cm", "Terracotta Strawberry Pot"], (9, 69), False),
        ("Plastic Pots & Trays", ["Plastic Pot 200mm (5 Pack)", "Plastic Pot 300mm", "Seedling Tray", "Self-Watering Pot 35cm", "Plant Saucer 30cm"], (3, 29), False),
        ("Raised Garden Beds", ["Raised Garden Bed 1.2m", "Raised Garden Bed 2m", "Corrugated Round Bed 90cm", "Timber Planter Box"], (79, 249), False)]),
    ("Tools & Watering", [
        ("Hand Tools", ["Hand Trowel", "Hand Fork", "Weeding Tool", "Bulb Planter", "Garden Kneeler"], (9, 39), False),
        ("Secateurs & Pruners", ["Bypass Secateurs", "Anvil Secateurs", "Hedge Shears", "Loppers", "Pruning Saw"], (19, 89), False),
        ("Hoses & Fittings", ["Garden Hose 18m", "Garden Hose 30m", "Hose Reel", "Spray Gun", "Soaker Hose 15m", "Tap Timer"], (12, 119), False),
        ("Watering Cans", ["Watering Can 9L", "Watering Can 4.5L", "Indoor Watering Can 1L", "Pressure Sprayer 5L"], (9, 49), False),
        ("Gloves & Workwear", ["Leather Gardening Gloves", "Kids' Gardening Gloves", "Rose Gauntlets", "Garden Apron"], (8, 34), False)]),
    ("Outdoor Living", [
        ("Water Features", ["Solar Fountain", "Bird Bath Classic", "Bird Bath Pedestal", "Wall Water Feature", "Three-Tier Fountain"], (39, 399), False),
        ("Garden Decor", ["Wind Chime", "Garden Gnome", "Stepping Stone", "Metal Garden Sculpture", "Wall Planter"], (12, 149), False),
        ("Outdoor Lighting", ["Solar Path Light (4 Pack)", "Festoon Lights 10m", "Solar Spotlight", "Lantern"], (19, 99), False)]),
    ("Seeds & Bulbs", [
        ("Vegetable Seeds", ["Tomato Seeds", "Bean Seeds", "Pea Seeds", "Pumpkin Seeds", "Carrot Seeds", "Beetroot Seeds", "Radish Seeds"], (3, 6), False),
        ("Flower Seeds", ["Sunflower Seeds", "Sweet Pea Seeds", "Wildflower Mix Seeds", "Zinnia Seeds", "Nasturtium Seeds"], (3, 6), False),
        ("Bulbs", ["Tulip Bulbs (10 Pack)", "Daffodil Bulbs (10 Pack)", "Ranunculus Bulbs", "Dahlia Tubers", "Freesia Bulbs"], (9, 24), False)]),
]

SUP_A = ["Bellbird", "Kookaburra", "Greenway", "Southern Cross", "Blue Gum", "Redgum", "Coastal", "Tablelands", "Riverina",
         "Hinterland", "Yarra Valley", "Banksia", "Outback", "Harbourside", "Tropical", "Wollemi", "Boab", "Mallee", "Platypus", "Sundown"]
SUP_TYPES = [("Wholesale Nursery", ["Nurseries", "Growers", "Wholesale Nursery", "Plant Farm"]),
             ("Hardgoods", ["Garden Products", "Hardware Supply", "Pottery", "Tools"]),
             ("Soil & Landscape", ["Landscape Supplies", "Soils", "Organics"])]
STATES = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]

WORKSHOPS = [("Composting Made Easy", 0, 15.0), ("Growing Citrus in Pots", 0, 20.0), ("Kids' Seed Planting", 1, 0.0),
             ("Succulent Wreath Making", 0, 45.0), ("Winter Pruning Basics", 0, 20.0), ("Designing a Native Garden", 0, 25.0),
             ("Bonsai for Beginners", 0, 65.0), ("Terrarium Workshop", 0, 55.0), ("Kids' Bug Hotel Building", 1, 10.0),
             ("Indoor Plant Care", 0, 0.0), ("Veggie Patch Planning", 0, 15.0), ("Rose Care Morning", 0, 0.0)]

START, END = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
MONTH_W = {1: 7, 2: 6, 3: 8, 4: 8, 5: 7, 6: 6, 7: 6, 8: 8, 9: 13, 10: 14, 11: 12, 12: 11}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")


def d(a, b, r):
    a, b = (dt.date.fromisoformat(x) if isinstance(x, str) else x for x in (a, b))
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def seasonal_date(r):
    while True:
        x = d(START, END, r)
        if r.random() * 14 < MONTH_W[x.month]:
            return x


def main():
    r = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # branches
    brs = []
    for st in STATES:
        for sub in BRANCHES[st]:
            bid = len(brs) + 1
            opened = d("2004-01-01", "2022-06-30", r) if r.random() < 0.9 else d("2023-03-01", "2024-10-31", r)
            cafe = 1 if r.random() < 0.45 else 0
            brs.append([bid, f"Wattle & Fern {sub}", sub, st, opened, "Trading", r.randrange(2500, 18001, 100),
                        cafe, 1 if r.random() < (0.5 if cafe else 0.2) else 0])
    old = [b for b in brs if b[4] < dt.date(2020, 1, 1)]
    for k, b in enumerate(r.sample(old, 6)):
        b[5] = "Closed" if k < 3 else "Refurbishing"
    con.executemany("INSERT INTO BRANCH VALUES (?,?,?,?,?,?,?,?,?)", [(b[0], b[1], b[2], b[3], b[4].isoformat(), b[5], b[6], b[7], b[8]) for b in brs])
    close_dt = {b[0]: d("2023-09-01", "2025-03-31", r) for b in brs if b[5] == "Closed"}

    # staff
    staff, used = [], set()

    def add(role, brn, boss, lo, hi, casual_p, hort_p, start_lo="2006-01-01", start_hi="2025-05-31"):
        while True:
            nm = f"{r.choice(AU_FIRST)} {r.choice(AU_LAST)}"
            if nm not in used:
                used.add(nm); break
        sid = len(staff) + 1
        staff.append((sid, nm, role, brn, boss, d(start_lo, start_hi, r).isoformat(), round(r.uniform(lo, hi), 2),
                      1 if r.random() < casual_p else 0, 1 if r.random() < hort_p else 0))
        return sid

    md = add("Managing Director", None, None, 88, 95, 0, 1, "2004-01-01", "2006-12-31")
    state_mgr = {st: add("State Manager", None, md, 58, 66, 0, 0.7, "2008-01-01") for st in STATES}
    floor = {}
    for b in brs:
        cm = add("Centre Manager", b[0], state_mgr[b[3]], 41, 49, 0, 0.6)
        team = []
        if r.random() < 0.55:
            team.append(add("Nursery Supervisor", b[0], cm, 33, 38, 0, 0.9))
        leads = team or [cm]
        for _ in range(r.randint(1, 2)):
            team.append(add("Horticulturist", b[0], r.choice(leads), 31, 36, 0.2, 1.0))
        for _ in range(r.randint(2, 4)):
            team.append(add("Retail Assistant", b[0], cm, 26, 30, 0.6, 0.15))
        for _ in range(r.randint(0, 2)):
            team.append(add("Nursery Hand", b[0], r.choice(leads), 26, 29, 0.5, 0.3))
        if b[7]:
            cs = add("Café Supervisor", b[0], cm, 29, 33, 0.2, 0)
            for _ in range(r.randint(1, 2)):
                add("Barista", b[0], cs, 26, 29, 0.8, 0)
        floor[b[0]] = [cm] + team
    con.executemany("INSERT INTO STAFF VALUES (?,?,?,?,?,?,?,?,?)", staff)

    # categories
    cats, subs = [], []
    for parent, sl in CATS:
        pid = len(cats) + 1
        cats.append((pid, parent, None))
        for sub in sl:
            cid = len(cats) + 1
            cats.append((cid, sub[0], pid))
            subs.append((cid, parent) + sub)
    con.executemany("INSERT INTO CATEGORY VALUES (?,?,?)", cats)

    # suppliers
    sups, seen = [], set()
    while len(sups) < 56:
        t, suffixes = r.choices(SUP_TYPES, weights=[50, 30, 20])[0]
        nm = f"{r.choice(SUP_A)} {r.choice(suffixes)}"
        if nm in seen:
            continue
        seen.add(nm)
        st = r.choices(STATES, weights=[30, 25, 20, 8, 8, 4, 3, 2])[0]
        area = {"NSW": "02", "ACT": "02", "VIC": "03", "TAS": "03", "QLD": "07"}.get(st, "08")
        sups.append((len(sups) + 1, nm, st, t, f"({area}) {r.randint(4000, 9999)} {r.randint(1000, 9999)}"))
    con.executemany("INSERT INTO SUPPLIER VALUES (?,?,?,?,?)", sups)
    sups_of = {t: [s[0] for s in sups if s[3] == t] for t, _ in SUP_TYPES}

    # items
    items = []
    for cid, parent, sub, bases, (lo, hi), potted in subs:
        for base in bases:
            if potted:
                sizes = sorted(r.sample(POTS, r.choice([1, 2, 2, 3])))
            else:
                sizes = [None]
            for k, pot in enumerate(sizes):
                iid = len(items) + 1
                name = f"{base} {pot}mm" if pot else base
                if k == 0:
                    bprice = r.uniform(lo, hi) * (0.55 if potted else 1.0)
                scale = 1 + 0.5 * POTS.index(pot) if pot else 1
                price = round(bprice * scale) + 0.95 if hi > 10 else round(bprice) + 0.5
                if parent in ("Soils & Mulch", "Fertilisers & Pest Control"):
                    st = "Soil & Landscape" if parent == "Soils & Mulch" and r.random() < 0.7 else "Hardgoods"
                elif potted or sub in ("Annuals & Punnets", "Vegetable Seedlings"):
                    st = "Wholesale Nursery"
                else:
                    st = "Hardgoods"
                native = 1 if parent == "Australian Natives" or base.startswith(("Lilly Pilly", "Bangalow", "Finger Lime", "Kangaroo Fern", "Staghorn")) else 0
                items.append((iid, f"WF{cid:02d}-{iid:04d}", name, cid, r.choice(sups_of[st]), pot, price,
                              round(price * r.uniform(0.35, 0.6), 2), native, 0 if r.random() < 0.07 else 1))
    con.executemany("INSERT INTO ITEM VALUES (?,?,?,?,?,?,?,?,?,?)", items)

    # customers
    custs = []
    for i in range(1, 1401):
        b = r.choice(brs)
        f, l = r.choice(AU_FIRST), r.choice(AU_LAST)
        custs.append((i, f"{f} {l}", f"{fold(f)}{r.choice(['.', '_', ''])}{fold(l)}{r.randint(1, 99)}@{r.choice(['mail.example', 'net.example'])}",
                      f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", b[2], b[3],
                      d("2018-01-01", "2025-06-15", r).isoformat(), 1 if r.random() < 0.38 else 0, b[0]))
    con.executemany("INSERT INTO CUSTOMER VALUES (?,?,?,?,?,?,?,?,?)", custs)
    custs_of = {}
    for c in custs:
        custs_of.setdefault(c[8], []).append(c)

    # sales
    iw = [3.0 if it[5] is None and it[6] < 10 else (1.0 if it[6] > 100 else 2.0) for it in items]
    iw = [w * (0.3 if it[9] == 0 else 1) for w, it in zip(iw, items)]
    sales, lines = [], []
    while len(sales) < 2400:
        when = seasonal_date(r)
        b = r.choice(brs)
        if b[4] > when or (b[0] in close_dt and close_dt[b[0]] <= when):
            continue
        sid = len(sales) + 1
        cus = None
        if r.random() < 0.7:
            pool = custs_of.get(b[0]) if r.random() < 0.85 else custs
            pool = [c for c in (pool or custs) if c[6] <= when.isoformat()]
            if pool:
                cus = r.choice(pool)[0]
        status = r.choices(["Paid", "Refunded", "Cancelled"], weights=[90, 6, 4])[0]
        n = r.choices([1, 2, 3], weights=[68, 24, 8])[0]
        chosen = []
        while len(chosen) < n:
            it = r.choices(items, weights=iw)[0]
            if it not in chosen:
                chosen.append(it)
        tot = 0.0
        for it in chosen:
            q = r.choice([1, 1, 1, 2, 2, 3, 4, 6]) if it[6] < 20 else r.choice([1, 1, 1, 2])
            pr = it[6] if r.random() < 0.85 else round(it[6] * 0.9, 2)
            lines.append((sid, it[0], q, pr))
            tot += q * pr
        sales.append((sid, b[0], cus, r.choice(floor[b[0]]), when.isoformat(),
                      r.choices(["EFTPOS", "Credit Card", "Cash", "Gift Card"], weights=[55, 25, 15, 5])[0], status, round(tot, 2)))
    sales.sort(key=lambda s: (s[4], s[0]))
    remap = {s[0]: i for i, s in enumerate(sales, 1)}
    sales = [(remap[s[0]],) + s[1:] for s in sales]
    lines = sorted((remap[l[0]],) + l[1:] for l in lines)
    con.executemany("INSERT INTO SALE VALUES (?,?,?,?,?,?,?,?)", sales)
    con.executemany("INSERT INTO SALE_ITEM VALUES (?,?,?,?)", lines)

    # workshops + bookings
    wks, bks = [], []
    hosts = {b[0]: [s[0] for s in staff if s[3] == b[0] and s[2] in ("Centre Manager", "Nursery Supervisor", "Horticulturist")] for b in brs}
    while len(wks) < 230:
        b = r.choice(brs)
        when = d(START, END, r)
        if b[4] > when or (b[0] in close_dt and close_dt[b[0]] <= when):
            continue
        title, kids, fee = r.choice(WORKSHOPS)
        cap = r.choice([10, 12, 15, 20]) if not kids else r.choice([15, 20, 25])
        wid = len(wks) + 1
        wks.append((wid, b[0], r.choice(hosts[b[0]]), title, when.isoformat(), fee, cap, kids))
        pool = [c for c in custs_of.get(b[0], []) if c[6] < when.isoformat()]
        k = min(len(pool), r.randint(0, cap))
        if r.random() < 0.06:
            k = 0
        for c in r.sample(pool, k):
            made = when - dt.timedelta(days=r.randint(1, 40))
            bks.append((wid, c[0], made.isoformat(), 1 if when <= END and r.random() < 0.84 else 0))
    con.executemany("INSERT INTO WORKSHOP VALUES (?,?,?,?,?,?,?,?)", wks)
    con.executemany("INSERT INTO BOOKING VALUES (?,?,?,?)", bks)
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
