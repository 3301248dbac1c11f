"""Levandulka s.r.o.: a (fictional) natural-cosmetics web shop in Brno, Czech Republic, on Magento 2.4 Open Source.

It sells its own soaps, creams, oils and shampoos (brand Levandulka) next to resold natural brands (Weleda, Dr. Hauschka,
Mádara, Ryor, Ziaja ...).  Two websites share one catalogue:
  * levandulka.cz  (website 1, store view 1 'cz', base currency CZK, VAT 21 %), shipping inside the Czech Republic, with
    collection in the Brno showroom (Údolní 12);
  * levandulka.sk  (website 2, store view 2 'sk', base currency EUR, opened Tuesday 2 April 2024), shipping inside
    Slovakia; Slovak VAT 20 %, 23 % from 1 January 2025 (the shop kept its EUR shelf prices).
The catalogue price scope is 'website': CZK prices sit at store 0, EUR prices at store 2.  Catalogue prices include VAT.
Beauty salons (customer group 'Kosmetické salony') get 15 % off, the VIP klub 10 % off (cart rules without a coupon),
and coupons (VITEJ10 / VITAJ10, LETO24 / LETO25, BLACKFRIDAY24 / BLACKFRIDAY25, KLARA15, DOPRAVA0) apply otherwise.

Schema style: a Magento 2 MySQL database copied table by table into SQLite:
  * Magento table names (store, store_website, customer_entity, customer_address_entity, catalog_product_entity,
    catalog_category_entity, sales_order, sales_order_item, sales_order_address, sales_order_payment,
    sales_order_status_history, sales_invoice, sales_shipment, sales_creditmemo, salesrule_coupon ...), entity_id keys,
    <entity>_id links, no declared foreign keys;
  * EAV: product and category attributes live in catalog_*_entity_varchar / _int / _decimal / _text rows keyed by
    (attribute_id, store_id, entity_id), described in eav_attribute; select values in eav_attribute_option_value;
    store_id 0 is the default (Czech) value and store_id 2 the Slovak override;
  * configurable products: sales_order_item holds a parent row (product_type 'configurable', the price) and a child row
    (parent_item_id set, price 0); catalog_product_super_link joins configurables to their simple children;
  * orders: state (new, pending_payment, processing, complete, closed, canceled, holded, payment_review) and status
    (incl. the custom 'ready_for_pickup' and 'nevyzvednuto'), labels in sales_order_status; money in base currency
    (base_*) and order currency; base_to_global_rate converts EUR orders to CZK;
  * created_at is UTC, as Magento stores it (no order is placed within two hours of midnight, so the UTC date is the
    shop's date); NULL where Magento leaves a column unset; a sales_order_grid copy of the orders;
  * dirty data: guest checkouts (customer_id NULL) with repeating e-mails, a guest who registered later, the same
    e-mail registered on both websites, test orders, names in capitals / lower case / without diacritics / with a
    trailing space, 'Praha' and 'Bratislava' typed several ways, coupon codes typed in lower case, a product keyed twice
    (the old 'Levandulové mýdlo 100g' disabled when the new packaging arrived), a product renamed (order lines keep the
    old name), the Zásilkovna carrier renamed Packeta in March 2025, free sample lines at price 0, orders stuck in
    'pending' / 'holded' / 'fraud'.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, hashlib, json, os, random, sqlite3, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import CZ_FIRST_F, CZ_FIRST_M, CZ_LAST_M, CZ_LAST_F, SK_FIRST_F, SK_LAST_F, MIX_FIRST_F, MIX_LAST_F

SEED = 7318842
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "levandulka.sqlite")
D, TD, DT = dt.date, dt.timedelta, dt.datetime
START, END = D(2024, 1, 1), D(2025, 12, 31)
SK_OPEN = D(2024, 4, 2)
SK_VAT_DAY = D(2025, 1, 1)
PACKETA_DAY = D(2025, 3, 1)
RENAME_DAY = D(2025, 3, 1)
SOAP_SWITCH = D(2024, 5, 1)
SAMPLE_DAY = D(2025, 2, 1)
BALIKOVNA_DAY = D(2024, 6, 1)
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE store_website (website_id INTEGER PRIMARY KEY, code TEXT, name TEXT, sort_order INTEGER, default_group_id INTEGER, is_default INTEGER);
CREATE TABLE store_group (group_id INTEGER PRIMARY KEY, website_id INTEGER, name TEXT, root_category_id INTEGER, default_store_id INTEGER, code TEXT);
CREATE TABLE store (store_id INTEGER PRIMARY KEY, code TEXT, website_id INTEGER, group_id INTEGER, name TEXT, sort_order INTEGER, is_active INTEGER);
CREATE TABLE directory_currency_rate (currency_from TEXT, currency_to TEXT, rate REAL, PRIMARY KEY (currency_from, currency_to));
CREATE TABLE directory_country_region (region_id INTEGER PRIMARY KEY, country_id TEXT, code TEXT, default_name TEXT);
CREATE TABLE customer_group (customer_group_id INTEGER PRIMARY KEY, customer_group_code TEXT, tax_class_id INTEGER);
CREATE TABLE customer_entity (entity_id INTEGER PRIMARY KEY, website_id INTEGER, email TEXT, group_id INTEGER, increment_id TEXT, store_id INTEGER, created_at TEXT, updated_at TEXT, is_active INTEGER, disable_auto_group_change INTEGER, created_in TEXT, prefix TEXT, firstname TEXT, middlename TEXT, lastname TEXT, suffix TEXT, dob TEXT, password_hash TEXT, rp_token TEXT, rp_token_created_at TEXT, default_billing INTEGER, default_shipping INTEGER, taxvat TEXT, confirmation TEXT, gender INTEGER, failures_num INTEGER, first_failure TEXT, lock_expires TEXT);
CREATE TABLE customer_address_entity (entity_id INTEGER PRIMARY KEY, increment_id TEXT, parent_id INTEGER, created_at TEXT, updated_at TEXT, is_active INTEGER, city TEXT, company TEXT, country_id TEXT, fax TEXT, firstname TEXT, lastname TEXT, middlename TEXT, postcode TEXT, prefix TEXT, region TEXT, region_id INTEGER, street TEXT, suffix TEXT, telephone TEXT, vat_id TEXT);
CREATE TABLE newsletter_subscriber (subscriber_id INTEGER PRIMARY KEY, store_id INTEGER, change_status_at TEXT, customer_id INTEGER, subscriber_email TEXT, subscriber_status INTEGER, subscriber_confirm_code TEXT);
CREATE TABLE eav_entity_type (entity_type_id INTEGER PRIMARY KEY, entity_type_code TEXT, entity_model TEXT, entity_table TEXT);
CREATE TABLE eav_attribute (attribute_id INTEGER PRIMARY KEY, entity_type_id INTEGER, attribute_code TEXT, backend_type TEXT, frontend_input TEXT, frontend_label TEXT, source_model TEXT, is_required INTEGER, is_user_defined INTEGER, default_value TEXT, is_unique INTEGER);
CREATE TABLE eav_attribute_set (attribute_set_id INTEGER PRIMARY KEY, entity_type_id INTEGER, attribute_set_name TEXT, sort_order INTEGER);
CREATE TABLE eav_attribute_option (option_id INTEGER PRIMARY KEY, attribute_id INTEGER, sort_order INTEGER);
CREATE TABLE eav_attribute_option_value (value_id INTEGER PRIMARY KEY, option_id INTEGER, store_id INTEGER, value TEXT);
CREATE TABLE catalog_category_entity (entity_id INTEGER PRIMARY KEY, attribute_set_id INTEGER, parent_id INTEGER, created_at TEXT, updated_at TEXT, path TEXT, position INTEGER, level INTEGER, children_count INTEGER);
CREATE TABLE catalog_category_entity_varchar (value_id INTEGER PRIMARY KEY, attribute_id INTEGER, store_id INTEGER, entity_id INTEGER, value TEXT);
CREATE TABLE catalog_category_entity_int (value_id INTEGER PRIMARY KEY, attribute_id INTEGER, store_id INTEGER, entity_id INTEGER, value INTEGER);
CREATE TABLE catalog_product_entity (entity_id INTEGER PRIMARY KEY, attribute_set_id INTEGER, type_id TEXT, sku TEXT, has_options INTEGER, required_options INTEGER, created_at TEXT, updated_at TEXT);
CREATE TABLE catalog_product_entity_varchar (value_id INTEGER PRIMARY KEY, attribute_id INTEGER, store_id INTEGER, entity_id INTEGER, value TEXT);
CREATE TABLE catalog_product_entity_int (value_id INTEGER PRIMARY KEY, attribute_id INTEGER, store_id INTEGER, entity_id INTEGER, value INTEGER);
CREATE TABLE catalog_product_entity_decimal (value_id INTEGER PRIMARY KEY, attribute_id INTEGER, store_id INTEGER, entity_id INTEGER, value REAL);
CREATE TABLE catalog_product_entity_text (value_id INTEGER PRIMARY KEY, attribute_id INTEGER, store_id INTEGER, entity_id INTEGER, value TEXT);
CREATE TABLE catalog_product_super_link (link_id INTEGER PRIMARY KEY, product_id INTEGER, parent_id INTEGER);
CREATE TABLE catalog_category_product (entity_id INTEGER PRIMARY KEY, category_id INTEGER, product_id INTEGER, position INTEGER);
CREATE TABLE catalog_product_website (product_id INTEGER, website_id INTEGER, PRIMARY KEY (product_id, website_id));
CREATE TABLE cataloginventory_stock_item (item_id INTEGER PRIMARY KEY, product_id INTEGER, stock_id INTEGER, qty REAL, is_in_stock INTEGER, low_stock_date TEXT, manage_stock INTEGER, min_sale_qty REAL);
CREATE TABLE salesrule (rule_id INTEGER PRIMARY KEY, name TEXT, description TEXT, from_date TEXT, to_date TEXT, uses_per_customer INTEGER, is_active INTEGER, stop_rules_processing INTEGER, simple_action TEXT, discount_amount REAL, apply_to_shipping INTEGER, simple_free_shipping INTEGER, times_used INTEGER, coupon_type INTEGER, use_auto_generation INTEGER);
CREATE TABLE salesrule_coupon (coupon_id INTEGER PRIMARY KEY, rule_id INTEGER, code TEXT, usage_limit INTEGER, usage_per_customer INTEGER, times_used INTEGER, expiration_date TEXT, is_primary INTEGER, created_at TEXT, type INTEGER);
CREATE TABLE sales_order_status (status TEXT PRIMARY KEY, label TEXT);
CREATE TABLE sales_order_status_state (status TEXT, state TEXT, is_default INTEGER, visible_on_front INTEGER, PRIMARY KEY (status, state));
CREATE TABLE sales_order (entity_id INTEGER PRIMARY KEY, state TEXT, status TEXT, coupon_code TEXT, protect_code TEXT, shipping_description TEXT, is_virtual INTEGER, store_id INTEGER, customer_id INTEGER, base_discount_amount REAL, base_grand_total REAL, base_shipping_amount REAL, base_shipping_tax_amount REAL, base_subtotal REAL, base_tax_amount REAL, base_total_paid REAL, base_total_refunded REAL, base_total_invoiced REAL, base_total_canceled REAL, base_to_global_rate REAL, base_to_order_rate REAL, discount_amount REAL, grand_total REAL, shipping_amount REAL, shipping_tax_amount REAL, subtotal REAL, tax_amount REAL, total_paid REAL, total_refunded REAL, total_qty_ordered REAL, customer_is_guest INTEGER, customer_note_notify INTEGER, billing_address_id INTEGER, customer_group_id INTEGER, quote_id INTEGER, shipping_address_id INTEGER, base_subtotal_incl_tax REAL, subtotal_incl_tax REAL, base_shipping_incl_tax REAL, shipping_incl_tax REAL, weight REAL, increment_id TEXT, base_currency_code TEXT, customer_email TEXT, customer_firstname TEXT, customer_lastname TEXT, discount_description TEXT, global_currency_code TEXT, order_currency_code TEXT, store_currency_code TEXT, store_name TEXT, remote_ip TEXT, customer_note TEXT, created_at TEXT, updated_at TEXT, total_item_count INTEGER, shipping_method TEXT);
CREATE TABLE sales_order_item (item_id INTEGER PRIMARY KEY, order_id INTEGER, parent_item_id INTEGER, quote_item_id INTEGER, store_id INTEGER, created_at TEXT, updated_at TEXT, product_id INTEGER, product_type TEXT, product_options TEXT, weight REAL, is_virtual INTEGER, sku TEXT, name TEXT, qty_canceled REAL, qty_invoiced REAL, qty_ordered REAL, qty_refunded REAL, qty_shipped REAL, price REAL, base_price REAL, original_price REAL, base_original_price REAL, tax_percent REAL, tax_amount REAL, base_tax_amount REAL, discount_percent REAL, discount_amount REAL, base_discount_amount REAL, amount_refunded REAL, base_amount_refunded REAL, row_total REAL, base_row_total REAL, price_incl_tax REAL, base_price_incl_tax REAL, row_total_incl_tax REAL, base_row_total_incl_tax REAL, applied_rule_ids TEXT);
CREATE TABLE sales_order_address (entity_id INTEGER PRIMARY KEY, parent_id INTEGER, customer_address_id INTEGER, region_id INTEGER, customer_id INTEGER, region TEXT, postcode TEXT, lastname TEXT, street TEXT, city TEXT, email TEXT, telephone TEXT, country_id TEXT, firstname TEXT, address_type TEXT, company TEXT, vat_id TEXT);
CREATE TABLE sales_order_payment (entity_id INTEGER PRIMARY KEY, parent_id INTEGER, base_amount_paid REAL, amount_paid REAL, base_amount_ordered REAL, amount_ordered REAL, base_amount_refunded REAL, amount_refunded REAL, method TEXT, last_trans_id TEXT, additional_information TEXT);
CREATE TABLE sales_order_status_history (entity_id INTEGER PRIMARY KEY, parent_id INTEGER, is_customer_notified INTEGER, is_visible_on_front INTEGER, comment TEXT, status TEXT, created_at TEXT, entity_name TEXT);
CREATE TABLE sales_order_grid (entity_id INTEGER PRIMARY KEY, status TEXT, store_id INTEGER, store_name TEXT, customer_id INTEGER, base_grand_total REAL, base_total_paid REAL, grand_total REAL, total_paid REAL, increment_id TEXT, base_currency_code TEXT, order_currency_code TEXT, shipping_name TEXT, billing_name TEXT, created_at TEXT, updated_at TEXT, billing_address TEXT, shipping_address TEXT, shipping_information TEXT, customer_email TEXT, customer_group INTEGER, subtotal REAL, shipping_and_handling REAL, customer_name TEXT, payment_method TEXT, total_refunded REAL);
CREATE TABLE sales_invoice (entity_id INTEGER PRIMARY KEY, store_id INTEGER, base_grand_total REAL, base_tax_amount REAL, base_shipping_amount REAL, base_subtotal REAL, base_discount_amount REAL, grand_total REAL, total_qty REAL, base_to_global_rate REAL, order_id INTEGER, state INTEGER, increment_id TEXT, created_at TEXT, updated_at TEXT);
CREATE TABLE sales_shipment (entity_id INTEGER PRIMARY KEY, store_id INTEGER, total_weight REAL, total_qty REAL, order_id INTEGER, customer_id INTEGER, shipping_address_id INTEGER, billing_address_id INTEGER, shipment_status INTEGER, increment_id TEXT, created_at TEXT, updated_at TEXT);
CREATE TABLE sales_shipment_track (entity_id INTEGER PRIMARY KEY, parent_id INTEGER, order_id INTEGER, track_number TEXT, title TEXT, carrier_code TEXT, created_at TEXT);
CREATE TABLE sales_creditmemo (entity_id INTEGER PRIMARY KEY, store_id INTEGER, base_shipping_tax_amount REAL, base_adjustment_positive REAL, base_adjustment_negative REAL, base_grand_total REAL, grand_total REAL, base_subtotal REAL, base_tax_amount REAL, base_shipping_amount REAL, base_to_global_rate REAL, order_id INTEGER, creditmemo_status INTEGER, state INTEGER, invoice_id INTEGER, increment_id TEXT, created_at TEXT, updated_at TEXT, base_currency_code TEXT, customer_note TEXT);
CREATE TABLE sales_creditmemo_item (entity_id INTEGER PRIMARY KEY, parent_id INTEGER, base_price REAL, tax_amount REAL, base_row_total REAL, row_total REAL, base_tax_amount REAL, price REAL, qty REAL, base_price_incl_tax REAL, base_row_total_incl_tax REAL, product_id INTEGER, order_item_id INTEGER, sku TEXT, name TEXT);
"""

