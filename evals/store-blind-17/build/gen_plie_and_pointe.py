"""Plié & Pointe: a (fictional) dancewear shop in South and West Wales.

Shops (Odoo point-of-sale configurations): Cardiff Castle Arcade (also open on Sundays), Swansea, the Bridgend Dance
Centre concession (last day Saturday 29 June 2024, closed on Mondays) and Carmarthen (opened on Saturday 7 September
2024).  Every shop is closed on 25-26 December, 1 January and Easter Sunday.  An online shop (the Odoo website) and
bulk uniform orders from dance schools come in as sales orders.  Ballet shoes, pointe shoes (fitted in the shop by a
fitting specialist), tap and jazz shoes, leotards, tights, skirts and warm-ups, accessories.

Schema style: an ODOO 17 database (Community, with the point of sale, sales, website, HR and Studio), copied table by
table from PostgreSQL into SQLite, keeping only the business tables.  Ordinary Odoo quirks:
  * models as tables with dots turned into underscores (res_partner, product_template, pos_order_line);
  * every table has an integer "id", create_date / write_date in UTC as 'YYYY-MM-DD HH:MM:SS' (no fraction);
  * translatable names are JSON text keyed by language ('{"en_US": "Card"}'; some have "cy_GB" Welsh too):
    product_template.name, product_attribute(_value).name, pos_payment_method.name, crm_team.name;
  * a product TEMPLATE and its VARIANTS (product_product) with attribute values through the many-to-many table
    product_attribute_value_product_product_rel;
  * archiving instead of deleting: active = 0 (closed shop, discontinued products and variants, a leaver, a closed
    dance school, the website's public user);
  * selection fields as strings (pos_order.state 'paid' / 'done' / 'invoiced' / 'cancel'; sale_order.state 'draft' /
    'sent' / 'sale' / 'done' / 'cancel');
  * POS refunds as separate orders with negative quantities and amounts, a name ending ' REFUND' and
    refunded_orderline_id pointing back at the line refunded (a self-reference); payments in their own table;
  * a single name field for people; partner hierarchy parent_id (contacts of a dance school); employees' manager
    parent_id and coach coach_id (self-references);
  * prices include VAT (20 %); children's sizes are zero-rated, so price_subtotal (before VAT) equals
    price_subtotal_incl on those lines;
  * Studio custom fields x_studio_brand (product_template), x_studio_shop (hr_employee -> pos_config) and
    x_studio_dance_school (res_partner -> res_partner).

Standard library only; fixed seed; deterministic output."""
import json, os, random, sqlite3, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import WALES_FIRST, WALES_LAST

SEED = 8830517
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "plie_and_pointe.sqlite")
D, DT, TD = dt.date, dt.datetime, dt.timedelta
START, END = D(2024, 1, 2), D(2025, 12, 31)
EASTER = {D(2024, 3, 31), D(2025, 4, 20)}

SCHEMA = """
CREATE TABLE "res_country_state" ("id" INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, "code" VARCHAR NOT NULL, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "res_partner" ("id" INTEGER PRIMARY KEY, "name" VARCHAR, "complete_name" VARCHAR, "parent_id" INTEGER REFERENCES "res_partner" ("id") ON DELETE SET NULL, "is_company" BOOLEAN, "type" VARCHAR, "ref" VARCHAR, "street" VARCHAR, "city" VARCHAR, "zip" VARCHAR, "state_id" INTEGER REFERENCES "res_country_state" ("id") ON DELETE RESTRICT, "email" VARCHAR, "phone" VARCHAR, "customer_rank" INTEGER, "active" BOOLEAN, "comment" TEXT, "x_studio_dance_school" INTEGER REFERENCES "res_partner" ("id") ON DELETE SET NULL, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE INDEX "res_partner_parent_id_index" ON "res_partner" ("parent_id");
CREATE TABLE "pos_config" ("id" INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, "active" BOOLEAN, "receipt_header" TEXT, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "hr_employee" ("id" INTEGER PRIMARY KEY, "name" VARCHAR, "job_title" VARCHAR, "work_email" VARCHAR, "mobile_phone" VARCHAR, "parent_id" INTEGER REFERENCES "hr_employee" ("id") ON DELETE SET NULL, "coach_id" INTEGER REFERENCES "hr_employee" ("id") ON DELETE SET NULL, "active" BOOLEAN, "departure_date" DATE, "x_studio_shop" INTEGER REFERENCES "pos_config" ("id") ON DELETE SET NULL, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "product_category" ("id" INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, "complete_name" VARCHAR, "parent_id" INTEGER REFERENCES "product_category" ("id") ON DELETE CASCADE, "parent_path" VARCHAR, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "product_template" ("id" INTEGER PRIMARY KEY, "name" JSONB NOT NULL, "default_code" VARCHAR, "type" VARCHAR NOT NULL, "categ_id" INTEGER NOT NULL REFERENCES "product_category" ("id") ON DELETE RESTRICT, "list_price" NUMERIC, "sale_ok" BOOLEAN, "available_in_pos" BOOLEAN, "active" BOOLEAN, "x_studio_brand" VARCHAR, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "product_product" ("id" INTEGER PRIMARY KEY, "product_tmpl_id" INTEGER NOT NULL REFERENCES "product_template" ("id") ON DELETE CASCADE, "default_code" VARCHAR, "barcode" VARCHAR, "combination_indices" VARCHAR, "active" BOOLEAN, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE INDEX "product_product_product_tmpl_id_index" ON "product_product" ("product_tmpl_id");
CREATE TABLE "product_attribute" ("id" INTEGER PRIMARY KEY, "name" JSONB NOT NULL, "sequence" INTEGER, "create_variant" VARCHAR, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "product_attribute_value" ("id" INTEGER PRIMARY KEY, "name" JSONB NOT NULL, "attribute_id" INTEGER NOT NULL REFERENCES "product_attribute" ("id") ON DELETE CASCADE, "sequence" INTEGER, "html_color" VARCHAR, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "product_attribute_value_product_product_rel" ("product_product_id" INTEGER NOT NULL REFERENCES "product_product" ("id") ON DELETE CASCADE, "product_attribute_value_id" INTEGER NOT NULL REFERENCES "product_attribute_value" ("id") ON DELETE CASCADE, PRIMARY KEY ("product_product_id", "product_attribute_value_id"));
CREATE TABLE "pos_payment_method" ("id" INTEGER PRIMARY KEY, "name" JSONB NOT NULL, "is_cash_count" BOOLEAN, "active" BOOLEAN, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "pos_session" ("id" INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, "config_id" INTEGER NOT NULL REFERENCES "pos_config" ("id") ON DELETE RESTRICT, "state" VARCHAR NOT NULL, "start_at" TIMESTAMP, "stop_at" TIMESTAMP, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "pos_order" ("id" INTEGER PRIMARY KEY, "name" VARCHAR, "pos_reference" VARCHAR, "session_id" INTEGER NOT NULL REFERENCES "pos_session" ("id") ON DELETE RESTRICT, "partner_id" INTEGER REFERENCES "res_partner" ("id") ON DELETE SET NULL, "employee_id" INTEGER REFERENCES "hr_employee" ("id") ON DELETE SET NULL, "date_order" TIMESTAMP, "state" VARCHAR, "amount_tax" NUMERIC NOT NULL, "amount_total" NUMERIC NOT NULL, "amount_paid" NUMERIC NOT NULL, "amount_return" NUMERIC NOT NULL, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE INDEX "pos_order_session_id_index" ON "pos_order" ("session_id");
CREATE INDEX "pos_order_partner_id_index" ON "pos_order" ("partner_id");
CREATE TABLE "pos_order_line" ("id" INTEGER PRIMARY KEY, "order_id" INTEGER NOT NULL REFERENCES "pos_order" ("id") ON DELETE CASCADE, "product_id" INTEGER NOT NULL REFERENCES "product_product" ("id") ON DELETE RESTRICT, "full_product_name" VARCHAR, "qty" NUMERIC, "price_unit" NUMERIC, "discount" NUMERIC, "price_subtotal" NUMERIC NOT NULL, "price_subtotal_incl" NUMERIC NOT NULL, "refunded_orderline_id" INTEGER REFERENCES "pos_order_line" ("id") ON DELETE SET NULL, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE INDEX "pos_order_line_order_id_index" ON "pos_order_line" ("order_id");
CREATE TABLE "pos_payment" ("id" INTEGER PRIMARY KEY, "pos_order_id" INTEGER NOT NULL REFERENCES "pos_order" ("id") ON DELETE CASCADE, "payment_method_id" INTEGER NOT NULL REFERENCES "pos_payment_method" ("id") ON DELETE RESTRICT, "amount" NUMERIC NOT NULL, "payment_date" TIMESTAMP NOT NULL, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE INDEX "pos_payment_pos_order_id_index" ON "pos_payment" ("pos_order_id");
CREATE TABLE "crm_team" ("id" INTEGER PRIMARY KEY, "name" JSONB NOT NULL, "active" BOOLEAN, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE TABLE "sale_order" ("id" INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, "partner_id" INTEGER NOT NULL REFERENCES "res_partner" ("id") ON DELETE RESTRICT, "team_id" INTEGER REFERENCES "crm_team" ("id") ON DELETE SET NULL, "state" VARCHAR, "date_order" TIMESTAMP NOT NULL, "client_order_ref" VARCHAR, "amount_untaxed" NUMERIC, "amount_tax" NUMERIC, "amount_total" NUMERIC, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE INDEX "sale_order_partner_id_index" ON "sale_order" ("partner_id");
CREATE TABLE "sale_order_line" ("id" INTEGER PRIMARY KEY, "order_id" INTEGER NOT NULL REFERENCES "sale_order" ("id") ON DELETE CASCADE, "sequence" INTEGER, "product_id" INTEGER REFERENCES "product_product" ("id") ON DELETE RESTRICT, "name" TEXT NOT NULL, "product_uom_qty" NUMERIC NOT NULL, "qty_delivered" NUMERIC, "price_unit" NUMERIC NOT NULL, "discount" NUMERIC, "price_subtotal" NUMERIC, "price_tax" NUMERIC, "price_total" NUMERIC, "is_delivery" BOOLEAN, "create_date" TIMESTAMP, "write_date" TIMESTAMP);
CREATE INDEX "sale_order_line_order_id_index" ON "sale_order_line" ("order_id");
"""

