"""Whisk & Anvil Cookshop: an independent kitchenware chain in the Welsh Marches (Shropshire and Herefordshire) with shops
in Shrewsbury, Ludlow, Hereford, Leominster (closed at the end of June 2024) and Newport, Shropshire (opened October
2024), an events stall at food festivals and Christmas fairs, and a cookery school in the Shrewsbury and Hereford shops.

Schema style: a POINT-OF-SALE PLATFORM EXPORT in the shape of a Square-like reporting sync: PLURAL snake_case tables
(locations, team_members, categories, items, item_variations, vendors, item_vendors, customers, orders,
order_line_items, payments, refunds, cookery_classes, class_bookings). Ordinary quirks of such exports: string ids;
money as INTEGER minor units (pence) in *_money columns; timestamps as RFC 3339 UTC TEXT with milliseconds and a 'Z'
('2024-06-01T08:14:22.417Z'); dates as TEXT 'YYYY-MM-DD'; UPPER-CASE enums (state, status, source_type, card_brand,
type, creation_source); line quantities as TEXT ('2'); prices include VAT and the VAT share is stored per line
(cookbooks and pantry food are zero-rated); canceled orders keep their lines but have no payment; the categories
tree is a self-reference (parent_category_id) and so is team_members.reports_to_id; item_vendors is a many-to-many
link between items and vendors. Two customer towns are called Newport (Shropshire and Gwent).

Standard library only; fixed seed; deterministic output."""
import math, os, random, sys, unicodedata, datetime as dt
import sqlite3
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import MARCHES_FIRST, MARCHES_LAST

SEED = 4471902
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "whisk_and_anvil.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
D, DT, TD = dt.date, dt.datetime, dt.timedelta

SCHEMA = """
CREATE TABLE locations (
  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, business_name TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
  address_line_1 TEXT, locality TEXT, administrative_district_level_1 TEXT, postal_code TEXT, country TEXT NOT NULL,
  phone_number TEXT, timezone TEXT NOT NULL, currency TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE team_members (
  id TEXT PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL, email_address TEXT, phone_number TEXT,
  job_title TEXT NOT NULL, location_id TEXT REFERENCES locations(id), reports_to_id TEXT REFERENCES team_members(id),
  is_owner INTEGER NOT NULL, status TEXT NOT NULL, hourly_rate_money INTEGER, hired_on TEXT NOT NULL, left_on TEXT,
  created_at TEXT NOT NULL);
CREATE TABLE categories (
  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, parent_category_id TEXT REFERENCES categories(id), ordinal INTEGER NOT NULL);
CREATE TABLE items (
  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT, category_id TEXT NOT NULL REFERENCES categories(id),
  brand TEXT NOT NULL, tax_name TEXT NOT NULL, is_archived INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE item_variations (
  id TEXT PRIMARY KEY, item_id TEXT NOT NULL REFERENCES items(id), name TEXT NOT NULL, sku TEXT NOT NULL UNIQUE,
  ordinal INTEGER NOT NULL, pricing_type TEXT NOT NULL, price_money INTEGER NOT NULL, cost_money INTEGER,
  track_inventory INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE vendors (
  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, account_number TEXT, contact_name TEXT, email_address TEXT,
  phone_number TEXT, locality TEXT, country TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE item_vendors (
  item_id TEXT NOT NULL REFERENCES items(id), vendor_id TEXT NOT NULL REFERENCES vendors(id), vendor_code TEXT,
  unit_cost_money INTEGER NOT NULL, lead_time_days INTEGER NOT NULL, is_primary INTEGER NOT NULL,
  PRIMARY KEY (item_id, vendor_id));
CREATE TABLE customers (
  id TEXT PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL, company_name TEXT, email_address TEXT,
  phone_number TEXT, address_line_1 TEXT, locality TEXT, administrative_district_level_1 TEXT, postal_code TEXT,
  country TEXT, creation_source TEXT NOT NULL, email_unsubscribed INTEGER NOT NULL, note TEXT, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE orders (
  id TEXT PRIMARY KEY, location_id TEXT NOT NULL REFERENCES locations(id), customer_id TEXT REFERENCES customers(id),
  team_member_id TEXT NOT NULL REFERENCES team_members(id), state TEXT NOT NULL, discount_name TEXT,
  total_money INTEGER NOT NULL, total_tax_money INTEGER NOT NULL, total_discount_money INTEGER NOT NULL,
  currency TEXT NOT NULL, created_at TEXT NOT NULL, closed_at TEXT);
CREATE TABLE order_line_items (
  id TEXT PRIMARY KEY, order_id TEXT NOT NULL REFERENCES orders(id), item_variation_id TEXT NOT NULL REFERENCES item_variations(id),
  name TEXT NOT NULL, variation_name TEXT NOT NULL, quantity TEXT NOT NULL, base_price_money INTEGER NOT NULL,
  gross_sales_money INTEGER NOT NULL, total_discount_money INTEGER NOT NULL, total_tax_money INTEGER NOT NULL,
  total_money INTEGER NOT NULL);
CREATE TABLE payments (
  id TEXT PRIMARY KEY, order_id TEXT NOT NULL REFERENCES orders(id), location_id TEXT NOT NULL REFERENCES locations(id),
  source_type TEXT NOT NULL, card_brand TEXT, amount_money INTEGER NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE refunds (
  id TEXT PRIMARY KEY, payment_id TEXT NOT NULL REFERENCES payments(id), order_id TEXT NOT NULL REFERENCES orders(id),
  line_item_id TEXT NOT NULL REFERENCES order_line_items(id), location_id TEXT NOT NULL REFERENCES locations(id),
  quantity INTEGER NOT NULL, amount_money INTEGER NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE cookery_classes (
  id TEXT PRIMARY KEY, location_id TEXT NOT NULL REFERENCES locations(id), title TEXT NOT NULL,
  instructor_id TEXT NOT NULL REFERENCES team_members(id), starts_at TEXT NOT NULL, duration_minutes INTEGER NOT NULL,
  capacity INTEGER NOT NULL, price_money INTEGER NOT NULL, status TEXT NOT NULL);
CREATE TABLE class_bookings (
  id TEXT PRIMARY KEY, class_id TEXT NOT NULL REFERENCES cookery_classes(id), customer_id TEXT NOT NULL REFERENCES customers(id),
  seats INTEGER NOT NULL, amount_money INTEGER NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX idx_orders_location_created ON orders(location_id, created_at);
CREATE INDEX idx_order_line_items_order ON order_line_items(order_id);
CREATE INDEX idx_payments_order ON payments(order_id);
CREATE INDEX idx_class_bookings_class ON class_bookings(class_id);
"""

