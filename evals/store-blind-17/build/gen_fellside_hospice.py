"""Fellside Hospice: the charity shops of a (fictional) hospice in Cumbria.

Shops: Kendal (Stricklandgate), Kendal Furniture & Electrical (Mintsfeet; closed on Mondays; runs the collection
vans), Penrith, Keswick (also open on Sundays from April to October, except Easter Sunday), Ambleside Books (last
trading day Saturday 27 January 2024) and Ulverston, plus Windermere, which opened on Saturday 4 May 2024 and took
over the books.  All shops are closed on 25-26 December and 1 January.

The database is the head office's own DJANGO app (project "fellside", apps shops / volunteers / donations / takings /
giftaid).  It does not hold single till receipts: each shop sends a DAILY TAKINGS SHEET (the till's end-of-day
reading split by department, card and cash, and the cash difference), which the area manager reviews.  It also keeps
donors and their Gift Aid declarations, donations (drop-offs and van collections), Gift Aid proceeds per donation
and month (Gift Aid Retail Scheme), quarterly Gift Aid claims, rag (textile) sales by weight and volunteers' shifts.

Schema style: Django on SQLite (the DDL Django's SQLite backend writes):
  * tables named app_model in lower case (shops_shop, takings_dailysheet, giftaid_proceeds), an integer "id" primary
    key AUTOINCREMENT, foreign keys "<field>_id" declared inline with DEFERRABLE INITIALLY DEFERRED;
  * the automatic many-to-many table volunteers_volunteer_shops (with its own id and a unique pair);
  * django-model-utils' TimeStampedModel columns "created" / "modified" (UTC, 'YYYY-MM-DD HH:MM:SS.ffffff');
  * DecimalField money in a "decimal" column (NUMERIC affinity: 12.5 is stored as REAL, 12.00 as INTEGER 12);
  * BooleanField as "bool" 0/1; choices stored as lower-case slugs ('shop_manager', 'van_mate', 'bric_a_brac');
  * CharField blank=True without null=True: a missing e-mail or phone is '' (empty string), not NULL;
  * the framework's django_migrations table.

Standard library only; fixed seed; deterministic output."""
import os, random, sqlite3, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import CUMBRIA_FIRST, CUMBRIA_LAST

SEED = 4417093
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "fellside_hospice.sqlite")
D, DT, TD = dt.date, dt.datetime, dt.timedelta
START, END = D(2023, 1, 3), D(2025, 12, 31)
IMPORT_DAY = DT(2022, 11, 14, 15, 2, 41, 118204)

FK = 'REFERENCES "{0}" ("id") DEFERRABLE INITIALLY DEFERRED'
SCHEMA = f"""
CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
CREATE TABLE "shops_shop" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "code" varchar(3) NOT NULL UNIQUE, "name" varchar(100) NOT NULL, "kind" varchar(20) NOT NULL, "street" varchar(100) NOT NULL, "town" varchar(50) NOT NULL, "postcode" varchar(10) NOT NULL, "phone" varchar(20) NOT NULL, "opened_on" date NOT NULL, "closed_on" date NULL, "opens_sundays" bool NOT NULL, "is_active" bool NOT NULL);
CREATE TABLE "shops_staff" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "first_name" varchar(50) NOT NULL, "last_name" varchar(50) NOT NULL, "role" varchar(30) NOT NULL, "email" varchar(254) NOT NULL, "start_date" date NOT NULL, "end_date" date NULL, "contracted_hours" decimal NOT NULL, "is_active" bool NOT NULL, "shop_id" bigint NULL {FK.format("shops_shop")}, "reports_to_id" bigint NULL {FK.format("shops_staff")});
CREATE INDEX "shops_staff_shop_id_1c6a9e2d" ON "shops_staff" ("shop_id");
CREATE INDEX "shops_staff_reports_to_id_7f30b8c4" ON "shops_staff" ("reports_to_id");
CREATE TABLE "volunteers_volunteer" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "first_name" varchar(50) NOT NULL, "last_name" varchar(50) NOT NULL, "email" varchar(254) NOT NULL, "phone" varchar(20) NOT NULL, "start_date" date NOT NULL, "end_date" date NULL, "is_active" bool NOT NULL, "notes" text NOT NULL);
CREATE TABLE "volunteers_volunteer_shops" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "volunteer_id" bigint NOT NULL {FK.format("volunteers_volunteer")}, "shop_id" bigint NOT NULL {FK.format("shops_shop")});
CREATE UNIQUE INDEX "volunteers_volunteer_shops_volunteer_id_shop_id_3e9f1a07_uniq" ON "volunteers_volunteer_shops" ("volunteer_id", "shop_id");
CREATE INDEX "volunteers_volunteer_shops_volunteer_id_5b2c8d11" ON "volunteers_volunteer_shops" ("volunteer_id");
CREATE INDEX "volunteers_volunteer_shops_shop_id_0d4e6f92" ON "volunteers_volunteer_shops" ("shop_id");
CREATE TABLE "volunteers_shift" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "date" date NOT NULL, "hours" decimal NOT NULL, "task" varchar(20) NOT NULL, "shop_id" bigint NOT NULL {FK.format("shops_shop")}, "volunteer_id" bigint NOT NULL {FK.format("volunteers_volunteer")});
CREATE INDEX "volunteers_shift_shop_id_9a7b3c55" ON "volunteers_shift" ("shop_id");
CREATE INDEX "volunteers_shift_volunteer_id_2f1d0e88" ON "volunteers_shift" ("volunteer_id");
CREATE TABLE "donations_donor" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "reference" varchar(10) NOT NULL UNIQUE, "title" varchar(10) NOT NULL, "first_name" varchar(50) NOT NULL, "last_name" varchar(50) NOT NULL, "address_line_1" varchar(100) NOT NULL, "town" varchar(50) NOT NULL, "county" varchar(50) NOT NULL, "postcode" varchar(10) NOT NULL, "email" varchar(254) NOT NULL, "phone" varchar(20) NOT NULL, "gift_aid" bool NOT NULL, "gift_aid_declared_on" date NULL, "gift_aid_cancelled_on" date NULL, "contact_by_email" bool NOT NULL);
CREATE TABLE "donations_donation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "received_at" datetime NOT NULL, "kind" varchar(20) NOT NULL, "quantity" smallint unsigned NOT NULL CHECK ("quantity" >= 0), "gift_aided" bool NOT NULL, "via_collection" bool NOT NULL, "notes" varchar(200) NOT NULL, "donor_id" bigint NULL {FK.format("donations_donor")}, "shop_id" bigint NOT NULL {FK.format("shops_shop")}, "driver_id" bigint NULL {FK.format("shops_staff")});
CREATE INDEX "donations_donation_donor_id_6c1e2b3a" ON "donations_donation" ("donor_id");
CREATE INDEX "donations_donation_shop_id_d8e9f0a1" ON "donations_donation" ("shop_id");
CREATE INDEX "donations_donation_driver_id_4a5b6c7d" ON "donations_donation" ("driver_id");
CREATE TABLE "takings_department" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL UNIQUE, "is_donated" bool NOT NULL, "position" smallint unsigned NOT NULL CHECK ("position" >= 0), "parent_id" bigint NULL {FK.format("takings_department")});
CREATE INDEX "takings_department_parent_id_0b9c8d7e" ON "takings_department" ("parent_id");
CREATE TABLE "takings_dailysheet" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "trading_date" date NOT NULL, "till_total" decimal NOT NULL, "card_total" decimal NOT NULL, "cash_banked" decimal NOT NULL, "cash_difference" decimal NOT NULL, "transactions" integer unsigned NOT NULL CHECK ("transactions" >= 0), "status" varchar(10) NOT NULL, "submitted_at" datetime NOT NULL, "reviewed_at" datetime NULL, "shop_id" bigint NOT NULL {FK.format("shops_shop")}, "submitted_by_id" bigint NOT NULL {FK.format("shops_staff")}, "reviewed_by_id" bigint NULL {FK.format("shops_staff")});
CREATE UNIQUE INDEX "takings_dailysheet_shop_id_trading_date_5e6f7a8b_uniq" ON "takings_dailysheet" ("shop_id", "trading_date");
CREATE INDEX "takings_dailysheet_submitted_by_id_1f2e3d4c" ON "takings_dailysheet" ("submitted_by_id");
CREATE INDEX "takings_dailysheet_reviewed_by_id_9c8b7a6d" ON "takings_dailysheet" ("reviewed_by_id");
CREATE TABLE "takings_sheetline" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "amount" decimal NOT NULL, "items" integer unsigned NOT NULL CHECK ("items" >= 0), "department_id" bigint NOT NULL {FK.format("takings_department")}, "sheet_id" bigint NOT NULL {FK.format("takings_dailysheet")});
CREATE UNIQUE INDEX "takings_sheetline_sheet_id_department_id_2a3b4c5d_uniq" ON "takings_sheetline" ("sheet_id", "department_id");
CREATE INDEX "takings_sheetline_department_id_6e7f8a9b" ON "takings_sheetline" ("department_id");
CREATE TABLE "takings_ragcollection" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "collected_on" date NOT NULL, "weight_kg" decimal NOT NULL, "rate_per_kg" decimal NOT NULL, "amount" decimal NOT NULL, "merchant" varchar(100) NOT NULL, "shop_id" bigint NOT NULL {FK.format("shops_shop")});
CREATE INDEX "takings_ragcollection_shop_id_3c4d5e6f" ON "takings_ragcollection" ("shop_id");
CREATE TABLE "giftaid_claim" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" datetime NOT NULL, "modified" datetime NOT NULL, "reference" varchar(20) NOT NULL UNIQUE, "period_start" date NOT NULL, "period_end" date NOT NULL, "proceeds_total" decimal NOT NULL, "amount_claimed" decimal NOT NULL, "submitted_on" date NOT NULL, "paid_on" date NULL, "status" varchar(10) NOT NULL);
CREATE TABLE "giftaid_proceeds" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "month" date NOT NULL, "items_sold" integer unsigned NOT NULL CHECK ("items_sold" >= 0), "amount" decimal NOT NULL, "claim_id" bigint NULL {FK.format("giftaid_claim")}, "donation_id" bigint NOT NULL {FK.format("donations_donation")});
CREATE UNIQUE INDEX "giftaid_proceeds_donation_id_month_7d8e9f0a_uniq" ON "giftaid_proceeds" ("donation_id", "month");
CREATE INDEX "giftaid_proceeds_claim_id_4b5c6d7e" ON "giftaid_proceeds" ("claim_id");
"""

