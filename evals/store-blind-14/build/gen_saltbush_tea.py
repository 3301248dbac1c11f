"""Saltbush Tea Co.: an online tea merchant in Melbourne (Brunswick, Victoria) running on WooCommerce. It sells loose-leaf
tea in tins, pouches and 1 kg bulk bags (black, green, oolong & white, herbal and Australian native infusions, chai),
teaware, gift packs and gift cards, tea subscriptions (WooCommerce Subscriptions) and wholesale bulk tea to cafes.

Schema style: a WOOCOMMERCE REPORTING EXPORT in plain snake_case with plural table names (customers, categories,
products, product_variations, tags, product_tags, coupons, orders, order_items, refunds, subscriptions, reviews).
Ordinary WooCommerce quirks: statuses stored with the 'wc-' prefix ('wc-completed', 'wc-active'); every timestamp twice,
as local Melbourne time ('date_created', TEXT 'YYYY-MM-DD HH:MM:SS') and as UTC ('date_created_gmt'); money as REAL
Australian dollars; line amounts excluding GST with the GST in separate columns (tea is GST-free, teaware is not);
lower-case coupon codes kept as text on the order; product statistics (total_sales, average_rating, rating_count)
stored on the product; order, subscription and refund ids drawn from one shared id sequence; 'private' = hidden from
the shop (discontinued). categories.parent_id is a self-reference and product_tags is a many-to-many link table."""
import math, os, random, sys, unicodedata, datetime as dt
import sqlite3
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import AU_FIRST, AU_LAST

SEED = 3318857
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "saltbush_tea.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
END_T = dt.datetime(2025, 12, 31, 23, 59, 59)
D, DT, TD = dt.date, dt.datetime, dt.timedelta
PRICE_RISE = D(2024, 7, 1)

SCHEMA = """
CREATE TABLE customers (
  id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, email TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
  last_name TEXT NOT NULL, role TEXT NOT NULL, date_registered TEXT NOT NULL, date_registered_gmt TEXT NOT NULL,
  date_last_active TEXT NOT NULL, billing_company TEXT, billing_phone TEXT, billing_city TEXT NOT NULL,
  billing_state TEXT, billing_postcode TEXT NOT NULL, billing_country TEXT NOT NULL, is_paying_customer INTEGER NOT NULL,
  marketing_opt_in INTEGER NOT NULL);
CREATE TABLE categories (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL UNIQUE, parent_id INTEGER REFERENCES categories(id),
  description TEXT, menu_order INTEGER NOT NULL);
CREATE TABLE products (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL UNIQUE, sku TEXT UNIQUE, type TEXT NOT NULL,
  status TEXT NOT NULL, category_id INTEGER NOT NULL REFERENCES categories(id), regular_price REAL, tax_status TEXT NOT NULL,
  origin TEXT, stock_status TEXT NOT NULL, total_sales INTEGER NOT NULL, average_rating REAL NOT NULL,
  rating_count INTEGER NOT NULL, date_created TEXT NOT NULL, date_created_gmt TEXT NOT NULL, date_modified TEXT NOT NULL,
  date_modified_gmt TEXT NOT NULL);
CREATE TABLE product_variations (
  id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id), sku TEXT NOT NULL UNIQUE,
  attribute_pack TEXT NOT NULL, regular_price REAL NOT NULL, sale_price REAL, weight_kg REAL, stock_quantity INTEGER,
  status TEXT NOT NULL, menu_order INTEGER NOT NULL);
CREATE TABLE tags (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL UNIQUE);
CREATE TABLE product_tags (
  product_id INTEGER NOT NULL REFERENCES products(id), tag_id INTEGER NOT NULL REFERENCES tags(id),
  PRIMARY KEY (product_id, tag_id));
CREATE TABLE coupons (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, discount_type TEXT NOT NULL, amount REAL NOT NULL,
  free_shipping INTEGER NOT NULL, individual_use INTEGER NOT NULL, usage_limit_per_user INTEGER,
  minimum_amount REAL, date_created TEXT NOT NULL, date_expires TEXT, usage_count INTEGER NOT NULL, description TEXT);
CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), status TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id), billing_period TEXT NOT NULL, billing_interval INTEGER NOT NULL,
  recurring_total REAL NOT NULL, payment_method TEXT NOT NULL, start_date TEXT NOT NULL, start_date_gmt TEXT NOT NULL,
  last_payment_date TEXT, next_payment_date TEXT, end_date TEXT);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY, status TEXT NOT NULL, currency TEXT NOT NULL, created_via TEXT NOT NULL,
  customer_id INTEGER REFERENCES customers(id), subscription_id INTEGER REFERENCES subscriptions(id),
  date_created TEXT NOT NULL, date_created_gmt TEXT NOT NULL, date_paid TEXT, date_completed TEXT,
  payment_method TEXT NOT NULL, payment_method_title TEXT NOT NULL, billing_first_name TEXT NOT NULL,
  billing_last_name TEXT NOT NULL, billing_email TEXT NOT NULL, shipping_city TEXT NOT NULL, shipping_state TEXT,
  shipping_postcode TEXT NOT NULL, shipping_country TEXT NOT NULL, shipping_method TEXT, coupon_code TEXT,
  discount_total REAL NOT NULL, discount_tax REAL NOT NULL, shipping_total REAL NOT NULL, shipping_tax REAL NOT NULL,
  total_tax REAL NOT NULL, total REAL NOT NULL, customer_note TEXT);
CREATE TABLE order_items (
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), product_id INTEGER NOT NULL REFERENCES products(id),
  variation_id INTEGER REFERENCES product_variations(id), name TEXT NOT NULL, quantity INTEGER NOT NULL,
  subtotal REAL NOT NULL, subtotal_tax REAL NOT NULL, total REAL NOT NULL, total_tax REAL NOT NULL);
CREATE TABLE refunds (
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), date_created TEXT NOT NULL,
  date_created_gmt TEXT NOT NULL, amount REAL NOT NULL, reason TEXT, refunded_by TEXT NOT NULL);
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id), customer_id INTEGER REFERENCES customers(id),
  reviewer_name TEXT NOT NULL, reviewer_email TEXT NOT NULL, rating INTEGER NOT NULL, status TEXT NOT NULL,
  verified INTEGER NOT NULL, date_created TEXT NOT NULL, date_created_gmt TEXT NOT NULL);
CREATE INDEX idx_orders_customer ON orders(customer_id);
CREATE INDEX idx_orders_date ON orders(date_created);
CREATE INDEX idx_order_items_order ON order_items(order_id);
CREATE INDEX idx_product_variations_product ON product_variations(product_id);
"""