# id, name, active, receipt header, first day, last day, open weekdays, Sunday hours, orders per day
CONFIGS = [
    (1, "Cardiff Castle Arcade", 1, "Plié & Pointe\n14 Castle Arcade, Cardiff CF10 1BU\n029 2034 5512", D(2019, 3, 1), None, (0, 1, 2, 3, 4, 5, 6), 8.0),
    (2, "Swansea", 1, "Plié & Pointe\n27 Oxford Street, Swansea SA1 3AQ\n01792 468 230", D(2021, 4, 10), None, (0, 1, 2, 3, 4, 5), 5.2),
    (3, "Bridgend Dance Centre", 0, "Plié & Pointe at Bridgend Dance Centre\nQuarella Road, Bridgend CF31 1JP\n01656 761 904", D(2022, 9, 6), D(2024, 6, 29), (1, 2, 3, 4, 5), 3.0),
    (4, "Carmarthen", 1, "Plié & Pointe\n8 King Street, Carmarthen SA31 1BS\n01267 221 675", D(2024, 9, 7), None, (0, 1, 2, 3, 4, 5), 3.8),
]
MONTH_F = [0, 1.15, 0.9, 1.0, 0.95, 1.0, 1.05, 0.72, 0.95, 1.7, 1.1, 1.05, 1.2]
DOW_F = [0.7, 0.85, 0.9, 0.95, 1.0, 1.6, 0.6]
YEAR_F = {2024: 1.0, 2025: 1.06}

STATES = [(1, "Cardiff", "CRF"), (2, "Vale of Glamorgan", "VGL"), (3, "Rhondda Cynon Taf", "RCT"), (4, "Caerphilly", "CAY"), (5, "Newport", "NWP"),
          (6, "Monmouthshire", "MON"), (7, "Torfaen", "TOF"), (8, "Bridgend", "BGE"), (9, "Neath Port Talbot", "NTL"), (10, "Swansea", "SWA"),
          (11, "Carmarthenshire", "CMN"), (12, "Pembrokeshire", "PEM"), (13, "Ceredigion", "CGN"), (14, "Powys", "POW"), (15, "Merthyr Tydfil", "MTY"),
          (16, "Blaenau Gwent", "BGW"), (17, "Bristol, City of", "BST"), (18, "Gloucestershire", "GLS"), (19, "Herefordshire", "HEF"), (20, "Somerset", "SOM")]
# city: (state id, postcode prefixes)
CITIES = {"Cardiff": (1, ["CF5 1", "CF11 9", "CF14 4", "CF23 5", "CF24 3"]), "Penarth": (2, ["CF64 1", "CF64 3"]), "Barry": (2, ["CF62 6", "CF63 1"]),
          "Cowbridge": (2, ["CF71 7"]), "Pontypridd": (3, ["CF37 1", "CF37 4"]), "Llantrisant": (3, ["CF72 8"]), "Caerphilly": (4, ["CF83 1", "CF83 3"]),
          "Newport": None, "Abergavenny": (6, ["NP7 5"]), "Cwmbran": (7, ["NP44 1"]), "Bridgend": (8, ["CF31 1", "CF31 4"]), "Porthcawl": (8, ["CF36 3"]),
          "Maesteg": (8, ["CF34 9"]), "Neath": (9, ["SA10 6", "SA11 1"]), "Port Talbot": (9, ["SA12 6", "SA13 1"]), "Swansea": (10, ["SA1 6", "SA2 0", "SA5 4"]),
          "Mumbles": (10, ["SA3 4"]), "Gorseinon": (10, ["SA4 4"]), "Llanelli": (11, ["SA14 8", "SA15 1"]), "Carmarthen": (11, ["SA31 1", "SA31 3"]),
          "Ammanford": (11, ["SA18 2"]), "Haverfordwest": (12, ["SA61 1", "SA61 2"]), "Narberth": (12, ["SA67 7"]), "Fishguard": (12, ["SA65 9"]),
          "Cardigan": (13, ["SA43 1"]), "Brecon": (14, ["LD3 7"]), "Merthyr Tydfil": (15, ["CF47 8"]), "Ebbw Vale": (16, ["NP23 6"]),
          "Bristol": (17, ["BS6 6", "BS7 8"]), "Cheltenham": (18, ["GL50 2", "GL52 3"]), "Hereford": (19, ["HR1 2", "HR4 9"]), "Taunton": (20, ["TA1 4"])}
NEWPORT = {"NWP": (5, ["NP19 7", "NP20 4", "NP20 6"]), "PEM": (12, ["SA42 0"])}
LOCAL = {1: {"Cardiff": 12, "Penarth": 2.5, "Barry": 2.2, "Cowbridge": 1.2, "Pontypridd": 1.6, "Llantrisant": 1.0, "Caerphilly": 1.8, "Newport/NWP": 2.0,
             "Abergavenny": 0.4, "Cwmbran": 0.6, "Merthyr Tydfil": 0.5, "Ebbw Vale": 0.3, "Bristol": 0.3},
         2: {"Swansea": 10, "Mumbles": 2.0, "Gorseinon": 1.5, "Neath": 2.5, "Port Talbot": 2.0, "Llanelli": 2.4, "Ammanford": 0.5},
         3: {"Bridgend": 8, "Porthcawl": 2.5, "Maesteg": 2.0, "Port Talbot": 0.6, "Llantrisant": 0.6},
         4: {"Carmarthen": 8, "Llanelli": 1.2, "Ammanford": 1.6, "Haverfordwest": 2.0, "Narberth": 1.2, "Newport/PEM": 1.2, "Fishguard": 0.9, "Cardigan": 1.5},
         "web": {"Cardiff": 4, "Swansea": 3, "Newport/NWP": 1.5, "Newport/PEM": 0.4, "Bristol": 2.5, "Cheltenham": 1.5, "Hereford": 1.0, "Taunton": 0.8,
                 "Brecon": 0.8, "Cardigan": 0.8, "Haverfordwest": 0.8, "Abergavenny": 1.0, "Bridgend": 1.2, "Barry": 1.0, "Llanelli": 1.0, "Carmarthen": 0.8,
                 "Pontypridd": 0.8, "Merthyr Tydfil": 0.5}}
