"""Fennessy Cameras: a family-owned chain of camera shops in Ireland (Dublin Dame Street and Blackrock, Cork, Galway,
Limerick, Kilkenny (closed August 2024) and Dundalk (opened May 2023)). The shops sell new cameras, lenses, film and
accessories, buy and sell second-hand gear (trade-ins), take in repairs for the Dame Street workshop, develop film in
two labs (Dame Street and Cork) and run photography workshops.

Schema style: the database of an in-house DJANGO APP: singular snake_case table names (branch, employee, customer,
brand, category, product, used_item, sale, sale_line, sale_return, repair_job, film_order, workshop,
workshop_booking), an integer `id` primary key on every table (link table included) and `<name>_id` foreign keys,
Django's SQLite column types ("decimal", "bool", "date", "datetime", "varchar(n)"), deferrable FK constraints and
hashed index names. Ordinary Django quirks: "decimal" columns have NUMERIC affinity, so 449.00 is stored as the
integer 449 and 18.5 as a real; datetimes are stored in UTC (USE_TZ = True) with microseconds; dates are
'YYYY-MM-DD'; enums are lower-case snake_case choices ('click_and_collect', 'awaiting_parts'); bool flags are 0/1.
employee.manager_id is a self-reference and workshop_booking (workshop x customer) is a many-to-many link table."""
import math, os, random, sys, unicodedata, datetime as dt
import sqlite3
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import IE_FIRST, IE_LAST

SEED = 7741290
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "fennessy_cameras.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
D, DT, TD = dt.date, dt.datetime, dt.timedelta
FILM_RISE = D(2024, 2, 1)      # Kodak / Ilford price rise
LAB_RISE = D(2024, 3, 1)       # lab and sensor-clean price list

FK = 'bigint {null} REFERENCES "{t}" ("id") DEFERRABLE INITIALLY DEFERRED'


def fk(t, null=False):
    return FK.format(null="NULL" if null else "NOT NULL", t=t)


SCHEMA = f"""
CREATE TABLE "branch" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "code" varchar(3) NOT NULL UNIQUE,
  "name" varchar(60) NOT NULL, "street" varchar(120) NOT NULL, "town" varchar(60) NOT NULL, "county" varchar(30) NOT NULL,
  "eircode" varchar(8) NOT NULL, "phone" varchar(20) NOT NULL, "floor_area_sqm" integer NOT NULL, "has_film_lab" bool NOT NULL,
  "opened_on" date NOT NULL, "closed_on" date NULL, "is_active" bool NOT NULL);
CREATE TABLE "employee" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "first_name" varchar(40) NOT NULL,
  "last_name" varchar(40) NOT NULL, "email" varchar(254) NOT NULL UNIQUE, "job_title" varchar(60) NOT NULL,
  "branch_id" {fk("branch", True)}, "manager_id" {fk("employee", True)}, "employment_type" varchar(12) NOT NULL,
  "hired_on" date NOT NULL, "left_on" date NULL, "is_active" bool NOT NULL, "hourly_rate" decimal NULL,
  "annual_salary" decimal NULL);
CREATE TABLE "customer" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "first_name" varchar(40) NOT NULL,
  "last_name" varchar(40) NOT NULL, "email" varchar(254) NULL, "phone" varchar(20) NULL, "town" varchar(60) NOT NULL,
  "county" varchar(30) NOT NULL, "eircode" varchar(8) NULL, "home_branch_id" {fk("branch")}, "joined_on" date NOT NULL,
  "is_trade" bool NOT NULL, "marketing_opt_in" bool NOT NULL);
CREATE TABLE "brand" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(40) NOT NULL UNIQUE,
  "country" varchar(30) NOT NULL);
CREATE TABLE "category" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(40) NOT NULL UNIQUE,
  "slug" varchar(50) NOT NULL UNIQUE, "department" varchar(20) NOT NULL, "is_serialised" bool NOT NULL);
CREATE TABLE "product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" varchar(20) NOT NULL UNIQUE,
  "name" varchar(120) NOT NULL, "brand_id" {fk("brand")}, "category_id" {fk("category")}, "mount" varchar(30) NULL,
  "rrp" decimal NOT NULL, "cost_price" decimal NOT NULL, "launched_on" date NOT NULL, "discontinued_on" date NULL,
  "is_active" bool NOT NULL);
CREATE TABLE "used_item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "stock_no" varchar(12) NOT NULL UNIQUE,
  "description" varchar(120) NOT NULL, "brand_id" {fk("brand")}, "category_id" {fk("category")}, "serial_no" varchar(20) NOT NULL,
  "condition_grade" varchar(12) NOT NULL, "branch_id" {fk("branch")}, "acquired_on" date NOT NULL,
  "acquired_via" varchar(16) NOT NULL, "customer_id" {fk("customer", True)}, "price_paid" decimal NOT NULL,
  "asking_price" decimal NOT NULL, "status" varchar(12) NOT NULL);
CREATE TABLE "sale" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "receipt_no" varchar(20) NOT NULL UNIQUE,
  "branch_id" {fk("branch")}, "employee_id" {fk("employee")}, "customer_id" {fk("customer", True)},
  "sold_at" datetime NOT NULL, "channel" varchar(20) NOT NULL, "status" varchar(10) NOT NULL,
  "payment_method" varchar(16) NOT NULL, "subtotal" decimal NOT NULL, "discount_total" decimal NOT NULL,
  "total" decimal NOT NULL, "vat_amount" decimal NOT NULL);
CREATE TABLE "sale_line" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sale_id" {fk("sale")}, "line_no" integer NOT NULL,
  "product_id" {fk("product", True)}, "used_item_id" {fk("used_item", True)}, "quantity" integer NOT NULL,
  "unit_price" decimal NOT NULL, "discount" decimal NOT NULL, "line_total" decimal NOT NULL, "vat_amount" decimal NOT NULL);
CREATE TABLE "sale_return" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sale_id" {fk("sale")},
  "returned_on" date NOT NULL, "reason" varchar(30) NOT NULL, "refund_amount" decimal NOT NULL,
  "refund_method" varchar(16) NOT NULL, "processed_by_id" {fk("employee")});
CREATE TABLE "repair_job" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "job_no" varchar(12) NOT NULL UNIQUE,
  "branch_id" {fk("branch")}, "customer_id" {fk("customer")}, "technician_id" {fk("employee", True)},
  "brand_id" {fk("brand", True)}, "item_description" varchar(120) NOT NULL, "service_type" varchar(40) NOT NULL,
  "under_warranty" bool NOT NULL, "received_on" date NOT NULL, "quoted_price" decimal NULL, "final_price" decimal NULL,
  "completed_on" date NULL, "collected_on" date NULL, "status" varchar(16) NOT NULL);
CREATE TABLE "film_order" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order_no" varchar(12) NOT NULL UNIQUE,
  "branch_id" {fk("branch")}, "lab_branch_id" {fk("branch")}, "customer_id" {fk("customer")},
  "received_at" datetime NOT NULL, "film_format" varchar(12) NOT NULL, "process" varchar(6) NOT NULL,
  "rolls" integer NOT NULL, "service" varchar(24) NOT NULL, "price" decimal NOT NULL, "ready_on" date NULL,
  "collected_on" date NULL, "status" varchar(12) NOT NULL);
CREATE TABLE "workshop" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(80) NOT NULL,
  "branch_id" {fk("branch")}, "instructor_id" {fk("employee")}, "held_on" date NOT NULL, "start_time" time NOT NULL,
  "capacity" integer NOT NULL, "price" decimal NOT NULL, "status" varchar(12) NOT NULL);
CREATE TABLE "workshop_booking" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "workshop_id" {fk("workshop")},
  "customer_id" {fk("customer")}, "booked_at" datetime NOT NULL, "amount_paid" decimal NOT NULL, "attended" bool NULL);
CREATE INDEX "employee_branch_id_5a1f0c3e" ON "employee" ("branch_id");
CREATE INDEX "employee_manager_id_9b2e7d41" ON "employee" ("manager_id");
CREATE INDEX "customer_home_branch_id_0c8d2f19" ON "customer" ("home_branch_id");
CREATE INDEX "product_brand_id_7e3a9b10" ON "product" ("brand_id");
CREATE INDEX "product_category_id_2d5c8e77" ON "product" ("category_id");
CREATE INDEX "sale_branch_id_6f4b1a02" ON "sale" ("branch_id");
CREATE INDEX "sale_customer_id_3c9e5d88" ON "sale" ("customer_id");
CREATE INDEX "sale_line_sale_id_8a7f2c64" ON "sale_line" ("sale_id");
CREATE INDEX "sale_line_product_id_1b6d4e93" ON "sale_line" ("product_id");
CREATE INDEX "film_order_customer_id_4e2a7b15" ON "film_order" ("customer_id");
CREATE UNIQUE INDEX "workshop_booking_workshop_id_customer_id_7d1e0a3b_uniq" ON "workshop_booking" ("workshop_id", "customer_id");
"""