# key, name, type, address, locality, county, postcode, phone, square created, first trading day, closed from
LOCS = [
    ("SHR", "Shrewsbury", "PHYSICAL", "14 Wyle Cop", "Shrewsbury", "Shropshire", "SY1 1XB", "01743 362118", DT(2019, 3, 4, 10, 12, 5), D(2019, 3, 4), None),
    ("LUD", "Ludlow", "PHYSICAL", "7 Broad Street", "Ludlow", "Shropshire", "SY8 1NG", "01584 872340", DT(2019, 3, 4, 10, 41, 50), D(2019, 3, 5), None),
    ("HER", "Hereford", "PHYSICAL", "22 Church Street", "Hereford", "Herefordshire", "HR1 2LR", "01432 270455", DT(2020, 8, 17, 9, 30, 0), D(2020, 9, 1), None),
    ("LEO", "Leominster", "PHYSICAL", "3 Drapers Lane", "Leominster", "Herefordshire", "HR6 8ND", "01568 610927", DT(2021, 4, 6, 14, 2, 44), D(2021, 4, 17), D(2024, 6, 30)),
    ("NPT", "Newport", "PHYSICAL", "31 High Street", "Newport", "Shropshire", "TF10 7AT", "01952 814302", DT(2024, 9, 16, 11, 20, 9), D(2024, 10, 5), None),
    ("EVT", "Events Stall", "MOBILE", None, None, None, None, "07700 914226", DT(2022, 5, 23, 16, 5, 31), D(2022, 6, 25), None),
]
BASE_LAMBDA = {"SHR": 2.5, "LUD": 1.65, "HER": 1.9, "LEO": 0.95, "NPT": 1.35, "EVT": 30.0}
MONTH_F = [0, 0.7, 0.75, 0.9, 0.95, 0.95, 0.95, 1.0, 1.0, 0.95, 1.05, 1.3, 2.2]
YEAR_F = {2023: 1.0, 2024: 1.05, 2025: 1.09}
BLACK_FRIDAY = [D(2023, 11, 24), D(2024, 11, 29), D(2025, 11, 28)]
FESTIVALS = ([D(2023, 6, 24), D(2023, 6, 25), D(2024, 6, 29), D(2024, 6, 30), D(2025, 6, 28), D(2025, 6, 29)] +       # Shrewsbury Food Festival
             [D(2023, 9, 8), D(2023, 9, 9), D(2023, 9, 10), D(2024, 9, 13), D(2024, 9, 14), D(2024, 9, 15),
              D(2025, 9, 12), D(2025, 9, 13), D(2025, 9, 14)] +                                                         # Ludlow Food Festival
             [D(2023, 11, 25), D(2023, 11, 26), D(2024, 11, 30), D(2024, 12, 1), D(2025, 11, 29), D(2025, 11, 30)])     # Ludlow Christmas fayre

# ---------------------------------------------------------------- catalogue
# category tree: top-level name -> sub-categories (items sit in sub-categories, or in a top level that has none)
CATS = [("Cookware", ["Frying Pans & Skillets", "Saucepans", "Casseroles & Dutch Ovens", "Woks"]),
        ("Knives", ["Chef's Knives", "Japanese Knives", "Knife Blocks & Sharpeners"]),
        ("Bakeware", ["Cake Tins", "Baking Trays & Sheets", "Bread & Sourdough"]),
        ("Kitchen Tools", ["Utensils", "Measuring & Scales", "Graters & Peelers"]),
        ("Tableware", ["Mugs & Cups", "Plates & Bowls", "Glassware"]),
        ("Coffee & Tea", ["Coffee Makers", "Teapots"]),
        ("Small Appliances", []),
        ("Pantry", ["Oils & Vinegars", "Salt & Spices"]),
        ("Cookbooks", [])]