STREETS = ["Heol y Parc", "Heol Fawr", "Station Road", "Church Street", "Bryn Road", "Clos y Nant", "Ffordd yr Eglwys", "High Street", "Park View",
           "Maes y Coed", "Victoria Road", "Stryd y Castell", "Llys Derwen", "Cwrt y Felin", "Queen Street", "Mill Lane", "Tŷ Gwyn Road", "Orchard Close"]

# key, name, job title, shop config (None = office), hired, departure, manager key, coach key, Saturdays only, stints [(config, from, to)]
STAFF = [
    ("CL", "Catrin Llewellyn", "Owner", None, D(2019, 3, 1), None, None, None, False, None),
    ("RB", "Rhodri Bevan", "Operations Manager", None, D(2020, 6, 1), None, "CL", None, False, None),
    ("AP", "Angharad Pritchard", "Shop Manager", 1, D(2019, 3, 1), None, "RB", None, False, None),
    ("MH", "Mared Howells", "Senior Pointe Fitter", 1, D(2019, 9, 2), None, "AP", None, False, None),
    ("TR", "Tegan Rowlands", "Sales Assistant", 1, D(2021, 8, 16), None, "AP", "MH", False, None),
    ("FM", "Ffion Mathias", "Sales Assistant", 1, D(2022, 1, 10), D(2024, 8, 31), "AP", None, False, None),
    ("ML", "Maëlle Lefèvre", "Sales Assistant", 1, D(2024, 9, 2), None, "AP", "TR", False, None),
    ("OP", "Osian Phillips", "Saturday Assistant", 1, D(2023, 9, 2), None, "AP", None, True, None),
    ("HP", "Heledd Protheroe", "Shop Manager", 2, D(2021, 4, 10), D(2025, 4, 30), "RB", None, False, None),
    ("GM", "Gethin Morgan", "Shop Manager", 2, D(2025, 5, 6), None, "RB", None, False, None),
    ("LH", "Lowri Harries", "Pointe Fitter", 2, D(2021, 4, 10), None, "GM", "MH", False, None),
    ("GS", "Gemma Sutton", "Sales Assistant", 2, D(2022, 6, 6), None, "GM", None, False, None),
    ("NB", "Nia Beynon", "Saturday Assistant", 2, D(2023, 10, 7), D(2025, 6, 28), "GM", None, True, None),
    ("SR", "Sioned Rees", "Sales Assistant", 3, D(2022, 9, 6), D(2024, 6, 29), "CU", None, False, None),
    ("CU", "Cadi Lougher", "Shop Manager", 4, D(2022, 9, 6), None, "RB", None, False, [(3, D(2022, 9, 6), D(2024, 6, 29)), (4, D(2024, 9, 7), None)]),
    ("AI", "Alaw Ifans", "Sales Assistant", 4, D(2024, 8, 27), None, "CU", "CU", False, None),
    ("LW", "Llinos Wyn", "Pointe Fitter", 4, D(2025, 2, 3), None, "CU", "MH", False, None),
    ("OK", "Oksana Kowalska", "Online Orders Assistant", None, D(2023, 2, 13), None, "RB", None, False, None),
]
FITTERS = {"MH", "LH", "LW"}

SCHOOLS = [  # name, city, state code (Newport only), contacts, active until, weight by shop
    ("Castle School of Ballet", "Cardiff", None, ["Eleri Vaughan"], None, {1: 6}),
    ("Ysgol Ddawns Seren", "Caerphilly", None, ["Manon Rhydderch", "Iwan Rhydderch"], None, {1: 4}),
    ("Taff Vale Dance Studio", "Pontypridd", None, ["Kelly Probert"], None, {1: 4}),
    ("Barry Dance Centre", "Barry", None, ["Hayley Marsh"], None, {1: 3}),
    ("Newport Stage School", "Newport", "NWP", ["Joanne Webb", "Craig Webb"], None, {1: 3}),
    ("Cowbridge Ballet", "Cowbridge", None, ["Anwen Tudur"], None, {1: 2}),
    ("Gower Academy of Dance", "Mumbles", None, ["Sophia Gwynne"], None, {2: 6}),
    ("Neath Dance Academy", "Neath", None, ["Lisa Beynon"], None, {2: 4}),
    ("Llanelli Ballet School", "Llanelli", None, ["Rhiannon Harries", "Owain Harries"], None, {2: 3, 4: 2}),
    ("Bridgend Dance Centre", "Bridgend", None, ["Claire Stephens"], None, {3: 8}),
    ("Porthcawl School of Dance", "Porthcawl", None, ["Nicola Pearce"], D(2025, 7, 31), {3: 4, 2: 1}),
    ("Carmarthen Theatre School", "Carmarthen", None, ["Sioned Wyn"], None, {4: 6}),
    ("Preseli Dance", "Newport", "PEM", ["Gwenllïan Ifans"], None, {4: 3}),
    ("Cardigan Bay Ballet", "Cardigan", None, ["Lowri Cadwaladr"], None, {4: 2}),
]

CATEGORIES = [(1, "All", None), (2, "Saleable", 1), (3, "Ballet Shoes", 2), (4, "Pointe Shoes", 2), (5, "Tap & Jazz Shoes", 2), (6, "Leotards", 2),
              (7, "Tights & Socks", 2), (8, "Skirts & Warm-ups", 2), (9, "Accessories", 2), (10, "Services", 2), (11, "Deliveries", 1)]
ATTRS = [(1, "Colour", "Lliw", "always"), (2, "Shoe Size", "Maint Esgid", "always"), (3, "Width", "Lled", "always"), (4, "Garment Size", "Maint Dilledyn", "always")]
COLOURS = [("Pink", "Pinc", "#F4C2C2"), ("White", "Gwyn", "#FFFFFF"), ("Black", "Du", "#000000"), ("Tan", "Lliw Haul", "#D2B48C"), ("Navy", "Glas Tywyll", "#1F2A44"),
           ("Lilac", "Lelog", "#C8A2C8"), ("Royal Blue", "Glas Brenhinol", "#4169E1"), ("Red", "Coch", "#C0392B")]
