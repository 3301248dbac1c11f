"""Kinloch Bakehouse Ltd: a (fictional) family bakery chain in Edinburgh and Fife, Scotland.

One central bakehouse in Leith bakes for five shops (Stockbridge, Leith Walk, Portobello, Morningside, and Dunfermline
from Saturday 7 September 2024; Morningside closed for good after Saturday 28 June 2025; Portobello was shut for a refit
from 3 to 15 February 2025).  Besides the shop counters the bakery has three kinds of order:
  * TRADE   - wholesale deliveries to cafes, a hotel, clubs and delis on standing days, at trade prices, billed monthly
              on account (ws_invoices), with a GBP 5 delivery charge on drops under GBP 40;
  * SPECIAL - celebration cakes and Christmas / Hogmanay pre-orders (family steak pies, black bun ...) taken at a shop
              counter by a member of staff, usually with a deposit, collected at that shop;
  * CLICK   - click & collect orders from the web site (launched Monday 4 March 2024), paid online, collected in a shop.
The shop tills are not in the database line by line: the owner's nephew imports each till's end-of-day Z report per
department (TillDays, amounts in pence, with a TOTAL row per shop and day).  Unsold food thrown out is logged in wastage.
Money is GBP incl. VAT (most bakery food is zero-rated; tablet, gingerbread men with chocolate and the tote bag are
standard-rated 20 %).

Schema style: a hand-made SQLite database written by the owner's nephew (Ruaridh) for his aunt, grown over the years:
  * inconsistent table names (shops, Staff, Categories, products, customers, orders, OrderLines, TillDays, wastage,
    ws_invoices) and column names (id, StaffID, prod_id, CustID, OrderNo, order_no, shopName, shop_id, ShopID, Shop ...);
  * loose declared types (varchar(100), int, float, money, DATE, datetime, text), AUTOINCREMENT keys, and one declared
    foreign key (OrderLines.order_no -> orders.OrderNo) although nothing else is declared;
  * dates as text in three formats: 'YYYY-MM-DD HH:MM:SS' (orders.placed), 'YYYY-MM-DD' (TillDate, WasteDate, opened
    ...), and 'DD/MM/YYYY' (orders.ForDate, typed in the nephew's order form);
  * money in pounds (REAL) everywhere except TillDays, which keeps the till's integer pence;
  * flags as 'Y' / 'N' text; NULL for "not known" or "none" (email, phone, shop_id of trade orders, deposit, LeftDate,
    closed, ParentCat, PaidOn ...);
  * self-reference: Categories.ParentCat;
  * dirty data: order statuses typed by hand in several spellings ('Collected', 'collected', 'Collected ', 'No show',
    'no show', 'No-show', 'Cancelled', 'cancelled', 'canceled', 'Delivered', 'DELIVERED' ...), test orders, a product
    keyed twice (the old 'White Sourdough Loaf' and the new 'White Sourdough'), a trade customer keyed twice ("Rosie's
    Deli" / 'Rosies Deli'), e-mails that differ only in case, names in capitals / lower case / with a trailing space,
    'Edinburgh' typed several ways, a till department renamed (Hot Drinks -> Coffee & Tea on the new till,
    1 March 2025), a staff member whose shop was overwritten when he moved, future orders still 'Confirmed' / 'paid'.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, os, random, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import SC_FIRST, SC_LAST

SEED = 4417203
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "kinloch_bakehouse.sqlite")
D, TD, DT = dt.date, dt.timedelta, dt.datetime
START, END = D(2024, 1, 1), D(2025, 12, 31)
CLICK_LAUNCH = D(2024, 3, 4)
NEW_TILL = D(2025, 3, 1)
SOURDOUGH_SWITCH = D(2025, 2, 1)
PRICE_RISE = D(2025, 4, 1)
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE shops (id INTEGER PRIMARY KEY AUTOINCREMENT, shopName varchar(100), address varchar(200), town varchar(50), postcode varchar(10), phone varchar(20), opened DATE, closed DATE, sunday_opening char(1));
CREATE TABLE Staff (StaffID INTEGER PRIMARY KEY AUTOINCREMENT, FirstName varchar(50), Surname varchar(50), Shop int, Role varchar(30), Started DATE, LeftDate DATE, email text);
CREATE TABLE Categories (CatID INTEGER PRIMARY KEY, Category varchar(50), ParentCat int, SortOrder int);
CREATE TABLE products (prod_id INTEGER PRIMARY KEY AUTOINCREMENT, prod_name varchar(100), CatID int, price money, trade_price money, vat char(1), active char(1), added_on DATE, notes text);
CREATE TABLE customers (CustID INTEGER PRIMARY KEY AUTOINCREMENT, Name varchar(100), email varchar(100), phone varchar(20), TradeAcct varchar(10), Terms int, address1 varchar(100), town varchar(50), postcode varchar(10), created datetime, notes text);
CREATE TABLE orders (OrderNo INTEGER PRIMARY KEY AUTOINCREMENT, CustID int, shop_id int, OrderType varchar(10), placed datetime, ForDate varchar(10), status varchar(20), total float, deposit float, discount float, delivery_charge float, PaidBy varchar(20), TakenBy int, notes text);
CREATE TABLE OrderLines (id INTEGER PRIMARY KEY AUTOINCREMENT, order_no int REFERENCES orders(OrderNo), ProdID int, qty int, UnitPrice float, LineTotal float, Message text);
CREATE TABLE TillDays (TillDate DATE, ShopID int, Dept varchar(30), Items int, Gross_p int, Refund_p int, Transactions int);
CREATE TABLE wastage (id INTEGER PRIMARY KEY AUTOINCREMENT, WasteDate DATE, shop int, prod int, qty int, reason text, logged_by int);
CREATE TABLE ws_invoices (InvNo varchar(10) PRIMARY KEY, CustID int, Period varchar(7), Issued DATE, DueDate DATE, Amount float, PaidOn DATE);
"""

