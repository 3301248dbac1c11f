"""Harbor & Vine Wine and Spirits: a New England wine & spirits merchant.
Schema style: tbl_-prefixed PascalCase tables, PascalCase columns with ...ID keys."""
import os, random, sqlite3, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import FIRST, LAST

SEED = 9034117
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "harbor_vine.sqlite")

SCHEMA = """
CREATE TABLE tbl_Shop (
  ShopID INTEGER PRIMARY KEY, ShopName TEXT NOT NULL UNIQUE, Town TEXT NOT NULL, State TEXT NOT NULL,
  ShopStatus TEXT NOT NULL, OpenDate TEXT NOT NULL, HasTastingBar INTEGER NOT NULL, LicenseType TEXT NOT NULL);
CREATE TABLE tbl_Staff (
  StaffID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Role TEXT NOT NULL,
  ShopID INTEGER REFERENCES tbl_Shop(ShopID), ManagerID INTEGER REFERENCES tbl_Staff(StaffID),
  HireDate TEXT NOT NULL, AnnualSalary INTEGER NOT NULL, IsSommelier INTEGER NOT NULL, EmploymentStatus TEXT NOT NULL);
CREATE TABLE tbl_Category (
  CategoryID INTEGER PRIMARY KEY, CategoryName TEXT NOT NULL UNIQUE, ParentID INTEGER REFERENCES tbl_Category(CategoryID));
CREATE TABLE tbl_Producer (
  ProducerID INTEGER PRIMARY KEY, ProducerName TEXT NOT NULL UNIQUE, Country TEXT NOT NULL, WineRegion TEXT NOT NULL);
CREATE TABLE tbl_Product (
  ProductID INTEGER PRIMARY KEY, ProductName TEXT NOT NULL UNIQUE, CategoryID INTEGER NOT NULL REFERENCES tbl_Category(CategoryID),
  ProducerID INTEGER NOT NULL REFERENCES tbl_Producer(ProducerID), Vintage INTEGER, ABV REAL NOT NULL,
  BottleML INTEGER NOT NULL, RetailPrice REAL NOT NULL, UnitCost REAL NOT NULL, IsOrganic INTEGER NOT NULL,
  IsDiscontinued INTEGER NOT NULL);
CREATE TABLE tbl_Customer (
  CustomerID INTEGER PRIMARY KEY, CustomerName TEXT NOT NULL, Email TEXT NOT NULL UNIQUE, Town TEXT NOT NULL,
  State TEXT NOT NULL, BirthYear INTEGER NOT NULL, JoinDate TEXT NOT NULL, IsClubMember INTEGER NOT NULL,
  HomeShopID INTEGER NOT NULL REFERENCES tbl_Shop(ShopID));
CREATE TABLE tbl_Sale (
  SaleID INTEGER PRIMARY KEY, ShopID INTEGER NOT NULL REFERENCES tbl_Shop(ShopID),
  CustomerID INTEGER REFERENCES tbl_Customer(CustomerID), StaffID INTEGER NOT NULL REFERENCES tbl_Staff(StaffID),
  SaleDate TEXT NOT NULL, PaymentType TEXT NOT NULL, SaleStatus TEXT NOT NULL, TotalAmount REAL NOT NULL);
CREATE TABLE tbl_SaleLine (
  SaleID INTEGER NOT NULL REFERENCES tbl_Sale(SaleID), ProductID INTEGER NOT NULL REFERENCES tbl_Product(ProductID),
  Quantity INTEGER NOT NULL, UnitPrice REAL NOT NULL, PRIMARY KEY (SaleID, ProductID));
CREATE TABLE tbl_TastingEvent (
  EventID INTEGER PRIMARY KEY, ShopID INTEGER NOT NULL REFERENCES tbl_Shop(ShopID),
  HostStaffID INTEGER NOT NULL REFERENCES tbl_Staff(StaffID), EventDate TEXT NOT NULL, Theme TEXT NOT NULL,
  TicketPrice REAL NOT NULL, Capacity INTEGER NOT NULL, Attendees INTEGER NOT NULL, EventStatus TEXT NOT NULL);
"""