# ------------------------------------------------------------------------------------------------ geography
CITIES = {
    "VIC": [("Melbourne", "3000", 1), ("Brunswick", "3056", 1), ("Fitzroy", "3065", 1), ("Richmond", "3121", 1),
            ("Brighton", "3186", 1), ("St Kilda", "3182", 1), ("Northcote", "3070", 1), ("Carlton", "3053", 1),
            ("Footscray", "3011", 1), ("Box Hill", "3128", 1), ("Coburg", "3058", 1), ("Geelong", "3220", 0),
            ("Ballarat", "3350", 0), ("Bendigo", "3550", 0), ("Castlemaine", "3450", 0), ("Daylesford", "3460", 0),
            ("Warrnambool", "3280", 0)],
    "NSW": [("Sydney", "2000", 0), ("Newtown", "2042", 0), ("Paddington", "2021", 0), ("Parramatta", "2150", 0),
            ("Richmond", "2753", 0), ("Manly", "2095", 0), ("Bondi", "2026", 0), ("Newcastle", "2300", 0),
            ("Wollongong", "2500", 0), ("Byron Bay", "2481", 0), ("Katoomba", "2780", 0), ("Orange", "2800", 0)],
    "QLD": [("Brisbane", "4000", 0), ("Paddington", "4064", 0), ("West End", "4101", 0), ("Brighton", "4017", 0),
            ("Surfers Paradise", "4217", 0), ("Noosa Heads", "4567", 0), ("Toowoomba", "4350", 0), ("Cairns", "4870", 0),
            ("Townsville", "4810", 0)],
    "SA": [("Adelaide", "5000", 0), ("Norwood", "5067", 0), ("Brighton", "5048", 0), ("Glenelg", "5045", 0),
           ("Mount Barker", "5251", 0)],
    "WA": [("Perth", "6000", 0), ("Fremantle", "6160", 0), ("Subiaco", "6008", 0), ("Margaret River", "6285", 0),
           ("Bunbury", "6230", 0)],
    "TAS": [("Hobart", "7000", 0), ("Sandy Bay", "7005", 0), ("Launceston", "7250", 0), ("Perth", "7300", 0),
            ("Devonport", "7310", 0)],
    "ACT": [("Canberra", "2600", 0), ("Braddon", "2612", 0), ("Belconnen", "2617", 0)],
    "NT": [("Darwin", "0800", 0), ("Alice Springs", "0870", 0)],
    "NZ": [("Auckland", "1010", 0), ("Wellington", "6011", 0), ("Christchurch", "8011", 0), ("Dunedin", "9016", 0)],
}
STATE_W = [("VIC", 42), ("NSW", 22), ("QLD", 11), ("SA", 7), ("WA", 6), ("TAS", 5), ("ACT", 3), ("NT", 1), ("NZ", 3)]
CAFE_NAMES = [("Little Lonsdale Espresso", "VIC", "Melbourne"), ("The Brunswick Larder", "VIC", "Brunswick"),
              ("Gertrude St Tea Rooms", "VIC", "Fitzroy"), ("Swan St Canteen", "VIC", "Richmond"),
              ("Bay Road Bakehouse", "VIC", "Brighton"), ("Acland Street Deli", "VIC", "St Kilda"),
              ("High St Grocer & Cafe", "VIC", "Northcote"), ("Barkly Square Books & Tea", "VIC", "Brunswick"),
              ("Pakington Pantry", "VIC", "Geelong"), ("Lydiard Lane Cafe", "VIC", "Ballarat"),
              ("Mostyn Street Teahouse", "VIC", "Castlemaine"), ("Vincent St Kitchen", "VIC", "Daylesford"),
              ("King Street Brew Bar", "NSW", "Newtown"), ("Oxford St Patisserie", "NSW", "Paddington"),
              ("Jonson Street Wholefoods", "NSW", "Byron Bay"), ("Leura Mall Tea Garden", "NSW", "Katoomba"),
              ("Salamanca Tea Merchants", "TAS", "Hobart"), ("Sandy Bay Provedore", "TAS", "Sandy Bay"),
              ("The Parade Pantry", "SA", "Norwood"), ("Jetty Road Kiosk", "SA", "Glenelg"),
              ("Boundary Street Cafe", "QLD", "West End"), ("Lonsdale Tea Collective", "ACT", "Braddon"),
              ("Café Éclair", "VIC", "Carlton"), ("Kōwhai Kitchen", "NZ", "Wellington")]

# ------------------------------------------------------------------------------------------------ catalogue
CATS = [  # key, name, parent key, description
    ("uncat", "Uncategorized", None, None),
    ("black", "Black Tea", None, "Full-bodied black teas and blends"),
    ("green", "Green Tea", None, "Steamed and pan-fired green teas"),
    ("oolwhite", "Oolong & White Tea", None, "Semi-oxidised oolongs and delicate white teas"),
    ("herbal", "Herbal & Native", None, "Caffeine-free infusions and Australian native botanicals"),
    ("chai", "Chai", None, "Spiced chai blends, sticky and loose"),
    ("teaware", "Teaware", None, "Teapots, cups and brewing tools"),
    ("gifts", "Gifts", None, "Gift packs and gift cards"),
    ("subs", "Subscriptions", None, "Tea delivered on a schedule"),
    ("assam", "Assam", "black", None), ("darj", "Darjeeling", "black", None), ("ceylon", "Ceylon", "black", None),
    ("breakfast", "Breakfast Blends", "black", None), ("earlgrey", "Earl Grey & Flavoured", "black", None),
    ("chinablack", "China & Smoky Black", "black", None),
    ("japan", "Japanese Green", "green", None), ("chinagreen", "Chinese Green", "green", None),
    ("jasmine", "Jasmine & Scented", "green", None),
    ("oolong", "Oolong", "oolwhite", None), ("white", "White Tea", "oolwhite", None),
    ("native", "Australian Native", "herbal", None), ("infusion", "Herbal Infusions", "herbal", None),
    ("rooibos", "Rooibos & Honeybush", "herbal", None),
    ("teapots", "Teapots", "teaware", None), ("cups", "Cups & Mugs", "teaware", None),
    ("infusers", "Infusers & Strainers", "teaware", None), ("tins", "Tins & Caddies", "teaware", None),
    ("giftpacks", "Gift Packs", "gifts", None), ("giftcards", "Gift Cards", "gifts", None),
]
TOP_OF = {}
for _k, _n, _p, _d in CATS:
    TOP_OF[_k] = _p or _k

TAGS = [("organic", "Organic"), ("fair-trade", "Fair Trade"), ("caffeine-free", "Caffeine Free"),
        ("australian-grown", "Australian Grown"), ("single-estate", "Single Estate"), ("limited-edition", "Limited Edition"),
        ("best-seller", "Best Seller"), ("staff-pick", "Staff Pick"), ("new-arrival", "New Arrival"),
        ("smoky", "Smoky"), ("iced-tea", "Great Iced"), ("low-caffeine", "Low Caffeine")]