MIGRATIONS = [("contenttypes", "0001_initial"), ("auth", "0001_initial"), ("admin", "0001_initial"), ("admin", "0002_logentry_remove_auto_add"),
              ("contenttypes", "0002_remove_content_type_name"), ("auth", "0002_alter_permission_name_max_length"), ("sessions", "0001_initial"),
              ("shops", "0001_initial"), ("shops", "0002_staff"), ("shops", "0003_shop_opens_sundays"), ("volunteers", "0001_initial"),
              ("volunteers", "0002_shift_task"), ("donations", "0001_initial"), ("donations", "0002_donation_via_collection"),
              ("donations", "0003_donor_contact_by_email"), ("takings", "0001_initial"), ("takings", "0002_department_parent"),
              ("takings", "0003_dailysheet_cash_difference"), ("takings", "0004_ragcollection"), ("giftaid", "0001_initial"),
              ("giftaid", "0002_proceeds"), ("donations", "0004_donation_driver"), ("shops", "0004_shop_is_active"),
              ("takings", "0005_dailysheet_reviewed_by"), ("volunteers", "0003_volunteer_notes"), ("giftaid", "0003_claim_status")]
MIG_DATES = [DT(2022, 10, 3, 19, 12, 5), DT(2022, 10, 3, 19, 12, 6), DT(2022, 10, 3, 19, 12, 6), DT(2022, 10, 3, 19, 12, 7),
             DT(2022, 10, 3, 19, 12, 7), DT(2022, 10, 3, 19, 12, 8), DT(2022, 10, 3, 19, 12, 8), DT(2022, 10, 3, 19, 12, 9),
             DT(2022, 10, 10, 20, 4, 31), DT(2022, 10, 17, 19, 40, 2), DT(2022, 10, 17, 19, 40, 3), DT(2022, 10, 24, 20, 15, 44),
             DT(2022, 10, 31, 19, 2, 10), DT(2022, 11, 7, 18, 55, 29), DT(2022, 11, 7, 18, 55, 30), DT(2022, 11, 21, 19, 30, 12),
             DT(2022, 11, 28, 20, 1, 57), DT(2022, 12, 12, 19, 47, 3), DT(2023, 2, 6, 19, 5, 40), DT(2023, 3, 13, 20, 22, 18),
             DT(2023, 3, 27, 19, 11, 9), DT(2023, 6, 5, 19, 33, 51), DT(2024, 1, 29, 19, 8, 26), DT(2024, 4, 22, 20, 14, 5),
             DT(2024, 11, 11, 19, 46, 37), DT(2025, 5, 19, 19, 27, 13)]

# code, name, kind, street, town, postcode, phone, opened, closed, opens sundays (Apr-Oct), size factor, area
SHOPS = [
    ("KEN", "Kendal", "high_street", "62 Stricklandgate", "Kendal", "LA9 4PU", "01539 728 144", D(2009, 3, 2), None, 0, 1.25, "S"),
    ("KFE", "Kendal Furniture & Electrical", "furniture", "Unit 4, Mintsfeet Road South", "Kendal", "LA9 6ND", "01539 731 902", D(2016, 5, 9), None, 0, 1.0, "S"),
    ("PEN", "Penrith", "high_street", "18 Middlegate", "Penrith", "CA11 7PG", "01768 862 517", D(2011, 10, 3), None, 0, 1.0, "N"),
    ("KES", "Keswick", "high_street", "23 Main Street", "Keswick", "CA12 5BL", "01768 774 308", D(2013, 6, 1), None, 1, 1.0, "N"),
    ("AMB", "Ambleside Books", "books", "7 Compston Road", "Ambleside", "LA22 9DJ", "01539 432 776", D(2015, 4, 4), D(2024, 1, 27), 0, 1.0, "S"),
    ("ULV", "Ulverston", "high_street", "41 Market Street", "Ulverston", "LA12 7LQ", "01229 583 660", D(2018, 9, 1), None, 0, 0.8, "S"),
    ("WIN", "Windermere", "high_street", "15 Crescent Road", "Windermere", "LA23 1EA", "01539 446 219", D(2024, 5, 4), None, 0, 0.85, "S"),
]
EASTER = {D(2023, 4, 9), D(2024, 3, 31), D(2025, 4, 20)}

