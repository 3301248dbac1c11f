"""Tangled Yarns: a UK chain of yarn & craft shops that also runs paid workshops (knitting, crochet, embroidery ...)
in the shops that have a workshop room.

Schema style: "Access / spreadsheet export". Table and column names are Title Case words separated by SPACES, so every
identifier must be double-quoted ("Sale Lines"."Unit Price (£)"). Units live in brackets in the column name
(£, g, m, mm, min, sq ft). Yes/No flags are TEXT 'Yes' / 'No' in columns whose name ends with a question mark
("Archived?"). Dates are TEXT in British DD/MM/YYYY format, clock times TEXT 'HH:MM'. Money is REAL pounds, except the
workshop booking payment which is TEXT with two decimals ('31.50'). Status codes are 3-letter codes in one
"Status Codes" table. Customers are archived (soft-deleted), staff have a "Reports To" manager (self-reference), and
"Bookings" is the many-to-many link between customers and workshop sessions.
Two towns are called Richmond (North Yorkshire / Greater London) and two are called Newport (Gwent / Isle of Wight)."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import UK_FIRST, UK_LAST

SEED = 5519027
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "tangled_yarns.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
FUTURE_END = dt.date(2026, 3, 31)

SCHEMA = """
CREATE TABLE "Status Codes" (
  "Code" TEXT PRIMARY KEY, "Applies To" TEXT NOT NULL, "Description" TEXT NOT NULL);
CREATE TABLE "Shops" (
  "Shop ID" INTEGER PRIMARY KEY, "Shop Name" TEXT NOT NULL UNIQUE, "Street Address" TEXT NOT NULL, "Town" TEXT NOT NULL,
  "County" TEXT NOT NULL, "Postcode" TEXT NOT NULL, "Nation" TEXT NOT NULL, "Area" TEXT NOT NULL,
  "Opened On" TEXT NOT NULL, "Closed On" TEXT, "Status" TEXT NOT NULL REFERENCES "Status Codes"("Code"),
  "Floor Area (sq ft)" INTEGER NOT NULL, "Workshop Room?" TEXT NOT NULL);
CREATE TABLE "Staff" (
  "Staff ID" INTEGER PRIMARY KEY, "First Name" TEXT NOT NULL, "Last Name" TEXT NOT NULL, "Job Title" TEXT NOT NULL,
  "Shop ID" INTEGER REFERENCES "Shops"("Shop ID"), "Reports To" INTEGER REFERENCES "Staff"("Staff ID"),
  "Start Date" TEXT NOT NULL, "Leaving Date" TEXT, "Contract" TEXT NOT NULL, "Weekly Hours (hrs)" INTEGER NOT NULL,
  "Hourly Rate (£)" REAL, "Annual Salary (£)" REAL, UNIQUE ("First Name", "Last Name"));
CREATE TABLE "Customers" (
  "Customer ID" INTEGER PRIMARY KEY, "First Name" TEXT NOT NULL, "Last Name" TEXT NOT NULL, "Email" TEXT UNIQUE,
  "Phone" TEXT, "Town" TEXT NOT NULL, "County" TEXT NOT NULL, "Postcode" TEXT NOT NULL,
  "Home Shop ID" INTEGER NOT NULL REFERENCES "Shops"("Shop ID"), "Joined On" TEXT NOT NULL,
  "Loyalty Points" INTEGER NOT NULL, "Newsletter?" TEXT NOT NULL, "Archived?" TEXT NOT NULL, "Archived On" TEXT,
  UNIQUE ("First Name", "Last Name"));
CREATE TABLE "Brands" (
  "Brand ID" INTEGER PRIMARY KEY, "Brand Name" TEXT NOT NULL UNIQUE, "Country of Origin" TEXT NOT NULL,
  "Own Brand?" TEXT NOT NULL);
CREATE TABLE "Products" (
  "Product ID" INTEGER PRIMARY KEY, "SKU" TEXT NOT NULL UNIQUE, "Product Name" TEXT NOT NULL UNIQUE,
  "Category" TEXT NOT NULL, "Brand ID" INTEGER NOT NULL REFERENCES "Brands"("Brand ID"), "Fibre" TEXT,
  "Yarn Weight" TEXT, "Ball Weight (g)" INTEGER, "Length (m)" INTEGER, "Needle Size (mm)" REAL,
  "Price (£)" REAL NOT NULL, "Cost (£)" REAL NOT NULL, "Introduced On" TEXT NOT NULL, "Discontinued On" TEXT);
CREATE TABLE "Sales" (
  "Sale ID" INTEGER PRIMARY KEY, "Shop ID" INTEGER NOT NULL REFERENCES "Shops"("Shop ID"),
  "Customer ID" INTEGER REFERENCES "Customers"("Customer ID"), "Served By" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"),
  "Sale Date" TEXT NOT NULL, "Sale Time" TEXT NOT NULL, "Channel" TEXT NOT NULL, "Payment Method" TEXT NOT NULL,
  "Status" TEXT NOT NULL REFERENCES "Status Codes"("Code"), "Discount (£)" REAL NOT NULL, "Total (£)" REAL NOT NULL);
CREATE TABLE "Sale Lines" (
  "Sale ID" INTEGER NOT NULL REFERENCES "Sales"("Sale ID"), "Product ID" INTEGER NOT NULL REFERENCES "Products"("Product ID"),
  "Qty" INTEGER NOT NULL, "Unit Price (£)" REAL NOT NULL, PRIMARY KEY ("Sale ID", "Product ID"));
CREATE TABLE "Workshops" (
  "Workshop ID" INTEGER PRIMARY KEY, "Workshop Title" TEXT NOT NULL UNIQUE, "Craft" TEXT NOT NULL,
  "Skill Level" TEXT NOT NULL, "Duration (min)" INTEGER NOT NULL, "Standard Fee (£)" REAL NOT NULL,
  "Max Places" INTEGER NOT NULL, "Kit Included?" TEXT NOT NULL);