ZERO_RATED_TOP = {"Pantry", "Cookbooks"}
# item name, category, brand, [(variation, price pence)], popularity, created (None = before 2023), archived (None = live), evt (sold at the stall)
ITEMS = [
    ("Severn Forge Cast Iron Skillet", "Frying Pans & Skillets", "Severn Forge", [("20cm", 3900), ("25cm", 4900), ("30cm", 5900)], 3.2, None, None, 1),
    ("Severn Forge Carbon Steel Pan", "Frying Pans & Skillets", "Severn Forge", [("24cm", 3400), ("28cm", 3900)], 2.2, None, None, 0),
    ("Brava Non-Stick Frying Pan", "Frying Pans & Skillets", "Brava", [("20cm", 2400), ("24cm", 2900), ("28cm", 3400)], 3.6, None, None, 0),
    ("Maison Rivière Copper Frying Pan", "Frying Pans & Skillets", "Maison Rivière", [("Regular", 14900)], 0.35, None, None, 0),
    ("Ironbridge Enamel Grill Pan", "Frying Pans & Skillets", "Ironbridge", [("Regular", 4500)], 1.0, None, None, 0),
    ("Brava Tri-Ply Saucepan", "Saucepans", "Brava", [("16cm", 4500), ("18cm", 5200), ("20cm", 5900)], 2.0, None, None, 0),
    ("Brava Saucepan Set of 3", "Saucepans", "Brava", [("Regular", 12900)], 0.8, None, None, 0),
    ("Maison Rivière Copper Saucepan", "Saucepans", "Maison Rivière", [("16cm", 11900)], 0.3, None, D(2025, 6, 30), 0),
    ("Severn Forge Milk Pan", "Saucepans", "Severn Forge", [("Regular", 2800)], 1.2, None, None, 0),
    ("Ironbridge Enamel Casserole", "Casseroles & Dutch Ovens", "Ironbridge", [("20cm", 8900), ("24cm", 11900), ("28cm", 14900)], 1.9, None, None, 0),
    ("Ironbridge Shallow Casserole", "Casseroles & Dutch Ovens", "Ironbridge", [("26cm", 10900)], 0.7, D(2023, 8, 14), None, 0),
    ("Severn Forge Dutch Oven", "Casseroles & Dutch Ovens", "Severn Forge", [("Regular", 8500)], 0.9, None, None, 0),
    ("Kaizen Carbon Steel Wok", "Woks", "Kaizen", [("Regular", 3600)], 1.1, None, None, 0),
    ("Brava Non-Stick Wok", "Woks", "Brava", [("30cm", 3900)], 0.8, None, D(2024, 4, 30), 0),
    ("Mørk Chef's Knife 20cm", "Chef's Knives", "Mørk", [("Regular", 8900)], 1.4, None, None, 0),
    ("Mørk Santoku", "Chef's Knives", "Mørk", [("Regular", 7900)], 1.2, None, None, 0),
    ("Mørk Bread Knife", "Chef's Knives", "Mørk", [("Regular", 6500)], 0.9, None, None, 0),
    ("Wrekin Steel Cook's Knife", "Chef's Knives", "Wrekin Steel", [("Regular", 4900)], 1.6, None, None, 1),
    ("Wrekin Steel Paring Knife", "Chef's Knives", "Wrekin Steel", [("Regular", 1600)], 2.6, None, None, 1),
    ("Kaizen Gyuto 21cm", "Japanese Knives", "Kaizen", [("Regular", 14500)], 0.8, None, None, 0),
    ("Kaizen Nakiri", "Japanese Knives", "Kaizen", [("Regular", 11900)], 0.6, None, None, 0),
    ("Kaizen Petty Knife", "Japanese Knives", "Kaizen", [("Regular", 6900)], 0.9, None, None, 0),
    ("Kaizen Damascus Santoku", "Japanese Knives", "Kaizen", [("Regular", 18900)], 0.5, D(2024, 3, 15), None, 0),
    ("Kaizen Whetstone 1000/6000", "Knife Blocks & Sharpeners", "Kaizen", [("Regular", 4200)], 1.3, None, None, 1),
    ("Wrekin Steel Pull-Through Sharpener", "Knife Blocks & Sharpeners", "Wrekin Steel", [("Regular", 1800)], 2.0, None, None, 1),
    ("Oak Magnetic Knife Rack", "Knife Blocks & Sharpeners", "Clee Hill Woodcraft", [("40cm", 3500), ("60cm", 4500)], 1.0, None, None, 0),
    ("Clee Hill Loose-Base Cake Tin", "Cake Tins", "Clee Hill Bakeware", [("15cm", 1200), ("20cm", 1400), ("23cm", 1600)], 3.0, None, None, 1),
    ("Clee Hill Springform Tin", "Cake Tins", "Clee Hill Bakeware", [("23cm", 1800)], 1.6, None, None, 0),
    ("Clee Hill Loaf Tin", "Cake Tins", "Clee Hill Bakeware", [("1lb", 950), ("2lb", 1150)], 2.6, None, None, 1),
    ("Brava Bundt Tin", "Cake Tins", "Brava", [("Regular", 2600)], 0.9, None, None, 0),
    ("Clee Hill Baking Tray", "Baking Trays & Sheets", "Clee Hill Bakeware", [("Small", 1100), ("Large", 1500)], 2.4, None, None, 0),
    ("Clee Hill Muffin Tray", "Baking Trays & Sheets", "Clee Hill Bakeware", [("12-Cup", 1450)], 1.5, None, None, 0),
    ("Brava Silicone Baking Mat", "Baking Trays & Sheets", "Brava", [("Regular", 1200)], 1.8, None, None, 1),
    ("Rattan Proving Basket", "Bread & Sourdough", "Marcher Bakehouse", [("Round", 1600), ("Oval", 1700)], 2.1, None, None, 1),
    ("Sourdough Starter Kit", "Bread & Sourdough", "Marcher Bakehouse", [("Regular", 2200)], 1.4, D(2023, 4, 10), None, 1),
    ("Dough Scraper", "Bread & Sourdough", "Marcher Bakehouse", [("Regular", 450)], 2.8, None, None, 1),
    ("Bread Lame", "Bread & Sourdough", "Marcher Bakehouse", [("Regular", 900)], 1.7, None, None, 1),
    ("Severn Forge Bread Cloche", "Bread & Sourdough", "Severn Forge", [("Regular", 7500)], 0.6, None, None, 0),
    ("Olive Wood Spoon", "Utensils", "Clee Hill Woodcraft", [("Regular", 800)], 3.4, None, None, 1),
    ("Brava Silicone Spatula", "Utensils", "Brava", [("Regular", 750)], 2.6, None, None, 1),
    ("Brava Balloon Whisk", "Utensils", "Brava", [("25cm", 1100), ("30cm", 1300)], 2.2, None, None, 1),
    ("Stainless Steel Ladle", "Utensils", "Brava", [("Regular", 1200)], 1.3, None, None, 0),
    ("Kitchen Tongs", "Utensils", "Brava", [("Regular", 950)], 1.9, None, None, 0),
    ("Halden Digital Scale", "Measuring & Scales", "Halden", [("Regular", 2900)], 1.8, None, None, 0),
    ("Halden Measuring Jug", "Measuring & Scales", "Halden", [("1L", 1100)], 1.6, None, None, 0),
    ("Measuring Spoons Set", "Measuring & Scales", "Halden", [("Regular", 850)], 1.7, None, None, 1),
    ("Halden Probe Thermometer", "Measuring & Scales", "Halden", [("Regular", 2400)], 1.0, D(2023, 10, 2), None, 0),
    ("Box Grater", "Graters & Peelers", "Brava", [("Regular", 1800)], 1.5, None, None, 0),
    ("Fine Rasp Grater", "Graters & Peelers", "Brava", [("Regular", 2300)], 1.6, None, None, 1),
    ("Y Peeler", "Graters & Peelers", "Brava", [("Regular", 650)], 2.9, None, None, 1),
    ("Mandoline Slicer", "Graters & Peelers", "Brava", [("Regular", 3900)], 0.8, None, None, 0),
    ("Buckley Stoneware Mug", "Mugs & Cups", "Buckley Pottery", [("Moss", 1800), ("Slate", 1800), ("Oat", 1800)], 3.3, None, None, 1),
    ("Buckley Espresso Cup", "Mugs & Cups", "Buckley Pottery", [("Regular", 1200)], 1.2, None, None, 0),
    ("Buckley Dinner Plate", "Plates & Bowls", "Buckley Pottery", [("Regular", 2400)], 1.6, None, None, 0),
    ("Buckley Pasta Bowl", "Plates & Bowls", "Buckley Pottery", [("Regular", 2200)], 1.7, None, None, 0),
    ("Buckley Serving Platter", "Plates & Bowls", "Buckley Pottery", [("Regular", 4800)], 0.7, D(2025, 5, 1), None, 0),
    ("Tumbler Set of 4", "Glassware", "Brava", [("Regular", 2400)], 1.0, None, None, 0),
    ("Wine Glass Set of 2", "Glassware", "Brava", [("Regular", 2600)], 0.8, None, D(2023, 9, 30), 0),
    ("Brava Stovetop Espresso Maker", "Coffee Makers", "Brava", [("3-cup", 2900), ("6-cup", 3900)], 1.8, None, None, 0),
    ("Glass Cafetière", "Coffee Makers", "Halden", [("3-cup", 1900), ("8-cup", 2800)], 1.9, None, None, 0),
    ("Pour-Over Coffee Kit", "Coffee Makers", "Halden", [("Regular", 3200)], 0.9, D(2024, 9, 2), None, 0),
    ("Hand Coffee Grinder", "Coffee Makers", "Kaizen", [("Regular", 4500)], 0.8, D(2025, 9, 22), None, 0),
    ("Buckley Stoneware Teapot", "Teapots", "Buckley Pottery", [("Regular", 4200)], 1.0, None, None, 0),
    ("Cast Iron Teapot", "Teapots", "Kaizen", [("Regular", 3800)], 0.7, None, None, 0),
    ("Halden Stand Mixer", "Small Appliances", "Halden", [("Cream", 34900), ("Sage", 34900)], 0.45, None, None, 0),
    ("Halden Hand Blender", "Small Appliances", "Halden", [("Regular", 5900)], 0.9, None, None, 0),
    ("Halden Kettle", "Small Appliances", "Halden", [("Regular", 6900)], 0.6, None, D(2025, 2, 28), 0),
    ("Marcher Larder Rapeseed Oil 500ml", "Oils & Vinegars", "Marcher Larder", [("Regular", 650)], 2.6, None, None, 1),
    ("Aged Balsamic Vinegar 250ml", "Oils & Vinegars", "Marcher Larder", [("Regular", 1200)], 1.5, None, None, 1),
    ("Extra Virgin Olive Oil 500ml", "Oils & Vinegars", "Marcher Larder", [("Regular", 1150)], 1.6, None, None, 1),
    ("Ynys Môn Sea Salt Flakes", "Salt & Spices", "Ynys Môn Salt Co.", [("Regular", 550)], 2.7, None, None, 1),
    ("Smoked Paprika", "Salt & Spices", "Marcher Larder", [("Regular", 450)], 1.6, None, None, 1),
    ("Garam Masala Blend", "Salt & Spices", "Marcher Larder", [("Regular", 450)], 1.3, None, None, 1),
    ("Vanilla Pods", "Salt & Spices", "Marcher Larder", [("Pack of 2", 750)], 1.1, None, None, 1),
    ("The Marches Kitchen", "Cookbooks", "Border Books", [("Hardback", 2500)], 1.4, None, None, 1),
    ("Sourdough at Home", "Cookbooks", "Border Books", [("Paperback", 2000)], 1.3, None, None, 1),
    ("Flavour of Wales", "Cookbooks", "Border Books", [("Hardback", 2200)], 1.2, D(2025, 3, 14), None, 1),
    ("Knife Skills Handbook", "Cookbooks", "Border Books", [("Paperback", 1600)], 0.9, None, None, 1),
    ("One Pan Suppers", "Cookbooks", "Border Books", [("Paperback", 1800)], 1.1, None, None, 1),
    ("Baking with Buckwheat", "Cookbooks", "Border Books", [("Hardback", 2000)], 0.8, None, D(2024, 11, 30), 1),
    ("The Cast Iron Cookbook", "Cookbooks", "Border Books", [("Hardback", 1900)], 0.9, None, None, 1),
]
PRICE_RISE = D(2025, 3, 1)          # Severn Forge and Ironbridge prices went up; lines before carry the old price
RISE_BRANDS = ("Severn Forge", "Ironbridge")
# vendor, account no, contact, locality, country, status, brands supplied as primary, brands supplied as second source
VENDORS = [
    ("Severn Forge Ltd", "SF-20418", "Dewi Pugh", "Ironbridge", "GB", "ACTIVE", ["Severn Forge"], []),
    ("Ironbridge Enamelware", "IBE-0771", "Karen Onions", "Telford", "GB", "ACTIVE", ["Ironbridge"], []),
    ("Kaizen Trading Europe", "KTE-5530", "Haruto Sato", "Düsseldorf", "DE", "ACTIVE", ["Kaizen"], []),
    ("Nordisk Kitchen Supply", "NKS-1187", "Mette Jørgensen", "Aarhus", "DK", "ACTIVE", ["Mørk", "Brava"], []),
    ("Maison Rivière SARL", "MR-0042", "Élodie Rivière", "Villedieu-les-Poêles", "FR", "ACTIVE", ["Maison Rivière"], []),
    ("Buckley Pottery", "BP-3391", "Gwen Bebb", "Buckley", "GB", "ACTIVE", ["Buckley Pottery"], []),
    ("Clee Hill Woodcraft", "CHW-118", "Rob Corbett", "Cleobury Mortimer", "GB", "ACTIVE", ["Clee Hill Woodcraft"], []),
    ("Halden Housewares", "HH-7720", "Sarah Kemp", "Stoke-on-Trent", "GB", "ACTIVE", ["Halden"], []),
    ("Marcher Larder", "ML-0903", "Huw Everall", "Leintwardine", "GB", "ACTIVE", ["Marcher Larder", "Marcher Bakehouse"], []),
    ("Ynys Môn Salt Co.", "YMS-210", "Nia Parry", "Brynsiencyn", "GB", "ACTIVE", ["Ynys Môn Salt Co."], []),
    ("Border Books Distribution", "BBD-4470", "Ian Wilding", "Hay-on-Wye", "GB", "ACTIVE", ["Border Books"], []),
    ("Wrekin Steel Co.", "WSC-615", "Derek Gittins", "Wellington", "GB", "ACTIVE", ["Wrekin Steel", "Clee Hill Bakeware"], []),
    ("Catering Direct UK", "CDU-99812", "Anjali Shah", "Birmingham", "GB", "ACTIVE", [], ["Brava", "Halden", "Clee Hill Bakeware", "Wrekin Steel"]),
    ("Cheshire Cookware Wholesale", "CCW-3004", "Pauline Hotchkiss", "Crewe", "GB", "INACTIVE", [], ["Severn Forge", "Ironbridge"]),
]
CLASSES = [("Knife Skills", 6500, 180), ("Sourdough Basics", 7500, 240), ("Pasta from Scratch", 7000, 180),
           ("Thai Street Food", 7500, 180), ("Cast Iron Cooking", 6500, 180), ("Macarons", 7000, 180),
           ("Curry Night", 6500, 180), ("Kids' Baking", 3500, 120), ("Christmas Baking", 6000, 180)]