# ------------------------------------------------------------------ reference data
CZ_REGIONS = [("CZ-10", "Hlavní město Praha", 26), ("CZ-20", "Středočeský kraj", 12), ("CZ-31", "Jihočeský kraj", 5), ("CZ-32", "Plzeňský kraj", 4.5),
              ("CZ-41", "Karlovarský kraj", 2), ("CZ-42", "Ústecký kraj", 4), ("CZ-51", "Liberecký kraj", 3), ("CZ-52", "Královéhradecký kraj", 4),
              ("CZ-53", "Pardubický kraj", 4), ("CZ-63", "Kraj Vysočina", 4), ("CZ-64", "Jihomoravský kraj", 18), ("CZ-71", "Olomoucký kraj", 5),
              ("CZ-72", "Zlínský kraj", 4.5), ("CZ-80", "Moravskoslezský kraj", 8)]
SK_REGIONS = [("SK-BL", "Bratislavský kraj", 30), ("SK-TA", "Trnavský kraj", 10), ("SK-TC", "Trenčiansky kraj", 9), ("SK-NI", "Nitriansky kraj", 9),
              ("SK-ZI", "Žilinský kraj", 12), ("SK-BC", "Banskobystrický kraj", 10), ("SK-PV", "Prešovský kraj", 9), ("SK-KI", "Košický kraj", 11)]
CITIES = {"Hlavní město Praha": [("Praha", "1", 10), ("Praha 4", "140 00", 3), ("Praha 5", "150 00", 2), ("Praha 10", "100 00", 2), ("Praha 6", "160 00", 2)],
          "Středočeský kraj": [("Kladno", "272 01", 2), ("Mladá Boleslav", "293 01", 2), ("Beroun", "266 01", 1), ("Říčany", "251 01", 1), ("Kolín", "280 02", 1)],
          "Jihočeský kraj": [("České Budějovice", "370 01", 3), ("Tábor", "390 01", 1), ("Písek", "397 01", 1)],
          "Plzeňský kraj": [("Plzeň", "301 00", 4), ("Klatovy", "339 01", 1)], "Karlovarský kraj": [("Karlovy Vary", "360 01", 2), ("Cheb", "350 02", 1)],
          "Ústecký kraj": [("Ústí nad Labem", "400 01", 2), ("Teplice", "415 01", 1), ("Litoměřice", "412 01", 1)],
          "Liberecký kraj": [("Liberec", "460 01", 3), ("Jablonec nad Nisou", "466 01", 1)],
          "Královéhradecký kraj": [("Hradec Králové", "500 02", 3), ("Trutnov", "541 01", 1)], "Pardubický kraj": [("Pardubice", "530 02", 3), ("Chrudim", "537 01", 1)],
          "Kraj Vysočina": [("Jihlava", "586 01", 2), ("Třebíč", "674 01", 1), ("Žďár nad Sázavou", "591 01", 1)],
          "Jihomoravský kraj": [("Brno", "6", 14), ("Blansko", "678 01", 1), ("Vyškov", "682 01", 1), ("Znojmo", "669 02", 1), ("Břeclav", "690 02", 1), ("Hodonín", "695 01", 1)],
          "Olomoucký kraj": [("Olomouc", "779 00", 3), ("Prostějov", "796 01", 1), ("Přerov", "750 02", 1)], "Zlínský kraj": [("Zlín", "760 01", 3), ("Uherské Hradiště", "686 01", 1)],
          "Moravskoslezský kraj": [("Ostrava", "702 00", 5), ("Opava", "746 01", 1), ("Frýdek-Místek", "738 01", 1), ("Havířov", "736 01", 1), ("Český Těšín", "737 01", 1)],
          "Bratislavský kraj": [("Bratislava", "8", 10), ("Pezinok", "902 01", 1), ("Senec", "903 01", 1)], "Trnavský kraj": [("Trnava", "917 01", 3), ("Piešťany", "921 01", 1), ("Dunajská Streda", "929 01", 1)],
          "Trenčiansky kraj": [("Trenčín", "911 01", 3), ("Prievidza", "971 01", 1)], "Nitriansky kraj": [("Nitra", "949 01", 3), ("Komárno", "945 01", 1)],
          "Žilinský kraj": [("Žilina", "010 01", 3), ("Martin", "036 01", 1), ("Liptovský Mikuláš", "031 01", 1)],
          "Banskobystrický kraj": [("Banská Bystrica", "974 01", 3), ("Zvolen", "960 01", 1)], "Prešovský kraj": [("Prešov", "080 01", 3), ("Poprad", "058 01", 2)],
          "Košický kraj": [("Košice", "040 01", 5), ("Michalovce", "071 01", 1)]}
GROUPS = [(0, "NOT LOGGED IN", 3), (1, "General", 3), (2, "Wholesale", 3), (3, "Retailer", 3), (4, "VIP klub", 3), (5, "Kosmetické salony", 3)]
# categories: id, parent, position, cz name, sk name (None = same), active
CATS = [(1, 0, 0, "Root Catalog", None, 1), (2, 1, 1, "Default Category", None, 1),
        (3, 2, 1, "Péče o pleť", "Starostlivosť o pleť", 1), (4, 3, 1, "Pleťové krémy", "Pleťové krémy", 1), (5, 3, 2, "Séra a oleje", "Séra a oleje", 1),
        (6, 3, 3, "Čištění a odličování", "Čistenie a odličovanie", 1),
        (7, 2, 2, "Tělová péče", "Telová starostlivosť", 1), (8, 7, 1, "Tělová mléka a másla", "Telové mlieka a maslá", 1), (9, 7, 2, "Přírodní mýdla", "Prírodné mydlá", 1),
        (10, 7, 3, "Sprchové gely", "Sprchové gély", 1),
        (11, 2, 3, "Vlasy", "Vlasy", 1), (12, 11, 1, "Šampony", "Šampóny", 1), (13, 11, 2, "Kondicionéry a masky", "Kondicionéry a masky", 1),
        (14, 2, 4, "Dekorativní kosmetika", "Dekoratívna kozmetika", 1), (15, 14, 1, "Rtěnky a balzámy na rty", "Rúže a balzamy na pery", 1),
        (16, 14, 2, "Make-up a pudry", "Make-up a púdre", 1),
        (17, 2, 5, "Aromaterapie", "Aromaterapia", 1), (18, 2, 6, "Dárkové sady", "Darčekové sady", 1), (19, 2, 7, "Pro muže", "Pre mužov", 1),
        (20, 2, 8, "Výprodej", "Výpredaj", 1), (21, 2, 9, "Novinky", "Novinky", 1), (22, 2, 10, "Vánoce 2023", "Vianoce 2023", 0)]