# shops: id, name, address, town, postcode, phone, opened, closed, open on Sundays
SHOPS = [(1, "Stockbridge", "12 Raeburn Place", "Edinburgh", "EH4 1HN", "0131 332 4471", D(2016, 3, 5), None, "Y"),
         (2, "Leith Walk", "201 Leith Walk", "Edinburgh", "EH6 8NX", "0131 554 0918", D(2018, 10, 13), None, "N"),
         (3, "Portobello", "148 Portobello High Street", "Edinburgh", "EH15 1AS", "0131 669 2250", D(2020, 7, 18), None, "Y"),
         (4, "Morningside", "318 Morningside Road", "Edinburgh", "EH10 4QH", "0131 447 3086", D(2019, 5, 4), D(2025, 6, 28), "N"),
         (5, "Dunfermline", "27 High Street", "Dunfermline", "KY12 7DL", "01383 620 415", D(2024, 9, 7), None, "N")]
REFIT = (D(2025, 2, 3), D(2025, 2, 15))   # Portobello shut for a refit
HOLIDAYS = {D(2024, 1, 1), D(2024, 1, 2), D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 1, 2), D(2025, 12, 25), D(2025, 12, 26)}
SHOP_BASE = {1: 2150, 2: 1720, 3: 1880, 4: 1420, 5: 1050}   # typical GBP takings on a weekday
# staff: id, first, surname, shop (current), role, started, left, e-mail
STAFF = [(1, "Mhairi", "Kinloch", None, "Owner", D(2009, 4, 1), None), (2, "Ruaridh", "Kinloch", None, "Office", D(2021, 8, 16), None),
         (3, "Agnieszka", "Nowak", None, "Cake decorator", D(2017, 2, 1), None), (4, "Torquil", "Munro", None, "Head baker", D(2012, 6, 4), None),
         (5, "Craig", "Sinclair", None, "Baker", D(2019, 1, 7), None), (6, "Dmytro", "Melnyk", None, "Driver", D(2022, 9, 5), None),
         (7, "Euan", "Paterson", None, "Driver", D(2020, 3, 2), D(2024, 10, 31)), (8, "Fiona", "Baird", 1, "Manager", D(2016, 2, 15), None),
         (9, "Isla", "Thomson", 1, "Counter", D(2021, 5, 10), None), (10, "Marco", "Valente", 1, "Counter", D(2022, 11, 1), None),
         (11, "Zainab", "Rashid", 1, "Counter", D(2024, 6, 3), None), (12, "Kirsty", "Henderson", 2, "Manager", D(2018, 9, 24), None),
         (13, "Piotr", "Zając", 2, "Counter", D(2020, 1, 13), None), (14, "Chiamaka", "Okafor", 2, "Counter", D(2023, 4, 3), None),
         (15, "Shona", "Gillies", 3, "Manager", D(2020, 6, 29), None), (16, "Luca", "Crolla", 3, "Counter", D(2021, 3, 1), None),
         (17, "Effie", "Drummond", 3, "Counter", D(2022, 5, 9), D(2025, 8, 29)), (18, "Morag", "Dunbar", 4, "Manager", D(2019, 4, 15), D(2025, 6, 28)),
         (19, "Hamza", "Iqbal", 2, "Counter", D(2021, 9, 6), None), (20, "Jean", "Lindsay", 4, "Counter", D(2019, 5, 4), D(2025, 6, 28)),
         (21, "Catriona", "Ogilvie", 5, "Manager", D(2024, 8, 19), None), (22, "Lachlan", "Gunn", 5, "Counter", D(2024, 8, 26), None),
         (23, "Olena", "Kovalenko", 5, "Counter", D(2025, 11, 17), None), (24, "Calum", "Forbes", 3, "Counter", D(2025, 9, 1), None)]
HAMZA_MOVED = D(2025, 6, 30)   # Hamza Iqbal worked at Morningside until it closed; his Shop was overwritten with Leith Walk
NO_CAKE_BOOK = {23, 24}        # new starters not yet trained on the special-order book
# categories: id, name, parent, sort
CATS = [(1, "Bread", None, 1), (2, "Sourdough", 1, 1), (3, "Loaves & Rolls", 1, 2), (4, "Cakes & Bakes", None, 2), (5, "Traybakes", 4, 1),
        (6, "Scones", 4, 2), (7, "Celebration Cakes", 4, 3), (8, "Pastries", None, 3), (9, "Savouries", None, 4), (10, "Pies", 9, 1),
        (11, "Rolls & Bridies", 9, 2), (12, "Shop Goods", None, 5), (13, "Seasonal", None, 6), (14, "Gluten Free", 1, 3)]