# customer towns near each shop: (locality, county, postcode district list, weight)
TOWNS = {
    "SHR": [("Shrewsbury", "Shropshire", ["SY1", "SY2", "SY3"], 10), ("Church Stretton", "Shropshire", ["SY6"], 1.5),
            ("Much Wenlock", "Shropshire", ["TF13"], 1), ("Welshpool", "Powys", ["SY21"], 1.2), ("Telford", "Shropshire", ["TF1", "TF3", "TF4"], 2),
            ("Bridgnorth", "Shropshire", ["WV16"], 1), ("Oswestry", "Shropshire", ["SY11"], 1.2), ("Minsterley", "Shropshire", ["SY5"], 0.6),
            ("Newport", "Shropshire", ["TF10"], 0.5)],
    "LUD": [("Ludlow", "Shropshire", ["SY8"], 8), ("Craven Arms", "Shropshire", ["SY7"], 1.5), ("Tenbury Wells", "Worcestershire", ["WR15"], 1.5),
            ("Knighton", "Powys", ["LD7"], 1), ("Bishop's Castle", "Shropshire", ["SY9"], 0.8), ("Church Stretton", "Shropshire", ["SY6"], 0.8)],
    "HER": [("Hereford", "Herefordshire", ["HR1", "HR2", "HR4"], 9), ("Ross-on-Wye", "Herefordshire", ["HR9"], 1.5), ("Ledbury", "Herefordshire", ["HR8"], 1.3),
            ("Hay-on-Wye", "Powys", ["HR3"], 0.8), ("Abergavenny", "Monmouthshire", ["NP7"], 0.8), ("Monmouth", "Monmouthshire", ["NP25"], 0.7),
            ("Newport", "Gwent", ["NP19", "NP20"], 0.6), ("Malvern", "Worcestershire", ["WR14"], 0.8)],
    "LEO": [("Leominster", "Herefordshire", ["HR6"], 8), ("Kington", "Herefordshire", ["HR5"], 1.5), ("Bromyard", "Herefordshire", ["HR7"], 1.5),
            ("Hereford", "Herefordshire", ["HR1", "HR4"], 1)],
    "NPT": [("Newport", "Shropshire", ["TF10"], 8), ("Telford", "Shropshire", ["TF2", "TF7"], 2), ("Stafford", "Staffordshire", ["ST16", "ST17"], 1),
            ("Market Drayton", "Shropshire", ["TF9"], 1.2), ("Shifnal", "Shropshire", ["TF11"], 1)],
    "EVT": [("Ludlow", "Shropshire", ["SY8"], 2), ("Shrewsbury", "Shropshire", ["SY1", "SY3"], 2), ("Birmingham", "West Midlands", ["B13", "B17", "B30"], 1.5),
            ("Cardiff", "South Glamorgan", ["CF5", "CF14"], 0.8), ("Worcester", "Worcestershire", ["WR1", "WR5"], 1), ("Newport", "Gwent", ["NP19", "NP20"], 0.7),
            ("Hereford", "Herefordshire", ["HR1"], 0.8)],
}
STREETS = ["High Street", "Church Street", "Mill Lane", "Station Road", "Broad Street", "Castle Street", "Corve Street", "Frankwell",
           "Abbey Foregate", "Belmont Road", "Whitecross Road", "Bridge Street", "Lower Galdeford", "Wyle Cop", "Mardol",
           "Longden Road", "Oak Close", "Orchard Way", "Victoria Road", "The Green", "Ffordd y Parc", "Heol y Bont"]