# code, name, street, town, county, eircode, phone, sqm, lab, opened, closed (last trading day), sales per day
BRANCHES = [
    ("DUB", "Dame Street", "41 Dame Street", "Dublin", "Dublin", "D02 XK73", "01 677 4120", 310, 1, D(1998, 4, 14), None, 2.9),
    ("BLK", "Blackrock", "12 Main Street", "Blackrock", "Dublin", "A94 E2W6", "01 288 3305", 140, 0, D(2012, 9, 1), None, 1.25),
    ("CRK", "Cork", "88 Oliver Plunkett Street", "Cork", "Cork", "T12 H6P2", "021 427 1190", 230, 1, D(2005, 3, 12), None, 1.85),
    ("GWY", "Galway", "7 Shop Street", "Galway", "Galway", "H91 T2C8", "091 563 447", 160, 0, D(2009, 6, 5), None, 1.3),
    ("LMK", "Limerick", "103 O'Connell Street", "Limerick", "Limerick", "V94 YR65", "061 414 920", 150, 0, D(2015, 10, 10), None, 1.05),
    ("KKY", "Kilkenny", "54 High Street", "Kilkenny", "Kilkenny", "R95 D7F3", "056 772 1834", 110, 0, D(2017, 5, 20), D(2024, 8, 31), 0.75),
    ("DDK", "Dundalk", "19 Clanbrassil Street", "Dundalk", "Louth", "A91 K4X2", "042 933 6021", 120, 0, D(2023, 5, 6), None, 0.95),
]
SUNDAY_OPEN = {"DUB", "BLK", "CRK"}
LAB_FOR = {"DUB": "DUB", "BLK": "DUB", "CRK": "CRK", "GWY": "DUB", "LMK": "CRK", "KKY": "CRK", "DDK": "DUB"}
# customer towns by branch catchment: town, county, eircode routing key
TOWNS = {
    "DUB": [("Dublin", "Dublin", "D02"), ("Dublin", "Dublin", "D06"), ("Dublin", "Dublin", "D08"), ("Rathmines", "Dublin", "D06"),
            ("Drumcondra", "Dublin", "D09"), ("Swords", "Dublin", "K67"), ("Tallaght", "Dublin", "D24"), ("Lucan", "Dublin", "K78"),
            ("Newbridge", "Kildare", "W12"), ("Naas", "Kildare", "W91"), ("Maynooth", "Kildare", "W23")],
    "BLK": [("Blackrock", "Dublin", "A94"), ("Dún Laoghaire", "Dublin", "A96"), ("Dalkey", "Dublin", "A96"),
            ("Stillorgan", "Dublin", "A94"), ("Bray", "Wicklow", "A98"), ("Greystones", "Wicklow", "A63")],
    "CRK": [("Cork", "Cork", "T12"), ("Cork", "Cork", "T23"), ("Blackrock", "Cork", "T12"), ("Ballincollig", "Cork", "P31"),
            ("Douglas", "Cork", "T12"), ("Cobh", "Cork", "P24"), ("Midleton", "Cork", "P25"), ("Kinsale", "Cork", "P17")],
    "GWY": [("Galway", "Galway", "H91"), ("Salthill", "Galway", "H91"), ("Oranmore", "Galway", "H91"), ("Athenry", "Galway", "H65"),
            ("Newbridge", "Galway", "H53"), ("Clifden", "Galway", "H71"), ("Tuam", "Galway", "H54"), ("Westport", "Mayo", "F28")],
    "LMK": [("Limerick", "Limerick", "V94"), ("Castletroy", "Limerick", "V94"), ("Ennis", "Clare", "V95"),
            ("Nenagh", "Tipperary", "E45"), ("Newcastle West", "Limerick", "V42")],
    "KKY": [("Kilkenny", "Kilkenny", "R95"), ("Thomastown", "Kilkenny", "R95"), ("Carlow", "Carlow", "R93"),
            ("Callan", "Kilkenny", "R95"), ("Castlecomer", "Kilkenny", "R95")],
    "DDK": [("Dundalk", "Louth", "A91"), ("Blackrock", "Louth", "A91"), ("Drogheda", "Louth", "A92"), ("Ardee", "Louth", "A92"),
            ("Carlingford", "Louth", "A91"), ("Carrickmacross", "Monaghan", "A81")],
}
BRANDS = [("Canon", "Japan"), ("Nikon", "Japan"), ("Sony", "Japan"), ("Fujifilm", "Japan"), ("Panasonic", "Japan"),
          ("OM System", "Japan"), ("Leica", "Germany"), ("Ricoh", "Japan"), ("Pentax", "Japan"), ("Sigma", "Japan"),
          ("Tamron", "Japan"), ("Viltrox", "China"), ("DJI", "China"), ("GoPro", "United States"), ("Insta360", "China"),
          ("Kodak", "United States"), ("Ilford", "United Kingdom"), ("Lomography", "Austria"), ("Polaroid", "Netherlands"),
          ("CineStill", "United States"), ("Paterson", "United Kingdom"), ("SanDisk", "United States"), ("Lexar", "United States"),
          ("Samsung", "South Korea"), ("Peak Design", "United States"), ("Lowepro", "United States"), ("Think Tank", "United States"),
          ("Manfrotto", "Italy"), ("Joby", "United States"), ("Godox", "China"), ("Hoya", "Japan"), ("NiSi", "China"),
          ("Olympus", "Japan"), ("Minolta", "Japan"), ("Mamiya", "Japan"), ("Hasselblad", "Sweden"), ("Yashica", "Japan"),
          ("Contax", "Japan"), ("Konica", "Japan"), ("Helios", "Russia"), ("Harman", "United Kingdom")]