# key, first, last, role, shop (None = head office), start, end, contracted hours, reports to, stints
STAFF = [
    ("GP", "Gillian", "Postlethwaite", "retail_director", None, D(2012, 1, 9), None, 37.5, None, None),
    ("CR", "Craig", "Routledge", "area_manager", None, D(2016, 3, 1), None, 37.5, "GP", None),
    ("HB", "Helen", "Birkett", "area_manager", None, D(2017, 9, 4), None, 37.5, "GP", None),
    ("JM", "Janet", "Mossop", "volunteer_coordinator", None, D(2019, 2, 11), None, 30, "GP", None),
    ("SA", "Susan", "Atkinson", "shop_manager", "KEN", D(2010, 4, 6), None, 37.5, "HB", None),
    ("MD", "Mark", "Dixon", "deputy_manager", "KEN", D(2015, 8, 3), None, 30, "SA", None),
    ("CH", "Chloë", "Hartley", "sales_assistant", "KEN", D(2022, 3, 7), None, 22.5, "SA", None),
    ("TG", "Tom", "Gibson", "sales_assistant", "KEN", D(2021, 6, 14), D(2024, 2, 29), 16, "SA", None),
    ("AN", "Agnieszka", "Kowalczyk", "sales_assistant", "KEN", D(2024, 3, 11), None, 20, "SA", None),
    ("DT", "Dave", "Tyson", "shop_manager", "KFE", D(2016, 5, 9), None, 37.5, "HB", None),
    ("IN", "Ian", "Nixon", "sales_assistant", "KFE", D(2018, 4, 16), None, 30, "DT", None),
    ("GS", "Gary", "Storey", "van_driver", "KFE", D(2016, 5, 9), None, 37.5, "DT", None),
    ("KL", "Kevin", "Lamb", "van_driver", "KFE", D(2019, 7, 1), D(2025, 3, 28), 37.5, "DT", None),
    ("RP", "Ryan", "Pattinson", "van_driver", "KFE", D(2025, 4, 7), None, 37.5, "DT", None),
    ("KB", "Karen", "Bowness", "shop_manager", "PEN", D(2011, 10, 3), D(2024, 8, 30), 37.5, "CR", None),
    ("LH", "Lisa", "Hodgson", "shop_manager", "PEN", D(2017, 1, 9), None, 37.5, "CR", None),
    ("PI", "Paul", "Irving", "sales_assistant", "PEN", D(2020, 9, 7), None, 24, "LH", None),
    ("ER", "Emma", "Relph", "sales_assistant", "PEN", D(2023, 5, 2), None, 20, "LH", None),
    ("AF", "Andrew", "Fell", "shop_manager", "KES", D(2013, 6, 1), None, 37.5, "CR", None),
    ("SJ", "Sarah", "Jopson", "deputy_manager", "KES", D(2016, 4, 4), None, 30, "AF", None),
    ("ZW", "Zoë", "Walker", "sales_assistant", "KES", D(2023, 3, 1), D(2023, 10, 31), 24, "AF", None),
    ("JN", "José", "Núñez", "sales_assistant", "KES", D(2024, 3, 4), None, 24, "AF", None),
    ("MB", "Margaret", "Braithwaite", "shop_manager", "WIN", D(2015, 4, 4), None, 37.5, "HB",
     [("AMB", D(2015, 4, 4), D(2024, 1, 27)), ("WIN", D(2024, 5, 4), None)]),
    ("PK", "Peter", "Knipe", "sales_assistant", "AMB", D(2019, 5, 13), D(2024, 1, 27), 18, "MB", None),
    ("RU", "Rachel", "Udale", "shop_manager", "ULV", D(2018, 9, 1), None, 37.5, "HB", None),
    ("SK", "Stephen", "Askew", "deputy_manager", "ULV", D(2019, 1, 14), None, 30, "RU", None),
    ("HR", "Hannah", "Rigg", "sales_assistant", "ULV", D(2022, 2, 21), D(2025, 6, 30), 20, "RU", None),
    ("EW", "Ewa", "Wiśniewska", "sales_assistant", "ULV", D(2025, 7, 7), None, 20, "RU", None),
    ("OT", "Oliver", "Thwaites", "sales_assistant", "WIN", D(2024, 4, 22), None, 24, "MB",
     [("WIN", D(2024, 5, 4), None)]),
    ("BA", "Brenda", "Airey", "sales_assistant", "WIN", D(2024, 4, 22), D(2025, 9, 26), 16, "MB",
     [("WIN", D(2024, 5, 4), D(2025, 9, 26))]),
]
TILL_ROLES = ("shop_manager", "deputy_manager", "sales_assistant")
# Lisa Hodgson was Penrith's deputy manager until she took over from Karen Bowness on 2 September 2024.

# id, name, parent, donated, position
DEPARTMENTS = [(1, "Clothing", None, 1, 1), (2, "Womenswear", 1, 1, 2), (3, "Menswear", 1, 1, 3), (4, "Childrenswear", 1, 1, 4),
               (5, "Shoes & Accessories", 1, 1, 5), (6, "Books & Media", None, 1, 6), (7, "Books", 6, 1, 7), (8, "Music & Film", 6, 1, 8),
               (9, "Home", None, 1, 9), (10, "Bric-a-brac", 9, 1, 10), (11, "Furniture", 9, 1, 11), (12, "Electrical", 9, 1, 12),
               (13, "New Goods", None, 0, 13), (14, "Cards & Gift Wrap", 13, 0, 14), (15, "Christmas", 13, 0, 15)]
PRICES = {2: [399, 450, 499, 599, 699, 799, 999, 1299, 1499, 1999], 3: [350, 450, 499, 599, 799, 999, 1299, 1499],
          4: [150, 199, 250, 299, 350, 399, 499], 5: [250, 299, 399, 499, 699, 999, 1250], 7: [99, 150, 199, 250, 299, 350, 499],
          8: [100, 199, 299, 399, 499, 899, 1499], 10: [50, 99, 150, 199, 250, 299, 399, 499, 799, 1200],
          11: [1500, 2000, 2500, 3500, 4500, 6000, 7500, 9500, 12000, 15000, 18000], 12: [800, 1200, 1500, 2000, 2500, 3500, 4500, 6000, 8500],
          14: [99, 150, 199, 250, 299, 350, 450], 15: [150, 250, 299, 399, 499, 699, 999]}
