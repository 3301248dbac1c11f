"""Pebble & Pier Gifts: a family chain of souvenir & gift shops in English and Welsh seaside and heritage towns
(Whitby, St Ives, Tenby, Bath, two towns called Newport ...). The shops sell local fudge and rock, local food, mugs, tea
towels, postcards, books & maps, jewellery (Whitby jet, sea glass), candles, pocket-money toys, Christmas decorations and
prints and crafts by local makers. Stock is bought from suppliers on purchase orders and counted every quarter.

Schema style: a POINT-OF-SALE / SMALL-BUSINESS SYSTEM with SINGULAR PascalCase table names and camelCase columns
(Store, Register, Staff, Category, Product, Supplier, ProductSupplier, PurchaseOrder, PurchaseOrderLine, StockCount,
Sale, SaleLine, Payment; storeId, soldAt, totalAmount, qtyOrdered, isActive). Ordinary POS quirks: DATE columns as TEXT
'YYYY-MM-DD' and sale / payment times as TEXT 'YYYY-MM-DD HH:MM:SS' (local time, no zone); money as REAL pounds; flags as
INTEGER 0/1; prices include VAT (20 % or zero-rated) and the VAT share is stored per line; returns are Sale rows of type
'Return' with negative quantities and amounts that point at the original sale (originalSaleId); voided sales keep their
lines but have no payment. Staff.managerId is a self-reference and ProductSupplier is a many-to-many link table.
Two shops are in towns called Newport (Isle of Wight and Pembrokeshire); St Ives is in Cornwall (shop) and in
Cambridgeshire (a supplier)."""
import math, os, random, sys, unicodedata, datetime as dt
import sqlite3
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import UK_FIRST, UK_LAST

SEED = 8820417
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "pebble_and_pier.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
D = dt.date
DT = dt.datetime

SCHEMA = """
CREATE TABLE Store (
  storeId INTEGER PRIMARY KEY, storeCode TEXT NOT NULL UNIQUE, storeName TEXT NOT NULL, addressLine1 TEXT NOT NULL,
  town TEXT NOT NULL, county TEXT NOT NULL, country TEXT NOT NULL, postcode TEXT NOT NULL, phone TEXT,
  openedDate TEXT NOT NULL, closedDate TEXT, isActive INTEGER NOT NULL, sqFt INTEGER NOT NULL);
CREATE TABLE Register (
  registerId INTEGER PRIMARY KEY, storeId INTEGER NOT NULL REFERENCES Store(storeId), registerName TEXT NOT NULL,
  serialNo TEXT NOT NULL UNIQUE, installedDate TEXT NOT NULL, retiredDate TEXT, isActive INTEGER NOT NULL);
CREATE TABLE Staff (
  staffId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, jobTitle TEXT NOT NULL,
  storeId INTEGER REFERENCES Store(storeId), managerId INTEGER REFERENCES Staff(staffId), email TEXT NOT NULL,
  startDate TEXT NOT NULL, leaveDate TEXT, contractType TEXT NOT NULL, hourlyRate REAL, annualSalary REAL,
  isActive INTEGER NOT NULL);
CREATE TABLE Category (
  categoryId INTEGER PRIMARY KEY, categoryName TEXT NOT NULL UNIQUE, description TEXT);
CREATE TABLE Product (
  productId INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, productName TEXT NOT NULL UNIQUE,
  categoryId INTEGER NOT NULL REFERENCES Category(categoryId), retailPrice REAL NOT NULL, costPrice REAL NOT NULL,
  vatRate REAL NOT NULL, isLocalMaker INTEGER NOT NULL, launchDate TEXT NOT NULL, discontinuedDate TEXT, barcode TEXT);
CREATE TABLE Supplier (
  supplierId INTEGER PRIMARY KEY, supplierName TEXT NOT NULL UNIQUE, contactName TEXT, email TEXT, phone TEXT,
  town TEXT NOT NULL, county TEXT NOT NULL, country TEXT NOT NULL, paymentTermsDays INTEGER NOT NULL,
  isActive INTEGER NOT NULL);
CREATE TABLE ProductSupplier (
  productId INTEGER NOT NULL REFERENCES Product(productId), supplierId INTEGER NOT NULL REFERENCES Supplier(supplierId),
  supplierSku TEXT NOT NULL, unitCost REAL NOT NULL, leadTimeDays INTEGER NOT NULL, isPreferred INTEGER NOT NULL,
  PRIMARY KEY (productId, supplierId));
CREATE TABLE PurchaseOrder (
  purchaseOrderId INTEGER PRIMARY KEY, poNumber TEXT NOT NULL UNIQUE, supplierId INTEGER NOT NULL REFERENCES Supplier(supplierId),
  storeId INTEGER NOT NULL REFERENCES Store(storeId), orderedByStaffId INTEGER NOT NULL REFERENCES Staff(staffId),
  orderDate TEXT NOT NULL, expectedDate TEXT NOT NULL, receivedDate TEXT, status TEXT NOT NULL, totalCost REAL NOT NULL);
CREATE TABLE PurchaseOrderLine (
  purchaseOrderId INTEGER NOT NULL REFERENCES PurchaseOrder(purchaseOrderId), lineNo INTEGER NOT NULL,
  productId INTEGER NOT NULL REFERENCES Product(productId), qtyOrdered INTEGER NOT NULL, qtyReceived INTEGER NOT NULL,
  unitCost REAL NOT NULL, PRIMARY KEY (purchaseOrderId, lineNo));
CREATE TABLE StockCount (
  stockCountId INTEGER PRIMARY KEY, storeId INTEGER NOT NULL REFERENCES Store(storeId),
  productId INTEGER NOT NULL REFERENCES Product(productId), countDate TEXT NOT NULL, expectedQty INTEGER NOT NULL,
  countedQty INTEGER NOT NULL, countedByStaffId INTEGER NOT NULL REFERENCES Staff(staffId));
CREATE TABLE Sale (
  saleId INTEGER PRIMARY KEY, saleNumber TEXT NOT NULL UNIQUE, storeId INTEGER NOT NULL REFERENCES Store(storeId),
  registerId INTEGER NOT NULL REFERENCES Register(registerId), staffId INTEGER NOT NULL REFERENCES Staff(staffId),
  soldAt TEXT NOT NULL, saleType TEXT NOT NULL, originalSaleId INTEGER REFERENCES Sale(saleId), status TEXT NOT NULL,
  discountTotal REAL NOT NULL, vatTotal REAL NOT NULL, totalAmount REAL NOT NULL);
CREATE TABLE SaleLine (
  saleLineId INTEGER PRIMARY KEY, saleId INTEGER NOT NULL REFERENCES Sale(saleId), lineNo INTEGER NOT NULL,
  productId INTEGER NOT NULL REFERENCES Product(productId), quantity INTEGER NOT NULL, unitPrice REAL NOT NULL,
  discountAmount REAL NOT NULL, lineTotal REAL NOT NULL, vatAmount REAL NOT NULL);
CREATE TABLE Payment (
  paymentId INTEGER PRIMARY KEY, saleId INTEGER NOT NULL REFERENCES Sale(saleId), paymentMethod TEXT NOT NULL,
  amount REAL NOT NULL, paidAt TEXT NOT NULL);
CREATE INDEX IX_SaleLine_saleId ON SaleLine(saleId);
CREATE INDEX IX_Payment_saleId ON Payment(saleId);
CREATE INDEX IX_Sale_storeId_soldAt ON Sale(storeId, soldAt);
"""