SHOE = ["Child 9", "Child 10", "Child 11", "Child 12", "Child 13", "Adult 1", "Adult 2", "Adult 3", "Adult 4", "Adult 5", "Adult 6", "Adult 7", "Adult 8"]
WIDTH = [("Narrow", "Cul"), ("Medium", "Canolig"), ("Wide", "Llydan")]
GARMENT = ["Age 3-4", "Age 5-6", "Age 7-8", "Age 9-10", "Age 11-12", "XS", "S", "M", "L"]
POINTE_SIZES = ["Adult 3", "Adult 4", "Adult 5", "Adult 6", "Adult 7", "Adult 8"]
# code, en, cy, category, brand, price pence, type, spec [(attribute, [values])], created, archived, popularity, pos?
PRODUCTS = [
    ("SSB", "Split Sole Canvas Ballet Shoe", "Esgid Bale Cynfas Gwadn Hollt", 3, "Capriole", 1950, "consu", [("Colour", ["Pink", "White", "Black"]), ("Shoe Size", SHOE)], None, None, 9.0),
    ("FLB", "Full Sole Leather Ballet Shoe", "Esgid Bale Lledr Gwadn Llawn", 3, "Capriole", 2200, "consu", [("Colour", ["Pink"]), ("Shoe Size", SHOE)], None, None, 6.0),
    ("SCB", "Stretch Canvas Ballet Shoe", None, 3, "Aurelle", 2400, "consu", [("Colour", ["Pink", "Black"]), ("Shoe Size", SHOE)], None, None, 3.6),
    ("ACP", "Aurelle Classic Pointe Shoe", "Esgid Bwynt Aurelle Clasurol", 4, "Aurelle", 7200, "consu", [("Shoe Size", POINTE_SIZES), ("Width", ["Narrow", "Medium", "Wide"])], None, None, 1.9),
    ("FPP", "Fouetté Pro Pointe Shoe", None, 4, "Fouetté", 8900, "consu", [("Shoe Size", POINTE_SIZES), ("Width", ["Narrow", "Medium", "Wide"])], None, None, 1.1),
    ("SBP", "Soft Block Pre-Pointe Shoe", None, 4, "Capriole", 4800, "consu", [("Shoe Size", POINTE_SIZES), ("Width", ["Narrow", "Medium", "Wide"])], None, None, 0.8),
    ("LTS", "Leather Tap Shoe Low Heel", "Esgid Dap Lledr Sawdl Isel", 5, "Tapcraft", 3800, "consu", [("Colour", ["Black"]), ("Shoe Size", SHOE)], None, None, 3.4),
    ("TOX", "Tap Oxford", None, 5, "Tapcraft", 4600, "consu", [("Colour", ["Black"]), ("Shoe Size", POINTE_SIZES)], None, None, 0.9),
    ("SJS", "Slip-on Jazz Shoe", None, 5, "Stagelite", 2900, "consu", [("Colour", ["Black", "Tan"]), ("Shoe Size", SHOE)], None, None, 2.4),
    ("SCL", "Sleeveless Cotton Leotard", "Leotard Cotwm Heb Lewys", 6, "Gwennol", 1600, "consu", [("Colour", ["Pink", "Lilac", "Navy", "Black", "Royal Blue", "Red"]), ("Garment Size", GARMENT)], None, None, 8.0),
    ("CSL", "Cap Sleeve Leotard", "Leotard Llewys Cap", 6, "Gwennol", 1800, "consu", [("Colour", ["Pink", "Black", "Navy"]), ("Garment Size", GARMENT)], None, None, 4.0),
    ("CEL", "Camisole Exam Leotard", None, 6, "Aurelle", 2200, "consu", [("Colour", ["Lilac", "Navy", "Royal Blue"]), ("Garment Size", GARMENT)], None, None, 3.3),
    ("VCL", "Velvet Christmas Leotard", "Leotard Nadolig Melfed", 6, "Gwennol", 2400, "consu", [("Colour", ["Red"]), ("Garment Size", GARMENT)], D(2024, 10, 28), D(2025, 1, 15), 0.0),
    ("LSL", "Long Sleeve Leotard", None, 6, "Stagelite", 2100, "consu", [("Colour", ["Black", "Navy"]), ("Garment Size", GARMENT)], D(2025, 2, 3), None, 1.8),
    ("FBT", "Footed Ballet Tights", "Teits Bale â Thraed", 7, "Capriole", 850, "consu", [("Colour", ["Pink", "Tan"]), ("Garment Size", ["Age 3-4", "Age 5-6", "Age 7-8", "Age 9-10", "Age 11-12", "S", "M", "L"])], None, None, 8.0),
    ("CBT", "Convertible Ballet Tights", None, 7, "Capriole", 1200, "consu", [("Colour", ["Pink", "Tan"]), ("Garment Size", ["Age 7-8", "Age 9-10", "Age 11-12", "S", "M", "L"])], None, None, 3.0),
    ("BSK", "Ballet Socks", "Sanau Bale", 7, "Capriole", 450, "consu", [("Colour", ["White"]), ("Garment Size", ["Age 3-4", "Age 5-6", "Age 7-8", "Age 9-10"])], None, None, 3.6),
    ("CWS", "Chiffon Wrap Skirt", None, 8, "Gwennol", 1400, "consu", [("Colour", ["Pink", "Black", "Lilac", "Navy"]), ("Garment Size", GARMENT)], None, None, 2.8),
    ("KCC", "Knitted Crossover Cardigan", "Cardigan Gweu Croes", 8, "Stagelite", 2200, "consu", [("Colour", ["Pink", "Black"]), ("Garment Size", GARMENT)], None, None, 1.8),
    ("WUB", "Warm-up Bootees", None, 8, "Stagelite", 2600, "consu", [("Colour", ["Black", "Pink"])], None, None, 1.1),
    ("DSH", "Dance Shorts", None, 8, "Stagelite", 1300, "consu", [("Colour", ["Black", "Navy"]), ("Garment Size", GARMENT)], None, None, 1.4),
    ("REP", "Ribbon & Elastic Pack", "Pecyn Rhuban ac Elastig", 9, "Capriole", 650, "consu", [], None, None, 2.2),
    ("GTP", "Gel Toe Pads", None, 9, "Aurelle", 1400, "consu", [], None, None, 1.6),
    ("HBK", "Hair Bun Kit", "Pecyn Bynen Gwallt", 9, "Gwennol", 500, "consu", [], None, None, 3.6),
    ("DBG", "Dance Bag", "Bag Dawns", 9, "Gwennol", 1800, "consu", [], None, None, 1.4),
    ("PDK", "Pointe Shoe Darning Kit", None, 9, "Fouetté", 750, "consu", [], None, D(2024, 10, 31), 0.5),
    ("TTP", "Toe Tape", None, 9, "Aurelle", 400, "consu", [], None, None, 1.6),
    ("EHN", "Exam Hair Net & Pins", None, 9, "Gwennol", 350, "consu", [], None, None, 1.4),
    ("FIT", "Pointe Shoe Fitting", "Ffitio Esgidiau Pwynt", 10, None, 1500, "service", [], None, None, 0.0),
    ("RSS", "Ribbon Sewing Service", None, 10, None, 800, "service", [], None, None, 0.0),
    ("DRM", "Royal Mail Tracked 48", None, 11, None, 395, "service", [], None, None, 0.0),
    ("DFR", "Free Delivery (orders over £50)", None, 11, None, 0, "service", [], None, None, 0.0),
]
POINTE_RISE = {"ACP": 7800, "FPP": 9500}       # new ticket prices from 2025-03-01
RISE_DAY = D(2025, 3, 1)
ARCHIVED_VARIANTS = {("CSL", ("Navy",)): D(2025, 5, 31), ("SCL", ("Red",)): D(2025, 8, 31)}   # colours dropped
AREA_CODE = {"Cardiff": "029", "Caerphilly": "029", "Pontypridd": "01443", "Barry": "01446", "Cowbridge": "01446", "NWP": "01633", "Mumbles": "01792",
             "Neath": "01639", "Llanelli": "01554", "Bridgend": "01656", "Porthcawl": "01656", "Carmarthen": "01267", "PEM": "01239", "Cardigan": "01239"}
CHILD = lambda v: v.startswith("Child") or v.startswith("Age")


def bst(d):
    def last_sunday(y, m):
        x = D(y, m, 31)
        return x - TD(days=(x.weekday() + 1) % 7)
    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


def utc(local):
    return local - TD(hours=1) if bst(local.date()) else local


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def money(p):
    """pence -> the NUMERIC value Odoo's numeric column leaves in SQLite."""
    return p // 100 if p % 100 == 0 else round(p / 100, 2)


def half_up(num, den):
    q, r = divmod(abs(num), den)
    q += 1 if 2 * r >= den else 0
    return q if num >= 0 else -q