TOWNS = [("Boston", "MA"), ("Cambridge", "MA"), ("Somerville", "MA"), ("Brookline", "MA"), ("Newton", "MA"),
         ("Salem", "MA"), ("Worcester", "MA"), ("Springfield", "MA"), ("Northampton", "MA"), ("Plymouth", "MA"),
         ("Hyannis", "MA"), ("Nantucket", "MA"), ("Lowell", "MA"), ("Quincy", "MA"), ("Framingham", "MA"),
         ("Providence", "RI"), ("Newport", "RI"), ("Warwick", "RI"), ("Westerly", "RI"),
         ("Hartford", "CT"), ("New Haven", "CT"), ("Stamford", "CT"), ("Greenwich", "CT"), ("Mystic", "CT"),
         ("Norwalk", "CT"), ("West Hartford", "CT"), ("Old Saybrook", "CT"),
         ("Portland", "ME"), ("Kennebunkport", "ME"), ("Bar Harbor", "ME"), ("Bangor", "ME"), ("Camden", "ME"),
         ("Portsmouth", "NH"), ("Manchester", "NH"), ("Nashua", "NH"), ("Concord", "NH"), ("Hanover", "NH"),
         ("Burlington", "VT"), ("Stowe", "VT"), ("Montpelier", "VT"), ("Brattleboro", "VT"), ("Woodstock", "VT"),
         ("Boston Seaport", "MA"), ("Providence Federal Hill", "RI"), ("Portland Old Port", "ME"),
         ("Martha's Vineyard", "MA"), ("Lenox", "MA"), ("Middlebury", "VT"),
         ("Ogunquit", "ME"), ("Essex", "CT")]
CITY_OF = {"Boston Seaport": "Boston", "Providence Federal Hill": "Providence", "Portland Old Port": "Portland",
           "Martha's Vineyard": "Edgartown"}

# three-level category tree: top -> family -> style
TREE = {
    "Wine": {"Red Wine": ["Cabernet Sauvignon", "Merlot", "Pinot Noir", "Syrah & Shiraz", "Malbec", "Tempranillo",
                          "Sangiovese", "Zinfandel", "Red Blends"],
             "White Wine": ["Chardonnay", "Sauvignon Blanc", "Riesling", "Pinot Grigio", "Chenin Blanc", "Albariño",
                            "Grüner Veltliner"],
             "Rosé Wine": ["Provence Rosé", "Other Rosé"],
             "Sparkling Wine": ["Champagne", "Prosecco", "Cava", "Crémant"],
             "Dessert & Fortified": ["Port", "Sherry", "Sauternes"]},
    "Spirits": {"Whisky": ["Scotch Single Malt", "Blended Scotch", "Bourbon", "Rye", "Irish Whiskey", "Japanese Whisky"],
                "Gin": ["London Dry Gin", "Contemporary Gin"],
                "Rum": ["White Rum", "Aged Rum"],
                "Agave": ["Tequila", "Mezcal"],
                "Brandy": ["Cognac", "Armagnac"],
                "Vodka": ["Vodka"], "Liqueurs": ["Liqueurs"]},
    "Beer & Cider": {"Beer": ["IPA", "Lager", "Stout & Porter"], "Cider": ["Hard Cider"]},
}
PRODUCERS = [("Château Belair-Monfort", "France", "Bordeaux"), ("Domaine Lefaivre", "France", "Burgundy"),
             ("Maison Chaudron", "France", "Champagne"), ("Domaine des Cigales", "France", "Provence"),
             ("Château Sablons", "France", "Sauternes"), ("Cave de Vouvray Sud", "France", "Loire"),
             ("Domaine Haut-Rhin", "France", "Alsace"), ("Tenuta Vallebella", "Italy", "Tuscany"),
             ("Cantina del Lago", "Italy", "Veneto"), ("Poderi Santoro", "Italy", "Piedmont"),
             ("Bodegas Arrieta", "Spain", "Rioja"), ("Celler Montsant", "Spain", "Penedès"),
             ("Adega Rías", "Spain", "Rías Baixas"), ("Bodegas Jerezana", "Spain", "Jerez"),
             ("Quinta do Vale Fundo", "Portugal", "Douro"), ("Weingut Steinberger", "Germany", "Mosel"),
             ("Weingut Kremser", "Austria", "Wachau"), ("Ridgecrest Cellars", "United States", "Napa Valley"),
             ("Coastal Fog Vineyards", "United States", "Sonoma"), ("Willamette Hollow", "United States", "Oregon"),
             ("Finger Lakes Estate", "United States", "New York"), ("Paso Ridge", "United States", "Paso Robles"),
             ("Sandy Neck Vineyard", "United States", "Massachusetts"), ("Bodega Los Andes", "Argentina", "Mendoza"),
             ("Viña Cordillera", "Chile", "Maipo Valley"), ("Kookaburra Creek", "Australia", "Barossa Valley"),
             ("Southern Cross Wines", "Australia", "Margaret River"), ("Kauri Bay", "New Zealand", "Marlborough"),
             ("Stellenrust Heights", "South Africa", "Stellenbosch"), ("Glen Caorach", "Scotland", "Speyside"),
             ("Islay Storm Distillery", "Scotland", "Islay"), ("Highland Thistle", "Scotland", "Highlands"),
             ("Old Forester Ridge", "United States", "Kentucky"), ("Bluegrass Barrel Co.", "United States", "Kentucky"),
             ("Hudson Rye Works", "United States", "New York"), ("Kilbeggan Cross", "Ireland", "Westmeath"),
             ("Yamazaki Hills", "Japan", "Osaka"), ("Thames Wharf Distillers", "England", "London"),
             ("Harborlight Gin", "United States", "Maine"), ("Caribe Azul", "Barbados", "Saint Philip"),
             ("Ron Montaña", "Guatemala", "Quetzaltenango"), ("Agave Sol", "Mexico", "Jalisco"),
             ("Oaxaca Humo", "Mexico", "Oaxaca"), ("Maison Delorme", "France", "Cognac"),
             ("Domaine Gascon", "France", "Armagnac"), ("Vistula Spirits", "Poland", "Mazovia"),
             ("Frost Peak Vodka", "United States", "Vermont"), ("Liquoristi Amari", "Italy", "Lombardy"),
             ("Tidepool Brewing", "United States", "Maine"), ("Green Mountain Ales", "United States", "Vermont"),
             ("Bayside Brewery", "United States", "Massachusetts"), ("Orchard Hill Cidery", "United States", "New Hampshire"),
             ("Brasserie Dupuis", "Belgium", "Wallonia"), ("Mosel Sekt Haus", "Germany", "Mosel"),
             ("Casa Prosecchina", "Italy", "Veneto"), ("Cal Cava", "Spain", "Penedès")]