# code, name, address, town, county, country, postcode, phone, opened, closed, sqft, area, profile, size, region, assistant mgr
STORES = [
    ("WHT", "Whitby Church Street", "88 Church Street", "Whitby", "North Yorkshire", "England", "YO22 4AE", "01947 600112", D(2011, 4, 1), None, 900, "N", "sea", 1.25, "Yorkshire", True),
    ("SCB", "Scarborough Foreshore", "17 Foreshore Road", "Scarborough", "North Yorkshire", "England", "YO11 1PB", "01723 500233", D(2014, 3, 15), D(2024, 11, 1), 650, "N", "sea", 0.8, "Yorkshire", False),
    ("RCH", "Richmond Market Place", "9 Market Place", "Richmond", "North Yorkshire", "England", "DL10 4QG", "01748 800341", D(2016, 5, 1), None, 560, "N", "heritage", 0.7, "Yorkshire", False),
    ("CNW", "Conwy Castle Street", "21 Castle Street", "Conwy", "Conwy", "Wales", "LL32 8AY", "01492 300455", D(2017, 3, 20), None, 600, "N", "heritage", 0.8, "Wales", False),
    ("KES", "Keswick Main Street", "30 Main Street", "Keswick", "Cumbria", "England", "CA12 5JD", "017687 70561", D(2025, 3, 28), None, 620, "N", "heritage", 0.95, "Cumbria", False),
    ("STI", "St Ives Fore Street", "54 Fore Street", "St Ives", "Cornwall", "England", "TR26 1AB", "01736 700672", D(2012, 5, 1), None, 820, "S", "sea", 1.3, "Cornwall", True),
    ("PAD", "Padstow Harbour", "3 North Quay", "Padstow", "Cornwall", "England", "PL28 8AQ", "01841 500783", D(2015, 4, 1), None, 540, "S", "sea", 0.9, "Cornwall", False),
    ("NPI", "Newport High Street", "112 High Street", "Newport", "Isle of Wight", "England", "PO30 1SS", "01983 500894", D(2018, 6, 1), None, 700, "S", "town", 0.9, "Isle of Wight", True),
    ("NPP", "Newport East Street", "6 East Street", "Newport", "Pembrokeshire", "Wales", "SA42 0SY", "01239 800915", D(2019, 4, 12), None, 420, "S", "sea", 0.55, "Wales", False),
    ("TEN", "Tenby Tudor Square", "14 Tudor Square", "Tenby", "Pembrokeshire", "Wales", "SA70 7AJ", "01834 800126", D(2013, 4, 1), None, 760, "S", "sea", 1.15, "Wales", True),
    ("BTH", "Bath Abbey Churchyard", "11 Abbey Churchyard", "Bath", "Somerset", "England", "BA1 1LY", "01225 400237", D(2010, 11, 1), None, 880, "S", "heritage", 1.35, "Bath", True),
    ("LYM", "Lyme Regis Broad Street", "47 Broad Street", "Lyme Regis", "Dorset", "England", "DT7 3QD", "01297 400348", D(2023, 5, 26), None, 480, "S", "sea", 0.75, "Dorset", False),
]
SEA_M = {1: 0.25, 2: 0.35, 3: 0.55, 4: 0.9, 5: 1.0, 6: 1.1, 7: 1.7, 8: 2.0, 9: 1.0, 10: 0.75, 11: 0.55, 12: 0.85}
HER_M = {1: 0.4, 2: 0.5, 3: 0.65, 4: 0.9, 5: 0.95, 6: 1.0, 7: 1.35, 8: 1.5, 9: 1.0, 10: 0.9, 11: 0.95, 12: 1.5}
TOWN_M = {1: 0.45, 2: 0.5, 3: 0.65, 4: 0.85, 5: 0.95, 6: 1.05, 7: 1.45, 8: 1.6, 9: 0.95, 10: 0.85, 11: 0.8, 12: 1.3}
WD = [0.75, 0.75, 0.8, 0.85, 1.0, 1.5, 1.35]