# products: name, cat, price (current), price before 1 April 2025 (None = same), trade price (None = not sold to the trade), vat,
#           active, added, weights (trade, click, waste), season
P = [
    ("White Sourdough Loaf", 2, 4.20, None, 2.90, "Z", "N", D(2016, 3, 1), (5, 4, 5), None),
    ("Seeded Rye Sourdough", 2, 5.20, 4.90, 3.40, "Z", "Y", D(2016, 3, 1), (2, 2.5, 2), None),
    ("Wholemeal Sourdough", 2, 4.80, 4.60, 3.10, "Z", "Y", D(2017, 1, 9), (2, 2, 2), None),
    ("Sourdough Baguette", 2, 2.60, 2.40, 1.60, "Z", "Y", D(2018, 4, 2), (4, 2, 3), None),
    ("Rosemary Focaccia", 2, 4.50, 4.20, 2.80, "Z", "Y", D(2021, 5, 3), (2, 1.5, 1.5), None),
    ("Plain Loaf", 3, 2.90, 2.70, 1.75, "Z", "Y", D(2016, 3, 1), (3, 1.5, 2.5), None),
    ("Pan Loaf", 3, 2.80, 2.60, 1.70, "Z", "Y", D(2016, 3, 1), (2, 1, 2), None),
    ("Morning Rolls (6)", 3, 2.40, 2.20, 1.40, "Z", "Y", D(2016, 3, 1), (5, 3, 3), None),
    ("Buttery Rowies (4)", 3, 3.20, 3.00, 2.00, "Z", "Y", D(2019, 2, 4), (2, 2, 1.5), None),
    ("Brioche Burger Buns (4)", 3, 3.60, 3.40, 2.20, "Z", "Y", D(2022, 6, 6), (1.5, 0.8, 1), None),
    ("Millionaire's Shortbread", 5, 2.95, 2.75, 1.80, "Z", "Y", D(2016, 3, 1), (4, 2, 0.5), None),
    ("Tiffin", 5, 2.75, 2.60, 1.65, "Z", "Y", D(2016, 3, 1), (2, 1, 0.4), None),
    ("Empire Biscuit", 5, 1.95, 1.85, 1.15, "Z", "Y", D(2016, 3, 1), (3, 1.5, 0.6), None),
    ("Rocky Road", 5, 2.95, 2.75, 1.80, "Z", "Y", D(2020, 8, 3), (2, 1, 0.4), None),
    ("Flapjack", 5, 2.50, 2.35, 1.50, "Z", "Y", D(2016, 3, 1), (2.5, 1, 0.4), None),
    ("Lemon Drizzle Slice", 5, 2.80, 2.60, 1.70, "Z", "Y", D(2018, 3, 5), (2, 1, 0.5), None),
    ("Fruit Scone", 6, 2.10, 1.95, 1.25, "Z", "Y", D(2016, 3, 1), (4, 1.5, 2), None),
    ("Cheese Scone", 6, 2.20, 2.05, 1.30, "Z", "Y", D(2016, 3, 1), (3, 1.2, 1.5), None),
    ("Treacle Scone", 6, 2.20, 2.05, 1.30, "Z", "Y", D(2017, 9, 4), (1, 0.6, 1), None),
    ("Plain Scone", 6, 1.95, 1.85, 1.15, "Z", "Y", D(2016, 3, 1), (1.5, 0.6, 1), None),
    ("Celebration Cake 6 inch", 7, 38.00, 36.00, None, "Z", "Y", D(2016, 3, 1), (0, 0, 0), None),
    ("Celebration Cake 8 inch", 7, 55.00, 52.00, None, "Z", "Y", D(2016, 3, 1), (0, 0, 0), None),
    ("Celebration Cake 10 inch", 7, 78.00, 75.00, None, "Z", "Y", D(2016, 3, 1), (0, 0, 0), None),
    ("Two-Tier Celebration Cake", 7, 145.00, 140.00, None, "Z", "Y", D(2017, 5, 1), (0, 0, 0), None),
    ("Number Cake", 7, 65.00, 62.00, None, "Z", "Y", D(2021, 2, 1), (0, 0, 0), None),
    ("Cupcakes (box of 12)", 7, 30.00, 28.00, None, "Z", "Y", D(2016, 3, 1), (0, 0, 0), None),
    ("Wedding Cake (3 tier)", 7, 420.00, 400.00, None, "Z", "Y", D(2018, 1, 8), (0, 0, 0), None),
    ("Butter Croissant", 8, 2.40, 2.25, 1.45, "Z", "Y", D(2016, 3, 1), (5, 3, 3), None),
    ("Pain au Chocolat", 8, 2.70, 2.55, 1.65, "Z", "Y", D(2016, 3, 1), (3, 2, 2), None),
    ("Cinnamon Bun", 8, 3.20, 3.00, 1.95, "Z", "Y", D(2019, 10, 7), (4, 4, 2.5), None),
    ("Cardamom Bun", 8, 3.30, 3.10, 2.00, "Z", "Y", D(2021, 11, 1), (2, 2.5, 1.5), None),
    ("Almond Croissant", 8, 3.40, 3.20, 2.10, "Z", "Y", D(2018, 6, 4), (2, 1.5, 1), None),
    ("Paris Bun", 8, 1.90, 1.80, 1.10, "Z", "Y", D(2016, 3, 1), (1, 0.5, 0.8), None),
    ("Scotch Pie", 10, 2.40, 2.25, 1.45, "Z", "Y", D(2016, 3, 1), (4, 1.5, 2), None),
    ("Steak Pie (individual)", 10, 4.80, 4.50, 2.90, "Z", "Y", D(2016, 3, 1), (2, 1, 1), None),
    ("Family Steak Pie", 10, 18.50, 17.50, None, "Z", "Y", D(2016, 11, 1), (0, 0.6, 0), "xmas"),
    ("Macaroni Pie", 10, 2.80, 2.60, 1.70, "Z", "Y", D(2017, 2, 6), (2, 0.6, 1), None),
    ("Sausage Roll", 11, 2.60, 2.45, 1.55, "Z", "Y", D(2016, 3, 1), (5, 2, 2.5), None),
    ("Forfar Bridie", 11, 3.40, 3.20, 2.05, "Z", "Y", D(2016, 3, 1), (2, 1, 1.2), None),
    ("Veggie Haggis Roll", 11, 2.90, 2.90, 1.75, "Z", "Y", D(2024, 10, 1), (2, 1.2, 1.2), None),
    ("Tablet (bag)", 12, 3.50, 3.30, 2.10, "S", "Y", D(2016, 3, 1), (1, 1, 0), None),
    ("Shortbread Petticoat Tails (tin)", 12, 9.50, 9.00, 5.70, "Z", "Y", D(2016, 3, 1), (0.5, 1, 0), None),
    ("Raspberry Jam (jar)", 12, 5.20, 4.95, None, "Z", "Y", D(2017, 7, 3), (0, 0.8, 0), None),
    ("Gingerbread Men (chocolate)", 12, 1.80, 1.70, 1.05, "S", "Y", D(2018, 11, 5), (0.8, 0.7, 0.4), None),
    ("Oatcakes (pack)", 12, 3.20, 3.00, None, "Z", "Y", D(2016, 3, 1), (0, 0.6, 0), None),
    ("Kinloch Tote Bag", 12, 6.00, 6.00, None, "S", "Y", D(2023, 5, 1), (0, 0, 0), None),
    ("Black Bun", 13, 14.00, 13.50, None, "Z", "Y", D(2016, 12, 1), (0, 0.8, 0), "xmas"),
    ("Mince Pies (6)", 13, 7.20, 6.90, 4.30, "Z", "Y", D(2016, 11, 1), (2, 2.5, 0.8), "xmas"),
    ("Hot Cross Buns (4)", 13, 4.20, 3.95, 2.50, "Z", "Y", D(2017, 3, 1), (2, 2.5, 1), "easter"),
    ("Dundee Cake", 13, 16.00, 15.00, None, "Z", "Y", D(2016, 11, 1), (0, 0.5, 0), "xmas"),
    ("Clootie Dumpling", 13, 15.00, 14.50, None, "Z", "Y", D(2019, 11, 4), (0, 0.4, 0), "xmas"),
    ("Christmas Stollen", 13, 12.50, 12.00, None, "Z", "Y", D(2020, 11, 2), (0, 0.6, 0), "xmas"),
    ("Gluten Free Seeded Loaf", 14, 5.50, 5.20, 3.60, "Z", "Y", D(2023, 9, 4), (0.8, 0.8, 0.6), None),
    ("Gluten Free Brownie", 5, 3.10, 2.95, 1.90, "Z", "N", D(2023, 9, 4), (0, 0, 0), None),   # dropped before 2024, never sold since
    ("Pumpkin Spice Bun", 8, 3.40, 3.40, None, "Z", "Y", D(2025, 10, 1), (0, 0, 0), None),       # new in autumn 2025, shop counter only
    ("Sourdough Starter Kit", 12, 12.00, 12.00, None, "Z", "Y", D(2025, 11, 3), (0, 0, 0), None),
    ("White Sourdough", 2, 4.60, 4.60, 3.10, "Z", "Y", SOURDOUGH_SWITCH, (5, 4, 5), None),
]
PID = {p[0]: i + 1 for i, p in enumerate(P)}
OLD_SD, NEW_SD = PID["White Sourdough Loaf"], PID["White Sourdough"]
# trade customers: acct, name, terms, address, town as typed, postcode, joined, first day, last day, weekdays (0 = Monday),
#                  basket size, volume, special
TRADE = [("T001", "The Wee Coffee Hoose", 14, "4 Hamilton Place", "Edinburgh", "EH3 5AZ", D(2017, 4, 3), None, None, (0, 2, 4), 6, 1.0, None),
         ("T002", "Bruntsfield Bean", 30, "122 Bruntsfield Place", "EDINBURGH", "EH10 4ES", D(2018, 2, 12), None, None, (1, 3, 5), 5, 0.9, None),
         ("T003", "Rosie's Deli", 14, "55 Great Junction Street", "Leith", "EH6 5HX", D(2019, 8, 5), None, None, (0, 3), 6, 1.0, "rosie"),
         ("T004", "Marmalade Pot Café", 30, "9 Dalry Road", "Edinburgh", "EH11 2BQ", D(2020, 3, 2), None, D(2025, 9, 12), (0, 2, 4), 5, 0.8, None),
         ("T005", "Leith Links Kiosk", 14, "Leith Links", "Leith", "EH6 7QB", D(2021, 4, 1), None, None, (5,), 4, 0.6, "summer"),
         ("T006", "Portobello Swim Centre Café", 30, "57 The Promenade", "Edinburgh ", "EH15 2BS", D(2020, 9, 7), None, None, (1, 4), 5, 0.8, None),
         ("T007", "Dean Village Hotel", 30, "1 Bells Brae", "Edinburgh", "EH4 3BJ", D(2017, 1, 9), None, None, (0, 2, 4, 5), 8, 2.2, None),
         ("T008", "Braid Hills Golf Club", 30, "Braid Hills Approach", "Edinburgh", "EH10 6JY", D(2018, 5, 7), None, None, (5,), 6, 1.4, "golf"),
         ("T009", "Abbeyhill Community Café", 14, "30 Abbeyhill", "edinburgh", "EH8 8EH", D(2021, 1, 11), None, None, (2,), 3, 0.35, None),
         ("T010", "Quartermile Canteen", 30, "Lauriston Place", "Edinburgh", "EH3 9EN", D(2019, 9, 2), None, None, (0, 1, 2, 3, 4), 5, 1.1, "term"),
         ("T011", "Canny Coffee Co", 14, "71 Easter Road", "Edinburgh", "EH7 5PW", D(2022, 2, 7), None, D(2025, 3, 15), (1, 3, 5), 4, 0.7, None),
         ("T012", "Water of Leith Café", 14, "52 Coburg Street", "Leith", "EH6 6HJ", D(2020, 2, 3), None, None, (0, 3), 5, 0.8, None),
         ("T013", "Stockbridge Grocer", 14, "23 St Stephen Street", "Edinburgh", "EH3 5AN", D(2021, 6, 7), None, None, (4,), 6, 0.9, None),
         ("T014", "Fife Coast Kitchen", 30, "3 Bridge Street", "Dunfermline", "KY12 8DA", D(2024, 9, 23), D(2024, 10, 1), None, (1, 4), 5, 0.9, None),
         ("T015", "Pittencrieff Park Café", 14, "Pittencrieff Park", "Dunfermline", "KY12 8QH", D(2024, 10, 7), D(2024, 10, 15), None, (5,), 4, 0.7, "summer"),
         ("T016", "Bristo Square Pop-up (Fringe)", 14, "Bristo Square", "Edinburgh", "EH8 9AL", D(2023, 7, 10), None, None, (0, 1, 2, 3, 4, 5), 5, 1.2, "fringe"),
         ("T017", "Rosies Deli", 14, "55 Great Junction St", "Leith", "EH6 5HX", D(2025, 4, 7), None, None, (), 6, 1.0, "rosie_dup"),
         ("T018", "Musselburgh Racecourse", 30, "Linkfield Road", "Musselburgh", "EH21 7RG", D(2022, 3, 14), None, None, (), 7, 2.0, "races"),
         ("T019", "The Shore Bistro", 30, "3 The Shore", "Leith", "EH6 6QW", D(2025, 12, 8), None, None, (), 5, 1.0, "new"),
         ("T020", "Gorgie Farm Café", 14, "51 Gorgie Road", "Edinburgh", "EH11 2LA", D(2021, 8, 2), None, D(2024, 12, 20), (2,), 4, 0.6, None)]