BRANDS = ["Levandulka", "Nobilis Tilia", "Ryor", "Manufaktura", "Purity Vision", "Weleda", "Dr. Hauschka", "Mádara", "Sylveco", "Ziaja", "Saloos",
          "Urtekram", "Lavera", "Botanicus"]
SKIN = ["suchá", "mastná", "citlivá", "zralá", "smíšená", "normální"]
# products: sku, cz name, sk name (None = same), brand, category ids, CZK price incl. VAT, EUR price incl. VAT, cost CZK, volume, weight,
#           popularity (retail, salon), added (None = before 2024), children [(suffix, label, czk, eur)] for configurables, flags
PRODUCTS = [
    ("LEV-MYD-01", "Levandulové mýdlo 100g", "Levanduľové mydlo 100g", "Levandulka", [9], 89, 3.90, 28, "100 g", 0.12, 6.0, 2, None, None, "old_soap"),
    ("LEV-MYD-LEV", "Levandulové mýdlo 100 g", "Levanduľové mydlo 100 g", "Levandulka", [9], 89, 3.90, 28, "100 g", 0.12, 6.0, 2, SOAP_SWITCH, None, ""),
    ("LEV-MYD-UHL", "Mýdlo s aktivním uhlím 100 g", "Mydlo s aktívnym uhlím 100 g", "Levandulka", [9], 95, 4.10, 30, "100 g", 0.12, 3.5, 1, None, None, ""),
    ("LEV-MYD-MES", "Měsíčkové mýdlo 100 g", "Nechtíkové mydlo 100 g", "Levandulka", [9], 89, 3.90, 28, "100 g", 0.12, 3.0, 1, None, None, ""),
    ("LEV-MYD-KOZ", "Kozí mýdlo s medem 100 g", "Kozie mydlo s medom 100 g", "Levandulka", [9], 99, 4.30, 31, "100 g", 0.12, 2.8, 1, None, None, ""),
    ("LEV-TM-LEV", "Tělové máslo Levandule 200 ml", "Telové maslo Levanduľa 200 ml", "Levandulka", [8], 349, 14.50, 98, "200 ml", 0.25, 3.2, 2, None, None, ""),
    ("LEV-TML-HER", "Tělové mléko Heřmánek 250 ml", "Telové mlieko Harmanček 250 ml", "Levandulka", [8], 279, 11.50, 77, "250 ml", 0.3, 2.2, 1, None, None, ""),
    ("LEV-PK-RUZ", "Pleťový krém Růže", "Pleťový krém Ruža", "Levandulka", [4], 299, 12.40, 85, None, 0.1, 4.0, 2, None,
     [("30", "30 ml", 299, 12.40), ("50", "50 ml", 449, 18.50)], "renamed"),
    ("LEV-NK-RAK", "Noční krém Rakytník 50 ml", "Nočný krém Rakytník 50 ml", "Levandulka", [4], 489, 19.90, 140, "50 ml", 0.12, 2.4, 2, None, None, ""),
    ("LEV-SER-HYA", "Pleťové sérum Hyaluron 30 ml", "Pleťové sérum Hyaluron 30 ml", "Levandulka", [5], 549, 22.50, 150, "30 ml", 0.08, 3.0, 3, None, None, ""),
    ("LEV-OL-ARG", "Arganový olej 50 ml", "Arganový olej 50 ml", "Levandulka", [5], 399, 16.50, 120, "50 ml", 0.1, 2.2, 2, None, None, ""),
    ("LEV-OL-SIP", "Šípkový olej 30 ml", "Šípkový olej 30 ml", "Levandulka", [5], 329, 13.50, 95, "30 ml", 0.08, 1.8, 1, None, None, ""),
    ("LEV-MIC-200", "Micelární voda 200 ml", "Micelárna voda 200 ml", "Levandulka", [6], 229, 9.50, 60, "200 ml", 0.25, 2.6, 2, None, None, ""),
    ("LEV-CG-150", "Čisticí pleťový gel 150 ml", "Čistiaci pleťový gél 150 ml", "Levandulka", [6], 259, 10.90, 70, "150 ml", 0.2, 1.7, 1, None, None, ""),
    ("LEV-TS-KOP", "Tuhý šampon Kopřiva 60 g", "Tuhý šampón Žihľava 60 g", "Levandulka", [12], 199, 8.20, 55, "60 g", 0.07, 3.4, 0.5, None, None, ""),
    ("LEV-TS-LEV", "Tuhý šampon Levandule 60 g", "Tuhý šampón Levanduľa 60 g", "Levandulka", [12], 199, 8.20, 55, "60 g", 0.07, 2.9, 0.5, None, None, ""),
    ("LEV-KON-BRU", "Kondicionér Brusinka 200 ml", "Kondicionér Brusnica 200 ml", "Levandulka", [13], 249, 10.30, 66, "200 ml", 0.25, 1.6, 0.5, None, None, ""),
    ("LEV-BR-MED", "Balzám na rty Med a vosk", "Balzam na pery Med a vosk", "Levandulka", [15], 79, 3.30, 20, "5 g", 0.02, 4.2, 0.5, None, None, ""),
    ("LEV-EO-LEV", "Esenciální olej Levandule 10 ml", "Esenciálny olej Levanduľa 10 ml", "Levandulka", [17], 159, 6.60, 48, "10 ml", 0.04, 2.5, 1, None, None, ""),
    ("LEV-EO-EUK", "Esenciální olej Eukalyptus 10 ml", "Esenciálny olej Eukalyptus 10 ml", "Levandulka", [17], 149, 6.20, 44, "10 ml", 0.04, 1.6, 0.5, None, None, ""),
    ("LEV-DIF-01", "Aroma difuzér Dřevo", "Aróma difúzor Drevo", "Levandulka", [17, 21], 890, 36.90, 420, None, 0.6, 0.9, 0, D(2024, 9, 16), None, ""),
    ("LEV-SET-LEV", "Dárková sada Levandulový sen", "Darčeková sada Levanduľový sen", "Levandulka", [18], 690, 28.50, 230, None, 0.6, 1.2, 0, None, None, "xmas"),
    ("LEV-SET-MUZ", "Dárková sada Pro něj", "Darčeková sada Pre neho", "Levandulka", [18, 19], 790, 32.50, 260, None, 0.6, 0.7, 0, None, None, "xmas"),
    ("LEV-VO-CED", "Vousový olej Cedr 30 ml", "Olej na fúzy Céder 30 ml", "Levandulka", [19], 299, 12.30, 80, "30 ml", 0.08, 1.3, 0, None, None, ""),
    ("LEV-DEO-SAL", "Krémový deodorant Šalvěj 50 ml", "Krémový dezodorant Šalvia 50 ml", "Levandulka", [7], 229, 9.50, 58, "50 ml", 0.08, 2.1, 0.3, None, None, ""),
    ("LEV-SG-CIT", "Sprchový gel Citronová tráva 250 ml", "Sprchový gél Citrónová tráva 250 ml", "Levandulka", [10], 199, 8.30, 50, "250 ml", 0.3, 2.0, 0.5, None, None, ""),
    ("LEV-MAS-JIL", "Jílová maska Zelený jíl 100 ml", None, "Levandulka", [6], 289, 11.90, 82, "100 ml", 0.15, 1.2, 1.5, D(2025, 4, 14), None, ""),
    ("NT-MAN-100", "Mandlový olej 100 ml", "Mandľový olej 100 ml", "Nobilis Tilia", [5], 239, 9.90, 140, "100 ml", 0.15, 1.5, 1.5, None, None, ""),
    ("NT-DEO-CIT", "Deodorant Citrus 100 ml", "Dezodorant Citrus 100 ml", "Nobilis Tilia", [7], 249, 10.30, 150, "100 ml", 0.15, 1.4, 0, None, None, ""),
    ("RY-HYA-30", "Hyaluronové sérum 30 ml", "Hyalurónové sérum 30 ml", "Ryor", [5], 359, 14.90, 215, "30 ml", 0.08, 1.4, 2, None, None, ""),
    ("RY-KAV-50", "Pleťový krém s kaviárem 50 ml", "Pleťový krém s kaviárom 50 ml", "Ryor", [4, 20], 459, 18.90, 275, "50 ml", 0.12, 0.8, 1, None, None, "disabled"),
    ("MAN-PIV-250", "Pivní šampon 250 ml", "Pivný šampón 250 ml", "Manufaktura", [12], 219, 9.10, 130, "250 ml", 0.3, 1.3, 0, None, None, ""),
    ("MAN-VIN-250", "Vinné tělové mléko 250 ml", "Vínne telové mlieko 250 ml", "Manufaktura", [8], 259, 10.70, 155, "250 ml", 0.3, 0.9, 0, None, None, ""),
    ("PV-RUZ-100", "Bio růžová voda 100 ml", "Bio ružová voda 100 ml", "Purity Vision", [6], 279, 11.50, 165, "100 ml", 0.15, 1.6, 1, None, None, ""),
    ("PV-DEO-LEV", "Levandulový deodorant 50 ml", "Levanduľový dezodorant 50 ml", "Purity Vision", [7], 299, 12.30, 180, "50 ml", 0.08, 1.0, 0, None, None, ""),
    ("WEL-SF-75", "Skin Food 75 ml", None, "Weleda", [4], 399, 16.50, 240, "75 ml", 0.1, 2.6, 0.5, None, None, ""),
    ("WEL-MES-75", "Měsíčkový dětský krém 75 ml", "Nechtíkový detský krém 75 ml", "Weleda", [4], 329, 13.60, 198, "75 ml", 0.1, 1.2, 0, None, None, ""),
    ("WEL-RAK-SG", "Rakytníkový sprchový krém 200 ml", "Rakytníkový sprchový krém 200 ml", "Weleda", [10], 289, 11.90, 175, "200 ml", 0.25, 1.0, 0, None, None, ""),
    ("DRH-RUZ-30", "Růžový denní krém 30 ml", "Ružový denný krém 30 ml", "Dr. Hauschka", [4], 849, 34.90, 510, "30 ml", 0.08, 0.9, 1, None, None, ""),
    ("DRH-RT", "Rtěnka", "Rúž", "Dr. Hauschka", [15], 699, 28.90, 420, None, 0.03, 1.1, 0.5, None,
     [("01", "01 Mandarinka", 699, 28.90), ("02", "02 Malina", 699, 28.90), ("03", "03 Růžové dřevo", 699, 28.90), ("04", "04 Ostružina", 699, 28.90)], ""),
    ("MAD-DET-60", "Pleťová maska Detox 60 ml", None, "Mádara", [6], 499, 20.50, 300, "60 ml", 0.1, 1.0, 1, None, None, ""),
    ("MAD-PUD", "Minerální pudr", "Minerálny púder", "Mádara", [16], 649, 26.90, 390, None, 0.05, 0.8, 0.5, None,
     [("IVO", "Ivory", 649, 26.90), ("SAN", "Sand", 649, 26.90), ("HON", "Honey", 649, 26.90)], ""),
    ("SYL-BRZ-300", "Březový šampon 300 ml", "Brezový šampón 300 ml", "Sylveco", [12], 229, 9.50, 135, "300 ml", 0.35, 1.1, 0, None, None, ""),
    ("ZIA-KOZ-50", "Kozí mléko pleťový krém 50 ml", "Kozie mlieko pleťový krém 50 ml", "Ziaja", [4], 119, 4.90, 62, "50 ml", 0.1, 3.0, 0, None, None, ""),
    ("ZIA-OLI-400", "Olivový šampon 400 ml", "Olivový šampón 400 ml", "Ziaja", [12], 109, 4.50, 55, "400 ml", 0.45, 2.0, 0, None, None, ""),
    ("SAL-MAN-125", "Bio tělový olej Mandarinka 125 ml", "Bio telový olej Mandarínka 125 ml", "Saloos", [8], 359, 14.90, 215, "125 ml", 0.2, 1.0, 1, None, None, ""),
    ("SAL-SBM", "Šlehané bambucké máslo", "Šľahané bambucké maslo", "Saloos", [8], 289, 11.90, 170, None, 0.15, 1.4, 1, None,
     [("100", "100 ml", 289, 11.90), ("250", "250 ml", 549, 22.50)], ""),
    ("URT-LEV-250", "Šampon Levandule 250 ml", "Šampón Levanduľa 250 ml", "Urtekram", [12], 259, 10.70, 155, "250 ml", 0.3, 0.9, 0, None, None, ""),
    ("LAV-RAS", "Řasenka", "Riasenka", "Lavera", [16], 349, 14.50, 210, None, 0.03, 1.2, 0, None, [("CER", "Černá", 349, 14.50), ("HNE", "Hnědá", 349, 14.50)], ""),
    ("LAV-TON-30", "Tónovací krém 30 ml", "Tónovací krém 30 ml", "Lavera", [16], 399, 16.50, 240, "30 ml", 0.06, 0.7, 0, None, None, ""),
    ("BOT-SUL-LEV", "Koupelová sůl Levandule 500 g", "Kúpeľová soľ Levanduľa 500 g", "Botanicus", [7], 199, 8.20, 115, "500 g", 0.55, 1.1, 0, None, None, ""),
    ("BOT-MYD-RUZ", "Mýdlo Růže 100 g", "Mydlo Ruža 100 g", "Botanicus", [9], 99, 4.30, 55, "100 g", 0.12, 1.0, 0, None, None, ""),
    ("BOT-SET-VAN", "Vánoční dárková sada Botanicus", "Vianočná darčeková sada Botanicus", "Botanicus", [18, 22], 590, 24.50, 350, None, 0.7, 0, 0, None, None, "never"),
    ("WEL-ARN-100", "Arnikový masážní olej 100 ml", "Arnikový masážny olej 100 ml", "Weleda", [8], 379, 15.70, 230, "100 ml", 0.15, 0, 0, None, None, "never"),
    ("NT-SAM-DET", "Dětský šampon 200 ml", "Detský šampón 200 ml", "Nobilis Tilia", [12], 219, 9.10, 130, "200 ml", 0.25, 0.5, 0, None, None, "only2024"),
    ("VZOREK-01", "Vzorek zdarma - pleťový krém", "Vzorka zdarma - pleťový krém", "Levandulka", [], 0, 0.0, 6, "5 ml", 0.01, 0, 0, None, None, "sample"),
]
RENAMED = {"LEV-PK-RUZ": ("Pleťový krém Růže", "Růžový pleťový krém")}
# coupons: rule id, name, code, from, to, percent, free shipping, website
RULES = [(1, "VIP klub -10 %", None, D(2019, 1, 1), None, 10.0, 0, "both"), (2, "Kosmetické salony -15 %", None, D(2019, 1, 1), None, 15.0, 0, "both"),
         (3, "Vítejte - sleva 10 % na první nákup", "VITEJ10", D(2019, 1, 1), None, 10.0, 0, "cz"),
         (4, "Vitajte - zľava 10 % na prvý nákup", "VITAJ10", D(2024, 4, 2), None, 10.0, 0, "sk"),
         (5, "Léto 2024", "LETO24", D(2024, 6, 15), D(2024, 8, 31), 15.0, 0, "both"), (6, "Léto 2025", "LETO25", D(2025, 6, 15), D(2025, 8, 31), 15.0, 0, "both"),
         (7, "Black Friday 2024", "BLACKFRIDAY24", D(2024, 11, 29), D(2024, 12, 2), 20.0, 0, "both"),
         (8, "Black Friday 2025", "BLACKFRIDAY25", D(2025, 11, 28), D(2025, 12, 1), 20.0, 0, "both"),
         (9, "Influencer Klára", "KLARA15", D(2025, 1, 15), D(2025, 12, 31), 15.0, 0, "cz"),
         (10, "Doprava zdarma březen", "DOPRAVA0", D(2025, 3, 1), D(2025, 3, 31), 0.0, 1, "cz")]