# style -> producer indexes (0-based) and price range, ABV, bottle
STYLE_SRC = {
    "Cabernet Sauvignon": ([0, 17, 24, 28, 21], (14, 140), 14.0), "Merlot": ([0, 17, 18, 24], (12, 70), 13.5),
    "Pinot Noir": ([1, 19, 18, 27, 22], (18, 120), 13.0), "Syrah & Shiraz": ([25, 21, 28], (14, 75), 14.5),
    "Malbec": ([23], (12, 55), 14.0), "Tempranillo": ([10], (13, 80), 13.5), "Sangiovese": ([7], (15, 110), 13.5),
    "Zinfandel": ([21, 18], (16, 60), 15.0), "Red Blends": ([0, 9, 14, 26, 17], (12, 95), 14.0),
    "Chardonnay": ([1, 17, 18, 26], (13, 110), 13.5), "Sauvignon Blanc": ([27, 5, 24, 28], (11, 45), 12.5),
    "Riesling": ([15, 6, 20], (12, 55), 11.0), "Pinot Grigio": ([8, 19], (10, 28), 12.0),
    "Chenin Blanc": ([5, 28], (12, 40), 12.5), "Albariño": ([12], (15, 35), 12.5),
    "Grüner Veltliner": ([16], (14, 45), 12.5), "Provence Rosé": ([3], (15, 40), 12.5),
    "Other Rosé": ([10, 22, 19], (11, 30), 12.0), "Champagne": ([2], (45, 250), 12.0),
    "Prosecco": ([54, 8], (12, 28), 11.0), "Cava": ([55, 11], (11, 30), 11.5), "Crémant": ([6, 5, 53], (18, 35), 12.0),
    "Port": ([14], (20, 120), 20.0), "Sherry": ([13], (16, 60), 17.5), "Sauternes": ([4], (30, 160), 13.5),
    "Scotch Single Malt": ([29, 30, 31], (55, 320), 43.0), "Blended Scotch": ([29, 31], (28, 90), 40.0),
    "Bourbon": ([32, 33], (28, 140), 45.0), "Rye": ([34, 32], (32, 90), 46.0), "Irish Whiskey": ([35], (30, 110), 40.0),
    "Japanese Whisky": ([36], (70, 260), 43.0), "London Dry Gin": ([37], (25, 50), 41.0),
    "Contemporary Gin": ([38, 37], (32, 60), 44.0), "White Rum": ([39, 40], (18, 35), 40.0),
    "Aged Rum": ([39, 40], (35, 120), 40.0), "Tequila": ([41], (30, 150), 40.0), "Mezcal": ([42], (45, 130), 45.0),
    "Cognac": ([43], (45, 300), 40.0), "Armagnac": ([44], (50, 180), 42.0), "Vodka": ([45, 46], (20, 55), 40.0),
    "Liqueurs": ([47], (20, 45), 25.0), "IPA": ([48, 49, 50], (12, 22), 6.8), "Lager": ([50, 52, 49], (10, 18), 5.0),
    "Stout & Porter": ([48, 52, 49], (12, 24), 7.5), "Hard Cider": ([51], (11, 19), 6.0),
}
WINE_WORDS = ["Reserve", "Estate", "Vieilles Vignes", "Old Vine", "Cuvée Marie", "Single Vineyard", "Grand Cru",
              "Hillside", "Les Terrasses", "Riserva", "Clos du Moulin", "Heritage", "Barrel Select", "Cuvée Prestige"]
