"""Het Gulden Wiel: a (fictional) Dutch cheese shop and deli with a wholesale arm that supplies restaurants and hotels.

Shops: Utrecht (since 2011), Haarlem (since 2017) and Leeuwarden (opened Saturday 15 March 2025), open Tuesday to Saturday
09:00-18:00 and closed on Sundays, Mondays, King's Day (27 April 2024, 26 April 2025), 25-26 December and 1 January.  A
fourth branch, Groothandel (wholesale, Woerden), invoices restaurants and hotels on 30 days' credit, Monday to Friday.
Prices are net (excluding BTW); BTW is 9 % on cheese and deli food and 21 % on wine, drinks and accessories.  Kaasclub
members get 5 % off in the shops.  Oude Goudse boerenkaas went from EUR 24.50 to EUR 26.90 a kilo on 1 February 2025.

Schema style: a Frappe / ERPNext site copied into SQLite:
  * tables named 'tab' + DocType with spaces ("tabSales Invoice", "tabSales Invoice Item", "tabItem Group" ...);
  * every table's primary key is the TEXT column `name` (naming series like 'ACC-SINV-2025-00042', 'HR-EMP-00007', item
    codes, or the customer's own name), plus creation / modified / owner / docstatus / idx bookkeeping columns;
  * child tables point at their parent through `parent` / `parenttype` / `parentfield`; NO foreign keys are declared;
  * docstatus 0 draft, 1 submitted, 2 cancelled; a cancelled invoice is amended as NAME-1 (amended_from);
  * returns are credit notes: is_return = 1, negative quantities and totals, return_against -> the original invoice;
  * dates 'YYYY-MM-DD', times 'HH:MM:SS', creation / modified 'YYYY-MM-DD HH:MM:SS.ffffff'; custom fields prefixed custom_;
  * cheese sold by the kilo with 3-decimal quantities; tree tables with parent_item_group / parent_customer_group;
  * self-references: Employee.reports_to, Sales Invoice.return_against and amended_from, Item Group.parent_item_group;
  * many-to-many items <-> suppliers through the child table "tabItem Supplier";
  * dirty data: a customer keyed twice in another case (the copy disabled), trailing spaces, NULL e-mails and mobiles,
    'Walk-in Customer' on most shop sales, drafts, cancelled and amended invoices, credit notes, overdue invoices,
    a disabled item still in old invoices and the same cheese keyed twice in another case.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, hashlib, os, random, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import NL_FIRST, NL_LAST

SEED = 7730219
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "gulden_wiel.sqlite")
D, TD = dt.date, dt.timedelta
START, END = D(2024, 1, 2), D(2025, 12, 31)
R = random.Random(SEED)
STD = "creation TEXT, modified TEXT, owner TEXT, docstatus INTEGER DEFAULT 0, idx INTEGER DEFAULT 0"
SCHEMA = f"""
CREATE TABLE "tabBranch" (name TEXT PRIMARY KEY, branch TEXT, custom_city TEXT, custom_opening_date TEXT, {STD});
CREATE TABLE "tabDesignation" (name TEXT PRIMARY KEY, designation_name TEXT, {STD});
CREATE TABLE "tabEmployee" (name TEXT PRIMARY KEY, employee_name TEXT, first_name TEXT, last_name TEXT, gender TEXT, date_of_birth TEXT, date_of_joining TEXT, relieving_date TEXT, status TEXT, branch TEXT, designation TEXT, reports_to TEXT, user_id TEXT, company TEXT, {STD});
CREATE TABLE "tabItem Group" (name TEXT PRIMARY KEY, item_group_name TEXT, parent_item_group TEXT, is_group INTEGER, lft INTEGER, rgt INTEGER, {STD});
CREATE TABLE "tabItem" (name TEXT PRIMARY KEY, item_code TEXT, item_name TEXT, item_group TEXT, stock_uom TEXT, standard_rate REAL, is_stock_item INTEGER, disabled INTEGER, country_of_origin TEXT, custom_milk_type TEXT, {STD});
CREATE TABLE "tabSupplier" (name TEXT PRIMARY KEY, supplier_name TEXT, supplier_group TEXT, country TEXT, {STD});
CREATE TABLE "tabItem Supplier" (name TEXT PRIMARY KEY, parent TEXT, parenttype TEXT, parentfield TEXT, supplier TEXT, supplier_part_no TEXT, {STD});
CREATE TABLE "tabCustomer Group" (name TEXT PRIMARY KEY, customer_group_name TEXT, parent_customer_group TEXT, is_group INTEGER, {STD});
CREATE TABLE "tabCustomer" (name TEXT PRIMARY KEY, customer_name TEXT, customer_type TEXT, customer_group TEXT, territory TEXT, custom_city TEXT, email_id TEXT, mobile_no TEXT, disabled INTEGER, {STD});
CREATE TABLE "tabMode of Payment" (name TEXT PRIMARY KEY, mode_of_payment TEXT, type TEXT, enabled INTEGER, {STD});
CREATE TABLE "tabSales Invoice" (name TEXT PRIMARY KEY, naming_series TEXT, customer TEXT, customer_name TEXT, posting_date TEXT, posting_time TEXT, due_date TEXT, branch TEXT, selling_price_list TEXT, is_pos INTEGER, is_return INTEGER, return_against TEXT, amended_from TEXT, status TEXT, currency TEXT, total_qty REAL, net_total REAL, total_taxes_and_charges REAL, grand_total REAL, outstanding_amount REAL, remarks TEXT, {STD});
CREATE TABLE "tabSales Invoice Item" (name TEXT PRIMARY KEY, parent TEXT, parenttype TEXT, parentfield TEXT, item_code TEXT, item_name TEXT, item_group TEXT, qty REAL, uom TEXT, price_list_rate REAL, discount_percentage REAL, rate REAL, amount REAL, net_amount REAL, item_tax_template TEXT, {STD});
CREATE TABLE "tabSales Invoice Payment" (name TEXT PRIMARY KEY, parent TEXT, parenttype TEXT, parentfield TEXT, mode_of_payment TEXT, amount REAL, {STD});
"""
BRANCHES = [("Utrecht", "Utrecht", D(2011, 9, 3), 8.0), ("Haarlem", "Haarlem", D(2017, 4, 1), 6.5), ("Leeuwarden", "Leeuwarden", D(2025, 3, 15), 4.5),
            ("Groothandel", "Woerden", D(2015, 1, 5), 0)]
LW_OPEN = D(2025, 3, 15)
GROUPS = [("All Item Groups", None, 1), ("Cheese", "All Item Groups", 1), ("Gouda & Dutch", "Cheese", 0), ("Goat & Sheep", "Cheese", 0),
          ("Blue Cheese", "Cheese", 0), ("Imported Cheese", "Cheese", 0), ("Deli", "All Item Groups", 0), ("Wine & Drinks", "All Item Groups", 0),
          ("Accessories & Gifts", "All Item Groups", 0)]
T9, T21 = "BTW 9% - HGW", "BTW 21% - HGW"
# code, name, group, uom, rate (net), popularity, origin, milk, supplier idx
ITEMS = [
    ("KAAS-001", "Goudse boerenkaas jong", "Gouda & Dutch", "Kg", 16.90, 10, "Netherlands", "Cow", 0),
    ("KAAS-002", "Goudse boerenkaas belegen", "Gouda & Dutch", "Kg", 19.90, 12, "Netherlands", "Cow", 0),
    ("KAAS-003", "Oude Goudse boerenkaas", "Gouda & Dutch", "Kg", 26.90, 11, "Netherlands", "Cow", 0),
    ("KAAS-004", "Overjarige boerenkaas", "Gouda & Dutch", "Kg", 32.50, 6, "Netherlands", "Cow", 0),
    ("KAAS-005", "Leidse komijnekaas", "Gouda & Dutch", "Kg", 21.50, 6, "Netherlands", "Cow", 1),
    ("KAAS-006", "Friese nagelkaas", "Gouda & Dutch", "Kg", 22.90, 5, "Netherlands", "Cow", 2),
    ("KAAS-007", "Beemster XO", "Gouda & Dutch", "Kg", 34.90, 5, "Netherlands", "Cow", 3),
    ("KAAS-008", "Edammer", "Gouda & Dutch", "Kg", 15.50, 4, "Netherlands", "Cow", 3),
    ("KAAS-009", "Maasdammer", "Gouda & Dutch", "Kg", 14.90, 4, "Netherlands", "Cow", 3),
    ("KAAS-010", "Brandnetelkaas", "Gouda & Dutch", "Kg", 20.90, 3, "Netherlands", "Cow", 0),
    ("KAAS-011", "Geitenkaas jong", "Goat & Sheep", "Kg", 24.90, 6, "Netherlands", "Goat", 4),
    ("KAAS-012", "Geitenkaas belegen met honing", "Goat & Sheep", "Kg", 27.90, 4, "Netherlands", "Goat", 4),
    ("KAAS-013", "Texelse schapenkaas", "Goat & Sheep", "Kg", 29.90, 4, "Netherlands", "Sheep", 5),
    ("KAAS-014", "Manchego curado", "Goat & Sheep", "Kg", 31.50, 4, "Spain", "Sheep", 6),
    ("KAAS-015", "Pecorino Romano", "Goat & Sheep", "Kg", 28.90, 3, "Italy", "Sheep", 6),
    ("KAAS-016", "Roquefort Papillon", "Blue Cheese", "Kg", 39.90, 3, "France", "Sheep", 6),
    ("KAAS-017", "Fourme d'Ambert", "Blue Cheese", "Kg", 29.50, 2, "France", "Cow", 6),
    ("KAAS-018", "Gorgonzola dolce", "Blue Cheese", "Kg", 26.90, 3, "Italy", "Cow", 6),
    ("KAAS-019", "Stilton", "Blue Cheese", "Kg", 33.90, 2, "United Kingdom", "Cow", 6),
    ("KAAS-020", "Comté 18 mois", "Imported Cheese", "Kg", 36.90, 5, "France", "Cow", 6),
    ("KAAS-021", "Brie de Meaux", "Imported Cheese", "Kg", 29.90, 4, "France", "Cow", 6),
    ("KAAS-022", "Parmigiano Reggiano 24 mesi", "Imported Cheese", "Kg", 34.50, 4, "Italy", "Cow", 6),
    ("KAAS-023", "Gruyère AOP", "Imported Cheese", "Kg", 33.50, 3, "Switzerland", "Cow", 6),
    ("KAAS-024", "Mozzarella di Bufala 125g", "Imported Cheese", "Nos", 3.45, 5, "Italy", "Buffalo", 6),
    ("DELI-001", "Mosterd grof 250ml", "Deli", "Nos", 4.25, 6, "Netherlands", None, 7),
    ("DELI-002", "Kaaskoekjes 150g", "Deli", "Nos", 3.95, 8, "Netherlands", None, 7),
    ("DELI-003", "Vijgenbrood 200g", "Deli", "Nos", 5.45, 5, "Spain", None, 7),
    ("DELI-004", "Olijven groen 200g", "Deli", "Nos", 4.75, 5, "Greece", None, 7),
    ("DELI-005", "Droge worst Gelderse", "Deli", "Nos", 6.95, 6, "Netherlands", None, 7),
    ("DELI-006", "Stroopwafels ambachtelijk", "Deli", "Nos", 4.50, 7, "Netherlands", None, 7),
    ("DELI-007", "Truffelhoning 120g", "Deli", "Nos", 8.95, 3, "Italy", None, 7),
    ("WIJN-001", "Port Tawny 10 anos", "Wine & Drinks", "Nos", 22.90, 3, "Portugal", None, 8),
    ("WIJN-002", "Rioja Crianza", "Wine & Drinks", "Nos", 10.95, 4, "Spain", None, 8),
    ("WIJN-003", "Sauternes demi-bouteille", "Wine & Drinks", "Nos", 18.50, 2, "France", None, 8),
    ("WIJN-004", "Friese bierkaas-bier 33cl", "Wine & Drinks", "Nos", 2.95, 4, "Netherlands", None, 8),
    ("ACC-001", "Kaasschaaf Boska", "Accessories & Gifts", "Nos", 12.35, 3, "Netherlands", None, 9),
    ("ACC-002", "Kaasplank eikenhout", "Accessories & Gifts", "Nos", 24.75, 2, "Netherlands", None, 9),
    ("ACC-003", "Cadeaupakket Hollands Glorie", "Accessories & Gifts", "Nos", 29.95, 3, "Netherlands", None, 9),
    ("ACC-004", "Kaasmesjes set van 3", "Accessories & Gifts", "Nos", 16.50, 2, "Netherlands", None, 9),
]
# keyed twice: the old upper-case code of the Friese nagelkaas, disabled on 1 July 2024
DUP = ("KAAS-006-OUD", "FRIESE NAGELKAAS", "Gouda & Dutch", "Kg", 22.90, 0, "Netherlands", "Cow", 2)
DUP_SWITCH = D(2024, 7, 1)
OUDE_OLD, OUDE_DAY = 24.50, D(2025, 2, 1)
SUPPLIERS = [("Kaasboerderij De Groote Hoeve", "Boerderij", "Netherlands"), ("Kaashandel Leiden BV", "Groothandel", "Netherlands"),
             ("Fryske Tsiis Coöperatie", "Boerderij", "Netherlands"), ("Beemster Kaas", "Zuivelfabriek", "Netherlands"),
             ("Geitenhouderij 't Geitje", "Boerderij", "Netherlands"), ("Texelse Schapenboerderij", "Boerderij", "Netherlands"),
             ("Fromagerie Européenne SARL", "Importeur", "France"), ("Delicatessen Van Wijk", "Groothandel", "Netherlands"),
             ("Wijnkoperij De Druif", "Groothandel", "Netherlands"), ("Boska Holland", "Fabrikant", "Netherlands"), ("Kaashandel Leiden BV ", "Groothandel", "Netherlands")]
CUST_GROUPS = [("All Customer Groups", None, 1), ("Individual", "All Customer Groups", 0), ("Kaasclub", "All Customer Groups", 0),
               ("Horeca", "All Customer Groups", 0), ("Commercial", "All Customer Groups", 0)]
HORECA = [("Brasserie Het Anker", "Utrecht", "Utrecht"), ("Hotel De Wereld", "Utrecht", "Utrecht"), ("Café De Zwaan", "Haarlem", "Noord-Holland"),
          ("Restaurant Fjoer", "Leeuwarden", "Friesland"), ("Lunchroom Baltus", "Haarlem", "Noord-Holland"), ("Grand Café Stadhuis", "Utrecht", "Utrecht"),
          ("Restaurant Pôlle", "Leeuwarden", "Friesland"), ("Bistro Chez Hélène", "Bergen", "Noord-Holland"), ("Hotel Duinzicht", "Bergen", "Noord-Holland"),
          ("Herberg De Maasvallei", "Bergen", "Limburg"), ("Strandpaviljoen Zuid", "Zandvoort", "Noord-Holland"), ("Eetcafé 't Hoekje", "Woerden", "Utrecht"),
          ("Wijnbar Proost", "Amersfoort", "Utrecht"), ("Restaurant De Molen", "Hengelo", "Overijssel"), ("Landgoed Hotel Hengelo", "Hengelo", "Gelderland"),
          ("Kaasfonduerestaurant Smelt", "Amsterdam", "Noord-Holland"), ("Pizzeria Da Luca", "Haarlem", "Noord-Holland"), ("Hotel Oranje", "Leeuwarden", "Friesland")]
COMMERCIAL = [("Catering Van Dam BV", "Utrecht", "Utrecht"), ("Kantoor Catering Noord", "Leeuwarden", "Friesland"), ("Relatiegeschenken.nl", "Woerden", "Utrecht")]
CITIES = {"Utrecht": [("Utrecht", "Utrecht", 10), ("Nieuwegein", "Utrecht", 3), ("Zeist", "Utrecht", 3), ("Woerden", "Utrecht", 2), ("Houten", "Utrecht", 2)],
          "Haarlem": [("Haarlem", "Noord-Holland", 10), ("Heemstede", "Noord-Holland", 3), ("Bloemendaal", "Noord-Holland", 2), ("Bergen", "Noord-Holland", 1), ("Zandvoort", "Noord-Holland", 2)],
          "Leeuwarden": [("Leeuwarden", "Friesland", 10), ("Franeker", "Friesland", 2), ("Sneek", "Friesland", 3), ("Drachten", "Friesland", 2)]}
PAYMODES = [("Contant", "Cash"), ("Pin", "Bank"), ("Creditcard", "Bank"), ("Cadeaubon", "General"), ("Tikkie", "Bank")]


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:10]


def ts(d, minute=9 * 60, extra=0):
    return f"{d.isoformat()} {minute // 60:02d}:{minute % 60:02d}:{extra % 60:02d}.{(extra * 7919) % 1000000:06d}"


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def kings_day(y):
    d = D(y, 4, 27)
    return d - TD(days=1) if d.weekday() == 6 else d


def shop_open(d):
    return d.weekday() in (1, 2, 3, 4, 5) and d != kings_day(d.year) and (d.month, d.day) not in ((12, 25), (12, 26), (1, 1))


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    def ins(t, row):
        con.execute(f'INSERT INTO "{t}" VALUES ({",".join("?" * len(row))})', row)
    ADMIN = "Administrator"
    for b, city, opened, _ in BRANCHES:
        ins("tabBranch", (b, b, city, opened.isoformat(), ts(opened - TD(days=30)), ts(opened - TD(days=30)), ADMIN, 0, 0))
    DESIG = ["Directeur", "Filiaalmanager", "Kaasspecialist", "Verkoopmedewerker", "Zaterdaghulp", "Accountmanager Horeca", "Administratief medewerker"]
    for x in DESIG:
        ins("tabDesignation", (x, x, ts(D(2015, 1, 1)), ts(D(2015, 1, 1)), ADMIN, 0, 0))
    emps = []  # (name, full, branch, desig, start, end, user, sat_only)
    people = [("Gerrit", "van den Berg", "Groothandel", "Directeur", D(2011, 9, 1), None, None),
              ("Marieke", "Hoekstra", "Utrecht", "Filiaalmanager", D(2012, 3, 1), None, 0),
              ("Joost", "Vermeulen", "Haarlem", "Filiaalmanager", D(2017, 3, 1), None, 0),
              ("Tjitske", "Wiersma", "Haarlem", "Kaasspecialist", D(2019, 6, 1), D(2025, 2, 28), 2),
              ("Tjitske", "Wiersma", "Leeuwarden", "Filiaalmanager", D(2025, 3, 1), None, 0),
              ("Özlem", "Yılmaz", "Utrecht", "Kaasspecialist", D(2018, 8, 15), None, 1),
              ("Bram", "de Groot", "Utrecht", "Verkoopmedewerker", D(2021, 4, 1), None, 1),
              ("Daniëlle", "Smit", "Utrecht", "Verkoopmedewerker", D(2022, 9, 1), D(2025, 6, 30), 1),
              ("Youssef", "El Amrani", "Utrecht", "Zaterdaghulp", D(2023, 5, 6), None, 1),
              ("Sanne", "Bakker", "Utrecht", "Verkoopmedewerker", D(2025, 7, 1), None, 1),
              ("Lieke", "Dekker", "Haarlem", "Verkoopmedewerker", D(2020, 2, 1), None, 2),
              ("Ravi", "Ramdin", "Haarlem", "Kaasspecialist", D(2021, 10, 1), None, 2),
              ("Esmée", "de Wit", "Haarlem", "Zaterdaghulp", D(2023, 9, 2), None, 2),
              ("Douwe", "Zijlstra", "Leeuwarden", "Verkoopmedewerker", D(2025, 3, 1), None, 4),
              ("Wietske", "Postma", "Leeuwarden", "Zaterdaghulp", D(2025, 3, 1), None, 4),
              ("Hanneke", "Jacobs", "Groothandel", "Accountmanager Horeca", D(2016, 5, 1), None, 0),
              ("Rutger", "Mulder", "Groothandel", "Administratief medewerker", D(2019, 1, 7), None, 0)]
    for i, (fn, ln, br, ds, start, end, boss) in enumerate(people, 1):
        name = f"HR-EMP-{i:05d}"
        full = f"{fn} {ln}"
        user = (f"{fn[0]}.{ln.split()[-1]}@guldenwiel.nl").lower().replace("ö", "o").replace("ı", "i").replace("é", "e").replace("ë", "e") if not (fn == "Tjitske" and end) else "t.wiersma.oud@guldenwiel.nl"
        reports = None if boss is None else f"HR-EMP-{boss + 1:05d}"
        if fn == "Tjitske" and not end:
            reports = "HR-EMP-00001"
        if ds == "Filiaalmanager" or ds in ("Accountmanager Horeca", "Administratief medewerker"):
            reports = "HR-EMP-00001"
        if reports == name:
            reports = None
        ins("tabEmployee", (name, full, fn, ln, "Female" if fn in NL_FIRST[:20] + ["Özlem", "Daniëlle", "Sanne", "Lieke", "Esmée", "Wietske", "Hanneke"] else "Male",
                            f"{1965 + (i * 7) % 38}-{1 + i % 12:02d}-{1 + (i * 5) % 28:02d}", start.isoformat(), end.isoformat() if end else None,
                            "Left" if end else "Active", br, ds, reports, user, "Het Gulden Wiel B.V.", ts(start - TD(days=10)), ts(end or start), ADMIN, 0, 0))
        emps.append((name, full, br, ds, start, end, user))

    # item groups (nested set)
    lr = {"All Item Groups": (1, 18), "Cheese": (2, 11), "Gouda & Dutch": (3, 4), "Goat & Sheep": (5, 6), "Blue Cheese": (7, 8), "Imported Cheese": (9, 10),
          "Deli": (12, 13), "Wine & Drinks": (14, 15), "Accessories & Gifts": (16, 17)}
    for g, parent, is_group in GROUPS:
        ins("tabItem Group", (g, g, parent, is_group, lr[g][0], lr[g][1], ts(D(2015, 1, 2)), ts(D(2015, 1, 2)), ADMIN, 0, 0))
    for i, (n, grp, c) in enumerate(SUPPLIERS):
        ins("tabSupplier", (n.strip() + ("-1" if n != n.strip() else ""), n, grp, c, ts(D(2015, 2, 1 + i)), ts(D(2015, 2, 1 + i)), ADMIN, 0, 0))
    items = []
    for k, it in enumerate(ITEMS + [DUP]):
        code, nm, grp, uom, rate, w, origin, milk, sup = it
        dis = 1 if it is DUP else 0
        created = D(2015, 3, 1) + TD(days=37 * k)
        ins("tabItem", (code, code, nm, grp, uom, rate, 1, dis, origin, milk, ts(created), ts(DUP_SWITCH if dis else (OUDE_DAY if code == "KAAS-003" else created)), ADMIN, 0, 0))
        sname = SUPPLIERS[sup][0].strip()
        ins("tabItem Supplier", (h("isup", code, 1), code, "Item", "supplier_items", sname, f"{sname[:3].upper()}-{100 + k}", ts(created), ts(created), ADMIN, 0, 1))
        if k % 4 == 0 and sup in (0, 3):
            alt = 1
            ins("tabItem Supplier", (h("isup", code, 2), code, "Item", "supplier_items", SUPPLIERS[alt][0].strip(), None, ts(created), ts(created), ADMIN, 0, 2))
        if k == 5:  # an old supplier record typed with a trailing space, later deduplicated as -1
            ins("tabItem Supplier", (h("isup", code, 3), code, "Item", "supplier_items", "Kaashandel Leiden BV-1", None, ts(created), ts(created), ADMIN, 0, 3))
        items.append(dict(code=code, name=nm, group=grp, uom=uom, rate=rate, w=w, tax=T21 if grp in ("Wine & Drinks", "Accessories & Gifts") else T9, dup=dis))

    for g, parent, is_group in CUST_GROUPS:
        ins("tabCustomer Group", (g, g, parent, is_group, ts(D(2015, 1, 2)), ts(D(2015, 1, 2)), ADMIN, 0, 0))
    for m, t in PAYMODES:
        ins("tabMode of Payment", (m, m, t, 1, ts(D(2015, 1, 2)), ts(D(2015, 1, 2)), ADMIN, 0, 0))

    customers = {"Walk-in Customer": ("Walk-in Customer", "Individual", None, None)}
    ins("tabCustomer", ("Walk-in Customer", "Walk-in Customer", "Individual", "Individual", "Netherlands", None, None, None, 0, ts(D(2015, 1, 2)), ts(D(2015, 1, 2)), ADMIN, 0, 0))
    members = {b: [] for b in CITIES}
    used = set()
    for n in range(620):
        shop = R.choices(list(CITIES), [45, 35, 20])[0]
        city, prov, _ = R.choices(CITIES[shop], [c[2] for c in CITIES[shop]])[0]
        full = f"{R.choice(NL_FIRST)} {R.choice(NL_LAST)}"
        if full in used:
            continue
        used.add(full)
        created = (D(2016, 1, 1) + TD(days=R.randint(0, 2900))) if shop != "Leeuwarden" else LW_OPEN + TD(days=R.randint(0, 250))
        if created > D(2025, 11, 30):
            created = D(2025, 11, 30) - TD(days=R.randint(0, 200))
        grp = "Kaasclub" if R.random() < 0.8 else "Individual"
        email = None if R.random() < 0.2 else full.lower().replace(" ", ".").replace("'", "") + "@" + R.choice(["gmail.com", "ziggo.nl", "hotmail.com", "kpnmail.nl"])
        mob = None if R.random() < 0.25 else f"06-{R.randint(10000000, 99999999)}"
        stored = full + " " if R.random() < 0.03 else full
        ins("tabCustomer", (stored, stored, "Individual", grp, prov, city if R.random() > 0.05 else None, email, mob, 0, ts(created, 10 * 60 + n % 400, n),
                            ts(created, 10 * 60 + n % 400, n), emps[1][6], 0, 0))
        members[shop].append((stored, created, grp))
    horeca = []
    for i, (n, city, prov) in enumerate(HORECA + COMMERCIAL):
        created = D(2016, 2, 1) + TD(days=97 * i)
        if city == "Leeuwarden" or prov == "Friesland":
            created = D(2025, 4, 1) + TD(days=9 * i)
        grp = "Horeca" if i < len(HORECA) else "Commercial"
        ins("tabCustomer", (n, n, "Company", grp, prov, city, "inkoop@" + n.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ô", "o")[:14] + ".nl",
                            f"0{R.randint(10, 79)}-{R.randint(1000000, 9999999)}", 0, ts(created), ts(created), emps[15][6], 0, 0))
        horeca.append((n, created, i))
    # the same customer keyed again in capitals, later disabled; and two members keyed twice in another case
    ins("tabCustomer", ("HOTEL DE WERELD", "HOTEL DE WERELD", "Company", "Horeca", "Utrecht", "Utrecht", None, None, 1, ts(D(2019, 5, 2)), ts(D(2019, 6, 1)), emps[15][6], 0, 0))
    for shop in ("Utrecht", "Haarlem"):
        m = members[shop][7]
        ins("tabCustomer", (m[0].upper().strip(), m[0].upper().strip(), "Individual", "Kaasclub", None, None, None, None, 1, ts(m[1] + TD(days=2)), ts(m[1] + TD(days=40)), emps[1][6], 0, 0))

    # ---- invoices
    seq = {}

    def next_name(prefix, d):
        k = (prefix, d.year)
        seq[k] = seq.get(k, 0) + 1
        return f"{prefix}-{d.year}-{seq[k]:05d}"

    invoices = []

    def staff_on(branch, d):
        out = [e for e in emps if e[2] == branch and e[4] <= d and (e[5] is None or e[5] >= d) and e[3] not in ("Directeur",)]
        if d.weekday() != 5:
            out = [e for e in out if e[3] != "Zaterdaghulp"]
        return out

    def price_of(it, d, wholesale):
        rate = it["rate"]
        if it["code"] == "KAAS-003" and d < OUDE_DAY:
            rate = OUDE_OLD
        return r2(rate * 0.85) if wholesale else rate

    day = START
    while day <= END:
        for b, city, opened, mean in BRANCHES:
            if b == "Groothandel" or day < opened or not shop_open(day):
                continue
            f = mean * (1.5 if day.weekday() == 5 else 1.0) * (1.8 if day.month == 12 and day.day >= 14 else 1.0)
            n = max(0, int(R.gauss(f, f ** 0.5) + 0.5))
            for minute in sorted(R.sample(range(9 * 60 + 1, 17 * 60 + 58), n)):
                cust, grp = "Walk-in Customer", None
                if R.random() < 0.35:
                    pool = [m for m in members[b] if m[1] <= day]
                    if pool:
                        cust, _, grp = R.choice(pool)
                avail = [it for it in items if (it["dup"] == 0 or day < DUP_SWITCH) and not (it["code"] == "KAAS-006" and day < DUP_SWITCH)]
                weights = [it["w"] * (3 if it["group"] == "Accessories & Gifts" and day.month == 12 else 1) for it in avail]
                weights = [w + (5 if it["dup"] else 0) for it, w in zip(avail, weights)]
                chosen = []
                for it in R.choices(avail, weights, k=R.choices([1, 2, 3, 4, 5], [25, 30, 25, 13, 7])[0]):
                    if it not in chosen:
                        chosen.append(it)
                lines = []
                for it in chosen:
                    qty = round(R.uniform(0.12, 0.95), 3) if it["uom"] == "Kg" else float(R.choices([1, 2, 3], [70, 22, 8])[0])
                    plr = price_of(it, day, False)
                    disc = 5.0 if grp == "Kaasclub" else 0.0
                    lines.append((it, qty, plr, disc))
                st = R.choice(staff_on(b, day))
                invoices.append(dict(day=day, minute=minute, branch=b, cust=cust, lines=lines, pos=1, owner=st[6], plist="Standaard Verkoop"))
        # wholesale: each horeca / commercial customer orders on some weekdays
        if day.weekday() < 5 and (day.month, day.day) not in ((12, 25), (12, 26), (1, 1)) and day != kings_day(day.year):
            for n, created, i in horeca:
                if created > day or R.random() > (0.22 if i % 3 else 0.12):
                    continue
                if n == "Hotel De Wereld" and day.month == 1:
                    continue
                chosen = R.sample([it for it in items if it["group"] not in ("Accessories & Gifts",) and not it["dup"] and not (it["code"] == "KAAS-006" and day < DUP_SWITCH)], R.randint(1, 4))
                if i >= len(HORECA):
                    chosen = [next(it for it in items if it["code"] == "ACC-003")] + chosen[:1]
                lines = []
                for it in chosen:
                    qty = round(R.uniform(1.0, 9.0), 3) if it["uom"] == "Kg" else float(R.choice([6, 12, 24]))
                    lines.append((it, qty, price_of(it, day, True), 0.0))
                owner = emps[15][6] if R.random() < 0.6 else emps[16][6]
                invoices.append(dict(day=day, minute=R.randint(8 * 60, 16 * 60), branch="Groothandel", cust=n, lines=lines, pos=0, owner=owner, plist="Groothandel"))
        day += TD(days=1)

    invoices.sort(key=lambda v: (v["day"], v["minute"], v["branch"]))
    cust_name = lambda c: c.strip()
    written = []

    def write(inv, name, docstatus, status, is_return=0, ret_against=None, amended=None, outstanding=None, sign=1, remarks=None):
        net = 0.0
        by_tax = {}
        rows = []
        for idx, (it, qty, plr, disc) in enumerate(inv["lines"], 1):
            q = qty * sign
            rate = r2(plr * (1 - disc / 100))
            amt = r2(q * rate)
            net += amt
            by_tax[it["tax"]] = by_tax.get(it["tax"], 0.0) + amt
            rows.append((h("sii", name, idx), name, "Sales Invoice", "items", it["code"], it["name"], it["group"], q, it["uom"], plr, disc, rate, amt, amt, it["tax"],
                         ts(inv["day"], inv["minute"], idx), ts(inv["day"], inv["minute"], idx), inv["owner"], docstatus, idx))
        net = r2(net)
        tax = r2(sum(r2(v * (0.09 if k == T9 else 0.21)) for k, v in by_tax.items()))
        grand = r2(net + tax)
        due = inv["day"] if inv["pos"] else inv["day"] + TD(days=30)
        out = 0.0 if outstanding is None else outstanding
        if outstanding == "full":
            out = grand
        ins("tabSales Invoice", (name, "ACC-SINV-.YYYY.-" if not is_return else "ACC-SINV-RET-.YYYY.-", inv["cust"], cust_name(inv["cust"]), inv["day"].isoformat(),
                                 f"{inv['minute'] // 60:02d}:{inv['minute'] % 60:02d}:{(inv['minute'] * 13) % 60:02d}", due.isoformat(), inv["branch"], inv["plist"],
                                 inv["pos"], is_return, ret_against, amended, status, "EUR", r2(sum(l[1] for l in inv["lines"]) * sign) if False else round(sum(l[1] for l in inv["lines"]) * sign, 3),
                                 net, tax, grand, out, remarks, ts(inv["day"], inv["minute"], 1), ts(inv["day"], inv["minute"], 2), inv["owner"], docstatus, 0))
        for r in rows:
            ins("tabSales Invoice Item", r)
        if inv["pos"] and docstatus == 1:
            mode = R.choices(["Contant", "Pin", "Creditcard", "Cadeaubon", "Tikkie"], [14, 70, 6, 4, 6])[0] if sign > 0 else "Pin"
            ins("tabSales Invoice Payment", (h("sip", name), name, "Sales Invoice", "payments", mode, grand, ts(inv["day"], inv["minute"], 3),
                                             ts(inv["day"], inv["minute"], 3), inv["owner"], docstatus, 1))
        return grand

    returned = []
    for inv in invoices:
        name = next_name("ACC-SINV", inv["day"])
        u = R.random()
        if not inv["pos"]:
            if u < 0.03:   # cancelled and amended
                write(inv, name, 2, "Cancelled", remarks="Verkeerde hoeveelheid")
                inv2 = dict(inv, lines=[(it, round(q * 0.8, 3), p, d) for it, q, p, d in inv["lines"]])
                paid = inv["day"] + TD(days=30) < D(2025, 11, 15)
                write(inv2, name + "-1", 1, "Paid" if paid else "Unpaid", amended=name, outstanding=None if paid else "full")
                continue
            if inv["day"] >= D(2025, 12, 22) and u < 0.2:
                write(inv, name, 0, "Draft", outstanding="full")
                continue
            due = inv["day"] + TD(days=30)
            if due >= END:
                status, out = "Unpaid", "full"
            elif inv["cust"] in ("Restaurant Pôlle", "Strandpaviljoen Zuid") and inv["day"] >= D(2025, 9, 1):
                status, out = "Overdue", "full"
            elif due >= D(2025, 12, 1) and u < 0.4:
                status, out = "Overdue", "full"
            else:
                status, out = "Paid", None
            if R.random() < 0.03 and status == "Paid":
                status = "Credit Note Issued"
                returned.append((inv, name))
            write(inv, name, 1, status, outstanding=out)
        else:
            if u < 0.006:
                write(inv, name, 2, "Cancelled", remarks="Dubbel aangeslagen")
                continue
            if u < 0.02 and inv["cust"] != "Walk-in Customer" or u < 0.008:
                returned.append((inv, name))
                write(inv, name, 1, "Credit Note Issued")
                continue
            write(inv, name, 1, "Paid")
    for inv, name in sorted(returned, key=lambda x: x[1]):
        rday = inv["day"] + TD(days=R.randint(1, 10))
        while inv["pos"] and (not shop_open(rday) or (inv["branch"] == "Leeuwarden" and rday < LW_OPEN)):
            rday += TD(days=1)
        while not inv["pos"] and rday.weekday() >= 5:
            rday += TD(days=1)
        if rday > END:
            continue
        line = inv["lines"][0]
        owner = R.choice(staff_on(inv["branch"], rday))[6] if inv["pos"] else emps[16][6]
        rinv = dict(inv, day=rday, minute=R.randint(9 * 60 + 5, 17 * 60), lines=[line], owner=owner)
        write(rinv, next_name("ACC-SINV-RET", rday), 1, "Return", is_return=1, ret_against=name, sign=-1, remarks="Retour: " + R.choice(["kwaliteit", "verkeerd artikel", "te veel geleverd"]))
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