CATEGORIES = [  # key, name, department, serialised
    ("mirrorless", "Mirrorless Cameras", "Cameras", 1), ("dslr", "DSLR Cameras", "Cameras", 1),
    ("compact", "Compact Cameras", "Cameras", 1), ("instant", "Instant Cameras", "Cameras", 1),
    ("filmcam", "Film Cameras", "Cameras", 1), ("lens", "Lenses", "Lenses", 1),
    ("drone", "Drones & Action Cameras", "Cameras", 1), ("film", "Film", "Film & Darkroom", 0),
    ("darkroom", "Darkroom & Chemistry", "Film & Darkroom", 0), ("memory", "Memory Cards & Storage", "Accessories", 0),
    ("power", "Batteries & Power", "Accessories", 0), ("bags", "Bags & Straps", "Accessories", 0),
    ("tripod", "Tripods & Supports", "Accessories", 0), ("flash", "Lighting & Flash", "Accessories", 1),
    ("filters", "Filters", "Accessories", 0), ("print", "Printers & Paper", "Accessories", 0),
]
# name, brand, category, mount, rrp (euro), launched (None = before 2023), discontinued, popularity
P = [
    ("Canon EOS R5 Mark II Body", "Canon", "mirrorless", "Canon RF", 4699, D(2024, 8, 29), None, 0.25),
    ("Canon EOS R6 Mark II Body", "Canon", "mirrorless", "Canon RF", 2799, None, None, 0.5),
    ("Canon EOS R8 Body", "Canon", "mirrorless", "Canon RF", 1699, D(2023, 4, 20), None, 0.5),
    ("Canon EOS R50 + RF-S 18-45mm Kit", "Canon", "mirrorless", "Canon RF", 899, D(2023, 3, 30), None, 0.9),
    ("Canon EOS R7 Body", "Canon", "mirrorless", "Canon RF", 1549, None, None, 0.35),
    ("Canon EOS R100 + RF-S 18-45mm Kit", "Canon", "mirrorless", "Canon RF", 649, D(2023, 6, 15), None, 0.5),
    ("Nikon Z8 Body", "Nikon", "mirrorless", "Nikon Z", 4599, D(2023, 5, 25), None, 0.25),
    ("Nikon Z6III Body", "Nikon", "mirrorless", "Nikon Z", 2799, D(2024, 6, 27), None, 0.35),
    ("Nikon Z6II Body", "Nikon", "mirrorless", "Nikon Z", 1999, None, D(2024, 9, 30), 0.4),
    ("Nikon Zf Body", "Nikon", "mirrorless", "Nikon Z", 2499, D(2023, 10, 12), None, 0.45),
    ("Nikon Z5 Body", "Nikon", "mirrorless", "Nikon Z", 1199, None, None, 0.45),
    ("Nikon Z fc + 16-50mm Kit", "Nikon", "mirrorless", "Nikon Z", 1099, None, None, 0.45),
    ("Nikon Z50II + 16-50mm Kit", "Nikon", "mirrorless", "Nikon Z", 1149, D(2024, 11, 14), None, 0.45),
    ("Sony A7 IV Body", "Sony", "mirrorless", "Sony E", 2699, None, None, 0.6),
    ("Sony A7C II Body", "Sony", "mirrorless", "Sony E", 2299, D(2023, 9, 21), None, 0.4),
    ("Sony A6700 Body", "Sony", "mirrorless", "Sony E", 1599, D(2023, 7, 27), None, 0.5),
    ("Sony ZV-E10 II Body", "Sony", "mirrorless", "Sony E", 1049, D(2024, 8, 8), None, 0.45),
    ("Sony ZV-E10 Body", "Sony", "mirrorless", "Sony E", 749, None, D(2024, 8, 31), 0.5),
    ("Sony A7R V Body", "Sony", "mirrorless", "Sony E", 4299, None, None, 0.15),
    ("Fujifilm X-T5 Body", "Fujifilm", "mirrorless", "Fujifilm X", 1899, None, None, 0.7),
    ("Fujifilm X100VI", "Fujifilm", "compact", None, 1799, D(2024, 2, 28), None, 0.9),
    ("Fujifilm X100V", "Fujifilm", "compact", None, 1499, None, D(2024, 1, 31), 0.9),
    ("Fujifilm X-S20 Body", "Fujifilm", "mirrorless", "Fujifilm X", 1399, D(2023, 6, 29), None, 0.5),
    ("Fujifilm X-T50 Body", "Fujifilm", "mirrorless", "Fujifilm X", 1499, D(2024, 6, 20), None, 0.45),
    ("Fujifilm X-M5 + 15-45mm Kit", "Fujifilm", "mirrorless", "Fujifilm X", 999, D(2024, 11, 14), None, 0.4),
    ("Panasonic Lumix S5II Body", "Panasonic", "mirrorless", "L-Mount", 2099, D(2023, 2, 2), None, 0.25),
    ("Panasonic Lumix G9II Body", "Panasonic", "mirrorless", "Micro Four Thirds", 1899, D(2023, 11, 9), None, 0.12),
    ("OM System OM-5 Body", "OM System", "mirrorless", "Micro Four Thirds", 1199, None, None, 0.15),
    ("Leica Q3", "Leica", "compact", None, 6300, D(2023, 6, 8), None, 0.06),
    ("Canon EOS 2000D + 18-55mm Kit", "Canon", "dslr", "Canon EF", 499, None, D(2025, 6, 30), 0.35),
    ("Canon EOS 90D Body", "Canon", "dslr", "Canon EF", 1299, None, D(2024, 12, 31), 0.12),
    ("Nikon D780 Body", "Nikon", "dslr", "Nikon F", 2199, None, None, 0.08),
    ("Nikon D7500 Body", "Nikon", "dslr", "Nikon F", 1099, None, D(2025, 3, 31), 0.12),
    ("Sony RX100 VII", "Sony", "compact", None, 1199, None, None, 0.3),
    ("Canon PowerShot G7 X Mark III", "Canon", "compact", None, 849, None, None, 0.55),
    ("Ricoh GR IIIx", "Ricoh", "compact", None, 1049, None, None, 0.4),
    ("Ricoh GR III", "Ricoh", "compact", None, 999, None, None, 0.3),
    ("Fujifilm Instax Mini 12", "Fujifilm", "instant", None, 89, None, None, 1.6),
    ("Fujifilm Instax Mini 99", "Fujifilm", "instant", None, 189, D(2024, 4, 18), None, 0.6),
    ("Fujifilm Instax Wide 400", "Fujifilm", "instant", None, 149, None, None, 0.35),
    ("Fujifilm Instax Square SQ1", "Fujifilm", "instant", None, 139, None, D(2024, 6, 30), 0.3),
    ("Polaroid Now+ Gen 2", "Polaroid", "instant", None, 159, D(2023, 3, 9), None, 0.35),
    ("Polaroid Go Gen 2", "Polaroid", "instant", None, 99, None, None, 0.4),
    ("Kodak Ektar H35 Half Frame", "Kodak", "filmcam", None, 55, None, None, 0.8),
    ("Pentax 17", "Pentax", "filmcam", None, 549, D(2024, 7, 10), None, 0.4),
    ("Ilford Sprite 35-II", "Ilford", "filmcam", None, 39, None, None, 0.4),
    ("Lomography Simple Use Film Camera", "Lomography", "filmcam", None, 25, None, None, 0.6),
    ("Kodak FunSaver Single-Use Camera", "Kodak", "filmcam", None, 18, None, None, 0.9),
    ("Canon RF 24-105mm f/4L IS USM", "Canon", "lens", "Canon RF", 1299, None, None, 0.4),
    ("Canon RF 50mm f/1.8 STM", "Canon", "lens", "Canon RF", 229, None, None, 0.8),
    ("Canon RF 85mm f/2 Macro IS STM", "Canon", "lens", "Canon RF", 649, None, None, 0.3),
    ("Canon RF 100-400mm f/5.6-8 IS USM", "Canon", "lens", "Canon RF", 749, None, None, 0.3),
    ("Canon RF 16mm f/2.8 STM", "Canon", "lens", "Canon RF", 319, None, None, 0.35),
    ("Canon RF 28-70mm f/2.8 IS STM", "Canon", "lens", "Canon RF", 1199, D(2024, 11, 21), None, 0.25),
    ("Nikon Z 24-70mm f/4 S", "Nikon", "lens", "Nikon Z", 999, None, None, 0.3),
    ("Nikon Z 40mm f/2", "Nikon", "lens", "Nikon Z", 299, None, None, 0.5),
    ("Nikon Z 50mm f/1.8 S", "Nikon", "lens", "Nikon Z", 599, None, None, 0.35),
    ("Nikon Z 28-400mm f/4-8 VR", "Nikon", "lens", "Nikon Z", 1399, D(2024, 4, 11), None, 0.15),
    ("Nikon Z 24-120mm f/4 S", "Nikon", "lens", "Nikon Z", 1199, None, None, 0.25),
    ("Sony FE 50mm f/1.8", "Sony", "lens", "Sony E", 249, None, None, 0.6),
    ("Sony FE 24-70mm f/2.8 GM II", "Sony", "lens", "Sony E", 2399, None, None, 0.12),
    ("Sony FE 20-70mm f/4 G", "Sony", "lens", "Sony E", 1549, D(2023, 2, 16), None, 0.2),
    ("Sony E 11mm f/1.8", "Sony", "lens", "Sony E", 549, None, None, 0.2),
    ("Sony FE 85mm f/1.8", "Sony", "lens", "Sony E", 649, None, None, 0.3),
    ("Fujifilm XF 23mm f/2 R WR", "Fujifilm", "lens", "Fujifilm X", 449, None, None, 0.45),
    ("Fujifilm XF 35mm f/1.4 R", "Fujifilm", "lens", "Fujifilm X", 599, None, None, 0.4),
    ("Fujifilm XF 16-80mm f/4 R OIS WR", "Fujifilm", "lens", "Fujifilm X", 799, None, None, 0.3),
    ("Fujifilm XF 56mm f/1.2 R WR", "Fujifilm", "lens", "Fujifilm X", 999, None, None, 0.2),
    ("Fujifilm XF 70-300mm f/4-5.6 R LM OIS WR", "Fujifilm", "lens", "Fujifilm X", 799, None, None, 0.15),
    ("Sigma 18-50mm f/2.8 DC DN Contemporary (Sony E)", "Sigma", "lens", "Sony E", 549, None, None, 0.3),
    ("Sigma 18-50mm f/2.8 DC DN Contemporary (Fujifilm X)", "Sigma", "lens", "Fujifilm X", 549, None, None, 0.3),
    ("Sigma 24-70mm f/2.8 DG DN II Art (Sony E)", "Sigma", "lens", "Sony E", 1399, D(2024, 6, 6), None, 0.2),
    ("Sigma 24-70mm f/2.8 DG DN Art (L-Mount)", "Sigma", "lens", "L-Mount", 1199, None, None, 0.08),
    ("Tamron 28-75mm f/2.8 Di III VXD G2 (Sony E)", "Tamron", "lens", "Sony E", 899, None, None, 0.35),
    ("Tamron 28-75mm f/2.8 Di III VXD G2 (Nikon Z)", "Tamron", "lens", "Nikon Z", 899, D(2023, 6, 1), None, 0.2),
    ("Tamron 17-70mm f/2.8 Di III-A VC RXD (Fujifilm X)", "Tamron", "lens", "Fujifilm X", 799, None, None, 0.2),
    ("Viltrox AF 27mm f/1.2 Pro (Fujifilm X)", "Viltrox", "lens", "Fujifilm X", 549, D(2023, 8, 10), None, 0.15),
    ("Panasonic Lumix S 20-60mm f/3.5-5.6", "Panasonic", "lens", "L-Mount", 549, None, None, 0.08),
    ("Panasonic Lumix S 50mm f/1.8", "Panasonic", "lens", "L-Mount", 399, None, None, 0.08),
    ("OM System M.Zuiko 12-45mm f/4 PRO", "OM System", "lens", "Micro Four Thirds", 699, None, None, 0.08),
    ("DJI Mini 4 Pro", "DJI", "drone", None, 799, D(2023, 9, 25), None, 0.45),
    ("DJI Mini 3", "DJI", "drone", None, 489, None, D(2024, 12, 31), 0.35),
    ("DJI Osmo Pocket 3", "DJI", "drone", None, 539, D(2023, 10, 26), None, 0.5),
    ("DJI Osmo Action 4", "DJI", "drone", None, 419, D(2023, 8, 2), D(2025, 1, 31), 0.25),
    ("DJI Osmo Action 5 Pro", "DJI", "drone", None, 379, D(2024, 9, 19), None, 0.3),
    ("GoPro HERO12 Black", "GoPro", "drone", None, 449, D(2023, 9, 13), D(2024, 10, 31), 0.3),
    ("GoPro HERO13 Black", "GoPro", "drone", None, 449, D(2024, 9, 4), None, 0.3),
    ("Insta360 X4", "Insta360", "drone", None, 549, D(2024, 4, 16), None, 0.2),
    ("Kodak Portra 400 35mm 36exp", "Kodak", "film", None, 19.5, None, None, 3.0),
    ("Kodak Portra 400 120 (5-pack)", "Kodak", "film", None, 89, None, None, 0.5),
    ("Kodak Portra 160 120 (5-pack)", "Kodak", "film", None, 79, None, None, 0.25),
    ("Kodak Gold 200 35mm 36exp", "Kodak", "film", None, 12, None, None, 3.2),
    ("Kodak UltraMax 400 35mm 36exp", "Kodak", "film", None, 13, None, None, 2.6),
    ("Kodak Ektar 100 35mm 36exp", "Kodak", "film", None, 18, None, None, 1.2),
    ("Kodak Tri-X 400 35mm 36exp", "Kodak", "film", None, 15.5, None, None, 1.3),
    ("Ilford HP5 Plus 400 35mm 36exp", "Ilford", "film", None, 11, None, None, 2.4),
    ("Ilford HP5 Plus 400 120", "Ilford", "film", None, 9.5, None, None, 0.7),
    ("Ilford Delta 3200 35mm 36exp", "Ilford", "film", None, 15, None, None, 0.4),
    ("Ilford FP4 Plus 125 35mm 36exp", "Ilford", "film", None, 11, None, None, 0.6),
    ("Ilford XP2 Super 400 35mm 36exp", "Ilford", "film", None, 11.5, None, None, 0.8),
    ("CineStill 800T 35mm 36exp", "CineStill", "film", None, 21, None, None, 0.7),
    ("Harman Phoenix 200 35mm 36exp", "Harman", "film", None, 14, D(2023, 10, 4), None, 0.6),
    ("Lomography Color Negative 400 35mm (3-pack)", "Lomography", "film", None, 24, None, None, 0.6),
    ("Fujifilm Instax Mini Film (twin pack)", "Fujifilm", "film", None, 19, None, None, 2.8),
    ("Fujifilm Instax Wide Film (twin pack)", "Fujifilm", "film", None, 23, None, None, 0.7),
    ("Fujifilm Instax Square Film (10 shots)", "Fujifilm", "film", None, 13, None, None, 0.5),
    ("Polaroid i-Type Color Film", "Polaroid", "film", None, 21, None, None, 0.8),
    ("Ilford ID-11 Developer (1 L)", "Ilford", "darkroom", None, 12.5, None, None, 0.5),
    ("Ilford Rapid Fixer (500 ml)", "Ilford", "darkroom", None, 11, None, None, 0.45),
    ("Ilford Ilfostop (500 ml)", "Ilford", "darkroom", None, 9, None, None, 0.3),
    ("Paterson Universal Developing Tank", "Paterson", "darkroom", None, 39, None, None, 0.3),
    ("Ilford Multigrade RC Paper 8x10 (25 sheets)", "Ilford", "darkroom", None, 29, None, None, 0.3),
    ("CineStill Cs41 Colour Kit (1 L)", "CineStill", "darkroom", None, 39, None, None, 0.25),
    ("SanDisk Extreme PRO SDXC 64GB", "SanDisk", "memory", None, 29, None, None, 1.2),
    ("SanDisk Extreme PRO SDXC 128GB", "SanDisk", "memory", None, 45, None, None, 1.3),
    ("SanDisk Extreme PRO CFexpress Type B 256GB", "SanDisk", "memory", None, 229, None, None, 0.25),
    ("Lexar Professional 1800x SDXC 128GB", "Lexar", "memory", None, 39, None, None, 0.6),
    ("SanDisk Extreme microSDXC 128GB", "SanDisk", "memory", None, 25, None, None, 0.8),
    ("Samsung T7 Portable SSD 1TB", "Samsung", "memory", None, 119, None, None, 0.35),
    ("Canon LP-E6NH Battery", "Canon", "power", None, 99, None, None, 0.4),
    ("Nikon EN-EL15c Battery", "Nikon", "power", None, 89, None, None, 0.35),
    ("Sony NP-FZ100 Battery", "Sony", "power", None, 89, None, None, 0.4),
    ("Fujifilm NP-W235 Battery", "Fujifilm", "power", None, 79, None, None, 0.3),
    ("Fujifilm NP-W126S Battery", "Fujifilm", "power", None, 59, None, None, 0.3),
    ("Peak Design Everyday Sling 6L", "Peak Design", "bags", None, 119, None, None, 0.4),
    ("Peak Design Slide Lite Strap", "Peak Design", "bags", None, 64, None, None, 0.5),
    ("Lowepro ProTactic BP 350 AW II", "Lowepro", "bags", None, 189, None, None, 0.15),
    ("Think Tank Retrospective 7 V2.0", "Think Tank", "bags", None, 199, None, None, 0.12),
    ("Peak Design Cuff Wrist Strap", "Peak Design", "bags", None, 26, None, None, 0.4),
    ("Manfrotto Befree Advanced Travel Tripod", "Manfrotto", "tripod", None, 229, None, None, 0.25),
    ("Manfrotto PIXI Mini Tripod", "Manfrotto", "tripod", None, 29, None, None, 0.5),
    ("Peak Design Travel Tripod (Aluminium)", "Peak Design", "tripod", None, 399, None, None, 0.12),
    ("Joby GorillaPod 3K Kit", "Joby", "tripod", None, 89, None, None, 0.3),
    ("Godox V1 Round Head Flash", "Godox", "flash", None, 279, None, None, 0.15),
    ("Godox TT685 II Speedlite", "Godox", "flash", None, 129, None, None, 0.2),
    ("Godox SL60W II LED Light", "Godox", "flash", None, 149, None, None, 0.12),
    ("Hoya HD Nano UV 67mm", "Hoya", "filters", None, 79, None, None, 0.3),
    ("Hoya Fusion Antistatic CPL 77mm", "Hoya", "filters", None, 99, None, None, 0.25),
    ("NiSi Swift True Colour ND-VARIO 82mm", "NiSi", "filters", None, 159, None, None, 0.12),
    ("Canon SELPHY CP1500 Printer", "Canon", "print", None, 149, None, None, 0.2),
    ("Fujifilm Instax Mini Link 2 Printer", "Fujifilm", "print", None, 119, None, None, 0.3),
    ("Canon KP-108IN Ink & Paper Set", "Canon", "print", None, 39, None, None, 0.25),
]
USED_MODELS = [  # description, brand, category, typical asking price
    ("Canon AE-1 Program", "Canon", "filmcam", 279), ("Canon A-1", "Canon", "filmcam", 299), ("Canonet QL17 GIII", "Canon", "filmcam", 229),
    ("Nikon FM2", "Nikon", "filmcam", 399), ("Nikon F3", "Nikon", "filmcam", 449), ("Nikon FE2", "Nikon", "filmcam", 349),
    ("Pentax K1000", "Pentax", "filmcam", 229), ("Pentax MX", "Pentax", "filmcam", 249), ("Pentax ME Super", "Pentax", "filmcam", 199),
    ("Olympus OM-1", "Olympus", "filmcam", 299), ("Olympus OM-2n", "Olympus", "filmcam", 279), ("Olympus Trip 35", "Olympus", "filmcam", 149),
    ("Olympus mju-II", "Olympus", "filmcam", 329), ("Minolta X-700", "Minolta", "filmcam", 199), ("Yashica Electro 35 GSN", "Yashica", "filmcam", 179),
    ("Mamiya RB67 Pro S", "Mamiya", "filmcam", 749), ("Mamiya 645 Pro", "Mamiya", "filmcam", 649), ("Hasselblad 500C/M", "Hasselblad", "filmcam", 1899),
    ("Leica M6", "Leica", "filmcam", 3900), ("Contax T2", "Contax", "filmcam", 1199), ("Konica C35", "Konica", "filmcam", 129),
    ("Canon EOS 5D Mark IV Body", "Canon", "dslr", 1299), ("Canon EOS 6D Body", "Canon", "dslr", 549), ("Nikon D750 Body", "Nikon", "dslr", 699),
    ("Nikon D850 Body", "Nikon", "dslr", 1799), ("Fujifilm X-T3 Body", "Fujifilm", "mirrorless", 749), ("Fujifilm X-T4 Body", "Fujifilm", "mirrorless", 1049),
    ("Fujifilm X100F", "Fujifilm", "compact", 899), ("Fujifilm X-E3 Body", "Fujifilm", "mirrorless", 499), ("Sony A7 III Body", "Sony", "mirrorless", 1149),
    ("Sony A6400 Body", "Sony", "mirrorless", 599), ("Sony A7R III Body", "Sony", "mirrorless", 1299), ("Canon EOS R6 Body", "Canon", "mirrorless", 1399),
    ("Canon EF 50mm f/1.8 STM", "Canon", "lens", 99), ("Canon EF 24-105mm f/4L IS USM", "Canon", "lens", 449), ("Canon FD 50mm f/1.4", "Canon", "lens", 119),
    ("Nikon AF-S 50mm f/1.8G", "Nikon", "lens", 139), ("Nikon AI-S 28mm f/2.8", "Nikon", "lens", 189), ("Helios 44-2 58mm f/2", "Helios", "lens", 69),
    ("Olympus Zuiko 50mm f/1.8", "Olympus", "lens", 79), ("Sony FE 28-70mm f/3.5-5.6 OSS", "Sony", "lens", 179), ("Fujifilm XF 18-55mm f/2.8-4", "Fujifilm", "lens", 349),
    ("Pentax SMC 50mm f/1.7", "Pentax", "lens", 89), ("Sigma 35mm f/1.4 DG HSM Art (Canon EF)", "Sigma", "lens", 449),
]
GRADES = [("Mint", 1.15, 0.1), ("Excellent", 1.0, 0.35), ("Very Good", 0.9, 0.3), ("Good", 0.78, 0.18), ("Well Used", 0.62, 0.07)]
SERVICES = [  # service, price range (cents), turnaround days, weight, film cameras only
    ("Sensor clean", (6900, 6900), (2, 6), 0.34, False), ("CLA service", (12000, 18000), (10, 28), 0.16, True),
    ("Shutter repair", (15000, 32000), (14, 40), 0.1, False), ("Light seal replacement", (4500, 6500), (5, 14), 0.1, True),
    ("Lens repair", (9000, 25000), (10, 35), 0.12, False), ("Screen replacement", (18000, 30000), (10, 30), 0.06, False),
    ("Water damage assessment", (4000, 4000), (5, 12), 0.05, False), ("Firmware & calibration", (5500, 5500), (3, 8), 0.07, False),
]
WORKSHOPS = [  # title, price (cents), capacity, instructor role
    ("Getting Off Auto: Camera Basics", 6500, 12, "sales"), ("Intro to Film Photography", 5500, 10, "sales"),
    ("Street Photography Walk", 4500, 10, "sales"), ("Portrait Lighting Essentials", 9500, 8, "sales"),
    ("Lightroom Essentials", 7500, 12, "sales"), ("Night & Long Exposure Photography", 6500, 10, "sales"),
    ("Develop Your Own Black & White Film", 8500, 8, "lab"), ("Darkroom Printing Basics", 12000, 6, "lab"),
    ("Drone Flying & Photography", 9500, 8, "sales"), ("Instant Camera Creative Workshop", 3500, 12, "sales"),
]
RETURN_REASONS = ["Faulty", "Changed mind", "Wrong item", "Not compatible", "Gift return"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ł", "l").replace("Ł", "L")


def slug(s):
    out, prev = [], "-"
    for ch in fold(s).lower():
        if ch.isalnum():
            out.append(ch)
            prev = ch
        elif prev != "-":
            out.append("-")
            prev = "-"
    return "".join(out).strip("-")


def dec(c):
    """Django writes a DecimalField as text; the column's NUMERIC affinity turns '449.00' into 449 and '18.50' into 18.5."""
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100}.{c % 100:02d}"