SPIRIT_WORDS = {
    "Whisky": ["12 Year", "15 Year", "18 Year", "Small Batch", "Cask Strength", "Double Oak", "Sherry Cask",
               "Single Barrel", "Port Finish", "Peated", "Original"],
    "Agave": ["Blanco", "Reposado", "Añejo", "Extra Añejo", "Espadín", "Ensamble"],
    "Brandy": ["VS", "VSOP", "XO", "Hors d'Âge", "Napoléon"],
    "Gin": ["Navy Strength", "Botanical", "Original", "Old Tom", "Coastal"],
    "Rum": ["Overproof", "8 Year", "12 Year", "Spiced", "Silver", "Original"],
    "Vodka": ["Original", "Citron", "Small Batch", "Wheat", "Potato"],
    "Liqueurs": ["Original", "Riserva", "Classico"],
}
BEER_WORDS = ["Hazy", "West Coast", "Pilsner", "Imperial", "Session", "Harbor", "Lighthouse", "Nor'easter", "Dry", "Rosé"]
THEMES = ["Bordeaux Deep Dive", "Champagne & Oysters", "Whisky Around the World", "Natural Wines", "Italian Reds",
          "Summer Rosé", "Gin Botanicals", "Bourbon Basics", "Holiday Bubbles", "Port & Cheese", "Mezcal Night",
          "New England Craft Beer"]