ROSIE_DUP = (D(2025, 4, 7), D(2025, 4, 19))   # Rosie's orders were keyed on the duplicate account for two weeks
RACE_DAYS = [D(2024, 3, 16), D(2024, 4, 13), D(2024, 5, 11), D(2024, 6, 8), D(2024, 6, 22), D(2024, 7, 20), D(2024, 8, 10), D(2024, 9, 14), D(2024, 10, 5),
             D(2024, 11, 2), D(2024, 12, 7), D(2025, 3, 15), D(2025, 4, 12), D(2025, 5, 10), D(2025, 6, 7), D(2025, 6, 21), D(2025, 7, 19), D(2025, 8, 9),
             D(2025, 9, 13), D(2025, 10, 4), D(2025, 11, 1), D(2025, 12, 6)]
DEPTS_OLD = ["Bread", "Cakes & Bakes", "Savouries", "Hot Drinks", "Cold Drinks", "Retail"]
DEPTS_NEW = ["Bread", "Cakes & Bakes", "Savouries", "Coffee & Tea", "Cold Drinks", "Retail"]
DEPT_SHARE = [0.22, 0.24, 0.19, 0.23, 0.05, 0.07]
DEPT_PRICE = [3.1, 2.6, 2.9, 3.0, 1.9, 5.5]
CAKE_MESSAGES = ["Happy Birthday {n}!", "Happy 40th {n}", "Happy 18th Birthday {n}", "Congratulations {n}!", "Happy Retirement {n}", "Welcome Baby {n}",
                 "Happy Anniversary", "Good Luck {n}", "Happy 60th Birthday {n}", "Well done {n} - Graduation 2025", "Happy Mother's Day", "Happy 1st Birthday {n}"]


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += TD(days=1)