# name, leaf category, origin, price of 100 g in cents (current), packs, popularity, tags, created (None = before 2023),
# status ('publish' / 'private' with date hidden / 'draft')
TEAS = [
    ("Assam Halmari Gold", "assam", "India", 1850, "TPLB", 1.0, "single-estate", None, None),
    ("Assam Breakfast Second Flush", "assam", "India", 1450, "PLB", 1.2, "fair-trade", None, None),
    ("Assam Mangalam Estate", "assam", "India", 1650, "PL", 0.6, "single-estate", None, None),
    ("Darjeeling Castleton First Flush", "darj", "India", 2600, "TP", 0.6, "single-estate", None, None),
    ("Darjeeling Margaret's Hope Second Flush", "darj", "India", 2400, "TPL", 0.7, "single-estate", None, None),
    ("Darjeeling Jungpana Muscatel", "darj", "India", 2900, "TP", 0.4, "single-estate, limited-edition", D(2024, 9, 12), None),
    ("Ceylon Uva Highlands", "ceylon", "Sri Lanka", 1350, "PLB", 0.9, "fair-trade", None, None),
    ("Ceylon Nuwara Eliya", "ceylon", "Sri Lanka", 1550, "TPL", 0.6, "single-estate", None, None),
    ("Ceylon Kenilworth OP", "ceylon", "Sri Lanka", 1450, "PL", 0.5, "", None, ("private", D(2024, 10, 1))),
    ("Saltbush Breakfast", "breakfast", "Australia", 1300, "TPLB", 2.6, "best-seller", None, None),
    ("Melbourne Breakfast", "breakfast", "Sri Lanka", 1400, "TPLB", 2.0, "best-seller", None, None),
    ("Irish Breakfast", "breakfast", "India", 1300, "PLB", 1.1, "", None, None),
    ("Daintree Breakfast", "breakfast", "Australia", 1500, "TPL", 0.9, "australian-grown", None, None),
    ("Organic English Breakfast", "breakfast", "India", 1450, "PLB", 1.0, "organic, fair-trade", None, None),
    ("Earl Grey Supreme", "earlgrey", "Sri Lanka", 1550, "TPLB", 1.8, "best-seller", None, None),
    ("Lady Grey", "earlgrey", "Sri Lanka", 1450, "TPL", 0.8, "", None, None),
    ("Lemon Myrtle Earl Grey", "earlgrey", "Australia", 1650, "TPL", 1.1, "australian-grown, staff-pick", None, None),
    ("Vanilla Black", "earlgrey", "Sri Lanka", 1400, "PL", 0.7, "", None, None),
    ("Russian Caravan", "earlgrey", "China", 1450, "PL", 0.6, "smoky", None, None),
    ("Lapsang Souchong", "chinablack", "China", 1600, "TPL", 0.6, "smoky", None, None),
    ("Keemun Hao Ya", "chinablack", "China", 2100, "TP", 0.4, "", None, None),
    ("Yunnan Golden Tips", "chinablack", "China", 2800, "TP", 0.5, "", None, None),
    ("Kenyan Milima", "chinablack", "Kenya", 1350, "PL", 0.4, "fair-trade", None, ("private", D(2025, 3, 3))),
    ("Nepal Ilam Black", "chinablack", "Nepal", 1900, "TP", 0.3, "single-estate", D(2023, 8, 21), None),
    ("Sencha Fukamushi", "japan", "Japan", 2200, "TPL", 1.1, "", None, None),
    ("Gyokuro Yame", "japan", "Japan", 4200, "T", 0.3, "", None, None),
    ("Genmaicha", "japan", "Japan", 1500, "TPL", 0.9, "low-caffeine", None, None),
    ("Hojicha", "japan", "Japan", 1700, "TPL", 0.8, "low-caffeine", None, None),
    ("Kabusecha Kagoshima", "japan", "Japan", 2600, "TP", 0.3, "organic", D(2025, 4, 7), None),
    ("Dragon Well (Longjing)", "chinagreen", "China", 2400, "TPL", 0.7, "", None, None),
    ("Gunpowder Green", "chinagreen", "China", 1100, "PLB", 0.5, "", None, None),
    ("Bi Luo Chun", "chinagreen", "China", 2600, "TP", 0.3, "", None, None),
    ("Huangshan Mao Feng", "chinagreen", "China", 2000, "TP", 0.3, "", None, ("private", D(2024, 2, 12))),
    ("Vietnamese Green Snail", "chinagreen", "Vietnam", 1800, "TP", 0.3, "single-estate", D(2023, 3, 14), None),
    ("Jasmine Pearls", "jasmine", "China", 2500, "TPL", 1.0, "best-seller", None, None),
    ("Jasmine Silver Needle", "jasmine", "China", 3400, "T", 0.3, "", None, None),
    ("Jasmine Green", "jasmine", "China", 1200, "PLB", 0.8, "", None, None),
    ("Tie Guan Yin", "oolong", "China", 2300, "TPL", 0.6, "", None, None),
    ("Da Hong Pao", "oolong", "China", 3100, "TP", 0.4, "", None, None),
    ("Alishan High Mountain", "oolong", "Taiwan", 3300, "TP", 0.5, "single-estate", None, None),
    ("Milk Oolong", "oolong", "Taiwan", 2000, "TPL", 0.8, "", None, None),
    ("Oriental Beauty", "oolong", "Taiwan", 3600, "T", 0.3, "", D(2024, 3, 4), None),
    ("Silver Needle", "white", "China", 3800, "T", 0.4, "", None, None),
    ("White Peony", "white", "China", 2200, "TP", 0.5, "", None, None),
    ("Shou Mei", "white", "China", 1600, "PL", 0.3, "", None, None),
    ("Lemon Myrtle", "native", "Australia", 1400, "TPLB", 1.6, "caffeine-free, australian-grown, best-seller, iced-tea", None, None),
    ("Strawberry Gum & Rosella", "native", "Australia", 1700, "TPL", 1.0, "caffeine-free, australian-grown, iced-tea", None, None),
    ("Aniseed Myrtle Blend", "native", "Australia", 1600, "PL", 0.5, "caffeine-free, australian-grown", None, None),
    ("Native Mint & Lemon Myrtle", "native", "Australia", 1500, "TPL", 0.9, "caffeine-free, australian-grown, iced-tea", None, None),
    ("Davidson Plum Sunrise", "native", "Australia", 1800, "TP", 0.6, "caffeine-free, australian-grown", D(2023, 10, 9), None),
    ("Finger Lime & Green", "native", "Australia", 1700, "TP", 0.5, "australian-grown, iced-tea", D(2025, 9, 15), None),
    ("Peppermint", "infusion", "Egypt", 1000, "TPLB", 1.3, "caffeine-free, organic", None, None),
    ("Chamomile Flowers", "infusion", "Egypt", 1200, "TPLB", 1.1, "caffeine-free, organic", None, None),
    ("Lemongrass & Ginger", "infusion", "Vietnam", 1150, "TPL", 0.9, "caffeine-free", None, None),
    ("Sleepy Time Blend", "infusion", "Australia", 1400, "TPL", 0.9, "caffeine-free", None, None),
    ("Hibiscus & Berry", "infusion", "Egypt", 1200, "PL", 0.7, "caffeine-free, iced-tea", None, None),
    ("Turmeric Glow", "infusion", "India", 1300, "PL", 0.5, "caffeine-free, organic", None, ("private", D(2025, 6, 30))),
    ("Rooibos Classic", "rooibos", "South Africa", 1100, "TPLB", 0.8, "caffeine-free, fair-trade", None, None),
    ("Rooibos Vanilla", "rooibos", "South Africa", 1250, "PL", 0.6, "caffeine-free", None, None),
    ("Honeybush", "rooibos", "South Africa", 1300, "PL", 0.3, "caffeine-free", None, None),
    ("Masala Chai", "chai", "India", 1300, "TPLB", 1.9, "best-seller", None, None),
    ("Sticky Honey Chai", "chai", "India", 1700, "PLB", 1.7, "staff-pick", None, None),
    ("Wattleseed Chai", "chai", "Australia", 1800, "PL", 0.9, "australian-grown", None, None),
    ("Cacao Chai", "chai", "India", 1600, "PL", 0.6, "", D(2023, 5, 22), None),
    ("Rooibos Chai", "chai", "South Africa", 1400, "PL", 0.7, "caffeine-free", None, None),
    ("Spiced Winter Chai", "chai", "India", 1800, "PL", 0.0, "limited-edition, new-arrival", D(2025, 12, 15), ("draft", None)),
]
PACKS = {"T": ("50g tin", 0.05), "P": ("100g pouch", 0.1), "L": ("250g pouch", 0.25), "B": ("1kg bulk bag", 1.0)}
PACK_W = {"T": 0.22, "P": 0.48, "L": 0.25, "B": 0.05}

# simple (non-variable) products: name, leaf, price cents, popularity, tags, created, status, tax
SIMPLES = [
    ("Hario Glass Teapot 700ml", "teapots", 5900, 0.7, "best-seller", None, None),
    ("Cast Iron Tetsubin 800ml", "teapots", 11900, 0.3, "", None, None),
    ("Brown Betty Teapot 4-Cup", "teapots", 6500, 0.5, "", None, None),
    ("Kyusu Side-Handle Teapot", "teapots", 7900, 0.3, "staff-pick", None, None),
    ("Tea-for-One Set", "teapots", 4500, 0.5, "", None, ("private", D(2024, 11, 18))),
    ("Stoneware Mug - Eucalypt", "cups", 3200, 0.7, "", None, None),
    ("Stoneware Mug - Saltbush", "cups", 3200, 0.6, "new-arrival", D(2025, 2, 10), None),
    ("Double-Wall Glass Cup 250ml", "cups", 2400, 0.6, "", None, None),
    ("Matcha Bowl (Chawan)", "cups", 4800, 0.3, "", None, None),
    ("Handleless Tea Cups (pair)", "cups", 3800, 0.3, "", None, None),
    ("Stainless Mesh Infuser", "infusers", 1200, 1.3, "best-seller", None, None),
    ("Cotton Tea Socks (pair)", "infusers", 900, 0.6, "", None, None),
    ("Bamboo Matcha Whisk (Chasen)", "infusers", 2900, 0.3, "", None, None),
    ("Brew Bottle 400ml", "infusers", 3900, 0.5, "iced-tea", D(2023, 11, 6), None),
    ("Airtight Tea Tin 100g", "tins", 1400, 0.6, "", None, None),
    ("Airtight Tea Tin 250g", "tins", 1900, 0.4, "", None, None),
    ("Wooden Caddy Spoon", "tins", 800, 0.4, "", None, None),
    ("Matcha Ceremonial Grade 30g", "japan", 3800, 0.6, "organic", None, None),
    ("Native Tea Discovery Pack", "giftpacks", 4900, 0.8, "australian-grown, best-seller", None, None),
    ("Green Tea Sampler", "giftpacks", 4500, 0.4, "", None, None),
    ("Chai Lovers Gift Box", "giftpacks", 5900, 0.6, "", None, None),
    ("Breakfast Tea Trio", "giftpacks", 3900, 0.6, "", None, None),
    ("Mother's Day Tea Box", "giftpacks", 6900, 0.0, "limited-edition", D(2024, 4, 8), None),
    ("Christmas Tea Advent Calendar 2023", "giftpacks", 7900, 0.0, "limited-edition", D(2023, 10, 16), ("private", D(2024, 1, 15))),
    ("Christmas Tea Advent Calendar 2024", "giftpacks", 8400, 0.0, "limited-edition", D(2024, 10, 14), ("private", D(2025, 1, 13))),
    ("Christmas Tea Advent Calendar 2025", "giftpacks", 8900, 0.0, "limited-edition", D(2025, 10, 13), None),
    ("Tea Tasting Flight", "giftpacks", 3500, 0.0, "new-arrival", D(2025, 12, 8), ("draft", None)),
]
SUBS = [  # name, price (cents, locked at sign-up; 2nd price from PRICE_RISE), interval months, popularity, length
    ("Tea of the Month Club", (3200, 3400), 1, 1.0, None),
    ("Native Brews Box", (4500, 4500), 2, 0.45, None),
    ("Chai Refill Subscription", (2400, 2600), 1, 0.5, None),
    ("Gift Subscription - 3 Months", (9900, 9900), 3, 0.35, 1),
]
COUPONS = [  # code, type, amount, free ship, individual, per-user limit, min, start, expires, description, campaign weight
    ("welcome10", "percent", 10, 0, 1, 1, None, D(2020, 6, 1), None, "10% off a first order", 0),
    ("eofy23", "percent", 15, 0, 1, None, None, D(2023, 6, 15), D(2023, 6, 30), "End of financial year sale 2023", 0.38),
    ("eofy24", "percent", 15, 0, 1, None, None, D(2024, 6, 15), D(2024, 6, 30), "End of financial year sale 2024", 0.38),
    ("eofy25", "percent", 15, 0, 1, None, None, D(2025, 6, 15), D(2025, 6, 30), "End of financial year sale 2025", 0.38),
    ("blackfriday23", "percent", 20, 0, 1, None, None, D(2023, 11, 24), D(2023, 11, 27), "Black Friday to Cyber Monday 2023", 0.5),
    ("blackfriday24", "percent", 20, 0, 1, None, None, D(2024, 11, 29), D(2024, 12, 2), "Black Friday to Cyber Monday 2024", 0.5),
    ("blackfriday25", "percent", 20, 0, 1, None, None, D(2025, 11, 28), D(2025, 12, 1), "Black Friday to Cyber Monday 2025", 0.5),
    ("mothersday24", "fixed_cart", 10, 0, 1, None, 6000, D(2024, 4, 29), D(2024, 5, 12), "$10 off $60 for Mother's Day 2024", 0.25),
    ("mothersday25", "fixed_cart", 10, 0, 1, None, 6000, D(2025, 4, 28), D(2025, 5, 11), "$10 off $60 for Mother's Day 2025", 0.25),
    ("freepostage", "fixed_cart", 0, 1, 0, None, 4000, D(2024, 9, 2), D(2024, 9, 15), "Free postage fortnight (orders of $40+)", 0.3),
    ("winterwarmer", "percent", 10, 0, 1, None, None, D(2025, 7, 14), D(2025, 7, 27), "Winter warmer: 10% off chai and black tea", 0.3),
    ("chaiday", "fixed_cart", 5, 0, 1, None, 3000, D(2023, 9, 21), D(2023, 9, 21), "International Chai Day", 0.35),
    ("tealover15", "percent", 15, 0, 1, None, None, D(2025, 10, 1), D(2025, 10, 31), "Newsletter subscribers, October 2025", 0.15),
    ("podcast12", "percent", 12, 0, 1, 1, None, D(2025, 3, 1), None, "Podcast listeners (never redeemed)", 0.0),
    ("springtea", "percent", 10, 0, 1, None, None, D(2025, 9, 1), D(2025, 9, 14), "Spring sampler promotion (never redeemed)", 0.0),
]
REFUND_REASONS = ["Damaged in transit", "Lost in transit", "Wrong item sent", "Customer changed mind", "Tin arrived dented",
                  "Duplicate order"]