def half_up(num, den):
    return (num * 2 + den) // (2 * den)


def vat_of(c):
    return half_up(c * 23, 123)


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
    day = ((h + l - 7 * m + 114) % 31) + 1
    return D(y, month, day)


def last_sunday(y, m):
    d = D(y, m + 1, 1) - TD(days=1) if m < 12 else D(y, 12, 31)
    while d.weekday() != 6:
        d -= TD(days=1)
    return d


def utc(t):
    """Irish local time -> UTC (IST = UTC+1 from the last Sunday of March to the last Sunday of October)."""
    s = DT.combine(last_sunday(t.year, 3), dt.time(1, 0))
    e = DT.combine(last_sunday(t.year, 10), dt.time(2, 0))
    return t - TD(hours=1) if s <= t < e else t


def dts(t, rng):
    u = utc(t)
    us = rng.randint(1, 999999)
    return u.strftime("%Y-%m-%d %H:%M:%S") + f".{us:06d}"


def poisson(rng, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += TD(days=1)


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    br = {}
    for i, b in enumerate(BRANCHES, 1):
        code, name, street, town, county, eir, ph, sqm, lab, opened, closed, lam = b
        br[code] = {"id": i, "code": code, "name": name, "town": town, "county": county, "lab": lab, "opened": opened,
                    "closed": closed, "lam": lam}
    con.executemany('INSERT INTO "branch" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
                    [(br[b[0]]["id"], b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9].isoformat(),
                      b[10].isoformat() if b[10] else None, 0 if b[10] else 1) for b in BRANCHES])

    def holidays(y):
        return {D(y, 1, 1), D(y, 3, 17), easter(y), D(y, 12, 25), D(y, 12, 26)}
    HOL = set()
    for y in (2022, 2023, 2024, 2025, 2026):
        HOL |= holidays(y)

    def trading(code, d):
        b = br[code]
        if d < b["opened"] or (b["closed"] and d > b["closed"]) or d in HOL:
            return False
        if d.weekday() == 6 and code not in SUNDAY_OPEN:
            return False
        return True

    def open_time(code, d):
        if d.weekday() == 6:
            return DT.combine(d, dt.time(12, 0)) + TD(minutes=rng.randint(0, 290))
        close = 20 if d.weekday() == 3 else 18
        return DT.combine(d, dt.time(9, 30)) + TD(minutes=rng.randint(0, (close - 9) * 60 - 35), seconds=rng.randint(0, 59))

    # ------------------------------------------------------------------ employees
    emps = []
    used_names = set()

    def person():
        while True:
            fn, ln = rng.choice(IE_FIRST), rng.choice(IE_LAST)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                return fn, ln

    def add_emp(title, code, hired, left, etype="full_time", fixed=None):
        fn, ln = fixed if fixed else person()
        if fixed:
            used_names.add(fixed)
        e = {"id": None, "fn": fn, "ln": ln, "title": title, "b": code, "hired": hired, "left": left, "etype": etype}
        emps.append(e)
        return e

    SALARY = {"Managing Director": (95000, 95000), "Operations Manager": (68000, 74000), "Finance Manager": (64000, 70000),
              "Marketing Executive": (38000, 44000), "Buyer": (42000, 48000), "Accounts Assistant": (31000, 34000),
              "Workshop Manager": (52000, 56000), "Branch Manager": (44000, 52000), "Assistant Manager": (36000, 40000)}
    HOURLY = {"Sales Advisor": (1380, 1620), "Seasonal Sales Advisor": (1350, 1450), "Film Lab Technician": (1500, 1750),
              "Repair Technician": (1850, 2300)}
    md = add_emp("Managing Director", None, D(1998, 4, 1), None, fixed=("Declan", "Fennessy"))
    ops = add_emp("Operations Manager", None, D(2011, 2, 7), None)
    fin = add_emp("Finance Manager", None, D(2014, 9, 1), None)
    add_emp("Marketing Executive", None, D(2020, 3, 2), D(2024, 4, 26))
    add_emp("Marketing Executive", None, D(2024, 5, 20), None)
    add_emp("Buyer", None, D(2016, 1, 11), None)
    add_emp("Accounts Assistant", None, D(2019, 6, 17), None, "part_time")
    wsm = add_emp("Workshop Manager", "DUB", D(2008, 5, 6), None)

    def chain(title, code, first_from, etype="full_time", mean_years=2.6, force=None, overlap=False):
        b = br[code]
        hired = first_from
        out = []
        while True:
            tenure = max(120, int(rng.expovariate(1 / (mean_years * 365))))
            left = hired + TD(days=tenure)
            if not out and left < START + TD(days=20):
                left = START + TD(days=rng.randint(20, 500))
            if force and not out:
                left = force
            if b["closed"] and (left > b["closed"] or left >= END):
                left = b["closed"]
            e = add_emp(title, code, hired, left if left <= END else None, etype)
            out.append(e)
            if left > END or (b["closed"] and left == b["closed"]):
                break
            hired = left + TD(days=1 if overlap else rng.randint(7, 30))
            if hired > END:
                break
        return out

    def early(code, years_before=(1, 9)):
        b = br[code]
        lo = max(b["opened"], D(2012, 1, 1))
        hi = D(2022, 12, 1)
        if b["opened"] >= START:
            return b["opened"] - TD(days=rng.randint(20, 50))
        return lo + TD(days=rng.randint(0, (hi - lo).days))

    SLOTS = {"DUB": (1, 5, 2), "BLK": (0, 3, 0), "CRK": (1, 4, 2), "GWY": (1, 3, 0), "LMK": (0, 3, 0), "KKY": (0, 2, 0), "DDK": (0, 2, 0)}
    for code, (am, sa, flt) in SLOTS.items():
        force = D(2024, 3, 29) if code == "GWY" else None
        chain("Branch Manager", code, early(code), mean_years=9, force=force, overlap=True)
        for _ in range(am):
            chain("Assistant Manager", code, early(code), mean_years=5, overlap=True)
        for i in range(sa):
            chain("Sales Advisor", code, early(code), "part_time" if i >= 3 or (code in ("KKY", "DDK") and i == 1) else "full_time")
        for _ in range(flt):
            chain("Film Lab Technician", code, early(code), mean_years=4)
    for i in range(3):
        chain("Repair Technician", "DUB", early("DUB"), mean_years=5)
    for y in (2022, 2023, 2024, 2025):
        for code in ("DUB", "BLK", "CRK", "GWY"):
            h = D(y, 11, rng.randint(3, 16))
            l = D(y + 1, 1, rng.randint(4, 12)) if y < 2025 else None
            add_emp("Seasonal Sales Advisor", code, h, l, "seasonal")
    # ids in hiring order
    emps.sort(key=lambda e: (e["hired"], e["title"] != "Managing Director", e["fn"], e["ln"]))
    for i, e in enumerate(emps, 1):
        e["id"] = i

    def employed(e, d):
        return e["hired"] <= d and (e["left"] is None or d <= e["left"])

    def bm_on(code, d):
        c = [e for e in emps if e["b"] == code and e["title"] == "Branch Manager" and employed(e, d)]
        c.sort(key=lambda e: e["hired"])
        return c[-1] if c else None

    for e in emps:
        last = e["left"] or END
        t = e["title"]
        if t == "Managing Director":
            e["mgr"] = None
        elif t in ("Operations Manager", "Finance Manager", "Marketing Executive"):
            e["mgr"] = md
        elif t in ("Buyer", "Workshop Manager", "Branch Manager"):
            e["mgr"] = ops
        elif t == "Accounts Assistant":
            e["mgr"] = fin
        elif t == "Repair Technician":
            e["mgr"] = wsm
        else:
            m = bm_on(e["b"], min(last, br[e["b"]]["closed"] or last))
            if m is None or m is e:
                m = bm_on(e["b"], e["hired"] + TD(days=1))
            e["mgr"] = m
    SALES_ROLES = {"Branch Manager": 0.45, "Assistant Manager": 0.7, "Sales Advisor": 1.0, "Seasonal Sales Advisor": 1.2}
    emp_rows = []
    used_mail = set()
    for e in emps:
        base = f"{slug(e['fn']).replace('-', '')}.{slug(e['ln']).replace('-', '')}"
        em = base + "@fennessycameras.ie"
        n = 1
        while em in used_mail:
            n += 1
            em = f"{base}{n}@fennessycameras.ie"
        used_mail.add(em)
        if e["title"] in SALARY:
            lo, hi = SALARY[e["title"]]
            sal, hr = dec(rng.randint(lo // 500, hi // 500) * 500 * 100), None
        else:
            lo, hi = HOURLY[e["title"]]
            sal, hr = None, dec(rng.randint(lo // 5, hi // 5) * 5)
        emp_rows.append((e["id"], e["fn"], e["ln"], em, e["title"], br[e["b"]]["id"] if e["b"] else None,
                         e["mgr"]["id"] if e["mgr"] else None, e["etype"], e["hired"].isoformat(),
                         e["left"].isoformat() if e["left"] else None, 0 if e["left"] else 1, hr, sal))
    con.executemany('INSERT INTO "employee" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', emp_rows)

    def staff_on(code, d, roles):
        return [e for e in emps if e["b"] == code and e["title"] in roles and employed(e, d)]

    # ------------------------------------------------------------------ brands, categories, products
    brand_id = {n: i for i, (n, c) in enumerate(BRANDS, 1)}
    con.executemany('INSERT INTO "brand" VALUES (?,?,?)', [(brand_id[n], n, c) for n, c in BRANDS])
    cat_id = {k: i for i, (k, n, dpt, s) in enumerate(CATEGORIES, 1)}
    con.executemany('INSERT INTO "category" VALUES (?,?,?,?,?)', [(cat_id[k], n, slug(n), dpt, s) for k, n, dpt, s in CATEGORIES])
    products = []
    for i, (name, brand, cat, mount, rrp, launched, disc, pop) in enumerate(P, 1):
        rrp_c = int(round(rrp * 100))
        margin = {"film": 0.7, "darkroom": 0.62, "memory": 0.55, "lens": 0.8, "mirrorless": 0.84, "dslr": 0.84}.get(cat, 0.68)
        cost = int(round(rrp_c / 1.23 * margin / 10)) * 10
        old = rrp_c
        if cat == "film" and (launched is None or launched < FILM_RISE):
            old = int(round(rrp_c / 1.12 / 50.0)) * 50
        lo = launched or D(2014, 1, 1) + TD(days=rng.randint(0, 3000))
        products.append({"id": i, "name": name, "brand": brand, "cat": cat, "mount": mount, "rrp": rrp_c, "old": old,
                         "cost": cost, "launched": lo, "disc": disc, "pop": pop,
                         "sku": f"{slug(brand)[:3].upper()}-{1000 + i * 7 + rng.randint(0, 6)}"})
    con.executemany('INSERT INTO "product" VALUES (?,?,?,?,?,?,?,?,?,?,?)',
                    [(p["id"], p["sku"], p["name"], brand_id[p["brand"]], cat_id[p["cat"]], p["mount"], dec(p["rrp"]),
                      dec(p["cost"]), p["launched"].isoformat(), p["disc"].isoformat() if p["disc"] else None,
                      0 if p["disc"] else 1) for p in products])
    by_cat = {}
    for p in products:
        by_cat.setdefault(p["cat"], []).append(p)

    def on_sale(p, d):
        return p["launched"] <= d and (p["disc"] is None or d <= p["disc"])

    def price_on(p, d):
        return p["rrp"] if d >= FILM_RISE else p["old"]

    # ------------------------------------------------------------------ customers
    customers = []
    cust_names = set(used_names)

    def new_customer(code, joined, trade=False):
        while True:
            fn, ln = rng.choice(IE_FIRST), rng.choice(IE_LAST)
            if (fn, ln) not in cust_names:
                cust_names.add((fn, ln))
                break
        town, county, key = rng.choice(TOWNS[code])
        c = {"id": len(customers) + 1, "fn": fn, "ln": ln, "code": code, "joined": joined, "trade": trade,
             "town": town, "county": county,
             "eircode": f"{key} {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(0, 9)}{rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(0, 9)}"
             if rng.random() < 0.6 else None,
             "email": None, "phone": None, "optin": 1 if rng.random() < 0.42 else 0,
             "aff": min(rng.lognormvariate(0, 0.8) * (3 if trade else 1), 8)}
        if rng.random() < 0.86:
            dom = rng.choice(["gmail.com", "gmail.com", "hotmail.com", "eircom.net", "outlook.ie", "icloud.com", "yahoo.ie"])
            c["email"] = f"{slug(fn).replace('-', '')}.{slug(ln).replace('-', '')}{rng.randint(1, 99) if rng.random() < 0.3 else ''}@{dom}"
        if rng.random() < 0.68:
            c["phone"] = f"08{rng.choice('35679')} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        customers.append(c)
        cust_by_branch.setdefault(code, []).append(c)
        return c

    cust_by_branch = {}
    for code in br:
        b = br[code]
        if b["opened"] >= START:
            continue
        n = {"DUB": 300, "BLK": 110, "CRK": 190, "GWY": 120, "LMK": 90, "KKY": 70}[code]
        for _ in range(n):
            lo = max(b["opened"], D(2016, 1, 1))
            j = lo + TD(days=rng.randint(0, (D(2022, 12, 31) - lo).days))
            new_customer(code, j, trade=rng.random() < 0.05)
    def pick_customer(code, d, p_new=0.25, trade_bias=False):
        pool = [c for c in cust_by_branch.get(code, []) if c["joined"] <= d]
        if not pool or rng.random() < p_new:
            return new_customer(code, d, trade=rng.random() < 0.04)
        w = [c["aff"] * (2.5 if trade_bias and c["trade"] else 1) for c in pool]
        return rng.choices(pool, weights=w)[0]

    # ------------------------------------------------------------------ used items (acquisitions)
    used = []
    ucount = [0]

    def acquire(code, d):
        model = rng.choice(USED_MODELS)
        g = rng.choices(GRADES, weights=[x[2] for x in GRADES])[0]
        ask = int(round(model[3] * g[1] * rng.uniform(0.9, 1.1))) * 100
        ask = (ask // 1000) * 1000 + 900 if ask >= 10000 else ask - 100 if ask > 1000 else ask
        paid = int(ask * rng.uniform(0.42, 0.55) / 500) * 500
        via = rng.choices(["trade_in", "cash_purchase", "house_clearance"], weights=[55, 35, 10])[0]
        cust = pick_customer(code, d, p_new=0.25) if via != "house_clearance" else None
        ucount[0] += 1
        u = {"id": ucount[0], "stock_no": f"U{d.year % 100:02d}-{ucount[0]:04d}", "model": model, "grade": g[0], "code": code,
             "acq": d, "via": via, "cust": cust, "paid": paid, "ask": ask, "status": "in_stock",
             "serial": f"{rng.randint(100000, 9999999)}"}
        used.append(u)
        return u

    # ------------------------------------------------------------------ sales
    sales = []
    returns = []
    used_queue = {}

    def add_used_to_queue(u):
        if u["code"] == "KKY":
            sell = u["acq"] + TD(days=rng.randint(4, 60))
            if sell > br["KKY"]["closed"]:
                sell = br["KKY"]["closed"] - TD(days=rng.randint(0, 5))
            if sell <= u["acq"]:
                sell = u["acq"] + TD(days=1)
        else:
            sell = u["acq"] + TD(days=int(rng.expovariate(1 / 55)) + 4)
        if rng.random() < 0.02:
            u["status"] = "written_off"
            return
        used_queue.setdefault(u["code"], {}).setdefault(sell, []).append(u)

    # stock at the start
    for code in ("DUB", "CRK", "GWY", "BLK", "LMK", "KKY"):
        for _ in range({"DUB": 14, "CRK": 9, "GWY": 5, "BLK": 4, "LMK": 3, "KKY": 3}[code]):
            d = D(2022, 12, 31) - TD(days=rng.randint(5, 150))
            while not trading(code, d):
                d -= TD(days=1)
            u = acquire(code, d)
            add_used_to_queue(u)

    SEASON = [0.72, 0.78, 0.9, 0.95, 1.0, 1.08, 1.15, 1.12, 0.95, 0.95, 1.15, 1.85]
    GROWTH = {2023: 1.0, 2024: 1.06, 2025: 1.1}
    BASKETS = [("film", 0.44), ("accessory", 0.24), ("camera", 0.11), ("lens", 0.06), ("instant", 0.06), ("darkroom", 0.03)]
    receipt_seq = {}

    def black_friday(d):
        fri = D(d.year, 11, 22)
        while fri.weekday() != 3:
            fri += TD(days=1)
        fri += TD(days=1)  # day after US Thanksgiving
        return fri <= d <= fri + TD(days=3)

    def basket(kind, d):
        lines = []

        def pick(cats, k=1):
            cands = [p for c in cats for p in by_cat.get(c, []) if on_sale(p, d)]
            got = []
            for _ in range(k):
                p = rng.choices(cands, weights=[x["pop"] for x in cands])[0]
                if p not in got:
                    got.append(p)
            return got
        if kind == "film":
            for p in pick(["film"], rng.choice([1, 1, 1, 2, 2, 3])):
                lines.append((p, rng.choice([1, 1, 2, 2, 3, 4, 5]) if "pack" not in p["name"] else 1))
            if rng.random() < 0.12:
                lines.append((pick(["filmcam", "power", "bags"])[0], 1))
        elif kind == "accessory":
            for p in pick(["memory", "power", "bags", "tripod", "flash", "filters", "print"], rng.choice([1, 1, 2])):
                lines.append((p, 1 if rng.random() < 0.85 else 2))
        elif kind == "camera":
            cam = pick(["mirrorless", "mirrorless", "compact", "dslr", "drone"])[0]
            lines.append((cam, 1))
            if cam["mount"] and rng.random() < 0.3:
                lens = [p for p in by_cat["lens"] if p["mount"] == cam["mount"] and on_sale(p, d)]
                if lens:
                    lines.append((rng.choices(lens, weights=[x["pop"] for x in lens])[0], 1))
            if rng.random() < 0.55:
                lines.append((pick(["memory"])[0], 1))
            if rng.random() < 0.3:
                lines.append((pick(["bags", "filters", "power"])[0], 1))
        elif kind == "lens":
            lines.append((pick(["lens"])[0], 1))
            if rng.random() < 0.25:
                lines.append((pick(["filters"])[0], 1))
        elif kind == "instant":
            lines.append((pick(["instant"])[0], 1))
            lines.append((pick(["film"])[0] if rng.random() < 0.2 else
                          [p for p in by_cat["film"] if "Instax Mini" in p["name"]][0], rng.choice([1, 2, 3])))
        else:
            for p in pick(["darkroom"], rng.choice([1, 2, 3])):
                lines.append((p, 1))
            if rng.random() < 0.5:
                lines.append((pick(["film"])[0], rng.choice([2, 3, 5])))
        return lines

    for d in daterange(START, END):
        for code, b in br.items():
            if not trading(code, d):
                continue
            # acquisitions of second-hand gear
            rate = {"DUB": 0.3, "CRK": 0.17, "GWY": 0.1, "BLK": 0.07, "LMK": 0.06, "KKY": 0.04, "DDK": 0.04}[code]
            if code == "KKY" and d > D(2024, 5, 31):
                rate = 0
            for _ in range(poisson(rng, rate)):
                u = acquire(code, d)
                add_used_to_queue(u)
            lam = 0.82 * b["lam"] * SEASON[d.month - 1] * GROWTH[d.year]
            if d.weekday() == 5:
                lam *= 1.35
            elif d.weekday() == 6:
                lam *= 0.7
            if black_friday(d):
                lam *= 2.2
            if d.month == 12 and 14 <= d.day <= 24:
                lam *= 1.5
            n = poisson(rng, lam)
            kinds = [rng.choices([k for k, _ in BASKETS], weights=[w for _, w in BASKETS])[0] for _ in range(n)]
            # used items due today (or the first trading day after)
            due = []
            q = used_queue.get(code, {})
            for k in sorted([k for k in q if k <= d]):
                due.extend(q.pop(k))
            for u in due:
                kinds.append(("used", u))
            for kind in kinds:
                t = open_time(code, d)
                sellers = staff_on(code, d, SALES_ROLES)
                if not sellers:
                    raise SystemExit(f"no staff at {code} on {d}")
                seller = rng.choices(sellers, weights=[SALES_ROLES[e["title"]] for e in sellers])[0]
                if isinstance(kind, tuple):
                    u = kind[1]
                    lines = [("used", u)]
                    if rng.random() < 0.25:
                        lines.append((rng.choice([p for p in by_cat["film"] if on_sale(p, d) and "35mm" in p["name"]]), rng.choice([1, 2, 3])))
                    kname = "used"
                else:
                    lines = basket(kind, d)
                    kname = kind
                p_cust = {"film": 0.28, "accessory": 0.38, "camera": 0.88, "lens": 0.85, "instant": 0.45, "darkroom": 0.5, "used": 0.8}[kname]
                cust = pick_customer(code, d, trade_bias=kname in ("camera", "lens")) if rng.random() < p_cust else None
                channel = "in_store"
                r = rng.random()
                if kname in ("camera", "lens") and cust and r < 0.16:
                    channel = "click_and_collect"
                elif kname in ("camera", "lens", "used") and cust and r < 0.2:
                    channel = "phone"
                sale_lines = []
                for i, (p, q) in enumerate(lines, 1):
                    if p == "used":
                        unit = q["ask"]
                        disc = 0
                        lt = unit
                        vat = vat_of(max(0, lt - q["paid"]))
                        sale_lines.append({"p": None, "u": q, "q": 1, "unit": unit, "disc": disc, "lt": lt, "vat": vat})
                    else:
                        unit = price_on(p, d)
                        gross = unit * q
                        disc = 0
                        if cust and cust["trade"] and p["cat"] not in ("instant",):
                            disc = half_up(gross * 10, 100)
                        elif black_friday(d) and p["cat"] in ("mirrorless", "compact", "lens", "drone", "instant"):
                            disc = half_up(gross * 10, 100)
                        lt = gross - disc
                        sale_lines.append({"p": p, "u": None, "q": q, "unit": unit, "disc": disc, "lt": lt, "vat": vat_of(lt)})
                total = sum(l["lt"] for l in sale_lines)
                if channel != "in_store" and total >= 20000 and cust and cust["trade"] and rng.random() < 0.4:
                    pm = "bank_transfer"
                elif total >= 60000 and rng.random() < 0.12:
                    pm = "finance"
                elif rng.random() < 0.035:
                    pm = "gift_voucher"
                elif total < 6000 and rng.random() < 0.22 and channel == "in_store":
                    pm = "cash"
                else:
                    pm = "card"
                status = "voided" if (kname != "used" and rng.random() < 0.014) else "completed"
                s = {"code": code, "emp": seller, "cust": cust, "t": t, "channel": channel, "status": status, "pm": pm,
                     "lines": sale_lines, "d": d}
                sales.append(s)
                if kname == "used":
                    kind[1]["status"] = "sold"
    for u in [u for code in sorted(used_queue) for k in sorted(used_queue[code]) for u in used_queue[code][k]]:
        if u["status"] == "in_stock" and u["acq"] >= D(2025, 12, 1) and rng.random() < 0.15:
            u["status"] = "reserved"
    sales.sort(key=lambda s: s["t"])

    # returns: within 30 days, to the same branch, processed by someone on the floor that day
    for s in sales:
        if s["status"] != "completed" or any(l["u"] for l in s["lines"]):
            continue
        if rng.random() < 0.021:
            back = s["d"] + TD(days=rng.randint(1, 28))
            while back <= END and not trading(s["code"], back):
                back += TD(days=1)
            if back > END:
                continue
            staff = staff_on(s["code"], back, SALES_ROLES)
            if not staff:
                continue
            reason = rng.choices(RETURN_REASONS, weights=[30, 30, 12, 15, 13])[0]
            if len(s["lines"]) > 1 and rng.random() < 0.6:
                l = rng.choice(s["lines"])
                amt = l["lt"]
            else:
                amt = sum(l["lt"] for l in s["lines"])
            method = "store_credit" if reason in ("Changed mind", "Gift return") and rng.random() < 0.5 else ("cash" if s["pm"] == "cash" else "card")
            returns.append({"s": s, "d": back, "reason": reason, "amt": amt, "method": method, "by": rng.choice(staff)})

    # ------------------------------------------------------------------ repairs
    repairs = []
    techs = [e for e in emps if e["title"] == "Repair Technician"]
    film_brands = ["Canon", "Nikon", "Pentax", "Olympus", "Minolta", "Yashica", "Mamiya", "Leica"]
    digital = [p for p in products if p["cat"] in ("mirrorless", "dslr", "compact", "lens", "drone")]
    for d in daterange(START, END):
        for code, b in br.items():
            if not trading(code, d):
                continue
            lam = {"DUB": 0.45, "BLK": 0.15, "CRK": 0.25, "GWY": 0.14, "LMK": 0.1, "KKY": 0.06, "DDK": 0.08}[code]
            for _ in range(poisson(rng, lam)):
                svc = rng.choices(SERVICES, weights=[x[3] for x in SERVICES])[0]
                name, (lo, hi), (tlo, thi), w, filmonly = svc
                if filmonly or (name in ("Shutter repair", "Lens repair") and rng.random() < 0.4):
                    m = rng.choice([x for x in USED_MODELS if x[1] in film_brands and x[2] in ("filmcam", "lens")])
                    item, brand = m[0], m[1]
                else:
                    if name == "Lens repair":
                        p = rng.choice([x for x in digital if x["cat"] == "lens"])
                    else:
                        p = rng.choice([x for x in digital if x["cat"] != "lens"])
                    item, brand = p["name"], p["brand"]
                if name == "Sensor clean":
                    lo = hi = 6900 if d < LAB_RISE else 7500
                cust = pick_customer(code, d, p_new=0.22)
                warranty = 1 if (name in ("Shutter repair", "Screen replacement", "Firmware & calibration") and
                                 item in [p["name"] for p in products] and rng.random() < 0.25) else 0
                quote = 0 if warranty else int(round(rng.uniform(lo, hi) / 500.0)) * 500
                tech_pool = [e for e in techs if employed(e, d)]
                r = {"code": code, "cust": cust, "d": d, "item": item, "brand": brand if rng.random() < 0.93 else None,
                     "svc": name, "warranty": warranty, "quote": quote,
                     "tech": rng.choice(tech_pool) if tech_pool else None}
                fate = rng.random()
                turn = rng.randint(tlo, thi) + (2 if code != "DUB" else 0)
                done = d + TD(days=turn)
                while done.weekday() == 6 or done in HOL:
                    done += TD(days=1)
                if fate < 0.05 and not warranty:
                    r["status"] = "quote_declined"
                    r["final"] = None
                    r["done"] = None
                    coll = d + TD(days=rng.randint(5, 20))
                elif fate < 0.09:
                    r["status"] = "unrepairable"
                    r["final"] = 0 if warranty else 2500
                    r["done"] = done
                    coll = done + TD(days=rng.randint(1, 20))
                else:
                    r["status"] = "collected"
                    r["final"] = 0 if warranty else (quote if rng.random() < 0.85 else quote + rng.choice([1000, 1500, 2000, 2500, -1000]))
                    if name == "Shutter repair" and rng.random() < 0.3:
                        done += TD(days=rng.randint(10, 25))  # parts on back order
                        r["parts"] = True
                    r["done"] = done
                    coll = done + TD(days=int(rng.expovariate(1 / 6)) + 1)
                while not trading(code, coll) and coll <= END + TD(days=30):
                    coll += TD(days=1)
                r["coll"] = coll
                if r["done"] and r["done"] > END:
                    r["status"] = "awaiting_parts" if r.get("parts") or rng.random() < 0.25 else ("received" if d > END - TD(days=3) else "in_repair")
                    r["final"], r["done"], r["coll"] = None, None, None
                elif r["status"] == "quote_declined" and coll > END:
                    r["status"], r["coll"] = "received", None
                    r["final"] = None
                elif coll > END:
                    if r["status"] == "collected":
                        r["status"] = "ready"
                    r["coll"] = None
                if r["status"] == "received":
                    r["tech"] = None if rng.random() < 0.5 else r["tech"]
                    r["quote"] = None if r["svc"] not in ("Sensor clean", "Firmware & calibration") else r["quote"]
                repairs.append(r)

    # ------------------------------------------------------------------ film lab
    films = []
    for d in daterange(START, END):
        for code, b in br.items():
            if not trading(code, d):
                continue
            lam = 0.85 * {"DUB": 1.25, "BLK": 0.35, "CRK": 0.8, "GWY": 0.4, "LMK": 0.3, "KKY": 0.18, "DDK": 0.22}[code] * \
                [0.8, 0.75, 0.85, 0.95, 1.05, 1.15, 1.3, 1.35, 1.1, 0.95, 0.85, 0.9][d.month - 1] * {2023: 1, 2024: 1.08, 2025: 1.15}[d.year]
            for _ in range(poisson(rng, lam)):
                fmt = rng.choices(["35mm", "120", "Disposable"], weights=[72, 16, 12])[0]
                proc = "C-41" if fmt == "Disposable" else rng.choices(["C-41", "B&W", "E-6"], weights=[68, 27, 5])[0]
                rolls = 1 if fmt == "Disposable" and rng.random() < 0.7 else rng.choices([1, 2, 3, 4, 5, 6], weights=[45, 25, 12, 8, 6, 4])[0]
                svc = rng.choices(["develop_only", "develop_scan", "develop_scan_print"], weights=[16, 68, 16])[0]
                base = {"develop_only": 1000, "develop_scan": 1700, "develop_scan_print": 2500}[svc]
                if d >= LAB_RISE:
                    base += 100
                if fmt == "120":
                    base += 200
                if fmt == "Disposable":
                    base += 200
                if proc == "E-6":
                    base += 600
                price = base * rolls
                t = open_time(code, d)
                cust = pick_customer(code, d, p_new=0.18)
                lab = LAB_FOR[code]
                ready = d + TD(days=rng.randint(2, 5) + (2 if code != lab else 0) + (4 if proc == "E-6" else 0))
                while ready.weekday() == 6 or ready in HOL:
                    ready += TD(days=1)
                f = {"code": code, "lab": lab, "cust": cust, "t": t, "fmt": fmt, "proc": proc, "rolls": rolls, "svc": svc,
                     "price": price, "ready": ready, "coll": None}
                if ready > END:
                    f["status"], f["ready"] = "in_lab", None
                else:
                    if rng.random() < 0.93:
                        coll = ready + TD(days=int(rng.expovariate(1 / 7)))
                        while coll <= END and not trading(code, coll):
                            coll += TD(days=1)
                        if coll <= END:
                            f["coll"] = coll
                    f["status"] = "collected" if f["coll"] else "ready"
                films.append(f)

    # ------------------------------------------------------------------ workshops
    shops = []
    wk_month = {"DUB": 2, "CRK": 1, "GWY": 1, "BLK": 0.5, "LMK": 0.5, "KKY": 0.4, "DDK": 0.5}
    for y in (2023, 2024, 2025, 2026):
        for m in range(1, 13):
            if y == 2026 and m > 1:
                break
            for code, per in wk_month.items():
                k = int(per) + (1 if rng.random() < per - int(per) else 0)
                for _ in range(k):
                    dd = None
                    for _try in range(20):
                        cand = D(y, m, rng.randint(1, 28))
                        if cand.weekday() in (1, 2, 3, 5) and trading(code, cand):
                            dd = cand
                            break
                    if dd is None:
                        continue
                    ws = rng.choice(WORKSHOPS)
                    if ws[3] == "lab" and not br[code]["lab"]:
                        ws = WORKSHOPS[rng.randint(0, 5)]
                    roles = {"Film Lab Technician": 1} if ws[3] == "lab" else {"Branch Manager": 1, "Assistant Manager": 1, "Sales Advisor": 1}
                    inst_pool = staff_on(code, min(dd, END), roles)
                    if not inst_pool:
                        continue
                    title = ws[0] + (f" – {br[code]['town']}" if ws[0] == "Street Photography Walk" else "")
                    shops.append({"code": code, "d": dd, "title": title, "price": ws[1], "cap": ws[2],
                                  "inst": rng.choice(inst_pool), "start": "10:00:00" if dd.weekday() == 5 else "18:30:00"})
    shops.sort(key=lambda w: (w["d"], w["code"]))
    bookings = []
    for w in shops:
        if w["d"] > END:
            w["status"] = "scheduled"
        else:
            w["status"] = "held"
        fill = rng.uniform(0.45, 1.0)
        if w["status"] == "held" and rng.random() < 0.05:
            w["status"], fill = "cancelled", 0.0
        n = int(round(w["cap"] * fill))
        if w["status"] == "scheduled":
            n = int(round(n * 0.6))
        got = set()
        for _ in range(n):
            bd = w["d"] - TD(days=rng.randint(1, 40))
            if bd > END:
                bd = END - TD(days=rng.randint(0, 10))
            c = pick_customer(w["code"], bd, p_new=0.35)
            if c["id"] in got:
                continue
            got.add(c["id"])
            bt = DT.combine(bd, dt.time(rng.randint(8, 22), rng.randint(0, 59), rng.randint(0, 59)))
            paid = w["price"] if not c["trade"] else w["price"] - half_up(w["price"], 10)
            att = None if w["status"] == "scheduled" else (1 if rng.random() < 0.9 else 0)
            bookings.append({"w": w, "c": c, "t": bt, "paid": paid, "att": att})

    # ------------------------------------------------------------------ write
    con.executemany('INSERT INTO "customer" VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
                    [(c["id"], c["fn"], c["ln"], c["email"], c["phone"], c["town"], c["county"], c["eircode"],
                      br[c["code"]]["id"], c["joined"].isoformat(), 1 if c["trade"] else 0, c["optin"]) for c in customers])
    used.sort(key=lambda u: u["id"])
    con.executemany('INSERT INTO "used_item" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
                    [(u["id"], u["stock_no"], u["model"][0], brand_id[u["model"][1]], cat_id[u["model"][2]], u["serial"],
                      u["grade"], br[u["code"]]["id"], u["acq"].isoformat(), u["via"], u["cust"]["id"] if u["cust"] else None,
                      dec(u["paid"]), dec(u["ask"]), u["status"]) for u in used])
    srow, lrow = [], []
    lid = 0
    for i, s in enumerate(sales, 1):
        s["id"] = i
        receipt_seq[(s["code"], s["d"].year)] = receipt_seq.get((s["code"], s["d"].year), 0) + 1
        sub = sum(l["unit"] * l["q"] for l in s["lines"])
        disc = sum(l["disc"] for l in s["lines"])
        tot = sum(l["lt"] for l in s["lines"])
        vat = sum(l["vat"] for l in s["lines"])
        srow.append((i, f"{s['code']}-{s['d'].year}-{receipt_seq[(s['code'], s['d'].year)]:05d}", br[s["code"]]["id"],
                     s["emp"]["id"], s["cust"]["id"] if s["cust"] else None, dts(s["t"], rng), s["channel"], s["status"],
                     s["pm"], dec(sub), dec(disc), dec(tot), dec(vat)))
        for n, l in enumerate(s["lines"], 1):
            lid += 1
            lrow.append((lid, i, n, l["p"]["id"] if l["p"] else None, l["u"]["id"] if l["u"] else None, l["q"], dec(l["unit"]),
                         dec(l["disc"]), dec(l["lt"]), dec(l["vat"])))
    con.executemany('INSERT INTO "sale" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', srow)
    con.executemany('INSERT INTO "sale_line" VALUES (?,?,?,?,?,?,?,?,?,?)', lrow)
    returns.sort(key=lambda r: (r["d"], r["s"]["id"]))
    con.executemany('INSERT INTO "sale_return" VALUES (?,?,?,?,?,?,?)',
                    [(i, r["s"]["id"], r["d"].isoformat(), r["reason"], dec(r["amt"]), r["method"], r["by"]["id"])
                     for i, r in enumerate(returns, 1)])
    repairs.sort(key=lambda r: (r["d"], r["code"]))
    rrow = []
    seqs = {}
    for i, r in enumerate(repairs, 1):
        seqs[r["d"].year] = seqs.get(r["d"].year, 0) + 1
        rrow.append((i, f"R{r['d'].year % 100:02d}-{seqs[r['d'].year]:04d}", br[r["code"]]["id"], r["cust"]["id"],
                     r["tech"]["id"] if r["tech"] else None, brand_id[r["brand"]] if r["brand"] else None, r["item"], r["svc"],
                     r["warranty"], r["d"].isoformat(), dec(r["quote"]) if r["quote"] is not None else None,
                     dec(r["final"]) if r["final"] is not None else None, r["done"].isoformat() if r["done"] else None,
                     r["coll"].isoformat() if r["coll"] else None, r["status"]))
    con.executemany('INSERT INTO "repair_job" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', rrow)
    films.sort(key=lambda f: f["t"])
    frow = []
    seqs = {}
    for i, f in enumerate(films, 1):
        seqs[f["t"].year] = seqs.get(f["t"].year, 0) + 1
        frow.append((i, f"F{f['t'].year % 100:02d}-{seqs[f['t'].year]:05d}", br[f["code"]]["id"], br[f["lab"]]["id"],
                     f["cust"]["id"], dts(f["t"], rng), f["fmt"], f["proc"], f["rolls"], f["svc"], dec(f["price"]),
                     f["ready"].isoformat() if f["ready"] else None, f["coll"].isoformat() if f["coll"] else None, f["status"]))
    con.executemany('INSERT INTO "film_order" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)', frow)
    for i, w in enumerate(shops, 1):
        w["id"] = i
    con.executemany('INSERT INTO "workshop" VALUES (?,?,?,?,?,?,?,?,?)',
                    [(w["id"], w["title"], br[w["code"]]["id"], w["inst"]["id"], w["d"].isoformat(), w["start"], w["cap"],
                      dec(w["price"]), w["status"]) for w in shops])
    bookings.sort(key=lambda b: (b["t"], b["w"]["id"]))
    con.executemany('INSERT INTO "workshop_booking" VALUES (?,?,?,?,?,?)',
                    [(i, b["w"]["id"], b["c"]["id"], dts(b["t"], rng), dec(b["paid"]), b["att"]) for i, b in enumerate(bookings, 1)])
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad[:5]
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