# items a day (before factors) by kind of shop
MIX = {"high_street": {2: 22, 3: 9, 4: 8, 5: 6, 7: 13, 8: 5, 10: 16, 14: 6, 15: 12},
       "books": {7: 38, 8: 11, 14: 4},
       "furniture": {10: 11, 11: 4.2, 12: 4.8}}
WIN_BOOST = {7: 1.9, 8: 1.5}          # Windermere took over Ambleside's books
MONTH_F = [0, 0.82, 0.85, 0.95, 1.0, 1.0, 1.0, 1.05, 1.08, 1.0, 1.02, 1.12, 1.3]
YEAR_F = {2023: 1.0, 2024: 1.05, 2025: 1.09}
DOW_F = [0.9, 0.95, 1.0, 1.0, 1.05, 1.3, 0.85]
CARD_SHARE = {2023: 0.55, 2024: 0.62, 2025: 0.68}

TOWNS = {  # town: (county, postcode prefixes)
    "Kendal": ("Cumbria", ["LA9 4", "LA9 5", "LA9 6", "LA9 7"]), "Burneside": ("Cumbria", ["LA9 6"]), "Staveley": ("Cumbria", ["LA8 9"]),
    "Oxenholme": ("Cumbria", ["LA9 7"]), "Milnthorpe": ("Cumbria", ["LA7 7"]), "Sedbergh": ("Cumbria", ["LA10 5"]),
    "Windermere": ("Cumbria", ["LA23 1", "LA23 2"]), "Bowness-on-Windermere": ("Cumbria", ["LA23 3"]), "Ambleside": ("Cumbria", ["LA22 0", "LA22 9"]),
    "Grasmere": ("Cumbria", ["LA22 9"]), "Coniston": ("Cumbria", ["LA21 8"]), "Hawkshead": ("Cumbria", ["LA22 0"]),
    "Ulverston": ("Cumbria", ["LA12 0", "LA12 7", "LA12 9"]), "Dalton-in-Furness": ("Cumbria", ["LA15 8"]), "Barrow-in-Furness": ("Cumbria", ["LA13 9", "LA14 1", "LA14 5"]),
    "Grange-over-Sands": ("Cumbria", ["LA11 6", "LA11 7"]), "Cartmel": ("Cumbria", ["LA11 6"]), "Penrith": ("Cumbria", ["CA11 7", "CA11 8", "CA11 9"]),
    "Appleby-in-Westmorland": ("Cumbria", ["CA16 6"]), "Shap": ("Cumbria", ["CA10 3"]), "Pooley Bridge": ("Cumbria", ["CA10 2"]),
    "Keswick": ("Cumbria", ["CA12 4", "CA12 5"]), "Cockermouth": ("Cumbria", ["CA13 0", "CA13 9"]), "Threlkeld": ("Cumbria", ["CA12 4"]),
    "Braithwaite": ("Cumbria", ["CA12 5"]), "Gosforth": ("Cumbria", ["CA20 1"]), "Seascale": ("Cumbria", ["CA20 1"]),
    "Lancaster": ("Lancashire", ["LA1 1", "LA1 4"]), "Carnforth": ("Lancashire", ["LA5 9"]), "Manchester": ("Greater Manchester", ["M20 2", "M21 9"]),
    "Leeds": ("West Yorkshire", ["LS6 2", "LS8 1"]), "Newcastle upon Tyne": ("Tyne and Wear", ["NE2 1", "NE6 5"]),
    "Gosforth (NE)": ("Tyne and Wear", ["NE3 1", "NE3 4"]),
}
LOCAL = {"KEN": {"Kendal": 10, "Burneside": 1.2, "Staveley": 1.2, "Oxenholme": 0.8, "Milnthorpe": 1.0, "Sedbergh": 0.7, "Lancaster": 0.5, "Carnforth": 0.4, "Manchester": 0.3, "Leeds": 0.2},
         "KFE": {"Kendal": 10, "Burneside": 1.5, "Staveley": 1.5, "Oxenholme": 1.0, "Milnthorpe": 1.4, "Sedbergh": 0.8, "Windermere": 1.0, "Grange-over-Sands": 0.8},
         "PEN": {"Penrith": 10, "Appleby-in-Westmorland": 1.6, "Shap": 0.8, "Pooley Bridge": 0.6, "Keswick": 0.4, "Newcastle upon Tyne": 0.3, "Gosforth (NE)": 0.25},
         "KES": {"Keswick": 8, "Threlkeld": 1.0, "Braithwaite": 1.2, "Cockermouth": 1.8, "Gosforth": 0.9, "Seascale": 0.6, "Penrith": 0.4,
                 "Newcastle upon Tyne": 0.6, "Gosforth (NE)": 0.5, "Manchester": 0.5, "Leeds": 0.4},
         "AMB": {"Ambleside": 6, "Grasmere": 1.2, "Hawkshead": 1.0, "Coniston": 1.0, "Windermere": 1.5, "Manchester": 0.4, "Leeds": 0.3},
         "ULV": {"Ulverston": 9, "Dalton-in-Furness": 1.5, "Barrow-in-Furness": 2.2, "Grange-over-Sands": 1.0, "Cartmel": 0.6, "Coniston": 0.4},
         "WIN": {"Windermere": 7, "Bowness-on-Windermere": 2.0, "Ambleside": 1.8, "Staveley": 0.8, "Hawkshead": 0.6, "Manchester": 0.5, "Leeds": 0.4, "Newcastle upon Tyne": 0.2}}
STREETS = ["Main Street", "Church Street", "Station Road", "Fell View", "Lake Road", "Beck Side", "Castle Street", "Highgate", "Windermere Road",
           "Greenside", "The Green", "Mill Lane", "Meadow Bank", "Howe Lane", "Low Fold", "Brow Top", "Queen Street", "Sandes Avenue",
           "Birch Close", "Hawthorn Drive", "Rydal Road", "Kirkbarrow Lane", "Priory Road", "Beech Grove", "Ash Meadow", "Eden Mount"]
HOUSE_NAMES = ["Fellside Cottage", "Beck House", "Rose Cottage", "Low Barn", "High Garth", "The Old Smithy", "Brackenfield", "Holly Bank"]
TITLES_F, TITLES_M = ["Mrs", "Ms", "Miss", "Mrs", "Ms", "Dr"], ["Mr", "Mr", "Mr", "Dr"]
MALE = {"David", "John", "Peter", "Ian", "Andrew", "Mark", "Paul", "Stephen", "Gary", "Kevin", "Michael", "Robert", "Richard", "Graham",
        "Keith", "Derek", "Malcolm", "Trevor", "Alan", "Brian", "Tom", "Jack", "Oliver", "Harry", "George", "Sam", "Daniel", "Matthew",
        "Luke", "Adam", "José", "Søren", "Bartosz", "Tomás", "Mehmet", "Yusuf"}
DONATION_NOTES = ["Left at back door", "Donor to collect unsold furniture? No", "Fire labels checked", "PAT test needed", "Includes wedding dress",
                  "Vinyl records - check for value", "Bagged in black sacks", "Box of jigsaws - count pieces", "Books for Ambleside", "Books for Windermere",
                  "Sofa - fire label present", "Large wardrobe - two-man lift"]