def jname(en, cy=None):
    d = {"en_US": en}
    if cy:
        d = {"cy_GB": cy, "en_US": en}
    return json.dumps(d, ensure_ascii=False)


def poisson(rng, lam):
    if lam <= 0:
        return 0
    L, k, p = 2.718281828459045 ** (-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def main():
    rng = random.Random(SEED)
    cfg = {c[0]: {"id": c[0], "name": c[1], "active": c[2], "header": c[3], "first": c[4], "last": c[5], "days": c[6], "rate": c[7], "seq": 0} for c in CONFIGS}

    def trades(cid, d):
        c = cfg[cid]
        if d < max(c["first"], START) or (c["last"] and d > c["last"]) or d > END:
            return False
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)) or d in EASTER:
            return False
        return d.weekday() in c["days"]

    # ---- states, attributes, values
    attr_id = {a[1]: a[0] for a in ATTRS}
    values = []                      # (id, attribute, en, cy, seq, colour)
    for i, (en, cy, col) in enumerate(COLOURS, 1):
        values.append((len(values) + 1, "Colour", en, cy, i, col))
    for i, en in enumerate(SHOE, 1):
        cy = en.replace("Child", "Plentyn").replace("Adult", "Oedolyn")
        values.append((len(values) + 1, "Shoe Size", en, cy, i, None))
    for i, (en, cy) in enumerate(WIDTH, 1):
        values.append((len(values) + 1, "Width", en, cy, i, None))
    for i, en in enumerate(GARMENT, 1):
        values.append((len(values) + 1, "Garment Size", en, en.replace("Age", "Oed"), i, None))
    val_id = {(v[1], v[2]): v[0] for v in values}

    # ---- products
    templates, variants = [], []
    barcodes = set()
    for t_i, p in enumerate(PRODUCTS, 1):
        code, en, cy, categ, brand, price, typ, spec, created, archived, pop = p
        t = {"id": t_i, "code": code, "en": en, "cy": cy, "categ": categ, "brand": brand, "price": price, "type": typ, "created": created,
             "archived": archived, "pop": pop, "variants": []}
        templates.append(t)
        combos = [[]]
        for an, vals in spec:
            combos = [c + [(an, v)] for c in combos for v in vals]
        for combo in combos:
            vid = len(variants) + 1
            suffix = "".join("-" + v.upper().replace(" ", "").replace("ADULT", "A").replace("CHILD", "C").replace("AGE", "")[:5] for _, v in combo)
            while True:
                bc = "50" + "".join(str(rng.randint(0, 9)) for _ in range(10))
                chk = (10 - sum(int(ch) * (3 if k % 2 else 1) for k, ch in enumerate(bc)) % 10) % 10
                bc += str(chk)
                if bc not in barcodes:
                    barcodes.add(bc)
                    break
            key_vals = tuple(v for an, v in combo if an == "Colour")
            arch = ARCHIVED_VARIANTS.get((code, key_vals)) if key_vals else None
            v = {"id": vid, "tmpl": t, "combo": combo, "code": f"PP-{code}{suffix}", "barcode": bc if typ == "consu" else None,
                 "child": any(CHILD(val) for _, val in combo), "archived": archived or arch,
                 "display": en + (" (" + ", ".join(val for _, val in combo) + ")" if combo else "")}
            variants.append(v)
            t["variants"].append(v)
    tmpl_by_code = {t["code"]: t for t in templates}

    def price_on(t, d):
        if t["code"] in POINTE_RISE and d >= RISE_DAY:
            return POINTE_RISE[t["code"]]
        return t["price"]

    def sellable(v, d):
        t = v["tmpl"]
        return (t["created"] is None or d >= t["created"]) and (v["archived"] is None or d <= v["archived"])

    # ---- employees
    emps, ekey = [], {}
    for i, s in enumerate(STAFF, 1):
        e = {"id": i, "key": s[0], "name": s[1], "title": s[2], "shop": s[3], "hired": s[4], "left": s[5], "mgr": s[6], "coach": s[7], "sat": s[8],
             "stints": s[9] if s[9] else ([(s[3], s[4], s[5])] if s[3] else [])}
        emps.append(e)
        ekey[s[0]] = e
    # Gemma and Lowri reported to Heledd until she left; the manager stored is the one in post now (or on a leaver's last day)

    def on_till(cid, d):
        out = []
        for e in emps:
            for (c, a, b) in e["stints"]:
                if c == cid and a <= d and (b is None or d <= b) and (not e["sat"] or d.weekday() == 5):
                    out.append(e)
        return out

    # ---- partners
    partners = []
    used = set(s[1] for s in STAFF)
    for sc in SCHOOLS:
        for c in sc[3]:
            used.add(c)

    def add_partner(**kw):
        p = {"id": len(partners) + 1, "name": None, "parent": None, "company": 0, "type": "contact", "ref": None, "street": None, "city": None, "zip": None,
             "state": None, "email": None, "phone": None, "rank": 1, "active": 1, "comment": None, "school": None, "created": None, "written": None}
        p.update(kw)
        partners.append(p)
        return p
    add_partner(name="Plié & Pointe Ltd", company=1, street="14 Castle Arcade", city="Cardiff", zip="CF10 1BU", state=1, email="hello@plieandpointe.co.uk",
                phone="029 2034 5512", rank=0, created=DT(2019, 2, 20, 10, 2, 11), written=DT(2023, 11, 2, 14, 5, 40))
    public = add_partner(name="Public user", rank=0, active=0, created=DT(2019, 2, 20, 10, 2, 11), written=DT(2019, 2, 20, 10, 2, 11))

    def place(city_key):
        if city_key.startswith("Newport/"):
            st, pcs = NEWPORT[city_key.split("/")[1]]
            return "Newport", st, pcs
        st, pcs = CITIES[city_key]
        return city_key, st, pcs

    def pc_of(pcs):
        return f"{rng.choice(pcs)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def slug(x):
        import unicodedata
        return "".join(c for c in unicodedata.normalize("NFKD", x) if not unicodedata.combining(c) and (c.isalnum() or c in ".")).lower().replace("ł", "l")

    schools = []
    for i, (nm, city, stc, contacts, until, wts) in enumerate(SCHOOLS):
        ck = f"Newport/{stc}" if stc else city
        cname, st, pcs = place(ck)
        created = DT(2019, 3, 4, 9, 0, 0) + TD(days=40 * i, seconds=rng.randint(0, 30000))
        sp = add_partner(name=nm, company=1, street=f"{rng.randint(1, 80)} {rng.choice(STREETS)}", city=cname, zip=pc_of(pcs), state=st,
                         email=f"office@{slug(nm.replace(' ', ''))}.co.uk", phone=(f"029 20{rng.randint(10, 99)} {rng.randint(1000, 9999)}" if AREA_CODE[cname if cname != "Newport" else stc] == "029"
                                else f"{AREA_CODE[cname if cname != 'Newport' else stc]} {rng.randint(100000, 999999)}"),
                         rank=3, active=0 if until else 1, ref=f"SCH{i + 1:03d}", created=created,
                         written=DT.combine(until + TD(days=1), dt.time(8, 30, 5)) if until else created + TD(days=200),
                         comment="Dance school account: 15% off uniform orders; pupils 10% off in our shops")
        sp["until"], sp["wts"], sp["contacts"] = until, wts, []
        for cn in contacts:
            cp = add_partner(name=cn, parent=sp["id"], street=sp["street"], city=cname, zip=sp["zip"], state=st,
                             email=f"{slug(cn.split()[0])}@{slug(nm.replace(' ', ''))}.co.uk", phone=f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
                             rank=0, active=sp["active"], created=created + TD(minutes=5), written=sp["written"])
            cp["complete"] = f"{nm}, {cn}"
            sp["contacts"].append(cp)
        schools.append(sp)
    customers_by_shop = {1: [], 2: [], 3: [], 4: [], "web": []}

    def new_name():
        for _ in range(20000):
            n = f"{rng.choice(WALES_FIRST)} {rng.choice(WALES_LAST)}"
            if n not in used:
                used.add(n)
                return n
        raise SystemExit("name pool exhausted")

    def new_customer(where, when):
        loc = LOCAL[where]
        ck = wchoice(rng, list(loc), list(loc.values()))
        cname, st, pcs = place(ck)
        nm = new_name()
        school = None
        if where != "web" and rng.random() < 0.42:
            cands = [s for s in schools if where in s["wts"] and (s["until"] is None or when.date() <= s["until"])]
            if cands:
                school = wchoice(rng, cands, [s["wts"][where] for s in cands])
        first, last = nm.split(" ", 1)
        email = f"{slug(first)}.{slug(last.replace(' ', '').replace(chr(39), ''))}{rng.choice(['', '', '', str(rng.randint(1, 99))])}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'icloud.com', 'yahoo.co.uk', 'btinternet.com'])}"
        p = add_partner(name=nm, street=f"{rng.randint(1, 140)} {rng.choice(STREETS)}" if (where == "web" or rng.random() < 0.55) else None,
                        city=cname if (where == "web" or rng.random() < 0.8) else None, state=st, email=email if (where == "web" or rng.random() < 0.85) else None,
                        phone=f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}" if rng.random() < 0.7 else None,
                        school=school["id"] if school else None, created=when - TD(seconds=rng.randint(30, 200)))
        if p["street"] is None and p["city"] is None:
            p["state"] = None
        p["zip"] = pc_of(pcs) if p["street"] else None
        p["school_obj"] = school
        customers_by_shop[where].append(p)
        return p

    def pick_customer(where, when):
        pool = customers_by_shop[where]
        if pool and rng.random() < min(0.7, 0.2 + len(pool) / 1500):
            p = rng.choice(pool)
            if p["created"] < when:
                return p
        return new_customer(where, when)

    # ---- demand
    tmpl_pos = [t for t in templates if t["type"] == "consu"]

    def pick_variant(t, d, shop):
        cands = [v for v in t["variants"] if sellable(v, d)]
        if not cands:
            return None
        w = []
        for v in cands:
            x = 1.0
            for an, val in v["combo"]:
                if an == "Colour":
                    x *= {"Pink": 5, "Black": 3, "White": 1.2, "Tan": 1.5, "Navy": 2, "Lilac": 1.5, "Royal Blue": 1.2, "Red": 0.8}[val]
                elif an in ("Shoe Size", "Garment Size"):
                    x *= 2.2 if CHILD(val) else (1.0 if val not in ("XS", "L", "Adult 8") else 0.5)
                elif an == "Width":
                    x *= {"Narrow": 1, "Medium": 2.5, "Wide": 1}[val]
            w.append(x)
        return wchoice(rng, cands, w)

    def pop(t, d, shop):
        x = t["pop"]
        if t["code"] == "VCL":
            x = 6.0 if (D(2024, 11, 1) <= d <= D(2024, 12, 24)) else 0.6
        if t["code"] == "LSL" and d < D(2025, 2, 3):
            x = 0
        if t["categ"] == 4 and shop == 3:
            x = 0          # no pointe fitting at the concession
        if t["code"] == "CEL" and d.month in (2, 3, 5, 6):
            x *= 1.8      # exam season
        if t["code"] == "WUB" and d.month in (11, 12, 1, 2):
            x *= 2
        return x

    sessions, orders, olines, payments = [], [], [], []
    sale_orders, slines = [], []
    refund_queue = []

    def line_money(price, qty, disc, child):
        incl = half_up(price * qty * (100 - disc), 100)
        excl = incl if child else half_up(incl * 5, 6)
        return incl, excl

    day = START
    while day <= END:
        y, m, wd = day.year, day.month, day.weekday()
        for cid in (1, 2, 3, 4):
            if not trades(cid, day):
                continue
            c = cfg[cid]
            open_l = DT.combine(day, dt.time(10, 50, rng.randint(0, 59)) if wd == 6 else dt.time(9, rng.randint(5, 25), rng.randint(0, 59)))
            close_l = DT.combine(day, dt.time(16, rng.randint(5, 20), rng.randint(0, 59)) if wd == 6 else dt.time(17, rng.randint(35, 55), rng.randint(0, 59)))
            still_open = day == END and cid == 1
            ses = {"id": len(sessions) + 1, "config": cid, "start": utc(open_l), "stop": None if still_open else utc(close_l), "state": "opened" if still_open else "closed",
                   "day": day, "n": 0}
            sessions.append(ses)
            lam = c["rate"] * MONTH_F[m] * DOW_F[wd] * YEAR_F[y]
            if cid == 4 and day < D(2024, 12, 1):
                lam *= 0.75
            if cid == 4 and day == D(2024, 9, 7):
                lam *= 2.5
            n = poisson(rng, lam)
            staff_today = on_till(cid, day)
            fitters_today = [e for e in staff_today if e["key"] in FITTERS]
            # refunds due today at this shop
            due = [r for r in refund_queue if r[0] == day and r[1] == cid]
            refund_queue[:] = [r for r in refund_queue if not (r[0] == day and r[1] == cid)]
            times = sorted(rng.randint(0, int((close_l - open_l).total_seconds()) - 600) for _ in range(n + len(due)))
            slots = list(range(n + len(due)))
            rng.shuffle(slots)
            refund_slots = set(slots[:len(due)])
            due_iter = iter(due)
            for k, off in enumerate(times):
                when_l = open_l + TD(seconds=300 + off)
                when = utc(when_l)
                ses["n"] += 1
                c["seq"] += 1
                emp = rng.choice(staff_today)
                if k in refund_slots:
                    _, _, orig, orig_lines = next(due_iter)
                    o = {"id": len(orders) + 1, "name": orig["name"] + " REFUND", "ref": f"Order {ses['id']:05d}-001-{ses['n']:04d}", "session": ses,
                         "partner": orig["partner"], "emp": emp, "when": when, "state": "paid" if still_open else "done", "lines": [], "pays": [], "ret": 0}
                    for ol in orig_lines:
                        incl, excl = -ol["incl"], -ol["excl"]
                        nl = {"id": len(olines) + 1, "order": o, "variant": ol["variant"], "name": ol["name"], "qty": -ol["qty"], "price": ol["price"],
                              "disc": ol["disc"], "incl": incl, "excl": excl, "refunded": ol["id"], "when": when}
                        olines.append(nl)
                        o["lines"].append(nl)
                    total = sum(l["incl"] for l in o["lines"])
                    o["pays"].append((orig["pays"][0][0], total))
                    orders.append(o)
                    continue
                partner = pick_customer(cid, when) if rng.random() < 0.55 else None
                pupil = partner and partner.get("school_obj") and (partner["school_obj"]["until"] is None or day <= partner["school_obj"]["until"])
                nl_count = wchoice(rng, [1, 2, 3, 4], [50, 30, 14, 6])
                cands = tmpl_pos
                weights = [pop(t, day, cid) for t in cands]
                chosen = []
                for _ in range(nl_count):
                    t = wchoice(rng, cands, weights)
                    v = pick_variant(t, day, cid)
                    if v is None or any(ch[0] is v for ch in chosen):
                        continue
                    qty = 1 if t["categ"] in (3, 4, 5) else wchoice(rng, [1, 2, 3], [75, 20, 5])
                    chosen.append((v, qty))
                if not chosen:
                    v = pick_variant(tmpl_by_code["FBT"], day, cid)
                    chosen.append((v, 1))
                if any(v["tmpl"]["categ"] == 4 for v, _ in chosen):
                    if fitters_today and rng.random() < 0.7:
                        chosen.append((tmpl_by_code["FIT"]["variants"][0], 1))
                        emp = rng.choice(fitters_today)
                    if rng.random() < 0.15:
                        chosen.append((tmpl_by_code["RSS"]["variants"][0], 1))
                staff_disc = 0
                o = {"id": len(orders) + 1, "name": f"{c['name']}/{c['seq']:04d}", "ref": f"Order {ses['id']:05d}-001-{ses['n']:04d}", "session": ses,
                     "partner": partner, "emp": emp, "when": when, "state": "paid" if still_open else "done", "lines": [], "pays": [], "ret": 0}
                for v, qty in chosen:
                    t = v["tmpl"]
                    disc = 10 if (pupil and t["type"] == "consu") else staff_disc
                    price = price_on(t, day)
                    incl, excl = line_money(price, qty, disc, v["child"])
                    nl = {"id": len(olines) + 1, "order": o, "variant": v, "name": v["display"], "qty": qty, "price": price, "disc": disc, "incl": incl,
                          "excl": excl, "refunded": None, "when": when}
                    olines.append(nl)
                    o["lines"].append(nl)
                total = sum(l["incl"] for l in o["lines"])
                r = rng.random()
                if r < 0.004:
                    o["state"] = "cancel"
                else:
                    pm = wchoice(rng, [1, 2, 3], [20, 76, 4])
                    if pm == 3 and total > 2000 and rng.random() < 0.5:
                        gc = rng.choice([1000, 1500, 2000])
                        o["pays"] = [(3, gc), (2, total - gc)]
                    else:
                        o["pays"] = [(pm, total)]
                    if pm == 1:
                        tender = next(x for x in (total, 500, 1000, 2000, 3000, 4000, 5000, 10000, 20000, 40000) if x >= total) if rng.random() < 0.85 else total
                        o["ret"] = tender - total
                    if partner and rng.random() < 0.03:
                        o["state"] = "invoiced"
                    # a few sales are brought back within four weeks (one line refunded in full)
                    if rng.random() < 0.022:
                        back = day + TD(days=rng.randint(1, 28))
                        while back <= END and not trades(cid, back):
                            back += TD(days=1)
                        if back <= END:
                            refund_queue.append((back, cid, o, [rng.choice([l for l in o["lines"] if l["variant"]["tmpl"]["type"] == "consu"] or o["lines"])]))
                orders.append(o)
        # ---- website orders (every day, also when the shops are shut) and dance-school orders
        lam = 2.1 * MONTH_F[m] * YEAR_F[y] * (1.25 if wd in (6, 0) else 1.0)
        for _ in range(poisson(rng, lam)):
            when = utc(DT.combine(day, dt.time(rng.choice(list(range(7, 23))), rng.randint(0, 59), rng.randint(0, 59))))
            abandoned = rng.random() < 0.12
            partner = public if abandoned and rng.random() < 0.7 else pick_customer("web", when)
            items = []
            for _ in range(wchoice(rng, [1, 2, 3], [55, 30, 15])):
                t = wchoice(rng, tmpl_pos, [pop(t, day, 1) * (0.4 if t["categ"] == 4 else 1) for t in tmpl_pos])
                v = pick_variant(t, day, 1)
                if v and not any(it[0] is v for it in items):
                    items.append((v, 1 if t["categ"] in (3, 4, 5) else wchoice(rng, [1, 2], [80, 20])))
            if not items:
                continue
            state = "draft" if abandoned else ("cancel" if rng.random() < 0.03 else ("sale" if day > D(2025, 12, 17) else "done"))
            sale_orders.append({"id": len(sale_orders) + 1, "partner": partner, "team": 1, "state": state, "when": when, "ref": None, "items": items,
                                "disc": 0, "delivery": True})
        if day.month in (1, 4, 8, 9) and wd < 5 and rng.random() < 0.45:
            cands = [s for s in schools if s["until"] is None or day <= s["until"]]
            s = rng.choice(cands)
            when = utc(DT.combine(day, dt.time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59))))
            items = []
            for _ in range(rng.randint(2, 5)):
                t = wchoice(rng, tmpl_pos, [pop(t, day, 1) if t["categ"] in (3, 5, 6, 7, 8) else 0 for t in tmpl_pos])
                v = pick_variant(t, day, 1)
                if v and not any(it[0] is v for it in items):
                    items.append((v, rng.randint(4, 24)))
            r = rng.random()
            state = "sent" if r < 0.15 else ("cancel" if r < 0.2 else ("sale" if day > D(2025, 11, 30) else "done"))
            sale_orders.append({"id": len(sale_orders) + 1, "partner": s, "team": 2, "state": state, "when": when,
                                "ref": f"{''.join(w[0] for w in s['name'].split())}-{day.year % 100:02d}{rng.randint(10, 99)}", "items": items, "disc": 15, "delivery": True})
        day += TD(days=1)

    # ---- sale order lines and totals
    for so in sale_orders:
        so["lines"] = []
        d = so["when"].date()
        seq = 10
        for v, q in so["items"]:
            price = price_on(v["tmpl"], d)
            incl, excl = line_money(price, q, so["disc"], v["child"])
            so["lines"].append({"variant": v, "name": v["display"], "qty": q, "price": price, "disc": so["disc"], "incl": incl, "excl": excl, "seq": seq,
                                "delivered": q if so["state"] == "done" else 0, "delivery": 0})
            seq += 10
        goods = sum(l["incl"] for l in so["lines"])
        if so["state"] != "draft":
            dv = tmpl_by_code["DFR" if (goods >= 5000 or so["team"] == 2) else "DRM"]["variants"][0]
            price = dv["tmpl"]["price"]
            so["lines"].append({"variant": dv, "name": dv["display"], "qty": 1, "price": price, "disc": 0, "incl": price, "excl": half_up(price * 5, 6),
                                "seq": seq, "delivered": 0, "delivery": 1})
    # ---- write
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    base = DT(2019, 2, 20, 10, 2, 11)
    con.executemany('INSERT INTO "res_country_state" VALUES (?,?,?,?,?)', [(i, n, c, ts(base), ts(base)) for i, n, c in STATES])
    for p in partners:
        if p["created"] is None:
            p["created"] = base
        if p["written"] is None:
            p["written"] = p["created"]
    con.executemany('INSERT INTO "res_partner" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (p["id"], p["name"], p.get("complete", p["name"]), p["parent"], p["company"], p["type"], p["ref"], p["street"], p["city"], p["zip"], p["state"],
         p["email"], p["phone"], p["rank"], p["active"], p["comment"], p["school"], ts(p["created"]), ts(p["written"])) for p in partners])
    con.executemany('INSERT INTO "pos_config" VALUES (?,?,?,?,?,?)', [
        (c["id"], c["name"], c["active"], c["header"], ts(DT.combine(c["first"] - TD(days=3), dt.time(15, 20, 4))),
         ts(DT.combine(c["last"] + TD(days=2), dt.time(11, 0, 31)) if c["last"] else DT.combine(c["first"] - TD(days=3), dt.time(15, 20, 4)))) for c in cfg.values()])
    con.executemany('INSERT INTO "hr_employee" VALUES (?,?,?,?,?,?,?,?,?,?,?,?)', [
        (e["id"], e["name"], e["title"], f"{slug(e['name'].split()[0])}@plieandpointe.co.uk", f"07{700 + e['id'] * 7} {400000 + e['id'] * 1373}",
         ekey[e["mgr"]]["id"] if e["mgr"] else None, ekey[e["coach"]]["id"] if e["coach"] else None, 0 if e["left"] else 1,
         e["left"].isoformat() if e["left"] else None, e["shop"], ts(DT.combine(e["hired"] - TD(days=4), dt.time(9, 30, e["id"]))),
         ts(DT.combine(e["left"] + TD(days=1), dt.time(9, 12, 44)) if e["left"] else DT(2025, 5, 6, 8, 45, 10) if e["key"] in ("GS", "LH", "NB") else DT.combine(e["hired"] - TD(days=4), dt.time(9, 30, e["id"]))))
        for e in emps])
    cat = {i: (n, par) for i, n, par in CATEGORIES}

    def chain(i):
        return (chain(cat[i][1]) if cat[i][1] else []) + [i]
    con.executemany('INSERT INTO "product_category" VALUES (?,?,?,?,?,?,?)', [
        (i, n, " / ".join(cat[k][0] for k in chain(i)), par, "/".join(str(k) for k in chain(i)) + "/", ts(base), ts(base)) for i, n, par in CATEGORIES])
    con.executemany('INSERT INTO "product_template" VALUES (?,?,?,?,?,?,?,?,?,?,?,?)', [
        (t["id"], jname(t["en"], t["cy"]), t["variants"][0]["code"] if len(t["variants"]) == 1 else None, t["type"], t["categ"], money(POINTE_RISE.get(t["code"], t["price"])),
         1, 0 if t["categ"] == 11 else 1, 0 if t["archived"] else 1, t["brand"],
         ts(DT.combine(t["created"] - TD(days=3), dt.time(18, 2, t["id"]))) if t["created"] else ts(DT(2019, 2, 25, 11, 0, 0) + TD(minutes=t["id"])),
         ts(DT.combine(t["archived"] + TD(days=1), dt.time(9, 40, 12))) if t["archived"] else ts(DT(2025, 2, 28, 18, 10, 3)) if t["code"] in POINTE_RISE
         else ts(DT.combine(t["created"] - TD(days=3), dt.time(18, 2, t["id"]))) if t["created"] else ts(DT(2019, 2, 25, 11, 0, 0) + TD(minutes=t["id"])))
        for t in templates])
    con.executemany('INSERT INTO "product_product" VALUES (?,?,?,?,?,?,?,?)', [
        (v["id"], v["tmpl"]["id"], v["code"], v["barcode"], ",".join(str(x) for x in sorted(val_id[(an, val)] for an, val in v["combo"])) or None,
         0 if v["archived"] else 1,
         ts(DT.combine(v["tmpl"]["created"] - TD(days=3), dt.time(18, 2, v["tmpl"]["id"]))) if v["tmpl"]["created"] else ts(DT(2019, 2, 25, 11, 0, 0) + TD(minutes=v["tmpl"]["id"])),
         ts(DT.combine(v["archived"] + TD(days=1), dt.time(9, 41, 2))) if v["archived"] else
         ts(DT.combine(v["tmpl"]["created"] - TD(days=3), dt.time(18, 2, v["tmpl"]["id"]))) if v["tmpl"]["created"] else ts(DT(2019, 2, 25, 11, 0, 0) + TD(minutes=v["tmpl"]["id"])))
        for v in variants])
    con.executemany('INSERT INTO "product_attribute" VALUES (?,?,?,?,?,?)', [(i, jname(en, cy), i, cv, ts(base), ts(DT(2022, 3, 1, 19, 4, 0))) for i, en, cy, cv in ATTRS])
    con.executemany('INSERT INTO "product_attribute_value" VALUES (?,?,?,?,?,?,?)', [
        (i, jname(en, cy), attr_id[an], seq, col, ts(base), ts(DT(2022, 3, 1, 19, 4, 0))) for i, an, en, cy, seq, col in values])
    con.executemany('INSERT INTO "product_attribute_value_product_product_rel" VALUES (?,?)', sorted(
        (v["id"], val_id[(an, val)]) for v in variants for an, val in v["combo"]))
    con.executemany('INSERT INTO "pos_payment_method" VALUES (?,?,?,?,?,?)', [
        (1, jname("Cash", "Arian Parod"), 1, 1, ts(base), ts(DT(2022, 3, 1, 19, 4, 0))), (2, jname("Card", "Cerdyn"), 0, 1, ts(base), ts(DT(2022, 3, 1, 19, 4, 0))),
        (3, jname("Gift Card", "Cerdyn Rhodd"), 0, 1, ts(DT(2021, 11, 1, 10, 0, 0)), ts(DT(2022, 3, 1, 19, 4, 0))),
        (4, jname("Customer Account"), 0, 0, ts(base), ts(DT(2023, 6, 30, 17, 58, 2)))])
    con.executemany('INSERT INTO "pos_session" VALUES (?,?,?,?,?,?,?,?)', [
        (s["id"], f"POS/{s['id'] + 3105:05d}", s["config"], s["state"], ts(s["start"]), ts(s["stop"]) if s["stop"] else None, ts(s["start"]),
         ts(s["stop"] or s["start"])) for s in sessions])
    con.executemany('INSERT INTO "pos_order" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (o["id"], o["name"], o["ref"], o["session"]["id"], o["partner"]["id"] if o["partner"] else None, o["emp"]["id"], ts(o["when"]), o["state"],
         money(sum(l["incl"] - l["excl"] for l in o["lines"])) if sum(l["incl"] - l["excl"] for l in o["lines"]) >= 0 else -money(-sum(l["incl"] - l["excl"] for l in o["lines"])),
         money(sum(l["incl"] for l in o["lines"])) if sum(l["incl"] for l in o["lines"]) >= 0 else -money(-sum(l["incl"] for l in o["lines"])),
         0 if o["state"] == "cancel" else (money(sum(a for _, a in o["pays"])) if sum(a for _, a in o["pays"]) >= 0 else -money(-sum(a for _, a in o["pays"]))),
         money(o["ret"]), ts(o["when"]), ts(o["when"] + TD(seconds=2) if o["state"] != "done" else (o["session"]["stop"] or o["when"])))
        for o in orders])

    def sm(p):
        return money(p) if p >= 0 else -money(-p)
    con.executemany('INSERT INTO "pos_order_line" VALUES (?,?,?,?,?,?,?,?,?,?,?,?)', [
        (l["id"], l["order"]["id"], l["variant"]["id"], l["name"], l["qty"], money(l["price"]), l["disc"], sm(l["excl"]), sm(l["incl"]), l["refunded"],
         ts(l["when"]), ts(l["when"])) for l in olines])
    prow = []
    for o in orders:
        if o["state"] == "cancel":
            continue
        for pm, a in o["pays"]:
            prow.append((len(prow) + 1, o["id"], pm, sm(a), ts(o["when"]), ts(o["when"]), ts(o["when"])))
    con.executemany('INSERT INTO "pos_payment" VALUES (?,?,?,?,?,?,?)', prow)
    con.executemany('INSERT INTO "crm_team" VALUES (?,?,?,?,?)', [(1, jname("Website", "Gwefan"), 1, ts(base), ts(base)),
                                                               (2, jname("Dance Schools", "Ysgolion Dawns"), 1, ts(DT(2019, 6, 3, 9, 15, 0)), ts(DT(2019, 6, 3, 9, 15, 0)))])
    sl_rows = []
    for so in sale_orders:
        unt = sum(l["excl"] for l in so["lines"])
        tot = sum(l["incl"] for l in so["lines"])
        wr = so["when"] + TD(days=3 if so["state"] == "done" else 0, minutes=5)
        con.execute('INSERT INTO "sale_order" VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
                    (so["id"], f"S{so['id']:05d}", so["partner"]["id"], so["team"], so["state"], ts(so["when"]), so["ref"], money(unt), money(tot - unt), money(tot),
                     ts(so["when"]), ts(wr)))
        for l in so["lines"]:
            sl_rows.append((len(sl_rows) + 1, so["id"], l["seq"], l["variant"]["id"], l["name"], l["qty"], l["delivered"], money(l["price"]), l["disc"],
                            money(l["excl"]), money(l["incl"] - l["excl"]), money(l["incl"]), l["delivery"], ts(so["when"]), ts(wr)))
    con.executemany('INSERT INTO "sale_order_line" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', sl_rows)
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}: {len(sessions)} sessions, {len(orders)} POS orders, {len(olines)} lines, {len(prow)} payments, {len(sale_orders)} sales orders, "
          f"{len(sl_rows)} sales lines, {len(partners)} partners, {len(variants)} variants")


if __name__ == "__main__":
    main()
