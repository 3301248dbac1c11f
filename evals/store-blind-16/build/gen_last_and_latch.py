"""Last & Latch: a chain of shoe repair, key cutting and engraving shops around Bristol, Bath and North Somerset.
Shops: Broadmead (Bristol, in The Galleries), Gloucester Road (Bristol), Bath, Weston-super-Mare, Clevedon (closed after
Saturday 30 March 2024) and Keynsham (opened Tuesday 4 June 2024).  Walk-in key cutting, car keys and passport photos
are done while the customer waits; shoe repairs, leather and bag repairs, most engraving and registered security keys
are left with the shop on a repair ticket and collected later.  Customers pay when they hand the work in.

Schema style: the database of a small in-house RUBY ON RAILS app (SQLite adapter DDL, plural snake_case tables,
singular *_id foreign keys, id INTEGER autoincrement keys, created_at / updated_at on every model table).  Ordinary
Rails quirks:
  * money in INTEGER *_cents columns (money-rails style; the shop trades in GBP, so "cents" are pence), a
    total_currency column on orders;
  * timestamps as TEXT 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC (the app's config.time_zone is London but the database is
    UTC), dates as TEXT 'YYYY-MM-DD';
  * status columns as INTEGER Rails enums (orders.status 0 completed / 1 voided / 2 refunded;
    repair_jobs.status 0 received / 1 in_progress / 2 ready / 3 collected / 4 disposed / 5 cancelled;
    employees.role 0 staff / 1 manager / 2 admin), while payment_method is a string-backed enum
    ('cash', 'card', 'account', 'voucher');
  * booleans as 0/1;
  * a POLYMORPHIC association: order_items.itemable_type ('Service' / 'Product') + itemable_id (no FK can be declared);
  * a counter cache (orders.order_items_count);
  * a has_and_belongs_to_many join table without an id (products_suppliers);
  * a self-reference (employees.manager_id) and a second FK to employees with a role name
    (repair_jobs.assigned_to_id);
  * the framework's own tables (schema_migrations, ar_internal_metadata).
Customer records that existed before the app went live were imported in one batch on 30 December 2022.

Standard library only; fixed seed; deterministic output."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import WEST_FIRST, WEST_LAST

SEED = 5180233
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "last_and_latch.sqlite")
D, DT, TD = dt.date, dt.datetime, dt.timedelta
START, END = D(2023, 1, 2), D(2025, 12, 31)
GO_LIVE = D(2023, 1, 2)

SCHEMA = """
CREATE TABLE "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY);
CREATE TABLE "ar_internal_metadata" ("key" varchar NOT NULL PRIMARY KEY, "value" varchar, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE TABLE "shops" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "code" varchar NOT NULL, "street" varchar, "town" varchar NOT NULL, "postcode" varchar, "phone" varchar, "opened_on" date NOT NULL, "closed_on" date, "sunday_trading" boolean DEFAULT 0 NOT NULL, "active" boolean DEFAULT 1 NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE UNIQUE INDEX "index_shops_on_code" ON "shops" ("code");
CREATE TABLE "employees" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shop_id" integer, "manager_id" integer, "first_name" varchar NOT NULL, "last_name" varchar NOT NULL, "email" varchar, "job_title" varchar NOT NULL, "role" integer DEFAULT 0 NOT NULL, "hourly_rate_cents" integer, "started_on" date NOT NULL, "left_on" date, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_4f6a7b1c2d" FOREIGN KEY ("shop_id") REFERENCES "shops" ("id"), CONSTRAINT "fk_rails_9e0d1c2b3a" FOREIGN KEY ("manager_id") REFERENCES "employees" ("id"));
CREATE INDEX "index_employees_on_shop_id" ON "employees" ("shop_id");
CREATE INDEX "index_employees_on_manager_id" ON "employees" ("manager_id");
CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "first_name" varchar NOT NULL, "last_name" varchar NOT NULL, "business_name" varchar, "account_type" integer DEFAULT 0 NOT NULL, "email" varchar, "phone" varchar, "street" varchar, "town" varchar, "county" varchar, "postcode" varchar, "marketing_opt_in" boolean DEFAULT 0 NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE TABLE "service_categories" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "position" integer, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE TABLE "services" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "service_category_id" integer NOT NULL, "name" varchar NOT NULL, "price_cents" integer DEFAULT 0 NOT NULL, "turnaround_days" integer DEFAULT 0 NOT NULL, "while_you_wait" boolean DEFAULT 0 NOT NULL, "active" boolean DEFAULT 1 NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_b7c8d9e0f1" FOREIGN KEY ("service_category_id") REFERENCES "service_categories" ("id"));
CREATE INDEX "index_services_on_service_category_id" ON "services" ("service_category_id");
CREATE TABLE "products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "sku" varchar NOT NULL, "brand" varchar, "price_cents" integer DEFAULT 0 NOT NULL, "cost_cents" integer, "active" boolean DEFAULT 1 NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE UNIQUE INDEX "index_products_on_sku" ON "products" ("sku");
CREATE TABLE "suppliers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "contact_name" varchar, "email" varchar, "phone" varchar, "town" varchar, "country_code" varchar(2) DEFAULT 'GB' NOT NULL, "account_number" varchar, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE TABLE "products_suppliers" ("product_id" integer NOT NULL, "supplier_id" integer NOT NULL, CONSTRAINT "fk_rails_1a2b3c4d5e" FOREIGN KEY ("product_id") REFERENCES "products" ("id"), CONSTRAINT "fk_rails_6f7a8b9c0d" FOREIGN KEY ("supplier_id") REFERENCES "suppliers" ("id"));
CREATE UNIQUE INDEX "index_products_suppliers_on_product_id_and_supplier_id" ON "products_suppliers" ("product_id", "supplier_id");
CREATE TABLE "orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar NOT NULL, "shop_id" integer NOT NULL, "employee_id" integer NOT NULL, "customer_id" integer, "status" integer DEFAULT 0 NOT NULL, "payment_method" varchar, "discount_code" varchar, "subtotal_cents" integer DEFAULT 0 NOT NULL, "discount_cents" integer DEFAULT 0 NOT NULL, "total_cents" integer DEFAULT 0 NOT NULL, "tax_cents" integer DEFAULT 0 NOT NULL, "total_currency" varchar DEFAULT 'GBP' NOT NULL, "order_items_count" integer DEFAULT 0 NOT NULL, "refunded_at" datetime(6), "refund_reason" varchar, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_2c3d4e5f6a" FOREIGN KEY ("shop_id") REFERENCES "shops" ("id"), CONSTRAINT "fk_rails_7b8c9d0e1f" FOREIGN KEY ("employee_id") REFERENCES "employees" ("id"), CONSTRAINT "fk_rails_3e4f5a6b7c" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id"));
CREATE UNIQUE INDEX "index_orders_on_number" ON "orders" ("number");
CREATE INDEX "index_orders_on_shop_id" ON "orders" ("shop_id");
CREATE INDEX "index_orders_on_customer_id" ON "orders" ("customer_id");
CREATE TABLE "order_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "itemable_type" varchar NOT NULL, "itemable_id" integer NOT NULL, "description" varchar, "quantity" integer DEFAULT 1 NOT NULL, "unit_price_cents" integer DEFAULT 0 NOT NULL, "discount_cents" integer DEFAULT 0 NOT NULL, "total_cents" integer DEFAULT 0 NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_8d9e0f1a2b" FOREIGN KEY ("order_id") REFERENCES "orders" ("id"));
CREATE INDEX "index_order_items_on_order_id" ON "order_items" ("order_id");
CREATE INDEX "index_order_items_on_itemable" ON "order_items" ("itemable_type", "itemable_id");
CREATE TABLE "repair_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "shop_id" integer NOT NULL, "ticket_number" varchar NOT NULL, "assigned_to_id" integer, "status" integer DEFAULT 0 NOT NULL, "promised_on" date NOT NULL, "ready_at" datetime(6), "collected_at" datetime(6), "disposed_on" date, "notes" text, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_5a6b7c8d9e" FOREIGN KEY ("order_id") REFERENCES "orders" ("id"), CONSTRAINT "fk_rails_0f1e2d3c4b" FOREIGN KEY ("shop_id") REFERENCES "shops" ("id"), CONSTRAINT "fk_rails_a1b2c3d4e5" FOREIGN KEY ("assigned_to_id") REFERENCES "employees" ("id"));
CREATE UNIQUE INDEX "index_repair_jobs_on_order_id" ON "repair_jobs" ("order_id");
CREATE UNIQUE INDEX "index_repair_jobs_on_ticket_number" ON "repair_jobs" ("ticket_number");
"""

MIGRATIONS = ["20221205101512", "20221205101733", "20221205102201", "20221205102958", "20221206091144", "20221206093020",
              "20221207140512", "20221207141836", "20221208110203", "20221212153349", "20221214094410", "20221219082231",
              "20230117190245", "20230301201812", "20230412183300", "20230612194455", "20230905200133", "20231020174509",
              "20240118191027", "20240226182214", "20240513190350", "20240701185512", "20241111203047", "20250303194118",
              "20250721180930"]

# code, name, street, town, postcode, phone, opened_on, closed_on, sunday trading, set up in the app, orders / trading day
SHOPS = [
    ("BRM", "Broadmead", "Unit 14, The Galleries", "Bristol", "BS1 3XD", "0117 929 4410", D(2012, 5, 1), None, 1, DT(2022, 12, 19, 10, 4, 11), 3.05),
    ("GLR", "Gloucester Road", "187 Gloucester Road", "Bristol", "BS7 8BG", "0117 942 1187", D(2017, 3, 6), None, 0, DT(2022, 12, 19, 10, 9, 40), 2.35),
    ("BTH", "Bath", "9 Westgate Street", "Bath", "BA1 1EQ", "01225 461 903", D(2014, 9, 15), None, 1, DT(2022, 12, 19, 10, 15, 2), 2.55),
    ("WSM", "Weston-super-Mare", "41 High Street", "Weston-super-Mare", "BS23 1HE", "01934 622 518", D(2019, 4, 1), None, 0, DT(2022, 12, 19, 10, 21, 37), 1.95),
    ("CLV", "Clevedon", "12 Hill Road", "Clevedon", "BS21 7NE", "01275 874 330", D(2018, 10, 1), D(2024, 3, 30), 0, DT(2022, 12, 19, 10, 26, 55), 1.45),
    ("KEY", "Keynsham", "6 Temple Street", "Keynsham", "BS31 1EH", "0117 986 2214", D(2024, 6, 4), None, 0, DT(2024, 5, 13, 18, 52, 8), 1.65),
]
EASTER = {D(2023, 4, 9), D(2024, 3, 31), D(2025, 4, 20)}
MONTH_F = [0, 0.85, 0.85, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 1.1, 1.15, 1.15, 1.25]
YEAR_F = {2023: 1.0, 2024: 1.04, 2025: 1.07}
DOW_F = [1.0, 1.0, 1.0, 1.05, 1.1, 1.35, 0.7]       # Monday .. Sunday

# key, first, last, job title, current shop (None = head office), started, left, hourly rate (pence), manager key,
# stints [(shop, from, to)] (None = the current shop from started to left)
STAFF = [
    ("MV", "Martin", "Vowles", "Owner", None, D(2009, 4, 1), None, None, None, []),
    ("SB", "Sharon", "Brimble", "Area Manager", None, D(2015, 2, 2), None, None, "MV", []),
    ("MR", "Marcia", "Reid", "Bookkeeper", None, D(2019, 6, 3), None, 1650, "MV", []),
    ("DC", "Darren", "Coombes", "Shop Manager", "BRM", D(2012, 5, 1), None, None, "SB", None),
    ("PZ", "Piotr", "Zieliński", "Master Cobbler", "BRM", D(2016, 8, 1), None, 1780, "DC", None),
    ("JH", "Josh", "Hooper", "Cobbler", "BRM", D(2020, 3, 2), D(2024, 8, 31), 1390, "DC", None),
    ("AW", "Amina", "Warsame", "Cobbler", "BRM", D(2024, 9, 9), None, 1450, "DC", None),
    ("KT", "Kerry", "Tapp", "Shop Colleague", "BRM", D(2018, 1, 8), None, 1290, "DC", None),
    ("LG", "Liam", "Gulliver", "Shop Colleague", "BRM", D(2021, 9, 6), D(2023, 6, 30), 1042, "DC", None),
    ("AF", "Abdi", "Farah", "Shop Colleague", "BRM", D(2023, 3, 6), D(2023, 10, 27), 1042, "DC", None),
    ("JP", "Jade", "Perrett", "Shop Colleague", "BRM", D(2023, 7, 10), None, 1240, "DC", None),
    ("SH2", "Siân", "Hughes", "Shop Colleague", "BRM", D(2024, 11, 4), None, 1221, "DC", None),
    ("AD", "Alfie", "Dando", "Apprentice", "BRM", D(2025, 2, 3), None, 900, "DC", None),
    ("BL", "Becky", "Luscombe", "Shop Manager", "GLR", D(2017, 3, 6), None, None, "SB", None),
    ("DCA", "Delroy", "Campbell", "Master Cobbler", "GLR", D(2017, 3, 6), None, 1800, "BL", None),
    ("PK", "Paweł", "Kowalski", "Cobbler", "GLR", D(2021, 1, 11), D(2025, 9, 30), 1450, "BL", None),
    ("FA", "Faisal", "Ahmed", "Shop Colleague", "GLR", D(2019, 10, 7), None, 1260, "BL", None),
    ("PV", "Poppy", "Venn", "Shop Colleague", "GLR", D(2022, 6, 13), D(2025, 1, 31), 1144, "BL", None),
    ("LN", "Łukasz", "Nowak", "Shop Colleague", "GLR", D(2025, 2, 10), None, 1221, "BL", None),
    ("CO", "Chidi", "Okoro", "Apprentice", "GLR", D(2023, 9, 4), D(2024, 7, 31), 700, "BL", None),
    ("SH", "Steve", "Harding", "Shop Manager", "BTH", D(2014, 9, 15), D(2024, 9, 13), None, "SB", None),
    ("EC", "Emma", "Crocker", "Shop Manager", "BTH", D(2019, 5, 7), None, None, "SB", None),
    ("WP", "Wayne", "Pople", "Master Cobbler", "BTH", D(2014, 9, 15), None, 1760, "EC", None),
    ("RS", "Rob", "Shepherd", "Cobbler", "BTH", D(2024, 10, 1), None, 1450, "EC", None),
    ("HA", "Hodan", "Abdullahi", "Shop Colleague", "BTH", D(2020, 2, 3), None, 1270, "EC", None),
    ("TS", "Tom", "Sparkes", "Shop Colleague", "BTH", D(2021, 11, 1), D(2024, 2, 29), 1042, "SH", None),
    ("AND", "Anaïs", "Dubois", "Shop Colleague", "BTH", D(2024, 3, 11), None, 1221, "EC", None),
    ("RB", "Ryan", "Bryant", "Apprentice", "BTH", D(2023, 9, 4), D(2025, 6, 30), 800, "EC", None),
    ("GT", "Gary", "Tucker", "Shop Manager", "WSM", D(2019, 4, 1), None, None, "SB", None),
    ("NC", "Nicola", "Chard", "Cobbler", "WSM", D(2019, 4, 1), None, 1480, "GT", None),
    ("CY", "Callum", "Yeo", "Shop Colleague", "WSM", D(2020, 7, 6), None, 1265, "GT", None),
    ("EH", "Ellie", "Hembrow", "Shop Colleague", "WSM", D(2021, 5, 4), D(2023, 11, 30), 1042, "GT", None),
    ("ZG", "Zoë", "Gillard", "Shop Colleague", "WSM", D(2023, 12, 4), None, 1230, "GT", None),
    ("HC", "Harvey", "Cox", "Apprentice", "WSM", D(2024, 4, 8), None, 850, "GT", None),
    ("TF", "Tracey", "Fry", "Shop Manager", "KEY", D(2018, 10, 1), None, None, "SB", [("CLV", D(2018, 10, 1), D(2024, 3, 30)), ("KEY", D(2024, 6, 4), None)]),
    ("KB", "Kieran", "Ball", "Cobbler", "CLV", D(2018, 10, 1), D(2024, 3, 30), 1400, "TF", None),
    ("MP", "Megan", "Pike", "Shop Colleague", "CLV", D(2022, 2, 7), D(2024, 3, 30), 1144, "TF", None),
    ("IF", "Inês", "Ferreira", "Shop Colleague", "KEY", D(2022, 5, 9), None, 1250, "TF", [("CLV", D(2022, 5, 9), D(2024, 3, 30)), ("KEY", D(2024, 6, 4), None)]),
    ("KM", "Kwabena", "Mensah", "Cobbler", "KEY", D(2024, 5, 20), None, 1450, "TF", [("KEY", D(2024, 6, 4), None)]),
    ("MS", "Molly", "Stone", "Shop Colleague", "KEY", D(2024, 5, 28), None, 1221, "TF", [("KEY", D(2024, 6, 4), None)]),
]
ROLE = {"Owner": 2, "Area Manager": 2, "Bookkeeper": 2, "Shop Manager": 1}
# Emma Crocker was Bath's cobbler until she took over the shop on 14 September 2024
BENCH_TITLES = {"Master Cobbler", "Cobbler", "Shop Manager", "Apprentice"}
ENGRAVING_BENCH = {"BRM", "BTH"}      # shops with an engraving machine on the counter: any colleague engraves

# category, [(service, price pence (current), turnaround days, popularity, created (None = at go-live), retired (None = live))]
SERVICES = [
    ("Shoe Repairs", [("Ladies Heels", 1400, 1, 3.0, None, None), ("Mens Heels", 1900, 1, 2.6, None, None),
                      ("Heel Tips", 900, 0, 1.6, None, None), ("Half Soles - Rubber", 3400, 3, 1.6, None, None),
                      ("Half Soles - Leather", 3900, 3, 1.0, None, None), ("Full Soles & Heels", 8900, 10, 0.45, None, None),
                      ("Stick-on Soles", 2200, 2, 0.7, None, D(2024, 6, 30)), ("Boot Zip Replacement", 3600, 5, 0.8, None, None),
                      ("Shoe Stretching", 1200, 2, 0.6, None, None), ("Stitching Repair", 1500, 2, 0.9, None, None),
                      ("Trainer Clean & Restore", 2500, 5, 0.9, D(2024, 3, 1), None)]),
    ("Key Cutting", [("Standard Cylinder Key", 850, 0, 6.0, None, None), ("Mortice Key", 1050, 0, 1.6, None, None),
                     ("Padlock Key", 750, 0, 0.7, None, None), ("Window Lock Key", 500, 0, 0.5, None, None),
                     ("Fob Copy", 2000, 0, 0.9, None, None), ("Registered Security Key", 2400, 7, 0.45, None, None)]),
    ("Car Keys", [("Car Key Cut & Program", 12900, 0, 1.0, None, None), ("Car Remote Battery", 700, 0, 1.6, None, None),
                  ("Car Key Shell Replacement", 3500, 0, 0.7, None, None)]),
    ("Engraving", [("Tankard Engraving", 2500, 3, 0.8, None, None), ("Pet Tag Engraving", 1200, 0, 1.5, None, None),
                   ("Trophy Plaque Engraving", 1800, 2, 1.0, None, None), ("Watch Back Engraving", 2200, 3, 0.5, None, None)]),
    ("Leather & Bag Repairs", [("Bag Strap Repair", 2400, 4, 0.9, None, None), ("Bag Zip Replacement", 3800, 5, 0.8, None, None),
                              ("Belt Shortening", 1000, 0, 1.2, None, None), ("Jacket Zip Replacement", 4500, 7, 0.5, None, None)]),
    ("Photo Services", [("Passport Photos", 995, 0, 3.0, None, None), ("Visa Photos", 1295, 0, 0.6, None, None)]),
]
KEY_RISE = {"Standard Cylinder Key", "Mortice Key", "Padlock Key"}     # +£1 on 1 April 2025
PRICE_RISE = D(2025, 4, 1)

# name, sku, brand, price, cost, popularity, created (None = go-live), discontinued (None = live), suppliers
PRODUCTS = [
    ("Shoe Cream Black", "SC-BLK", "Brillé", 650, 260, 2.4, None, None, ["BRI", "AVL"]),
    ("Shoe Cream Brown", "SC-BRN", "Brillé", 650, 260, 2.0, None, None, ["BRI", "AVL"]),
    ("Shoe Cream Neutral", "SC-NEU", "Brillé", 650, 260, 1.3, None, None, ["BRI", "AVL"]),
    ("Shoe Cream Burgundy", "SC-BUR", "Brillé", 650, 260, 0.4, None, D(2024, 10, 31), ["BRI"]),
    ("Wax Polish Black", "WP-BLK", "Kingsdown", 450, 150, 2.2, None, None, ["KGW"]),
    ("Wax Polish Brown", "WP-BRN", "Kingsdown", 450, 150, 1.7, None, None, ["KGW"]),
    ("Wax Polish Tan", "WP-TAN", "Kingsdown", 450, 150, 0.6, None, None, ["KGW"]),
    ("Suede Brush", "SB-01", "Kingsdown", 550, 190, 1.0, None, None, ["KGW", "WCT"]),
    ("Suede & Nubuck Protector", "SP-250", "Mendip Leather Co.", 899, 340, 1.4, None, None, ["AVL", "MLC"]),
    ("Waterproofing Spray", "WS-300", "Mendip Leather Co.", 999, 380, 1.8, None, None, ["AVL", "MLC"]),
    ("Leather Conditioner", "LC-100", "Mendip Leather Co.", 1150, 430, 0.8, None, None, ["MLC"]),
    ("Dubbin", "DB-200", "Kingsdown", 500, 170, 0.7, None, None, ["KGW"]),
    ("Trainer Cleaning Kit", "TK-01", "Kingsdown", 1499, 560, 1.1, D(2024, 3, 1), None, ["KGW", "WCT"]),
    ("Round Laces Black 75cm", "LR-B75", "Trittico", 350, 90, 1.5, None, None, ["TRI", "WCT"]),
    ("Round Laces Brown 75cm", "LR-N75", "Trittico", 350, 90, 1.0, None, None, ["TRI", "WCT"]),
    ("Flat Laces Black 90cm", "LF-B90", "Trittico", 350, 90, 1.0, None, None, ["TRI", "WCT"]),
    ("Waxed Laces Brown 60cm", "LW-N60", "Trittico", 400, 110, 0.5, None, None, ["TRI"]),
    ("Boot Laces 180cm", "LB-180", "Trittico", 450, 120, 0.8, None, None, ["TRI", "WCT"]),
    ("Trainer Laces White", "LT-WHT", "Trittico", 400, 100, 0.6, D(2023, 5, 1), None, ["TRI"]),
    ("Gel Insoles", "IN-GEL", "Fußwohl", 1299, 480, 1.1, None, None, ["FUS"]),
    ("Leather Insoles", "IN-LEA", "Fußwohl", 999, 350, 0.8, None, None, ["FUS", "AVL"]),
    ("Memory Foam Insoles", "IN-MEM", "Fußwohl", 899, 300, 1.0, None, None, ["FUS"]),
    ("Heel Grips", "HG-01", "Fußwohl", 499, 150, 0.9, None, None, ["FUS", "WCT"]),
    ("Cedar Shoe Trees", "ST-CED", "Hartwell", 2499, 1050, 0.4, None, None, ["HWS"]),
    ("Long Shoe Horn", "SH-LNG", "Hartwell", 1299, 480, 0.3, None, D(2025, 3, 31), ["HWS"]),
    ("Shoe Horn", "SH-STD", "Hartwell", 499, 160, 0.5, None, None, ["HWS", "WCT"]),
    ("Brass Key Ring", "KR-BRS", "Brunel Lock Co.", 399, 110, 1.0, None, None, ["BLC"]),
    ("Leather Key Fob", "KR-LEA", "Mendip Leather Co.", 799, 280, 0.5, None, None, ["MLC"]),
    ("Coloured Key Caps (4)", "KC-4", "Brunel Lock Co.", 299, 70, 1.2, None, None, ["BLC", "WCT"]),
    ("Key Tags (10)", "KT-10", "Brunel Lock Co.", 250, 60, 0.7, None, None, ["BLC"]),
    ("Bluetooth Key Finder", "KF-BT", "Brunel Lock Co.", 1999, 900, 0.35, D(2023, 10, 2), None, ["BLC"]),
    ("Brass Padlock 40mm", "PL-40", "Brunel Lock Co.", 1299, 520, 0.6, None, None, ["BLC", "WCT"]),
    ("Combination Padlock", "PL-CMB", "Brunel Lock Co.", 999, 400, 0.5, None, None, ["BLC"]),
    ("Key Safe", "KS-01", "Brunel Lock Co.", 3999, 1700, 0.25, None, None, ["BLC", "WCT"]),
    ("Watch Battery", "WB-377", "Volta", 599, 80, 0.8, None, D(2023, 12, 31), ["WCT"]),
    ("Leather Dye Kit", "LD-KIT", "Mendip Leather Co.", 1850, 800, 0.0, D(2025, 9, 1), None, ["MLC"]),
    ("Spare Heel Caps", "HC-01", "Kingsdown", 350, 80, 0.0, None, None, ["KGW"]),
]
# code, name, contact, town, country, account
SUPPLIERS = [
    ("KGW", "Kingsdown Wholesale Ltd", "Nigel Hancock", "Bristol", "GB", "KW-2201"),
    ("AVL", "Avonside Leather Supplies", "Carol Gough", "Bath", "GB", "AVS-0488"),
    ("MLC", "Mendip Leather Co.", "Ruth Day", "Wells", "GB", "MLC-117"),
    ("WCT", "Westcountry Trade Supplies", "Pete Lane", "Exeter", "GB", "WTS-90312"),
    ("BLC", "Brunel Lock Co.", "Winston Francis", "Bristol", "GB", "BLC-5540"),
    ("HWS", "Hartwell & Sons", "Alison Green", "Northampton", "GB", "HW/3321"),
    ("TRI", "Trittico Lacci S.r.l.", "Giulia Ferraro", "Vigevano", "IT", "TL-7781"),
    ("FUS", "Fußwohl GmbH", "Jonas Brandt", "Pirmasens", "DE", "FW-20455"),
    ("BRI", "Maison Brillé SARL", "Anaïs Moreau", "Romans-sur-Isère", "FR", "MB-0093"),
    ("SLC", "Silca Keys UK", "Mike Walker", "Coventry", "GB", None),
]

# order kinds: weights by month (index 1..12)
KIND_BASE = {"key": 0.40, "shoe": 0.24, "product": 0.09, "engrave": 0.065, "car": 0.045, "leather": 0.06, "photo": 0.10}
KIND_MONTH = {"shoe": [0, .9, .9, 1.0, .9, .85, .8, .8, .8, 1.1, 1.35, 1.3, 1.0],
              "key": [0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.1, 1.35, 1.1, 1.0, 1.15],
              "photo": [0, 1.45, 1.45, 1.35, 1.2, 1.0, .9, .75, .75, .8, .85, .8, .7],
              "engrave": [0, .7, .8, .8, .8, 1.4, 1.5, .7, .7, .8, .9, 1.3, 2.2],
              "product": [0, .9, .9, .9, .9, .9, .9, .9, .9, 1.0, 1.2, 1.3, 1.5],
              "car": [0] + [1.0] * 12, "leather": [0] + [1.0] * 12}

# customer towns per shop: (town, county, postcode prefix, weight)
TOWNS = {
    "BRM": [("Bristol", "City of Bristol", "BS1|BS2|BS3|BS6|BS8", 55), ("Easton", "City of Bristol", "BS5", 7), ("Kingswood", "South Gloucestershire", "BS15", 8),
            ("Filton", "South Gloucestershire", "BS34", 6), ("Bradley Stoke", "South Gloucestershire", "BS32", 5), ("Portishead", "North Somerset", "BS20", 5),
            ("Long Ashton", "North Somerset", "BS41", 4), ("Keynsham", "Bath and North East Somerset", "BS31", 3), ("Bath", "Bath and North East Somerset", "BA1|BA2", 2)],
    "GLR": [("Bristol", "City of Bristol", "BS6|BS7|BS9", 70), ("Easton", "City of Bristol", "BS5", 9), ("Filton", "South Gloucestershire", "BS34", 9),
            ("Bradley Stoke", "South Gloucestershire", "BS32", 5), ("Kingswood", "South Gloucestershire", "BS15", 4)],
    "BTH": [("Bath", "Bath and North East Somerset", "BA1|BA2", 60), ("Radstock", "Bath and North East Somerset", "BA3", 7), ("Midsomer Norton", "Bath and North East Somerset", "BA3", 7),
            ("Keynsham", "Bath and North East Somerset", "BS31", 4), ("Bradford-on-Avon", "Wiltshire", "BA15", 8), ("Corsham", "Wiltshire", "SN13", 5),
            ("Frome", "Somerset", "BA11", 5), ("Easton", "Somerset", "BA5", 3)],
    "WSM": [("Weston-super-Mare", "North Somerset", "BS22|BS23|BS24", 62), ("Worle", "North Somerset", "BS22", 10), ("Banwell", "North Somerset", "BS29", 5),
            ("Burnham-on-Sea", "Somerset", "TA8", 8), ("Cheddar", "Somerset", "BS27", 5), ("Easton", "Somerset", "BA5", 4), ("Congresbury", "North Somerset", "BS49", 3)],
    "CLV": [("Clevedon", "North Somerset", "BS21", 70), ("Nailsea", "North Somerset", "BS48", 12), ("Portishead", "North Somerset", "BS20", 8),
            ("Yatton", "North Somerset", "BS49", 6), ("Congresbury", "North Somerset", "BS49", 4)],
    "KEY": [("Keynsham", "Bath and North East Somerset", "BS31", 60), ("Saltford", "Bath and North East Somerset", "BS31", 12), ("Bristol", "City of Bristol", "BS4|BS14", 12),
            ("Bath", "Bath and North East Somerset", "BA1|BA2", 6), ("Chew Magna", "Bath and North East Somerset", "BS40", 5), ("Radstock", "Bath and North East Somerset", "BA3", 5)],
}
STREETS = ["High Street", "Church Road", "Station Road", "Victoria Street", "Park Road", "Mill Lane", "Queens Road", "The Avenue",
           "Manor Road", "Orchard Close", "Chapel Lane", "Belmont Road", "Ashley Road", "St Marks Road", "Coronation Road", "Redland Grove"]
# trade accounts: business, contact first, last, shop, town, county, prefix, created
TRADE = [
    ("Hollis & Dean Lettings", "Jordan", "Hollis", "BRM", "Bristol", "City of Bristol", "BS8", D(2022, 12, 30)),
    ("Redland Property Management", "Sue", "Thompson", "GLR", "Bristol", "City of Bristol", "BS6", D(2022, 12, 30)),
    ("Avon Student Lets", "Arjun", "Patel", "GLR", "Bristol", "City of Bristol", "BS7", D(2022, 12, 30)),
    ("Harbourside Lets", "Claire", "Edwards", "BRM", "Bristol", "City of Bristol", "BS1", D(2023, 4, 17)),
    ("Circus Place Hotel", "Wendy", "Shepherd", "BTH", "Bath", "Bath and North East Somerset", "BA1", D(2022, 12, 30)),
    ("Kingsmead Student Living", "Ayaan", "Hassan", "BTH", "Bath", "Bath and North East Somerset", "BA1", D(2023, 8, 21)),
    ("Weston Wanderers FC", "Lee", "Hancock", "WSM", "Weston-super-Mare", "North Somerset", "BS23", D(2022, 12, 30)),
    ("Seafront Holiday Flats", "Linda", "Robinson", "WSM", "Weston-super-Mare", "North Somerset", "BS23", D(2023, 2, 6)),
    ("Clevedon Bowls Club", "Nigel", "White", "CLV", "Clevedon", "North Somerset", "BS21", D(2022, 12, 30)),
    ("Temple Street Estates", "Mike", "Walker", "KEY", "Keynsham", "Bath and North East Somerset", "BS31", D(2024, 6, 10)),
]
REFUND_REASONS = {"key": "Key did not work", "car": "Key did not work", "product": ["Faulty product", "Changed mind"],
                  "unhappy": "Customer unhappy with repair", "cant": "Job could not be done"}
NOTES = ["Customer will phone", "Rush - needed for wedding", "Check stitching on left shoe", "Fragile - vintage shoes",
         "Customer supplied own laces", "Second pair to follow", "Text when ready", "Paid extra for next day"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ß", "ss")


def bst(d):
    def last_sunday(y, m):
        x = D(y, m, 31)
        return x - TD(days=(x.weekday() + 1) % 7)
    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


def ts(local):
    """Rails stores UTC: subtract an hour in British Summer Time."""
    u = local - TD(hours=1) if bst(local.date()) else local
    return u.strftime("%Y-%m-%d %H:%M:%S.%f")


def poisson(rng, lam):
    import math
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def half_up(num, den):
    return (2 * num + den) // (2 * den)


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def main():
    rng = random.Random(SEED)
    shops = {}
    for i, s in enumerate(SHOPS, 1):
        shops[s[0]] = {"id": i, "code": s[0], "name": s[1], "street": s[2], "town": s[3], "postcode": s[4], "phone": s[5],
                       "opened": s[6], "closed": s[7], "sunday": s[8], "created": s[9], "lam": s[10]}

    def open_day(sk, d):
        s = shops[sk]
        if d < max(s["opened"], GO_LIVE) or (s["closed"] and d > s["closed"]):
            return False
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)) or d in EASTER:
            return False
        if d.weekday() == 6 and not s["sunday"]:
            return False
        return True

    def hours(d):
        return (10 * 60 + 30, 16 * 60 + 30) if d.weekday() == 6 else (8 * 60 + 30, 17 * 60 + 30)

    def at(d, lo=None, hi=None):
        a, b = hours(d)
        a, b = max(a, lo or a), min(b, hi or b)
        m = rng.randint(a, max(a, b - 1))
        return DT(d.year, d.month, d.day, m // 60, m % 60, rng.randint(0, 59), rng.randint(0, 999999))

    # ------------------------------------------------------------ staff
    staff = []
    for idx, (k, first, last, title, shop, start, left, rate, mgr, stints) in enumerate(STAFF, 1):
        if stints is None:
            stints = [(shop, start, left)]
        created = DT.combine(min(start, D(2022, 12, 19)) if start < GO_LIVE else start - TD(days=rng.randint(3, 10)), dt.time(9, 0)) \
            + TD(minutes=rng.randint(0, 500), seconds=rng.randint(0, 59), microseconds=rng.randint(0, 999999))
        if start < GO_LIVE:
            created = DT(2022, 12, 19, 11, rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999))
        upd = DT.combine(left, dt.time(17, 40)) + TD(seconds=rng.randint(0, 900), microseconds=rng.randint(0, 999999)) if left else created
        if k == "EC":
            upd = DT(2024, 9, 14, 9, 12, 40, 118204)
        if k in ("TF", "IF"):
            upd = DT(2024, 5, 24, 16, 3, 9, 554120)
        staff.append({"key": k, "id": idx, "first": first, "last": last, "title": title, "shop": shop, "start": start, "left": left,
                      "rate": rate, "mgr": mgr, "stints": stints, "created": created, "updated": upd})
    skey = {s["key"]: s for s in staff}

    def at_shop(sk, d):
        out = []
        for s in staff:
            for (sh, a, b) in s["stints"]:
                if sh == sk and a <= d and (b is None or d <= b) and s["start"] <= d and (s["left"] is None or d <= s["left"]):
                    out.append(s)
        return out

    def bench(sk, d, kind):
        out = []
        for s in at_shop(sk, d):
            title = s["title"]
            if s["key"] == "EC" and d < D(2024, 9, 14):
                title = "Cobbler"
            if (kind == "engrave" and sk in ENGRAVING_BENCH) or title in BENCH_TITLES:
                if title == "Apprentice" and kind == "big":
                    continue
                out.append(s)
        return out

    # ------------------------------------------------------------ catalogue
    cats, services = [], []
    for ci, (cname, svcs) in enumerate(SERVICES, 1):
        cats.append({"id": ci, "name": cname})
        for (n, price, ta, pop, created, retired) in svcs:
            services.append({"id": len(services) + 1, "cat": cname, "name": n, "price": price, "ta": ta, "pop": pop,
                             "created": created, "retired": retired})
    svc_by_cat = {}
    for s in services:
        svc_by_cat.setdefault(s["cat"], []).append(s)
    products = []
    for pi, (n, sku, brand, price, cost, pop, created, disc, sups) in enumerate(PRODUCTS, 1):
        products.append({"id": pi, "name": n, "sku": sku, "brand": brand, "price": price, "cost": cost, "pop": pop,
                         "created": created, "disc": disc, "sups": sups})
    sup_ids = {s[0]: i for i, s in enumerate(SUPPLIERS, 1)}

    def svc_ok(s, d):
        return (s["created"] is None or d >= s["created"]) and (s["retired"] is None or d <= s["retired"])

    def prod_ok(p, d):
        return p["pop"] > 0 and (p["created"] is None or d > p["created"]) and (p["disc"] is None or d <= p["disc"])

    def svc_price(s, d):
        return s["price"] - 100 if (s["name"] in KEY_RISE and d < PRICE_RISE) else s["price"]

    # ------------------------------------------------------------ customers
    customers = []
    used_names = {(s["first"], s["last"]) for s in staff}

    def new_name():
        for _ in range(20000):
            f, l = rng.choice(WEST_FIRST), rng.choice(WEST_LAST)
            if (f, l) not in used_names:
                used_names.add((f, l))
                return f, l
        raise RuntimeError("name pool exhausted")

    def postcode(prefixes):
        p = rng.choice(prefixes.split("|"))
        return f"{p} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def make_customer(sk, when, trade=None):
        if trade:
            biz, f, l, _, town, county, pfx, _ = trade
            used_names.add((f, l))
        else:
            f, l = new_name()
            tw = TOWNS[sk]
            town, county, pfx, _ = wchoice(rng, tw, [t[3] for t in tw])
            biz = None
        has_addr = trade is not None or rng.random() < 0.52
        c = {"id": None, "first": f, "last": l, "biz": biz, "type": 1 if trade else 0,
             "email": (f"{fold(f).lower()}.{fold(l).lower().replace(' ', '').replace(chr(39), '')}{rng.choice(['', '', str(rng.randint(1, 99))])}@"
                       f"{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com'])}")
             if (trade or rng.random() < 0.6) else None,
             "phone": f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}" if (trade or rng.random() < 0.93) else None,
             "street": f"{rng.randint(1, 180)} {rng.choice(STREETS)}" if has_addr else None,
             "town": town if has_addr else None, "county": county if has_addr else None,
             "postcode": postcode(pfx) if has_addr else None, "opt": 1 if rng.random() < 0.34 else 0,
             "created": when, "updated": when, "shop": sk, "orders": 0}
        if trade:
            c["email"] = f"accounts@{fold(biz).lower().replace('&', 'and').replace(' ', '').replace('.', '')}.co.uk"
            c["opt"] = 0
        customers.append(c)
        return c

    # legacy import (the paper ticket book's regulars), 30 December 2022
    pool = {sk: [] for sk in shops}
    for sk, n in (("BRM", 120), ("GLR", 80), ("BTH", 95), ("WSM", 60), ("CLV", 45)):
        for _ in range(n):
            c = make_customer(sk, DT(2022, 12, 30, 21, 4, rng.randint(0, 59), rng.randint(0, 999999)))
            pool[sk].append(c)
    trade_by_shop = {}
    for t in TRADE:
        when = DT(2022, 12, 30, 21, 3, rng.randint(0, 59), rng.randint(0, 999999)) if t[7] <= GO_LIVE else \
            DT.combine(t[7], dt.time(9, 5)) + TD(minutes=rng.randint(0, 400), microseconds=rng.randint(0, 999999))
        c = make_customer(t[3], when, trade=t)
        trade_by_shop.setdefault(t[3], []).append(c)

    # ------------------------------------------------------------ orders
    orders, jobs = [], []
    seq = {sk: 0 for sk in shops}
    tseq = {}
    d = START
    while d <= END:
        for sk in shops:
            if not open_day(sk, d):
                continue
            s = shops[sk]
            lam = s["lam"] * MONTH_F[d.month] * YEAR_F[d.year] * DOW_F[d.weekday()]
            if sk == "CLV" and d >= D(2024, 3, 1):
                lam *= 1.3          # closing-down month: customers collecting and last keys
            if sk == "KEY" and d < D(2024, 7, 1):
                lam *= 0.6
            n = poisson(rng, lam)
            people = at_shop(sk, d)
            assert people, (sk, d)
            for _ in range(n):
                kinds = list(KIND_BASE)
                w = [KIND_BASE[k] * KIND_MONTH[k][d.month] for k in kinds]
                kind = wchoice(rng, kinds, w)
                late_clv = sk == "CLV" and d >= D(2024, 3, 17)
                if late_clv and kind in ("shoe", "leather", "engrave"):
                    kind = rng.choice(["key", "key", "photo", "product"])
                when = at(d)
                emp = wchoice(rng, people, [0.7 if p["title"] == "Shop Manager" else 1.0 for p in people])
                # lines
                lines = []
                trade = None
                if kind == "key":
                    if trade_by_shop.get(sk) and rng.random() < 0.07:
                        trade = rng.choice([c for c in trade_by_shop[sk] if c["created"] < when] or [None])
                    opts = [x for x in svc_by_cat["Key Cutting"] if svc_ok(x, d)]
                    picks = []
                    while len(picks) < (1 if rng.random() < 0.85 else 2):
                        x = wchoice(rng, opts, [o["pop"] for o in opts])
                        if x not in picks:
                            picks.append(x)
                    for x in picks:
                        q = wchoice(rng, [1, 2, 3, 4], [45, 30, 15, 10]) if not trade else wchoice(rng, [2, 3, 4, 6], [3, 3, 2, 1])
                        lines.append(("Service", x, q))
                elif kind in ("shoe", "leather", "engrave", "car", "photo"):
                    cat = {"shoe": "Shoe Repairs", "leather": "Leather & Bag Repairs", "engrave": "Engraving", "car": "Car Keys", "photo": "Photo Services"}[kind]
                    opts = [x for x in svc_by_cat[cat] if svc_ok(x, d) and not (late_clv and x["ta"] > 0)]
                    if kind == "engrave" and sk == "WSM" and d.month in (5, 6) and rng.random() < 0.3:
                        trade = next((c for c in trade_by_shop.get("WSM", []) if c["biz"] == "Weston Wanderers FC"), None)
                    if kind == "engrave" and sk == "CLV" and d.month in (8, 9) and rng.random() < 0.3 and not late_clv:
                        trade = next((c for c in trade_by_shop.get("CLV", []) if c["biz"] == "Clevedon Bowls Club"), None)
                    picks = []
                    nl = 1 if kind in ("car", "photo") or rng.random() < 0.78 else 2
                    while len(picks) < nl and len(picks) < len(opts):
                        x = wchoice(rng, opts, [o["pop"] for o in opts])
                        if x not in picks:
                            picks.append(x)
                    for x in picks:
                        if kind == "engrave" and trade:
                            q = rng.choice([4, 6, 8, 10]) if x["name"] == "Trophy Plaque Engraving" else rng.choice([1, 2, 3])
                        elif kind == "photo":
                            q = 1
                        else:
                            q = 1 if rng.random() < 0.88 else 2
                        lines.append(("Service", x, q))
                    if kind == "shoe" and rng.random() < 0.16:
                        popts = [p for p in products if prod_ok(p, d)]
                        lines.append(("Product", wchoice(rng, popts, [p["pop"] for p in popts]), 1))
                else:
                    popts = [p for p in products if prod_ok(p, d)]
                    picks = []
                    while len(picks) < (1 if rng.random() < 0.75 else 2):
                        x = wchoice(rng, popts, [p["pop"] for p in popts])
                        if x not in picks:
                            picks.append(x)
                    for x in picks:
                        lines.append(("Product", x, 1 if rng.random() < 0.85 else 2))
                needs_job = any(t == "Service" and x["ta"] > 0 for t, x, q in lines)
                # customer
                cust = trade
                if cust is None:
                    p_named = 1.0 if needs_job else (0.5 if kind == "car" else 0.18)
                    if rng.random() < p_named:
                        cand = [c for c in pool[sk] if c["created"] < when]
                        if cand and rng.random() < (0.42 if needs_job else 0.5):
                            cust = rng.choice(cand[-400:]) if rng.random() < 0.7 else rng.choice(cand)
                        else:
                            cust = make_customer(sk, when - TD(seconds=rng.randint(20, 240)))
                            pool[sk].append(cust)
                # discounts
                code = None
                if cust and cust["type"] == 1:
                    code = "TRADE15"
                elif kind == "key" and d.month in (9, 10) and rng.random() < 0.12:
                    code = "STUDENT10"
                elif rng.random() < 0.025:
                    code = "NHS10"
                elif rng.random() < 0.006:
                    code = "STAFF25"
                pct = {"TRADE15": 15, "STUDENT10": 10, "NHS10": 10, "STAFF25": 25, None: 0}[code]
                items = []
                for t, x, q in lines:
                    unit = svc_price(x, d) if t == "Service" else x["price"]
                    gross = unit * q
                    disc = half_up(gross * pct, 100)
                    items.append({"type": t, "ref": x, "q": q, "unit": unit, "disc": disc, "total": gross - disc,
                                  "desc": x["name"]})
                sub = sum(i["unit"] * i["q"] for i in items)
                dsc = sum(i["disc"] for i in items)
                tot = sub - dsc
                # status and payment
                status, pay, refunded, reason = 0, None, None, None
                r = rng.random()
                if r < 0.012:
                    status = 1
                else:
                    if cust and cust["type"] == 1 and rng.random() < 0.9:
                        pay = "account"
                    else:
                        cash = {2023: 0.25, 2024: 0.21, 2025: 0.17}[d.year]
                        pay = wchoice(rng, ["card", "cash", "voucher"], [0.96 - cash, cash, 0.04])
                seq[sk] += 1
                o = {"id": None, "number": f"{sk}-{seq[sk]:06d}", "shop": sk, "emp": emp, "cust": cust, "status": status,
                     "pay": pay, "code": code, "sub": sub, "disc": dsc, "total": tot, "tax": half_up(tot, 6), "items": items,
                     "when": when, "refunded": None, "reason": None, "kind": kind, "updated": when + TD(seconds=rng.randint(1, 50))}
                if cust:
                    cust["orders"] += 1
                    if rng.random() < 0.3:
                        cust["updated"] = max(cust["updated"], when + TD(seconds=rng.randint(1, 30)))
                orders.append(o)
                if status == 0 and needs_job:
                    big = any(t == "Service" and x["ta"] >= 3 and x["cat"] != "Engraving" for t, x, q in lines)
                    jkind = "engrave" if all(x["cat"] == "Engraving" for t, x, q in lines if t == "Service" and x["ta"] > 0) else ("big" if big else "small")
                    ta = max(x["ta"] for t, x, q in lines if t == "Service")
                    prom = d + TD(days=ta)
                    while not open_day(sk, prom):
                        prom += TD(days=1)
                    yy = d.year % 100
                    tseq[(sk, yy)] = tseq.get((sk, yy), 0) + 1
                    job = {"order": o, "shop": sk, "ticket": f"{sk}/{yy}/{tseq[(sk, yy)]:04d}", "prom": prom, "status": 3,
                           "ready": None, "coll": None, "disp": None, "who": None, "note": rng.choice(NOTES) if rng.random() < 0.09 else None,
                           "created": when + TD(seconds=rng.randint(5, 90), microseconds=rng.randint(0, 999999))}
                    # ready
                    late = rng.random() < 0.12
                    rd = prom + TD(days=rng.randint(1, 4)) if late else d + TD(days=rng.randint(min(1, ta), ta))
                    if sk == "CLV":
                        rd = min(rd, shops["CLV"]["closed"] - TD(days=3))
                    while not open_day(sk, rd):
                        rd += TD(days=1)
                    cands = bench(sk, rd, jkind) or bench(sk, d, jkind)
                    job["who"] = rng.choice(cands) if cands else None
                    if rd > END:
                        job["status"] = 1 if d < END else 0
                        job["who"] = job["who"] if job["status"] == 1 else None
                    else:
                        job["ready"] = at(rd, lo=(when.hour * 60 + when.minute + 30) if rd == d else None)
                        # collection
                        never = rng.random() < 0.03 and not (sk == "CLV" and rd > D(2023, 12, 20))
                        if never:
                            dd = rd + TD(days=90)
                            if dd <= END:
                                job["status"], job["disp"] = 4, dd
                            else:
                                job["status"] = 2
                        else:
                            delay = 0 if rng.random() < 0.22 else min(int(rng.expovariate(1 / 7.0)) + 1, 75)
                            cd = rd + TD(days=delay)
                            if sk == "CLV":
                                cd = min(cd, shops["CLV"]["closed"])
                            while not open_day(sk, cd):
                                cd += TD(days=1)
                            if cd > END:
                                job["status"] = 2
                            else:
                                ct = at(cd, lo=(job["ready"].hour * 60 + job["ready"].minute + 5) if cd == rd else None)
                                if ct <= job["ready"]:
                                    ct = job["ready"] + TD(minutes=rng.randint(6, 40))
                                job["coll"] = ct
                    jobs.append(job)
                    o["job"] = job
        d += TD(days=1)

    # refunds (whole orders), decided after the fact so that they fall on a later trading day of the same shop
    for o in orders:
        if o["status"] != 0 or o["cust"] is not None and o["cust"]["type"] == 1 and rng.random() < 0.5:
            continue
        job = o.get("job")
        r = rng.random()
        reason, base = None, None
        if job and r < 0.008 and job["status"] not in (0, 1):
            reason, base, job_cancel = "Job could not be done", o["when"], True
        elif job and r < 0.016 and job["coll"] is not None:
            reason, base, job_cancel = "Customer unhappy with repair", job["coll"], False
        elif not job and o["kind"] in ("key", "car") and r < 0.011:
            reason, base, job_cancel = "Key did not work", o["when"], False
        elif not job and o["kind"] == "product" and r < 0.02:
            reason, base, job_cancel = rng.choice(["Faulty product", "Changed mind"]), o["when"], False
        if not reason:
            continue
        dd = base.date() + TD(days=rng.randint(0 if reason == "Key did not work" else 1, 3 if reason == "Job could not be done" else 14))
        while not open_day(o["shop"], dd):
            dd += TD(days=1)
        if dd > END:
            continue
        t = at(dd, lo=(base.hour * 60 + base.minute + 10) if dd == base.date() else None)
        if t <= base:
            continue
        o["status"], o["refunded"], o["reason"] = 2, t, reason
        o["updated"] = t + TD(seconds=rng.randint(1, 20))
        if job_cancel:
            job["status"], job["ready"], job["coll"], job["disp"] = 5, None, None, None
            job["cancelled_at"] = t

    # ------------------------------------------------------------ ids in creation order
    customers.sort(key=lambda c: (c["created"], c["last"], c["first"]))
    for i, c in enumerate(customers, 1):
        c["id"] = i
    orders.sort(key=lambda o: (o["when"], o["number"]))
    for i, o in enumerate(orders, 1):
        o["id"] = i
    jobs.sort(key=lambda j: (j["created"], j["ticket"]))
    for i, j in enumerate(jobs, 1):
        j["id"] = i

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    con.executemany('INSERT INTO "schema_migrations" VALUES (?)', [(v,) for v in MIGRATIONS])
    con.execute('INSERT INTO "ar_internal_metadata" VALUES (?,?,?,?)', ("environment", "production", "2022-12-05 10:15:12.402117", "2022-12-05 10:15:12.402117"))
    con.executemany('INSERT INTO "shops" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (s["id"], s["name"], s["code"], s["street"], s["town"], s["postcode"], s["phone"], s["opened"].isoformat(),
         s["closed"].isoformat() if s["closed"] else None, s["sunday"], 0 if s["closed"] else 1, ts(s["created"]),
         ts(DT(2024, 4, 2, 9, 31, 7, 220415)) if s["closed"] else ts(s["created"])) for s in shops.values()])
    con.executemany('INSERT INTO "employees" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (s["id"], shops[s["shop"]]["id"] if s["shop"] else None, skey[s["mgr"]]["id"] if s["mgr"] else None, s["first"], s["last"],
         f"{fold(s['first']).lower()}.{fold(s['last']).lower()}@lastandlatch.co.uk", s["title"], ROLE.get(s["title"], 0), s["rate"],
         s["start"].isoformat(), s["left"].isoformat() if s["left"] else None, ts(s["created"]), ts(s["updated"])) for s in staff])
    con.executemany('INSERT INTO "customers" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (c["id"], c["first"], c["last"], c["biz"], c["type"], c["email"], c["phone"], c["street"], c["town"], c["county"], c["postcode"],
         c["opt"], ts(c["created"]), ts(c["updated"])) for c in customers])
    con.executemany('INSERT INTO "service_categories" VALUES (?,?,?,?,?)', [
        (c["id"], c["name"], c["id"], ts(DT(2022, 12, 19, 9, 40, c["id"], 118000 + c["id"])), ts(DT(2022, 12, 19, 9, 40, c["id"], 118000 + c["id"]))) for c in cats])
    cat_id = {c["name"]: c["id"] for c in cats}

    def setup_time(created, k):
        if created is None:
            return DT(2022, 12, 19, 9, 45 + k // 60, k % 60, 300000 + k)
        return DT.combine(created - TD(days=1), dt.time(18, 20)) + TD(seconds=k)
    con.executemany('INSERT INTO "services" VALUES (?,?,?,?,?,?,?,?,?)', [
        (s["id"], cat_id[s["cat"]], s["name"], s["price"], s["ta"], 1 if s["ta"] == 0 else 0, 0 if s["retired"] else 1,
         ts(setup_time(s["created"], s["id"])),
         ts(DT.combine(s["retired"] + TD(days=1), dt.time(8, 2, 11))) if s["retired"] else
         ts(DT(2025, 3, 31, 18, 44, 10, 5000 + s["id"])) if s["name"] in KEY_RISE else ts(setup_time(s["created"], s["id"])))
        for s in services])
    con.executemany('INSERT INTO "products" VALUES (?,?,?,?,?,?,?,?,?)', [
        (p["id"], p["name"], p["sku"], p["brand"], p["price"], p["cost"] if p["sku"] not in ("HC-01", "KS-01") else None,
         0 if p["disc"] else 1, ts(setup_time(p["created"], 100 + p["id"])),
         ts(DT.combine(p["disc"] + TD(days=1), dt.time(8, 15, 3))) if p["disc"] else ts(setup_time(p["created"], 100 + p["id"])))
        for p in products])
    con.executemany('INSERT INTO "suppliers" VALUES (?,?,?,?,?,?,?,?,?,?)', [
        (i, s[1], s[2], f"orders@{fold(s[1]).lower().split()[0]}.{'co.uk' if s[4] == 'GB' else s[4].lower()}", None if i % 4 == 0 else f"0{rng.randint(1100, 2099)} {rng.randint(100000, 999999)}",
         s[3], s[4], s[5], ts(DT(2022, 12, 20, 14, i, 5, 1000 * i)), ts(DT(2022, 12, 20, 14, i, 5, 1000 * i))) for i, s in enumerate(SUPPLIERS, 1)])
    con.executemany('INSERT INTO "products_suppliers" VALUES (?,?)', sorted(
        (p["id"], sup_ids[s]) for p in products for s in p["sups"]))
    con.executemany('INSERT INTO "orders" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (o["id"], o["number"], shops[o["shop"]]["id"], o["emp"]["id"], o["cust"]["id"] if o["cust"] else None, o["status"], o["pay"],
         o["code"], o["sub"], o["disc"], o["total"], o["tax"], "GBP", len(o["items"]), ts(o["refunded"]) if o["refunded"] else None,
         o["reason"], ts(o["when"]), ts(o["updated"])) for o in orders])
    item_rows = []
    for o in orders:
        for it in o["items"]:
            item_rows.append((len(item_rows) + 1, o["id"], it["type"], it["ref"]["id"], it["desc"], it["q"], it["unit"], it["disc"],
                              it["total"], ts(o["when"] + TD(microseconds=len(item_rows) % 997 + 1)), ts(o["when"] + TD(microseconds=len(item_rows) % 997 + 1))))
    con.executemany('INSERT INTO "order_items" VALUES (?,?,?,?,?,?,?,?,?,?,?)', item_rows)
    job_rows = []
    for j in jobs:
        last = j.get("cancelled_at") or j["coll"] or (DT.combine(j["disp"], dt.time(9, 10)) if j["disp"] else None) or j["ready"] or j["created"]
        job_rows.append((j["id"], j["order"]["id"], shops[j["shop"]]["id"], j["ticket"], j["who"]["id"] if j["who"] else None, j["status"],
                         j["prom"].isoformat(), ts(j["ready"]) if j["ready"] else None, ts(j["coll"]) if j["coll"] else None,
                         j["disp"].isoformat() if j["disp"] else None, j["note"], ts(j["created"]), ts(last)))
    con.executemany('INSERT INTO "repair_jobs" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', job_rows)
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}: {len(orders)} orders, {len(item_rows)} items, {len(jobs)} repair jobs, {len(customers)} customers")


if __name__ == "__main__":
    main()