STAFF = ["amelia.k", "tom.h", "priya.s"]
NOTES = ["Please leave at the back door", "Gift - please don't include the invoice", "Happy birthday Mum!",
         "Can you add a sample of the new chai?", "Deliver to reception", "No plastic please if possible"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    out = "".join(ch for ch in s if not unicodedata.combining(ch))
    return out.replace("ø", "o").replace("Ø", "O").replace("Đ", "D").replace("đ", "d")


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


def first_sunday(y, m):
    d = D(y, m, 1)
    while d.weekday() != 6:
        d += TD(days=1)
    return d


def mel_offset(t):
    """Australia/Melbourne: AEDT (+11) from the first Sunday of October 02:00 to the first Sunday of April 03:00."""
    apr = DT.combine(first_sunday(t.year, 4), dt.time(3, 0))
    octo = DT.combine(first_sunday(t.year, 10), dt.time(2, 0))
    return 11 if (t < apr or t >= octo) else 10


def loc(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else None


def gmt(t):
    return (t - TD(hours=mel_offset(t))).strftime("%Y-%m-%d %H:%M:%S") if t else None


def r2(c):
    return round(c / 100.0, 2)


def half_up(num, den):
    return (num * 2 + den) // (2 * den)


def ex_gst(c):
    return half_up(c * 10, 11)


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


def add_months(t, n):
    m = t.month - 1 + n
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, 28))


QUALITY = {"Saltbush Breakfast": 4.6, "Lemon Myrtle": 4.7, "Sticky Honey Chai": 4.8, "Ceylon Kenilworth OP": 3.4,
           "Tea-for-One Set": 3.1, "Gunpowder Green": 3.6}
