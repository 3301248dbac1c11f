"""Nidderdale Antiques & Vintage: (fictional) antiques centres in North Yorkshire where independent dealers rent
units (rooms, cabinets, shelves) and the centre's staff sell their stock at the till for a commission.

Centres: Knaresborough Mill (Tuesday to Sunday, closed Mondays), Pateley Bridge (Thursday to Sunday) and Ripon
(opened on Saturday 5 October 2024, Monday to Saturday).  Every centre is closed on 25-26 December and 1 January.
Dealers pay a monthly rent per unit (held on the 1st of the month) and a commission on what sells (10 % for dealers
who work days on the floor, 15 % otherwise).  A monthly statement per dealer nets sales - commission - rent.

Schema style: HAND-ROLLED by a small Harrogate software house (C# on SQL Server Express in 2016, moved to SQLite in
2021).  Its own conventions:
  * 'tbl' / 'tlkp' prefixes, PascalCase with abbreviations (FName, SName, MgrID, Descr, TelNo, CommPct, StmtPeriod);
  * ONE generic status lookup table tlkpStatus (StatusGroup SALE / ITEM / STMT) used by sales, items and statements;
  * money in PENCE (integers) on sales, items and statements, but the unit rent in POUNDS (tblUnit.MonthlyRent);
  * dates as TEXT 'DD/MM/YYYY' (sale, staff, dealer and letting dates), the item's DateAdded as an ISO
    'YYYY-MM-DD HH:MM:SS' stamp, and the statement period as an INTEGER YYYYMM;
  * soft deletes: IsDeleted bits (0/1) on items, dealers and sites, and a separate Active 'Y' / 'N' text on dealers;
  * self-references: tblStaff.MgrID (manager) and tblCategory.ParentCatID;
  * the many-to-many dealer <-> unit lettings table tblDealerUnit (FromDt / ToDt, no id of its own).

Standard library only; fixed seed; deterministic output."""
import os, random, sqlite3, sys, math, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import YORKS_FIRST, YORKS_LAST