CATEGORIES = [
    (1, "Fudge & Confectionery", "Fudge, rock, toffee and sweets"),
    (2, "Local Food & Drink", "Jams, honey, tea, biscuits, sea salt and cordials from local producers"),
    (3, "Mugs & Tableware", "Mugs, egg cups, coasters and bone china"),
    (4, "Tea Towels & Textiles", "Tea towels, aprons, throws and scarves"),
    (5, "Postcards & Stationery", "Postcards, notebooks, pencils and bookmarks"),
    (6, "Books & Maps", "Local guides, walking maps and children's books"),
    (7, "Jewellery", "Whitby jet, sea glass, silver and Welsh love spoon jewellery"),
    (8, "Candles & Home Fragrance", "Candles, reed diffusers and wax melts"),
    (9, "Toys & Pocket Money", "Beach toys, plush animals and pocket-money gifts"),
    (10, "Christmas & Seasonal", "Baubles, decorations, cards and advent calendars (October to December)"),
    (11, "Art Prints & Local Crafts", "Prints, pottery, slate and driftwood by local makers"),
]
REGIONS = ["Yorkshire", "Wales", "Cumbria", "Cornwall", "Isle of Wight", "Bath", "Dorset"]
# name, category, price (current), vat, region (None = every shop), popularity, local maker
PRODUCTS = [
    ("Clotted Cream Fudge 150g", 1, 3.95, 20, None, 3.0, 0), ("Sea Salt Caramel Fudge 150g", 1, 3.95, 20, None, 2.6, 0),
    ("Rum & Raisin Fudge 150g", 1, 3.95, 20, None, 1.6, 0), ("Chocolate Orange Fudge 150g", 1, 3.95, 20, None, 1.8, 0),
    ("Crème Brûlée Fudge 150g", 1, 3.95, 20, None, 1.5, 0), ("Vanilla Fudge Gift Box 400g", 1, 8.95, 20, None, 1.2, 0),
    ("Stick of Rock – Whitby", 1, 1.50, 20, "Yorkshire", 2.2, 0), ("Stick of Rock – Scarborough", 1, 1.50, 20, "Yorkshire", 1.4, 0),
    ("Stick of Rock – St Ives", 1, 1.50, 20, "Cornwall", 2.0, 0), ("Stick of Rock – Tenby", 1, 1.50, 20, "Wales", 1.8, 0),
    ("Stick of Rock – Lyme Regis", 1, 1.50, 20, "Dorset", 1.6, 0), ("Stick of Rock – Isle of Wight", 1, 1.50, 20, "Isle of Wight", 1.6, 0),
    ("Cornish Clotted Cream Toffees 200g", 1, 4.50, 20, "Cornwall", 1.4, 0), ("Welsh Toffee Bon Bons 200g", 1, 3.50, 20, "Wales", 1.2, 0),
    ("Pontefract Cakes 150g", 1, 2.95, 20, "Yorkshire", 0.8, 0), ("Kendal Mint Cake", 1, 2.25, 20, "Cumbria", 2.0, 0),
    ("Isle of Wight Garlic Fudge 150g", 1, 4.25, 20, "Isle of Wight", 0.9, 1), ("Sugar Mice (3 pack)", 1, 2.50, 20, None, 0.9, 0),
    ("Humbugs Jar 200g", 1, 3.25, 20, None, 0.9, 0), ("Chocolate Seashells 120g", 1, 4.95, 20, None, 1.1, 0),
    ("Cornish Sea Salt Flakes 100g", 2, 3.75, 0, "Cornwall", 1.2, 1), ("Halen Môn Sea Salt 100g", 2, 4.25, 0, "Wales", 1.1, 1),
    ("Yorkshire Heather Honey 227g", 2, 6.50, 0, "Yorkshire", 1.0, 1), ("Welsh Bara Brith 400g", 2, 5.50, 0, "Wales", 1.1, 1),
    ("Welsh Cakes (6 pack)", 2, 3.95, 0, "Wales", 1.8, 1), ("Cornish Saffron Buns (4 pack)", 2, 4.25, 0, "Cornwall", 0.9, 1),
    ("Strawberry Preserve 340g", 2, 4.50, 0, None, 1.0, 0), ("Bramble Jelly 340g", 2, 4.50, 0, None, 0.7, 0),
    ("Seaside Breakfast Tea (80 bags)", 2, 5.25, 0, None, 1.2, 0), ("All-Butter Shortbread Tin", 2, 7.95, 0, None, 1.4, 0),
    ("Chocolate-Dipped Shortbread 200g", 2, 4.95, 20, None, 0.9, 0), ("Isle of Wight Tomato Chutney", 2, 4.75, 0, "Isle of Wight", 0.8, 1),
    ("Dorset Apple Cake", 2, 6.95, 0, "Dorset", 0.7, 1), ("Elderflower Cordial 500ml", 2, 5.95, 20, None, 0.8, 0),
    ("Bath Oliver Biscuits", 2, 3.95, 0, "Bath", 0.9, 0), ("Cumberland Rum Butter 200g", 2, 4.95, 0, "Cumbria", 0.8, 1),
    ("Whitby Abbey Mug", 3, 9.95, 20, "Yorkshire", 1.5, 0), ("Harbour Stripe Mug", 3, 8.95, 20, None, 1.6, 0),
    ("Seagull Mug", 3, 8.95, 20, None, 1.4, 0), ("Bone China Puffin Mug", 3, 12.95, 20, None, 1.1, 0),
    ("Cornish Blue Mug", 3, 11.50, 20, "Cornwall", 1.2, 0), ("Welsh Dragon Mug", 3, 9.50, 20, "Wales", 1.5, 0),
    ("Roman Baths Mug", 3, 9.95, 20, "Bath", 1.3, 0), ("Ammonite Mug", 3, 9.95, 20, "Dorset", 1.1, 0),
    ("Lighthouse Egg Cup", 3, 5.50, 20, None, 0.9, 0), ("Sailing Boat Coaster Set", 3, 12.00, 20, None, 0.8, 0),
    ("Needles Lighthouse Mug", 3, 9.95, 20, "Isle of Wight", 1.0, 0), ("Lakeland Sheep Mug", 3, 9.50, 20, "Cumbria", 1.2, 0),
    ("Whitby Tea Towel", 4, 7.50, 20, "Yorkshire", 1.0, 0), ("St Ives Tea Towel", 4, 7.50, 20, "Cornwall", 1.0, 0),
    ("Tenby Tea Towel", 4, 7.50, 20, "Wales", 0.9, 0), ("Bath Tea Towel", 4, 7.50, 20, "Bath", 0.9, 0),
    ("Jurassic Coast Tea Towel", 4, 7.50, 20, "Dorset", 0.8, 0), ("Lake District Tea Towel", 4, 7.50, 20, "Cumbria", 0.9, 0),
    ("Nautical Stripe Apron", 4, 16.00, 20, None, 0.5, 0), ("Welsh Tapestry Throw", 4, 89.00, 20, "Wales", 0.25, 1),
    ("Seaside Beach Towel", 4, 18.00, 20, None, 0.6, 0), ("Knitted Puffin Scarf", 4, 22.00, 20, None, 0.4, 0),
    ("Postcard – Harbour View", 5, 0.80, 20, None, 2.5, 0), ("Postcard – Lighthouse at Dusk", 5, 0.80, 20, None, 2.0, 0),
    ("Postcard – Puffins", 5, 0.80, 20, None, 1.8, 0), ("Postcard Multipack (10)", 5, 5.00, 20, None, 0.8, 0),
    ("Seaside Notebook A5", 5, 6.50, 20, None, 0.8, 0), ("Lighthouse Pencil Set", 5, 3.50, 20, None, 0.9, 0),
    ("Pressed Flower Bookmark", 5, 2.95, 20, None, 0.7, 0), ("Fridge Magnet – Anchor", 5, 3.95, 20, None, 1.6, 0),
    ("Walks around Whitby", 6, 7.99, 0, "Yorkshire", 0.5, 0), ("OS Explorer Map OL27", 6, 10.99, 0, "Yorkshire", 0.4, 0),
    ("Cornish Folk Tales", 6, 9.99, 0, "Cornwall", 0.5, 0), ("Pembrokeshire Coast Path Guide", 6, 14.99, 0, "Wales", 0.5, 0),
    ("Jurassic Coast Fossil Guide", 6, 8.99, 0, "Dorset", 0.6, 0), ("Lake District Walks", 6, 12.99, 0, "Cumbria", 0.6, 0),
    ("Seaside Colouring Book", 6, 4.99, 0, None, 1.0, 0), ("Jane Austen's Bath", 6, 9.99, 0, "Bath", 0.6, 0),
    ("Isle of Wight Cycle Routes", 6, 6.99, 0, "Isle of Wight", 0.4, 0),
    ("Whitby Jet Pendant", 7, 45.00, 20, "Yorkshire", 0.6, 1), ("Whitby Jet Earrings", 7, 38.00, 20, "Yorkshire", 0.6, 1),
    ("Sea Glass Necklace", 7, 29.00, 20, None, 0.6, 1), ("Welsh Love Spoon Pendant", 7, 34.00, 20, "Wales", 0.5, 1),
    ("Cornish Tin Charm Bracelet", 7, 24.00, 20, "Cornwall", 0.5, 1), ("Silver Ammonite Earrings", 7, 32.00, 20, "Dorset", 0.4, 1),
    ("Sterling Silver Anchor Studs", 7, 19.00, 20, None, 0.6, 0),
    ("Sea Breeze Candle", 8, 14.50, 20, None, 0.9, 0), ("Fig & Cassis Candle", 8, 16.00, 20, None, 0.6, 0),
    ("Driftwood & Sage Reed Diffuser", 8, 18.50, 20, None, 0.5, 0), ("Lavender Wax Melts", 8, 4.50, 20, None, 0.8, 0),
    ("Cornish Cream Tea Candle", 8, 12.00, 20, "Cornwall", 0.5, 0),
    ("Bucket & Spade Set", 9, 4.99, 20, None, 1.6, 0), ("Crabbing Line & Net", 9, 3.99, 20, None, 1.5, 0),
    ("Puffin Plush", 9, 9.99, 20, None, 1.2, 0), ("Welsh Dragon Plush", 9, 11.99, 20, "Wales", 1.1, 0),
    ("Diamond Kite", 9, 8.50, 20, None, 0.7, 0), ("Giant Bubble Wand", 9, 3.50, 20, None, 1.0, 0),
    ("Pirate Telescope", 9, 4.50, 20, None, 0.8, 0), ("Herdwick Sheep Plush", 9, 10.99, 20, "Cumbria", 1.0, 0),
    ("Glass Bauble – Lighthouse", 10, 6.50, 20, None, 1.0, 0), ("Robin Hanging Decoration", 10, 4.50, 20, None, 1.0, 0),
    ("Christmas Card Pack (10)", 10, 6.00, 20, None, 1.2, 0), ("Fudge Advent Calendar", 10, 12.95, 20, None, 0.8, 0),
    ("Felt Puffin Christmas Decoration", 10, 5.50, 20, None, 0.7, 0),
    ("Giclée Print – St Ives Harbour", 11, 35.00, 20, "Cornwall", 0.3, 1), ("Giclée Print – Whitby Abbey", 11, 35.00, 20, "Yorkshire", 0.3, 1),
    ("Giclée Print – Tenby Harbour", 11, 35.00, 20, "Wales", 0.3, 1), ("Welsh Slate Coaster Set", 11, 16.00, 20, "Wales", 0.6, 1),
    ("Driftwood Sailing Boat", 11, 24.00, 20, None, 0.4, 1), ("Hand-thrown Pottery Bowl", 11, 28.00, 20, None, 0.3, 1),
    ("Felted Herdwick Sheep", 11, 14.00, 20, "Cumbria", 0.5, 1), ("Bath Stone Coaster", 11, 9.50, 20, "Bath", 0.5, 1),
    ("Ammonite Fossil (small)", 11, 6.50, 20, "Dorset", 1.2, 0),
]
# extra products launched / discontinued during the period: name -> (launch, discontinued)
LIFECYCLE = {
    "Crème Brûlée Fudge 150g": (D(2023, 6, 1), None), "Chocolate Seashells 120g": (D(2024, 4, 1), None),
    "Herdwick Sheep Plush": (D(2025, 3, 1), None), "Felted Herdwick Sheep": (D(2025, 3, 1), None),
    "Lakeland Sheep Mug": (D(2025, 3, 1), None), "Lake District Tea Towel": (D(2025, 3, 1), None),
    "Lake District Walks": (D(2025, 3, 1), None), "Kendal Mint Cake": (D(2025, 3, 1), None),
    "Cumberland Rum Butter 200g": (D(2025, 3, 1), None),
    "Dorset Apple Cake": (D(2023, 5, 1), None), "Ammonite Mug": (D(2023, 5, 1), None), "Jurassic Coast Tea Towel": (D(2023, 5, 1), None),
    "Jurassic Coast Fossil Guide": (D(2023, 5, 1), None), "Silver Ammonite Earrings": (D(2023, 5, 1), None),
    "Stick of Rock – Lyme Regis": (D(2023, 5, 1), None), "Ammonite Fossil (small)": (D(2023, 5, 1), None),
    "Knitted Puffin Scarf": (D(2023, 9, 1), None), "Fudge Advent Calendar": (D(2024, 9, 15), None),
    "Stick of Rock – Scarborough": (None, D(2024, 11, 1)), "Pontefract Cakes 150g": (None, D(2024, 7, 1)),
    "Nautical Stripe Apron": (None, D(2023, 10, 1)), "Fig & Cassis Candle": (None, D(2025, 2, 1)),
    "Postcard Multipack (10)": (None, D(2024, 1, 1)), "Diamond Kite": (None, D(2025, 9, 30)),
    "Rum & Raisin Fudge 150g": (None, D(2025, 6, 1)), "Hand-thrown Pottery Bowl": (None, D(2024, 3, 1)),
    "Sugar Mice (3 pack)": (None, D(2023, 8, 1)),
}
SUPPLIERS = [  # name, town, county, country, terms, active, supplies (category ids or product names), contact
    ("Moorland Fudge Kitchen", "Pickering", "North Yorkshire", "England", 30, 1, [1]),
    ("Cwmni Cyffug Cymreig", "Aberaeron", "Ceredigion", "Wales", 30, 1, [1]),
    ("Kernow Confectionery Ltd", "Redruth", "Cornwall", "England", 30, 1, [1]),
    ("Seaside Rock Co.", "Blackpool", "Lancashire", "England", 14, 1, ["Stick of Rock"]),
    ("Halen Môn", "Brynsiencyn", "Anglesey", "Wales", 30, 1, ["Halen Môn Sea Salt 100g"]),
    ("Cornish Larder Wholesale", "Truro", "Cornwall", "England", 30, 1, [2]),
    ("Dales Fine Foods", "Hawes", "North Yorkshire", "England", 30, 1, [2]),
    ("Wight Preserves", "Newport", "Isle of Wight", "England", 14, 1, ["Isle of Wight Tomato Chutney", "Isle of Wight Garlic Fudge 150g", "Strawberry Preserve 340g", "Bramble Jelly 340g"]),
    ("Bara Brith Bakehouse", "Llanberis", "Gwynedd", "Wales", 14, 1, ["Welsh Bara Brith 400g", "Welsh Cakes (6 pack)"]),
    ("Potters of Stoke", "Stoke-on-Trent", "Staffordshire", "England", 60, 1, [3]),
    ("Harbourside Homeware", "Falmouth", "Cornwall", "England", 30, 1, [3, 4]),
    ("Thistle & Tide Textiles", "Hawick", "Scottish Borders", "Scotland", 30, 1, [4]),
    ("Melin Tregwynt", "Castlemorris", "Pembrokeshire", "Wales", 30, 1, ["Welsh Tapestry Throw"]),
    ("St Ives Stationery Supplies", "St Ives", "Cambridgeshire", "England", 30, 1, [5]),
    ("Coastline Cards", "Exeter", "Devon", "England", 30, 1, [5, 10]),
    ("Wayfarer Books Distribution", "Bristol", "Bristol", "England", 60, 1, [6]),
    ("Ordnance Survey Trade", "Southampton", "Hampshire", "England", 30, 1, ["OS Explorer Map OL27", "Lake District Walks", "Isle of Wight Cycle Routes"]),
    ("Jet & Stone Jewellers", "Whitby", "North Yorkshire", "England", 30, 1, ["Whitby Jet Pendant", "Whitby Jet Earrings"]),
    ("Seaglass & Silver", "Penzance", "Cornwall", "England", 30, 1, ["Sea Glass Necklace", "Cornish Tin Charm Bracelet", "Sterling Silver Anchor Studs", "Silver Ammonite Earrings"]),
    ("Llwy Garu Crafts", "Llangollen", "Denbighshire", "Wales", 30, 1, ["Welsh Love Spoon Pendant", "Welsh Slate Coaster Set"]),
    ("Wick & Wax Candle Co.", "Frome", "Somerset", "England", 30, 1, [8]),
    ("Lumière Home Fragrance", "Brighton", "East Sussex", "England", 45, 0, ["Fig & Cassis Candle", "Driftwood & Sage Reed Diffuser"]),
    ("Beachcomber Toys Ltd", "Bournemouth", "Dorset", "England", 30, 1, [9]),
    ("Cuddly Critters UK", "Leicester", "Leicestershire", "England", 45, 1, ["Puffin Plush", "Welsh Dragon Plush", "Herdwick Sheep Plush", "Felt Puffin Christmas Decoration"]),
    ("Yuletide Wholesale", "Birmingham", "West Midlands", "England", 60, 1, [10]),
    ("Porthmeor Prints", "St Ives", "Cornwall", "England", 30, 1, [11]),
    ("Driftwood Dreams", "Tenby", "Pembrokeshire", "Wales", 14, 1, ["Driftwood Sailing Boat", "Giclée Print – Tenby Harbour"]),
    ("Herdwick Makers Co-op", "Ambleside", "Cumbria", "England", 30, 1, ["Felted Herdwick Sheep", "Kendal Mint Cake", "Cumberland Rum Butter 200g", "Lakeland Sheep Mug"]),
    ("Jurassic Finds", "Charmouth", "Dorset", "England", 30, 1, ["Ammonite Fossil (small)", "Dorset Apple Cake", "Jurassic Coast Fossil Guide"]),
    ("Bath Stone Studio", "Bath", "Somerset", "England", 30, 1, ["Bath Stone Coaster", "Bath Oliver Biscuits"]),
    ("Tea Merchants of Bristol", "Bristol", "Bristol", "England", 30, 1, ["Seaside Breakfast Tea (80 bags)", "All-Butter Shortbread Tin", "Chocolate-Dipped Shortbread 200g", "Elderflower Cordial 500ml"]),
    ("Clayworks Pottery", "Barnstaple", "Devon", "England", 30, 0, ["Hand-thrown Pottery Bowl"]),
]
CLOSED_DAYS = lambda d: (d.month, d.day) in ((12, 25), (12, 26), (1, 1))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ł", "l").replace("Ł", "L")