VOL_NOTES = ["Prefers sorting", "Can steam", "Knows vinyl values", "Happy on till", "Good with books", "Drives - can help with van", ""]


def bst(d):
    def last_sunday(y, m):
        x = D(y, m, 31)
        return x - TD(days=(x.weekday() + 1) % 7)
    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


def utc(local):
    """Local UK wall-clock time -> naive UTC (Django USE_TZ = True stores UTC)."""
    return local - TD(hours=1) if bst(local.date()) else local


def ts(x):
    return str(x)          # Django/sqlite3: 'YYYY-MM-DD HH:MM:SS.ffffff' ('.ffffff' left out when it is 0)


def dec(p):
    """pence -> the value a Django DecimalField leaves in SQLite (NUMERIC affinity)."""
    return p // 100 if p % 100 == 0 else p / 100


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, lam ** 0.5))))
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
    shops = {}
    for i, s in enumerate(SHOPS, 1):
        shops[s[0]] = {"id": i, "code": s[0], "name": s[1], "kind": s[2], "street": s[3], "town": s[4], "postcode": s[5], "phone": s[6],
                       "opened": s[7], "closed": s[8], "sunday": s[9], "size": s[10], "area": s[11]}

    def trades(sc, d):
        s = shops[sc]
        if d < s["opened"] or (s["closed"] and d > s["closed"]) or d < START or d > END:
            return False
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)):
            return False
        wd = d.weekday()
        if sc == "KFE" and wd == 0:
            return False
        if wd == 6:
            return bool(s["sunday"]) and 4 <= d.month <= 10 and d not in EASTER
        return True

    # ---- staff
    staff, skey = [], {}
    for i, s in enumerate(STAFF, 1):
        st = {"id": i, "key": s[0], "first": s[1], "last": s[2], "role": s[3], "shop": s[4], "start": s[5], "end": s[6], "hours": s[7],
              "boss": s[8], "stints": s[9] if s[9] else [(s[4], s[5], s[6])] if s[4] else []}
        staff.append(st)
        skey[s[0]] = st

    def at_shop(sc, d, roles=TILL_ROLES):
        out = []
        for st in staff:
            if st["role"] not in roles:
                continue
            for (s2, a, b) in st["stints"]:
                if s2 == sc and a <= d and (b is None or d <= b):
                    out.append(st)
        return out
    area_mgr = {"N": skey["CR"], "S": skey["HB"]}

    # ---- names (staff names reserved first)
    used = {(s["first"], s["last"]) for s in staff}

    def new_name():
        for _ in range(10000):
            f, l = rng.choice(CUMBRIA_FIRST), rng.choice(CUMBRIA_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l
        raise SystemExit("name pool exhausted")

    def fold(x):
        import unicodedata
        return "".join(c for c in unicodedata.normalize("NFKD", x) if not unicodedata.combining(c)).replace("ø", "o").replace("Ø", "O") \
            .replace("ł", "l").replace("Ł", "L").replace(" ", "").replace("'", "")

    # ---- volunteers
    vols = []
    vol_weights = {"KEN": 22, "KFE": 10, "PEN": 18, "KES": 17, "AMB": 9, "ULV": 14, "WIN": 10}
    for i in range(1, 181):
        f, l = new_name()
        main_shop = wchoice(rng, list(vol_weights), list(vol_weights.values()))
        s = shops[main_shop]
        earliest = max(s["opened"], D(2014, 1, 1))
        if main_shop == "WIN":
            start = s["opened"] - TD(days=rng.randint(0, 12)) if i % 3 else D(2024, 5, 4) + TD(days=rng.randint(10, 560))
        elif rng.random() < 0.45:
            start = earliest + TD(days=rng.randint(0, max(1, (D(2022, 12, 1) - earliest).days)))
        else:
            start = D(2023, 1, 3) + TD(days=rng.randint(0, 1000))
        if s["closed"] and start > s["closed"] - TD(days=30):
            start = s["closed"] - TD(days=rng.randint(60, 400))
        end = None
        if rng.random() < 0.28:
            end = max(start + TD(days=60), D(2023, 1, 3)) + TD(days=rng.randint(0, 900))
            if end > D(2025, 12, 20):
                end = None
        shops_of = [main_shop]
        if main_shop == "AMB":
            if end is None or end > s["closed"]:
                if rng.random() < 0.6:
                    shops_of.append("WIN")
                else:
                    end = s["closed"]
        elif rng.random() < 0.18:
            others = [c for c in vol_weights if c not in (main_shop, "AMB") and not (c == "WIN" and start < D(2024, 1, 1))]
            shops_of.append(rng.choice(others))
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}" if rng.random() < 0.88 else ""
        email = f"{fold(f).lower()}.{fold(l).lower()}{rng.choice(['', '', '', '1', '62', '77'])}@{rng.choice(['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk'])}" if rng.random() < 0.8 else ""
        vols.append({"id": i, "first": f, "last": l, "shops": shops_of, "start": start, "end": end, "phone": phone, "email": email,
                     "slot": rng.randint(1, 5) if main_shop == "KFE" else rng.randint(0, 5), "hours": rng.choice([3, 3, 3.5, 3.5, 4, 4, 6.5]), "p": rng.uniform(0.55, 0.9),
                     "dormant": None, "note": rng.choice(VOL_NOTES)})
    # a few volunteers are still on the books (no end date) but stopped coming during 2024
    dormant_pick = [v for v in vols if v["end"] is None and v["start"] < D(2023, 6, 1) and "AMB" not in v["shops"]]
    for v in dormant_pick[3:60:9]:
        v["dormant"] = D(2024, 1, 15) + TD(days=rng.randint(0, 300))
    # van mates at KFE drive with the van; others do till / sorting / steaming / pricing
    shifts = []
    for v in vols:
        d0 = max(v["start"], START)
        last = min(v["end"] or END, END, v["dormant"] or END)
        d = d0 - TD(days=d0.weekday()) + TD(days=v["slot"])
        while d <= last:
            if d >= d0:
                sc = v["shops"][0]
                if shops[sc]["closed"] and d > shops[sc]["closed"]:
                    sc = v["shops"][1] if len(v["shops"]) > 1 else None
                elif len(v["shops"]) > 1 and rng.random() < 0.2:
                    sc = v["shops"][1]
                if sc and trades(sc, d) and rng.random() < v["p"]:
                    if sc == "KFE":
                        task = wchoice(rng, ["van_mate", "sorting", "till"], [5, 4, 1])
                    elif shops[sc]["kind"] == "books":
                        task = wchoice(rng, ["pricing", "till", "sorting"], [4, 4, 2])
                    else:
                        task = wchoice(rng, ["till", "sorting", "steaming", "pricing"], [5, 4, 2, 1])
                    hours = v["hours"] if rng.random() < 0.85 else rng.choice([2, 2.5, 3, 4, 5, 6.5])
                    shifts.append((d, hours, task, sc, v["id"]))
            d += TD(days=7)
    # ---- donors
    donors = []
    towns_by_shop = {sc: (list(m), list(m.values())) for sc, m in LOCAL.items()}

    def new_donor(sc, when, import_=False, ga=None):
        f, l = new_name()
        tw, wts = towns_by_shop[sc]
        town = wchoice(rng, tw, wts)
        county, pcs = TOWNS[town]
        pc = f"{rng.choice(pcs)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        addr = f"{rng.randint(1, 120)} {rng.choice(STREETS)}" if rng.random() < 0.85 else rng.choice(HOUSE_NAMES)
        title = rng.choice(TITLES_M if f in MALE else TITLES_F)
        if ga is None:
            ga = rng.random() < 0.82
        if import_:
            declared = D(2018, 1, 1) + TD(days=rng.randint(0, 1700)) if ga else None
        else:
            declared = when.date() if ga else None
        dn = {"id": len(donors) + 1, "first": f, "last": l, "title": title, "addr": addr, "town": town.replace(" (NE)", ""), "county": county,
              "postcode": pc, "email": (f"{fold(f).lower()}{rng.choice(['.', '_', ''])}{fold(l).lower()}{rng.choice(['', '', '', str(rng.randint(1, 99))])}@"
                                        f"{rng.choice(['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'icloud.com', 'yahoo.co.uk'])}") if rng.random() < 0.62 else "",
              "phone": (f"01{rng.choice(['539', '768', '229', '524', '946'])} {rng.randint(100000, 999999)}" if rng.random() < 0.4 else f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}") if rng.random() < 0.8 else "",
              "declared": declared, "cancelled": None, "created": IMPORT_DAY + TD(seconds=len(donors) * 3, microseconds=rng.randint(0, 999999)) if import_ else when - TD(minutes=rng.randint(1, 4), microseconds=rng.randint(0, 999999)),
              "home": sc, "n": 0}
        dn["contact"] = 1 if dn["email"] and rng.random() < 0.55 else 0
        donors.append(dn)
        return dn
    for sc, n in (("KEN", 190), ("KFE", 90), ("PEN", 160), ("KES", 150), ("AMB", 80), ("ULV", 110)):
        for _ in range(n):
            new_donor(sc, None, import_=True)
    pool = {sc: [d for d in donors if d["home"] == sc] for sc in shops}
    pool["WIN"] = []

    def ga_valid(dn, day):
        return dn["declared"] is not None and dn["declared"] <= day and (dn["cancelled"] is None or day < dn["cancelled"])

    # ---- day by day: sheets, lines, donations
    sheets, lines, donations = [], [], []
    drivers = [skey["GS"], skey["KL"], skey["RP"]]
    day = START
    while day <= END:
        for sc, s in shops.items():
            if not trades(sc, day):
                continue
            y, m, wd = day.year, day.month, day.weekday()
            f = s["size"] * MONTH_F[m] * YEAR_F[y] * DOW_F[wd]
            if sc == "KES" and 6 <= m <= 9:
                f *= 1.35
            if sc == "WIN" and day < D(2024, 5, 20):
                f *= 0.8
            mix = MIX[s["kind"]]
            sl = []
            for dep, base in mix.items():
                if dep == 15 and not ((m == 10 and day.day >= 15) or m == 11 or (m == 12 and day.day <= 24)):
                    continue
                lam = base * f * (WIN_BOOST.get(dep, 1.0) if sc == "WIN" else 1.0)
                if dep == 15 and m == 12:
                    lam *= 1.6
                if dep in (11, 12) and wd == 5:
                    lam *= 1.1
                n = poisson(rng, lam)
                if n == 0:
                    continue
                amt = sum(rng.choice(PRICES[dep]) for _ in range(n))
                sl.append((dep, n, amt))
            if not sl:
                continue
            till = sum(a for _, _, a in sl)
            items = sum(n for _, n, _ in sl)
            trans = max(1, int(round(items / rng.uniform(1.8, 2.6))))
            card = int(round(till * min(0.95, max(0.2, rng.gauss(CARD_SHARE[y] + (0.08 if sc == "KFE" else 0), 0.06)))))
            r = rng.random()
            diff = 0 if r < 0.82 else (rng.choice([-1, 1]) * rng.randint(1, 500) if r < 0.975 else rng.choice([-1, 1]) * rng.randint(1000, 4000))
            cash = till - card + diff
            if cash < 0:
                card, cash, diff = till, 0, 0
            who = rng.choice(at_shop(sc, day))
            sub_local = DT.combine(day, dt.time(16 if wd == 6 else 17, rng.randint(0, 29), rng.randint(0, 59), rng.randint(0, 999999)))
            rev = area_mgr[s["area"]]
            if day >= D(2025, 12, 29):
                status, rev_at, reviewer = "submitted", None, None
            else:
                nd = day + TD(days=1)
                while nd.weekday() >= 5 or (nd.month, nd.day) in ((12, 25), (12, 26), (1, 1)):
                    nd += TD(days=1)
                rev_at = utc(DT.combine(nd, dt.time(rng.randint(8, 11), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999))))
                status, reviewer = ("queried" if abs(diff) >= 1000 else "approved"), rev
            sh = {"id": len(sheets) + 1, "shop": sc, "day": day, "till": till, "card": card, "cash": cash, "diff": diff, "trans": trans,
                  "status": status, "sub_at": utc(sub_local), "rev_at": rev_at, "who": who, "rev": reviewer}
            sheets.append(sh)
            for dep, n, amt in sl:
                lines.append((len(lines) + 1, dec(amt), n, dep, sh["id"]))
            # donations
            if s["kind"] == "furniture":
                plan = [("drop", poisson(rng, 1.0 * MONTH_F[m]))]
                if wd != 6:
                    plan.append(("van", poisson(rng, 1.9)))
            else:
                plan = [("drop", poisson(rng, (2.6 if s["kind"] == "books" else 2.1) * s["size"] * (1.2 if wd == 0 else 1.0) * (1.3 if m in (1, 4, 9) else 1.0)))]
            for how, cnt in plan:
                for _ in range(cnt):
                    if s["kind"] == "furniture":
                        kind = wchoice(rng, ["furniture", "electrical", "bric_a_brac"], [55, 30, 15]) if how == "van" else wchoice(rng, ["furniture", "electrical", "bric_a_brac"], [25, 35, 40])
                    elif s["kind"] == "books":
                        kind = wchoice(rng, ["books", "bric_a_brac"], [88, 12])
                    else:
                        kind = wchoice(rng, ["bags", "books", "bric_a_brac"], [70, 12, 18] if sc != "WIN" else [60, 25, 15])
                    qty = {"bags": lambda: wchoice(rng, [1, 2, 3, 4, 5, 6], [30, 30, 18, 12, 6, 4]), "books": lambda: wchoice(rng, [1, 2, 3, 4], [50, 30, 14, 6]),
                           "bric_a_brac": lambda: wchoice(rng, [1, 2, 3], [60, 30, 10]), "furniture": lambda: wchoice(rng, [1, 2, 3, 4], [45, 30, 15, 10]),
                           "electrical": lambda: wchoice(rng, [1, 2, 3], [65, 25, 10])}[kind]()
                    hh = rng.randint(9, 15) if wd != 6 else rng.randint(10, 15)
                    when_local = DT.combine(day, dt.time(hh, rng.randint(0, 59) if hh > 9 else rng.randint(30, 59), rng.randint(0, 59), rng.randint(0, 999999)))
                    when = utc(when_local)
                    dn = None
                    want = 1.0 if how == "van" else (0.62 if kind in ("bags", "books", "bric_a_brac") else 0.35)
                    if rng.random() < want:
                        p = pool[sc]
                        reuse = p and rng.random() < min(0.72, 0.25 + len(p) / 1400)
                        if reuse:
                            dn = rng.choice(p)
                            if dn["created"] > when:
                                dn = None
                        if dn is None:
                            dn = new_donor(sc, when, ga=(rng.random() < 0.5) if how == "van" else None)
                            p.append(dn)
                    drv = None
                    if how == "van":
                        cands = [x for x in drivers if x["start"] <= day and (x["end"] is None or day <= x["end"])]
                        drv = rng.choice(cands)
                    ga = bool(dn and kind in ("bags", "books", "bric_a_brac") and ga_valid(dn, day))
                    note = rng.choice(DONATION_NOTES) if rng.random() < 0.06 else ""
                    if note in ("Books for Ambleside",) and (sc == "WIN" or day > D(2024, 1, 27)):
                        note = ""
                    if note == "Books for Windermere" and day < D(2024, 5, 4):
                        note = ""
                    donations.append({"id": len(donations) + 1, "shop": sc, "when": when, "kind": kind, "qty": qty, "donor": dn, "ga": ga,
                                      "van": 1 if how == "van" else 0, "driver": drv, "note": note})
                    if dn:
                        dn["n"] += 1
        day += TD(days=1)
    # Gift Aid cancellations (some donors withdraw their declaration)
    for dn in donors:
        if dn["declared"] and rng.random() < 0.035:
            c = max(dn["declared"], D(2023, 2, 1)) + TD(days=rng.randint(20, 700))
            if c < D(2025, 12, 1):
                dn["cancelled"] = c
    for dn in donations:
        if dn["donor"]:
            dn["ga"] = dn["kind"] in ("bags", "books", "bric_a_brac") and ga_valid(dn["donor"], dn["when"].date())
    # ---- Gift Aid proceeds per donation and month (items sell over the following weeks)
    dep_of_kind = {"bags": ([2, 3, 4, 5], [50, 20, 18, 12], (3, 9)), "books": ([7, 8], [85, 15], (5, 14)), "bric_a_brac": ([10], [1], (2, 7))}
    proceeds = {}
    for dn in donations:
        if not dn["ga"]:
            continue
        deps, wts, (lo, hi) = dep_of_kind[dn["kind"]]
        day0 = dn["when"].date()
        closed = shops[dn["shop"]]["closed"]
        for _ in range(dn["qty"]):
            for _ in range(rng.randint(lo, hi)):
                if rng.random() < 0.32:
                    continue  # not sold (ragged or binned)
                sold = day0 + TD(days=1 + int(rng.expovariate(1 / 18)))
                if sold > END or (closed and sold > closed):
                    continue
                price = rng.choice(PRICES[wchoice(rng, deps, wts)])
                key = (dn["id"], D(sold.year, sold.month, 1))
                cnt, amt = proceeds.get(key, (0, 0))
                proceeds[key] = (cnt + 1, amt + price)
    # ---- quarterly claims (Q1 2023 .. Q3 2025; Q4 2025 not yet claimed)
    claims = []
    for y in (2023, 2024, 2025):
        for q in range(1, 5):
            if (y, q) == (2025, 4):
                continue
            ps = D(y, 3 * q - 2, 1)
            pe = (D(y + 1, 1, 1) if q == 4 else D(y, 3 * q + 1, 1)) - TD(days=1)
            sub = pe + TD(days=rng.randint(30, 48))
            paid = sub + TD(days=rng.randint(18, 32)) if (y, q) != (2025, 3) else None
            claims.append({"id": len(claims) + 1, "ref": f"GA-{y}-Q{q}", "ps": ps, "pe": pe, "sub": sub, "paid": paid, "total": 0})
    proc_rows = []
    for (did, mon), (cnt, amt) in sorted(proceeds.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        cl = next((c for c in claims if c["ps"] <= mon <= c["pe"]), None)
        if cl:
            cl["total"] += amt
        proc_rows.append((len(proc_rows) + 1, mon.isoformat(), cnt, dec(amt), cl["id"] if cl else None, did))
    # ---- rag collections (fortnightly; the rag price per kg fell in 2024 and 2025)
    rags = []
    anchors = {"KEN": D(2023, 1, 5), "PEN": D(2023, 1, 12), "KES": D(2023, 1, 10), "AMB": D(2023, 1, 11), "ULV": D(2023, 1, 6), "WIN": D(2024, 5, 16)}
    for sc, a in anchors.items():
        d = a
        while d <= END:
            dd = d
            while not trades(sc, dd) and dd <= END:
                dd += TD(days=1)
            if dd <= END and trades(sc, dd):
                rate = 42 if dd < D(2024, 1, 1) else 30 if dd < D(2024, 7, 1) else 22 if dd < D(2025, 1, 1) else 15
                kg10 = int(rng.uniform(1500, 4600) * shops[sc]["size"] * (1.15 if dd.month in (1, 4, 9) else 1.0))
                amount = (kg10 * rate + 5) // 10
                merchant = "Lakeland Textile Recycling Ltd" if dd < D(2024, 7, 1) else "Pennine Rag & Reuse Ltd"
                rags.append((dd, kg10, rate, amount, merchant, sc))
            d += TD(days=14)
    rags.sort(key=lambda r: (r[0], shops[r[5]]["id"]))

    # ---- write
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    con.executemany('INSERT INTO "django_migrations" VALUES (?,?,?,?)',
                    [(i, a, n, ts(MIG_DATES[i - 1] + TD(microseconds=137 * i + 4021))) for i, (a, n) in enumerate(MIGRATIONS, 1)])
    con.executemany('INSERT INTO "shops_shop" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (s["id"], ts(DT(2022, 10, 10, 20, 30, s["id"], 551000 + s["id"]) if s["opened"] < D(2022, 10, 10) else DT(2024, 4, 15, 19, 2, 8, 310422)),
         ts(DT(2024, 1, 29, 9, 12, 40, 80215) if s["closed"] else DT(2022, 10, 10, 20, 30, s["id"], 551000 + s["id"]) if s["opened"] < D(2022, 10, 10) else DT(2024, 4, 15, 19, 2, 8, 310422)),
         s["code"], s["name"], s["kind"], s["street"], s["town"], s["postcode"], s["phone"], s["opened"].isoformat(),
         s["closed"].isoformat() if s["closed"] else None, s["sunday"], 0 if s["closed"] else 1) for s in shops.values()])
    con.executemany('INSERT INTO "shops_staff" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (st["id"], ts(DT(2022, 10, 10, 20, 41, 0, 0) + TD(seconds=st["id"] * 7, microseconds=st["id"] * 3301) if st["start"] < D(2022, 10, 10)
                      else DT.combine(st["start"] - TD(days=5), dt.time(9, 14, st["id"], 5512 * st["id"]))),
         ts(DT.combine(st["end"] + TD(days=1), dt.time(9, 2, 11, 4411)) if st["end"] else DT(2024, 9, 2, 8, 31, 5, 771020) if st["key"] == "LH"
            else DT.combine(D(2024, 4, 29), dt.time(8, 40, 2, 100)) if st["key"] == "MB"
            else DT(2022, 10, 10, 20, 41, 0, 0) + TD(seconds=st["id"] * 7, microseconds=st["id"] * 3301) if st["start"] < D(2022, 10, 10)
            else DT.combine(st["start"] - TD(days=5), dt.time(9, 14, st["id"], 5512 * st["id"]))),
         st["first"], st["last"], st["role"], f"{fold(st['first']).lower()}.{fold(st['last']).lower()}@fellsidehospice.org.uk",
         st["start"].isoformat(), st["end"].isoformat() if st["end"] else None, st["hours"] if st["hours"] != int(st["hours"]) else int(st["hours"]),
         0 if st["end"] else 1, shops[st["shop"]]["id"] if st["shop"] else None, skey[st["boss"]]["id"] if st["boss"] else None) for st in staff])
    con.executemany('INSERT INTO "volunteers_volunteer" VALUES (?,?,?,?,?,?,?,?,?,?,?)', [
        (v["id"], ts(DT.combine(v["start"] if v["start"] > D(2022, 10, 17) else D(2022, 10, 18), dt.time(10, 5, 0)) + TD(seconds=v["id"] * 13, microseconds=v["id"] * 917)),
         ts(DT.combine(v["end"], dt.time(16, 40, 0)) + TD(seconds=v["id"], microseconds=v["id"] * 101) if v["end"]
            else DT.combine(v["start"] if v["start"] > D(2022, 10, 17) else D(2022, 10, 18), dt.time(10, 5, 0)) + TD(seconds=v["id"] * 13, microseconds=v["id"] * 917)),
         v["first"], v["last"], v["email"], v["phone"], v["start"].isoformat(), v["end"].isoformat() if v["end"] else None,
         0 if v["end"] else 1, v["note"]) for v in vols])
    vs_rows = []
    for v in vols:
        for sc in v["shops"]:
            vs_rows.append((len(vs_rows) + 1, v["id"], shops[sc]["id"]))
    con.executemany('INSERT INTO "volunteers_volunteer_shops" VALUES (?,?,?)', vs_rows)
    shifts.sort(key=lambda x: (x[0], shops[x[3]]["id"], x[4]))
    con.executemany('INSERT INTO "volunteers_shift" VALUES (?,?,?,?,?,?)', [
        (i, d.isoformat(), h if h != int(h) else int(h), task, shops[sc]["id"], vid) for i, (d, h, task, sc, vid) in enumerate(shifts, 1)])
    con.executemany('INSERT INTO "donations_donor" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (dn["id"], ts(dn["created"]), ts(max(dn["created"], DT.combine(dn["cancelled"], dt.time(11, 20, 5, 300))) if dn["cancelled"] else dn["created"]),
         f"D{dn['id']:06d}", dn["title"], dn["first"], dn["last"], dn["addr"], dn["town"], dn["county"], dn["postcode"], dn["email"], dn["phone"],
         1 if dn["declared"] and not dn["cancelled"] else 0, dn["declared"].isoformat() if dn["declared"] else None,
         dn["cancelled"].isoformat() if dn["cancelled"] else None, dn["contact"]) for dn in donors])
    con.executemany('INSERT INTO "donations_donation" VALUES (?,?,?,?,?,?,?,?,?,?,?,?)', [
        (x["id"], ts(x["when"] + TD(seconds=40)), ts(x["when"] + TD(seconds=40)), ts(x["when"]), x["kind"], x["qty"], 1 if x["ga"] else 0, x["van"], x["note"],
         x["donor"]["id"] if x["donor"] else None, shops[x["shop"]]["id"], x["driver"]["id"] if x["driver"] else None) for x in donations])
    con.executemany('INSERT INTO "takings_department" VALUES (?,?,?,?,?)', [(i, n, don, pos, par) for i, n, par, don, pos in DEPARTMENTS])
    con.executemany('INSERT INTO "takings_dailysheet" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (s["id"], ts(s["sub_at"] - TD(minutes=3)), ts(s["rev_at"] or s["sub_at"]), s["day"].isoformat(), dec(s["till"]), dec(s["card"]), dec(s["cash"]),
         dec(s["diff"]) if s["diff"] >= 0 else -dec(-s["diff"]), s["trans"], s["status"], ts(s["sub_at"]), ts(s["rev_at"]) if s["rev_at"] else None,
         shops[s["shop"]]["id"], s["who"]["id"], s["rev"]["id"] if s["rev"] else None) for s in sheets])
    con.executemany('INSERT INTO "takings_sheetline" VALUES (?,?,?,?,?)', lines)
    con.executemany('INSERT INTO "takings_ragcollection" VALUES (?,?,?,?,?,?,?,?,?)', [
        (i, ts(utc(DT.combine(d, dt.time(14, 10 + i % 40, i % 60, (i * 7919) % 1000000)))), ts(utc(DT.combine(d, dt.time(14, 10 + i % 40, i % 60, (i * 7919) % 1000000)))),
         d.isoformat(), kg10 / 10 if kg10 % 10 else kg10 // 10, rate / 100, dec(amount), merchant, shops[sc]["id"])
        for i, (d, kg10, rate, amount, merchant, sc) in enumerate(rags, 1)])
    con.executemany('INSERT INTO "giftaid_claim" VALUES (?,?,?,?,?,?,?,?,?,?,?)', [
        (c["id"], ts(DT.combine(c["sub"], dt.time(10, 12, c["id"], 40417 * c["id"] % 1000000))),
         ts(DT.combine(c["paid"], dt.time(9, 3, c["id"], 12345 * c["id"] % 1000000)) if c["paid"] else DT.combine(c["sub"], dt.time(10, 12, c["id"], 40417 * c["id"] % 1000000))), c["ref"], c["ps"].isoformat(), c["pe"].isoformat(),
         dec(c["total"]), dec((c["total"] * 25 + 50) // 100), c["sub"].isoformat(), c["paid"].isoformat() if c["paid"] else None,
         "paid" if c["paid"] else "submitted") for c in claims])
    con.executemany('INSERT INTO "giftaid_proceeds" VALUES (?,?,?,?,?,?)', proc_rows)
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}: {len(sheets)} sheets, {len(lines)} lines, {len(donations)} donations, {len(donors)} donors, {len(vols)} volunteers, "
          f"{len(shifts)} shifts, {len(proc_rows)} proceeds, {len(rags)} rag collections")


if __name__ == "__main__":
    main()