SEED = 7730261
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "nidderdale_antiques.sqlite")
D, TD = dt.date, dt.timedelta
START, END = D(2024, 1, 2), D(2025, 12, 31)
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE tlkpStatus (StatusID INTEGER NOT NULL PRIMARY KEY, StatusGroup VARCHAR(10) NOT NULL, StatusDesc VARCHAR(30) NOT NULL, SortOrd INTEGER);
CREATE TABLE tblSite (SiteID INTEGER NOT NULL PRIMARY KEY, SiteCode CHAR(3) NOT NULL, SiteName VARCHAR(50) NOT NULL, Addr1 VARCHAR(60), Town VARCHAR(40), PostCode VARCHAR(10), TelNo VARCHAR(20), OpenDays VARCHAR(30), DateOpened VARCHAR(10), IsDeleted BIT NOT NULL DEFAULT 0);
CREATE TABLE tblStaff (StaffID INTEGER NOT NULL PRIMARY KEY, FName VARCHAR(30), SName VARCHAR(40), JobTitle VARCHAR(40), SiteID INTEGER REFERENCES tblSite(SiteID), MgrID INTEGER REFERENCES tblStaff(StaffID), Email VARCHAR(80), StartDt VARCHAR(10), LeaveDt VARCHAR(10));
CREATE TABLE tblDealer (DealerID INTEGER NOT NULL PRIMARY KEY, DealerRef VARCHAR(6) NOT NULL, TradingName VARCHAR(60), ContactFName VARCHAR(30), ContactSName VARCHAR(40), Email VARCHAR(80), Mobile VARCHAR(20), Town VARCHAR(40), County VARCHAR(40), CommPct NUMERIC(4,1), WorksDays BIT, JoinedDt VARCHAR(10), LeftDt VARCHAR(10), Active CHAR(1), IsDeleted BIT NOT NULL DEFAULT 0);
CREATE TABLE tblUnit (UnitID INTEGER NOT NULL PRIMARY KEY, SiteID INTEGER NOT NULL REFERENCES tblSite(SiteID), UnitNo VARCHAR(6), UnitType VARCHAR(10), MonthlyRent NUMERIC(8,2));
CREATE TABLE tblDealerUnit (DealerID INTEGER NOT NULL REFERENCES tblDealer(DealerID), UnitID INTEGER NOT NULL REFERENCES tblUnit(UnitID), FromDt VARCHAR(10), ToDt VARCHAR(10), PRIMARY KEY (DealerID, UnitID));
CREATE TABLE tblCategory (CatID INTEGER NOT NULL PRIMARY KEY, CatName VARCHAR(40), ParentCatID INTEGER REFERENCES tblCategory(CatID));
CREATE TABLE tblItem (ItemID INTEGER NOT NULL PRIMARY KEY, StockCode VARCHAR(12), DealerID INTEGER NOT NULL REFERENCES tblDealer(DealerID), UnitID INTEGER REFERENCES tblUnit(UnitID), CatID INTEGER REFERENCES tblCategory(CatID), Descr VARCHAR(120), TicketPence INTEGER, DateAdded VARCHAR(19), ItemStatusID INTEGER REFERENCES tlkpStatus(StatusID), IsDeleted BIT NOT NULL DEFAULT 0);
CREATE TABLE tblSale (SaleID INTEGER NOT NULL PRIMARY KEY, SiteID INTEGER NOT NULL REFERENCES tblSite(SiteID), SaleDate VARCHAR(10), SaleTime VARCHAR(5), TillNo INTEGER, StaffID INTEGER REFERENCES tblStaff(StaffID), PayType CHAR(4), StatusID INTEGER REFERENCES tlkpStatus(StatusID), CustName VARCHAR(60), TotalPence INTEGER, RefundDt VARCHAR(10));
CREATE TABLE tblSaleLine (SaleLineID INTEGER NOT NULL PRIMARY KEY, SaleID INTEGER NOT NULL REFERENCES tblSale(SaleID), ItemID INTEGER NOT NULL REFERENCES tblItem(ItemID), SoldPence INTEGER);
CREATE TABLE tblDealerStmt (StmtID INTEGER NOT NULL PRIMARY KEY, DealerID INTEGER NOT NULL REFERENCES tblDealer(DealerID), StmtPeriod INTEGER, SalesPence INTEGER, CommPence INTEGER, RentPence INTEGER, NetPence INTEGER, StatusID INTEGER REFERENCES tlkpStatus(StatusID), IssuedDt VARCHAR(10), PaidDt VARCHAR(10));
CREATE INDEX IX_tblSaleLine_SaleID ON tblSaleLine(SaleID);
"""
STATUS = [(1, "SALE", "Completed", 1), (2, "SALE", "Voided", 2), (3, "SALE", "Refunded", 3),
          (10, "ITEM", "In Stock", 1), (11, "ITEM", "Sold", 2), (12, "ITEM", "Reserved", 3), (13, "ITEM", "Withdrawn", 4),
          (20, "STMT", "Draft", 1), (21, "STMT", "Issued", 2), (22, "STMT", "Paid", 3)]
HOLS = {(12, 25), (12, 26), (1, 1)}
KNB, PAT, RIP = 1, 2, 3
SITES = [(KNB, "KNB", "Knaresborough Mill", "Waterside, Abbey Road", "Knaresborough", "HG5 8HZ", "01423 869210", "Tue-Sun", D(2011, 4, 16)),
         (PAT, "PAT", "Pateley Bridge", "The Old Chapel, High Street", "Pateley Bridge", "HG3 5AL", "01423 711548", "Thu-Sun", D(2017, 5, 6)),
         (RIP, "RIP", "Ripon", "14 Kirkgate", "Ripon", "HG4 1PA", "01765 604337", "Mon-Sat", D(2024, 10, 5))]
OPEN_WD = {KNB: {1, 2, 3, 4, 5, 6}, PAT: {3, 4, 5, 6}, RIP: {0, 1, 2, 3, 4, 5}}
OPENED = {s[0]: s[8] for s in SITES}
CATS = [(1, "Furniture", None), (2, "Decorative Arts", None), (3, "Collectables", None), (4, "Jewellery & Watches", None), (5, "Vintage Clothing", None),
        (11, "Seating", 1), (12, "Tables", 1), (13, "Storage & Cabinets", 1),
        (21, "Ceramics", 2), (22, "Glass", 2), (23, "Silver & Metalware", 2), (24, "Clocks", 2), (25, "Pictures & Prints", 2),
        (31, "Books & Ephemera", 3), (32, "Toys & Games", 3), (33, "Militaria", 3), (34, "Coins & Stamps", 3)]
# leaf category -> (median price in pounds, spread, unit types that stock it, descriptions)
LEAF = {
    11: (140, 0.6, ("Room",), ["Ercol Windsor chair", "Victorian balloon-back chair", "oak settle", "mahogany carver chair", "cottage rocking chair", "pair of bentwood chairs"]),
    12: (180, 0.6, ("Room",), ["oak gateleg table", "pine farmhouse table", "mahogany side table", "nest of three tables", "Arts & Crafts occasional table"]),
    13: (220, 0.6, ("Room",), ["Edwardian bookcase", "pine chest of drawers", "oak blanket box", "G-Plan sideboard", "Victorian washstand"]),
    21: (22, 0.8, ("Room", "Cabinet", "Shelf"), ["Royal Doulton figure", "Moorcroft vase", "blue and white meat plate", "Denby teapot", "Clarice Cliff style jug", "Poole Pottery dish", "Staffordshire dog"]),
    22: (18, 0.7, ("Room", "Cabinet", "Shelf"), ["Whitefriars vase", "cut glass decanter", "set of six sherry glasses", "carnival glass bowl", "Art Deco powder bowl"]),
    23: (45, 0.8, ("Cabinet", "Room"), ["silver napkin ring", "pair of brass candlesticks", "silver plated teapot", "copper kettle", "hallmarked silver spoons"]),
    24: (95, 0.6, ("Room", "Cabinet"), ["8-day mantel clock", "Smiths wall clock", "brass carriage clock", "oak cased barometer"]),
    25: (40, 0.8, ("Room", "Shelf"), ["framed Yorkshire Dales print", "watercolour of Knaresborough viaduct", "gilt framed mirror", "signed etching", "railway poster reprint"]),
    31: (8, 0.7, ("Room", "Shelf", "Cabinet"), ["Observer book", "first edition novel", "Yorkshire Post 1953 Coronation issue", "bundle of postcards", "Ordnance Survey map"]),
    32: (20, 0.8, ("Cabinet", "Shelf"), ["Dinky toy", "Hornby carriage", "Steiff bear", "tinplate car", "boxed board game"]),
    33: (35, 0.8, ("Cabinet",), ["WW1 medal pair", "RAF cap badge", "trench art shell case", "Home Guard armband"]),
    34: (10, 0.8, ("Cabinet", "Shelf"), ["album of GB stamps", "Victorian penny", "cased proof set", "bundle of pre-decimal coins"]),
    4: (55, 0.9, ("Cabinet",), ["silver locket", "paste brooch", "Seiko wristwatch", "jet bead necklace", "pair of gold earrings", "Whitby jet brooch"]),
    5: (24, 0.5, ("Room",), ["1950s tea dress", "tweed jacket", "leather handbag", "silk scarf", "Barbour wax jacket", "sheepskin coat"]),
}
TRADING_WORDS1 = ["Brass", "Oak", "Dales", "Nidd", "Old Mill", "Curlew", "Heron", "Yorkshire", "Wharfe", "Harlow", "Kirkgate", "Swaledale",
                  "Bygone", "Magpie", "Jackdaw", "Acorn", "Ivy", "Walnut", "Tinker's", "Gatehouse", "Riverside", "Fellside", "Moorland", "Abbey"]
TRADING_WORDS2 = ["Antiques", "Collectables", "Vintage", "Bygones", "Interiors", "Curios", "Emporium", "& Co", "Finds", "Treasures"]


def ddmmyyyy(d):
    return None if d is None else d.strftime("%d/%m/%Y")


def trades(site, d):
    return d >= OPENED[site] and d.weekday() in OPEN_WD[site] and (d.month, d.day) not in HOLS


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    ins = lambda t, row: con.execute(f"INSERT INTO {t} VALUES ({','.join('?' * len(row))})", row)
    for s in STATUS:
        ins("tlkpStatus", s)
    for sid, code, name, a, town, pc, tel, od, opened in SITES:
        ins("tblSite", (sid, code, name, a, town, pc, tel, od, ddmmyyyy(opened), 0))
    ins("tblSite", (4, "HGT", "Harrogate (test)", "n/a", "Harrogate", "HG1 1AA", None, None, None, 1))
    for c in CATS:
        ins("tblCategory", c)

    # ---------------------------------------------------------------- staff
    STAFF = [  # id, first, last, title, site, mgr, start, leave
        (1, "Judith", "Outhwaite", "Owner", None, None, D(2011, 1, 10), None),
        (2, "Rupert", "Outhwaite", "Finance & Dealer Accounts", None, 1, D(2013, 6, 3), None),
        (3, "Gillian", "Holroyd", "Centre Manager", KNB, 1, D(2012, 2, 1), None),
        (4, "Stuart", "Kettlewell", "Assistant Manager", KNB, 3, D(2016, 9, 5), None),
        (5, "Alice", "Firth", "Sales Assistant", KNB, 4, D(2021, 4, 1), None),
        (6, "Oscar", "Pawson", "Sales Assistant", KNB, 4, D(2022, 7, 1), D(2024, 8, 31)),
        (7, "Zofia", "Nowakowska", "Sales Assistant", KNB, 4, D(2024, 9, 3), None),
        (8, "Toby", "Ramsden", "Weekend Assistant", KNB, 4, D(2023, 3, 4), None),
        (9, "Martin", "Thackray", "Centre Manager", PAT, 1, D(2017, 4, 1), None),
        (10, "Beatrice", "Verity", "Sales Assistant", PAT, 9, D(2019, 5, 2), D(2025, 5, 31)),
        (11, "Florence", "Gledhill", "Sales Assistant", PAT, 9, D(2025, 6, 5), None),
        (12, "Chloë", "Lemaître", "Centre Manager", RIP, 1, D(2018, 3, 1), None),
        (13, "Felix", "Exley", "Sales Assistant", RIP, 12, D(2024, 9, 23), None),
        (14, "Imran", "Iqbal", "Sales Assistant", RIP, 12, D(2024, 9, 23), None),
        (15, "Phoebe", "Kitson", "Weekend Assistant", RIP, 12, D(2025, 2, 1), None),
    ]
    # Chloë Lemaître was Pateley Bridge's assistant manager until she opened Ripon: her history is in the sale rows
    work = {12: [(PAT, D(2018, 3, 1), D(2024, 9, 30)), (RIP, D(2024, 10, 1), None)]}
    for sid, f, l, t, site, mgr, st, lv in STAFF:
        ins("tblStaff", (sid, f, l, t, site, mgr, f"{f.lower()[0]}.{l.lower().replace(' ', '')}@nidderdaleantiques.co.uk".replace("ë", "e").replace("î", "i"),
                         ddmmyyyy(st), ddmmyyyy(lv)))
        if sid not in work:
            work[sid] = [(site, st, lv)]

    def on_floor(site, d):
        out = []
        for sid, f, l, t, s, mgr, st, lv in STAFF:
            for ws, a, b in work[sid]:
                if ws == site and a <= d and (b is None or d <= b):
                    if t == "Weekend Assistant" and d.weekday() < 5:
                        continue
                    out.append(sid)
        return out

    # ---------------------------------------------------------------- units
    units = []
    uid = 100
    for site, n_room, n_cab, n_shelf in ((KNB, 12, 18, 6), (PAT, 4, 8, 3), (RIP, 6, 9, 4)):
        code = {KNB: "K", PAT: "P", RIP: "R"}[site]
        k = 0
        for typ, n, rent in (("Room", n_room, 140.0), ("Cabinet", n_cab, 48.0), ("Shelf", n_shelf, 22.5)):
            for _ in range(n):
                k += 1
                uid += 1
                r = rent + (15.0 if site == KNB and typ == "Room" and k <= 4 else 0)
                units.append({"id": uid, "site": site, "no": f"{code}{k:02d}", "type": typ, "rent": r, "lets": []})
                ins("tblUnit", (uid, site, f"{code}{k:02d}", typ, r))

    # ---------------------------------------------------------------- dealers and lettings
    dealers = []
    used_names, used_trading = set(), set()
    towns = [("Knaresborough", "North Yorkshire", 10), ("Harrogate", "North Yorkshire", 14), ("Ripon", "North Yorkshire", 8),
             ("Pateley Bridge", "North Yorkshire", 4), ("Boroughbridge", "North Yorkshire", 3), ("Masham", "North Yorkshire", 2),
             ("Middleton", "North Yorkshire", 3), ("Middleton", "West Yorkshire", 3), ("Otley", "West Yorkshire", 3), ("Ilkley", "West Yorkshire", 3),
             ("Leeds", "West Yorkshire", 4), ("York", "North Yorkshire", 5), ("Thirsk", "North Yorkshire", 2), ("Skipton", "North Yorkshire", 2),
             ("Darlington", "County Durham", 2), ("Clitheroe", "Lancashire", 1)]

    def free(u, a, b):
        for x, y, _ in u["lets"]:
            if not (b is not None and b < x or y is not None and y < a):
                return False
        return True

    n_dealers = 78
    mid_plan = ["North Yorkshire"] * 3 + ["West Yorkshire"] * 3
    for i in range(n_dealers):
        while True:
            f, l = R.choice(YORKS_FIRST), R.choice(YORKS_LAST)
            if (f, l) not in used_names:
                used_names.add((f, l))
                break
        while True:
            tn = R.choice([f"{R.choice(TRADING_WORDS1)} {R.choice(TRADING_WORDS2)}", f"{l} {R.choice(TRADING_WORDS2)}", f"{f} {l} Antiques"])
            if tn not in used_trading:
                used_trading.add(tn)
                break
        if i < 6:
            town, county = "Middleton", mid_plan[i]
        else:
            town, county = R.choices([(t[0], t[1]) for t in towns if t[0] != "Middleton"], [t[2] for t in towns if t[0] != "Middleton"])[0]
        r = R.random()
        if r < 0.62:
            joined = D(2011, 5, 1) + TD(days=R.randint(0, 4500))
            joined = min(joined, D(2023, 11, 30))
        else:
            joined = START + TD(days=R.randint(0, 680))
        left = None
        if R.random() < 0.2:
            left = max(joined + TD(days=120), START + TD(days=R.randint(20, 700)))
            if left > D(2025, 12, 20):
                left = None
            else:
                # dealers give notice to the month end
                nm = D(left.year + (left.month == 12), left.month % 12 + 1, 1)
                left = nm - TD(days=1)
        works = 1 if R.random() < 0.45 else 0
        dealers.append({"id": 200 + i, "ref": f"D{i + 1:03d}", "trading": tn, "f": f, "l": l, "town": town, "county": county,
                        "comm": 10.0 if works else 15.0, "works": works, "joined": joined, "left": left, "deleted": 0, "units": []})
    # Ripon's opening brought a wave of new dealers
    for d_ in dealers[60:72]:
        d_["joined"] = D(2024, 9, R.randint(1, 30))
        d_["left"] = None
    for d_ in sorted(dealers, key=lambda x: x["joined"]):
        want = R.choices([1, 2, 3], [55, 33, 12])[0]
        pref_site = RIP if d_ in dealers[60:72] else R.choices([KNB, PAT, RIP], [60, 25, 15])[0]
        cands = [u for u in units if u["site"] == pref_site] + [u for u in units if u["site"] != pref_site]
        got = 0
        for u in cands:
            a = max(d_["joined"], OPENED[u["site"]])
            if got >= want or (d_["left"] and a > d_["left"]):
                continue
            if u["site"] != pref_site and R.random() < 0.85:
                continue
            if free(u, a, d_["left"]):
                u["lets"].append((a, d_["left"], d_))
                d_["units"].append((u, a, d_["left"]))
                got += 1
        if got == 0:
            d_["nounit"] = True
    # a dealer with no letting never traded: drop from the list (they are not on the books)
    dealers = [d_ for d_ in dealers if d_["units"]]
    # vacant units get re-let to later dealers: fill gaps with a new dealer when a unit is empty for a while
    for d_ in dealers:
        ins("tblDealer", (d_["id"], d_["ref"], d_["trading"], d_["f"], d_["l"],
                          f"{d_['f'].lower()}@{d_['trading'].lower().replace(' ', '').replace('&', 'and').replace(chr(39), '')}.co.uk" if R.random() < 0.8 else None,
                          f"07{R.randint(700000000, 999999999)}", d_["town"], d_["county"], d_["comm"], d_["works"], ddmmyyyy(d_["joined"]),
                          ddmmyyyy(d_["left"]), "N" if d_["left"] else "Y", 0))
        for u, a, b in d_["units"]:
            ins("tblDealerUnit", (d_["id"], u["id"], ddmmyyyy(a), ddmmyyyy(b)))
    # two accounts keyed twice by mistake and soft-deleted (no units, no stock)
    for k, src in enumerate((dealers[5], dealers[17])):
        ins("tblDealer", (300 + k, f"D{91 + k:03d}", src["trading"], src["f"], src["l"], None, None, src["town"], src["county"], src["comm"],
                          src["works"], ddmmyyyy(src["joined"] + TD(days=3)), None, "Y", 1))

    # ---------------------------------------------------------------- items and sales (day by day)
    TARGET = {"Room": 22, "Cabinet": 11, "Shelf": 6}
    items = {}  # id -> dict
    next_item = [10001]
    stock = {}  # unit id -> list of item ids in stock
    seq = {}    # dealer -> stock number

    def new_item(d_, u, added_dt):
        leaves = [c for c, v in LEAF.items() if u["type"] in v[2]]
        c = R.choice(leaves)
        med, spread, _, descs = LEAF[c]
        price = max(3.0, med * math.exp(R.gauss(0, spread)))
        price = round(price) if price < 100 else round(price / 5) * 5
        if price < 20 and R.random() < 0.3:
            price += 0.5
        seq[d_["id"]] = seq.get(d_["id"], 0) + 1
        iid = next_item[0]
        next_item[0] += 1
        items[iid] = {"id": iid, "code": f"{d_['ref']}/{seq[d_['id']]:04d}", "dealer": d_, "unit": u, "cat": c, "descr": R.choice(descs),
                      "pence": int(round(price * 100)), "added": added_dt, "status": 10, "deleted": 0}
        return iid

    def holder(u, d):
        for a, b, d_ in u["lets"]:
            if a <= d and (b is None or d <= b):
                return d_
        return None

    sales = []
    returns = {}  # (date, unit id) -> items coming back from a refunded sale
    sale_id = [50000]
    line_id = [700000]
    d = START
    while d <= END:
        # stock up, and clear units whose dealer left
        for u in units:
            h = holder(u, d)
            cur = stock.setdefault(u["id"], [])
            if h is None:
                for iid in cur:
                    items[iid]["status"] = 13
                stock[u["id"]] = []
                continue
            for iid in [x for x in cur if items[x]["dealer"] is not h]:
                items[iid]["status"] = 13
            cur[:] = [iid for iid in cur if items[iid]["dealer"] is h]
            for iid in returns.pop((d, u["id"]), []):
                if items[iid]["dealer"] is h:
                    cur.append(iid)
                else:
                    items[iid]["status"] = 13
            if len(cur) < TARGET[u["type"]] and (d == START or R.random() < 0.5 or len(cur) < TARGET[u["type"]] // 2):
                for _ in range(TARGET[u["type"]] - len(cur)):
                    if d == START and R.random() < 0.95:
                        added = f"{(d - TD(days=R.randint(1, 300))).isoformat()} {R.randint(9, 16):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
                    else:
                        added = f"{d.isoformat()} {R.randint(8, 9):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
                    cur.append(new_item(h, u, added))
            if R.random() < 0.004 and cur:
                iid = cur.pop(R.randrange(len(cur)))
                items[iid]["status"] = 13
        for site in (KNB, PAT, RIP):
            if not trades(site, d):
                continue
            base = {KNB: 6.2, PAT: 3.2, RIP: 4.0}[site]
            f = 1.0
            if d.weekday() >= 5:
                f *= 1.6
            if d.month in (7, 8, 12):
                f *= 1.25
            if d.month in (1, 2):
                f *= 0.7
            n = max(0, int(round(R.gauss(base * f, 1.6))))
            staff = on_floor(site, d)
            site_units = [u for u in units if u["site"] == site and stock.get(u["id"])]
            for _ in range(n):
                if not site_units:
                    break
                nl = R.choices([1, 2, 3], [76, 19, 5])[0]
                chosen = []
                for _ in range(nl):
                    u = R.choices(site_units, [{"Room": 3, "Cabinet": 2, "Shelf": 1}[x["type"]] for x in site_units])[0]
                    if not stock[u["id"]]:
                        continue
                    cands = stock[u["id"]]
                    w = [1.0 / math.sqrt(items[x]["pence"] / 100 + 5) for x in cands]
                    iid = R.choices(cands, w)[0]
                    if iid in chosen:
                        continue
                    chosen.append(iid)
                if not chosen:
                    continue
                lines = []
                for iid in chosen:
                    tp = items[iid]["pence"]
                    sold = tp if R.random() < 0.72 or tp < 1000 else int(tp * 0.9 // 50 * 50)
                    lines.append((iid, sold))
                total = sum(x[1] for x in lines)
                r = R.random()
                status = 2 if r < 0.012 else (3 if r < 0.02 and d.day <= 21 else 1)
                pay = "BACS" if total >= 40000 and R.random() < 0.5 else ("CSH" if R.random() < 0.21 else "CRD")
                tm = f"{R.randint(10, 16):02d}:{R.randint(0, 59):02d}"
                sale_id[0] += 1
                cust = None
                if pay == "BACS" or (total >= 15000 and R.random() < 0.5) or R.random() < 0.04:
                    cust = f"{R.choice(['Mr', 'Mrs', 'Ms', 'Dr'])} {R.choice(YORKS_FIRST)[0]} {R.choice(YORKS_LAST)}"
                refund = d + TD(days=R.randint(1, 6)) if status == 3 else None
                sales.append((sale_id[0], site, d, tm, R.choice([1, 2]) if site == KNB else 1, R.choice(staff), pay, status, cust, total, refund))
                for iid, sold in lines:
                    line_id[0] += 1
                    con.execute("INSERT INTO tblSaleLine VALUES (?,?,?,?)", (line_id[0], sale_id[0], iid, sold))
                    if status == 1:
                        items[iid]["status"] = 11
                        items[iid]["sold"] = (d, sold, site)
                        stock[items[iid]["unit"]["id"]].remove(iid)
                    elif status == 3:  # refunded: off the floor until the refund, then back in the unit
                        stock[items[iid]["unit"]["id"]].remove(iid)
                        returns.setdefault((refund, items[iid]["unit"]["id"]), []).append(iid)
                    # voided sales never left the floor
                site_units = [u for u in units if u["site"] == site and stock.get(u["id"])]
        d += TD(days=1)
    # a few stock entries keyed in error and soft-deleted (never sold)
    live = [i for i in items.values() if i["status"] == 10]
    for it in R.sample(live, 24):
        it["deleted"] = 1
        stock[it["unit"]["id"]].remove(it["id"])
    # a handful reserved for customers at the end
    live = [i for i in items.values() if i["status"] == 10 and not i["deleted"]]
    for it in R.sample(live, 15):
        it["status"] = 12
    for s in sales:
        ins("tblSale", (s[0], s[1], ddmmyyyy(s[2]), s[3], s[4], s[5], s[6], s[7], s[8], s[9], ddmmyyyy(s[10])))
    for it in items.values():
        ins("tblItem", (it["id"], it["code"], it["dealer"]["id"], it["unit"]["id"], it["cat"], it["descr"], it["pence"], it["added"], it["status"], it["deleted"]))

    # ---------------------------------------------------------------- statements
    stmt = 9000
    months = [(y, m) for y in (2024, 2025) for m in range(1, 13)]
    sold_by = {}
    for it in items.values():
        if it.get("sold"):
            sd, sp, _ = it["sold"]
            key = (it["dealer"]["id"], sd.year * 100 + sd.month)
            sold_by[key] = sold_by.get(key, 0) + sp
    for d_ in sorted(dealers, key=lambda x: x["id"]):
        for y, m in months:
            first = D(y, m, 1)
            rent = sum(int(round(u["rent"] * 100)) for u, a, b in d_["units"] if a <= first and (b is None or first <= b))
            per = y * 100 + m
            sales_p = sold_by.get((d_["id"], per), 0)
            if rent == 0 and sales_p == 0:
                continue
            comm = (sales_p * int(d_["comm"]) + 50) // 100   # half-up to the penny
            net = sales_p - comm - rent
            nm = D(y + (m == 12), m % 12 + 1, 1)
            if per == 202512:
                st, issued, paid = 20, None, None
            elif per == 202511:
                st, issued, paid = 21, D(2025, 12, 5), None
            else:
                issued = nm + TD(days=4)
                paid = nm + TD(days=9)
                while paid.weekday() >= 5:
                    paid += TD(days=1)
                st = 22
            stmt += 1
            ins("tblDealerStmt", (stmt, d_["id"], per, sales_p, comm, rent, net, st, ddmmyyyy(issued), ddmmyyyy(paid)))
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