STATUSES = [("pending", "Čeká na vyřízení", "new", 1), ("pending_payment", "Čeká na platbu", "pending_payment", 1), ("processing", "Zpracovává se", "processing", 1),
            ("ready_for_pickup", "Připraveno k vyzvednutí", "processing", 0), ("complete", "Vyřízeno", "complete", 1), ("closed", "Vráceno (uzavřeno)", "closed", 1),
            ("canceled", "Zrušeno", "canceled", 1), ("nevyzvednuto", "Nevyzvednuto", "canceled", 0), ("holded", "Pozastaveno", "holded", 1),
            ("fraud", "Podezření na podvod", "payment_review", 0), ("payment_review", "Kontrola platby", "payment_review", 1)]
PAY_TITLE = {"gopay": "Platba kartou (GoPay)", "banktransfer": "Bankovní převod", "cashondelivery": "Dobírka"}
SHIP = {  # code: (cz description before / after PACKETA_DAY, price CZK 2024, price CZK 2025, EUR 2024, EUR 2025)
    "zasilkovna_zasilkovna": ("Zásilkovna - Výdejní místo", "Packeta - Výdejní místo", 69, 79, 2.49, 2.90),
    "ppl_ppl": ("PPL - Doručení na adresu", "PPL - Doručení na adresu", 119, 129, None, None),
    "balikovna_balikovna": ("Balíkovna - Česká pošta", "Balíkovna - Česká pošta", 59, 69, None, None),
    "instore_pickup": ("Osobní odběr - Brno, Údolní 12", "Osobní odběr - Brno, Údolní 12", 0, 0, None, None),
    "gls_gls": ("GLS - Doručenie na adresu", "GLS - Doručenie na adresu", None, None, 4.49, 4.90)}
SK_SHIP_DESC = {"zasilkovna_zasilkovna": ("Packeta - Výdajné miesto", "Packeta - Výdajné miesto")}
BLACK_FRIDAY = {D(2024, 11, 29), D(2024, 11, 30), D(2024, 12, 1), D(2024, 12, 2), D(2025, 11, 28), D(2025, 11, 29), D(2025, 11, 30), D(2025, 12, 1)}
SALONS = [("Salon Krásy Eva", "Brno", "Jihomoravský kraj"), ("Kosmetika Lucie Marková", "Praha", "Hlavní město Praha"), ("Studio Belle", "Olomouc", "Olomoucký kraj"),
          ("Beauty Point Ostrava", "Ostrava", "Moravskoslezský kraj"), ("Kosmetický salon Harmonie", "Plzeň", "Plzeňský kraj"), ("Salon Lotos", "Praha 5", "Hlavní město Praha"),
          ("Studio Pleť & Duše", "Hradec Králové", "Královéhradecký kraj"), ("Kosmetika U Lípy", "Jihlava", "Kraj Vysočina"), ("Salón Ruža", "Bratislava", "Bratislavský kraj"),
          ("Kozmetické štúdio Aura", "Žilina", "Žilinský kraj"), ("Beauty salón Linda", "Košice", "Košický kraj"), ("Salon Viktorie", "Zlín", "Zlínský kraj"),
          ("Kosmetika Jasmín", "České Budějovice", "Jihočeský kraj"), ("Wellness Studio Relax", "Liberec", "Liberecký kraj")]
STREETS_CZ = ["Hlavní", "Nádražní", "Školní", "Zahradní", "Komenského", "Masarykova", "Palackého", "Husova", "Jiráskova", "Sokolská", "Lidická", "Vodní", "Polní", "Lipová"]
STREETS_SK = ["Hlavná", "Školská", "Záhradná", "Štúrova", "Hviezdoslavova", "Mierová", "Nová", "Jarná", "Lipová", "Sládkovičova"]
EUR_CZK = {(2024, m): v for m, v in zip(range(1, 13), [24.72, 25.08, 25.30, 25.26, 24.99, 24.80, 25.12, 25.19, 25.10, 25.30, 25.25, 25.15])}
EUR_CZK.update({(2025, m): v for m, v in zip(range(1, 13), [25.19, 25.06, 25.00, 24.98, 24.96, 24.81, 24.63, 24.54, 24.43, 24.35, 24.25, 24.20])})


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def r4(x):
    return round(x + (1e-12 if x >= 0 else -1e-12), 4)


def f(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else None


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def working(d):
    return d.weekday() < 5 and d not in {D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 1), D(2024, 5, 8), D(2024, 7, 5), D(2024, 9, 28), D(2024, 10, 28),
                                          D(2024, 11, 17), D(2024, 12, 24), D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21),
                                          D(2025, 5, 1), D(2025, 5, 8), D(2025, 7, 5), D(2025, 7, 7), D(2025, 9, 29), D(2025, 10, 28), D(2025, 11, 17),
                                          D(2025, 12, 24), D(2025, 12, 25), D(2025, 12, 26)}