CREATE TABLE "Workshop Sessions" (
  "Session ID" INTEGER PRIMARY KEY, "Workshop ID" INTEGER NOT NULL REFERENCES "Workshops"("Workshop ID"),
  "Shop ID" INTEGER NOT NULL REFERENCES "Shops"("Shop ID"), "Tutor" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"),
  "Session Date" TEXT NOT NULL, "Start Time" TEXT NOT NULL, "Status" TEXT NOT NULL REFERENCES "Status Codes"("Code"));
CREATE TABLE "Bookings" (
  "Session ID" INTEGER NOT NULL REFERENCES "Workshop Sessions"("Session ID"),
  "Customer ID" INTEGER NOT NULL REFERENCES "Customers"("Customer ID"), "Booked On" TEXT NOT NULL,
  "Amount Paid (£)" TEXT NOT NULL, "Status" TEXT NOT NULL REFERENCES "Status Codes"("Code"),
  PRIMARY KEY ("Session ID", "Customer ID"));
CREATE INDEX "Sales by Customer" ON "Sales" ("Customer ID");
CREATE INDEX "Bookings by Customer" ON "Bookings" ("Customer ID");
"""

STATUS = [("OPN", "Shop", "Open"), ("REF", "Shop", "Closed for refit"), ("CLO", "Shop", "Closed permanently"),
          ("CMP", "Sale", "Completed"), ("RFD", "Sale", "Refunded"), ("VOD", "Sale", "Voided"),
          ("AWC", "Sale", "Awaiting collection"),
          ("SCH", "Session", "Scheduled"), ("RAN", "Session", "Ran"), ("CXL", "Session", "Cancelled"),
          ("BKD", "Booking", "Booked"), ("ATT", "Booking", "Attended"), ("NOS", "Booking", "No-show"),
          ("CAN", "Booking", "Cancelled")]

AREAS = ["North & Scotland", "Wales & West", "South", "London & East"]
# (shop name, street, town, county, postcode, nation, area index, sq ft, workshop room)
SHOPS = [
    ("York Shambles", "14 The Shambles", "York", "North Yorkshire", "YO1 7LZ", "England", 0, 1450, True),
    ("Harrogate", "9 Montpellier Parade", "Harrogate", "North Yorkshire", "HG1 2TJ", "England", 0, 1600, True),
    ("Richmond Market Place", "22 Market Place", "Richmond", "North Yorkshire", "DL10 4QG", "England", 0, 900, False),
    ("Hebden Bridge", "5 Market Street", "Hebden Bridge", "West Yorkshire", "HX7 6AA", "England", 0, 1100, True),
    ("Manchester Northern Quarter", "41 Oldham Street", "Manchester", "Greater Manchester", "M1 1JG", "England", 0, 2100, True),
    ("Keswick", "3 Lake Road", "Keswick", "Cumbria", "CA12 5BS", "England", 0, 850, False),
    ("Edinburgh Stockbridge", "18 Raeburn Place", "Edinburgh", "City of Edinburgh", "EH4 1HN", "Scotland", 0, 1700, True),
    ("Glasgow West End", "256 Byres Road", "Glasgow", "Glasgow City", "G12 8SH", "Scotland", 0, 1900, True),
    ("Inverness", "27 Church Street", "Inverness", "Highland", "IV1 1DY", "Scotland", 0, 1000, False),
    ("Belfast Lisburn Road", "412 Lisburn Road", "Belfast", "County Antrim", "BT9 6GN", "Northern Ireland", 0, 1500, True),
    ("Cardiff Castle Arcade", "8 Castle Arcade", "Cardiff", "South Glamorgan", "CF10 1BU", "Wales", 1, 1300, True),
    ("Newport Friars Walk", "12 Friars Walk", "Newport", "Gwent", "NP20 1DS", "Wales", 1, 1150, False),
    ("Aberystwyth", "30 Great Darkgate Street", "Aberystwyth", "Ceredigion", "SY23 1DE", "Wales", 1, 800, False),
    ("Bath Milsom Street", "47 Milsom Street", "Bath", "Somerset", "BA1 1DN", "England", 1, 1550, True),
    ("Bristol Clifton", "6 The Mall", "Bristol", "City of Bristol", "BS8 4DR", "England", 1, 1800, True),
    ("Cheltenham", "90 Regent Street", "Cheltenham", "Gloucestershire", "GL50 1HE", "England", 1, 1250, True),
    ("Ludlow", "2 Castle Square", "Ludlow", "Shropshire", "SY8 1AY", "England", 1, 700, False),
    ("Exeter", "15 Gandy Street", "Exeter", "Devon", "EX4 3LS", "England", 2, 1350, True),
    ("Truro", "11 Lemon Street", "Truro", "Cornwall", "TR1 2LQ", "England", 2, 950, False),
    ("Winchester", "55 Parchment Street", "Winchester", "Hampshire", "SO23 8AT", "England", 2, 1200, True),
    ("Brighton North Laine", "33 Kensington Gardens", "Brighton", "East Sussex", "BN1 4AL", "England", 2, 1400, True),
    ("Newport St James's Square", "4 St James's Square", "Newport", "Isle of Wight", "PO30 1UX", "England", 2, 750, False),
    ("Canterbury", "19 Palace Street", "Canterbury", "Kent", "CT1 2DZ", "England", 3, 1100, True),
    ("Richmond Hill Street", "7 Hill Street", "Richmond", "Greater London", "TW9 1SX", "England", 3, 1650, True),
    ("Cambridge", "24 Green Street", "Cambridge", "Cambridgeshire", "CB2 3JU", "England", 3, 1300, True),
    ("Norwich Lanes", "60 St Benedicts Street", "Norwich", "Norfolk", "NR2 4AR", "England", 3, 1150, True),
    ("Oxford Covered Market", "Unit 21 Covered Market", "Oxford", "Oxfordshire", "OX1 3DX", "England", 3, 900, True),
]
CLOSED = {"Aberystwyth": dt.date(2024, 9, 30), "Truro": dt.date(2025, 3, 1)}
REFIT = {"Glasgow West End": dt.date(2025, 11, 10)}     # closed for refit from this date, still closed at the end
NEW = {"Inverness": dt.date(2023, 4, 15), "Ludlow": dt.date(2024, 5, 11), "Keswick": dt.date(2025, 3, 29)}
NEAR = {"York": [("Haxby", "North Yorkshire", "YO32"), ("Acomb", "North Yorkshire", "YO24")],
        "Harrogate": [("Knaresborough", "North Yorkshire", "HG5"), ("Ripon", "North Yorkshire", "HG4")],
        "Richmond|North Yorkshire": [("Catterick", "North Yorkshire", "DL9"), ("Leyburn", "North Yorkshire", "DL8")],
        "Hebden Bridge": [("Todmorden", "West Yorkshire", "OL14"), ("Halifax", "West Yorkshire", "HX1")],
        "Manchester": [("Salford", "Greater Manchester", "M5"), ("Stockport", "Greater Manchester", "SK1")],
        "Keswick": [("Cockermouth", "Cumbria", "CA13"), ("Penrith", "Cumbria", "CA11")],
        "Edinburgh": [("Leith", "City of Edinburgh", "EH6"), ("Musselburgh", "East Lothian", "EH21")],
        "Glasgow": [("Paisley", "Renfrewshire", "PA1"), ("Bearsden", "East Dunbartonshire", "G61")],
        "Inverness": [("Nairn", "Highland", "IV12"), ("Dingwall", "Highland", "IV15")],
        "Belfast": [("Lisburn", "County Antrim", "BT28"), ("Holywood", "County Down", "BT18")],
        "Cardiff": [("Penarth", "Vale of Glamorgan", "CF64"), ("Llandaff", "South Glamorgan", "CF5")],
        "Newport|Gwent": [("Caerleon", "Gwent", "NP18"), ("Cwmbran", "Gwent", "NP44")],
        "Aberystwyth": [("Borth", "Ceredigion", "SY24"), ("Aberaeron", "Ceredigion", "SA46")],
        "Bath": [("Bradford-on-Avon", "Wiltshire", "BA15"), ("Keynsham", "Somerset", "BS31")],
        "Bristol": [("Clevedon", "Somerset", "BS21"), ("Portishead", "Somerset", "BS20")],
        "Cheltenham": [("Tewkesbury", "Gloucestershire", "GL20"), ("Stroud", "Gloucestershire", "GL5")],
        "Ludlow": [("Leominster", "Herefordshire", "HR6"), ("Church Stretton", "Shropshire", "SY6")],
        "Exeter": [("Topsham", "Devon", "EX3"), ("Crediton", "Devon", "EX17")],
        "Truro": [("Falmouth", "Cornwall", "TR11"), ("St Austell", "Cornwall", "PL25")],
        "Winchester": [("Alresford", "Hampshire", "SO24"), ("Romsey", "Hampshire", "SO51")],
        "Brighton": [("Hove", "East Sussex", "BN3"), ("Lewes", "East Sussex", "BN7")],
        "Newport|Isle of Wight": [("Cowes", "Isle of Wight", "PO31"), ("Ryde", "Isle of Wight", "PO33")],
        "Canterbury": [("Whitstable", "Kent", "CT5"), ("Faversham", "Kent", "ME13")],
        "Richmond|Greater London": [("Twickenham", "Greater London", "TW1"), ("Kew", "Greater London", "TW9")],
        "Cambridge": [("Histon", "Cambridgeshire", "CB24"), ("Ely", "Cambridgeshire", "CB7")],
        "Norwich": [("Wymondham", "Norfolk", "NR18"), ("Aylsham", "Norfolk", "NR11")],
        "Oxford": [("Abingdon", "Oxfordshire", "OX14"), ("Witney", "Oxfordshire", "OX28")]}

# brand name, country, own brand
BRANDS = [("Tangled Yarns Essentials", "United Kingdom", True), ("Rowan", "United Kingdom", False),
          ("Stylecraft", "United Kingdom", False), ("West Yorkshire Spinners", "United Kingdom", False),
          ("Sirdar", "United Kingdom", False), ("King Cole", "United Kingdom", False), ("Jamieson & Smith", "United Kingdom", False),
          ("Baa Ram Ewe", "United Kingdom", False), ("Scheepjes", "Netherlands", False), ("Drops", "Norway", False),
          ("Sandnes Garn", "Norway", False), ("Ístex", "Iceland", False), ("Bergère de France", "France", False),
          ("Lana Grossa", "Germany", False), ("Malabrigo", "Uruguay", False), ("Katia", "Spain", False),
          ("KnitPro", "India", False), ("ChiaoGoo", "China", False), ("Clover", "Japan", False), ("Addi", "Germany", False),
          ("DMC", "France", False), ("Anchor", "United Kingdom", False), ("Pony", "India", False),
          ("Tangled Yarns Press", "United Kingdom", True), ("Hobbycraft Studio", "United Kingdom", False)]

# yarn lines: brand, line name, fibre, weight, ball g, length m, price, colours
YARN_LINES = [
    ("Tangled Yarns Essentials", "Everyday DK", "Acrylic", "DK", 100, 295, 3.49, ["Cream", "Charcoal", "Sage", "Mustard", "Rose", "Navy", "Teal", "Berry"]),
    ("Tangled Yarns Essentials", "Merino Aran", "Merino wool", "Aran", 50, 85, 5.99, ["Oatmeal", "Forest", "Rust", "Denim", "Heather"]),
    ("Rowan", "Felted Tweed", "Wool / alpaca / viscose", "DK", 50, 175, 9.95, ["Clay", "Mineral", "Scree", "Tawny", "Seasalter"]),
    ("Rowan", "Kidsilk Haze", "Mohair / silk", "Lace", 25, 210, 12.95, ["Majestic", "Ghost", "Blackcurrant", "Marmalade"]),
    ("Stylecraft", "Special DK", "Acrylic", "DK", 100, 295, 2.99, ["White", "Black", "Lipstick", "Sherbet", "Meadow", "Cloud Blue", "Saffron", "Grape", "Spice", "Bottle"]),
    ("Stylecraft", "Special Chunky", "Acrylic", "Chunky", 100, 144, 3.29, ["Parchment", "Graphite", "Plum", "Lime"]),
    ("West Yorkshire Spinners", "Bo Peep Pure DK", "Wool", "DK", 50, 112, 5.50, ["Bluebell", "Hedgerow", "Buttercup"]),
    ("West Yorkshire Spinners", "Signature 4 Ply", "Wool / nylon", "4 ply", 100, 400, 9.50, ["Sugar Plum", "Florist", "Robin", "Peacock", "Cherry Drop"]),
    ("Sirdar", "Country Classic DK", "Merino / acrylic", "DK", 50, 112, 4.25, ["Storm", "Moss", "Camel"]),
    ("King Cole", "Big Value Super Chunky", "Acrylic", "Super Chunky", 100, 80, 3.10, ["Denim", "Grey", "Aran"]),
    ("Jamieson & Smith", "2 Ply Jumper Weight", "Shetland wool", "4 ply", 25, 115, 3.75, ["Natural White", "Shaela", "Moorit", "Gold", "FC24"]),
    ("Baa Ram Ewe", "Titus", "Wensleydale / alpaca", "4 ply", 100, 320, 16.50, ["Parkin", "Eccup", "Filey", "Chevin"]),
    ("Scheepjes", "Catona", "Cotton", "4 ply", 50, 125, 2.65, ["Tulip", "Apple Granny", "Shadow Purple", "Light Coral", "Vanilla"]),
    ("Scheepjes", "Stone Washed", "Cotton / acrylic", "4 ply", 50, 130, 3.45, ["Moonstone", "Canada Jade", "Coral", "Enstatite"]),
    ("Drops", "Nepal", "Wool / alpaca", "Aran", 50, 75, 3.20, ["Mustard", "Pistachio", "Light Grey"]),
    ("Drops", "Kid-Silk", "Mohair / silk", "Lace", 25, 200, 5.95, ["Off White", "Blush", "Forest Green"]),
    ("Sandnes Garn", "Double Sunday", "Merino wool", "DK", 50, 108, 7.25, ["Kit", "Deep Sea", "Cinnamon"]),
    ("Ístex", "Léttlopi", "Icelandic wool", "Aran", 50, 100, 4.95, ["Black Sheep", "Ash Heather", "Oatmeal Heather", "Lapis Blue"]),
    ("Bergère de France", "Coton Fifty", "Cotton / acrylic", "DK", 50, 140, 4.40, ["Ciel", "Ficelle", "Groseille"]),
    ("Lana Grossa", "Cool Wool", "Merino wool", "DK", 50, 160, 6.95, ["Ecru", "Smoke", "Ocean"]),
    ("Malabrigo", "Rios", "Merino wool", "Aran", 100, 192, 17.95, ["Archangel", "Azul Profundo", "Piedras", "Sunset"]),
    ("Katia", "Concept Silky Lace", "Mohair / silk", "Lace", 25, 200, 8.50, ["Camel", "Rose"]),
]
OTHER = {
    "Needles & Hooks": [("KnitPro", "Symfonie Straight Needles {s}mm", [3.0, 3.5, 4.0, 4.5, 5.0, 6.0], 7.49),
                        ("KnitPro", "Zing Fixed Circular 80cm {s}mm", [3.0, 4.0, 5.0], 8.99),
                        ("ChiaoGoo", "Red Lace Circular 60cm {s}mm", [2.5, 3.5, 4.5], 11.50),
                        ("Clover", "Amour Crochet Hook {s}mm", [2.5, 3.0, 4.0, 5.0, 6.0], 6.25),
                        ("Addi", "Sock Wonder DPN {s}mm", [2.25, 2.5], 14.95),
                        ("Pony", "Bamboo Straight Needles {s}mm", [4.0, 5.0, 8.0], 4.10),
                        ("KnitPro", "Interchangeable Tip Set", [None], 64.99),
                        ("Clover", "Amour Hook Set", [None], 42.00)],
    "Patterns & Books": [("Tangled Yarns Press", "The Fisherman's Rib Pattern Book", [None], 14.00),
                         ("Tangled Yarns Press", "Beginner's Guide to Knitting", [None], 9.99),
                         ("Tangled Yarns Press", "Fair Isle Yoke Cardigan Pattern", [None], 6.50),
                         ("Tangled Yarns Press", "Granny Square Blanket Pattern", [None], 5.50),
                         ("Rowan", "Rowan Knitting & Crochet Magazine", [None], 15.95),
                         ("Drops", "Drops Children's Collection", [None], 7.00),
                         ("Scheepjes", "Scheepjes CAL Pattern Booklet", [None], 12.50),
                         ("Tangled Yarns Press", "Sock Knitting Masterclass", [None], 18.00),
                         ("Baa Ram Ewe", "Yorkshire Dales Knits", [None], 21.00),
                         ("Bergère de France", "Magazine Bergère n°12", [None], 9.50)],
    "Kits": [("Tangled Yarns Essentials", "Beginner Scarf Kit", [None], 24.00),
             ("Tangled Yarns Essentials", "Amigurumi Fox Crochet Kit", [None], 19.50),
             ("Tangled Yarns Essentials", "Chunky Blanket Kit", [None], 79.00),
             ("Tangled Yarns Essentials", "Macramé Plant Hanger Kit", [None], 22.00),
             ("Scheepjes", "Sophie's Universe CAL Kit", [None], 68.00),
             ("Rowan", "Felted Tweed Cardigan Kit", [None], 112.00),
             ("DMC", "Embroidery Starter Kit", [None], 18.50),
             ("Hobbycraft Studio", "Needle Felting Robin Kit", [None], 16.00),
             ("Hobbycraft Studio", "Punch Needle Cushion Kit", [None], 34.00),
             ("Jamieson & Smith", "Fair Isle Hat Kit", [None], 38.00)],
    "Embroidery": [("DMC", "Mouliné Stranded Cotton Skein", [None], 1.20), ("Anchor", "Stranded Cotton Skein", [None], 1.10),
                   ("DMC", "Aida Fabric 14ct Pack", [None], 6.50), ("Clover", "Embroidery Hoop 20cm", [None], 4.75),
                   ("DMC", "Pearl Cotton No. 5", [None], 2.40), ("Hobbycraft Studio", "Embroidery Needles Pack", [None], 2.20)],
    "Haberdashery": [("Clover", "Stitch Markers Locking", [None], 4.50), ("Clover", "Row Counter", [None], 3.95),
                     ("Pony", "Tapestry Needles Pack", [None], 1.95), ("Hobbycraft Studio", "Wooden Buttons Pack", [None], 3.50),
                     ("Tangled Yarns Essentials", "Project Bag Linen", [None], 12.00), ("KnitPro", "Yarn Bowl Ceramic", [None], 28.00),
                     ("KnitPro", "Blocking Mats Set", [None], 24.95), ("Clover", "Pom-Pom Maker Set", [None], 7.95),
                     ("Tangled Yarns Essentials", "Wool Wash 500ml", [None], 6.50), ("Hobbycraft Studio", "Fabric Scissors 21cm", [None], 14.00)],
}
# workshop title, craft, level, minutes, fee, places, kit included
WORKSHOPS = [
    ("Learn to Knit", "Knitting", "Beginner", 150, 35.0, 10, True), ("Knitting Next Steps", "Knitting", "Improver", 150, 35.0, 10, False),
    ("Cables Made Easy", "Knitting", "Intermediate", 180, 42.0, 8, False), ("Fair Isle Colourwork", "Knitting", "Advanced", 240, 65.0, 8, True),
    ("Socks on Circulars", "Knitting", "Intermediate", 240, 55.0, 8, False), ("Brioche Basics", "Knitting", "Intermediate", 180, 45.0, 8, False),
    ("Top-Down Raglan Jumper (3 weeks)", "Knitting", "Improver", 360, 95.0, 8, False), ("Fixing Mistakes Clinic", "Knitting", "Improver", 120, 25.0, 12, False),
    ("Learn to Crochet", "Crochet", "Beginner", 150, 35.0, 10, True), ("Granny Squares", "Crochet", "Beginner", 150, 32.0, 10, True),
    ("Amigurumi Animals", "Crochet", "Improver", 180, 40.0, 8, True), ("Tunisian Crochet", "Crochet", "Intermediate", 180, 42.0, 8, False),
    ("Crochet a Cardigan", "Crochet", "Intermediate", 300, 78.0, 8, False),
    ("Modern Embroidery", "Embroidery", "Beginner", 150, 38.0, 10, True), ("Punch Needle", "Embroidery", "Beginner", 120, 36.0, 10, True),
    ("Sashiko Mending", "Embroidery", "Improver", 150, 38.0, 10, True),
    ("Macramé Wall Hanging", "Macramé", "Beginner", 180, 45.0, 10, True), ("Macramé Plant Hangers", "Macramé", "Beginner", 120, 32.0, 12, True),
    ("Needle Felting Animals", "Felting", "Beginner", 150, 38.0, 10, True), ("Wet Felting Landscapes", "Felting", "Improver", 240, 58.0, 8, True),
    ("Frame Loom Weaving", "Weaving", "Beginner", 180, 48.0, 8, True), ("Spinning with a Drop Spindle", "Spinning", "Beginner", 150, 40.0, 8, True),
    ("Knit & Natter Evening", "Knitting", "Beginner", 120, 12.0, 14, False), ("Crochet Café Morning", "Crochet", "Beginner", 120, 12.0, 14, False),
]


def uk(x):
    return None if x is None else x.strftime("%d/%m/%Y")


def fold(s):
    """ASCII e-mail local part: strip accents, drop spaces / apostrophes / hyphens, dotless i -> i."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s.replace("ı", "i").replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o").replace("đ", "d").replace("Đ", "D"))
                if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum() or c == ".")


