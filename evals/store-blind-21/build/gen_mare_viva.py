"""Mare Viva Surf Co.: a (fictional) surf shop in Ericeira, Portugal, with a PrestaShop web shop.

The web shop sells surfboards, wetsuits, accessories, clothing and gift cards to Portugal (mainland, Madeira, Azores),
Spain, France and the rest of Europe.  Orders can be collected in the Ericeira shop, and from Saturday 12 April 2025 in the
new Peniche shop.  Walk-in till sales of the two shops are NOT in this database (another till system); only web-shop
orders are.  Prices are entered excluding VAT; VAT is charged at the rate of the delivery address (OSS): 23 % mainland
Portugal, 22 % Madeira, 16 % Azores, 21 % Spain (0 % Canary Islands), 20 % France, 19 % Germany, ..., 0 % United
Kingdom.  Gift cards carry no VAT.  Maré Viva Club members get 5 % off and surf schools (B2B, bank transfer) 15 % off,
except on gift cards and used boards.  The Xcel Comp X 4/3 went from EUR 379.90 to EUR 399.90 (incl. 23 % VAT) on
1 March 2025.  CTT Expresso shipping went from EUR 3.95 to EUR 4.95 on 1 July 2024 (PrestaShop keeps the old carrier as a
deleted row with the same id_reference).

Schema style: a PrestaShop 1.7 database (MySQL) copied into SQLite:
  * every table prefixed ps_; keys named id_<entity> (INTEGER); translated texts in *_lang tables keyed by id_lang
    (1 = Portuguese, 2 = English) and id_shop; many-to-many tables (ps_category_product, ps_customer_group,
    ps_product_attribute_combination); self-reference ps_category.id_parent (nested set nleft / nright);
  * no foreign keys declared (PrestaShop never declares them) and 0 instead of NULL for "no link" (id_state = 0,
    id_employee = 0 for automatic status changes, product_attribute_id = 0, id_manufacturer = 0 ...);
  * dates 'YYYY-MM-DD HH:MM:SS' in shop time (Europe/Lisbon); '0000-00-00 00:00:00' for dates never set
    (invoice_date, delivery_date); booleans 0 / 1; money DECIMAL(20,6): excluding-VAT amounts keep 6 decimals;
  * orders: current_state -> ps_order_state (names in ps_order_state_lang); valid = 1 when the current state is
    'logable' (paid and not cancelled / refunded); the status history in ps_order_history; payments in
    ps_order_payment linked by order_reference (one payment for the orders of a split cart, which share a reference);
    credit slips (refunds) in ps_order_slip / ps_order_slip_detail; vouchers in ps_cart_rule / ps_order_cart_rule;
  * ps_order_detail.product_name is written in the order's language with the combination ('... - Tamanho : M' or
    '... - Size : M');
  * dirty data: guest checkouts (is_guest = 1, a new customer row per checkout, so e-mails repeat), the PrestaShop demo
    customer John DOE with cancelled test orders, deleted and inactive accounts, names in capitals / lower case /
    with a trailing space, 'Lisboa' / 'Lisbon' / 'LISBOA', 'Carvalhal' in two districts, NULL and '0000-00-00'
    birthdays, NULL phones, a wax keyed twice ('SEX WAX QUICK HUMPS', inactive), a carrier kept as a deleted old
    version, orders stuck in odd states, a payment label renamed in 2025.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, hashlib, os, random, sqlite3, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import PT_FIRST, PT_LAST, ES_FIRST, ES_LAST, FR_FIRST, FR_LAST, DE_FIRST, DE_LAST, GB_FIRST, GB_LAST, NL_FIRST, NL_LAST, IT_FIRST, IT_LAST

SEED = 2104417
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "mare_viva.sqlite")
D, TD, DT = dt.date, dt.timedelta, dt.datetime
START, END = D(2024, 1, 1), D(2025, 12, 31)
PENICHE_OPEN = D(2025, 4, 12)
CTT_CHANGE = D(2024, 7, 1)
XCEL_DAY = D(2025, 3, 1)
WAX_SWITCH = D(2024, 5, 15)
ZERO = "0000-00-00 00:00:00"
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE ps_shop (id_shop INTEGER PRIMARY KEY, name TEXT, id_category INTEGER, theme_name TEXT, active INTEGER, deleted INTEGER);
CREATE TABLE ps_lang (id_lang INTEGER PRIMARY KEY, name TEXT, active INTEGER, iso_code TEXT, language_code TEXT, locale TEXT, date_format_lite TEXT, date_format_full TEXT, is_rtl INTEGER);
CREATE TABLE ps_currency (id_currency INTEGER PRIMARY KEY, name TEXT, iso_code TEXT, numeric_iso_code TEXT, precision INTEGER, conversion_rate REAL, deleted INTEGER, active INTEGER);
CREATE TABLE ps_zone (id_zone INTEGER PRIMARY KEY, name TEXT, active INTEGER);
CREATE TABLE ps_country (id_country INTEGER PRIMARY KEY, id_zone INTEGER, id_currency INTEGER, iso_code TEXT, call_prefix INTEGER, active INTEGER, contains_states INTEGER, need_zip_code INTEGER, zip_code_format TEXT);
CREATE TABLE ps_country_lang (id_country INTEGER, id_lang INTEGER, name TEXT, PRIMARY KEY (id_country, id_lang));
CREATE TABLE ps_state (id_state INTEGER PRIMARY KEY, id_country INTEGER, id_zone INTEGER, name TEXT, iso_code TEXT, tax_behavior INTEGER, active INTEGER);
CREATE TABLE ps_tax_rules_group (id_tax_rules_group INTEGER PRIMARY KEY, name TEXT, active INTEGER, deleted INTEGER, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_group (id_group INTEGER PRIMARY KEY, reduction REAL, price_display_method INTEGER, show_prices INTEGER, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_group_lang (id_group INTEGER, id_lang INTEGER, name TEXT, PRIMARY KEY (id_group, id_lang));
CREATE TABLE ps_customer (id_customer INTEGER PRIMARY KEY, id_shop INTEGER, id_default_group INTEGER, id_lang INTEGER, company TEXT, siret TEXT, firstname TEXT, lastname TEXT, email TEXT, birthday TEXT, newsletter INTEGER, newsletter_date_add TEXT, optin INTEGER, note TEXT, active INTEGER, is_guest INTEGER, deleted INTEGER, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_customer_group (id_customer INTEGER, id_group INTEGER, PRIMARY KEY (id_customer, id_group));
CREATE TABLE ps_address (id_address INTEGER PRIMARY KEY, id_country INTEGER, id_state INTEGER, id_customer INTEGER, id_manufacturer INTEGER, id_supplier INTEGER, id_warehouse INTEGER, alias TEXT, company TEXT, lastname TEXT, firstname TEXT, vat_number TEXT, address1 TEXT, address2 TEXT, postcode TEXT, city TEXT, other TEXT, phone TEXT, phone_mobile TEXT, dni TEXT, deleted INTEGER, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_category (id_category INTEGER PRIMARY KEY, id_parent INTEGER, id_shop_default INTEGER, level_depth INTEGER, nleft INTEGER, nright INTEGER, active INTEGER, date_add TEXT, date_upd TEXT, position INTEGER, is_root_category INTEGER);
CREATE TABLE ps_category_lang (id_category INTEGER, id_shop INTEGER, id_lang INTEGER, name TEXT, description TEXT, link_rewrite TEXT, meta_title TEXT, PRIMARY KEY (id_category, id_shop, id_lang));
CREATE TABLE ps_category_product (id_category INTEGER, id_product INTEGER, position INTEGER, PRIMARY KEY (id_category, id_product));
CREATE TABLE ps_manufacturer (id_manufacturer INTEGER PRIMARY KEY, name TEXT, date_add TEXT, date_upd TEXT, active INTEGER);
CREATE TABLE ps_supplier (id_supplier INTEGER PRIMARY KEY, name TEXT, date_add TEXT, date_upd TEXT, active INTEGER);
CREATE TABLE ps_product (id_product INTEGER PRIMARY KEY, id_supplier INTEGER, id_manufacturer INTEGER, id_category_default INTEGER, id_shop_default INTEGER, id_tax_rules_group INTEGER, on_sale INTEGER, ean13 TEXT, quantity INTEGER, minimal_quantity INTEGER, price REAL, wholesale_price REAL, reference TEXT, supplier_reference TEXT, weight REAL, active INTEGER, available_for_order INTEGER, condition TEXT, show_price INTEGER, visibility TEXT, cache_default_attribute INTEGER, is_virtual INTEGER, product_type TEXT, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_product_lang (id_product INTEGER, id_shop INTEGER, id_lang INTEGER, description_short TEXT, link_rewrite TEXT, name TEXT, PRIMARY KEY (id_product, id_shop, id_lang));
CREATE TABLE ps_attribute_group (id_attribute_group INTEGER PRIMARY KEY, is_color_group INTEGER, group_type TEXT, position INTEGER);
CREATE TABLE ps_attribute_group_lang (id_attribute_group INTEGER, id_lang INTEGER, name TEXT, public_name TEXT, PRIMARY KEY (id_attribute_group, id_lang));
CREATE TABLE ps_attribute (id_attribute INTEGER PRIMARY KEY, id_attribute_group INTEGER, color TEXT, position INTEGER);
CREATE TABLE ps_attribute_lang (id_attribute INTEGER, id_lang INTEGER, name TEXT, PRIMARY KEY (id_attribute, id_lang));
CREATE TABLE ps_product_attribute (id_product_attribute INTEGER PRIMARY KEY, id_product INTEGER, reference TEXT, ean13 TEXT, wholesale_price REAL, price REAL, weight REAL, default_on INTEGER, minimal_quantity INTEGER, available_date TEXT);
CREATE TABLE ps_product_attribute_combination (id_attribute INTEGER, id_product_attribute INTEGER, PRIMARY KEY (id_attribute, id_product_attribute));
CREATE TABLE ps_carrier (id_carrier INTEGER PRIMARY KEY, id_reference INTEGER, name TEXT, url TEXT, active INTEGER, deleted INTEGER, shipping_handling INTEGER, is_free INTEGER, shipping_method INTEGER, position INTEGER, max_weight REAL, grade INTEGER);
CREATE TABLE ps_profile (id_profile INTEGER PRIMARY KEY);
CREATE TABLE ps_profile_lang (id_lang INTEGER, id_profile INTEGER, name TEXT, PRIMARY KEY (id_profile, id_lang));
CREATE TABLE ps_employee (id_employee INTEGER PRIMARY KEY, id_profile INTEGER, id_lang INTEGER, lastname TEXT, firstname TEXT, email TEXT, last_connection_date TEXT, active INTEGER);
CREATE TABLE ps_order_state (id_order_state INTEGER PRIMARY KEY, invoice INTEGER, send_email INTEGER, module_name TEXT, color TEXT, unremovable INTEGER, hidden INTEGER, logable INTEGER, delivery INTEGER, shipped INTEGER, paid INTEGER, pdf_invoice INTEGER, pdf_delivery INTEGER, deleted INTEGER);
CREATE TABLE ps_order_state_lang (id_order_state INTEGER, id_lang INTEGER, name TEXT, template TEXT, PRIMARY KEY (id_order_state, id_lang));
CREATE TABLE ps_cart_rule (id_cart_rule INTEGER PRIMARY KEY, id_customer INTEGER, date_from TEXT, date_to TEXT, description TEXT, quantity INTEGER, quantity_per_user INTEGER, priority INTEGER, partial_use INTEGER, code TEXT, minimum_amount REAL, free_shipping INTEGER, reduction_percent REAL, reduction_amount REAL, reduction_tax INTEGER, active INTEGER, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_cart_rule_lang (id_cart_rule INTEGER, id_lang INTEGER, name TEXT, PRIMARY KEY (id_cart_rule, id_lang));
CREATE TABLE ps_orders (id_order INTEGER PRIMARY KEY, reference TEXT, id_shop INTEGER, id_carrier INTEGER, id_lang INTEGER, id_customer INTEGER, id_currency INTEGER, id_address_delivery INTEGER, id_address_invoice INTEGER, current_state INTEGER, payment TEXT, module TEXT, conversion_rate REAL, gift INTEGER, gift_message TEXT, total_discounts REAL, total_discounts_tax_incl REAL, total_discounts_tax_excl REAL, total_paid REAL, total_paid_tax_incl REAL, total_paid_tax_excl REAL, total_paid_real REAL, total_products REAL, total_products_wt REAL, total_shipping REAL, total_shipping_tax_incl REAL, total_shipping_tax_excl REAL, carrier_tax_rate REAL, round_mode INTEGER, round_type INTEGER, invoice_number INTEGER, delivery_number INTEGER, invoice_date TEXT, delivery_date TEXT, valid INTEGER, note TEXT, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_order_detail (id_order_detail INTEGER PRIMARY KEY, id_order INTEGER, id_warehouse INTEGER, id_shop INTEGER, product_id INTEGER, product_attribute_id INTEGER, product_name TEXT, product_quantity INTEGER, product_quantity_refunded INTEGER, product_quantity_return INTEGER, product_price REAL, reduction_percent REAL, reduction_amount REAL, group_reduction REAL, product_ean13 TEXT, product_reference TEXT, product_supplier_reference TEXT, product_weight REAL, id_tax_rules_group INTEGER, unit_price_tax_incl REAL, unit_price_tax_excl REAL, total_price_tax_incl REAL, total_price_tax_excl REAL, purchase_supplier_price REAL, original_product_price REAL, original_wholesale_price REAL);
CREATE TABLE ps_order_cart_rule (id_order_cart_rule INTEGER PRIMARY KEY, id_order INTEGER, id_cart_rule INTEGER, name TEXT, value REAL, value_tax_excl REAL, free_shipping INTEGER);
CREATE TABLE ps_order_history (id_order_history INTEGER PRIMARY KEY, id_employee INTEGER, id_order INTEGER, id_order_state INTEGER, date_add TEXT);
CREATE TABLE ps_order_payment (id_order_payment INTEGER PRIMARY KEY, order_reference TEXT, id_currency INTEGER, amount REAL, payment_method TEXT, conversion_rate REAL, transaction_id TEXT, card_number TEXT, card_brand TEXT, card_expiration TEXT, card_holder TEXT, date_add TEXT);
CREATE TABLE ps_order_slip (id_order_slip INTEGER PRIMARY KEY, conversion_rate REAL, id_customer INTEGER, id_order INTEGER, total_products_tax_excl REAL, total_products_tax_incl REAL, total_shipping_tax_excl REAL, total_shipping_tax_incl REAL, shipping_cost INTEGER, amount REAL, shipping_cost_amount REAL, partial INTEGER, order_slip_type INTEGER, date_add TEXT, date_upd TEXT);
CREATE TABLE ps_order_slip_detail (id_order_slip INTEGER, id_order_detail INTEGER, product_quantity INTEGER, unit_price_tax_excl REAL, unit_price_tax_incl REAL, total_price_tax_excl REAL, total_price_tax_incl REAL, amount_tax_excl REAL, amount_tax_incl REAL, PRIMARY KEY (id_order_slip, id_order_detail));
"""