HOUR_W = [1, 0.5, 0, 0, 0, 0.3, 1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 4, 5, 6, 7, 8, 8, 6, 3]


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    def rand_time(d, hours=HOUR_W):
        h = rng.choices(range(24), weights=hours)[0]
        return DT.combine(d, dt.time(h, rng.randint(0, 59), rng.randint(0, 59)))

    # ------------------------------------------------------------------ categories & tags
    cat_id, crow = {}, []
    for i, (k, name, parent, desc) in enumerate(CATS):
        cat_id[k] = 15 if k == "uncat" else 18 + i * 3
    for i, (k, name, parent, desc) in enumerate(CATS):
        crow.append((cat_id[k], name, slug(name), cat_id[parent] if parent else None, desc, i))
    con.executemany("INSERT INTO categories VALUES (?,?,?,?,?,?)", crow)
    tag_id = {s: 120 + i * 3 for i, (s, n) in enumerate(TAGS)}
    con.executemany("INSERT INTO tags VALUES (?,?,?)", [(tag_id[s], n, s) for s, n in TAGS])

    # ------------------------------------------------------------------ products
    post_id = [200]

    def next_post():
        post_id[0] += rng.randint(1, 3)
        return post_id[0]

    products, prod_by_name = [], {}

    def rnd_price50(c):
        return int(round(c / 50.0)) * 50

    def mk_created(created):
        if created is None:
            d = D(2019, 3, 1) + TD(days=rng.randint(0, 1300))
        else:
            d = created
        return DT.combine(d, dt.time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))

    sku_n = [100]

    def new_sku(prefix):
        sku_n[0] += rng.randint(1, 4)
        return f"{prefix}-{sku_n[0]:04d}"

    for name, leaf, origin, p100, packs, pop, tags, created, st in TEAS:
        p = {"id": next_post(), "name": name, "leaf": leaf, "top": TOP_OF[leaf], "origin": origin, "pop": pop,
             "tags": [t.strip() for t in tags.split(",") if t.strip()], "created": mk_created(created),
             "status": st[0] if st else "publish", "hidden": DT.combine(st[1], dt.time(10, 5, 0)) if st and st[1] else None,
             "type": "variable", "tax": "none", "vars": [], "kind": "tea", "sku": new_sku("TEA")}
        for code in packs:
            label, kg = PACKS[code]
            if code == "T":
                price = rnd_price50(p100 * 0.6 + 600)
            elif code == "P":
                price = p100
            elif code == "L":
                price = rnd_price50(p100 * 2.2)
            else:
                price = int(round(p100 * 7.2 / 100.0)) * 100
            old = price - {"T": 100, "P": 100, "L": 200, "B": 800}[code]
            v = {"id": next_post(), "code": code, "label": label, "kg": kg, "price": price, "old": old, "sale": None,
                 "sku": f"{p['sku']}-{code}", "w": PACK_W[code]}
            p["vars"].append(v)
        products.append(p)
    for name, leaf, price, pop, tags, created, st in SIMPLES:
        kind = "gift" if leaf == "giftpacks" else ("matcha" if leaf == "japan" else "ware")
        p = {"id": next_post(), "name": name, "leaf": leaf, "top": TOP_OF[leaf], "origin": "Japan" if kind == "matcha" else None,
             "pop": pop, "tags": [t.strip() for t in tags.split(",") if t.strip()], "created": mk_created(created),
             "status": st[0] if st else "publish", "hidden": DT.combine(st[1], dt.time(10, 5, 0)) if st and st[1] else None,
             "type": "simple", "tax": "none" if kind == "matcha" else "taxable", "vars": [], "kind": kind,
             "price": price, "old": price - (0 if kind == "gift" else 100 if price < 5000 else 200),
             "sku": new_sku("GP" if kind == "gift" else "TW" if kind == "ware" else "TEA")}
        products.append(p)
    gc = {"id": next_post(), "name": "Saltbush Gift Card", "leaf": "giftcards", "top": "gifts", "origin": None, "pop": 0.5,
          "tags": [], "created": mk_created(None), "status": "publish", "hidden": None, "type": "variable", "tax": "none",
          "vars": [], "kind": "giftcard", "sku": "GIFTCARD"}
    for amt in (2500, 5000, 10000):
        gc["vars"].append({"id": next_post(), "code": str(amt // 100), "label": f"${amt // 100}", "kg": None, "price": amt,
                           "old": amt, "sale": None, "sku": f"GIFTCARD-{amt // 100}", "w": {2500: 0.4, 5000: 0.4, 10000: 0.2}[amt]})
    products.append(gc)
    sub_products = []
    for name, prices, interval, pop, length in SUBS:
        p = {"id": next_post(), "name": name, "leaf": "subs", "top": "subs", "origin": None, "pop": pop, "tags": [],
             "created": mk_created(None), "status": "publish", "hidden": None, "type": "subscription", "tax": "none",
             "vars": [], "kind": "sub", "price": prices[1], "old": prices[0], "interval": interval, "length": length,
             "sku": new_sku("SUB")}
        products.append(p)
        sub_products.append(p)
    for p in products:
        prod_by_name[p["name"]] = p
    # a Christmas sale on a few variations in December 2025
    sale_vars = [("Lemon Myrtle", "L"), ("Earl Grey Supreme", "L"), ("Jasmine Pearls", "P"), ("Sticky Honey Chai", "L"),
                 ("Masala Chai", "B"), ("Peppermint", "L")]
    for nm, code in sale_vars:
        for v in prod_by_name[nm]["vars"]:
            if v["code"] == code:
                v["sale"] = v["price"] - rnd_price50(v["price"] * 0.15)
    SALE_FROM = D(2025, 12, 1)
    # products created before 2023 whose created date is in the data period keep it; others get a launch
    for p in products:
        if p["status"] == "draft":
            p["modified"] = p["created"] + TD(hours=rng.randint(1, 48))
        elif p["hidden"]:
            p["modified"] = p["hidden"]
        else:
            p["modified"] = min(p["created"] + TD(days=rng.randint(20, 900)), DT(2025, 12, 30, 16, 0, 0))

    def sellable(p, t):
        if p["status"] == "draft":
            return False
        if t < p["created"] + TD(days=1):
            return False
        if p["hidden"] and t >= p["hidden"]:
            return False
        if p["name"].startswith("Christmas Tea Advent Calendar"):
            return t.month in (10, 11, 12)
        if p["name"] == "Mother's Day Tea Box":
            return (t.month == 4 and t.day >= 10) or (t.month == 5 and t.day <= 12)
        return True

    def unit_price(p, v, d, wholesale=False):
        if v is None:
            base = p["price"] if d >= PRICE_RISE or p["created"].date() >= PRICE_RISE else p["old"]
        else:
            base = v["price"] if d >= PRICE_RISE or p["created"].date() >= PRICE_RISE else v["old"]
            if v["sale"] and d >= SALE_FROM and not wholesale:
                base = v["sale"]
        if wholesale:
            base = int(round(base * 0.7 / 10.0)) * 10
        return base

    SEASON = {  # top category -> month factors
        "black": [0.8, 0.8, 0.95, 1.1, 1.2, 1.35, 1.4, 1.3, 1.1, 0.95, 0.9, 0.9],
        "green": [1.1, 1.1, 1.0, 1.0, 0.95, 0.9, 0.9, 0.95, 1.0, 1.05, 1.1, 1.0],
        "oolwhite": [1.0] * 12,
        "herbal": [1.3, 1.25, 1.1, 1.0, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.2, 1.2],
        "chai": [0.55, 0.6, 0.8, 1.1, 1.4, 1.7, 1.8, 1.6, 1.1, 0.8, 0.7, 0.8],
        "teaware": [0.8, 0.8, 0.8, 0.9, 1.3, 1.0, 1.0, 0.9, 0.9, 1.0, 1.6, 2.0],
        "gifts": [0.4, 0.4, 0.5, 0.6, 1.8, 0.6, 0.6, 0.6, 0.6, 0.8, 2.2, 3.4],
        "japan": [1.0] * 12,
    }

    # ------------------------------------------------------------------ customers
    customers = []
    used_pairs, used_emails = set(), set()

    def new_person():
        while True:
            fn, ln = rng.choice(AU_FIRST), rng.choice(AU_LAST)
            if (fn, ln) not in used_pairs:
                used_pairs.add((fn, ln))
                return fn, ln

    def email_for(fn, ln):
        base = slug(fn).replace("-", "") + rng.choice([".", "", "_"]) + slug(ln).replace("-", "")
        dom = rng.choice(["gmail.com", "gmail.com", "outlook.com", "bigpond.com", "icloud.com", "optusnet.com.au",
                          "hotmail.com", "yahoo.com.au", "internode.on.net"])
        e = f"{base}@{dom}"
        n = 1
        while e in used_emails:
            n += 1
            e = f"{base}{n}@{dom}"
        used_emails.add(e)
        return e

    def place(state=None, city=None):
        if state is None:
            state = rng.choices([s for s, _ in STATE_W], weights=[w for _, w in STATE_W])[0]
        opts = CITIES[state]
        if city:
            c = [x for x in opts if x[0] == city][0]
        else:
            c = rng.choice(opts)
        return state, c[0], c[1], c[2]

    def phone(state):
        if state == "NZ":
            return f"+64 21 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        return f"04{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"

    cust_id = [1]

    def add_customer(reg, role="customer", company=None, state=None, city=None):
        fn, ln = new_person()
        st, ci, pc, metro = place(state, city)
        cust_id[0] += rng.randint(1, 3)
        em = email_for(fn, ln) if not company else f"orders@{slug(company).replace('-', '')}.com.au"
        used_emails.add(em)
        c = {"id": cust_id[0], "fn": fn, "ln": ln, "email": em, "role": role, "reg": reg, "company": company,
             "phone": phone(st) if (company or rng.random() < 0.62) else None, "city": ci,
             "state": None if st == "NZ" else st, "country": "NZ" if st == "NZ" else "AU", "pc": pc, "metro": metro,
             "optin": 1 if rng.random() < 0.48 else 0, "aff": min(rng.lognormvariate(0, 0.9), 7.0), "orders": [],
             "paid": False, "last": reg, "username": None, "active_to": None}
        base = slug(fn + ln).replace("-", "")[:14]
        c["username"] = f"{base}{rng.randint(10, 99)}" if rng.random() < 0.5 else base + str(c["id"])
        customers.append(c)
        return c

    # customers registered before the data period; some never order in it
    for _ in range(760):
        reg = rand_time(D(2019, 5, 1) + TD(days=rng.randint(0, 1340)))
        c = add_customer(reg)
        if rng.random() < 0.35:
            c["active_to"] = DT(2022, 12, 31)  # lapsed: never orders in the data period
    # accounts opened during the data period without an order (newsletter or wishlist sign-ups)
    for _ in range(240):
        c = add_customer(rand_time(START + TD(days=rng.randint(0, 1094))))
        c["active_to"] = c["reg"]
    # cafes (wholesale)
    cafes = []
    for i, (company, state, city) in enumerate(CAFE_NAMES):
        if i < 16:
            reg = rand_time(D(2019, 8, 1) + TD(days=rng.randint(0, 1200)), hours=[0] * 9 + [1] * 8 + [0] * 7)
        else:
            reg = rand_time(D(2023, 2, 1) + TD(days=rng.randint(0, 900)), hours=[0] * 9 + [1] * 8 + [0] * 7)
        c = add_customer(reg, role="wholesale_customer", company=company, state=state, city=city)
        c["every"] = rng.randint(20, 45)
        c["stop"] = None
        cafes.append(c)
    cafes[3]["stop"] = D(2024, 5, 20)
    cafes[9]["stop"] = D(2025, 2, 14)
    cafes[20]["stop"] = D(2025, 8, 1)

    orders, refunds = [], []
    coupon_use = {c[0]: 0 for c in COUPONS}
    welcome_used = set()

    def month_factor(d):
        return [0.72, 0.74, 0.85, 0.95, 1.18, 1.3, 1.22, 1.12, 0.95, 0.98, 1.3, 1.55][d.month - 1]

    def pick_products(t, n):
        cands, weights = [], []
        for p in products:
            if p["kind"] == "sub" or not sellable(p, t) or p["pop"] <= 0 and not (
                    p["name"].startswith("Christmas Tea Advent") or p["name"] == "Mother's Day Tea Box"):
                continue
            w = p["pop"] if p["pop"] > 0 else 1.6
            key = p["top"] if p["top"] in SEASON else "black"
            if p["leaf"] == "japan":
                key = "green"
            if p["kind"] == "giftcard":
                w *= [0.5, 0.5, 0.5, 0.6, 1.2, 0.6, 0.6, 0.6, 0.6, 0.7, 1.4, 2.6][t.month - 1]
            else:
                w *= SEASON[key][t.month - 1]
            cands.append(p)
            weights.append(w)
        chosen = []
        for _ in range(n):
            p = rng.choices(cands, weights=weights)[0]
            if p not in chosen:
                chosen.append(p)
        return chosen

    def coupon_for(t, c, new_cust):
        d = t.date()
        if c is not None and new_cust and rng.random() < 0.3 and c["id"] not in welcome_used:
            return "welcome10"
        for code, typ, amt, fs, ind, lim, mn, s, e, desc, w in COUPONS:
            if w and s <= d and (e is None or d <= e) and rng.random() < w:
                return code
        if c is not None and rng.random() < 0.02 and c["id"] not in welcome_used and c["reg"] > t - TD(days=60):
            return "welcome10"
        return None

    def build_lines(t, chosen, wholesale=False, coupon=None):
        lines = []
        for p in chosen:
            if p["vars"]:
                vs = [v for v in p["vars"] if v["code"] != "B" or wholesale]
                if wholesale:
                    vs = [v for v in p["vars"] if v["code"] == "B"] or vs
                v = rng.choices(vs, weights=[x["w"] for x in vs])[0]
            else:
                v = None
            q = 1
            r = rng.random()
            if wholesale:
                q = rng.choice([1, 1, 2, 2, 3, 4])
            elif p["kind"] in ("tea", "matcha") and r < 0.16:
                q = 2
            elif r < 0.03:
                q = 3
            price = unit_price(p, v, t.date(), wholesale)
            lines.append({"p": p, "v": v, "q": q, "gross": price * q, "disc": 0})
        return lines

    def apply_coupon(lines, code):
        if not code:
            return True
        cp = [c for c in COUPONS if c[0] == code][0]
        elig = [l for l in lines if l["p"]["kind"] not in ("giftcard", "sub")]
        if code == "winterwarmer":
            elig = [l for l in elig if l["p"]["top"] in ("black", "chai")]
        if not elig:
            return False
        tot = sum(l["gross"] for l in elig)
        if cp[6] and sum(l["gross"] for l in lines) < cp[6]:
            return False
        if cp[1] == "percent":
            for l in elig:
                l["disc"] = half_up(l["gross"] * cp[2], 100)
        elif cp[2] > 0:
            amt = cp[2] * 100
            rem = amt
            for i, l in enumerate(elig):
                share = rem if i == len(elig) - 1 else half_up(amt * l["gross"], tot)
                share = min(share, l["gross"])
                l["disc"] = share
                rem -= share
        return True

    def money_lines(lines, export):
        for l in lines:
            g, net = l["gross"], l["gross"] - l["disc"]
            if l["p"]["tax"] == "taxable" and not export:
                l["sub"], l["sub_tax"] = ex_gst(g), g - ex_gst(g)
                l["tot"], l["tot_tax"] = ex_gst(net), net - ex_gst(net)
            else:
                l["sub"], l["sub_tax"], l["tot"], l["tot_tax"] = g, 0, net, 0

    def line_name(l):
        return l["p"]["name"] + (f" - {l['v']['label']}" if l["v"] else "")

    def finish_order(o, lines):
        o["lines"] = lines
        o["discount_total"] = sum(l["sub"] - l["tot"] for l in lines)
        o["discount_tax"] = sum(l["sub_tax"] - l["tot_tax"] for l in lines)
        o["total_tax"] = sum(l["tot_tax"] for l in lines) + o["ship_tax"]
        o["total"] = sum(l["tot"] + l["tot_tax"] for l in lines) + o["ship"] + o["ship_tax"]
        orders.append(o)
        return o

    def shipping_for(o, lines, t, c_metro, export):
        physical = any(l["p"]["kind"] != "giftcard" for l in lines)
        incl = sum(l["gross"] - l["disc"] for l in lines)
        if not physical:
            return None, 0, 0
        if export:
            return "International", 2495, 0
        if o.get("freeship"):
            return "Free shipping", 0, 0
        if c_metro and rng.random() < 0.2:
            return "Local pickup", 0, 0
        if rng.random() < 0.14:
            c = 1595 if t.date() < PRICE_RISE else 1795
            return "Express Post", ex_gst(c), c - ex_gst(c)
        thr = 8000 if t.date() < PRICE_RISE else 9000
        if incl >= thr:
            return "Free shipping", 0, 0
        c = 995 if t.date() < PRICE_RISE else 1095
        return "Flat rate", ex_gst(c), c - ex_gst(c)

    PM = [("stripe", "Credit card (Stripe)", 0.6), ("paypal", "PayPal", 0.24), ("afterpay", "Afterpay", 0.16)]

    def settle(o, t, kind):
        """status, paid and completed timestamps of a checkout order."""
        r = rng.random()
        if kind == "checkout" and r < 0.016:
            o["status"], o["paid"], o["done"] = "wc-failed", None, None
            return
        if kind == "checkout" and r < 0.027:
            o["status"], o["paid"], o["done"] = "wc-cancelled", None, None
            return
        o["paid"] = t + TD(seconds=rng.randint(4, 90))
        if o["ship_method"] == "Local pickup":
            done = o["paid"] + TD(days=rng.randint(1, 4), hours=rng.randint(0, 3))
            done = done.replace(hour=rng.randint(10, 16))
        elif o["ship_method"] is None:
            done = o["paid"] + TD(seconds=rng.randint(5, 50))
        else:
            days = rng.choice([0, 1, 1, 1, 2, 2, 3])
            if days == 0 and o["paid"].hour < 14:
                done = o["paid"] + TD(hours=rng.randint(1, 3), minutes=rng.randint(0, 59))
            else:
                done = DT.combine(o["paid"].date() + TD(days=max(days, 1)), dt.time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))
        if done > END_T:
            o["status"], o["done"] = "wc-processing", None
        else:
            o["status"], o["done"] = "wc-completed", done

    def payer(c):
        if c is not None:
            return c["fn"], c["ln"], c["email"]
        fn, ln = rng.choice(AU_FIRST), rng.choice(AU_LAST)
        return fn, ln, email_for(fn, ln)

    sub_signups = []

    # ------------------------------------------------------------------ retail checkout orders, day by day
    for d in daterange(START, END):
        growth = {2023: 1.0, 2024: 1.13, 2025: 1.24}[d.year]
        lam = 5.1 * month_factor(d) * growth
        if d.weekday() in (6, 0):
            lam *= 1.12
        for code, typ, amt, fs, ind, lim, mn, s, e, desc, w in COUPONS:
            if code.startswith("blackfriday") and s <= d <= e:
                lam *= 2.6
            if code.startswith("eofy") and s <= d <= e:
                lam *= 1.6
            if code.startswith("mothersday") and s <= d <= e:
                lam *= 1.4
        if d.month == 12 and d.day >= 21:
            lam *= 0.55 if d.day != 25 else 0.25
        for _ in range(poisson(rng, lam)):
            t = rand_time(d)
            # who
            r = rng.random()
            new_cust = False
            if r < 0.34:
                c = None
            else:
                pool = [x for x in customers if x["role"] == "customer" and x["reg"] < t and x["active_to"] is None]
                p_new = 0.5 if d.year == 2023 else 0.4 if d.year == 2024 else 0.34
                if rng.random() < p_new or not pool:
                    c = add_customer(t - TD(minutes=rng.randint(2, 9)))
                    new_cust = True
                else:
                    c = rng.choices(pool, weights=[x["aff"] for x in pool])[0]
            export = False
            if c is not None:
                st, ci, pc, metro, country = c["state"], c["city"], c["pc"], c["metro"], c["country"]
                export = country == "NZ"
            else:
                st, ci, pc, metro = place()
                country = "NZ" if st == "NZ" else "AU"
                export = country == "NZ"
                st = None if st == "NZ" else st
            n = rng.choices([1, 2, 3, 4, 5], weights=[40, 30, 17, 9, 4])[0]
            chosen = pick_products(t, n)
            # subscription sign-up on some orders (registered customers only)
            sub_p = None
            if c is not None and not export and rng.random() < 0.052:
                sub_p = rng.choices(sub_products, weights=[p["pop"] for p in sub_products])[0]
                if rng.random() < 0.55:
                    chosen = []
            lines = build_lines(t, chosen)
            if sub_p:
                price = sub_p["price"] if d >= PRICE_RISE else sub_p["old"]
                lines.append({"p": sub_p, "v": None, "q": 1, "gross": price, "disc": 0})
            code = coupon_for(t, c, new_cust) if not export else None
            o = {"id": None, "via": "checkout", "c": c, "t": t, "freeship": False, "coupon": None,
                 "export": export, "city": ci, "state": st, "pc": pc, "country": country}
            if code and apply_coupon(lines, code):
                o["coupon"] = code
                if code == "freepostage":
                    o["freeship"] = True
            else:
                for l in lines:
                    l["disc"] = 0
            money_lines(lines, export)
            if sub_p and any(l["p"] is sub_p for l in lines):
                o["ship_method"], o["ship"], o["ship_tax"] = ("Free shipping", 0, 0) if len(lines) == 1 else shipping_for(o, lines, t, metro, export)
            else:
                o["ship_method"], o["ship"], o["ship_tax"] = shipping_for(o, lines, t, metro, export)
            pm = rng.choices(PM, weights=[x[2] for x in PM])[0]
            if export and pm[0] == "afterpay":
                pm = PM[0]
            o["pm"], o["pm_title"] = pm[0], pm[1]
            o["payer"] = payer(c)
            o["note"] = rng.choice(NOTES) if rng.random() < 0.03 else None
            settle(o, t, "checkout")
            if o["coupon"] and o["status"] not in ("wc-failed", "wc-cancelled"):
                coupon_use[o["coupon"]] += 1
                if o["coupon"] == "welcome10":
                    welcome_used.add(c["id"])
            # a failed / cancelled order keeps its coupon code, but WooCommerce does not count it as a use
            finish_order(o, lines)
            if c is not None:
                c["orders"].append(o)
            if sub_p and o["status"] in ("wc-completed", "wc-processing"):
                sub_signups.append((o, sub_p))

    # ------------------------------------------------------------------ wholesale orders (admin-created, bank transfer)
    for c in cafes:
        t0 = max(c["reg"] + TD(days=rng.randint(3, 20)), DT(2023, 1, 4, 10))
        t0 = t0.replace(hour=rng.randint(9, 15))
        favourites = rng.sample([p for p in products if p["kind"] == "tea" and any(v["code"] == "B" for v in p["vars"])], 6)
        t = t0
        while t.date() <= END:
            if c["stop"] and t.date() >= c["stop"]:
                break
            if t.date() >= START and t.weekday() < 5:
                chosen = [p for p in rng.sample(favourites, rng.randint(2, 4)) if sellable(p, t)]
                if chosen:
                    lines = build_lines(t, chosen, wholesale=True)
                    money_lines(lines, c["country"] == "NZ")
                    o = {"id": None, "via": "admin", "c": c, "t": t, "freeship": False, "coupon": None,
                         "export": c["country"] == "NZ", "city": c["city"], "state": c["state"], "pc": c["pc"],
                         "country": c["country"]}
                    gross = sum(l["gross"] for l in lines)
                    if gross >= 30000:
                        o["ship_method"], o["ship"], o["ship_tax"] = "Wholesale freight", 0, 0
                    else:
                        o["ship_method"], o["ship"], o["ship_tax"] = "Wholesale freight", ex_gst(1500), 1500 - ex_gst(1500)
                    if o["export"]:
                        o["ship"], o["ship_tax"] = 2495, 0
                    o["pm"], o["pm_title"] = "bacs", "Direct bank transfer"
                    o["payer"] = (c["fn"], c["ln"], c["email"])
                    o["note"] = None
                    paid = t + TD(days=rng.randint(1, 9), hours=rng.randint(0, 4))
                    paid = paid.replace(hour=rng.randint(9, 16))
                    if paid > END_T:
                        o["status"], o["paid"], o["done"] = "wc-on-hold", None, None
                    else:
                        o["paid"] = paid
                        done = paid + TD(days=rng.randint(0, 2), hours=1)
                        done = done.replace(hour=min(done.hour, 17))
                        if done <= paid:
                            done = paid + TD(hours=1)
                        if done > END_T:
                            o["status"], o["done"] = "wc-processing", None
                        else:
                            o["status"], o["done"] = "wc-completed", done
                    finish_order(o, lines)
                    c["orders"].append(o)
            t = t + TD(days=c["every"] + rng.randint(-5, 7))
            t = t.replace(hour=rng.randint(9, 15), minute=rng.randint(0, 59), second=rng.randint(0, 59))

    # ------------------------------------------------------------------ subscriptions and renewal orders
    sub_rows = []
    for o, sp in sorted(sub_signups, key=lambda x: x[0]["t"]):
        c = o["c"]
        price = [l for l in o["lines"] if l["p"] is sp][0]["gross"]
        start = o["t"]
        s = {"id": None, "c": c, "p": sp, "interval": sp["interval"], "price": price, "pm": o["pm"], "start": start,
             "last": o["paid"], "next": None, "end": None, "status": None}
        o["sub_obj"] = s
        sub_rows.append(s)
        if sp["length"]:
            s["end"] = add_months(start, sp["interval"])
            s["status"] = "wc-expired" if s["end"] <= END_T else "wc-active"
            continue
        due = add_months(start, sp["interval"])
        hazard = 0.055 if sp["interval"] == 1 else 0.09
        while True:
            if rng.random() < hazard:
                # the customer cancels before the next payment; the paid period runs until `due`
                s["end"] = due
                s["status"] = "wc-cancelled" if due <= END_T else "wc-pending-cancel"
                break
            if due > END_T:
                s["status"], s["next"] = "wc-active", due
                break
            pm_title = [x[1] for x in PM if x[0] == s["pm"]][0]
            ro = {"id": None, "via": "subscription", "c": c, "t": due, "sub_obj": s, "freeship": False,
                  "coupon": None, "export": False, "city": c["city"], "state": c["state"], "pc": c["pc"],
                  "country": c["country"], "ship_method": "Free shipping", "ship": 0, "ship_tax": 0,
                  "pm": s["pm"], "pm_title": pm_title, "payer": (c["fn"], c["ln"], c["email"]), "note": None}
            lines = [{"p": sp, "v": None, "q": 1, "gross": s["price"], "disc": 0}]
            money_lines(lines, False)
            if rng.random() < 0.03:
                ro["status"], ro["paid"], ro["done"] = "wc-failed", None, None
                finish_order(ro, lines)
                c["orders"].append(ro)
                if due.date() >= D(2025, 12, 1):
                    s["status"] = "wc-on-hold"
                else:
                    s["status"], s["end"] = "wc-cancelled", due + TD(days=rng.randint(3, 10))
                break
            ro["paid"] = due + TD(seconds=rng.randint(5, 60))
            done = ro["paid"] + TD(days=rng.choice([1, 1, 2, 3]))
            done = done.replace(hour=rng.randint(9, 16))
            if done > END_T:
                ro["status"], ro["done"] = "wc-processing", None
            else:
                ro["status"], ro["done"] = "wc-completed", done
            finish_order(ro, lines)
            c["orders"].append(ro)
            s["last"] = ro["paid"]
            due = add_months(due, s["interval"])

    # ------------------------------------------------------------------ refunds
    orders.sort(key=lambda o: o["t"])
    for o in orders:
        if o["status"] != "wc-completed" or o["via"] == "subscription":
            continue
        r = rng.random()
        if r < 0.011 or (r < 0.028 and len(o["lines"]) >= 2):
            full = r < 0.011
            when = o["done"] + TD(days=rng.randint(2, 18), hours=rng.randint(0, 4))
            when = when.replace(hour=rng.randint(9, 17))
            if when > END_T:
                continue
            if full:
                amt = o["total"]
                reason = rng.choice(["Lost in transit", "Customer changed mind", "Duplicate order", "Damaged in transit"])
                o["status"] = "wc-refunded"
            else:
                cand = [l for l in o["lines"] if l["p"]["kind"] not in ("giftcard", "sub")]
                if not cand:
                    continue
                l = rng.choice(cand)
                amt = l["tot"] + l["tot_tax"]
                reason = rng.choice(["Damaged in transit", "Wrong item sent", "Tin arrived dented", "Damaged in transit"])
            refunds.append({"id": None, "o": o, "t": when, "amt": amt, "reason": reason if rng.random() < 0.93 else None,
                            "by": rng.choice(STAFF)})
    # refund ids come later in the shared sequence than the order (WooCommerce stores refunds as child orders)
    # ids are handed out chronologically from one sequence shared by orders, subscriptions and refunds (WooCommerce
    # stores all three as order records)
    events = [(o["t"], 0, o) for o in orders] + [(s["start"] + TD(seconds=3), 1, s) for s in sub_rows] + \
             [(rf["t"], 2, rf) for rf in refunds]
    events.sort(key=lambda e: (e[0], e[1]))
    nid = 18_400
    for t, k, obj in events:
        nid += rng.choice([1, 1, 1, 1, 2, 3])
        obj["id"] = nid

    # ------------------------------------------------------------------ reviews
    rv = []
    for o in orders:
        if o["c"] is None or o["status"] != "wc-completed" or o["via"] == "admin":
            continue
        for l in o["lines"]:
            if l["p"]["kind"] in ("giftcard", "sub"):
                continue
            if rng.random() < 0.075:
                when = o["done"] + TD(days=rng.randint(4, 40), hours=rng.randint(0, 6))
                if when.hour < 7:
                    when = when.replace(hour=rng.randint(8, 22))
                if when > END_T:
                    continue
                q = QUALITY.get(l["p"]["name"]) or l["p"].setdefault("q", round(rng.uniform(3.7, 4.8), 2))
                rating = max(1, min(5, int(round(rng.gauss(q, 0.85)))))
                status = "hold" if when > DT(2025, 12, 22) else ("approved" if rng.random() < 0.975 else "hold")
                rv.append({"p": l["p"], "c": o["c"], "name": o["c"]["fn"] + " " + o["c"]["ln"][0] + ".",
                           "email": o["c"]["email"], "rating": rating, "status": status, "verified": 1, "t": when})
    # unverified reviews by registered customers who did not buy the product, and spam
    reg_customers = [c for c in customers if c["role"] == "customer"]
    for _ in range(70):
        c = rng.choice(reg_customers)
        p = rng.choice([p for p in products if p["kind"] in ("tea", "ware") and p["status"] == "publish"])
        when = max(c["reg"], p["created"]) + TD(days=rng.randint(5, 400), hours=rng.randint(1, 8))
        if when > END_T or when < DT(2023, 1, 1):
            continue
        if when.hour < 7:
            when = when.replace(hour=9)
        if any(x["p"] is p and x["c"] is c for x in rv):
            continue
        rv.append({"p": p, "c": c, "name": c["fn"] + " " + c["ln"][0] + ".", "email": c["email"],
                   "rating": rng.choice([3, 4, 4, 5, 5]), "status": "approved", "verified": 0, "t": when})
    spam_names = ["Best Replica Watches", "crypto_gains_now", "SEO Expert Services", "Cheap Meds Online", "Lucky Spin Casino"]
    for i in range(34):
        when = rand_time(START + TD(days=rng.randint(0, 1090)))
        p = rng.choice([p for p in products if p["status"] == "publish" and p["kind"] != "sub"])
        nm = rng.choice(spam_names)
        rv.append({"p": p, "c": None, "name": nm, "email": f"{slug(nm).replace('-', '')}{rng.randint(1, 999)}@mail.ru",
                   "rating": rng.choice([1, 5]), "status": "spam", "verified": 0, "t": when})
    rv.sort(key=lambda x: x["t"])

    # ------------------------------------------------------------------ write customers
    cust_rows = []
    for c in customers:
        paid = [o for o in c["orders"] if o["paid"] is not None]
        last = max([c["reg"]] + [o["t"] for o in c["orders"]])
        if last > END_T:
            last = END_T
        cust_rows.append((c["id"], c["username"], c["email"], c["fn"], c["ln"], c["role"], loc(c["reg"]), gmt(c["reg"]),
                          loc(last), c["company"], c["phone"], c["city"], c["state"], c["pc"], c["country"],
                          1 if paid else 0, c["optin"]))
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cust_rows)

    # ------------------------------------------------------------------ write products, variations, tags
    sold = {}
    for o in orders:
        if o["paid"] is None:
            continue
        for l in o["lines"]:
            sold[l["p"]["id"]] = sold.get(l["p"]["id"], 0) + l["q"]
    ratings = {}
    for x in rv:
        if x["status"] == "approved":
            ratings.setdefault(x["p"]["id"], []).append(x["rating"])
    prow, vrow, ptag = [], [], []
    for p in products:
        rs = ratings.get(p["id"], [])
        avg = half_up(sum(rs) * 100, len(rs)) / 100.0 if rs else 0.0
        if p["status"] == "draft":
            stock = "instock"
        elif p["hidden"]:
            stock = "outofstock"
        else:
            stock = "outofstock" if rng.random() < 0.05 else ("onbackorder" if rng.random() < 0.03 else "instock")
        prow.append((p["id"], p["name"], slug(p["name"]), p["sku"], p["type"], p["status"], cat_id[p["leaf"]],
                     r2(p["price"]) if p["type"] != "variable" else None, p["tax"], p["origin"], stock,
                     sold.get(p["id"], 0), avg, len(rs), loc(p["created"]), gmt(p["created"]), loc(p["modified"]),
                     gmt(p["modified"])))
        for i, v in enumerate(p["vars"]):
            vstat = "private" if p["status"] != "publish" else "publish"
            stq = None if p["kind"] == "giftcard" else (0 if stock == "outofstock" or p["status"] != "publish" else rng.randint(3, 140))
            vrow.append((v["id"], p["id"], v["sku"], v["label"], r2(v["price"]), r2(v["sale"]) if v["sale"] else None,
                         v["kg"], stq, vstat, i))
        for tg in p["tags"]:
            ptag.append((p["id"], tag_id[tg]))
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", prow)
    con.executemany("INSERT INTO product_variations VALUES (?,?,?,?,?,?,?,?,?,?)", vrow)
    con.executemany("INSERT INTO product_tags VALUES (?,?)", sorted(ptag))

    # ------------------------------------------------------------------ coupons
    cprow = []
    for i, (code, typ, amt, fs, ind, lim, mn, s, e, desc, w) in enumerate(COUPONS):
        created = DT.combine(s - TD(days=rng.randint(3, 25)), dt.time(rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59)))
        cprow.append((60 + i * 7, code, typ, float(amt), fs, ind, lim, r2(mn) if mn else None, loc(created),
                      loc(DT.combine(e, dt.time(23, 59, 59))) if e else None, coupon_use[code], desc))
    con.executemany("INSERT INTO coupons VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", cprow)

    # ------------------------------------------------------------------ subscriptions
    srow = []
    for s in sub_rows:
        srow.append((s["id"], s["c"]["id"], s["status"], s["p"]["id"], "month", s["interval"], r2(s["price"]), s["pm"],
                     loc(s["start"]), gmt(s["start"]), loc(s["last"]), loc(s["next"]), loc(s["end"])))
    con.executemany("INSERT INTO subscriptions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", srow)
    # ------------------------------------------------------------------ orders & items
    irow, out_orders = [], []
    item_id = [5000]
    for o in sorted(orders, key=lambda x: x["id"]):
        sid = o["sub_obj"]["id"] if o.get("sub_obj") else None
        fn, ln, em = o["payer"]
        out_orders.append((o["id"], o["status"], "AUD", o["via"], o["c"]["id"] if o["c"] else None, sid, loc(o["t"]),
                           gmt(o["t"]), loc(o["paid"]), loc(o["done"]), o["pm"], o["pm_title"], fn, ln, em, o["city"],
                           o["state"], o["pc"], o["country"], o["ship_method"], o["coupon"], r2(o["discount_total"]),
                           r2(o["discount_tax"]), r2(o["ship"]), r2(o["ship_tax"]), r2(o["total_tax"]), r2(o["total"]),
                           o["note"]))
        for l in o["lines"]:
            item_id[0] += 1
            irow.append((item_id[0], o["id"], l["p"]["id"], l["v"]["id"] if l["v"] else None, line_name(l), l["q"],
                         r2(l["sub"]), r2(l["sub_tax"]), r2(l["tot"]), r2(l["tot_tax"])))
    con.executemany("INSERT INTO orders VALUES (" + ",".join("?" * 28) + ")", out_orders)
    con.executemany("INSERT INTO order_items VALUES (?,?,?,?,?,?,?,?,?,?)", irow)
    con.executemany("INSERT INTO refunds VALUES (?,?,?,?,?,?,?)",
                    [(rf["id"], rf["o"]["id"], loc(rf["t"]), gmt(rf["t"]), r2(rf["amt"]), rf["reason"], rf["by"])
                     for rf in sorted(refunds, key=lambda x: x["id"])])
    rrow = []
    for i, x in enumerate(rv):
        rrow.append((900 + i * 3 + rng.randint(0, 2), x["p"]["id"], x["c"]["id"] if x["c"] else None, x["name"], x["email"],
                     x["rating"], x["status"], x["verified"], loc(x["t"]), gmt(x["t"])))
    con.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?,?)", rrow)
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall(), con.execute("PRAGMA foreign_key_check").fetchall()[:5]
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