def rday(rnd, lo, hi):
    return lo + dt.timedelta(days=rnd.randint(0, max(0, (hi - lo).days)))


def money(x):
    return round(x + 1e-9, 2)


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)
    con.executemany('INSERT INTO "Status Codes" VALUES (?,?,?)', STATUS)

    # ---------------- shops
    shops = []
    for sid, (name, street, town, county, pc, nation, area, sqft, room) in enumerate(SHOPS, 1):
        opened = NEW.get(name) or rday(rnd, dt.date(2009, 3, 1), dt.date(2021, 10, 30))
        closed = CLOSED.get(name)
        status = "CLO" if closed else "REF" if name in REFIT else "OPN"
        last = (closed or REFIT.get(name) or FUTURE_END + dt.timedelta(days=1))   # first day not trading
        shops.append(dict(id=sid, name=name, town=town, county=county, area=area, opened=opened, closed=closed,
                          last=last, room=room, status=status))
        con.execute('INSERT INTO "Shops" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
                    (sid, name, street, town, county, pc, nation, AREAS[area], uk(opened), uk(closed), status, sqft,
                     "Yes" if room else "No"))

    def trading(s, d):
        return s["opened"] <= d < s["last"]

    used = set()

    def person():
        while True:
            f, l = rnd.choice(UK_FIRST), rnd.choice(UK_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    # ---------------- staff: positions with successive holders
    staff = []   # dict(id, first, last, title, shop, start, leave, contract, hours, rate, salary, pos)

    def add_staff(title, shop, start, leave, contract, hours, rate, salary, pos):
        f, l = person()
        s = dict(id=len(staff) + 1, first=f, last=l, title=title, shop=shop, start=start, leave=leave, contract=contract,
                 hours=hours, rate=rate, salary=salary, pos=pos, mgr=None)
        staff.append(s)
        return s

    positions = {}   # pos key -> list of holders in order

    def fill(pos, title, shop, first_start, end_limit, contract, hours, rate_fn, sal_fn, p_leave, gap, force_leave=None):
        holders = []
        start = first_start
        while True:
            leave = None
            if force_leave and not holders:
                leave = force_leave
            elif rnd.random() < p_leave:
                cand = rday(rnd, max(start + dt.timedelta(days=120), START), END)
                if start < cand < end_limit and cand <= END:
                    leave = cand
            if leave is None and end_limit <= END:
                leave = end_limit
            h = add_staff(title, shop, start, leave, contract, hours, rate_fn(), sal_fn(), pos)
            holders.append(h)
            if leave is None or leave >= end_limit:
                break
            start = leave + dt.timedelta(days=gap())
            if start >= end_limit or start > END:
                break
        positions[pos] = holders

    hr = lambda lo, hi: (lambda: money(rnd.randrange(int(lo * 100), int(hi * 100) + 1, 5) / 100))
    sal = lambda lo, hi: (lambda: float(rnd.randrange(lo, hi + 1, 250)))
    none = lambda: None
    never = dt.date(2100, 1, 1)
    pre = lambda: rday(rnd, dt.date(2012, 1, 1), dt.date(2022, 11, 30))
    fill("MD", "Managing Director", None, dt.date(2008, 6, 2), never, "Full-time", 40, none, sal(92000, 92000), 0, lambda: 0)
    for a in range(4):
        fill(f"AM{a}", "Area Manager", None, pre(), never, "Full-time", 40, none, sal(44000, 52000), 0, lambda: 2,
             force_leave=dt.date(2024, 8, 31) if a == 1 else None)
    for t, sl in (("Head of Buying", (48000, 55000)), ("Finance Manager", (50000, 58000)), ("Marketing Manager", (42000, 47000)),
                  ("Workshop Programme Lead", (36000, 40000))):
        fill(t, t, None, pre(), never, "Full-time", 37, none, sal(*sl), 0, lambda: 1)
    fill("BA", "Buying Assistant", None, pre(), never, "Full-time", 37, hr(13.5, 14.5), none, 0.3, lambda: 14)

    for s in shops:
        end_limit = s["closed"] or never
        first = s["opened"] - dt.timedelta(days=rnd.randint(7, 21)) if s["opened"] >= START else max(s["opened"], pre())
        if first > s["opened"]:
            first = s["opened"]
        fill(("SM", s["id"]), "Shop Manager", s["id"], first, end_limit, "Full-time", 40, none, sal(27500, 33000), 0.25, lambda: 1)
        if s["room"] or s["name"] in ("Inverness", "Newport Friars Walk"):
            fill(("ASM", s["id"]), "Assistant Manager", s["id"], first if s["opened"] >= START else max(s["opened"], pre()),
                 end_limit, "Full-time", 37, hr(12.4, 13.6), none, 0.3, lambda: rnd.randint(3, 25))
        for k in range(rnd.randint(2, 4) + (1 if s["room"] else 0)):
            part = rnd.random() < 0.6
            st = first if s["opened"] >= START else max(s["opened"], pre())
            fill(("SA", s["id"], k), "Sales Assistant", s["id"], st, end_limit, "Part-time" if part else "Full-time",
                 rnd.choice([16, 20, 24]) if part else 37, hr(10.42, 12.2), none, 0.45, lambda: rnd.randint(5, 40))
        if s["room"]:
            for k in range(rnd.choice([1, 2, 2])):
                st = first if s["opened"] >= START else max(s["opened"], pre())
                fill(("WT", s["id"], k), "Workshop Tutor", s["id"], st, end_limit, "Sessional", rnd.choice([6, 8, 12]),
                     hr(18.0, 26.0), none, 0.3, lambda: 1)

    def holder(pos, d):
        for h in positions.get(pos, []):
            if h["start"] <= d and (h["leave"] is None or d < h["leave"]):
                return h
        return None

    def ref_date(h):
        return min(h["leave"] - dt.timedelta(days=1), END) if h["leave"] else END

    def any_holder(pos, d):
        """holder at d, else the nearest earlier holder, else the first."""
        h = holder(pos, d)
        if h:
            return h
        hs = positions[pos]
        earlier = [x for x in hs if x["start"] <= d]
        return earlier[-1] if earlier else hs[0]

    md = positions["MD"][0]
    for s in staff:
        d = ref_date(s)
        t, p = s["title"], s["pos"]
        if t == "Managing Director":
            s["mgr"] = None
        elif s["shop"] is None:
            s["mgr"] = positions["Head of Buying"][0]["id"] if t == "Buying Assistant" else md["id"]
        elif t == "Shop Manager":
            shop = shops[s["shop"] - 1]
            s["mgr"] = any_holder(f"AM{shop['area']}", d)["id"]
        elif t == "Sales Assistant" and holder(("ASM", s["shop"]), d):
            s["mgr"] = holder(("ASM", s["shop"]), d)["id"]
        else:
            s["mgr"] = any_holder(("SM", s["shop"]), d)["id"]
    con.executemany('INSERT INTO "Staff" VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
                    [(s["id"], s["first"], s["last"], s["title"], s["shop"], None, uk(s["start"]), uk(s["leave"]),
                      s["contract"], s["hours"], s["rate"], s["salary"]) for s in staff])
    con.executemany('UPDATE "Staff" SET "Reports To" = ? WHERE "Staff ID" = ?', [(s["mgr"], s["id"]) for s in staff if s["mgr"]])

    shop_staff = {}
    for s in staff:
        if s["shop"]:
            shop_staff.setdefault(s["shop"], []).append(s)

    def on_staff(shop_id, d, titles):
        return [s for s in shop_staff.get(shop_id, []) if s["title"] in titles and s["start"] <= d and (s["leave"] is None or d < s["leave"])]

    # ---------------- customers
    weights = [1.0 + (0.6 if s["room"] else 0) for s in shops]
    customers = []
    for cid in range(1, 2601):
        s = rnd.choices(shops, weights)[0]
        f, l = person()
        if rnd.random() < 0.72:
            town, county = s["town"], s["county"]
            pc = SHOPS[s["id"] - 1][4].split()[0]
        else:
            key = s["town"] if s["town"] in NEAR else f"{s['town']}|{s['county']}"
            town, county, pc = rnd.choice(NEAR[key])
        pc = f"{pc} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        lo = max(s["opened"], dt.date(2016, 1, 1))
        joined = rday(rnd, lo, END - dt.timedelta(days=10)) if rnd.random() < 0.55 else rday(rnd, lo, max(lo, dt.date(2022, 12, 31)))
        archived = None
        if rnd.random() < 0.035:
            archived = rday(rnd, max(joined + dt.timedelta(days=30), START), END)
            if archived <= joined:
                archived = None
        email = None
        if rnd.random() < 0.84:
            base = fold(f) + "." + fold(l)
            email = f"{base}{cid % 97 if rnd.random() < 0.3 else ''}@{rnd.choice(['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com'])}"
        phone = f"07{rnd.randint(100, 999)} {rnd.randint(100000, 999999)}" if rnd.random() < 0.7 else None
        customers.append(dict(id=cid, first=f, last=l, email=email, phone=phone, town=town, county=county, pc=pc,
                              home=s["id"], joined=joined, archived=archived, news="Yes" if rnd.random() < 0.46 else "No", points=0))

    con.executemany('INSERT INTO "Customers" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
                    [(c["id"], c["first"], c["last"], c["email"], c["phone"], c["town"], c["county"], c["pc"], c["home"],
                      uk(c["joined"]), 0, c["news"], "Yes" if c["archived"] else "No", uk(c["archived"])) for c in customers])

    def active(c, d):
        return c["joined"] <= d and (c["archived"] is None or d < c["archived"])

    by_home = {}
    for c in customers:
        by_home.setdefault(c["home"], []).append(c)

    def pick_customer(shop_id, d, p_home=0.85):
        for _ in range(30):
            pool = by_home.get(shop_id) if rnd.random() < p_home and by_home.get(shop_id) else customers
            c = rnd.choice(pool)
            if active(c, d):
                return c
        return None

    # ---------------- brands & products
    con.executemany('INSERT INTO "Brands" VALUES (?,?,?,?)',
                    [(i, b, c, "Yes" if o else "No") for i, (b, c, o) in enumerate(BRANDS, 1)])
    brand_id = {b: i for i, (b, c, o) in enumerate(BRANDS, 1)}
    products = []

    def add_product(cat, brand, name, fibre, weight, g, m, needle, price):
        pid = len(products) + 1
        cost = money(price * rnd.uniform(0.42, 0.6))
        intro = rday(rnd, dt.date(2015, 1, 1), dt.date(2022, 12, 1)) if rnd.random() < 0.8 else rday(rnd, START, dt.date(2025, 9, 30))
        disc = None
        if rnd.random() < 0.06 and intro < dt.date(2024, 6, 1):
            disc = rday(rnd, max(intro + dt.timedelta(days=200), dt.date(2023, 6, 1)), dt.date(2025, 10, 1))
        sku = f"{cat[:2].upper()}-{brand_id[brand]:02d}{pid:04d}"
        products.append(dict(id=pid, cat=cat, brand=brand, name=name, price=price, intro=intro, disc=disc,
                             w=rnd.uniform(0.4, 2.2) * (1.6 if cat == "Yarn" else 1.0)))
        con.execute('INSERT INTO "Products" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
                    (pid, sku, name, cat, brand_id[brand], fibre, weight, g, m, needle, price, cost, uk(intro), uk(disc)))

    for brand, line, fibre, weight, g, m, price, colours in YARN_LINES:
        for col in colours:
            add_product("Yarn", brand, f"{brand} {line} – {col}", fibre, weight, g, m, None, price)
    for cat in ["Needles & Hooks", "Patterns & Books", "Kits", "Embroidery", "Haberdashery"]:
        for brand, tmpl, sizes, price in OTHER[cat]:
            for sz in sizes:
                name = tmpl.format(s=(f"{sz:g}" if sz else "")) if sz else tmpl
                if not name.startswith(brand):
                    name = f"{brand} {name}"
                add_product(cat, brand, name, None, None, None, None, sz, price)

    def sellable(p, d):
        return p["intro"] <= d and (p["disc"] is None or d < p["disc"])

    # ---------------- sales
    SEASON = {1: 1.15, 2: 1.0, 3: 0.95, 4: 0.85, 5: 0.75, 6: 0.65, 7: 0.6, 8: 0.7, 9: 1.0, 10: 1.25, 11: 1.4, 12: 1.3}
    sales, lines = [], []
    d = START
    sale_id = 0
    while d <= END:
        if not (d.month == 12 and d.day in (25, 26)) and not (d.month == 1 and d.day == 1):
            for s in shops:
                if not trading(s, d):
                    continue
                lam = 0.30 * SEASON[d.month] * (0.6 if d.weekday() == 6 else 1.25 if d.weekday() == 5 else 1.0) * \
                      (1.0 + (0.0003 * (d - START).days))
                n = 0
                while rnd.random() < lam / (1 + lam) and n < 6:
                    n += 1
                    lam *= 0.6
                for _ in range(n):
                    servers = on_staff(s["id"], d, {"Shop Manager", "Assistant Manager", "Sales Assistant"})
                    if not servers:
                        continue
                    emp = rnd.choice(servers)
                    cust = pick_customer(s["id"], d) if rnd.random() < 0.68 else None
                    channel = "Click & Collect" if rnd.random() < 0.13 else "In store"
                    pay = "Online" if channel == "Click & Collect" else rnd.choices(["Card", "Cash", "Gift Card"], [78, 17, 5])[0]
                    if d >= dt.date(2025, 12, 23) and channel == "Click & Collect":
                        status = "AWC"
                    else:
                        status = rnd.choices(["CMP", "RFD", "VOD"], [94, 3.5, 2.5])[0]
                    k = rnd.choices([1, 2, 3, 4, 5], [30, 30, 20, 12, 8])[0]
                    avail = [p for p in products if sellable(p, d)]
                    chosen = []
                    while len(chosen) < k:
                        p = rnd.choices(avail, [p["w"] for p in avail])[0]
                        if p not in chosen:
                            chosen.append(p)
                    sale_id += 1
                    sub = 0.0
                    for p in chosen:
                        qty = rnd.choices([1, 2, 3, 4, 5, 6, 8, 10], [25, 18, 12, 14, 12, 9, 6, 4])[0] if p["cat"] == "Yarn" else \
                            rnd.choices([1, 2, 3], [80, 15, 5])[0]
                        price = p["price"]
                        if d.month == 1 and d.day <= 21 and p["cat"] == "Yarn" and p["brand"] in ("Stylecraft", "Tangled Yarns Essentials", "King Cole", "Drops"):
                            price = money(price * 0.8)   # January yarn sale
                        lines.append((sale_id, p["id"], qty, price))
                        sub += qty * price
                    sub = money(sub)
                    disc = money(sub * 0.1) if cust and rnd.random() < 0.18 else 0.0
                    hh = rnd.randint(10, 15) if d.weekday() == 6 else rnd.randint(9, 17)
                    mm = rnd.randint(30, 59) if hh == 9 else rnd.randint(0, 59)
                    sales.append((sale_id, s["id"], cust["id"] if cust else None, emp["id"], uk(d), f"{hh:02d}:{mm:02d}",
                                  channel, pay, status, disc, money(sub - disc)))
                    if cust and status == "CMP":
                        cust["points"] += int(sub - disc)
        d += dt.timedelta(days=1)
    con.executemany('INSERT INTO "Sales" VALUES (?,?,?,?,?,?,?,?,?,?,?)', sales)
    con.executemany('INSERT INTO "Sale Lines" VALUES (?,?,?,?)', lines)

    # ---------------- workshops, sessions, bookings
    con.executemany('INSERT INTO "Workshops" VALUES (?,?,?,?,?,?,?,?)',
                    [(i, t, c, lv, mi, fee, pl, "Yes" if kit else "No") for i, (t, c, lv, mi, fee, pl, kit) in enumerate(WORKSHOPS, 1)])
    wweights = [3 if t in ("Learn to Knit", "Learn to Crochet", "Knit & Natter Evening") else 2 if lv == "Beginner" else 1
                for (t, c, lv, mi, fee, pl, kit) in WORKSHOPS]
    sessions, bookings = [], []
    d = START
    while d <= FUTURE_END:
        if d.weekday() in (1, 3, 5):      # Tuesday / Thursday evenings, Saturday daytime
            for s in shops:
                if not s["room"] or not trading(s, d):
                    continue
                if rnd.random() > (0.16 if d.weekday() == 5 else 0.08):
                    continue
                tutors = on_staff(s["id"], min(d, END) if d > END else d, {"Workshop Tutor"})
                if d > END:
                    tutors = [t for t in shop_staff.get(s["id"], []) if t["title"] == "Workshop Tutor" and t["leave"] is None]
                if not tutors:
                    continue
                w = rnd.choices(range(len(WORKSHOPS)), wweights)[0]
                title, craft, lv, mi, fee, places, kit = WORKSHOPS[w]
                tut = rnd.choice(tutors)
                status = "SCH" if d > END else ("CXL" if rnd.random() < 0.05 else "RAN")
                start = rnd.choice(["10:00", "10:30", "13:30"]) if d.weekday() == 5 else rnd.choice(["18:30", "19:00"])
                sess_id = len(sessions) + 1
                sessions.append((sess_id, w + 1, s["id"], tut["id"], uk(d), start, status))
                nb = rnd.randint(max(2, places // 3), places)
                if status == "CXL":
                    nb = rnd.randint(1, 3)
                booked = []
                for _ in range(nb * 3):
                    if len(booked) >= nb:
                        break
                    bdate = d - dt.timedelta(days=rnd.randint(1, 45))
                    if bdate > END:
                        bdate = END - dt.timedelta(days=rnd.randint(0, 20))
                    c = pick_customer(s["id"], bdate, 0.9)
                    if c is None or c in booked or not active(c, min(d, END)):
                        continue
                    booked.append(c)
                    if status == "SCH":
                        bst = "BKD"
                    elif status == "CXL":
                        bst = "CAN"
                    else:
                        bst = rnd.choices(["ATT", "NOS", "CAN"], [88, 7, 5])[0]
                    paid = fee * 0.9 if rnd.random() < 0.15 else fee
                    if bst == "CAN":
                        paid = 0.0
                    bookings.append((sess_id, c["id"], uk(bdate), f"{paid:.2f}", bst))
        d += dt.timedelta(days=1)
    con.executemany('INSERT INTO "Workshop Sessions" VALUES (?,?,?,?,?,?,?)', sessions)
    con.executemany('INSERT INTO "Bookings" VALUES (?,?,?,?,?)', bookings)

    con.executemany('UPDATE "Customers" SET "Loyalty Points" = ? WHERE "Customer ID" = ?', [(c["points"], c["id"]) for c in customers])
    con.commit()
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        raise SystemExit(f"foreign key violations: {fk[:5]}")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