# ------------------------------------------------------------------ reference data
ZONES = [(1, "Europe", 1), (7, "Europe (non-EU)", 1)]
# id (PrestaShop's own ids), zone, iso, prefix, states, names pt / en, VAT rate, zip format
COUNTRIES = [(15, 1, "PT", 351, 1, "Portugal", "Portugal", 0.23, "NNNN-NNN"), (6, 1, "ES", 34, 1, "Espanha", "Spain", 0.21, "NNNNN"),
             (8, 1, "FR", 33, 0, "França", "France", 0.20, "NNNNN"), (1, 1, "DE", 49, 0, "Alemanha", "Germany", 0.19, "NNNNN"),
             (13, 1, "NL", 31, 0, "Países Baixos", "Netherlands", 0.21, "NNNN LL"), (17, 7, "GB", 44, 0, "Reino Unido", "United Kingdom", 0.0, ""),
             (26, 1, "IE", 353, 0, "Irlanda", "Ireland", 0.23, ""), (10, 1, "IT", 39, 0, "Itália", "Italy", 0.22, "NNNNN"),
             (3, 1, "BE", 32, 0, "Bélgica", "Belgium", 0.21, "NNNN")]
CRATE = {c[0]: c[7] for c in COUNTRIES}
# Portuguese districts added by the shop for its tax rules (Madeira and the Azores have their own VAT rates)
PT_STATES = [("Aveiro", "PT-01"), ("Beja", "PT-02"), ("Braga", "PT-03"), ("Bragança", "PT-04"), ("Castelo Branco", "PT-05"), ("Coimbra", "PT-06"),
             ("Évora", "PT-07"), ("Faro", "PT-08"), ("Guarda", "PT-09"), ("Leiria", "PT-10"), ("Lisboa", "PT-11"), ("Portalegre", "PT-12"),
             ("Porto", "PT-13"), ("Santarém", "PT-14"), ("Setúbal", "PT-15"), ("Viana do Castelo", "PT-16"), ("Vila Real", "PT-17"), ("Viseu", "PT-18"),
             ("Açores", "PT-20"), ("Madeira", "PT-30")]
ES_STATES = [("A Coruña", "C"), ("Asturias", "O"), ("Cantabria", "S"), ("Bizkaia", "BI"), ("Gipuzkoa", "SS"), ("Madrid", "M"), ("Barcelona", "B"),
             ("Cádiz", "CA"), ("Málaga", "MA"), ("Valencia", "V"), ("Las Palmas", "GC"), ("Pontevedra", "PO")]
STATE_RATE = {"Açores": 0.16, "Madeira": 0.22, "Las Palmas": 0.0}
# PT cities by district: (city, postcode prefix, weight)
PT_CITIES = {"Lisboa": [("Lisboa", "11", 30), ("Cascais", "2750", 8), ("Sintra", "2710", 5), ("Oeiras", "2780", 5), ("Mafra", "2640", 4), ("Ericeira", "2655", 10),
                        ("Torres Vedras", "2560", 4), ("Loures", "2670", 3), ("Amadora", "2700", 3), ("Carcavelos", "2775", 4)],
             "Leiria": [("Peniche", "2520", 10), ("Leiria", "2400", 4), ("Nazaré", "2450", 4), ("Caldas da Rainha", "2500", 3), ("Óbidos", "2510", 2),
                        ("Carvalhal", "2540", 2), ("Marinha Grande", "2430", 2)],
             "Setúbal": [("Setúbal", "2900", 4), ("Almada", "2800", 4), ("Costa da Caparica", "2825", 6), ("Sesimbra", "2970", 2), ("Carvalhal", "7570", 2)],
             "Porto": [("Porto", "4000", 8), ("Matosinhos", "4450", 5), ("Vila Nova de Gaia", "4400", 4), ("Póvoa de Varzim", "4490", 2)],
             "Faro": [("Faro", "8000", 2), ("Lagos", "8600", 4), ("Vila do Bispo", "8650", 2), ("Aljezur", "8670", 2), ("Portimão", "8500", 2)],
             "Aveiro": [("Aveiro", "3800", 3), ("Espinho", "4500", 2), ("Ovar", "3880", 1)],
             "Braga": [("Braga", "4700", 3), ("Esposende", "4740", 2), ("Guimarães", "4800", 1)],
             "Coimbra": [("Coimbra", "3000", 3), ("Figueira da Foz", "3080", 3)],
             "Viana do Castelo": [("Viana do Castelo", "4900", 3), ("Caminha", "4910", 1)],
             "Santarém": [("Santarém", "2000", 1), ("Tomar", "2300", 1)],
             "Madeira": [("Funchal", "9000", 3), ("Calheta", "9370", 1), ("Porto Moniz", "9270", 1)],
             "Açores": [("Ponta Delgada", "9500", 2), ("Ribeira Grande", "9600", 1)],
             "Évora": [("Évora", "7000", 1)], "Viseu": [("Viseu", "3500", 1)]}
PT_DISTRICT_W = {"Lisboa": 40, "Leiria": 13, "Setúbal": 9, "Porto": 10, "Faro": 6, "Aveiro": 4, "Braga": 4, "Coimbra": 3, "Viana do Castelo": 2,
                 "Santarém": 1.5, "Madeira": 3, "Açores": 2, "Évora": 1, "Viseu": 1}
ES_CITIES = {"Gipuzkoa": [("Donostia-San Sebastián", "20001"), ("Zarautz", "20800")], "Bizkaia": [("Bilbao", "48001"), ("Mundaka", "48360")],
             "Cantabria": [("Santander", "39001"), ("Somo", "39140")], "Asturias": [("Gijón", "33201")], "A Coruña": [("A Coruña", "15001"), ("Razo", "15105")],
             "Pontevedra": [("Vigo", "36201")], "Madrid": [("Madrid", "28001")], "Barcelona": [("Barcelona", "08001")], "Cádiz": [("El Palmar", "11159"), ("Cádiz", "11001")],
             "Málaga": [("Málaga", "29001")], "Valencia": [("Valencia", "46001")], "Las Palmas": [("Las Palmas de Gran Canaria", "35001")]}