def money_r(p):
    return round(p / 100, 2)


def half_up(num, den):
    return (num * 2 + den) // (2 * den)


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def poisson(rng, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return D(y, month, (h + l - 7 * m + 114) % 31 + 1)


def ds(d):
    return d.isoformat() if d else None


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # ---------------------------------------------------------------- stores & registers
    stores = []
    for i, s in enumerate(STORES, 1):
        code, name, addr, town, county, country, pc, phone, opened, closed, sqft, area, prof, size, region, am = s
        stores.append({"id": i, "code": code, "name": name, "opened": opened, "closed": closed, "area": area, "prof": prof,
                       "size": size, "region": region, "am": am, "row": (i, code, name, addr, town, county, country, pc, phone,
                                                                          ds(opened), ds(closed), 0 if closed else 1, sqft)})
    con.executemany("INSERT INTO Store VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [s["row"] for s in stores])
    st_by = {s["code"]: s for s in stores}

    def store_open(s, d):
        return s["opened"] <= d and (s["closed"] is None or d < s["closed"]) and not CLOSED_DAYS(d) \
            and not (s["code"] == "PAD" and d.month == 1)

    registers = []
    for s in stores:
        n = 3 if s["size"] >= 1.25 else (2 if s["size"] >= 0.75 else 1)
        for k in range(1, n + 1):
            inst = max(s["opened"], D(2021, 2, 1) + dt.timedelta(days=rng.randint(0, 300)))
            registers.append({"store": s, "name": f"Till {k}", "inst": inst, "ret": s["closed"]})
    # Whitby: a third till added for the summer 2024 crowds; Bath: till 2 replaced in February 2024
    registers.append({"store": st_by["WHT"], "name": "Till 4", "inst": D(2024, 6, 1), "ret": None})
    for r in registers:
        if r["store"]["code"] == "BTH" and r["name"] == "Till 2":
            r["ret"] = D(2024, 2, 12)
    registers.append({"store": st_by["BTH"], "name": "Till 2", "inst": D(2024, 2, 12), "ret": None})
    reg_rows = []
    for i, r in enumerate(registers, 1):
        r["id"] = 100 + i
        reg_rows.append((r["id"], r["store"]["id"], r["name"], f"PX{rng.randint(10000, 99999)}-{i:02d}", ds(r["inst"]), ds(r["ret"]),
                         0 if r["ret"] else 1))
    con.executemany("INSERT INTO Register VALUES (?,?,?,?,?,?,?)", reg_rows)

    # ---------------------------------------------------------------- staff
    staff = []
    used = set()

    def new_name():
        while True:
            f, l = rng.choice(UK_FIRST), rng.choice(UK_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    def add(title, store, start, end, role, contract, fixed=None):
        f, l = fixed if fixed else new_name()
        if fixed:
            used.add(fixed)
        e = {"id": None, "first": f, "last": l, "title": title, "store": store, "start": start, "end": end, "role": role,
             "contract": contract}
        staff.append(e)
        return e

    def chain(role, title, store, first_start, hard_end, p_change, contract="Permanent", fixed=None):
        """people holding one position one after another, no gaps (hard_end = last day of the position)"""
        out, start, k = [], first_start, 0
        while True:
            end = None
            if rng.random() < p_change:
                cand = max(start, START) + dt.timedelta(days=rng.randint(150, 1000))
                if cand < END:
                    end = cand
            if hard_end and (end is None or end >= hard_end):
                end = hard_end
            e = add(title, store, start, end, role, contract, fixed=fixed[k] if fixed and k < len(fixed) else None)
            out.append(e)
            k += 1
            if end is None or end == hard_end:
                return out
            start = end + dt.timedelta(days=1)
            p_change *= 0.4

    md = add("Managing Director", None, D(2009, 6, 1), None, ("MD",), "Permanent", fixed=("Eleri", "Pritchard"))
    add("Head of Buying", None, D(2012, 2, 6), None, ("HB",), "Permanent")
    chain(("BUY",), "Buyer", None, D(2019, 9, 2), None, 0.9)
    add("Bookkeeper", None, D(2015, 1, 12), None, ("BK",), "Part-time")
    chain(("VM",), "Visual Merchandiser", None, D(2020, 3, 2), None, 0.9)
    add("Area Manager", None, D(2016, 8, 1), None, ("AREA", "N"), "Permanent", fixed=("Gareth", "Holroyd"))
    add("Area Manager", None, D(2018, 1, 8), D(2024, 6, 28), ("AREA", "S"), "Permanent", fixed=("Siân", "Llewellyn"))
    add("Area Manager", None, D(2024, 7, 1), None, ("AREA", "S"), "Permanent", fixed=("Tamsin", "Pascoe"))
    for s in stores:
        last = s["closed"] - dt.timedelta(days=1) if s["closed"] else None
        first = s["opened"] - dt.timedelta(days=rng.randint(14, 40)) if s["opened"] >= D(2023, 1, 1) else \
            s["opened"] + dt.timedelta(days=rng.randint(0, 2500))
        if first > D(2022, 6, 1) and s["opened"] < D(2023, 1, 1):
            first = D(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 800))
        chain(("SM", s["code"]), "Store Manager", s, min(first, s["opened"]) if s["opened"] >= D(2023, 1, 1) else first, last, 0.45)
        if s["am"]:
            chain(("ASM", s["code"]), "Assistant Manager", s, D(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 600)), last, 0.5)
        nsa = 2 if s["size"] < 0.7 else (3 if s["size"] < 1.2 else 4)
        for j in range(nsa):
            start = max(s["opened"], D(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 1400)))
            while True:
                contract = "Permanent" if rng.random() < 0.45 else "Part-time"
                end = None
                if rng.random() < 0.45:
                    end = max(start, START) + dt.timedelta(days=rng.randint(60, 900))
                    if end >= END:
                        end = None
                if last and (end is None or end >= last):
                    end = last
                add("Sales Assistant", s, start, end, ("SA", s["code"]), contract)
                if end is None or end == last:
                    break
                start = end + dt.timedelta(days=rng.randint(5, 40))
                if start >= END or (last and start >= last):
                    break
        for y in (2023, 2024, 2025):
            if not (s["opened"] <= D(y, 7, 15) and (s["closed"] is None or s["closed"] > D(y, 9, 15))):
                continue
            n = {"sea": 3, "heritage": 2, "town": 2}[s["prof"]] - (1 if s["size"] < 0.7 else 0)
            for _ in range(n):
                st = D(y, 5, 15) + dt.timedelta(days=rng.randint(0, 40))
                en = D(y, 9, 1) + dt.timedelta(days=rng.randint(0, 20))
                if rng.random() < 0.08:
                    en = st + dt.timedelta(days=rng.randint(20, 60))      # left early
                add("Seasonal Sales Assistant", s, max(st, s["opened"]), en, ("SEAS", s["code"]), "Seasonal")
    # ids in start order
    staff.sort(key=lambda e: (e["start"], e["title"], e["last"], e["first"]))
    for i, e in enumerate(staff, 1):
        e["id"] = 1000 + i

    def holder(role, d):
        hs = [e for e in staff if e["role"] == role and e["start"] <= d and (e["end"] is None or e["end"] >= d)]
        return hs

    def boss_of(e):
        d = e["end"] or END
        r = e["role"]
        if r[0] == "MD":
            return None
        if r[0] in ("HB", "BK", "VM", "AREA"):
            return md
        if r[0] == "BUY":
            return holder(("HB",), d)[0]
        if r[0] == "SM":
            s = st_by[r[1]]
            h = holder(("AREA", s["area"]), min(d, END))
            if not h:      # between two area managers: the next one
                h = holder(("AREA", s["area"]), d + dt.timedelta(days=3))
            return h[0]
        s = st_by[r[1]]
        dd = min(d, END)
        h = holder(("SM", s["code"]), dd)
        if not h:
            h = [x for x in staff if x["role"] == ("SM", s["code"]) and x["start"] <= dd]
            h = [max(h, key=lambda x: x["start"])]
        return h[0]

    NLW = [(D(2023, 4, 1), 10.42), (D(2024, 4, 1), 11.44), (D(2025, 4, 1), 12.21)]

    def nlw(d):
        v = 10.42 * 0.917
        for since, rate in NLW:
            if d >= since:
                v = rate
        return round(v, 2)

    staff_rows = []
    for e in staff:
        b = boss_of(e)
        d = e["end"] or END
        hr, sal = None, None
        t = e["title"]
        if t in ("Sales Assistant", "Seasonal Sales Assistant"):
            hr = round(nlw(d) + (rng.choice([0, 0.1, 0.2, 0.3, 0.5]) if t == "Sales Assistant" else 0), 2)
        elif t == "Assistant Manager":
            hr = round(nlw(d) + rng.choice([1.2, 1.5, 1.8]), 2)
        elif t == "Bookkeeper":
            hr = 16.50
        else:
            sal = {"Managing Director": 68000, "Area Manager": rng.choice([38500, 40000, 41500]), "Head of Buying": 42000,
                   "Buyer": rng.choice([29500, 31000]), "Visual Merchandiser": rng.choice([26500, 27500]),
                   "Store Manager": rng.choice([26000, 27000, 27500, 28500, 29000, 30500])}[t]
            sal = float(sal)
        email = f"{fold(e['first']).lower()}.{fold(e['last']).lower().replace(' ', '').replace(chr(39), '')}@pebbleandpier.co.uk"
        staff_rows.append((e["id"], e["first"], e["last"], t, e["store"]["id"] if e["store"] else None, b["id"] if b else None, email,
                           ds(e["start"]), ds(e["end"]), e["contract"], hr, sal, 0 if e["end"] else 1))
    con.executemany("INSERT INTO Staff VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", staff_rows)

    def on_duty(s, d, titles=("Store Manager", "Assistant Manager", "Sales Assistant", "Seasonal Sales Assistant")):
        return [e for e in staff if e["store"] is s and e["title"] in titles and e["start"] <= d and (e["end"] is None or e["end"] >= d)]

    # ---------------------------------------------------------------- catalogue
    con.executemany("INSERT INTO Category VALUES (?,?,?)", CATEGORIES)
    products = []
    for i, (name, cat, price, vat, region, pop, local) in enumerate(PRODUCTS, 1):
        launch, disc = LIFECYCLE.get(name, (None, None))
        if launch is None:
            launch = D(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 2400))
        pc = int(round(price * 100))
        step = 20 if pc < 500 else (50 if pc < 2000 else 100)
        rise = rng.random() < 0.6 and launch < D(2024, 3, 1) and cat != 6
        p = {"id": 5000 + i * 3, "name": name, "cat": cat, "price": pc, "old": pc - step if rise else pc, "vat": vat, "region": region,
             "pop": pop, "local": local, "launch": launch, "disc": disc,
             "cost": int(pc * rng.uniform(0.38, 0.52) / (1 + vat / 100))}
        products.append(p)
    sku_n = {}
    prow = []
    for p in products:
        pre = {1: "FUD", 2: "FOO", 3: "MUG", 4: "TEX", 5: "STA", 6: "BKS", 7: "JEW", 8: "CAN", 9: "TOY", 10: "XMS", 11: "ART"}[p["cat"]]
        sku_n[pre] = sku_n.get(pre, 0) + 1
        p["sku"] = f"{pre}-{sku_n[pre]:03d}"
        prow.append((p["id"], p["sku"], p["name"], p["cat"], p["price"] / 100, p["cost"] / 100, float(p["vat"]), p["local"], ds(p["launch"]),
                     ds(p["disc"]), "50" + "".join(str(rng.randint(0, 9)) for _ in range(11)) if p["cat"] != 11 else None))
    con.executemany("INSERT INTO Product VALUES (?,?,?,?,?,?,?,?,?,?,?)", prow)
    p_by = {p["name"]: p for p in products}

    def price_on(p, d):
        return p["price"] if d >= D(2024, 3, 1) else p["old"]

    # suppliers & product-supplier link
    sup_rows, ps_rows, sups = [], [], []
    for i, (name, town, county, country, terms, active, supplies) in enumerate(SUPPLIERS, 1):
        cf, cl = new_name()
        dom = "".join(ch for ch in fold(name).lower() if ch.isalnum())[:18]
        s = {"id": 300 + i, "name": name, "active": active, "supplies": supplies, "prods": []}
        sups.append(s)
        sup_rows.append((s["id"], name, f"{cf} {cl}", f"orders@{dom}.co.uk", f"0{rng.randint(1200, 1999)} {rng.randint(100000, 999999)}",
                         town, county, country, terms, active))
    con.executemany("INSERT INTO Supplier VALUES (?,?,?,?,?,?,?,?,?,?)", sup_rows)
    links = {}
    for s in sups:
        for x in s["supplies"]:
            for p in products:
                if (isinstance(x, int) and p["cat"] == x) or (isinstance(x, str) and (p["name"] == x or (x == "Stick of Rock" and p["name"].startswith(x)))):
                    links.setdefault(p["id"], [])
                    if s not in links[p["id"]]:
                        links[p["id"]].append(s)
    for p in products:
        ss = links.get(p["id"], [])
        assert ss, p["name"]
        # a product with a specific maker prefers that maker; a category supplier may be a second source
        spec = [s for s in ss if any(isinstance(x, str) for x in s["supplies"])]
        gen = [s for s in ss if s not in spec]
        if spec:
            chosen = spec[:1] + (gen[:1] if gen and rng.random() < 0.35 else [])
        else:
            rng.shuffle(gen)
            chosen = gen[:2] if len(gen) > 1 and rng.random() < 0.3 else gen[:1]
        live = [s for s in chosen if s["active"]]
        pref = live[0] if live else chosen[0]
        p["sups"] = chosen
        p["pref"] = pref
        for s in chosen:
            s["prods"].append(p)
            ps_rows.append((p["id"], s["id"], f"{''.join(w[0] for w in fold(s['name']).split() if w[0].isalpha()).upper()}-{rng.randint(1000, 9999)}",
                            round(p["cost"] * rng.uniform(0.97, 1.05)) / 100, rng.choice([3, 5, 7, 10, 14, 21]), 1 if s is pref else 0))
    con.executemany("INSERT INTO ProductSupplier VALUES (?,?,?,?,?,?)", ps_rows)
    ps_cost = {(r[0], r[1]): r[3] for r in ps_rows}
    ps_lead = {(r[0], r[1]): r[4] for r in ps_rows}

    # ---------------------------------------------------------------- sales
    def avail(p, d):
        return p["launch"] <= d and (p["disc"] is None or d < p["disc"])

    def weight(p, s, d):
        if not avail(p, d):
            return 0.0
        w = p["pop"]
        if p["region"] and p["region"] != s["region"]:
            return 0.0
        if p["region"] == s["region"]:
            w *= 1.6
        m = d.month
        if p["cat"] == 10:
            w *= {10: 0.6, 11: 3.0, 12: 4.0}.get(m, 0.0)
        if p["cat"] == 9 and p["name"] in ("Bucket & Spade Set", "Crabbing Line & Net", "Giant Bubble Wand", "Diamond Kite"):
            w *= 2.0 if m in (6, 7, 8) else (0.8 if m in (4, 5, 9) else 0.15)
        if p["name"] == "Fudge Advent Calendar":
            w = p["pop"] * {10: 1.0, 11: 3.0}.get(m, 0.0)
        if p["disc"] and (p["disc"] - d).days < 45:
            w *= 1.5
        return w

    sales, line_rows, pay_rows = [], [], []
    seq = {s["code"]: 0 for s in stores}
    YEAR_F = {2023: 1.0, 2024: 1.06, 2025: 1.1}
    bank_hols = set()
    for y in (2023, 2024, 2025):
        e = easter(y)
        bank_hols |= {e - dt.timedelta(days=2), e + dt.timedelta(days=1)}
        for m in (5, 8):
            last = D(y, m, 31)
            while last.weekday() != 0:
                last -= dt.timedelta(days=1)
            bank_hols.add(last)
        first = D(y, 5, 1)
        while first.weekday() != 0:
            first += dt.timedelta(days=1)
        bank_hols.add(first)
    duty_cache = {}

    def staff_for(s, d):
        key = (s["id"], d)
        if key not in duty_cache:
            duty_cache[key] = on_duty(s, d)
        return duty_cache[key]

    def regs_for(s, d):
        return [r for r in registers if r["store"] is s and r["inst"] <= d and (r["ret"] is None or d < r["ret"])]

    def sale_time(s, d):
        close = 19 if (s["prof"] == "sea" and d.month in (7, 8)) else 17
        mins = rng.randint(9 * 60 + 30, close * 60 + 20)
        return DT.combine(d, dt.time(mins // 60, mins % 60, rng.randint(0, 59)))

    pending_returns = []
    all_sales = []
    for d in daterange(START, END):
        for s in stores:
            if not store_open(s, d):
                continue
            prof = {"sea": SEA_M, "heritage": HER_M, "town": TOWN_M}[s["prof"]]
            lam = 0.5 * s["size"] * prof[d.month] * WD[d.weekday()] * YEAR_F[d.year]
            if d in bank_hols:
                lam *= 1.5
            if s["opened"] >= D(2023, 1, 1) and (d - s["opened"]).days < 14:
                lam *= 1.6
            n = poisson(rng, lam)
            for _ in range(n):
                t = sale_time(s, d)
                cands = [(p, weight(p, s, d)) for p in products]
                cands = [(p, w) for p, w in cands if w > 0]
                k = rng.choices([1, 2, 3, 4, 5], weights=[40, 30, 17, 9, 4])[0]
                chosen = []
                for _ in range(k):
                    p = rng.choices([c[0] for c in cands], weights=[c[1] for c in cands])[0]
                    if p not in chosen:
                        chosen.append(p)
                lines = []
                for p in chosen:
                    if p["cat"] == 5 and p["price"] < 100:
                        q = rng.choice([1, 2, 2, 3, 4, 5, 6])
                    elif p["name"].endswith("Fudge 150g") and p["cat"] == 1:
                        q = rng.choices([1, 2, 3, 4, 6], weights=[45, 25, 22, 4, 4])[0]
                    elif p["name"].startswith("Stick of Rock"):
                        q = rng.choice([1, 1, 2, 2, 3, 4])
                    else:
                        q = 1 if rng.random() < 0.9 else 2
                    price = price_on(p, d)
                    disc = 0
                    if p["name"].endswith("Fudge 150g") and q >= 3 and d >= D(2023, 6, 1):
                        disc = (q // 3) * (3 * price - 1000)          # fudge: 3 for £10
                    elif rng.random() < 0.012:
                        disc = half_up(price * q * 10, 100)            # 10 % off (damaged packaging)
                    lt = price * q - disc
                    vat = half_up(lt * p["vat"], 100 + p["vat"])
                    lines.append({"p": p, "q": q, "price": price, "disc": disc, "lt": lt, "vat": vat})
                sp = staff_for(s, d)
                w = [0.5 if e["title"] == "Store Manager" else (0.8 if e["title"] == "Assistant Manager" else 1.0) for e in sp]
                who = rng.choices(sp, weights=w)[0]
                reg = rng.choice(regs_for(s, d))
                status = "Voided" if rng.random() < 0.018 else "Completed"
                sale = {"store": s, "t": t, "staff": who, "reg": reg, "type": "Sale", "orig": None, "status": status, "lines": lines}
                all_sales.append(sale)
                if status == "Completed" and rng.random() < 0.016:
                    rd = d + dt.timedelta(days=rng.randint(1, 14))
                    pending_returns.append((rd, sale))
        # returns due today
        for rd, orig in [x for x in pending_returns if x[0] == d]:
            s = orig["store"]
            if not store_open(s, d):
                continue
            ret_lines = orig["lines"] if (len(orig["lines"]) == 1 or rng.random() < 0.3) else [rng.choice(orig["lines"])]
            lines = [{"p": l["p"], "q": -l["q"], "price": l["price"], "disc": -l["disc"], "lt": -l["lt"], "vat": -l["vat"]} for l in ret_lines]
            sp = staff_for(s, d)
            who = rng.choice(sp)
            sale = {"store": s, "t": sale_time(s, d), "staff": who, "reg": rng.choice(regs_for(s, d)), "type": "Return", "orig": orig,
                    "status": "Completed", "lines": lines}
            all_sales.append(sale)
    all_sales.sort(key=lambda x: (x["t"], x["store"]["id"]))
    sid = 200000
    lid = 900000
    pid = 700000
    sale_rows = []
    for x in all_sales:
        sid += rng.randint(1, 3)
        x["id"] = sid
        seq[x["store"]["code"]] += 1
        num = f"{x['store']['code']}-{seq[x['store']['code']]:06d}"
        tot = sum(l["lt"] for l in x["lines"])
        x["total"] = tot
        sale_rows.append((sid, num, x["store"]["id"], x["reg"]["id"], x["staff"]["id"], x["t"].strftime("%Y-%m-%d %H:%M:%S"), x["type"],
                          x["orig"]["id"] if x["orig"] else None, x["status"], money_r(sum(l["disc"] for l in x["lines"])),
                          money_r(sum(l["vat"] for l in x["lines"])), money_r(tot)))
        for i, l in enumerate(x["lines"], 1):
            lid += 1
            line_rows.append((lid, sid, i, l["p"]["id"], l["q"], l["price"] / 100, money_r(l["disc"]), money_r(l["lt"]), money_r(l["vat"])))
        if x["status"] != "Completed":
            continue
        paid = x["t"] + dt.timedelta(seconds=rng.randint(10, 120))
        ps = paid.strftime("%Y-%m-%d %H:%M:%S")
        if x["type"] == "Return":
            m = x["orig"].get("method", "Card")
            if m == "Gift Voucher":
                m = "Card"
            pid += 1
            pay_rows.append((pid, sid, m, money_r(tot), ps))
            continue
        cash_p = {2023: 0.30, 2024: 0.26, 2025: 0.22}[x["t"].year]
        r = rng.random()
        if r < 0.035 and tot > 500:
            part = rng.randint(1, tot // 100 - 1) * 100 if tot >= 200 else 100
            m1 = rng.choice(["Gift Voucher", "Cash"])
            pid += 1
            pay_rows.append((pid, sid, m1, money_r(part), ps))
            pid += 1
            pay_rows.append((pid, sid, "Card", money_r(tot - part), ps))
            x["method"] = "Card"
        else:
            m = "Gift Voucher" if r < 0.06 else ("Cash" if r < 0.06 + cash_p else "Card")
            pid += 1
            pay_rows.append((pid, sid, m, money_r(tot), ps))
            x["method"] = m
    con.executemany("INSERT INTO Sale VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", sale_rows)
    con.executemany("INSERT INTO SaleLine VALUES (?,?,?,?,?,?,?,?,?)", line_rows)
    con.executemany("INSERT INTO Payment VALUES (?,?,?,?,?)", pay_rows)

    # ---------------------------------------------------------------- purchase orders
    po_rows, pol_rows = [], []
    po_id = 40000
    po_seq = 0
    events = []
    for s in stores:
        d = max(START, s["opened"] - dt.timedelta(days=10))
        while d <= END:
            d += dt.timedelta(days=rng.randint(9, 24) if s["prof"] != "heritage" else rng.randint(12, 28))
            if d > END:
                break
            if s["closed"] and d >= s["closed"] - dt.timedelta(days=20):
                break
            if s["code"] == "PAD" and d.month == 1:
                continue
            events.append((d, s))
    events.sort(key=lambda e: (e[0], e[1]["id"]))
    for d, s in events:
        # a supplier with products for this shop
        cands = [sp for sp in sups if sp["active"] or d < D(2025, 1, 15)]
        cands = [sp for sp in cands if [p for p in sp["prods"] if avail(p, d) and (p["region"] in (None, s["region"]))]]
        sp = rng.choice(cands)
        prods = [p for p in sp["prods"] if avail(p, d) and p["region"] in (None, s["region"])]
        rng.shuffle(prods)
        prods = sorted(prods[:rng.randint(1, min(6, len(prods)))], key=lambda p: p["id"])
        who_pool = [e for e in on_duty(s, d, ("Store Manager", "Assistant Manager"))] if rng.random() < 0.8 else []
        if not who_pool:
            who_pool = [e for e in staff if e["title"] in ("Buyer", "Head of Buying") and e["start"] <= d and (e["end"] is None or e["end"] >= d)]
        who = rng.choice(who_pool)
        lead = max(ps_lead[(p["id"], sp["id"])] for p in prods)
        exp = d + dt.timedelta(days=lead)
        status, rec = "Received", exp + dt.timedelta(days=rng.choice([-1, 0, 0, 0, 1, 2, 3, 5]))
        if rec <= d:
            rec = d + dt.timedelta(days=1)
        r = rng.random()
        if rec > END:
            status, rec = "Open", None
        elif r < 0.03:
            status, rec = "Cancelled", None
        elif r < 0.08:
            status = "Part Received"
        if s["closed"] and rec and rec >= s["closed"]:
            rec = s["closed"] - dt.timedelta(days=1)
        po_id += rng.randint(1, 4)
        po_seq += 1
        lines = []
        tot = 0
        short_line = rng.randrange(len(prods)) if status == "Part Received" else -1
        for i, p in enumerate(prods, 1):
            step = 12 if p["price"] < 500 else 6 if p["price"] < 2000 else 2
            qo = step * rng.randint(1, 6 if p["price"] < 2000 else 3)
            if status == "Received":
                qr = qo
            elif status == "Part Received":
                qr = qo if i - 1 != short_line else qo - step if qo > step else 0
            else:
                qr = 0
            if status == "Part Received" and i - 1 == short_line and qr == qo:
                qr = 0
            c = int(round(ps_cost[(p["id"], sp["id"])] * 100 * (0.95 if d < D(2024, 3, 1) else 1.0)))
            tot += c * qo
            lines.append((po_id, i, p["id"], qo, qr, c / 100))
        if status == "Part Received" and all(l[3] == l[4] for l in lines):
            status = "Received"
        po_rows.append((po_id, f"PO-{d.year}-{po_seq:05d}", sp["id"], s["id"], who["id"], ds(d), ds(exp), ds(rec), status, money_r(tot)))
        pol_rows.extend(lines)
    con.executemany("INSERT INTO PurchaseOrder VALUES (?,?,?,?,?,?,?,?,?,?)", po_rows)
    con.executemany("INSERT INTO PurchaseOrderLine VALUES (?,?,?,?,?,?)", pol_rows)

    # ---------------------------------------------------------------- stock counts (quarter end)
    sc_rows = []
    sc_id = 60000
    for y in (2023, 2024, 2025):
        for m, dd in ((3, 31), (6, 30), (9, 30), (12, 30)):
            for s in stores:
                d = D(y, m, dd)
                while not store_open(s, d) and d > D(y, m, 1):
                    d -= dt.timedelta(days=1)
                if not store_open(s, d):
                    continue
                pool = [p for p in products if avail(p, d) and p["region"] in (None, s["region"])]
                rng.shuffle(pool)
                counters = on_duty(s, d, ("Store Manager", "Assistant Manager")) or on_duty(s, d)
                for p in sorted(pool[:22], key=lambda p: p["id"]):
                    exp_q = rng.randint(0, 60) if p["price"] < 2000 else rng.randint(0, 10)
                    r = rng.random()
                    diff = 0 if r < 0.72 else (-1 if r < 0.86 else (-2 if r < 0.92 else (-rng.randint(3, 6) if r < 0.96 else 1)))
                    cnt = max(0, exp_q + diff)
                    sc_id += 1
                    sc_rows.append((sc_id, s["id"], p["id"], ds(d), exp_q, cnt, rng.choice(counters)["id"]))
    con.executemany("INSERT INTO StockCount VALUES (?,?,?,?,?,?,?)", sc_rows)
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