def shop_open(sid, d):
    s = SHOPS[sid - 1]
    if d in HOLIDAYS or d < s[6] or (s[7] and d > s[7]):
        return False
    if sid == 3 and REFIT[0] <= d <= REFIT[1]:
        return False
    if d.weekday() == 6 and s[8] != "Y":
        return False
    return True


def office_day(d):
    return d not in HOLIDAYS and d.weekday() < 6


def uk(d):
    return d.strftime("%d/%m/%Y")


def ts(d, minutes):
    return (DT(d.year, d.month, d.day) + TD(minutes=minutes, seconds=R.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def price_at(pid, d, trade=False):
    p = P[pid - 1]
    if trade:
        return p[4]
    return p[2] if (p[3] is None or d >= PRICE_RISE) else p[3]


def season_w(p, d):
    s = p[9]
    if s == "xmas":
        return 1.0 if (d.month == 12 or (d.month == 11 and d.day >= 15)) else 0.0
    if s == "easter":
        easter = {2024: D(2024, 3, 31), 2025: D(2025, 4, 20), 2026: D(2026, 4, 5)}[d.year]
        return 1.0 if easter - TD(days=21) <= d <= easter else 0.0
    return 1.0


def sold_on(pid, d):
    """Is the product on sale on day d (the sourdough switch, the haggis roll launch)."""
    p = P[pid - 1]
    if pid == OLD_SD:
        return d < SOURDOUGH_SWITCH
    if pid == NEW_SD:
        return d >= SOURDOUGH_SWITCH
    if p[6] == "N":
        return False
    return p[7] <= d and season_w(p, d) > 0


def person(first_pool=SC_FIRST, last_pool=SC_LAST):
    return R.choice(first_pool), R.choice(last_pool)


def typed(name):
    """A name as someone typed it at the counter."""
    u = R.random()
    if u < 0.06:
        return name.upper()
    if u < 0.10:
        return name.lower()
    if u < 0.15:
        return name + " "
    return name


def email_of(first, last, k):
    dom = ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "ed.ac.uk", "sky.com"][k % 8]
    base = "".join(ch for ch in (first + "." + last).lower().replace("ł", "l").replace("ą", "a").replace("ś", "s").replace("ż", "z").replace("ń", "n").replace("'", "").replace(" ", "")
                   if ch.isalnum() or ch == ".")
    return f"{base}{'' if k % 3 else k % 97}@{dom}"


def phone():
    n = f"7{R.randint(100, 999)} {R.randint(100000, 999999)}"
    u = R.random()
    return "0" + n if u < 0.7 else ("+44" + n.replace(" ", "") if u < 0.85 else "0" + n.replace(" ", ""))


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    def ins(t, cols, row):
        con.execute(f"INSERT INTO {t} ({', '.join(cols)}) VALUES ({', '.join('?' * len(row))})", row)
        return con.execute("SELECT last_insert_rowid()").fetchone()[0]

    for s in SHOPS:
        ins("shops", ("id", "shopName", "address", "town", "postcode", "phone", "opened", "closed", "sunday_opening"),
            (s[0], s[1], s[2], s[3], s[4], s[5], s[6].isoformat(), s[7].isoformat() if s[7] else None, s[8]))
    for st in STAFF:
        em = None if st[4] in ("Driver", "Baker") else f"{st[1].lower()}{'' if st[0] in (1, 2) else '.' + st[2].lower().replace('ą', 'a')}@kinlochbakehouse.co.uk"
        ins("Staff", ("StaffID", "FirstName", "Surname", "Shop", "Role", "Started", "LeftDate", "email"),
            (st[0], st[1], st[2], st[3], st[4], st[5].isoformat(), st[6].isoformat() if st[6] else None, em))
    for c in CATS:
        ins("Categories", ("CatID", "Category", "ParentCat", "SortOrder"), c)
    for i, p in enumerate(P, 1):
        note = None
        if i == OLD_SD:
            note = "old price - use new White Sourdough from Feb 25"
        elif p[0] == "Gluten Free Brownie":
            note = "discontinued"
        elif p[0] == "Family Steak Pie":
            note = "pre-order only, Christmas/New Year"
        ins("products", ("prod_id", "prod_name", "CatID", "price", "trade_price", "vat", "active", "added_on", "notes"),
            (i, p[0], p[1], p[2], p[4], p[5], p[6], p[7].isoformat(), note))

    # ------------------------------------------------------------------ customers
    cust_seq = [0]

    def add_customer(name, email, ph, acct=None, terms=None, addr=None, town=None, pc=None, created=None, notes=None):
        cust_seq[0] += 1
        ins("customers", ("CustID", "Name", "email", "phone", "TradeAcct", "Terms", "address1", "town", "postcode", "created", "notes"),
            (cust_seq[0], name, email, ph, acct, terms, addr, town, pc, created, notes))
        return cust_seq[0]

    trade_id = {}
    for t in TRADE:
        acct, name, terms, addr, town, pc, joined = t[:7]
        em = "orders@" + "".join(ch for ch in name.lower().replace("é", "e") if ch.isalnum())[:18] + ".co.uk"
        if acct == "T017":
            em = "rosiesdeli@gmail.com"
        if acct == "T003":
            em = "RosiesDeli@gmail.com"
        note = {"T017": "dup? same as T003", "T004": "CLOSED Sept 25 - owes money", "T016": "Fringe only (August)", "T018": "race days only",
                "T019": "new account, first delivery Jan 26"}.get(acct)
        trade_id[acct] = add_customer(name, em, None if acct in ("T005", "T016") else "0131 " + f"{R.randint(200, 699)} {R.randint(1000, 9999)}",
                                      acct, terms, addr, town, pc, DT.combine(joined, dt.time(10, R.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S"), note)

    # people who order cakes at the counter and people who order online (a person may appear more than once)
    online_people = []
    for k in range(1250):
        f_, l_ = person()
        online_people.append(dict(first=f_, last=l_, email=email_of(f_, l_, k), w=min(R.paretovariate(1.6), 9.0), ids=[], phone=phone() if R.random() < 0.6 else None))
    # e-mails that differ only in case: a second account opened with the address typed in capitals
    case_dups = R.sample(range(1250), 14)
    cake_people = []
    for k in range(900):
        f_, l_ = person()
        cake_people.append(dict(first=f_, last=l_, w=R.paretovariate(2.5), cid=None, email=email_of(f_, l_, 5000 + k) if R.random() < 0.35 else None))

    # ------------------------------------------------------------------ orders
    orders = []   # dicts: type, cust, shop, placed (datetime str), for (date), status, lines [(pid, qty, price, msg)], deposit, discount, delivery, paid, taken, notes

    def trade_status(d):
        u = R.random()
        if u < 0.015:
            return R.choice(["Cancelled", "cancelled"])
        return "Delivered" if u < 0.80 else ("delivered" if u < 0.95 else "DELIVERED")

    trade_prods = [i for i, p in enumerate(P, 1) if p[4] is not None and p[8][0] > 0]
    baskets = {}
    for t in TRADE:
        k = t[10]
        pool = list(trade_prods)
        ws = [P[i - 1][8][0] for i in pool]
        chosen = []
        while len(chosen) < k:
            x = R.choices(pool, ws)[0]
            if x not in chosen and x != NEW_SD:
                chosen.append(x)
        baskets[t[0]] = [(x, max(2, int(R.gauss(10, 5) * t[11]))) for x in chosen]
    baskets["T017"] = baskets["T003"]
    for d in days(START, END):
        if not office_day(d):
            continue
        for t in TRADE:
            acct, spec = t[0], t[12]
            first, last = t[7] or t[6], t[8] or END
            if d < first or d > last:
                continue
            go = d.weekday() in t[9]
            if spec == "summer":
                go = go and 4 <= d.month <= 9 if acct == "T005" else go and (4 <= d.month <= 10)
            elif spec == "golf":
                go = d.weekday() == 5 or (d.weekday() == 2 and 5 <= d.month <= 9)
            elif spec == "term":
                go = go and not (D(d.year, 6, 14) <= d <= D(d.year, 9, 12)) and not (D(d.year, 12, 20) <= d or d <= D(d.year, 1, 12)) \
                    and not (D(d.year, 3, 29) <= d <= D(d.year, 4, 13))
            elif spec == "fringe":
                go = D(d.year, 8, 1) <= d <= D(d.year, 8, 25) and d.weekday() < 6
            elif spec == "races":
                go = d in RACE_DAYS
            elif spec in ("rosie_dup", "new"):
                go = False
            cust = trade_id[acct]
            if acct == "T003" and ROSIE_DUP[0] <= d <= ROSIE_DUP[1]:
                go, cust = go, trade_id["T017"]
            if not go:
                continue
            if d.month == 12 and d.day in (27, 29, 30, 31) and acct == "T010":
                continue
            lines = []
            for pid, q in baskets[acct]:
                if pid == OLD_SD and d >= SOURDOUGH_SWITCH:
                    pid = NEW_SD
                if not sold_on(pid, d):
                    continue
                qq = max(1, int(R.gauss(q, q * 0.25)))
                if R.random() < 0.08:
                    continue
                lines.append((pid, qq, price_at(pid, d, True), None))
            # seasonal extras for the trade
            for pid in (PID["Mince Pies (6)"], PID["Hot Cross Buns (4)"]):
                if sold_on(pid, d) and R.random() < 0.35:
                    lines.append((pid, R.randint(2, 8), price_at(pid, d, True), None))
            if not lines:
                continue
            prev = d - TD(days=1)
            orders.append(dict(type="TRADE", cust=cust, shop=None, placed=ts(prev, R.randint(600, 1010)), fd=d, status=trade_status(d), lines=lines,
                               deposit=None, discount=0.0, paid="account", taken=R.choice([2, 2, 2, 1]), notes=None))

    # special orders: celebration cakes all year, Christmas / Hogmanay pre-orders from mid-November
    cake_pids = [PID[n] for n in ("Celebration Cake 6 inch", "Celebration Cake 8 inch", "Celebration Cake 10 inch", "Two-Tier Celebration Cake", "Number Cake",
                                  "Cupcakes (box of 12)", "Wedding Cake (3 tier)")]
    cake_w = [20, 26, 12, 6, 10, 14, 1.2]
    xmas_pids = [PID[n] for n in ("Family Steak Pie", "Black Bun", "Clootie Dumpling", "Christmas Stollen", "Dundee Cake", "Mince Pies (6)")]
    xmas_w = [10, 4, 2, 2.5, 2, 3]
    SHOP_CAKE_W = {1: 0.30, 2: 0.20, 3: 0.24, 4: 0.18, 5: 0.16}

    def counter_staff(sid, d):
        out = []
        for st in STAFF:
            if st[4] not in ("Manager", "Counter") or st[0] in NO_CAKE_BOOK:
                continue
            shop = st[3]
            if st[0] == 19:
                shop = 4 if d <= D(2025, 6, 28) else 2
            if shop == sid and st[5] <= d and (st[6] is None or d <= st[6]):
                out.append(st[0])
        return out

    def cake_customer(d):
        p = R.choices(cake_people, [x["w"] for x in cake_people])[0]
        if p["cid"] is None or R.random() < 0.25:   # the counter often keys a returning customer again
            nm = typed(f"{p['first']} {p['last']}")
            p["cid"] = add_customer(nm, p["email"], phone() if R.random() < 0.9 else None, created=ts(d, R.randint(480, 960)))
        return p

    def next_open(sid, d, lo, hi, prefer_weekend=False):
        for _ in range(40):
            k = R.randint(lo, hi)
            x = d + TD(days=k)
            if prefer_weekend and x.weekday() < 4 and R.random() < 0.6:
                x += TD(days=4 - x.weekday() + R.randint(0, 1))
            if shop_open(sid, x):
                return x
        return None

    for d in days(START, END):
        for sid in range(1, 6):
            if not shop_open(sid, d):
                continue
            rate = SHOP_CAKE_W[sid] * (1.3 if d.month in (3, 6, 12) else 1.0)
            n_cake = 1 if R.random() < rate else 0
            n_xmas = 0
            if (d.month == 11 and d.day >= 15) or (d.month == 12 and d.day <= 22):
                n_xmas = sum(1 for _ in range(4) if R.random() < 0.3 * SHOP_CAKE_W[sid] / 0.2)
            for xmas in [False] * n_cake + [True] * n_xmas:
                staff = counter_staff(sid, d)
                if not staff:
                    continue
                if xmas:
                    fd = D(d.year, 12, R.choice([23, 24, 24, 30, 31, 31, 31]))
                    if not shop_open(sid, fd) or fd <= d:
                        continue
                    if SHOPS[sid - 1][7] and fd > SHOPS[sid - 1][7]:
                        continue
                    lines = []
                    for pid in sorted(set(R.choices(xmas_pids, xmas_w, k=R.choice([1, 1, 2, 2, 3])))):
                        q = R.choice([1, 1, 1, 2]) if pid != PID["Mince Pies (6)"] else R.choice([1, 2, 2, 3, 4])
                        lines.append((pid, q, price_at(pid, d), None))
                    dep = None
                else:
                    fd = next_open(sid, d, 3, 21, True)
                    if fd is None:
                        continue
                    pid = R.choices(cake_pids, cake_w)[0]
                    if pid == PID["Wedding Cake (3 tier)"]:
                        fd = next_open(sid, d, 30, 80, True) or fd
                    first = R.choice(SC_FIRST)
                    msg = R.choice(CAKE_MESSAGES).format(n=first) if R.random() < 0.85 else None
                    lines = [(pid, 1, price_at(pid, d), msg)]
                    if R.random() < 0.2 and pid != PID["Cupcakes (box of 12)"]:
                        lines.append((PID["Cupcakes (box of 12)"], 1, price_at(PID["Cupcakes (box of 12)"], d), None))
                    dep = None
                p = cake_customer(d)
                tot = sum(q * pr for _, q, pr, _ in lines)
                disc = r2(tot * 0.1) if R.random() < 0.04 else 0.0
                if not xmas:
                    dep = float(max(20, int(round((tot - disc) * 0.5 / 5.0)) * 5)) if R.random() < 0.92 else None
                if fd > END:
                    status = R.choice(["Confirmed", "confirmed", "Confirmed"])
                else:
                    u = R.random()
                    if u < 0.035:
                        status = R.choice(["Cancelled", "cancelled", "canceled"])
                    elif u < 0.06:
                        status = R.choice(["No show", "no show", "No-show"])
                    else:
                        status = "Collected" if u < 0.65 else ("collected" if u < 0.9 else "Collected ")
                placed_min = R.randint(8 * 60, 15 * 60 + 30)
                orders.append(dict(type="SPECIAL", cust=p["cid"], shop=sid, placed=ts(d, placed_min), fd=fd, status=status, lines=lines,
                                   deposit=dep, discount=disc, paid=R.choice(["card", "Card", "card", "cash", "Cash"]) if status.lower().strip() != "confirmed" else None,
                                   taken=R.choice(staff), notes="staff discount" if disc else (R.choice([None, None, None, "nut free!", "call when ready", "collect after 2pm", "gluten free sponge"]) if not xmas else None)))

    # click & collect
    click_prods = [i for i, p in enumerate(P, 1) if p[8][1] > 0]
    test_cid = [None]
    for d in days(CLICK_LAUNCH - TD(days=5), END):
        if d < CLICK_LAUNCH:
            if d in (D(2024, 2, 28), D(2024, 2, 29), D(2024, 3, 1)):   # the nephew's test orders
                if test_cid[0] is None:
                    test_cid[0] = add_customer("Test Test", "ruaridh+test@kinlochbakehouse.co.uk", None, created=ts(D(2024, 2, 27), 1320), notes="TEST - ignore")
                orders.append(dict(type="CLICK", cust=test_cid[0], shop=2, placed=ts(d, 1300), fd=d + TD(days=1), status="TEST",
                                   lines=[(PID["Sausage Roll"], 1, 0.01, None)], deposit=None, discount=0.0, paid="card", taken=None, notes="test"))
            continue
        months = (d.year - 2024) * 12 + d.month - 3
        rate = 0.9 + 0.11 * months
        if d.month == 12 and d.day <= 24:
            rate *= 2.2
        if d.weekday() in (4, 5):
            rate *= 1.3
        n = int(rate) + (1 if R.random() < rate - int(rate) else 0)
        for _ in range(n):
            p = R.choices(online_people, [x["w"] for x in online_people])[0]
            k = online_people.index(p)
            if not p["ids"] or (k in case_dups and len(p["ids"]) == 1 and R.random() < 0.5):
                em = p["email"] if not p["ids"] else p["email"].upper() if k % 2 else p["email"].capitalize()
                p["ids"].append(add_customer(typed(f"{p['first']} {p['last']}"), em, p["phone"], created=ts(d, R.randint(360, 1380))))
            cid = p["ids"][-1]
            open_shops = [s for s in range(1, 6) if shop_open(s, d + TD(days=1))]
            if not open_shops:
                continue
            sid = R.choices(open_shops, [{1: 1.4, 2: 1.1, 3: 1.2, 4: 0.8, 5: 0.7}[s] for s in open_shops])[0]
            fd = d + TD(days=1)
            if R.random() < 0.2:
                for _ in range(6):
                    x = d + TD(days=R.randint(2, 6))
                    if shop_open(sid, x):
                        fd = x
                        break
            lines = []
            avail = [i for i in click_prods if sold_on(i, fd)]
            ws = [P[i - 1][8][1] * (3 if P[i - 1][9] else 1) for i in avail]
            for pid in sorted(set(R.choices(avail, ws, k=R.choice([1, 2, 2, 3, 3, 4, 5])))):
                lines.append((pid, R.choice([1, 1, 1, 2, 2, 3, 4, 6]), price_at(pid, d), None))
            if fd > END:
                status = "paid"
            else:
                u = R.random()
                status = "collected" if u < 0.90 else ("Collected" if u < 0.915 else "no show" if u < 0.945 else "cancelled" if u < 0.985 else "refunded")
            pay = R.choices(["card", "apple pay", "google pay", "paypal"], [70, 20, 10, 12 if d >= D(2025, 5, 1) else 0])[0]
            orders.append(dict(type="CLICK", cust=cid, shop=sid, placed=ts(d, R.randint(360, 1430)), fd=fd, status=status, lines=lines,
                               deposit=None, discount=0.0, paid=pay, taken=None, notes=None))

    orders.sort(key=lambda o: (o["placed"], o["type"], o["cust"]))
    order_totals = []
    for o in orders:
        sub = r2(sum(r2(q * pr) for _, q, pr, _ in o["lines"]))
        dc = 5.0 if o["type"] == "TRADE" and sub < 40 else 0.0
        tot = r2(sub - o["discount"] + dc)
        on = ins("orders", ("CustID", "shop_id", "OrderType", "placed", "ForDate", "status", "total", "deposit", "discount", "delivery_charge", "PaidBy", "TakenBy", "notes"),
                 (o["cust"], o["shop"], o["type"], o["placed"], uk(o["fd"]), o["status"], tot, o["deposit"], o["discount"] if o["type"] == "SPECIAL" else (0.0 if o["type"] == "TRADE" else None),
                  dc if o["type"] == "TRADE" else None, o["paid"], o["taken"], o["notes"]))
        for pid, q, pr, msg in o["lines"]:
            ins("OrderLines", ("order_no", "ProdID", "qty", "UnitPrice", "LineTotal", "Message"), (on, pid, q, pr, r2(q * pr), msg))
        order_totals.append((on, o, tot))

    # ------------------------------------------------------------------ monthly trade invoices
    inv_seq = 1000
    months = sorted({(o["fd"].year, o["fd"].month) for _, o, _ in order_totals if o["type"] == "TRADE"})
    for (y, m) in months:
        issued = D(y + (m == 12), m % 12 + 1, 1)
        while not office_day(issued):
            issued += TD(days=1)
        if issued > END:
            continue
        for t in TRADE:
            cid = trade_id[t[0]]
            amt = r2(sum(tot for _, o, tot in order_totals if o["type"] == "TRADE" and o["cust"] == cid and (o["fd"].year, o["fd"].month) == (y, m)
                         and o["status"].strip().lower() == "delivered"))
            if amt <= 0:
                continue
            inv_seq += 1
            due = issued + TD(days=t[2])
            if t[0] == "T004" and (y, m) >= (2025, 7):
                paid = None
            else:
                late = R.random() < (0.6 if t[0] in ("T011", "T009") else 0.12)
                paid = due + TD(days=R.randint(3, 40)) if late else due - TD(days=R.randint(0, t[2] - 2))
                if paid < issued:
                    paid = issued + TD(days=1)
                if paid > END:
                    paid = None
            ins("ws_invoices", ("InvNo", "CustID", "Period", "Issued", "DueDate", "Amount", "PaidOn"),
                (f"KB{inv_seq}", cid, f"{y}-{m:02d}", issued.isoformat(), due.isoformat(), amt, paid.isoformat() if paid else None))

    # ------------------------------------------------------------------ till Z reports and wastage
    waste_prods = [i for i, p in enumerate(P, 1) if p[8][2] > 0]
    for d in days(START, END):
        for sid in range(1, 6):
            if not shop_open(sid, d):
                continue
            wd = [0.85, 0.9, 0.92, 0.95, 1.1, 1.4, 1.15][d.weekday()]
            season = {12: 1.25, 8: 1.12 if sid != 5 else 1.0, 7: 1.08, 1: 0.85, 2: 0.9}.get(d.month, 1.0)
            if sid == 3 and d.month in (6, 7, 8):
                season *= 1.25   # the beach
            growth = 1.0 + (0.045 if d.year == 2025 else 0.0)
            if sid == 5:
                growth = min(1.0, 0.7 + 0.03 * ((d - SHOPS[4][6]).days / 30))
            base = SHOP_BASE[sid] * wd * season * growth * R.uniform(0.85, 1.15)
            if d.month == 12 and d.day in (24, 31):
                base *= 1.6
            depts = DEPTS_NEW if d >= NEW_TILL else DEPTS_OLD
            gp, items, refunds = [], [], []
            for k, dep in enumerate(depts):
                g = int(round(base * DEPT_SHARE[k] * R.uniform(0.85, 1.15) * 100))
                gp.append(g)
                items.append(max(1, int(round(g / 100 / DEPT_PRICE[k] * R.uniform(0.9, 1.1)))))
                refunds.append(R.choice([0, 0, 0, 0, 0, 0, 180, 240, 295, 320, 450]) if R.random() < 0.12 else 0)
            for k, dep in enumerate(depts):
                con.execute("INSERT INTO TillDays VALUES (?,?,?,?,?,?,?)", (d.isoformat(), sid, dep, items[k], gp[k], refunds[k], None))
            trans = int(round(sum(gp) / 100 / R.uniform(6.8, 8.2)))
            con.execute("INSERT INTO TillDays VALUES (?,?,?,?,?,?,?)", (d.isoformat(), sid, "TOTAL", sum(items), sum(gp), sum(refunds), trans))
            # end-of-day wastage
            staff = [st[0] for st in STAFF if (st[3] == sid or (st[0] == 19 and sid == 4 and d <= D(2025, 6, 28))) and st[4] in ("Manager", "Counter")
                     and st[5] <= d and (st[6] is None or d <= st[6]) and not (st[0] == 19 and sid == 2 and d < HAMZA_MOVED)]
            if not staff:
                continue
            for pid in waste_prods:
                if not sold_on(pid, d):
                    continue
                w = P[pid - 1][8][2]
                if R.random() < 0.065 * w * (1.3 if d.weekday() == 5 else 1.0):
                    q = R.randint(1, 3 + int(w))
                    u = R.random()
                    reason = "unsold" if u < 0.78 else "Unsold" if u < 0.88 else "unsold " if u < 0.9 else "damaged" if u < 0.95 else "dropped" if u < 0.98 else "out of date"
                    ins("wastage", ("WasteDate", "shop", "prod", "qty", "reason", "logged_by"), (d.isoformat(), sid, pid, q, reason, R.choice(staff)))
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