def d(x):
    return x.isoformat()


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    shops = []
    closed = {12, 30, 41}
    remodel = {7, 22}
    for i, (nm, st) in enumerate(TOWNS, 1):
        town = CITY_OF.get(nm, nm)
        status = "Closed" if i in closed else ("Remodeling" if i in remodel else "Open")
        opened = dt.date(2005, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 18))
        bar = 1 if rnd.random() < 0.45 else 0
        lic = rnd.choices(["Full Liquor", "Wine & Beer"], [75, 25])[0]
        shops.append((i, f"Harbor & Vine {nm}", town, st, status, d(opened), bar, lic))
    con.executemany("INSERT INTO tbl_Shop VALUES (?,?,?,?,?,?,?,?)", shops)

    used = set()

    def fullname():
        while True:
            n = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            if n not in used:
                used.add(n)
                return n

    staff = []
    sid = [0]

    def hire(lo):
        return dt.date(lo, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * (2025 - lo)))

    def add(role, shop, mgr, hd, sal, som, status):
        sid[0] += 1
        staff.append((sid[0], fullname(), role, shop, mgr, d(hd), sal, som, status))
        return sid[0]

    director = add("Director of Operations", None, None, dt.date(2009, 9, 14), 168000, 1, "Active")
    districts = {"MA": [], "RI": [], "CT": [], "ME": [], "NH": [], "VT": []}
    dm_of = {}
    groups = [("MA",), ("RI", "CT"), ("ME", "NH", "VT")]
    dms = []
    for g in groups:
        dm = add("District Manager", None, director, hire(2010), rnd.randrange(98, 122) * 1000,
                 1 if rnd.random() < 0.5 else 0, "Active")
        dms.append(dm)
        for s in g:
            dm_of[s] = dm
    # MA is big: second district manager for western MA
    dm_west = add("District Manager", None, director, hire(2012), rnd.randrange(98, 122) * 1000, 0, "Active")
    shop_staff = {}
    for sh in shops:
        shid, st, status = sh[0], sh[3], sh[4]
        mgr_dm = dm_west if sh[2] in ("Worcester", "Springfield", "Northampton", "Lenox", "Framingham") else dm_of[st]
        es = "Left" if status == "Closed" else "Active"
        sm = add("Shop Manager", shid, mgr_dm, hire(2010), rnd.randrange(62, 84) * 1000,
                 1 if rnd.random() < 0.35 else 0, es)
        people = [sm]
        if rnd.random() < 0.6:
            people.append(add("Assistant Manager", shid, sm, hire(2014), rnd.randrange(48, 60) * 1000,
                              1 if rnd.random() < 0.25 else 0, es))
        for _ in range(rnd.randint(2, 4)):
            role = rnd.choices(["Wine Advisor", "Spirits Specialist", "Cashier", "Stock Associate"], [35, 20, 30, 15])[0]
            st_es = es if es == "Left" else rnd.choices(["Active", "On Leave", "Left"], [85, 5, 10])[0]
            som = 1 if role == "Wine Advisor" and rnd.random() < 0.3 else 0
            people.append(add(role, shid, sm, hire(2016), rnd.randrange(34, 50) * 1000, som, st_es))
        shop_staff[shid] = people
    con.executemany("INSERT INTO tbl_Staff VALUES (?,?,?,?,?,?,?,?,?)", staff)

    cats, styles = [], []
    cid = 0
    for top, fams in TREE.items():
        cid += 1
        tid = cid
        cats.append((tid, top, None))
        for fam, sts in fams.items():
            cid += 1
            fid = cid
            cats.append((fid, fam, tid))
            for s in sts:
                if s == fam:
                    styles.append((fid, s, top, fam))
                    continue
                cid += 1
                cats.append((cid, s, fid))
                styles.append((cid, s, top, fam))
    con.executemany("INSERT INTO tbl_Category VALUES (?,?,?)", cats)
    con.executemany("INSERT INTO tbl_Producer VALUES (?,?,?,?)",
                    [(i, p, c, r) for i, (p, c, r) in enumerate(PRODUCERS, 1)])

    prods, pnames = [], set()
    pid = 0
    for cidx, sname, top, fam in styles:
        srcs, (lo, hi), abv = STYLE_SRC[sname]
        for _ in range(rnd.randint(6, 11)):
            for _t in range(40):
                pi = rnd.choice(srcs)
                if top == "Wine":
                    vint = rnd.randint(2012, 2023)
                    if sname in ("Prosecco", "Cava", "Crémant") or (sname == "Champagne" and rnd.random() < 0.6) \
                            or (sname in ("Port", "Sherry") and rnd.random() < 0.7):
                        vint = None
                    nm = f"{PRODUCERS[pi][0]} {sname if sname not in ('Red Blends', 'Other Rosé') else 'Rouge' if sname == 'Red Blends' else 'Rosé'} {rnd.choice(WINE_WORDS)}"
                    if vint:
                        nm += f" {vint}"
                    ml = rnd.choices([750, 375, 1500], [88, 6, 6])[0]
                elif top == "Spirits":
                    vint = None
                    nm = f"{PRODUCERS[pi][0]} {rnd.choice(SPIRIT_WORDS[fam])} {sname if sname != 'Liqueurs' else rnd.choice(['Amaretto', 'Limoncello', 'Amaro', 'Coffee Liqueur'])}"
                    ml = rnd.choices([750, 1000, 1750, 375], [70, 15, 8, 7])[0]
                else:
                    vint = None
                    nm = f"{PRODUCERS[pi][0]} {rnd.choice(BEER_WORDS)} {sname} 6-Pack"
                    ml = 355
                if nm not in pnames:
                    break
            else:
                continue
            pnames.add(nm)
            pid += 1
            price = round(rnd.uniform(lo, hi)) - 0.01 if top != "Beer & Cider" else round(rnd.uniform(lo, hi)) - 0.01
            if ml == 375:
                price = round(price * 0.55) - 0.01
            elif ml == 1500:
                price = round(price * 2.1) - 0.01
            elif ml in (1000, 1750):
                price = round(price * (1.3 if ml == 1000 else 2.0)) - 0.01
            price = max(price, 8.99)
            cost = round(price * rnd.uniform(0.48, 0.7), 2)
            a = round(abv + rnd.uniform(-1.0, 1.0) * (0.5 if top == "Wine" else 2), 1)
            if any(w in nm for w in ("Cask Strength", "Navy Strength", "Overproof")):
                a = round(a + 14.0, 1)
            org = 1 if top == "Wine" and rnd.random() < 0.2 else (1 if rnd.random() < 0.05 else 0)
            disc = 1 if rnd.random() < 0.07 else 0
            prods.append((pid, nm, cidx, pi + 1, vint, a, ml, price, cost, org, disc))
    con.executemany("INSERT INTO tbl_Product VALUES (?,?,?,?,?,?,?,?,?,?,?)", prods)

    custs, emails = [], set()
    for i in range(1, 851):
        nm = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        hs = rnd.choice(shops)
        base = nm.lower().replace(" ", ".").replace("'", "")
        base = "".join(ch for ch in base.encode("ascii", "ignore").decode() if ch.isalnum() or ch == ".")
        em, k = f"{base}@mailbox.test", 1
        while em in emails:
            k += 1
            em = f"{base}{k}@mailbox.test"
        emails.add(em)
        joined = dt.date(2018, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 8))
        custs.append((i, nm, em, hs[2], hs[3], rnd.randint(1945, 2003), d(joined),
                      1 if rnd.random() < 0.3 else 0, hs[0]))
    con.executemany("INSERT INTO tbl_Customer VALUES (?,?,?,?,?,?,?,?,?)", custs)

    sales, lines = [], []
    start = dt.date(2023, 1, 1)
    span = (dt.date(2025, 12, 31) - start).days + 1
    close_dt = {12: dt.date(2024, 2, 29), 30: dt.date(2023, 10, 31), 41: dt.date(2025, 5, 15)}
    weights = [p[7] < 60 and 4 or 1 for p in prods]
    n = 0
    while n < 1350:
        sh = rnd.choice(shops)
        sd = start + dt.timedelta(days=rnd.randrange(span))
        if sh[0] in close_dt and sd >= close_dt[sh[0]]:
            continue
        n += 1
        r = rnd.random()
        local = [c for c in custs if c[8] == sh[0]]
        cust = None if r < 0.3 else (rnd.choice(local)[0] if local and r < 0.85 else rnd.choice(custs)[0])
        emp = rnd.choice(shop_staff[sh[0]])
        pay = rnd.choices(["Card", "Cash", "Gift Card", "Mobile"], [60, 20, 5, 15])[0]
        status = rnd.choices(["Completed", "Refunded", "Voided"], [91, 5, 4])[0]
        total = 0.0
        k = rnd.choices([1, 2, 3], [50, 35, 15])[0]
        chosen = []
        while len(chosen) < k:
            p = rnd.choices(prods, weights)[0]
            if p not in chosen:
                chosen.append(p)
        for p in chosen:
            q = rnd.choices([1, 2, 3, 6, 12], [60, 20, 8, 8, 4])[0]
            up = p[7] if rnd.random() > 0.15 else round(p[7] * (0.9 if q < 6 else 0.85), 2)
            lines.append((n, p[0], q, up))
            total += q * up
        sales.append((n, sh[0], cust, emp, d(sd), pay, status, round(total, 2)))
    con.executemany("INSERT INTO tbl_Sale VALUES (?,?,?,?,?,?,?,?)", sales)
    con.executemany("INSERT INTO tbl_SaleLine VALUES (?,?,?,?)", lines)

    events = []
    bar_shops = [s for s in shops if s[6] == 1]
    for e in range(1, 161):
        sh = rnd.choice(bar_shops)
        ed = start + dt.timedelta(days=rnd.randrange(span))
        if sh[0] in close_dt and ed >= close_dt[sh[0]]:
            ed = close_dt[sh[0]] - dt.timedelta(days=rnd.randint(10, 200))
        hosts = [x for x in staff if x[3] == sh[0] and x[2] in ("Shop Manager", "Assistant Manager", "Wine Advisor",
                                                                  "Spirits Specialist")]
        host = rnd.choice(hosts)[0]
        cap = rnd.choice([12, 16, 20, 24, 30])
        theme = rnd.choice(THEMES)
        status = "Cancelled" if rnd.random() < 0.08 else "Held"
        if ed > dt.date(2025, 11, 30):
            status = "Scheduled"
        att = 0 if status != "Held" else rnd.randint(cap // 3, cap)
        price = rnd.choice([15, 20, 25, 35, 45, 60])
        if "Champagne" in theme or "Whisky" in theme:
            price += 20
        events.append((ed, sh[0], host, theme, float(price), cap, att, status))
    events.sort()
    con.executemany("INSERT INTO tbl_TastingEvent VALUES (?,?,?,?,?,?,?,?,?)",
                    [(i, e[1], e[2], d(e[0]), e[3], e[4], e[5], e[6], e[7]) for i, e in enumerate(events, 1)])
    con.commit()
    con.execute("VACUUM")
    con.close()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