REFUND_REASONS = ["Faulty", "Changed mind", "Wrong size", "Damaged in box", "Duplicate gift"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")


def bst(d):
    def last_sunday(y, m):
        x = D(y, m, 31)
        while x.weekday() != 6:
            x -= TD(days=1)
        return x
    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


def utc(t, ms):
    """local Europe/London wall time -> RFC 3339 UTC with milliseconds (all activity is between 06:00 and 22:00 local)."""
    u = t - TD(hours=1) if bst(t.date()) else t
    return u.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


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


def half_up(num, den):
    return (num * 2 + den) // (2 * den)


class Ids:
    UP = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    MIX = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def __init__(self, rng):
        self.rng, self.seen = rng, set()

    def new(self, n, alpha=None, prefix=""):
        alpha = alpha or self.UP
        while True:
            s = prefix + "".join(self.rng.choice(alpha) for _ in range(n))
            if s not in self.seen:
                self.seen.add(s)
                return s


def main():
    rng = random.Random(SEED)
    ids = Ids(random.Random(SEED + 1))
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    # ------------------------------------------------------------ locations
    loc = {}
    for k, name, typ, a1, town, county, pc, ph, created, first, closed in LOCS:
        loc[k] = {"id": ids.new(13), "key": k, "name": name, "type": typ, "first": first, "closed": closed}
        con.execute("INSERT INTO locations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (loc[k]["id"], name, "Whisk & Anvil Cookshop", typ, "INACTIVE" if closed else "ACTIVE", a1, town, county, pc,
                     "GB", ph, "Europe/London", "GBP", utc(created, rng.randint(0, 999))))

    def trading(k, d):
        L = loc[k]
        if d < L["first"] or (L["closed"] and d >= L["closed"]):
            return False
        if k == "EVT":
            return d in FESTIVALS
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)):
            return False
        if d.weekday() == 6:
            return d.month == 12 and d.day <= 24 and k in ("SHR", "HER")
        return True

    # ------------------------------------------------------------ team members
    staff = []

    def add_staff(given, family, title, lk, hired, left=None, rate=None, owner=0, boss=None):
        s = {"id": ids.new(18, Ids.MIX, "TM"), "given": given, "family": family, "title": title, "loc": lk, "hired": hired,
             "left": left, "rate": rate, "owner": owner, "boss": boss, "mgr_from": hired}
        staff.append(s)
        return s

    owner = add_staff("Eleri", "Vaughan", "Owner", None, D(2016, 5, 3), owner=1)
    ops = add_staff("Gareth", "Lloyd", "Operations Manager", None, D(2021, 2, 1), boss=owner)
    buyer = add_staff("Tomasz", "Nowicki", "Buyer", "SHR", D(2021, 6, 14), boss=owner)
    mgr = {
        "SHR": [add_staff("Hannah", "Beddoes", "Shop Manager", "SHR", D(2019, 2, 18), boss=ops)],
        "LUD": [add_staff("Owain", "Price", "Shop Manager", "LUD", D(2019, 2, 25), D(2024, 10, 31), boss=ops),
                add_staff("Lowri", "Gittins", "Shop Manager", "LUD", D(2024, 10, 14), boss=ops)],
        "HER": [add_staff("Zoë", "Hartley", "Shop Manager", "HER", D(2020, 8, 3), D(2025, 4, 30), boss=ops),
                add_staff("Callum", "Reece", "Shop Manager", "HER", D(2021, 3, 8), boss=ops)],     # assistant manager until May 2025
        "LEO": [add_staff("Malcolm", "Tudge", "Shop Manager", "LEO", D(2021, 3, 22), D(2024, 6, 29), boss=ops)],
        "NPT": [add_staff("Priya", "Shah", "Shop Manager", "NPT", D(2024, 8, 19), boss=ops)],
    }
    mgr["HER"][1]["mgr_from"] = D(2025, 5, 1)
    mgr["LUD"][1]["mgr_from"] = D(2024, 11, 1)
    asst = add_staff("Siân", "Morgan", "Assistant Manager", "SHR", D(2020, 1, 13), rate=None, boss=mgr["SHR"][0])
    tutors = [add_staff("Chloé", "Marchand", "Cookery Tutor", "SHR", D(2021, 9, 6), rate=2100, boss=owner),
              add_staff("Marco", "Bellini", "Cookery Tutor", "SHR", D(2022, 2, 14), D(2024, 3, 28), rate=2000, boss=owner),
              add_staff("Bethan", "Griffiths", "Cookery Tutor", "HER", D(2023, 8, 21), rate=2000, boss=owner),
              add_staff("Angharad", "Cadwallader", "Cookery Tutor", "SHR", D(2024, 5, 1), rate=2200, boss=owner)]
    used_names = {(s["given"], s["family"]) for s in staff}

    def rate_on(d):
        return {2019: 950, 2020: 975, 2021: 1000, 2022: 1050, 2023: 1100, 2024: 1160, 2025: 1240}[d.year] + rng.choice([0, 0, 25, 50])

    def new_name(pool_first=MARCHES_FIRST, pool_last=MARCHES_LAST):
        while True:
            n = (rng.choice(pool_first), rng.choice(pool_last))
            if n not in used_names:
                used_names.add(n)
                return n

    slots = {"SHR": 3, "LUD": 2, "HER": 2, "LEO": 1, "NPT": 2}
    for k, n in slots.items():
        L = loc[k]
        for _ in range(n):
            t = max(D(2022, 1, 1) - TD(days=rng.randint(30, 900)), L["first"] - TD(days=rng.randint(3, 20)))
            if k == "LEO":
                t = D(2021, 4, 12) + TD(days=rng.randint(0, 400))
            if k == "NPT":
                t = D(2024, 9, 23) + TD(days=rng.randint(0, 9))
            while t <= END:
                tenure = rng.randint(240, 1300)
                left = t + TD(days=tenure)
                if L["closed"] and left >= L["closed"]:
                    left = L["closed"] - TD(days=1)
                if left > END:
                    left = None
                g, f = new_name()
                add_staff(g, f, "Sales Assistant", k, t, left, rate_on(t))
                if left is None or (L["closed"] and left >= L["closed"] - TD(days=1)):
                    break
                t = left + TD(days=rng.randint(10, 45))
    # reports-to: shop-floor staff report to the shop manager in post on their last day (or today)
    for s in staff:
        if s["title"] in ("Sales Assistant", "Assistant Manager"):
            last = s["left"] or END
            cands = [m for m in mgr[s["loc"]] if m["mgr_from"] <= last and (m["left"] is None or m["left"] >= last)]
            if not cands:
                cands = [m for m in mgr[s["loc"]] if m["mgr_from"] <= last]
            s["boss"] = cands[-1]
    for s in staff:
        if s["rate"] is None and s["title"] in ("Sales Assistant",):
            s["rate"] = rate_on(s["hired"])

    def employed(s, d):
        return s["hired"] <= d and (s["left"] is None or d <= s["left"])

    FLOOR = ("Shop Manager", "Assistant Manager", "Sales Assistant")

    def floor_staff(k, d):
        if k == "EVT":
            return [s for s in staff if s["loc"] in ("SHR", "LUD") and s["title"] in FLOOR and employed(s, d)]
        out = [s for s in staff if s["loc"] == k and s["title"] in FLOOR and employed(s, d)]
        if k == "HER":   # Callum Reece was assistant manager before he took over the shop
            pass
        return out

    # ------------------------------------------------------------ categories and catalogue
    cat_id, cat_rows, top_of = {}, [], {}
    for i, (top, subs) in enumerate(CATS, 1):
        cat_id[top] = ids.new(24)
        cat_rows.append((cat_id[top], top, None, i))
        top_of[top] = top
        for j, sub in enumerate(subs, 1):
            cat_id[sub] = ids.new(24)
            cat_rows.append((cat_id[sub], sub, cat_id[top], j))
            top_of[sub] = top
    con.executemany("INSERT INTO categories VALUES (?,?,?,?)", cat_rows)

    items, variations = [], []
    sku = [31000]
    for name, cat, brand, vars_, pop, created, archived, evt in ITEMS:
        cr = DT.combine(created, dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))) if created else \
            DT(2019, 3, 4, 12, 0, 0) + TD(days=rng.randint(0, 1200), minutes=rng.randint(0, 400))
        it = {"id": ids.new(24), "name": name, "cat": cat, "brand": brand, "pop": pop, "created": cr,
              "archived": DT.combine(archived, dt.time(18, rng.randint(0, 59), rng.randint(0, 59))) if archived else None,
              "evt": evt, "zero": top_of[cat] in ZERO_RATED_TOP, "vars": []}
        items.append(it)
        for o, (vname, price) in enumerate(vars_, 1):
            sku[0] += rng.randint(3, 40)
            old = price - 100 * round(price * 0.08 / 100) if brand in RISE_BRANDS else price
            cost_ratio = 0.42 if it["zero"] else rng.choice([0.48, 0.5, 0.52, 0.55])
            v = {"id": ids.new(24), "item": it, "name": vname, "sku": f"WA-{sku[0]}", "ord": o, "price": price, "old": old,
                 "cost": None if rng.random() < 0.08 else int(round(price / 1.2 * cost_ratio)) if not it["zero"] else int(round(price * cost_ratio)),
                 "track": 0 if top_of[cat] == "Pantry" else 1}
            it["vars"].append(v)
            variations.append(v)

    def price_on(v, d):
        return v["old"] if d < PRICE_RISE else v["price"]

    # ------------------------------------------------------------ customers (created lazily)
    customers = []

    def address(k):
        towns = TOWNS[k]
        town = rng.choices(towns, weights=[t[3] for t in towns])[0]
        pcd = rng.choice(town[2])
        pc = f"{pcd} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return (f"{rng.randint(1, 120)} {rng.choice(STREETS)}", town[0], town[1], pc)

    emails = set()

    def email_for(g, f):
        base = (fold(g) + "." + fold(f)).lower().replace(" ", "").replace("'", "")
        dom = rng.choice(["gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"])
        e = f"{base}@{dom}"
        n = 2
        while e in emails:
            e = f"{base}{n}@{dom}"
            n += 1
        emails.add(e)
        return e

    cust_names = set()

    def new_customer(when, k, source):
        while True:
            g, f = rng.choice(MARCHES_FIRST), rng.choice(MARCHES_LAST)
            if (g, f) not in cust_names:
                cust_names.add((g, f))
                break
        has_addr = source == "DIRECTORY" or (source == "APPOINTMENTS" and rng.random() < 0.5) or (source == "INSTANT_PROFILE" and rng.random() < 0.3)
        has_email = source in ("DIRECTORY", "APPOINTMENTS") or rng.random() < 0.55
        a = address(k) if has_addr else (None, None, None, None)
        c = {"id": ids.new(26), "given": g, "family": f, "email": email_for(g, f) if has_email else None,
             "phone": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}" if rng.random() < 0.45 else None,
             "addr": a, "source": source, "created": when, "home": k if k != "EVT" else rng.choice(["SHR", "LUD"]),
             "w": min(rng.paretovariate(1.6), 10.0), "unsub": 1 if rng.random() < 0.12 else 0, "updated": when,
             "company": None, "note": None, "ms": rng.randint(0, 999)}
        customers.append(c)
        return c

    # some customers were on file before 2023 (shop sign-ups and earlier card customers)
    for _ in range(560):
        k = rng.choices(["SHR", "LUD", "HER", "LEO"], weights=[5, 3, 3, 1])[0]
        first = max(loc[k]["first"], D(2019, 3, 5))
        span = (D(2022, 12, 31) - first).days
        when = DT.combine(first + TD(days=rng.randint(0, span)), dt.time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))
        new_customer(when, k, rng.choice(["INSTANT_PROFILE", "INSTANT_PROFILE", "DIRECTORY"]))
    # a few trade customers (cafés and a cookery school) with company names
    for comp, k in [("The Wenlock Kitchen", "SHR"), ("Corve Street Café", "LUD"), ("Wye Valley Cookery School", "HER"),
                    ("Castle Bakehouse", "SHR"), ("Teme Valley Deli", "LUD")]:
        c = new_customer(DT(2022, rng.randint(1, 11), rng.randint(1, 28), 11, rng.randint(0, 59), rng.randint(0, 59)), k, "DIRECTORY")
        c["company"], c["w"], c["note"] = comp, 9.0, "Trade account - invoice monthly"

    # ------------------------------------------------------------ orders
    orders, lines, payments, refunds = [], [], [], []
    by_home = {}

    def pick_customer(k, when):
        pool = [c for c in by_home.get(k if k != "EVT" else rng.choice(["SHR", "LUD"]), []) if c["created"] < when - TD(seconds=30)]
        if pool and rng.random() < 0.66:
            total = sum(c["w"] for c in pool)
            x = rng.random() * total
            for c in pool:
                x -= c["w"]
                if x <= 0:
                    return c
            return pool[-1]
        c = new_customer(when - TD(seconds=rng.randint(20, 300)), k, "INSTANT_PROFILE")
        by_home.setdefault(c["home"], []).append(c)
        return c

    for c in customers:
        by_home.setdefault(c["home"], []).append(c)

    def live_vars(d, k):
        out = []
        for v in variations:
            it = v["item"]
            if it["created"].date() >= d or (it["archived"] and d > it["archived"].date() - TD(days=1)):
                continue
            if k == "EVT" and not it["evt"]:
                continue
            out.append(v)
        return out

    def season_w(v, d):
        top = top_of[v["item"]["cat"]]
        w = v["item"]["pop"] / len(v["item"]["vars"]) ** 0.5
        if d.month in (11, 12) and top in ("Tableware", "Knives", "Coffee & Tea", "Small Appliances", "Cookbooks"):
            w *= 1.6
        if d.month in (1, 2) and v["item"]["cat"] == "Bread & Sourdough":
            w *= 1.7
        return w

    def make_order(k, when, cust, member, disc=None, state="COMPLETED", lines_hint=None):
        d = when.date()
        pool = live_vars(d, k)
        weights = [season_w(v, d) for v in pool]
        nl = lines_hint or rng.choices([1, 2, 3, 4], weights=[60, 25, 10, 5])[0]
        chosen = []
        while len(chosen) < nl:
            v = rng.choices(pool, weights=weights)[0]
            if v not in chosen:
                chosen.append(v)
        pct = {"Staff 20%": 20, "Cookery Class 10%": 10, "Black Friday 15%": 15, "Closing Down 30%": 30, "Trade 10%": 10}.get(disc, 0)
        o = {"id": ids.new(29, Ids.MIX), "loc": k, "cust": cust, "member": member, "state": state, "disc": disc,
             "when": when, "ms": rng.randint(0, 999), "lines": []}
        for v in chosen:
            p = price_on(v, d)
            q = 1 if p >= 2000 else rng.choices([1, 2, 3, 4], weights=[70, 20, 6, 4])[0]
            if cust and cust["company"] and p < 3000:
                q = rng.choice([2, 4, 6, 6, 12])
            gross = q * p
            dm = half_up(gross * pct, 100)
            net = gross - dm
            tax = 0 if v["item"]["zero"] else half_up(net * 20, 120)
            ln = {"id": ids.new(22, Ids.MIX), "order": o, "var": v, "qty": q, "base": p, "gross": gross, "disc": dm, "tax": tax, "net": net}
            o["lines"].append(ln)
            lines.append(ln)
        o["total"] = sum(l["net"] for l in o["lines"])
        o["tax"] = sum(l["tax"] for l in o["lines"])
        o["dtot"] = sum(l["disc"] for l in o["lines"])
        o["pays"] = []
        if state == "COMPLETED":
            t = when + TD(seconds=rng.randint(15, 120))
            yr = d.year
            cash_p = {2023: 0.15, 2024: 0.12, 2025: 0.09}[yr] if k != "EVT" else 0.22
            r = rng.random()
            remaining = o["total"]
            if r < 0.03 and k != "EVT":
                gv = rng.choice([2500, 5000, 5000, 10000])
                amt = min(gv, remaining)
                o["pays"].append({"id": ids.new(22, Ids.MIX), "src": "GIFT_CARD", "brand": "SQUARE_GIFT_CARD", "amt": amt, "t": t, "ms": rng.randint(0, 999)})
                remaining -= amt
                t += TD(seconds=rng.randint(20, 90))
            if remaining > 0:
                if r >= 0.03 and r < 0.03 + cash_p:
                    o["pays"].append({"id": ids.new(22, Ids.MIX), "src": "CASH", "brand": None, "amt": remaining, "t": t, "ms": rng.randint(0, 999)})
                else:
                    brand = rng.choices(["VISA", "MASTERCARD", "AMERICAN_EXPRESS"], weights=[62, 31, 7])[0]
                    o["pays"].append({"id": ids.new(22, Ids.MIX), "src": "CARD", "brand": brand, "amt": remaining, "t": t, "ms": rng.randint(0, 999)})
            o["closed"] = o["pays"][-1]["t"]
            for p_ in o["pays"]:
                p_["order"] = o
                payments.append(p_)
        else:
            o["closed"] = None
        orders.append(o)
        if cust:
            if when > cust["updated"]:
                cust["updated"] = when
        return o

    def shop_time(d, rng_):
        h = rng_.choices([9, 10, 11, 12, 13, 14, 15, 16, 17], weights=[4, 8, 11, 12, 12, 11, 10, 8, 3])[0]
        m = rng_.randint(0, 29 if h == 17 else 59)
        return DT.combine(d, dt.time(h, m, rng_.randint(0, 59)))

    def evt_time(d, rng_):
        return DT.combine(d, dt.time(rng_.randint(10, 16), rng_.randint(0, 59), rng_.randint(0, 59)))

    for d in daterange(START, END):
        for k in ("SHR", "LUD", "HER", "LEO", "NPT", "EVT"):
            if not trading(k, d):
                continue
            lam = BASE_LAMBDA[k] * YEAR_F[d.year]
            if k != "EVT":
                lam *= MONTH_F[d.month]
                lam *= {0: 0.8, 1: 0.9, 2: 0.95, 3: 1.0, 4: 1.1, 5: 1.5, 6: 0.9}[d.weekday()]
                if d in BLACK_FRIDAY:
                    lam *= 2.6
                if k == "LEO" and d >= D(2024, 6, 1):
                    lam *= 2.4
                if k == "NPT":
                    lam *= min(1.0, 0.55 + (d - loc["NPT"]["first"]).days / 250)
            n = poisson(rng, lam)
            times = sorted((evt_time if k == "EVT" else shop_time)(d, rng) for _ in range(n))
            crew = floor_staff(k, d)
            for when in times:
                member = rng.choice(crew)
                disc = None
                if k != "EVT" and d in BLACK_FRIDAY:
                    disc = "Black Friday 15%"
                elif k == "LEO" and d >= D(2024, 6, 1):
                    disc = "Closing Down 30%"
                cust = None
                r = rng.random()
                if k != "EVT" and r < 0.012:
                    disc = "Staff 20%"
                elif r < (0.15 if k == "EVT" else 0.44):
                    cust = pick_customer(k, when)
                    if cust["company"]:
                        disc = "Trade 10%"
                state = "CANCELED" if rng.random() < 0.014 else "COMPLETED"
                make_order(k, when, cust, member, disc, state)
        # shop sign-ups to the mailing list (directory customers), some of whom never buy
        for k in ("SHR", "LUD", "HER", "LEO", "NPT"):
            if trading(k, d) and rng.random() < 0.06:
                c = new_customer(shop_time(d, rng), k, "DIRECTORY")
                by_home.setdefault(c["home"], []).append(c)

    # ------------------------------------------------------------ cookery school
    classes, bookings = [], []
    class_days = []
    for d in daterange(START, D(2026, 1, 31)):
        if d.weekday() == 1 and trading("SHR", d) or (d.weekday() == 1 and d > END):
            class_days.append(("SHR", DT.combine(d, dt.time(18, 30))))
        if d.weekday() == 5 and (trading("SHR", d) or d > END) and rng.random() < 0.75:
            class_days.append(("SHR", DT.combine(d, dt.time(10, 0))))
        if d.weekday() == 3 and d >= D(2023, 9, 7) and (trading("HER", d) or d > END):
            class_days.append(("HER", DT.combine(d, dt.time(18, 30))))
    for k, start in class_days:
        d = start.date()
        if start.weekday() == 5 and d.month in (4, 8, 10) or (start.weekday() == 5 and d.month == 7 and d.day > 20):
            title = "Kids' Baking"
        elif d.month == 12 or (d.month == 11 and d.day > 10):
            title = rng.choice(["Christmas Baking", "Christmas Baking", "Macarons", "Knife Skills"])
        else:
            title = rng.choice([c[0] for c in CLASSES if c[0] not in ("Kids' Baking", "Christmas Baking")])
        price, dur = [(p, m) for t, p, m in CLASSES if t == title][0]
        if d >= D(2025, 1, 1):
            price += 500
        tut = [t for t in tutors if t["loc"] == k and employed(t, d)]
        if k == "SHR" and title == "Cast Iron Cooking" and rng.random() < 0.5:
            tut = [owner]
        if not tut:
            tut = [owner]
        cap = 8 if k == "HER" else (10 if title == "Kids' Baking" else 12)
        status = "SCHEDULED" if d > END else ("CANCELED" if rng.random() < 0.03 else "COMPLETED")
        cl = {"id": ids.new(10, Ids.UP, "CLS-"), "loc": k, "title": title, "inst": rng.choice(tut), "start": start, "dur": dur,
              "cap": cap, "price": price, "status": status, "ms": 0}
        classes.append(cl)
        fill = rng.uniform(0.95, 1.0) if d.month == 12 else rng.uniform(0.45, 1.0)
        if d > END:
            fill *= 0.6
        target = int(round(cap * fill))
        seats_taken = 0
        while seats_taken < target:
            seats = min(rng.choices([1, 2], weights=[62, 38])[0], target - seats_taken)
            bt_day = d - TD(days=rng.randint(1, 55))
            if bt_day > END:
                bt_day = END - TD(days=rng.randint(0, 20))
            bt = DT.combine(bt_day, dt.time(rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59)))
            if rng.random() < 0.62 and by_home.get(k):
                pool = [c for c in by_home[k] if c["created"] < bt]
                cust = rng.choices(pool, weights=[c["w"] for c in pool])[0] if pool else None
            else:
                cust = None
            if cust is None:
                cust = new_customer(bt - TD(seconds=rng.randint(5, 60)), k, "APPOINTMENTS")
                by_home.setdefault(cust["home"], []).append(cust)
            if cl["status"] == "CANCELED":
                st = "CANCELLED_BY_SELLER"
            elif cl["status"] == "SCHEDULED":
                st = "CANCELLED_BY_CUSTOMER" if rng.random() < 0.05 else "ACCEPTED"
            else:
                st = rng.choices(["ACCEPTED", "NO_SHOW", "CANCELLED_BY_CUSTOMER"], weights=[88, 4, 8])[0]
            bk = {"id": ids.new(14, "abcdefghijklmnopqrstuvwxyz0123456789"), "cls": cl, "cust": cust, "seats": seats,
                  "amt": seats * price, "status": st, "t": bt, "ms": rng.randint(0, 999)}
            bookings.append(bk)
            seats_taken += seats
            if bt > cust["updated"]:
                cust["updated"] = bt
        # after-class shopping with the class discount
        if cl["status"] == "COMPLETED":
            end_t = start + TD(minutes=dur)
            crew = floor_staff(k, d) or [s for s in staff if s["loc"] == k and employed(s, d)]
            for bk in [b for b in bookings if b["cls"] is cl and b["status"] == "ACCEPTED"]:
                if rng.random() < 0.22 and crew and end_t.hour < 21:
                    make_order(k, end_t + TD(minutes=rng.randint(2, 25), seconds=rng.randint(0, 59)), bk["cust"], rng.choice(crew), "Cookery Class 10%")

    # ------------------------------------------------------------ refunds
    open_days = {}
    for o in orders:
        if o["state"] != "COMPLETED" or o["loc"] == "EVT" or rng.random() >= 0.023:
            continue
        k = o["loc"]
        d0 = o["when"].date()
        days = [d0 + TD(days=i) for i in range(1, 29) if d0 + TD(days=i) <= END and trading(k, d0 + TD(days=i))]
        if not days:
            continue
        rd = rng.choice(days[:10] if rng.random() < 0.7 else days)
        ln = rng.choice(o["lines"])
        q = ln["qty"] if ln["qty"] == 1 or rng.random() < 0.6 else rng.randint(1, ln["qty"] - 1)
        amt = half_up(ln["net"] * q, ln["qty"])
        t = shop_time(rd, rng)
        pay = max(o["pays"], key=lambda p: (p["amt"], p["id"]))
        if amt > pay["amt"]:
            continue
        reason = rng.choices(REFUND_REASONS, weights=[35, 30, 12, 15, 8])[0]
        refunds.append({"id": ids.new(30, Ids.MIX), "pay": pay, "order": o, "line": ln, "loc": k, "qty": q, "amt": amt,
                        "reason": reason, "t": t, "ms": rng.randint(0, 999)})

    # ------------------------------------------------------------ write
    con.executemany("INSERT INTO team_members VALUES (" + ",".join("?" * 14) + ")", [
        (s["id"], s["given"], s["family"], email_for(s["given"], s["family"]).split("@")[0] + "@whiskandanvil.co.uk",
         f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}" if rng.random() < 0.8 else None, s["title"],
         loc[s["loc"]]["id"] if s["loc"] else None, s["boss"]["id"] if s["boss"] else None, s["owner"],
         "INACTIVE" if s["left"] else "ACTIVE", s["rate"], s["hired"].isoformat(), s["left"].isoformat() if s["left"] else None,
         utc(max(DT.combine(s["hired"], dt.time(9, 5)) - TD(days=rng.randint(1, 10)), DT(2019, 3, 4, 10, 30)), rng.randint(0, 999)))
        for s in staff])
    con.executemany("INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?)", [
        (it["id"], it["name"], None if rng.random() < 0.3 else f"{it['brand']} {it['cat'].lower()}", cat_id[it["cat"]], it["brand"],
         "VAT 0%" if it["zero"] else "VAT 20%", 1 if it["archived"] else 0, utc(it["created"], rng.randint(0, 999)),
         utc(it["archived"] if it["archived"] else min(it["created"] + TD(days=rng.randint(0, 600)), DT(2025, 12, 30, 17, 0)), rng.randint(0, 999)))
        for it in items])
    con.executemany("INSERT INTO item_variations VALUES (?,?,?,?,?,?,?,?,?,?)", [
        (v["id"], v["item"]["id"], v["name"], v["sku"], v["ord"], "FIXED_PRICING", v["price"], v["cost"], v["track"],
         utc(v["item"]["created"], rng.randint(0, 999))) for v in variations])
    vend_rows, iv_rows = [], []
    vid = {}
    for name, acct, contact, town, country, status, prim, second in VENDORS:
        vid[name] = ids.new(16)
        dom = fold(name).lower().replace(" ", "").replace(".", "").replace("&", "")[:18]
        vend_rows.append((vid[name], name, acct, contact, f"orders@{dom}.com", f"0{rng.randint(1200, 1999)} {rng.randint(100000, 999999)}",
                          town, country, status, utc(DT(2019, 3, 4, 12) + TD(days=rng.randint(0, 900)), rng.randint(0, 999))))
    con.executemany("INSERT INTO vendors VALUES (?,?,?,?,?,?,?,?,?,?)", vend_rows)
    for it in items:
        cost = min([v["cost"] for v in it["vars"] if v["cost"]] or [int(it["vars"][0]["price"] * 0.45)])
        for name, acct, contact, town, country, status, prim, second in VENDORS:
            if it["brand"] in prim:
                iv_rows.append((it["id"], vid[name], f"{acct.split('-')[0]}-{rng.randint(100, 9999)}", cost, rng.choice([5, 7, 10, 14, 21]) if country == "GB" else rng.choice([21, 28, 42]), 1))
        for name, acct, contact, town, country, status, prim, second in VENDORS:
            if it["brand"] in second and rng.random() < 0.55:
                iv_rows.append((it["id"], vid[name], None if rng.random() < 0.3 else f"{rng.randint(100000, 999999)}", int(cost * rng.uniform(1.04, 1.15)), rng.choice([2, 3, 5]), 0))
    con.executemany("INSERT INTO item_vendors VALUES (?,?,?,?,?,?)", iv_rows)
    con.executemany("INSERT INTO customers VALUES (" + ",".join("?" * 16) + ")", [
        (c["id"], c["given"], c["family"], c["company"], c["email"], c["phone"], c["addr"][0], c["addr"][1], c["addr"][2], c["addr"][3],
         "GB" if c["addr"][0] else None, c["source"], c["unsub"], c["note"], utc(c["created"], c["ms"]), utc(c["updated"], (c["ms"] + 7) % 1000))
        for c in customers])
    orders.sort(key=lambda o: (o["when"], o["id"]))
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
        (o["id"], loc[o["loc"]]["id"], o["cust"]["id"] if o["cust"] else None, o["member"]["id"], o["state"], o["disc"],
         o["total"], o["tax"], o["dtot"], "GBP", utc(o["when"], o["ms"]), utc(o["closed"], o["pays"][-1]["ms"]) if o["closed"] else None)
        for o in orders])
    con.executemany("INSERT INTO order_line_items VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
        (l["id"], o["id"], l["var"]["id"], l["var"]["item"]["name"], l["var"]["name"], str(l["qty"]), l["base"], l["gross"], l["disc"], l["tax"], l["net"])
        for o in orders for l in o["lines"]])
    con.executemany("INSERT INTO payments VALUES (?,?,?,?,?,?,?,?,?)", [
        (p["id"], o["id"], loc[o["loc"]]["id"], p["src"], p["brand"], p["amt"], "GBP", "COMPLETED", utc(p["t"], p["ms"]))
        for o in orders for p in o["pays"]])
    refunds.sort(key=lambda r: (r["t"], r["id"]))
    con.executemany("INSERT INTO refunds VALUES (?,?,?,?,?,?,?,?,?,?)", [
        (r["id"], r["pay"]["id"], r["order"]["id"], r["line"]["id"], loc[r["loc"]]["id"], r["qty"], r["amt"], r["reason"], "COMPLETED", utc(r["t"], r["ms"]))
        for r in refunds])
    con.executemany("INSERT INTO cookery_classes VALUES (?,?,?,?,?,?,?,?,?)", [
        (c["id"], loc[c["loc"]]["id"], c["title"], c["inst"]["id"], utc(c["start"], 0), c["dur"], c["cap"], c["price"], c["status"])
        for c in classes])
    bookings.sort(key=lambda b: (b["t"], b["id"]))
    con.executemany("INSERT INTO class_bookings VALUES (?,?,?,?,?,?,?)", [
        (b["id"], b["cls"]["id"], b["cust"]["id"], b["seats"], b["amt"], b["status"], utc(b["t"], b["ms"])) for b in bookings])
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}: {len(orders)} orders, {len(lines)} lines, {len(customers)} customers, {len(classes)} classes, {len(bookings)} bookings")


if __name__ == "__main__":
    main()