def next_working(t, min_days=1, max_days=2):
    d = t.date() + TD(days=R.randint(min_days, max_days))
    while not working(d):
        d += TD(days=1)
    return DT(d.year, d.month, d.day, R.randint(7, 15), R.randint(0, 59), R.randint(0, 59))


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    def ins(t, row):
        con.execute(f"INSERT INTO {t} VALUES ({','.join('?' * len(row))})", row)

    INSTALL = DT(2019, 3, 11, 9, 12, 44)
    ins("store_website", (0, "admin", "Admin", 0, 0, 0))
    ins("store_website", (1, "base", "Levandulka.cz", 0, 1, 1))
    ins("store_website", (2, "sk", "Levandulka.sk", 1, 2, 0))
    ins("store_group", (0, 0, "Default", 0, 0, "default"))
    ins("store_group", (1, 1, "Levandulka CZ", 2, 1, "main_website_store"))
    ins("store_group", (2, 2, "Levandulka SK", 2, 2, "sk_store"))
    ins("store", (0, "admin", 0, 0, "Admin", 0, 1))
    ins("store", (1, "cz", 1, 1, "Čeština", 0, 1))
    ins("store", (2, "sk", 2, 2, "Slovenčina", 0, 1))
    for row in [("CZK", "CZK", 1.0), ("CZK", "EUR", 0.0413), ("EUR", "CZK", 24.2), ("EUR", "EUR", 1.0)]:
        ins("directory_currency_rate", row)
    region_id = {}
    rid = 700
    for cc, regs in (("CZ", CZ_REGIONS), ("SK", SK_REGIONS)):
        for code, name, _ in regs:
            rid += 1
            region_id[name] = rid
            ins("directory_country_region", (rid, cc, code, name))
    for g in GROUPS:
        ins("customer_group", g)
    for st, label, state, default in STATUSES:
        ins("sales_order_status", (st, label))
        ins("sales_order_status_state", (st, state, default, 0 if st in ("fraud", "payment_review") else 1))

    # ------------------------------------------------------------------ EAV
    ins("eav_entity_type", (3, "catalog_category", "Magento\\Catalog\\Model\\ResourceModel\\Category", "catalog_category_entity"))
    ins("eav_entity_type", (4, "catalog_product", "Magento\\Catalog\\Model\\ResourceModel\\Product", "catalog_product_entity"))
    attrs = [(45, 3, "name", "varchar", "text", "Name", None, 1, 0), (46, 3, "is_active", "int", "select", "Is Active", "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Boolean", 1, 0),
             (119, 3, "url_key", "varchar", "text", "URL Key", None, 0, 0),
             (73, 4, "name", "varchar", "text", "Product Name", None, 1, 0), (75, 4, "description", "text", "textarea", "Description", None, 0, 0),
             (77, 4, "price", "decimal", "price", "Price", None, 1, 0), (78, 4, "special_price", "decimal", "price", "Special Price", None, 0, 0),
             (81, 4, "cost", "decimal", "price", "Cost", None, 0, 0), (82, 4, "weight", "decimal", "weight", "Weight", None, 0, 0),
             (83, 4, "manufacturer", "int", "select", "Manufacturer", "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table", 0, 0),
             (93, 4, "color", "int", "select", "Color", "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table", 0, 0),
             (97, 4, "status", "int", "select", "Enable Product", "Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Status", 0, 0),
             (99, 4, "visibility", "int", "select", "Visibility", "Magento\\Catalog\\Model\\Product\\Visibility", 0, 0),
             (121, 4, "url_key", "varchar", "text", "URL Key", None, 0, 0),
             (136, 4, "tax_class_id", "int", "select", "Tax Class", "Magento\\Tax\\Model\\TaxClass\\Source\\Product", 0, 0),
             (180, 4, "objem", "varchar", "text", "Objem", None, 0, 1), (181, 4, "typ_pleti", "varchar", "multiselect", "Typ pleti", "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table", 0, 1),
             (182, 4, "vegan", "int", "boolean", "Veganské", "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Boolean", 0, 1),
             (183, 4, "ean", "varchar", "text", "EAN", None, 0, 1)]
    for a in attrs:
        ins("eav_attribute", (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], None, 0))
    ins("eav_attribute_set", (3, 3, "Default", 1))
    ins("eav_attribute_set", (4, 4, "Default", 1))
    ins("eav_attribute_set", (10, 4, "Kosmetika", 2))
    opt_id, val_id = 10, 0
    brand_opt, skin_opt, shade_opt = {}, {}, {}
    for aid, vals, store in ((83, BRANDS, brand_opt), (181, SKIN, skin_opt)):
        for k, v in enumerate(vals):
            opt_id += 1
            ins("eav_attribute_option", (opt_id, aid, k))
            val_id += 1
            ins("eav_attribute_option_value", (val_id, opt_id, 0, v))
            store[v] = opt_id
    for k, v in enumerate(["01 Mandarinka", "02 Malina", "03 Růžové dřevo", "04 Ostružina", "Ivory", "Sand", "Honey", "Černá", "Hnědá"]):
        opt_id += 1
        ins("eav_attribute_option", (opt_id, 93, k))
        val_id += 1
        ins("eav_attribute_option_value", (val_id, opt_id, 0, v))
        shade_opt[v] = opt_id
    sk_shade = {"Černá": "Čierna", "Hnědá": "Hnedá", "03 Růžové dřevo": "03 Ružové drevo"}
    for v, sv in sk_shade.items():
        val_id += 1
        ins("eav_attribute_option_value", (val_id, shade_opt[v], 2, sv))

    seq = {"cv": 0, "ci": 0, "pv": 0, "pi": 0, "pd": 0, "pt": 0}

    def eav(table, key, aid, store, eid, value):
        seq[key] += 1
        ins(table, (seq[key], aid, store, eid, value))

    # categories
    children = {}
    for c in CATS:
        children.setdefault(c[1], []).append(c[0])
    path = {1: "1"}
    for cid, parent, pos, cz, sk, active in CATS:
        if cid != 1:
            path[cid] = path[parent] + "/" + str(cid)
    for cid, parent, pos, cz, sk, active in CATS:
        created = INSTALL + TD(days=cid, minutes=cid * 7) if cid != 22 else DT(2023, 11, 2, 10, 4, 11)
        level = path[cid].count("/")

        def count_desc(c):
            return sum(1 + count_desc(x) for x in children.get(c, []))
        ins("catalog_category_entity", (cid, 3, parent, f(created), f(created if cid != 22 else DT(2024, 1, 8, 9, 30, 2)), path[cid], pos, level, count_desc(cid)))
        eav("catalog_category_entity_varchar", "cv", 45, 0, cid, cz)
        if sk and sk != cz:
            eav("catalog_category_entity_varchar", "cv", 45, 2, cid, sk)
        if cid > 2:
            eav("catalog_category_entity_varchar", "cv", 119, 0, cid, fold(cz).lower().replace(" ", "-"))
        eav("catalog_category_entity_int", "ci", 46, 0, cid, active)

    # products
    products = {}   # sku -> dict
    pid = 0
    link_id, cp_id, stock_id = 0, 0, 0
    cat_pos = {}

    def add_product(sku, tname, cz, sk, brand, cats, czk, eur, cost, vol, weight, added, visible, vegan, status, upd=None):
        nonlocal pid, cp_id
        pid += 1
        created = DT.combine(added, dt.time(8, 15 + pid % 40)) if added else INSTALL + TD(days=20 + pid * 9, hours=pid % 6)
        ins("catalog_product_entity", (pid, 10, tname, sku, 1 if tname == "configurable" else 0, 1 if tname == "configurable" else 0, f(created), f(upd or created)))
        eav("catalog_product_entity_varchar", "pv", 73, 0, pid, cz)
        if sk and sk != cz:
            eav("catalog_product_entity_varchar", "pv", 73, 2, pid, sk)
        eav("catalog_product_entity_varchar", "pv", 121, 0, pid, fold(cz).lower().replace(" ", "-").replace("/", "-") + ("-" + sku.lower() if visible == 1 else ""))
        if vol:
            eav("catalog_product_entity_varchar", "pv", 180, 0, pid, vol)
        if tname == "simple" and sku != "VZOREK-01":
            eav("catalog_product_entity_varchar", "pv", 183, 0, pid, "859" + str(int(h("ean", sku)[:9], 16) % 10 ** 10).zfill(10))
        if cats and cats[0] in (4, 5, 6) and visible == 4:
            eav("catalog_product_entity_varchar", "pv", 181, 0, pid, ",".join(str(skin_opt[s]) for s in sorted(R.sample(SKIN, R.randint(1, 3)), key=SKIN.index)))
        if tname != "configurable" or True:
            eav("catalog_product_entity_decimal", "pd", 77, 0, pid, float(czk))
            eav("catalog_product_entity_decimal", "pd", 77, 2, pid, float(eur))
        eav("catalog_product_entity_decimal", "pd", 81, 0, pid, float(cost))
        eav("catalog_product_entity_decimal", "pd", 82, 0, pid, weight)
        eav("catalog_product_entity_int", "pi", 83, 0, pid, brand_opt[brand])
        eav("catalog_product_entity_int", "pi", 97, 0, pid, status)
        eav("catalog_product_entity_int", "pi", 99, 0, pid, visible)
        eav("catalog_product_entity_int", "pi", 136, 0, pid, 2)
        if vegan is not None:
            eav("catalog_product_entity_int", "pi", 182, 0, pid, vegan)
        if visible == 4:
            eav("catalog_product_entity_text", "pt", 75, 0, pid, f"<p>{cz} – {brand}. Přírodní kosmetika bez parabenů a silikonů.</p>")
        for c in cats:
            cp_id += 1
            cat_pos[c] = cat_pos.get(c, 0) + 1
            ins("catalog_category_product", (cp_id, c, pid, cat_pos[c]))
        for w in (1, 2):
            ins("catalog_product_website", (pid, w))
        return pid, created

    for (sku, cz, sk, brand, cats, czk, eur, cost, vol, weight, pop, salon, added, kids, flag) in PRODUCTS:
        status = 2 if flag in ("old_soap", "disabled") else 1
        vegan = 0 if "med" in fold(cz).lower() or "koz" in fold(cz).lower() else (1 if brand in ("Levandulka", "Saloos", "Purity Vision", "Mádara") else None)
        if sku in RENAMED:
            cz_now = RENAMED[sku][1]
            upd = DT.combine(RENAME_DAY, dt.time(7, 41, 12))
        else:
            cz_now, upd = cz, None
        if flag == "old_soap":
            upd = DT.combine(SOAP_SWITCH, dt.time(7, 58, 40))
        if flag == "disabled":
            upd = DT(2025, 6, 30, 14, 2, 9)
        cats_all = list(cats) + ([21] if added and added >= D(2025, 1, 1) else [])
        if kids:
            ppid, created = add_product(sku, "configurable", cz_now, sk, brand, cats_all, czk, eur, cost, vol, weight, added, 4, vegan, status, upd)
            kid_ids = []
            for suffix, label, kczk, keur in kids:
                kname = f"{cz_now} {label}" if "ml" in label else f"{cz_now} - {label}"
                kname_old = f"{cz} {label}" if "ml" in label else f"{cz} - {label}"
                ksk = (f"{sk} {label}" if "ml" in label else f"{sk} - {sk_shade.get(label, label)}") if sk else None
                kid, _ = add_product(f"{sku}-{suffix}", "simple", kname, ksk, brand, [], kczk, keur, round(cost * kczk / czk), label if "ml" in label else vol,
                                     weight, added, 1, vegan, status, upd)
                if label in shade_opt:
                    eav("catalog_product_entity_int", "pi", 93, 0, kid, shade_opt[label])
                link_id += 1
                ins("catalog_product_super_link", (link_id, kid, ppid))
                kid_ids.append(dict(id=kid, sku=f"{sku}-{suffix}", name=kname, name_old=kname_old, sk_name=ksk or kname, czk=kczk, eur=keur, label=label))
            products[sku] = dict(id=ppid, sku=sku, name=cz_now, name_old=cz, sk_name=sk or cz_now, kids=kid_ids, pop=pop, salon=salon, added=added or D(2019, 1, 1),
                                 flag=flag, czk=czk, eur=eur, weight=weight)
        else:
            vis = 1 if flag == "sample" else 4
            ppid, _ = add_product(sku, "simple", cz_now, sk, brand, cats_all, czk, eur, cost, vol, weight, added, vis, vegan, status, upd)
            products[sku] = dict(id=ppid, sku=sku, name=cz_now, name_old=cz, sk_name=sk or cz_now, kids=None, pop=pop, salon=salon, added=added or D(2019, 1, 1),
                                 flag=flag, czk=czk, eur=eur, weight=weight)
    # sale prices on two products (special_price, both currencies)
    for sku, sp_czk, sp_eur in (("RY-KAV-50", 349.0, 14.40), ("LAV-TON-30", 299.0, 12.40)):
        eav("catalog_product_entity_decimal", "pd", 78, 0, products[sku]["id"], sp_czk)
        eav("catalog_product_entity_decimal", "pd", 78, 2, products[sku]["id"], sp_eur)
    cp_id_sale = [products["RY-KAV-50"]["id"], products["LAV-TON-30"]["id"]]
    for p_ in cp_id_sale:
        if not con.execute("SELECT 1 FROM catalog_category_product WHERE category_id = 20 AND product_id = ?", (p_,)).fetchone():
            cp_id += 1
            ins("catalog_category_product", (cp_id, 20, p_, 9))

    # ------------------------------------------------------------------ customers
    cust_seq, addr_seq = [0], [0]
    customers = []

    def make_person(sk):
        u = R.random()
        if sk:
            first, last = R.choice(SK_FIRST_F), R.choice(SK_LAST_F)
            if u < 0.06:
                first, last = R.choice(MIX_FIRST_F), R.choice(MIX_LAST_F)
            gender = 2
        else:
            if u < 0.13:
                first, last, gender = R.choice(CZ_FIRST_M), R.choice(CZ_LAST_M), 1
            elif u < 0.21:
                first, last, gender = R.choice(MIX_FIRST_F), R.choice(MIX_LAST_F), 2
            else:
                first, last, gender = R.choice(CZ_FIRST_F), CZ_LAST_F[R.choice(CZ_LAST_M)], 2
        return first, last, gender

    def typed_name(first, last):
        u = R.random()
        if u < 0.05:
            return first.upper(), last.upper()
        if u < 0.09:
            return first.lower(), last.lower()
        if u < 0.16:
            return fold(first), fold(last)
        if u < 0.20:
            return first, last + " "
        return first, last

    def mail(first, last, k):
        dom = ["seznam.cz", "gmail.com", "email.cz", "centrum.cz", "post.cz", "volny.cz", "outlook.com", "icloud.com"] if k % 5 != 4 else ["azet.sk", "gmail.com", "centrum.sk", "zoznam.sk"]
        d_ = dom[k % len(dom)]
        b = fold(first).lower().replace(" ", "") + R.choice([".", "", "_"]) + fold(last).lower().replace(" ", "").replace("'", "")
        return b + (str(k % 90 + 10) if k % 4 == 0 else "") + "@" + d_

    def pick_place(sk):
        regs = SK_REGIONS if sk else CZ_REGIONS
        reg = R.choices([r[1] for r in regs], [r[2] for r in regs])[0]
        city, pc, _ = R.choices(CITIES[reg], [c[2] for c in CITIES[reg]])[0]
        if pc in ("1", "6", "8"):
            pc = {"1": f"1{R.randint(10, 90)} 00", "6": f"6{R.randint(0, 4)}{R.randint(0, 9)} 00", "8": f"8{R.randint(11, 51)} 0{R.randint(1, 9)}"}[pc]
        u = R.random()
        if city == "Praha":
            city = "Praha" if u < 0.72 else "PRAHA" if u < 0.80 else "Prague" if u < 0.86 else "praha" if u < 0.91 else "Praha " if u < 0.95 else f"Praha {R.randint(1, 10)}"
        elif city == "Brno":
            city = "Brno" if u < 0.8 else "Brno-střed" if u < 0.88 else "brno" if u < 0.94 else "BRNO"
        elif city == "Bratislava":
            city = "Bratislava" if u < 0.7 else "Bratislava - Petržalka" if u < 0.82 else "BA" if u < 0.88 else "bratislava" if u < 0.94 else "Bratislava "
        elif u < 0.03:
            city = city.upper()
        elif u < 0.06:
            city = fold(city)
        street = f"{R.choice(STREETS_SK if sk else STREETS_CZ)} {R.randint(1, 180)}" + (f"/{R.randint(1, 40)}" if not sk and R.random() < 0.4 else "")
        return dict(region=reg, city=city, pc=pc, street=street, country="SK" if sk else "CZ")

    def tel(sk):
        return None if R.random() < 0.08 else ("+421 9" + f"{R.randint(0, 49):02d} {R.randint(100, 999)} {R.randint(100, 999)}" if sk else
                                                 R.choice(["+420 ", "", "00420"]) + f"{R.choice([6, 7])}{R.randint(0, 99):02d} {R.randint(100, 999)} {R.randint(100, 999)}")

    def add_customer(website, when, person, place, group=1, company=None, email=None, dob=None):
        cust_seq[0] += 1
        cid = cust_seq[0]
        first, last, gender = person
        tf, tl = typed_name(first, last)
        addr_seq[0] += 1
        aid = addr_seq[0]
        em = email or mail(first, last, cid)
        ins("customer_entity", (cid, website, em, group, None, website, f(when), f(when + TD(days=R.randint(0, 30))), 1, 0, "Čeština" if website == 1 else "Slovenčina",
                                None, tf, None, tl, None, dob, h("pw", cid)[:32] + ":" + h("salt", cid)[:32] + ":1", None, None, aid, aid,
                                ("CZ" if website == 1 else "SK") + str(20000000 + int(h("ico", cid)[:6], 16) % 79999999) if company else None,
                                None, gender if R.random() < 0.7 else 0, 0, None, None))
        ins("customer_address_entity", (aid, None, cid, f(when), f(when), 1, place["city"], company, place["country"], None, tf, tl, None, place["pc"], None,
                                        place["region"], region_id[place["region"]], place["street"], None, tel(place["country"] == "SK"), None))
        c = dict(id=cid, website=website, email=em, group=group, first=tf, last=tl, place=place, addr=aid, company=company, when=when, orders=0,
                 w=(10 + R.uniform(0, 8)) if company else min(R.paretovariate(1.6), 8.0), person=person)
        customers.append(c)
        return c

    # registered customers: some from before 2024, the rest sign up over the two years
    for k in range(1500):
        sk = k % 5 == 4
        if sk:
            when = DT.combine(SK_OPEN, dt.time(9)) + TD(days=R.randint(0, 630), minutes=R.randint(0, 700))
        else:
            when = INSTALL + TD(days=R.randint(30, 2480), minutes=R.randint(0, 700))
        when = when.replace(hour=R.randint(6, 21))
        if when.date() > END:
            when = DT(2025, 12, R.randint(1, 30), R.randint(6, 21), R.randint(0, 59))
        dob = None if R.random() < 0.55 else f"{R.randint(1958, 2006)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
        grp = 4 if R.random() < 0.08 else 1
        add_customer(2 if sk else 1, when, make_person(sk), pick_place(sk), grp, dob=dob)
    for k, (nm, city, reg) in enumerate(SALONS):
        sk = reg in [r[1] for r in SK_REGIONS]
        when = (DT(2024, 4, 10, 10) + TD(days=40 * k)) if sk else (INSTALL + TD(days=200 + 150 * k))
        pl = pick_place(sk)
        pl["region"], pl["city"] = reg, city
        add_customer(2 if sk else 1, when.replace(hour=R.randint(7, 16)), make_person(sk), pl, 5, company=nm)
    # two salons stopped ordering in 2025 (one moved to a wholesaler, one closed)
    for c in customers:
        if c["company"] == "Salon Lotos":
            c["stop"] = DT(2025, 4, 12)
        elif c["company"] == "Kosmetika U Lípy":
            c["stop"] = DT(2025, 6, 3)
    # the same e-mail registered on both websites (Magento's per-website account scope)
    cz_custs = [c for c in customers if c["website"] == 1 and c["group"] == 1]
    both = R.sample(cz_custs, 18)
    for c in both:
        when = max(c["when"], DT.combine(SK_OPEN, dt.time(10))) + TD(days=R.randint(1, 300))
        if when.date() > END:
            when = DT(2025, 11, 20, 11, 0)
        pl = pick_place(True)
        em = c["email"] if R.random() < 0.7 else c["email"].capitalize()
        add_customer(2, when, c["person"], pl, 1, email=em)
    # the developer's test account
    test = add_customer(1, DT(2023, 12, 18, 14, 2, 7), ("Test", "Testovací", 0), dict(region="Jihomoravský kraj", city="Brno", pc="602 00", street="Údolní 12", country="CZ"),
                        1, email="test@levandulka.cz")
    test["w"] = 0

    # ------------------------------------------------------------------ orders
    cz_prod = [p for p in products.values() if p["flag"] not in ("sample", "never")]
    orders = []
    guest_pool = []   # (email, person, place, website)

    def rate_for(d, sk):
        base = 4.6 if not sk else 1.35
        if sk:
            if d < SK_OPEN:
                return 0.0
            base *= min(1.0, 0.45 + (d - SK_OPEN).days / 300)
        base *= 1.0 + 0.10 * (d.year - 2024)
        m = {1: 0.8, 2: 0.95, 3: 1.0, 4: 0.95, 5: 1.1, 6: 0.85, 7: 0.75, 8: 0.8, 9: 0.95, 10: 1.0, 11: 1.25, 12: 1.9}[d.month]
        if d.month == 12 and d.day > 20:
            m = 0.7
        if d in BLACK_FRIDAY:
            m = 4.5
        if d.month == 2 and 7 <= d.day <= 13:
            m *= 1.4
        return base * m

    def choose_items(sk, d, salon):
        avail = [p for p in cz_prod if p["added"] <= d and not (p["flag"] == "disabled" and d >= D(2025, 6, 30)) and not (p["flag"] == "only2024" and d.year > 2024)
                 and not (p["flag"] == "old_soap" and d >= SOAP_SWITCH)]
        ws = []
        for p in avail:
            w = p["salon"] if salon else p["pop"]
            if p["flag"] == "xmas":
                w *= 4.0 if (d.month == 12 or (d.month == 11 and d.day > 15)) else 0.15
            ws.append(w)
        n = R.choice([1, 1, 1, 2, 2, 2, 3, 3, 4, 5]) if not salon else R.randint(3, 7)
        chosen = []
        for _ in range(n * 3):
            p = R.choices(avail, ws)[0]
            if p not in chosen and ws[avail.index(p)] > 0:
                chosen.append(p)
            if len(chosen) >= n:
                break
        out = []
        for p in chosen:
            q = R.choice([1, 1, 1, 1, 1, 2, 2, 3]) if not salon else R.choice([2, 3, 4, 5, 6, 8, 10, 12])
            kid = R.choice(p["kids"]) if p["kids"] else None
            out.append((p, kid, q))
        return out

    oid = 0
    for d in days_range(START, END):
        for sk in (False, True):
            lam = rate_for(d, sk)
            n = int(lam) + (1 if R.random() < lam - int(lam) else 0)
            for _ in range(n):
                website = 2 if sk else 1
                t = DT(d.year, d.month, d.day, R.randint(6, 21), R.randint(0, 59), R.randint(0, 59))
                # who orders: registered (incl. salons) or guest
                reg = [c for c in customers if c["website"] == website and c["when"] <= t and c["w"] > 0 and (c.get("stop") is None or t < c["stop"])]
                if R.random() < 0.62 and reg:
                    c = R.choices(reg, [c_["w"] for c_ in reg])[0]
                    guest = None
                else:
                    c = None
                    if guest_pool and R.random() < 0.18:
                        cand = [g for g in guest_pool if g[3] == website]
                        guest = R.choice(cand) if cand else None
                    else:
                        guest = None
                    if guest is None:
                        pers = make_person(sk)
                        gm = mail(pers[0], pers[1], 10000 + len(guest_pool))
                        guest = (gm, pers, pick_place(sk), website)
                        guest_pool.append(guest)
                orders.append(dict(t=t, website=website, cust=c, guest=guest))
    # the test orders of January 2024
    for k, t in enumerate([DT(2024, 1, 9, 13, 20, 5), DT(2024, 1, 9, 13, 41, 50), DT(2024, 1, 10, 8, 2, 31), DT(2024, 1, 23, 15, 12, 40)]):
        orders.append(dict(t=t, website=1, cust=test, guest=None, test=True))
    # a guest who later registered with the same e-mail
    g0 = next(g for g in guest_pool if g[3] == 1)
    late = add_customer(1, DT(2025, 5, 6, 18, 40, 11), g0[1], g0[2], 1, email=g0[0])
    orders.append(dict(t=DT(2025, 5, 6, 18, 44, 2), website=1, cust=late, guest=None))
    orders.sort(key=lambda o: o["t"])

    # order states and flows
    hist_id, item_id, addr_id, pay_id, inv_id, shp_id, trk_id, cm_id, cmi_id = 0, 0, 0, 0, 0, 0, 0, 0, 0
    inc = {1: 100010000, 2: 200000000}
    inv_inc = {1: 100010000, 2: 200000000}
    shp_inc = {1: 100010000, 2: 200000000}
    cm_inc = {1: 100000500, 2: 200000000}
    coupon_uses = {}
    first_order_done = set()
    stuck_pending = 0
    holded = 0
    fraud = 0
    for o in orders:
        t, website, c, guest = o["t"], o["website"], o["cust"], o["guest"]
        d = t.date()
        sk = website == 2
        oid += 1
        inc[website] += 1
        salon = bool(c and c["group"] == 5)
        vip = bool(c and c["group"] == 4)
        items = choose_items(sk, d, salon)
        if o.get("test"):
            items = [(products["LEV-BR-MED"], None, 1)]
        if c:
            email, first, last, place, group = c["email"], c["first"], c["last"], c["place"], c["group"]
            c["orders"] += 1
        else:
            email, pers, place, _ = guest
            first, last = typed_name(pers[0], pers[1])
            group = 0
        # VAT and currency
        rate = (0.23 if d >= SK_VAT_DAY else 0.20) if sk else 0.21
        cur = "EUR" if sk else "CZK"
        g_rate = EUR_CZK[(d.year, d.month)] if sk else 1.0
        # payment and shipping
        if salon:
            method = "banktransfer" if R.random() < 0.8 else "gopay"
        else:
            method = R.choices(["gopay", "cashondelivery", "banktransfer"], [55, 33, 12])[0]
        if sk:
            ship = R.choices(["zasilkovna_zasilkovna", "gls_gls"], [68, 32])[0]
        else:
            opts = ["zasilkovna_zasilkovna", "ppl_ppl", "instore_pickup"] + (["balikovna_balikovna"] if d >= BALIKOVNA_DAY else [])
            ws = [52, 22, 10 if place["region"] == "Jihomoravský kraj" and "rno" in place["city"] else 2] + ([16] if d >= BALIKOVNA_DAY else [])
            ship = R.choices(opts, ws)[0]
        if o.get("test"):
            method, ship = R.choice(["gopay", "banktransfer"]), "instore_pickup"
        # lines
        lines = []
        sub_incl = 0.0
        for p, kid, q in items:
            if sk:
                pi = kid["eur"] if kid else p["eur"]
            else:
                pi = float(kid["czk"] if kid else p["czk"])
            if p["sku"] == "RY-KAV-50" and d >= D(2025, 3, 1):
                pi = 14.40 if sk else 349.0     # on sale before it was withdrawn
            if p["sku"] == "LAV-TON-30" and d >= D(2025, 9, 1):
                pi = 12.40 if sk else 299.0
            lines.append(dict(p=p, kid=kid, q=q, pi=pi))
            sub_incl += pi * q
        # discounts: group rules first (stop further rules), then one coupon
        rule, coupon, pct, free_ship = None, None, 0.0, False
        if vip:
            rule, pct = 1, 10.0
        elif salon:
            rule, pct = 2, 15.0
        else:
            key = email.lower()
            u = R.random()
            cands = []
            if key not in first_order_done and u < 0.22:
                cands.append(4 if sk else 3)
            for r_ in RULES[4:]:
                if r_[2] and r_[3] <= d and (r_[4] is None or d <= r_[4]) and (r_[7] == "both" or r_[7] == ("sk" if sk else "cz")):
                    if r_[0] in (7, 8) and R.random() < 0.55:
                        cands.append(r_[0])
                    elif r_[0] in (5, 6) and R.random() < 0.16:
                        cands.append(r_[0])
                    elif r_[0] == 9 and R.random() < 0.05:
                        cands.append(r_[0])
                    elif r_[0] == 10 and R.random() < 0.25:
                        cands.append(r_[0])
            if cands and not o.get("test"):
                rule = cands[0]
                rr = RULES[rule - 1]
                pct, free_ship = rr[5], bool(rr[6])
                code = rr[2]
                v = R.random()
                coupon = code if v < 0.8 else code.lower() if v < 0.93 else code.capitalize()
                coupon_uses[rule] = coupon_uses.get(rule, 0) + 1
        first_order_done.add(email.lower())
        # free sample line in 2025 on bigger orders
        thr = 40.0 if sk else 1000.0
        if d >= SAMPLE_DAY and sub_incl >= thr and not salon:
            lines.append(dict(p=products["VZOREK-01"], kid=None, q=1, pi=0.0))
        # shipping price
        s = SHIP[ship]
        if sk:
            sp = s[4] if d.year == 2024 else s[5]
        else:
            sp = float(s[2] if d.year == 2024 else s[3])
        if sub_incl >= (60.0 if sk else 1500.0) or free_ship or salon:
            sp = 0.0
        ship_desc = (SK_SHIP_DESC.get(ship, (s[0], s[1]))[0] if sk else (s[0] if d < PACKETA_DAY else s[1]))
        # amounts per line
        row_tot, row_incl, disc_tot, tax_tot, qty_tot, weight = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
        for ln in lines:
            pi, q = ln["pi"], ln["q"]
            ln["price"] = r2(pi / (1 + rate))
            ln["row_incl"] = r2(pi * q)
            ln["row"] = r2(ln["row_incl"] / (1 + rate))
            ln["disc"] = r2(ln["row_incl"] * pct / 100) if pct and ln["p"]["sku"] != "VZOREK-01" else 0.0
            ln["tax"] = r2((ln["row_incl"] - ln["disc"]) * rate / (1 + rate))
            row_tot += ln["row"]
            row_incl += ln["row_incl"]
            disc_tot += ln["disc"]
            tax_tot += ln["tax"]
            qty_tot += q
            weight += ln["p"]["weight"] * q
        ship_excl = r2(sp / (1 + rate))
        ship_tax = r2(sp - ship_excl)
        subtotal, subtotal_incl, disc_tot = r2(row_tot), r2(row_incl), r2(disc_tot)
        tax = r2(tax_tot + ship_tax)
        grand = r2(subtotal_incl + sp - disc_tot)
        # flow
        flow = []   # (time, status, state, comment, entity)
        inv_t = shp_t = done_t = cancel_t = None
        if o.get("test"):
            final = ("canceled", "canceled")
            flow = [(t, "pending", "new", None, "order"), (t + TD(minutes=R.randint(5, 50)), "canceled", "canceled", "Testovací objednávka - zrušeno", "order")]
        else:
            u = R.random()
            if method == "gopay":
                if u < 0.05:
                    flow = [(t, "pending_payment", "pending_payment", None, "order"),
                            (t + TD(minutes=R.randint(60, 90)), "canceled", "canceled", "Platba nebyla dokončena (GoPay CANCELED).", "order")]
                else:
                    flow = [(t, "pending_payment", "pending_payment", None, "order")]
                    inv_t = t + TD(minutes=R.randint(1, 4), seconds=R.randint(0, 59))
                    flow.append((inv_t, "processing", "processing", f"Zachycená částka {grand:.2f} {cur} online. ID transakce: \"{int(h('gp', oid)[:10], 16) % 10 ** 10}\"", "invoice"))
            elif method == "banktransfer":
                flow = [(t, "pending", "new", None, "order")]
                if u < 0.07 and not salon:
                    if d >= D(2025, 12, 18):
                        pass
                    elif d < D(2024, 7, 1) and stuck_pending < 3 and R.random() < 0.25:
                        stuck_pending += 1
                    else:
                        flow.append((next_working(t, 10, 12), "canceled", "canceled", "Nezaplaceno do 10 dnů - zrušeno.", "order"))
                else:
                    inv_t = next_working(t, 1, 4) if not (d >= D(2025, 12, 27)) else None
                    if inv_t and inv_t.date() <= END:
                        flow.append((inv_t, "processing", "processing", f"Platba přijata na účet. Částka {grand:.2f} {cur}.", "invoice"))
                    else:
                        inv_t = None
            else:   # cash on delivery / pay at pickup
                flow = [(t, "processing", "processing", None, "order")]
            last_status = flow[-1][1]
            if last_status == "processing":
                base_t = inv_t or t
                if not holded and d >= D(2025, 10, 1) and R.random() < 0.01:
                    holded += 1
                    flow.append((next_working(base_t, 1, 1), "holded", "holded", "Zákaznice nereaguje - chybná adresa, pozastaveno.", "order"))
                elif ship == "instore_pickup":
                    ready = next_working(base_t, 0, 1)
                    if ready <= base_t:
                        ready = base_t + TD(hours=2, minutes=R.randint(0, 59))
                    if ready.date() <= END:
                        shp_t = ready
                        flow.append((ready, "ready_for_pickup", "processing", "Objednávka je připravena k vyzvednutí na prodejně Údolní 12.", "shipment"))
                        col = DT.combine(ready.date() + TD(days=R.randint(0, 6)), dt.time(R.randint(10, 16), R.randint(0, 59)))
                        if col <= ready:
                            col += TD(days=1)
                        if col.date() <= END:
                            if R.random() < 0.03 and not inv_t:
                                flow.append((col + TD(days=8), "canceled", "canceled", "Nevyzvednuto do 7 dnů.", "order"))
                            else:
                                if not inv_t:
                                    inv_t = col
                                    flow.append((col, "processing", "processing", f"Zaplaceno na prodejně. Částka {grand:.2f} {cur}.", "invoice"))
                                done_t = col
                                flow.append((col + TD(seconds=20), "complete", "complete", None, "order"))
                else:
                    sh = next_working(base_t, 1, 2) if R.random() < 0.85 else next_working(base_t, 2, 5)
                    if sh.date() <= END:
                        shp_t = sh
                        flow.append((sh, "processing", "processing", "Zásilka předána dopravci.", "shipment"))
                        if method == "cashondelivery":
                            dl = DT.combine(sh.date() + TD(days=R.randint(2, 5)), dt.time(R.randint(8, 17), R.randint(0, 59)))
                            if R.random() < 0.035:
                                if (sh + TD(days=12)).date() <= END:
                                    flow.append((sh + TD(days=12), "nevyzvednuto", "canceled", "Zásilka nebyla vyzvednuta a vrátila se zpět.", "order"))
                            elif dl.date() <= END:
                                inv_t = dl
                                flow.append((dl, "processing", "processing", f"Dobírka zaplacena. Částka {grand:.2f} {cur}.", "invoice"))
                                done_t = dl
                                flow.append((dl + TD(seconds=31), "complete", "complete", None, "order"))
                        else:
                            done_t = sh
                            flow.append((sh + TD(seconds=12), "complete", "complete", None, "order"))
            if fraud < 2 and method == "gopay" and last_status == "processing" and d.year == 2024 and d.month in (6, 10) and R.random() < 0.05:
                fraud += 1
                flow = [flow[0], (flow[0][0] + TD(minutes=3), "fraud", "payment_review", "Podezřelá transakce - čeká na kontrolu GoPay.", "order")]
                inv_t = shp_t = done_t = None
        status, state = flow[-1][1], flow[-1][2]
        # refunds on completed orders
        refund = None
        if state == "complete" and not o.get("test"):
            u = R.random()
            rt = DT.combine(done_t.date() + TD(days=R.randint(5, 25)), dt.time(R.randint(8, 15), R.randint(0, 59), R.randint(0, 59)))
            if rt.date() <= END:
                if u < 0.015:
                    refund = ("full", rt)
                elif u < 0.055:
                    refund = ("partial", rt)
        # write the order
        addr_id += 1
        bill_id = addr_id
        addr_id += 1
        ship_id = addr_id
        paid = grand if inv_t else None
        refunded = None
        cm_lines = []
        if refund:
            if refund[0] == "full":
                cm_lines = [(ln, ln["q"]) for ln in lines if ln["pi"] > 0]
                cm_ship = sp
            else:
                cands = [ln for ln in lines if ln["pi"] > 0]
                ln = R.choice(cands)
                cm_lines = [(ln, 1 if ln["q"] == 1 else R.randint(1, ln["q"]))]
                cm_ship = 0.0
            cm_amt = r2(sum(r2((ln["row_incl"] - ln["disc"]) * q / ln["q"]) for ln, q in cm_lines) + cm_ship)
            if refund[0] == "full":
                cm_amt = grand
            refunded = cm_amt
            if refund[0] == "full":
                status, state = "closed", "closed"
                flow.append((refund[1], "closed", "closed", f"Vrácena částka {cm_amt:.2f} {cur} (dobropis).", "creditmemo"))
            else:
                flow.append((refund[1], "complete", "complete", f"Vrácena částka {cm_amt:.2f} {cur} (dobropis).", "creditmemo"))
        updated = flow[-1][0]
        canceled_amt = grand if state == "canceled" else None
        disc_desc = (RULES[rule - 1][1] if not coupon else coupon) if rule else None
        ins("sales_order", (oid, state, status, coupon, h("pc", oid)[:12], ship_desc, 0, website, c["id"] if c else None, -disc_tot if disc_tot else 0.0, grand, ship_excl, ship_tax,
                            subtotal, tax, paid, refunded, paid, canceled_amt, g_rate, 1.0, -disc_tot if disc_tot else 0.0, grand, ship_excl, ship_tax, subtotal, tax, paid,
                            refunded, float(qty_tot), 0 if c else 1, 1 if c else 0, bill_id, group, 50000 + oid * 3, ship_id, subtotal_incl, subtotal_incl, sp, sp, r2(weight),
                            str(inc[website]), cur, email, first, last, disc_desc, "CZK", cur, cur, {1: "Levandulka.cz\nLevandulka CZ\nČeština", 2: "Levandulka.sk\nLevandulka SK\nSlovenčina"}[website],
                            f"{R.randint(31, 217)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", None if R.random() < 0.93 else R.choice(["Prosím zabalit jako dárek.", "Prosím nezvonit, dítě spí.", "Děkuji!", "Doručit po 16h"]),
                            f(t), f(updated), len(lines), ship))
        # addresses
        for aid_, typ in ((bill_id, "billing"), (ship_id, "shipping")):
            pl = place
            comp = c["company"] if c else None
            if typ == "shipping" and ship == "instore_pickup":
                pl = dict(region="Jihomoravský kraj", city="Brno", pc="602 00", street="Údolní 12", country="CZ")
            ins("sales_order_address", (aid_, oid, (c["addr"] if c else None), region_id[pl["region"]], c["id"] if c else None, pl["region"], pl["pc"], last, pl["street"], pl["city"],
                                        email, tel(sk), pl["country"], first, typ, comp, None))
        # items
        for ln in lines:
            p, kid, q = ln["p"], ln["kid"], ln["q"]
            item_id += 1
            parent_item = item_id
            if kid:
                nm = p["sk_name"] if sk else (p["name_old"] if (p["sku"] in RENAMED and d < RENAME_DAY) else p["name"])
                knm = kid["sk_name"] if sk else (kid["name_old"] if (p["sku"] in RENAMED and d < RENAME_DAY) else kid["name"])
                opts = json.dumps({"info_buyRequest": {"qty": q, "super_attribute": {"93" if kid["label"] in shade_opt else "180": kid["label"]}},
                                   "attributes_info": [{"label": "Odstín" if kid["label"] in shade_opt else "Objem", "value": kid["label"]}]}, ensure_ascii=False)
                sku = kid["sku"]
                ptype = "configurable"
                pidv = p["id"]
            else:
                nm = p["sk_name"] if sk else p["name_old"] if p["sku"] in RENAMED and d < RENAME_DAY else p["name"]
                opts = json.dumps({"info_buyRequest": {"qty": q}}, ensure_ascii=False)
                sku, ptype, pidv = p["sku"], "simple", p["id"]
            state_done = state in ("complete", "closed")
            q_inv = float(q) if inv_t else 0.0
            q_ship = float(q) if shp_t and state != "payment_review" else 0.0
            q_can = float(q) if state == "canceled" else 0.0
            q_ref = 0.0
            amt_ref = None
            for cl, cq in cm_lines:
                if cl is ln:
                    q_ref = float(cq)
                    amt_ref = r2(ln["row"] * cq / q)
            rule_ids = str(rule) if rule and ln["disc"] else None
            ins("sales_order_item", (parent_item, oid, None, 80000 + parent_item, website, f(t), f(updated), pidv, ptype, opts, p["weight"], 0, sku, nm, q_can, q_inv, float(q), q_ref,
                                     q_ship, ln["price"], ln["price"], ln["price"], ln["price"], rate * 100, ln["tax"], ln["tax"], pct if ln["disc"] else 0.0, ln["disc"], ln["disc"],
                                     amt_ref, amt_ref, ln["row"], ln["row"], ln["pi"], ln["pi"], ln["row_incl"], ln["row_incl"], rule_ids))
            ln["item_id"] = parent_item
            if kid:
                item_id += 1
                ins("sales_order_item", (item_id, oid, parent_item, 80000 + item_id, website, f(t), f(updated), kid["id"], "simple",
                                         json.dumps({"info_buyRequest": {"qty": q}}, ensure_ascii=False), p["weight"], 0, kid["sku"], knm, q_can, q_inv, float(q), q_ref, q_ship,
                                         0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, None, None, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, None))
        # payment
        pay_id += 1
        info = {"method_title": PAY_TITLE[method] if not (ship == "instore_pickup" and method == "cashondelivery") else "Platba při převzetí na prodejně"}
        ins("sales_order_payment", (pay_id, oid, paid, paid, grand, grand, refunded, refunded, method, (str(int(h("gp", oid)[:10], 16) % 10 ** 10) if method == "gopay" and inv_t else None),
                                    json.dumps(info, ensure_ascii=False)))
        # history
        for (ht, st, _, cmt, ent) in flow:
            hist_id += 1
            ins("sales_order_status_history", (hist_id, oid, 1 if st in ("processing", "complete", "canceled", "ready_for_pickup") and ent != "invoice" else 0, 0, cmt, st, f(ht), ent))
        # invoice, shipment, credit memo
        if inv_t:
            inv_id += 1
            inv_inc[website] += 1
            ins("sales_invoice", (inv_id, website, grand, tax, ship_excl, subtotal, -disc_tot if disc_tot else 0.0, grand, float(qty_tot), g_rate, oid, 2, str(inv_inc[website]), f(inv_t), f(inv_t)))
        if shp_t and state not in ("payment_review",):
            shp_id += 1
            shp_inc[website] += 1
            ins("sales_shipment", (shp_id, website, r2(weight), float(qty_tot), oid, c["id"] if c else None, ship_id, bill_id, None, str(shp_inc[website]), f(shp_t), f(shp_t)))
            if ship != "instore_pickup":
                trk_id += 1
                tn = {"zasilkovna_zasilkovna": "Z" + str(int(h("z", oid)[:9], 16) % 10 ** 10).zfill(10), "ppl_ppl": "4" + str(int(h("p", oid)[:9], 16) % 10 ** 10).zfill(10),
                      "balikovna_balikovna": "DR" + str(int(h("b", oid)[:8], 16) % 10 ** 9).zfill(9) + "CZ", "gls_gls": str(int(h("g", oid)[:9], 16) % 10 ** 11).zfill(11)}[ship]
                ins("sales_shipment_track", (trk_id, shp_id, oid, tn, ship_desc, ship.split("_")[0], f(shp_t)))
        if refund:
            cm_id += 1
            cm_inc[website] += 1
            cm_sub = r2(sum(r2(ln["row"] * q / ln["q"]) for ln, q in cm_lines))
            cm_tax = r2(refunded - r2(refunded / (1 + rate)))
            ins("sales_creditmemo", (cm_id, website, r2(cm_ship - cm_ship / (1 + rate)) if cm_ship else 0.0, 0.0, 0.0, refunded, refunded, cm_sub, cm_tax, r2(cm_ship / (1 + rate)) if cm_ship else 0.0,
                                     g_rate, oid, None, 2, inv_id, str(cm_inc[website]), f(refund[1]), f(refund[1]), cur,
                                     R.choice(["Odstoupení od smlouvy do 14 dnů", "Poškozené zboží", "Alergická reakce", "Nevyhovuje", None])))
            for ln, q in cm_lines:
                cmi_id += 1
                row_incl = r2((ln["row_incl"] - ln["disc"]) * q / ln["q"])
                ins("sales_creditmemo_item", (cmi_id, cm_id, ln["price"], r2(row_incl * rate / (1 + rate)), r2(ln["row"] * q / ln["q"]), r2(ln["row"] * q / ln["q"]), r2(row_incl * rate / (1 + rate)),
                                              ln["price"], float(q), ln["pi"], row_incl, ln["p"]["id"], ln["item_id"], ln["kid"]["sku"] if ln["kid"] else ln["p"]["sku"],
                                              ln["p"]["name_old"] if (ln["p"]["sku"] in RENAMED and d < RENAME_DAY) else (ln["p"]["sk_name"] if sk else ln["p"]["name"])))
        # grid copy
        bname = f"{first} {last}"
        ins("sales_order_grid", (oid, status, website, {1: "Levandulka.cz\nLevandulka CZ\nČeština", 2: "Levandulka.sk\nLevandulka SK\nSlovenčina"}[website], c["id"] if c else None, grand, paid, grand,
                                 paid, str(inc[website]), cur, cur, bname, bname, f(t), f(updated), f"{place['street']},{place['city']},{place['pc']}",
                                 "Údolní 12,Brno,602 00" if ship == "instore_pickup" else f"{place['street']},{place['city']},{place['pc']}", ship_desc, email, group, subtotal, sp, bname,
                                 method, refunded))

    # rules and coupons
    for r_ in RULES:
        rid_, name, code, d0, d1, pctv, fs, web = r_
        ins("salesrule", (rid_, name, None, d0.isoformat(), d1.isoformat() if d1 else None, 1 if code in ("VITEJ10", "VITAJ10") else 0, 1 if (d1 is None or d1 >= END) else 0,
                          1 if rid_ in (1, 2) else 0, "by_percent" if pctv else "by_fixed", pctv, 0, 1 if fs else 0, coupon_uses.get(rid_, 0), 2 if code else 1, 0))
        if code:
            ins("salesrule_coupon", (rid_, rid_, code, None, 1 if code in ("VITEJ10", "VITAJ10") else None, coupon_uses.get(rid_, 0), None, 1, f(DT.combine(min(d0, D(2024, 1, 1)), dt.time(9))), 0))
    # newsletter
    sub_id = 0
    for c in customers:
        if c["email"] == "test@levandulka.cz":
            continue
        if R.random() < 0.45:
            sub_id += 1
            st = 1 if R.random() < 0.85 else 3
            ins("newsletter_subscriber", (sub_id, c["website"], f(c["when"] + TD(days=R.randint(0, 200))) if (c["when"] + TD(days=200)).date() <= END else f(c["when"]), c["id"], c["email"], st, h("nc", c["id"])[:32]))
    for g in guest_pool[:: 4]:
        sub_id += 1
        ins("newsletter_subscriber", (sub_id, g[3], None, 0, g[0], R.choice([1, 1, 1, 4]), h("ng", g[0])[:32]))
    # stock
    for sku, p in sorted(products.items(), key=lambda x: x[1]["id"]):
        ids = [k["id"] for k in p["kids"]] if p["kids"] else [p["id"]]
        for i in ids:
            stock_id += 1
            qty = 0.0 if (p["flag"] in ("disabled", "old_soap", "only2024") or R.random() < 0.08) else float(R.randint(3, 140))
            if p["flag"] == "sample":
                qty = 500.0
            ins("cataloginventory_stock_item", (stock_id, i, 1, qty, 1 if qty > 0 else 0, "2025-12-" + f"{R.randint(1, 30):02d} 10:00:00" if qty == 0 else None, 1, 1.0))
        if p["kids"]:
            stock_id += 1
            ins("cataloginventory_stock_item", (stock_id, p["id"], 1, 0.0, 1, None, 0, 1.0))
    con.commit()
    con.execute("VACUUM")
    con.close()


def days_range(a, b):
    d = a
    while d <= b:
        yield d
        d += TD(days=1)


if __name__ == "__main__":
    main()