FOREIGN_CITIES = {8: [("Biarritz", "64200"), ("Hossegor", "40150"), ("Anglet", "64600"), ("Lacanau", "33680"), ("Bordeaux", "33000"), ("Paris", "75011"), ("Nantes", "44000")],
                  1: [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667")],
                  13: [("Amsterdam", "1012 AB"), ("Den Haag", "2586 ZZ"), ("Utrecht", "3511 LX")],
                  17: [("London", "E8 3RL"), ("Newquay", "TR7 1HT"), ("Bristol", "BS1 4DJ"), ("Brighton", "BN1 1AE")],
                  26: [("Dublin", "D08 VF8H"), ("Lahinch", "V95 XH39"), ("Bundoran", "F94 W8K2")],
                  10: [("Milano", "20121"), ("Roma", "00184")], 3: [("Bruxelles", "1000"), ("Gent", "9000"), ("Antwerpen", "2000")]}
COUNTRY_W = [(15, 71), (6, 12), (8, 6), (1, 3.5), (13, 2), (17, 2.5), (26, 1), (10, 1), (3, 1)]
LANGS = [(1, "Português PT (Portuguese)", 1, "pt", "pt-pt", "pt-PT", "d/m/Y", "d/m/Y H:i:s", 0), (2, "English (English)", 1, "en", "en-us", "en-US", "m/d/Y", "m/d/Y H:i:s", 0)]

# categories: id, parent, pt name, en name, position
CATS = [(1, 0, "Raiz", "Root", 0), (2, 1, "Início", "Home", 0),
        (3, 2, "Pranchas", "Surfboards", 0), (4, 2, "Fatos", "Wetsuits", 1), (5, 2, "Acessórios", "Accessories", 2), (6, 2, "Vestuário", "Clothing", 3),
        (7, 2, "Promoções", "Sale", 4), (8, 2, "Cartões oferta", "Gift cards", 5),
        (10, 3, "Shortboards", "Shortboards", 0), (11, 3, "Longboards e mid-lengths", "Longboards & mid-lengths", 1), (12, 3, "Softboards", "Soft-top boards", 2),
        (13, 3, "Pranchas usadas", "Used boards", 3),
        (14, 4, "Fatos de homem", "Men's wetsuits", 0), (15, 4, "Fatos de senhora", "Women's wetsuits", 1), (16, 4, "Botas, luvas e capuzes", "Boots, gloves & hoods", 2),
        (17, 5, "Quilhas", "Fins", 0), (18, 5, "Leashes", "Leashes", 1), (19, 5, "Parafina", "Wax", 2), (20, 5, "Capas", "Board bags", 3), (21, 5, "Decks", "Traction pads", 4),
        (22, 6, "T-shirts", "T-shirts", 0), (23, 6, "Sweats e hoodies", "Hoodies", 1), (24, 6, "Ponchos e robes", "Changing robes", 2)]
MANUFACTURERS = ["Xcel", "O'Neill", "Rip Curl", "Billabong", "Torq", "Softech", "Polen Surfboards", "Semente Surfboards", "Channel Islands", "Pukas",
                 "FCS", "Futures", "Creatures of Leisure", "Sex Wax", "Sticky Bumps", "Dakine", "Pro-Lite", "Dryrobe", "Surf Ears", "Matunas", "Maré Viva"]
SUPPLIERS = ["Surf Import Portugal Lda", "Atlantic Distribution SL", "Semente Surfboards", "Polen Surfboards", "Estampa Ericeira Lda", "Rip Curl Europe SAS", "Ondas do Norte Distribuição Lda"]
# attribute groups: id, pt name, en name, pt public, en public, is_color, values [(pt, en)]
ATTR_GROUPS = [(1, "Tamanho", "Size", "Tamanho", "Size", 0, [(v, v) for v in ["XS", "S", "M", "MT", "L", "LT", "XL", "XXL"]]),
               (2, "Tamanho de bota", "Boot size", "Tamanho", "Size", 0, [(v, v) for v in ["38", "39", "40", "41", "42", "43", "44", "45", "46"]]),
               (3, "Comprimento", "Length", "Comprimento", "Length", 0, [(v, v) for v in ["6'", "7'", "8'", "9'"]]),
               (4, "Cor", "Colour", "Cor", "Colour", 1, [("Preto", "Black"), ("Azul-marinho", "Navy"), ("Areia", "Sand"), ("Branco", "White")]),
               (5, "Valor", "Value", "Valor", "Value", 0, [("25 €", "25 €"), ("50 €", "50 €"), ("100 €", "100 €")])]
# products: ref, pt name, en name (None = same), default category, manufacturer, supplier, PT price incl 23 % (or net for tax 0), cost, popularity,
#           combos spec, added (None = before 2024), on_sale
W_SIZES = ["XS", "S", "M", "MT", "L", "LT", "XL", "XXL"]
W_SIZES_F = ["XS", "S", "M", "L", "XL"]
PRODUCTS = [
    ("SEM-PR-510", "Semente Pocket Rocket 5'10", None, 10, "Semente Surfboards", 2, 690.00, 380, 1.4, None, None, 0),
    ("SEM-LL-602", "Semente Lazy Lizard 6'2", None, 10, "Semente Surfboards", 2, 720.00, 395, 1.3, None, None, 0),
    ("POL-WOL-600", "Polen Wolverine 6'0", None, 10, "Polen Surfboards", 3, 650.00, 350, 1.2, None, None, 0),
    ("POL-GR-504", "Polen Grom Ripper 5'4", None, 10, "Polen Surfboards", 3, 520.00, 280, 0.8, None, None, 0),
    ("CI-HE-511", "Channel Islands Happy Everyday 5'11", None, 10, "Channel Islands", 0, 845.00, 520, 0.9, None, None, 0),
    ("PUK-69-604", "Pukas Original 69er 6'4", None, 10, "Pukas", 1, 780.00, 470, 0.8, None, D(2024, 9, 2), 0),
    ("TORQ-MF-702", "Torq Mod Fun TET 7'2", None, 11, "Torq", 0, 469.00, 260, 1.6, None, None, 1),
    ("TORQ-LB-900", "Torq Longboard TET 9'0", None, 11, "Torq", 0, 599.00, 330, 1.0, None, None, 0),
    ("SEM-LOG-904", "Semente Log 9'4", None, 11, "Semente Surfboards", 2, 980.00, 560, 0.6, None, None, 0),
    ("POL-MC-706", "Polen Mid Cruiser 7'6", None, 11, "Polen Surfboards", 3, 740.00, 400, 0.7, None, None, 0),
    ("SFT-HS-600", "Softech Handshape 6'0", None, 12, "Softech", 0, 289.00, 150, 1.8, None, None, 0),
    ("SFT-RL-700", "Softech Roller 7'0", None, 12, "Softech", 0, 319.00, 170, 1.5, None, None, 0),
    ("SFT-SF-606", "Softech Sally Fitzgibbons 6'6", None, 12, "Softech", 0, 339.00, 180, 0.9, None, None, 1),
    ("MV-SOFT-800", "Maré Viva Softboard Escola 8'0", "Maré Viva School Softboard 8'0", 12, "Maré Viva", 6, 249.00, 120, 1.4, None, None, 0),
    ("XC-CX43", "Xcel Comp X 4/3 Chest Zip", None, 14, "Xcel", 0, 399.90, 210, 3.0, ("size", W_SIZES), None, 0),
    ("XC-AX32", "Xcel Axis 3/2 Back Zip", None, 14, "Xcel", 0, 219.90, 110, 2.6, ("size", W_SIZES), None, 1),
    ("ON-HF43", "O'Neill Hyperfreak 4/3+ Chest Zip", None, 14, "O'Neill", 0, 359.90, 190, 2.8, ("size", W_SIZES), None, 0),
    ("RC-DP43", "Rip Curl Dawn Patrol 4/3 Chest Zip", None, 14, "Rip Curl", 5, 269.90, 140, 3.2, ("size", W_SIZES), None, 0),
    ("RC-EB32", "Rip Curl E-Bomb 3/2 Zip Free", None, 14, "Rip Curl", 5, 429.90, 235, 1.4, ("size", W_SIZES), None, 0),
    ("BB-FU54", "Billabong Furnace 5/4 Hooded", None, 14, "Billabong", 6, 449.90, 240, 0.7, ("size", W_SIZES), None, 0),
    ("RC-DPW43", "Rip Curl Dawn Patrol 4/3 Women", None, 15, "Rip Curl", 5, 269.90, 140, 2.2, ("size", W_SIZES_F), None, 0),
    ("ON-BA32W", "O'Neill Bahia 3/2 Women", None, 15, "O'Neill", 0, 189.90, 95, 2.0, ("size", W_SIZES_F), None, 1),
    ("XC-CW43", "Xcel Comp 4/3 Women", None, 15, "Xcel", 0, 359.90, 190, 1.4, ("size", W_SIZES_F), None, 0),
    ("BB-SD32W", "Billabong Salty Dayz 3/2 Women", None, 15, "Billabong", 6, 229.90, 115, 1.3, ("size", W_SIZES_F), None, 0),
    ("XC-INF5B", "Xcel Infiniti 5mm Boot", None, 16, "Xcel", 0, 69.90, 32, 1.6, ("boot", None), None, 0),
    ("RC-FB3B", "Rip Curl Flashbomb 3mm Boot", None, 16, "Rip Curl", 5, 59.90, 28, 1.2, ("boot", None), None, 0),
    ("ON-PT3G", "O'Neill Psycho Tech 3mm Glove", None, 16, "O'Neill", 0, 54.90, 24, 1.0, ("size", ["S", "M", "L", "XL"]), None, 0),
    ("XC-HD2", "Xcel Hood 2mm", None, 16, "Xcel", 0, 39.90, 17, 0.8, ("size", ["S", "M", "L", "XL"]), None, 0),
    ("FCS-PERF", "FCS II Performer PC Tri", None, 17, "FCS", 0, 119.00, 58, 2.4, None, None, 0),
    ("FCS-CARV", "FCS II Carver Neo Glass Tri", None, 17, "FCS", 0, 139.00, 68, 1.3, None, None, 0),
    ("FUT-F6A", "Futures F6 Alpha Tri", None, 17, "Futures", 1, 149.00, 74, 1.2, None, None, 0),
    ("FCS-LB9", "FCS II Longboard 9.0 Single", None, 17, "FCS", 0, 59.00, 26, 1.0, None, None, 0),
    ("FUT-CST", "Futures Control Series Trainer", None, 17, "Futures", 1, 44.00, 19, 1.1, None, None, 1),
    ("CRE-PRO6", "Creatures Pro Leash", None, 18, "Creatures of Leisure", 1, 39.90, 16, 2.8, ("len", ["6'", "7'"]), None, 0),
    ("FCS-FRE6", "FCS Freedom Leash", None, 18, "FCS", 0, 49.90, 22, 1.7, ("len", ["6'", "7'"]), None, 0),
    ("CRE-LB9", "Creatures Longboard Leash Knee", None, 18, "Creatures of Leisure", 1, 45.90, 19, 1.0, ("len", ["9'"]), None, 0),
    ("MV-LEASH", "Maré Viva Leash Básico", "Maré Viva Basic Leash", 18, "Maré Viva", 6, 24.90, 8, 2.2, ("len", ["6'", "7'", "8'", "9'"]), None, 0),
    ("SW-QH-OLD", "SEX WAX QUICK HUMPS", None, 19, "Sex Wax", 0, 3.00, 0.9, 0, None, None, 0),
    ("SW-QH", "Sex Wax Quick Humps", None, 19, "Sex Wax", 0, 3.00, 0.9, 0, None, WAX_SWITCH, 0),
    ("SB-COOL", "Sticky Bumps Cool Water", None, 19, "Sticky Bumps", 1, 3.00, 0.9, 3.5, None, None, 0),
    ("SB-BASE", "Sticky Bumps Base Coat", None, 19, "Sticky Bumps", 1, 3.50, 1.1, 2.0, None, None, 0),
    ("MAT-ECO", "Matunas Eco Wax Cold", None, 19, "Matunas", 0, 4.50, 1.6, 1.5, None, D(2025, 5, 5), 0),
    ("CRE-DU63", "Capa Creatures Day Use 6'3", "Creatures Day Use Board Bag 6'3", 20, "Creatures of Leisure", 1, 89.90, 40, 1.4, None, None, 0),
    ("CRE-DU92", "Capa Creatures Longboard Day Use 9'2", "Creatures Longboard Day Use Board Bag 9'2", 20, "Creatures of Leisure", 1, 119.90, 55, 0.7, None, None, 0),
    ("DK-MI76", "Capa Dakine Mission 7'6", "Dakine Mission Board Bag 7'6", 20, "Dakine", 1, 109.90, 50, 0.8, None, None, 1),
    ("PL-SMU66", "Capa de viagem Pro-Lite Smuggler 6'6 dupla", "Pro-Lite Smuggler Double Travel Bag 6'6", 20, "Pro-Lite", 1, 219.90, 105, 0.5, None, None, 0),
    ("CRE-MFL", "Creatures Mick Fanning Lite", None, 21, "Creatures of Leisure", 1, 49.90, 21, 1.4, None, None, 0),
    ("FCS-KA", "FCS Kolohe Andino Tread-Lite", None, 21, "FCS", 0, 54.90, 24, 1.0, None, None, 0),
    ("SE-3", "Surf Ears 3.0", None, 5, "Surf Ears", 0, 49.90, 22, 1.3, None, None, 0),
    ("SOL-KIT", "Kit de reparação Solarez", "Solarez Repair Kit", 5, "Sex Wax", 0, 19.90, 8, 1.2, None, None, 0),
    ("MV-TEE-LOGO", "T-shirt Maré Viva Logo", "Maré Viva Logo T-shirt", 22, "Maré Viva", 4, 29.90, 7, 2.6, ("tee", None), None, 0),
    ("MV-TEE-RES", "T-shirt Ericeira Reserva Mundial", "Ericeira World Surfing Reserve T-shirt", 22, "Maré Viva", 4, 32.90, 8, 1.6, ("tee", None), None, 0),
    ("MV-HOOD", "Sweat com capuz Maré Viva", "Maré Viva Hoodie", 23, "Maré Viva", 4, 64.90, 18, 1.5, ("tee", None), None, 0),
    ("MV-CAP", "Boné Maré Viva", "Maré Viva Cap", 6, "Maré Viva", 4, 24.90, 6, 1.0, None, None, 0),
    ("MV-PONCHO", "Poncho Maré Viva Toalha", "Maré Viva Towel Poncho", 24, "Maré Viva", 4, 59.90, 16, 1.4, None, None, 0),
    ("DRY-ADV", "Dryrobe Advance Long Sleeve", None, 24, "Dryrobe", 1, 169.90, 85, 1.0, ("size", ["XS", "S", "M", "L", "XL"]), D(2024, 10, 1), 0),
    ("MV-GIFT", "Cartão Oferta Maré Viva", "Maré Viva Gift Card", 8, "Maré Viva", 0, 0.0, 0, 1.2, ("gift", None), None, 0),
]
USED = [("Channel Islands Fever 6'0", 280), ("Al Merrick Flyer 5'11", 250), ("Pukas Twin 5'8", 320), ("Semente Pocket Rocket 6'0", 340), ("Polen Wolverine 5'10", 300),
        ("Torq Mod Fun 7'6", 180), ("Softech Roller 8'0", 150), ("Lost Driver 3.0 6'1", 270), ("Firewire Seaside 5'6", 360), ("JS Monsta Box 5'10", 290),
        ("Semente Log 9'2", 420), ("Polen Mid Cruiser 7'2", 330), ("Pyzel Ghost 6'0", 310), ("Haydenshapes Hypto Krypto 5'9", 350), ("Torq Longboard 9'1", 240),
        ("Bic Natural Surf 7'3", 160), ("Channel Islands Mid Twin 6'6", 380), ("Pukas Inception 6'2", 300), ("Semente Lazy Lizard 6'4", 330), ("Lost Puddle Jumper 5'7", 260),
        ("NSP Fish 6'4", 190), ("Roberts White Diamond 6'2", 340)]
NEVER_SOLD = {"USADA-104", "USADA-109", "USADA-113", "USADA-117", "USADA-120", "USADA-121", "USADA-122"}   # used boards nobody bought
CARRIERS = [(1, 1, "Levantamento na loja - Ericeira", "", 1, 0, 0, 1, 0, 0), (2, 2, "CTT Expresso", "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=@", 1, 1, 1, 0, 2, 1),
            (3, 3, "Transportadora - pranchas", "", 1, 0, 1, 0, 1, 2), (4, 4, "DHL Express", "https://www.dhl.com/pt-pt/home/tracking.html?tracking-id=@", 1, 0, 1, 0, 2, 4),
            (5, 5, "DPD", "https://tracking.dpd.de/status/pt_PT/parcel/@", 1, 0, 1, 0, 2, 3), (6, 2, "CTT Expresso", "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=@", 1, 0, 1, 0, 2, 1),
            (7, 7, "Levantamento na loja - Peniche", "", 1, 0, 0, 1, 0, 5)]
PROFILES = [(1, "SuperAdmin", "SuperAdmin"), (2, "Logística", "Logistician"), (3, "Tradutor", "Translator"), (4, "Vendedor", "Salesman")]
# employees: id, profile, first, last, email, active, start, end
EMPLOYEES = [(1, 1, "Ana Rita", "Vasconcelos", "ana@mareviva.pt", 1, D(2017, 5, 1), None),
             (2, 2, "Tiago", "Correia", "tiago@mareviva.pt", 1, D(2019, 3, 1), None),
             (3, 4, "Inês", "Carvalho", "ines@mareviva.pt", 1, D(2021, 6, 1), None),
             (4, 2, "Rafael", "Nunes", "rafael@mareviva.pt", 0, D(2020, 4, 1), D(2025, 2, 28)),
             (5, 2, "Kateryna", "Bondarenko", "kateryna@mareviva.pt", 1, D(2025, 3, 1), None),
             (6, 2, "Mariana", "Sousa", "mariana.peniche@mareviva.pt", 1, D(2025, 4, 1), None)]
# order states: id, pt, en, logable, paid, shipped, delivery, invoice, module, color
STATES = [(1, "Aguarda pagamento por cheque", "Awaiting check payment", 0, 0, 0, 0, 0, "ps_checkpayment", "#34209E"),
          (2, "Pagamento aceite", "Payment accepted", 1, 1, 0, 0, 1, "", "#3498D8"),
          (3, "Em processamento", "Processing in progress", 1, 1, 0, 0, 1, "", "#3498D8"),
          (4, "Enviado", "Shipped", 1, 1, 1, 0, 1, "", "#01B887"),
          (5, "Entregue", "Delivered", 1, 1, 1, 1, 1, "", "#01B887"),
          (6, "Cancelado", "Canceled", 0, 0, 0, 0, 0, "", "#2C3E50"),
          (7, "Reembolsado", "Refunded", 0, 1, 0, 0, 1, "", "#ED2B2B"),
          (8, "Erro de pagamento", "Payment error", 0, 0, 0, 0, 0, "", "#E74C3C"),
          (9, "Em espera (pago)", "On backorder (paid)", 1, 1, 0, 0, 1, "", "#3498D8"),
          (10, "Aguarda pagamento por transferência bancária", "Awaiting bank wire payment", 0, 0, 0, 0, 0, "ps_wirepayment", "#34209E"),
          (11, "Pagamento remoto aceite", "Remote payment accepted", 1, 1, 0, 0, 1, "", "#3498D8"),
          (12, "Em espera (não pago)", "On backorder (not paid)", 0, 0, 0, 0, 0, "", "#34209E"),
          (13, "Aguarda validação do pagamento na entrega", "Awaiting Cash On Delivery validation", 0, 0, 0, 0, 0, "ps_cashondelivery", "#34209E"),
          (14, "Aguarda pagamento Multibanco", "Awaiting Multibanco payment", 0, 0, 0, 0, 0, "multibanco", "#4169E1"),
          (15, "Aguarda pagamento MB WAY", "Awaiting MB WAY payment", 0, 0, 0, 0, 0, "mbway", "#4169E1"),
          (16, "Pronto para levantamento", "Ready for pickup", 1, 1, 0, 0, 1, "", "#F39C12"),
          (17, "Levantado na loja", "Collected in store", 1, 1, 1, 1, 1, "", "#108510")]
LOGABLE = {s[0]: s[3] for s in STATES}
CART_RULES = [(1, "BEMVINDO5", "Boas-vindas 5 €", "Welcome 5 €", D(2023, 1, 1), D(2026, 12, 31), 0.0, 5.00, 40.0),
              (2, "VERAO24", "Verão 2024 -10%", "Summer 2024 -10%", D(2024, 6, 15), D(2024, 9, 15), 10.0, 0.0, 0.0),
              (3, "BLACKFRIDAY24", "Black Friday 2024 -20%", "Black Friday 2024 -20%", D(2024, 11, 29), D(2024, 12, 2), 20.0, 0.0, 0.0),
              (4, "VERAO25", "Verão 2025 -10%", "Summer 2025 -10%", D(2025, 6, 15), D(2025, 9, 15), 10.0, 0.0, 0.0),
              (5, "BLACKFRIDAY25", "Black Friday 2025 -20%", "Black Friday 2025 -20%", D(2025, 11, 28), D(2025, 12, 1), 20.0, 0.0, 0.0),
              (6, "EQUIPA30", "Equipa Maré Viva -30%", "Maré Viva team -30%", D(2023, 1, 1), D(2026, 12, 31), 30.0, 0.0, 0.0)]
SCHOOLS = [("Escola de Surf da Ericeira", "Ericeira", "2655"), ("Ribeira d'Ilhas Surf School", "Ericeira", "2655"), ("Baleal Surf Camp", "Peniche", "2520"),
           ("Peniche Surf Lodge", "Peniche", "2520"), ("Supertubos Surf Academy", "Peniche", "2520"), ("Carcavelos Surf School", "Carcavelos", "2775"),
           ("Caparica Surf Clube", "Costa da Caparica", "2825"), ("Nazaré Surf Escola", "Nazaré", "2450"), ("Arrifana Surf School", "Aljezur", "8670"),
           ("Matosinhos Surf Center", "Matosinhos", "4450"), ("Figueira Surf Academy", "Figueira da Foz", "3080"), ("Surf Clube de Viana", "Viana do Castelo", "4900")]
SCHOOL_DISTRICT = {"Ericeira": "Lisboa", "Peniche": "Leiria", "Carcavelos": "Lisboa", "Costa da Caparica": "Setúbal", "Nazaré": "Leiria", "Aljezur": "Faro",
                   "Matosinhos": "Porto", "Figueira da Foz": "Coimbra", "Viana do Castelo": "Viana do Castelo"}
PAY = {  # module: (label before 2025, label from 2025, state while waiting or None)
    "stripe_official": ("Cartão de crédito", "Cartão de crédito / débito", None),
    "paypal": ("PayPal", "PayPal", None),
    "mbway": ("MB WAY", "MB WAY", 15),
    "multibanco": ("Multibanco", "Multibanco", 14),
    "ps_wirepayment": ("Transferência bancária", "Transferência bancária", 10)}
BLACK_FRIDAY = {D(2024, 11, 29), D(2024, 11, 30), D(2024, 12, 1), D(2024, 12, 2), D(2025, 11, 28), D(2025, 11, 29), D(2025, 11, 30), D(2025, 12, 1)}


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def r6(x):
    return round(x + (1e-12 if x >= 0 else -1e-12), 6)


def f(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(d, minute, sec=0):
    return DT(d.year, d.month, d.day) + TD(minutes=minute, seconds=sec)


def slug(s):
    out = s.lower()
    for a, b in (("ã", "a"), ("á", "a"), ("â", "a"), ("à", "a"), ("é", "e"), ("ê", "e"), ("í", "i"), ("ó", "o"), ("ô", "o"), ("õ", "o"), ("ú", "u"), ("ç", "c"), ("'", ""), ("/", "-"), ("+", ""), (".", "-"), ("€", "eur")):
        out = out.replace(a, b)
    return "-".join("".join(c if c.isalnum() else " " for c in out).split())


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.replace("ß", "ss")) if not unicodedata.combining(ch))


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    def ins(t, row):
        con.execute(f"INSERT INTO {t} VALUES ({','.join('?' * len(row))})", row)

    INSTALL = DT(2017, 5, 2, 10, 14, 3)
    ins("ps_shop", (1, "Maré Viva Surf Co.", 2, "classic", 1, 0))
    for l in LANGS:
        ins("ps_lang", l)
    ins("ps_currency", (1, "Euro", "EUR", "978", 2, 1.0, 0, 1))
    for z in ZONES:
        ins("ps_zone", z)
    for cid, zone, iso, pre, states, npt, nen, rate, fmt in COUNTRIES:
        ins("ps_country", (cid, zone, 1, iso, pre, 1, states, 1 if fmt else 0, fmt))
        ins("ps_country_lang", (cid, 1, npt))
        ins("ps_country_lang", (cid, 2, nen))
    state_id = {}
    sid = 300
    for name, iso in PT_STATES:
        sid += 1
        state_id[(15, name)] = sid
        ins("ps_state", (sid, 15, 1, name, iso, 0, 1))
    sid = 200
    for name, iso in ES_STATES:
        sid += 1
        state_id[(6, name)] = sid
        ins("ps_state", (sid, 6, 1, name, iso, 0, 1))
    for row in [(1, "PT Taxa normal (23%)", 1, 0), (2, "PT Taxa reduzida (6%)", 1, 0), (3, "Isento - vales de oferta", 1, 0)]:
        ins("ps_tax_rules_group", row + (f(INSTALL), f(INSTALL)))
    groups = [(1, 0.0, 0, "Visitante", "Visitor"), (2, 0.0, 0, "Convidado", "Guest"), (3, 0.0, 0, "Cliente", "Customer"),
              (4, 5.0, 0, "Clube Maré Viva", "Maré Viva Club"), (5, 15.0, 1, "Escolas de surf", "Surf schools")]
    for gid, red, pdm, pt, en in groups:
        ins("ps_group", (gid, red, pdm, 1, f(INSTALL), f(INSTALL if gid < 4 else DT(2019, 2, 1, 9, 0, 0))))
        ins("ps_group_lang", (gid, 1, pt))
        ins("ps_group_lang", (gid, 2, en))

    # categories (nested set computed from the tree)
    children = {}
    for c in CATS:
        children.setdefault(c[1], []).append(c[0])
    nl, depth = {}, {}

    def walk(cid, n, d):
        depth[cid] = d
        left = n
        n += 1
        for ch in sorted(children.get(cid, []), key=lambda x: next(c[4] for c in CATS if c[0] == x)):
            n = walk(ch, n, d + 1)
        nl[cid] = (left, n)
        return n + 1
    walk(1, 1, 0)
    for cid, parent, pt, en, pos in CATS:
        created = INSTALL + TD(days=cid)
        ins("ps_category", (cid, parent, 1, depth[cid], nl[cid][0], nl[cid][1], 1, f(created), f(created), pos, 1 if cid == 2 else 0))
        for lid, nm in ((1, pt), (2, en)):
            ins("ps_category_lang", (cid, 1, lid, nm, "", slug(nm), ""))
    for i, m in enumerate(MANUFACTURERS, 1):
        ins("ps_manufacturer", (i, m, f(INSTALL + TD(days=3 * i)), f(INSTALL + TD(days=3 * i)), 1))
    for i, s in enumerate(SUPPLIERS, 1):
        ins("ps_supplier", (i, s, f(INSTALL + TD(days=5 * i)), f(INSTALL + TD(days=5 * i)), 1))
    # attributes
    attr = {}  # (group, pt value) -> id
    aid = 0
    for gid, gpt, gen, ppt, pen, color, vals in ATTR_GROUPS:
        ins("ps_attribute_group", (gid, color, "color" if color else "select", gid - 1))
        ins("ps_attribute_group_lang", (gid, 1, gpt, ppt))
        ins("ps_attribute_group_lang", (gid, 2, gen, pen))
        for pos, (vpt, ven) in enumerate(vals):
            aid += 1
            attr[(gid, vpt)] = (aid, vpt, ven)
            ins("ps_attribute", (aid, gid, {"Preto": "#111111", "Azul-marinho": "#1B2A4A", "Areia": "#D8C9A3", "Branco": "#FFFFFF"}.get(vpt, ""), pos))
            ins("ps_attribute_lang", (aid, 1, vpt))
            ins("ps_attribute_lang", (aid, 2, ven))
    gpub = {g[0]: (g[3], g[4]) for g in ATTR_GROUPS}

    # products
    products = []
    pa_id = 0
    cat_members = {}
    for k, (ref, npt, nen, cat, manu, sup, price_pt, cost, w, combo, added, on_sale) in enumerate(PRODUCTS):
        pid = k + 1
        tax = 3 if ref == "MV-GIFT" else 1
        created = DT.combine(added, dt.time(9, 30)) if added else INSTALL + TD(days=40 + 23 * k, hours=k % 7)
        net = r6(price_pt / 1.23) if tax == 1 else price_pt
        active = 0 if ref == "SW-QH-OLD" else 1
        upd = created
        if ref == "SW-QH-OLD":
            upd = DT.combine(WAX_SWITCH, dt.time(9, 12))
        if ref == "XC-CX43":
            upd = DT.combine(XCEL_DAY, dt.time(8, 45))
        combos = []
        if combo:
            kind, vals = combo
            if kind == "size":
                combos = [[(1, v)] for v in vals]
            elif kind == "boot":
                combos = [[(2, v)] for v in ["38", "39", "40", "41", "42", "43", "44", "45", "46"]]
            elif kind == "len":
                combos = [[(3, v)] for v in vals]
            elif kind == "tee":
                combos = [[(1, s), (4, c)] for c in (["Preto", "Azul-marinho", "Areia"] if "TEE" in ref else ["Preto", "Areia"]) for s in ["S", "M", "L", "XL"]]
            elif kind == "gift":
                combos = [[(5, v)] for v in ["25 €", "50 €", "100 €"]]
        pas = []
        for j, cmb in enumerate(combos):
            pa_id += 1
            impact = 0.0
            if ref == "MV-GIFT":
                impact = float(cmb[0][1].split()[0])
            if ref in ("XC-CX43", "ON-HF43") and cmb[0][1] in ("MT", "LT", "XXL"):
                impact = r6(10.0 / 1.23)   # tall and XXL sizes cost EUR 10 more
            cref = ref + "-" + "-".join(slug(v).upper() for _, v in cmb)
            ins("ps_product_attribute", (pa_id, pid, cref, f"560{(pid * 1000 + j) % 10 ** 10:010d}", 0.0, impact, 0.0, 1 if j == 0 else None, 1, "0000-00-00"))
            for g, v in cmb:
                ins("ps_product_attribute_combination", (attr[(g, v)][0], pa_id))
            pas.append(dict(id=pa_id, vals=[(g, attr[(g, v)]) for g, v in cmb], ref=cref, impact=impact))
        ptype = "combinations" if pas else "standard"
        if ref == "MV-GIFT":
            ptype = "virtual"
        ins("ps_product", (pid, sup + 1, MANUFACTURERS.index(manu) + 1, cat, 1, tax, on_sale, f"560{pid:010d}", 0, 1, net, float(cost), ref, f"{SUPPLIERS[sup][:3].upper()}-{pid:04d}",
                           0.1 if cat in (19, 17) else (3.5 if cat in (10, 11, 12) else 1.2), active, 1, "new", 1, "both", pas[0]["id"] if pas else 0,
                           1 if ref == "MV-GIFT" else 0, ptype, f(created), f(upd)))
        for lid, nm in ((1, npt), (2, nen or npt)):
            ins("ps_product_lang", (pid, 1, lid, "", slug(nm), nm))
        parents = [cat]
        c = cat
        while True:
            par = next(x[1] for x in CATS if x[0] == c)
            if par in (0, 1):
                break
            parents.append(par)
            c = par
        if on_sale:
            parents.append(7)
        for cc in parents:
            cat_members.setdefault(cc, []).append(pid)
        products.append(dict(id=pid, ref=ref, name=(npt, nen or npt), cat=cat, net=net, price_pt=price_pt, cost=float(cost), w=w, pas=pas, tax=tax,
                             added=added or D(2017, 1, 1), on_sale=on_sale, used=False, sold=False))
    # used boards: one-off products
    for k, (nm, price) in enumerate(USED):
        pid = len(products) + 1
        created = DT(2023, 9, 1, 10, 0) + TD(days=31 * k, hours=k % 5)
        if created.date() > D(2025, 11, 20):
            created = DT(2025, 11, 20, 11, 0) - TD(days=k)
        ref = f"USADA-{101 + k}"
        net = r6(price / 1.23)
        ins("ps_product", (pid, 7, 0, 13, 1, 1, 0, "", 0, 1, net, round(price * 0.55, 2), ref, "", 3.5, 1, 1, "used", 1, "both", 0, 0, "standard", f(created), f(created)))
        for lid, pre in ((1, "Prancha usada - "), (2, "Used board - ")):
            ins("ps_product_lang", (pid, 1, lid, "", slug(pre + nm), pre + nm))
        for cc in (13, 3):
            cat_members.setdefault(cc, []).append(pid)
        products.append(dict(id=pid, ref=ref, name=("Prancha usada - " + nm, "Used board - " + nm), cat=13, net=net, price_pt=float(price), cost=round(price * 0.55, 2),
                             w=0, pas=[], tax=1, added=created.date(), on_sale=0, used=True, sold=False))
    for cc, pids in sorted(cat_members.items()):
        for pos, pid in enumerate(pids):
            ins("ps_category_product", (cc, pid, pos))
    for row in CARRIERS:
        ins("ps_carrier", (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], 0.0 if row[0] != 3 else 20.0, 0))
    for pid_, pt, en in PROFILES:
        ins("ps_profile", (pid_,))
        ins("ps_profile_lang", (1, pid_, pt))
        ins("ps_profile_lang", (2, pid_, en))
    for e in EMPLOYEES:
        ins("ps_employee", (e[0], e[1], 1, e[3], e[2], e[4], f(DT.combine(e[7] or D(2025, 12, 30), dt.time(18, 2))), e[5]))
    for s in STATES:
        sid, pt, en, logable, paid, shipped, delivery, inv, module, color = s
        ins("ps_order_state", (sid, inv, 1, module, color, 1, 0, logable, delivery, shipped, paid, inv, 1 if shipped else 0, 0))
        ins("ps_order_state_lang", (sid, 1, pt, ""))
        ins("ps_order_state_lang", (sid, 2, en, ""))
    for cr in CART_RULES:
        cid_, code, npt, nen, d0, d1, pct, amt, mini = cr
        ins("ps_cart_rule", (cid_, 0, f(DT.combine(d0, dt.time(0, 0))), f(DT.combine(d1, dt.time(23, 59, 59))), "", 9999, 1 if code == "BEMVINDO5" else 99, 1, 0, code, mini, 0, pct, amt, 1,
                             1 if d1 >= END else 0, f(DT.combine(min(d0, D(2024, 1, 1)) - TD(days=10), dt.time(11, 0))), f(DT.combine(min(d0, D(2024, 1, 1)) - TD(days=10), dt.time(11, 0)))))
        ins("ps_cart_rule_lang", (cid_, 1, npt))
        ins("ps_cart_rule_lang", (cid_, 2, nen))

    # ------------------------------------------------------------------ customers and addresses
    customers = {}   # id -> dict
    addr_seq = [0]

    def add_address(c, alias, when, company="", city_override=None):
        addr_seq[0] += 1
        a = addr_seq[0]
        country, state, city, pc = c["country"], c["state"], c["city"], c["postcode"]
        if city_override:
            city = city_override
        phone = None if R.random() < 0.35 else ("+351 " if country == 15 else "+") + f"{R.randint(910000000, 969999999)}"
        mob = None if R.random() < 0.3 else f"9{R.randint(10000000, 69999999)}"
        ins("ps_address", (a, country, state_id.get((country, state), 0), c["id"], 0, 0, 0, alias, company, c["last_addr"], c["first_addr"], "", f"Rua {R.choice(PT_LAST)} {R.randint(1, 240)}",
                           "", pc, city, "", phone, mob, "", 0, f(when), f(when)))
        c["addresses"].append(a)
        return a

    def city_variant(city):
        u = R.random()
        if city == "Lisboa":
            return "Lisboa" if u < 0.80 else "Lisbon" if u < 0.88 else "LISBOA" if u < 0.94 else "lisboa" if u < 0.97 else "Lisboa "
        if city == "Ericeira":
            return "Ericeira" if u < 0.85 else "ERICEIRA" if u < 0.93 else "Ericeira, Mafra"
        if city == "Porto":
            return "Porto" if u < 0.85 else "Oporto" if u < 0.93 else "PORTO"
        if city == "Peniche":
            return "Peniche" if u < 0.93 else "PENICHE"
        if city == "Donostia-San Sebastián":
            return "Donostia-San Sebastián" if u < 0.5 else "San Sebastián" if u < 0.8 else "Donostia"
        return city.upper() if u < 0.02 else city

    def place(country):
        if country == 15:
            dist = R.choices(list(PT_DISTRICT_W), list(PT_DISTRICT_W.values()))[0]
            city, pre, _ = R.choices(PT_CITIES[dist], [x[2] for x in PT_CITIES[dist]])[0]
            if pre == "11":
                pc = f"1{R.randint(0, 9)}{R.randint(0, 9)}0-{R.randint(1, 999):03d}"
            else:
                pc = f"{pre}-{R.randint(1, 999):03d}"
            return dist, city, pc
        if country == 6:
            st = R.choices(list(ES_CITIES), [6, 5, 4, 3, 3, 2, 3, 2, 2, 1, 1, 1])[0]
            city, pc = R.choice(ES_CITIES[st])
            return st, city, pc
        city, pc = R.choice(FOREIGN_CITIES[country])
        return None, city, pc

    def person(country):
        pools = {15: (PT_FIRST, PT_LAST), 6: (ES_FIRST, ES_LAST), 8: (FR_FIRST, FR_LAST), 1: (DE_FIRST, DE_LAST), 17: (GB_FIRST, GB_LAST), 26: (GB_FIRST, GB_LAST),
                 13: (NL_FIRST, NL_LAST), 10: (IT_FIRST, IT_LAST), 3: (NL_FIRST + FR_FIRST, NL_LAST + FR_LAST)}
        fl, ll = pools[country]
        first = R.choice(fl)
        last = R.choice(ll) + ((" " + R.choice(ll)) if country == 15 and R.random() < 0.45 else "")
        return first, last

    emails_used = set()

    def email_for(first, last, n):
        base = ascii_fold(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        dom = R.choice(["gmail.com", "gmail.com", "hotmail.com", "sapo.pt", "outlook.pt", "icloud.com", "yahoo.com", "live.com.pt"])
        e = f"{base}{'' if R.random() < 0.6 else R.randint(1, 99)}@{dom}"
        while e in emails_used:
            e = f"{base}{R.randint(100, 999)}@{dom}"
        emails_used.add(e)
        return e

    cust_seq = [0]

    def new_customer(when, country=None, guest=False, group=3, first=None, last=None, email=None, company="", lang=None, state=None, city=None, pc=None, note=""):
        cust_seq[0] += 1
        cid = cust_seq[0]
        if country is None:
            country = R.choices([c for c, _ in COUNTRY_W], [w for _, w in COUNTRY_W])[0]
        if first is None:
            first, last = person(country)
        if state is None and city is None:
            state, city, pc = place(country)
        # how people typed their name
        u = R.random()
        sf, sl = first, last
        if u < 0.025:
            sf, sl = first.upper(), last.upper()
        elif u < 0.04:
            sf, sl = first.lower(), last.lower()
        elif u < 0.065:
            sl = last + " "
        elif u < 0.09 and country == 15:
            sf, sl = ascii_fold(first), ascii_fold(last)
        if email is None:
            email = email_for(first, last, cid)
        if lang is None:
            lang = 1 if country == 15 and R.random() < 0.93 else 2
        bday = None
        v = R.random()
        if v < 0.45:
            bday = f"{R.randint(1962, 2008)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
        elif v < 0.52:
            bday = "0000-00-00"
        news = 1 if R.random() < 0.4 and not guest else 0
        c = dict(id=cid, first=first, last=last, email=email, country=country, state=state, city=city_variant(city), postcode=pc, group=group, guest=guest,
                 lang=lang, created=when, addresses=[], first_addr=sf, last_addr=sl.strip() if R.random() < 0.5 else sl, orders=0, w=min(R.paretovariate(2.3), 6.0),
                 deleted=0, active=1)
        ins("ps_customer", (cid, 1, 2 if guest else group, lang, company, "", sf, sl, email, bday, news, f(when) if news else None, news, note,
                            1, 1 if guest else 0, 0, f(when), f(when)))
        if guest:
            ins("ps_customer_group", (cid, 2))
        else:
            ins("ps_customer_group", (cid, 3))
            if group in (4, 5):
                ins("ps_customer_group", (cid, group))
            if group == 5:
                ins("ps_customer_group", (cid, 1))
        customers[cid] = c
        add_address(c, "Morada" if lang == 1 else "My address", when, company=company)
        return c

    # the PrestaShop demo customer, never removed
    demo = new_customer(DT(2017, 5, 2, 10, 14, 3), country=8, first="John", last="DOE", email="pub@prestashop.com", lang=2, state=None, city="Paris", pc="75002")
    registered = []
    # staff with customer accounts (they use the team voucher)
    staff_cust = []
    for fn, ln, em in (("Ana Rita", "Vasconcelos", "anarita.vasconcelos@gmail.com"), ("Tiago", "Correia", "tiago.correia.surf@gmail.com"), ("Inês", "Carvalho", "ines.c@sapo.pt")):
        c = new_customer(DT(2018, 3, 4, 12, 0) + TD(days=len(staff_cust) * 40), country=15, first=fn, last=ln, email=em, lang=1, state="Lisboa", city="Ericeira", pc="2655-319")
        staff_cust.append(c)
    base_start = DT(2017, 6, 1)
    for n in range(2350):
        span = (DT(2025, 12, 20) - base_start).days
        # more accounts created recently
        x = R.random() ** 0.7
        when = base_start + TD(days=int(span * x), minutes=R.randint(420, 1430))
        grp = 4 if R.random() < 0.22 else 3
        c = new_customer(when, group=grp)
        if R.random() < 0.18:
            add_address(c, "Trabalho" if c["lang"] == 1 else "Work", when + TD(days=R.randint(5, 300)))
        registered.append(c)
    schools = []
    for k, (nm, city, pre) in enumerate(SCHOOLS):
        when = DT(2018, 9, 10, 11, 0) + TD(days=97 * k)
        fn, ln = person(15)
        c = new_customer(when, country=15, group=5, first=fn, last=ln, email=ascii_fold(nm).lower().replace(" ", "").replace("'", "")[:18] + "@gmail.com", company=nm, lang=1,
                         state=SCHOOL_DISTRICT[city], city=city, pc=f"{pre}-{R.randint(1, 999):03d}", note="Conta escola - transferência a 30 dias")
        schools.append(c)
    # deleted / deactivated accounts (GDPR requests, spam)
    for c in R.sample(registered, 24):
        c["deleted"] = 1
        con.execute("UPDATE ps_customer SET deleted = 1, active = 0, date_upd = ? WHERE id_customer = ?", (f(max(c["created"], DT(2024, 1, 1)) + TD(days=R.randint(30, 600))), c["id"]))
    for c in R.sample([c for c in registered if not c["deleted"]], 11):
        c["active"] = 0
        con.execute("UPDATE ps_customer SET active = 0 WHERE id_customer = ?", (c["id"],))

    # ------------------------------------------------------------------ orders
    orders = []
    prod_by_cat = {}
    for p in products:
        if not p["used"]:
            prod_by_cat.setdefault(p["cat"], []).append(p)

    def month_factor(d):
        return [0.75, 0.6, 0.8, 0.9, 1.0, 1.2, 1.5, 1.6, 1.1, 1.0, 1.1, 1.45][d.month - 1]

    def cat_weights(d):
        m = d.month
        w = {10: 1.0, 11: 0.9, 12: 1.2, 14: 2.2, 15: 1.3, 16: 0.9, 17: 1.4, 18: 2.0, 19: 4.0, 20: 0.9, 21: 0.8, 5: 0.9, 22: 1.5, 23: 0.9, 6: 0.5, 24: 0.8, 8: 0.4}
        if m in (6, 7, 8):
            w[10] *= 1.7; w[11] *= 1.6; w[12] *= 2.2; w[22] *= 1.6; w[16] *= 0.3; w[14] *= 0.7
        if m in (10, 11, 12, 1, 2):
            w[14] *= 1.5; w[16] *= 2.0; w[24] *= 2.0; w[23] *= 1.6
        if m == 12:
            w[8] *= 6; w[22] *= 1.5; w[23] *= 1.8; w[24] *= 1.5
        return w

    def price_of(p, pa, d):
        base = p["net"]
        if p["ref"] == "XC-CX43" and d < XCEL_DAY:
            base = r6(379.90 / 1.23)
        return r6(base + (pa["impact"] if pa else 0.0))

    def sale_pct(p, d):
        if not p["on_sale"]:
            return 0.0
        if (d.month == 1 and d.day >= 7) or d.month == 2 or (d.month == 7 and d.day >= 15) or d.month == 8:
            return 30.0 if p["cat"] in (14, 15) else 20.0
        return 0.0

    def pick_pa(p):
        if not p["pas"]:
            return None
        if p["ref"] == "MV-GIFT":
            return R.choices(p["pas"], [4, 5, 2])[0]
        ws = []
        for pa in p["pas"]:
            v = pa["vals"][0][1][1]
            ws.append({"XS": 1, "S": 3, "M": 6, "MT": 2, "L": 5, "LT": 2, "XL": 2.5, "XXL": 1, "38": 1, "39": 2, "40": 3, "41": 4, "42": 5, "43": 4, "44": 3, "45": 2, "46": 1,
                       "6'": 5, "7'": 3, "8'": 2, "9'": 2}.get(v, 1))
        return R.choices(p["pas"], ws)[0]

    def choose_lines(d, country, state, school=False):
        lines = []
        boards_ok = country in (15, 6, 8) and state not in ("Madeira", "Açores", "Las Palmas")
        if school:
            spec = [(12, R.randint(3, 10)), (18, R.randint(5, 12)), (19, R.randint(20, 60)), (14, R.randint(4, 12))]
            for cat, qty in spec:
                if R.random() < 0.3 and cat != 19:
                    continue
                cands = [p for p in prod_by_cat[cat] if p["added"] <= d and p["ref"] not in ("SW-QH-OLD",)]
                if cat == 12:
                    cands = [p for p in cands if p["ref"] in ("MV-SOFT-800", "SFT-RL-700")]
                if cat == 19:
                    cands = [p for p in cands if (p["ref"] != "SW-QH" or d >= WAX_SWITCH)]
                p = R.choice(cands)
                if cat == 14:
                    for _ in range(R.randint(2, 4)):
                        lines.append((p, pick_pa(p), max(1, qty // 3)))
                else:
                    lines.append((p, pick_pa(p), qty))
            return lines
        w = cat_weights(d)
        if not boards_ok:
            for c in (10, 11, 12):
                w[c] = 0
        n = R.choices([1, 2, 3, 4], [52, 30, 13, 5])[0]
        # used boards: one-off items
        if boards_ok and R.random() < 0.004:
            avail = [p for p in products if p["used"] and not p["sold"] and p["added"] <= d and p["ref"] not in NEVER_SOLD]
            if avail:
                p = R.choice(avail)
                p["sold"] = True
                lines.append((p, None, 1))
        for _ in range(n):
            cat = R.choices(list(w), list(w.values()))[0]
            cands = [p for p in prod_by_cat.get(cat, []) if p["added"] <= d]
            cands = [p for p in cands if not (p["ref"] == "SW-QH-OLD" and d >= WAX_SWITCH) and not (p["ref"] == "SW-QH" and d < WAX_SWITCH)]
            if not cands:
                continue
            ws = [p["w"] if p["ref"] != "SW-QH-OLD" and p["ref"] != "SW-QH" else 3.5 for p in cands]
            p = R.choices(cands, ws)[0]
            pa = pick_pa(p)
            if any(l[0] is p and l[1] is pa for l in lines):
                continue
            qty = 1
            if cat == 19:
                qty = R.choices([1, 2, 3, 4, 6], [30, 30, 15, 10, 5])[0]
            elif cat in (22, 18) and R.random() < 0.2:
                qty = 2
            lines.append((p, pa, qty))
        return lines

    def is_board(p):
        return p["cat"] in (10, 11, 12, 13)

    def dest_rate(c, p):
        if p["tax"] == 3:
            return 0.0
        if c["state"] in STATE_RATE and c["country"] in (15, 6):
            return STATE_RATE[c["state"]]
        return CRATE[c["country"]]

    def ship_rate(c):
        if c["state"] in STATE_RATE and c["country"] in (15, 6):
            return STATE_RATE[c["state"]]
        return CRATE[c["country"]]

    ref_used = set()

    def new_ref():
        while True:
            s = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(9))
            if s not in ref_used:
                ref_used.add(s)
                return s

    def pick_carrier(c, d, has_board, only_board):
        country, state, city = c["country"], c["state"], c["city"].strip().lower()
        pick = None
        if country == 15 and state in ("Lisboa", "Leiria"):
            near_e = state == "Lisboa" and any(x in city for x in ("ericeira", "mafra", "sintra", "torres", "lisb"))
            near_p = state == "Leiria"
            if near_p and d >= PENICHE_OPEN and R.random() < 0.4:
                pick = 7
            elif (near_e and R.random() < 0.3) or (state == "Leiria" and d < PENICHE_OPEN and R.random() < 0.12) or (has_board and R.random() < 0.3):
                pick = 1
        if pick:
            return pick
        if has_board and only_board:
            return 3
        if country == 15:
            return 2 if d < CTT_CHANGE else 6
        if country == 6:
            return 5
        return 4

    def shipping_incl(carrier, c, products_wt):
        if carrier in (1, 7):
            return 0.0
        if carrier == 3:
            return 29.90 if c["country"] == 15 else 59.90
        if carrier in (2, 6):
            if c["state"] in ("Madeira", "Açores"):
                return 7.95
            if products_wt >= 60:
                return 0.0
            return 3.95 if carrier == 2 else 4.95
        if carrier == 5:
            return 0.0 if products_wt >= 100 else 6.95
        return 0.0 if products_wt >= 150 else 14.95

    def build_order(c, when, lines, carrier, module, ref, voucher, addr):
        d = when.date()
        det = []
        for p, pa, qty in lines:
            rate = dest_rate(c, p)
            base = price_of(p, pa, d)
            sale = sale_pct(p, d)
            grp = 0.0
            if c["group"] in (4, 5) and not c["guest"] and p["tax"] != 3 and not p["used"]:
                grp = 5.0 if c["group"] == 4 else 15.0
            ue = r6(base * (1 - sale / 100) * (1 - grp / 100))
            ui = r2(ue * (1 + rate))
            lang = c["lang"]
            nm = p["name"][0 if lang == 1 else 1]
            if pa:
                parts = []
                for g, (aid_, vpt, ven) in pa["vals"]:
                    pub = gpub[g][0 if lang == 1 else 1]
                    parts.append(f"{pub} : {vpt if lang == 1 else ven}")
                nm = nm + " - " + ", ".join(parts)
            det.append(dict(p=p, pa=pa, qty=qty, name=nm, base=base, sale=sale, grp=grp, ue=ue, ui=ui, te=r6(ue * qty), ti=r2(ui * qty), rate=rate, refunded=0))
        products_excl = r6(sum(x["te"] for x in det))
        products_wt = r2(sum(x["ti"] for x in det))
        srate = ship_rate(c)
        s_incl = shipping_incl(carrier, c, products_wt)
        s_excl = r6(s_incl / (1 + srate))
        disc_i = disc_e = 0.0
        if voucher:
            cr = next(x for x in CART_RULES if x[0] == voucher)
            if cr[6]:
                disc_i = r2(products_wt * cr[6] / 100)
                disc_e = r6(products_excl * cr[6] / 100)
            else:
                disc_i = cr[7]
                disc_e = r6(cr[7] / (1 + srate))
        o = dict(c=c, when=when, det=det, carrier=carrier, module=module, ref=ref, voucher=voucher, addr=addr,
                 products=products_excl, products_wt=products_wt, s_incl=s_incl, s_excl=s_excl, srate=srate, disc_i=disc_i, disc_e=disc_e,
                 paid_incl=r2(products_wt + s_incl - disc_i), paid_excl=r6(products_excl + s_excl - disc_e), hist=[], slips=[])
        orders.append(o)
        return o

    def pick_module(c, d, school=False):
        if school:
            return "ps_wirepayment"
        if c["country"] != 15:
            return R.choices(["stripe_official", "paypal", "ps_wirepayment"], [60, 36, 4])[0]
        return R.choices(["stripe_official", "paypal", "mbway", "multibanco", "ps_wirepayment"], [38, 14, 28 if d.year == 2025 else 22, 14, 3])[0]

    def place_order(c, when, school=False):
        d = when.date()
        lines = choose_lines(d, c["country"], c["state"], school)
        if not lines:
            return
        has_board = any(is_board(l[0]) for l in lines)
        carrier = pick_carrier(c, d, has_board, all(is_board(l[0]) for l in lines))
        if school:
            carrier = 1 if c["city"].strip().lower().startswith("ericeira") else (7 if c["city"].strip().lower().startswith("peniche") and d >= PENICHE_OPEN else 3)
        module = pick_module(c, d, school) if c is not demo else "ps_wirepayment"
        voucher = None
        if c is not demo:
            u = R.random()
            if c in staff_cust:
                voucher = 6 if u < 0.8 else None
            elif d in BLACK_FRIDAY and u < 0.55:
                voucher = 3 if d.year == 2024 else 5
            elif D(d.year, 6, 15) <= d <= D(d.year, 9, 15) and u < 0.16:
                voucher = 2 if d.year == 2024 else 4
            elif not c["guest"] and c["orders"] == 0 and u < 0.3:
                voucher = 1
        addr = c["addresses"][0] if len(c["addresses"]) == 1 or R.random() < 0.8 else c["addresses"][1]
        ref = new_ref()
        board_lines = [l for l in lines if is_board(l[0])]
        other = [l for l in lines if not is_board(l[0])]
        out = []
        if carrier == 3 and other and board_lines:
            # a split cart: PrestaShop makes two orders with one reference and one payment
            o1 = build_order(c, when, board_lines, 3, module, ref, None, addr)
            o2 = build_order(c, when, other, pick_carrier(c, d, False, False) if c["country"] in (15, 6, 8) else 4, module, ref, None, addr)
            if o2["carrier"] in (1, 7, 3):
                o2["carrier"] = 2 if d < CTT_CHANGE else 6 if c["country"] == 15 else 5 if c["country"] == 6 else 4
                o2["s_incl"] = shipping_incl(o2["carrier"], c, o2["products_wt"])
                o2["s_excl"] = r6(o2["s_incl"] / (1 + o2["srate"]))
                o2["paid_incl"] = r2(o2["products_wt"] + o2["s_incl"])
                o2["paid_excl"] = r6(o2["products"] + o2["s_excl"])
            out = [o1, o2]
        else:
            if voucher == 1 and sum(r2(price_of(p, pa, d) * (1 + dest_rate(c, p))) * q for p, pa, q in lines) < 40:
                voucher = None
            out = [build_order(c, when, lines, carrier, module, ref, voucher, addr)]
        c["orders"] += 1
        for o in out:
            o["school"] = school
        return out

    # demo test orders, January 2024
    for k in range(3):
        o = place_order(demo, DT(2024, 1, 3, 15, 2 + 7 * k, 11))
        for x in o:
            x["force"] = "test"
    day = START
    guest_pool = []
    while day <= END:
        mean = (6.0 if day.year == 2024 else 6.9) * month_factor(day) * (2.6 if day in BLACK_FRIDAY else 1.0) * (1.25 if day.weekday() == 6 else 1.0)
        if day.month == 12 and day.day > 20:
            mean *= 0.5
        n = max(0, int(R.gauss(mean, mean ** 0.5) + 0.5))
        eligible = None
        for minute in sorted(R.sample(range(0, 24 * 60), n)):
            if minute < 7 * 60 and R.random() < 0.7:
                minute += 8 * 60
            when = at(day, minute, R.randint(0, 59))
            u = R.random()
            if u < 0.19:
                # guest checkout: a fresh customer row; some guests come back with the same e-mail
                if guest_pool and R.random() < 0.3:
                    g = R.choice(guest_pool)
                    c = new_customer(when, country=g["country"], guest=True, first=g["first"], last=g["last"], email=g["email"], lang=g["lang"], state=g["state"],
                                     city=g["city"].strip(), pc=g["postcode"])
                else:
                    c = new_customer(when, guest=True)
                    guest_pool.append(c)
            else:
                if eligible is None:
                    eligible = [c for c in registered if c["created"] <= at(day, 0) and not c["deleted"] and c["active"]]
                    ew = [c["w"] for c in eligible]
                c = R.choices(eligible, ew)[0] if R.random() > 0.004 else R.choice(staff_cust)
            place_order(c, when)
        # surf schools order for the season (March-June) and top up in September
        if day.weekday() < 5:
            for c in schools:
                p_ = 0.035 if day.month in (3, 4, 5, 6) else 0.012 if day.month in (7, 8, 9) else 0.002
                if R.random() < p_:
                    place_order(c, at(day, R.randint(9 * 60, 18 * 60), R.randint(0, 59)), school=True)
        day += TD(days=1)
    # a guest who later registered with the same e-mail
    g = guest_pool[5]
    reg = new_customer(at(D(2025, 6, 3), 21 * 60 + 14), country=g["country"], first=g["first"], last=g["last"], email=g["email"], lang=g["lang"], state=g["state"], city=g["city"].strip(), pc=g["postcode"])
    place_order(reg, at(D(2025, 6, 3), 21 * 60 + 20))

    # ------------------------------------------------------------------ statuses
    orders.sort(key=lambda o: (o["when"], o["ref"], 0 if o["carrier"] == 3 else 1))
    by_ref = {}
    for o in orders:
        by_ref.setdefault(o["ref"], []).append(o)

    def staff(role, d):
        if role == "ship":
            if d < D(2025, 3, 1):
                return R.choices([2, 4], [80, 20])[0]
            return R.choices([2, 5], [75, 25])[0]
        if role == "pickup1":
            return 4 if d <= D(2025, 2, 28) else 5
        if role == "pickup7":
            return 6
        if role == "office":
            return R.choices([3, 1], [80, 20])[0]
        return 2

    def next_working(t, hours_min, hours_max):
        t2 = t + TD(minutes=R.randint(int(hours_min * 60), int(hours_max * 60)))
        while t2.weekday() == 6 or not 9 <= t2.hour < 19:
            if t2.hour < 9:
                t2 = DT(t2.year, t2.month, t2.day, 9, R.randint(0, 50), R.randint(0, 59))
            else:
                t2 = DT(t2.year, t2.month, t2.day, 9, R.randint(0, 50), R.randint(0, 59)) + TD(days=1)
        return t2

    endt = DT(2025, 12, 31, 23, 59, 59)
    stuck_processing = 0
    stuck_wire = 0
    for ref, group in by_ref.items():
        first = group[0]
        t0 = first["when"]
        module = first["module"]
        wait = PAY[module][2]
        u = R.random()
        # payment
        paid_at = None
        outcome = None
        hist0 = []
        if first.get("force") == "test":
            hist0 = [(0, 10, t0), (1, 6, t0 + TD(minutes=40))]
            outcome = "cancel"
        elif module in ("stripe_official", "paypal"):
            if u < 0.015:
                hist0 = [(0, 8, t0)]
                outcome = "error"
            else:
                paid_at = t0
                hist0 = [(0, 2, t0)]
        elif module == "mbway":
            if u < 0.07:
                hist0 = [(0, 15, t0), (0, 6, t0 + TD(minutes=5))]
                outcome = "cancel"
            else:
                paid_at = t0 + TD(seconds=R.randint(40, 240))
                hist0 = [(0, 15, t0), (0, 2, paid_at)]
        elif module == "multibanco":
            if u < 0.14:
                hist0 = [(0, 14, t0), (0, 6, t0 + TD(days=3, minutes=5))]
                outcome = "cancel"
            else:
                paid_at = t0 + TD(minutes=R.randint(20, 3 * 24 * 60))
                hist0 = [(0, 14, t0), (0, 2, paid_at)]
        else:  # bank wire: confirmed by hand in the office
            if u < 0.06 and not first["school"]:
                hist0 = [(0, 10, t0), (staff("office", t0.date()), 6, next_working(t0, 24 * 6, 24 * 9))]
                outcome = "cancel"
            elif t0.year == 2024 and stuck_wire < 3 and not first["school"] and t0.month in (2, 5, 9):
                hist0 = [(0, 10, t0)]
                outcome = "stuck"
                stuck_wire += 1
            else:
                paid_at = next_working(t0, 4 if not first["school"] else 24 * 7, 24 * 4 if not first["school"] else 24 * 25)
                hist0 = [(0, 10, t0), (staff("office", paid_at.date()), 2, paid_at)]
        for o in group:
            o["hist"] = list(hist0)
            o["paid_at"] = paid_at
            if paid_at and paid_at > endt:
                o["hist"] = [x for x in hist0 if x[2] <= endt]
                o["paid_at"] = None
                paid_at = None
        if not paid_at:
            continue
        for o in group:
            t = paid_at
            d = t.date()
            h_ = o["hist"]
            board_custom = any(x["p"]["ref"].startswith("SEM-") for x in o["det"]) and R.random() < 0.25
            if o["carrier"] in (1, 7):
                role = "pickup1" if o["carrier"] == 1 else "pickup7"
                t1 = next_working(t, 1, 20)
                h_.append((staff(role, t1.date()), 3, t1))
                t2 = next_working(t1, 1, 30)
                h_.append((staff(role, t2.date()), 16, t2))
                t3 = next_working(t2, 2, 24 * 6)
                h_.append((staff(role, t3.date()), 17, t3))
                o["delivered_at"] = t3
            else:
                t1 = next_working(t, 1, 24)
                if board_custom:
                    h_.append((staff("office", t1.date()), 9, t1))
                    t1 = next_working(t1, 24 * 10, 24 * 30)
                h_.append((staff("ship", t1.date()), 3, t1))
                if t.year == 2024 and stuck_processing < 2 and t.month in (4, 10) and R.random() < 0.3:
                    stuck_processing += 1   # forgotten: never shipped
                    o["hist"] = [x for x in h_ if x[2] <= endt]
                    continue
                t2 = next_working(t1, 2, 30)
                h_.append((staff("ship", t2.date()), 4, t2))
                t3 = t2 + TD(days=R.randint(1, 3 if o["c"]["country"] == 15 else 6), hours=R.randint(0, 5))
                h_.append((0, 5, t3))
                o["delivered_at"] = t3
            o["hist"] = [x for x in h_ if x[2] <= endt]
            if o["hist"][-1][1] not in (5, 17):
                o["delivered_at"] = None

    # refunds: full (order moves to Refunded) or partial (a credit slip for one line)
    for o in orders:
        if not o.get("delivered_at") or o["school"] or o["c"] is demo:
            continue
        u = R.random()
        when = o["delivered_at"] + TD(days=R.randint(3, 20), hours=R.randint(1, 6))
        if when > endt or when.weekday() == 6:
            continue
        who = staff("office", when.date())
        if u < 0.018:
            o["hist"].append((who, 7, when))
            o["slips"].append(dict(when=when, lines=[(x, x["qty"]) for x in o["det"]], shipping=True))
        elif u < 0.058 and len(o["det"]) >= 1:
            x = R.choice(o["det"])
            if x["p"]["ref"] == "MV-GIFT":
                continue
            o["slips"].append(dict(when=when, lines=[(x, 1)], shipping=False))

    # ------------------------------------------------------------------ write orders
    inv_order = sorted([o for o in orders if o.get("paid_at")], key=lambda o: (o["paid_at"], o["ref"], o["carrier"] != 3))
    for n, o in enumerate(inv_order, 1):
        o["invoice_number"] = n
    shipped = sorted([o for o in orders if any(x[1] in (4, 16) for x in o["hist"])], key=lambda o: (next(x[2] for x in o["hist"] if x[1] in (4, 16)), o["ref"]))
    for n, o in enumerate(shipped, 1):
        o["delivery_number"] = n
        o["delivery_date"] = next(x[2] for x in o["hist"] if x[1] in (4, 16))
    oid = 0
    did = 0
    hid = 0
    slip_id = 0
    ocr = 0
    for o in orders:
        oid += 1
        o["id"] = oid
        c = o["c"]
        state = o["hist"][-1][1]
        valid = LOGABLE[state]
        paid = o.get("paid_at") is not None
        lab = PAY[o["module"]][0 if o["when"].year == 2024 else 1]
        carrier = o["carrier"]
        ins("ps_orders", (oid, o["ref"], 1, carrier, c["lang"], c["id"], 1, o["addr"], o["addr"], state, lab, o["module"], 1.0,
                          1 if R.random() < 0.03 else 0, "", o["disc_i"], o["disc_i"], o["disc_e"], o["paid_incl"], o["paid_incl"], o["paid_excl"],
                          o["paid_incl"] if paid else 0.0, o["products"], o["products_wt"], o["s_incl"], o["s_incl"], o["s_excl"], round(o["srate"] * 100, 3), 2, 2,
                          o.get("invoice_number", 0), o.get("delivery_number", 0), f(o["paid_at"]) if paid else ZERO, f(o["delivery_date"]) if o.get("delivery_date") else ZERO,
                          valid, "", f(o["when"]), f(o["hist"][-1][2])))
        for x in o["det"]:
            did += 1
            x["id"] = did
        for x in o["det"]:
            p, pa = x["p"], x["pa"]
            ins("ps_order_detail", (x["id"], oid, 0, 1, p["id"], pa["id"] if pa else 0, x["name"], x["qty"], 0, 0, x["base"], x["sale"], 0.0, x["grp"],
                                    "", pa["ref"] if pa else p["ref"], "", 0.0, p["tax"], x["ui"], x["ue"], x["ti"], x["te"], p["cost"], x["base"], p["cost"]))
        if o["voucher"]:
            ocr += 1
            cr = next(x for x in CART_RULES if x[0] == o["voucher"])
            ins("ps_order_cart_rule", (ocr, oid, cr[0], cr[2] if c["lang"] == 1 else cr[3], o["disc_i"], o["disc_e"], 0))
        for who, st, t in o["hist"]:
            hid += 1
            ins("ps_order_history", (hid, who, oid, st, f(t)))
        for s in o["slips"]:
            slip_id += 1
            te = r6(sum(x["ue"] * q for x, q in s["lines"]))
            ti = r2(sum(x["ui"] * q for x, q in s["lines"]))
            se = o["s_excl"] if s["shipping"] else 0.0
            si = o["s_incl"] if s["shipping"] else 0.0
            if s["shipping"] and o["disc_i"]:
                ti = r2(ti - o["disc_i"])
                te = r6(te - o["disc_e"])
            ins("ps_order_slip", (slip_id, 1.0, c["id"], oid, te, ti, se, si, 1 if s["shipping"] else 0, r2(ti + si), si, 0 if s["shipping"] else 1, 0, f(s["when"]), f(s["when"])))
            for x, q in s["lines"]:
                ins("ps_order_slip_detail", (slip_id, x["id"], q, x["ue"], x["ui"], r6(x["ue"] * q), r2(x["ui"] * q), r6(x["ue"] * q), r2(x["ui"] * q)))
                con.execute("UPDATE ps_order_detail SET product_quantity_refunded = product_quantity_refunded + ? WHERE id_order_detail = ?", (q, x["id"]))
    # payments: one per paid reference
    pay_id = 0
    for o in sorted([o for o in orders if o.get("paid_at")], key=lambda o: (o["paid_at"], o["id"])):
        grp = [x for x in by_ref[o["ref"]] if x.get("paid_at")]
        if grp[0] is not o:
            continue
        pay_id += 1
        amount = r2(sum(x["paid_incl"] for x in grp))
        m = o["module"]
        lab = PAY[m][0 if o["when"].year == 2024 else 1]
        brand = R.choice(["visa", "visa", "mastercard", "amex"]) if m == "stripe_official" else ""
        tid = {"stripe_official": "pi_" + h("pi", o["ref"])[:24], "paypal": h("pp", o["ref"])[:17].upper(), "mbway": "MBW" + h("mb", o["ref"])[:10].upper(),
               "multibanco": "MB" + str(int(h("mbr", o["ref"])[:8], 16) % 10 ** 9), "ps_wirepayment": ""}[m]
        ins("ps_order_payment", (pay_id, o["ref"], 1, amount, lab, 1.0, tid, ("**** **** **** " + str(int(h("c", o["ref"])[:6], 16) % 10000).zfill(4)) if brand else "",
                                 brand, (f"{R.randint(1, 12):02d}/{R.randint(26, 30)}") if brand else "", "", f(o["paid_at"])))
    # used boards: sold ones are switched off after the sale; one withdrawn unsold
    for p in products:
        if not p["used"]:
            continue
        sold = con.execute("SELECT MAX(o.date_upd) FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order WHERE d.product_id = ? AND o.valid = 1", (p["id"],)).fetchone()[0]
        if sold:
            con.execute("UPDATE ps_product SET active = 0, date_upd = ? WHERE id_product = ?", (sold, p["id"]))
    # one unsold used board withdrawn from sale (damaged in the shop)
    withdrawn = con.execute("SELECT MIN(p.id_product) FROM ps_product p WHERE p.condition = 'used' AND NOT EXISTS (SELECT 1 FROM ps_order_detail d WHERE d.product_id = p.id_product)").fetchone()[0]
    con.execute("UPDATE ps_product SET active = 0, date_upd = '2025-09-11 17:20:41' WHERE id_product = ?", (withdrawn,))
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
