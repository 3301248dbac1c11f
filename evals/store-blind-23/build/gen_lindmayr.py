"""Parfümerie Lindmayr GmbH: a (fictional) Viennese perfumery on Shopware 6.5, copied table by table into SQLite.

A family perfumery founded in 1962 with a boutique at Wollzeile 17, 1010 Wien.  It sells designer and niche fragrances
(Chanel, Dior, Guerlain, Hermès, Maison Francis Kurkdjian, Byredo, Le Labo, Diptyque, Acqua di Parma, Creed ...), body
care, home fragrance and gift sets, plus its own line 'Lindmayr Manufaktur' (house Eaux de Parfum, candles, room spray).
Three Shopware sales channels:
  * lindmayr.at        - Storefront, Austria, VAT 20 %, Österreichische Post / DPD Express / click & collect in the
                         boutique;
  * lindmayr.de        - Storefront, Germany, opened Monday 8 April 2024, German VAT 19 % (OSS), DHL / DHL Express;
  * Boutique Wollzeile - the boutique's till (Shopware POS), anonymous walk-ins on one 'Laufkunde' customer.
Shelf prices are gross and the same in both countries.  Club members (customer group 'Lindmayr Card') get 10 % off,
corporate accounts (customer group 'Firmenkunden') 12 % off, both as automatic promotions; otherwise promotion codes
(WILLKOMMEN10, MUTTERTAG24 / 25, BLACKWEEK24 / 25, HALLODEUTSCHLAND) apply.

Schema style: Shopware 6 (MySQL) copied table by table into SQLite:
  * ids are the BINARY(16) UUIDs exported as 32-character lowercase hex; versioned entities (product, category,
    product_manufacturer, order and the order's children) have a composite key (id, version_id), and the live version
    is 0fa91ce3e96a4bc2be4bd9ce752c3425; links come in pairs (<x>_id, <x>_version_id);
  * names and labels live in *_translation tables keyed by language_id (German is the system language
    2fbb5fe2e29a4d70aa5854ce7ce3e20b, English is the second); English rows are missing for some products and categories;
  * variants are product rows with parent_id set that inherit NULL fields (name, categories, manufacturer, properties)
    from the parent; product_option links a variant to its size option, product_property a product to its properties;
  * prices are JSON (product.price keyed 'c' + currency id, order.price, order_line_item.price, shipping_costs);
  * states are rows of state_machine_state (technical_name open / in_progress / completed / cancelled for orders;
    open / paid / authorized / failed / cancelled / refunded for payments; open / shipped / returned / cancelled for
    deliveries) with German / English labels; every transition is in state_machine_history;
  * the table called `order` is a reserved word; datetimes are UTC with milliseconds ('YYYY-MM-DD HH:MM:SS.mmm'); no
    order is placed between 22:30 and 07:00 Vienna time, so the UTC date is also the Vienna date.
  * dirty data: abandoned order edits left draft version copies of 8 orders; Shopware creates a new guest customer for
    every guest checkout (the same e-mail many times, typed differently); e-mails differing in case; names in capitals /
    lower case / with a trailing space; 'Wien' and 'München' typed many ways; test orders before the German launch;
    a house fragrance renamed (order lines keep the old label); customers who deleted their account (order_customer
    keeps the e-mail but loses the customer_id); gift wrapping as a custom line item; Creed withdrawn in July 2025.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, json, os, random, sqlite3, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import AT_FIRST_F, AT_FIRST_M, AT_LAST, DE_LAST, MIX_FIRST_F, MIX_FIRST_M, MIX_LAST

SEED = 5602917
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "lindmayr.sqlite")
D, TD, DT = dt.date, dt.timedelta, dt.datetime
START, END = D(2024, 1, 1), D(2025, 12, 31)
END_T = DT(2025, 12, 31, 23, 59, 59)
DE_LAUNCH = D(2024, 4, 8)
RENAME_DAY = D(2025, 3, 1)          # 'Ringstraße Nr. 1' -> 'Ringstraße Homme Eau de Parfum'
CHANEL_RISE = D(2025, 3, 1)         # Chanel prices up 5 %
CREED_SALE = D(2025, 5, 15)         # Creed at -20 % until the brand left
CREED_GONE = D(2025, 7, 1)
APPLE_PAY = D(2025, 5, 6)
SHIP_2025 = D(2025, 1, 1)           # Austrian Post 4.90 -> 5.50 EUR, free from 50 -> 60 EUR
RENOVATION = (D(2025, 1, 13), D(2025, 1, 25))
R = random.Random(SEED)
RID = random.Random(SEED + 101)

LIVE = "0fa91ce3e96a4bc2be4bd9ce752c3425"
LANG_DE = "2fbb5fe2e29a4d70aa5854ce7ce3e20b"
EUR = "b7d2554b0ce847cd82f3ac9bd1c0dfca"


def hid():
    return "%032x" % RID.getrandbits(128)


LANG_EN = hid()

SCHEMA = """
CREATE TABLE locale (id CHAR(32) PRIMARY KEY, code VARCHAR(255), created_at DATETIME);
CREATE TABLE language (id CHAR(32) PRIMARY KEY, name VARCHAR(50), parent_id CHAR(32), locale_id CHAR(32), translation_code_id CHAR(32), created_at DATETIME, updated_at DATETIME);
CREATE TABLE currency (id CHAR(32) PRIMARY KEY, iso_code CHAR(3), factor DOUBLE, symbol VARCHAR(255), position INT, created_at DATETIME);
CREATE TABLE currency_translation (currency_id CHAR(32), language_id CHAR(32), short_name VARCHAR(255), name VARCHAR(255), created_at DATETIME, PRIMARY KEY (currency_id, language_id));
CREATE TABLE country (id CHAR(32) PRIMARY KEY, iso VARCHAR(255), iso3 VARCHAR(255), position INT, active TINYINT(1), shipping_available TINYINT(1), created_at DATETIME);
CREATE TABLE country_translation (country_id CHAR(32), language_id CHAR(32), name VARCHAR(255), created_at DATETIME, PRIMARY KEY (country_id, language_id));
CREATE TABLE sales_channel_type (id CHAR(32) PRIMARY KEY, icon_name VARCHAR(255), created_at DATETIME);
CREATE TABLE sales_channel_type_translation (sales_channel_type_id CHAR(32), language_id CHAR(32), name VARCHAR(255), manufacturer VARCHAR(255), description VARCHAR(255), created_at DATETIME, PRIMARY KEY (sales_channel_type_id, language_id));
CREATE TABLE sales_channel (id CHAR(32) PRIMARY KEY, type_id CHAR(32), language_id CHAR(32), customer_group_id CHAR(32), currency_id CHAR(32), payment_method_id CHAR(32), shipping_method_id CHAR(32), country_id CHAR(32), navigation_category_id CHAR(32), navigation_category_version_id CHAR(32), access_key VARCHAR(255), active TINYINT(1), created_at DATETIME);
CREATE TABLE sales_channel_translation (sales_channel_id CHAR(32), language_id CHAR(32), name VARCHAR(255), created_at DATETIME, PRIMARY KEY (sales_channel_id, language_id));
CREATE TABLE sales_channel_domain (id CHAR(32) PRIMARY KEY, sales_channel_id CHAR(32), language_id CHAR(32), currency_id CHAR(32), url VARCHAR(255), created_at DATETIME);
CREATE TABLE customer_group (id CHAR(32) PRIMARY KEY, display_gross TINYINT(1), registration_active TINYINT(1), created_at DATETIME);
CREATE TABLE customer_group_translation (customer_group_id CHAR(32), language_id CHAR(32), name VARCHAR(255), created_at DATETIME, PRIMARY KEY (customer_group_id, language_id));
CREATE TABLE salutation (id CHAR(32) PRIMARY KEY, salutation_key VARCHAR(255), created_at DATETIME);
CREATE TABLE salutation_translation (salutation_id CHAR(32), language_id CHAR(32), display_name VARCHAR(255), letter_name VARCHAR(255), created_at DATETIME, PRIMARY KEY (salutation_id, language_id));
CREATE TABLE payment_method (id CHAR(32) PRIMARY KEY, handler_identifier VARCHAR(255), position INT, active TINYINT(1), after_order_enabled TINYINT(1), created_at DATETIME);
CREATE TABLE payment_method_translation (payment_method_id CHAR(32), language_id CHAR(32), name VARCHAR(255), description MEDIUMTEXT, created_at DATETIME, PRIMARY KEY (payment_method_id, language_id));
CREATE TABLE shipping_method (id CHAR(32) PRIMARY KEY, active TINYINT(1), position INT, technical_name VARCHAR(255), created_at DATETIME);
CREATE TABLE shipping_method_translation (shipping_method_id CHAR(32), language_id CHAR(32), name VARCHAR(255), description MEDIUMTEXT, created_at DATETIME, PRIMARY KEY (shipping_method_id, language_id));
CREATE TABLE tax (id CHAR(32) PRIMARY KEY, tax_rate DECIMAL(10,2), name VARCHAR(255), position INT, created_at DATETIME);
CREATE TABLE tax_rule (id CHAR(32) PRIMARY KEY, tax_id CHAR(32), country_id CHAR(32), tax_rate DOUBLE, active_from DATETIME, created_at DATETIME);
CREATE TABLE product_manufacturer (id CHAR(32), version_id CHAR(32), link VARCHAR(255), created_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE product_manufacturer_translation (product_manufacturer_id CHAR(32), product_manufacturer_version_id CHAR(32), language_id CHAR(32), name VARCHAR(255), description MEDIUMTEXT, created_at DATETIME, PRIMARY KEY (product_manufacturer_id, product_manufacturer_version_id, language_id));
CREATE TABLE product (id CHAR(32), version_id CHAR(32), parent_id CHAR(32), parent_version_id CHAR(32), product_manufacturer_id CHAR(32), product_manufacturer_version_id CHAR(32), tax_id CHAR(32), product_number VARCHAR(64), active TINYINT(1), stock INT, available_stock INT, price JSON, purchase_prices JSON, is_closeout TINYINT(1), release_date DATETIME, sales INT, child_count INT, created_at DATETIME, updated_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE product_translation (product_id CHAR(32), product_version_id CHAR(32), language_id CHAR(32), name VARCHAR(255), description MEDIUMTEXT, meta_title VARCHAR(255), keywords MEDIUMTEXT, created_at DATETIME, updated_at DATETIME, PRIMARY KEY (product_id, product_version_id, language_id));
CREATE TABLE property_group (id CHAR(32) PRIMARY KEY, display_type VARCHAR(255), sorting_type VARCHAR(255), filterable TINYINT(1), created_at DATETIME);
CREATE TABLE property_group_translation (property_group_id CHAR(32), language_id CHAR(32), name VARCHAR(255), description MEDIUMTEXT, position INT, created_at DATETIME, PRIMARY KEY (property_group_id, language_id));
CREATE TABLE property_group_option (id CHAR(32) PRIMARY KEY, property_group_id CHAR(32), color_hex_code VARCHAR(255), created_at DATETIME);
CREATE TABLE property_group_option_translation (property_group_option_id CHAR(32), language_id CHAR(32), name VARCHAR(255), position INT, created_at DATETIME, PRIMARY KEY (property_group_option_id, language_id));
CREATE TABLE product_option (product_id CHAR(32), product_version_id CHAR(32), property_group_option_id CHAR(32), PRIMARY KEY (product_id, product_version_id, property_group_option_id));
CREATE TABLE product_property (product_id CHAR(32), product_version_id CHAR(32), property_group_option_id CHAR(32), PRIMARY KEY (product_id, product_version_id, property_group_option_id));
CREATE TABLE category (id CHAR(32), version_id CHAR(32), parent_id CHAR(32), parent_version_id CHAR(32), after_category_id CHAR(32), after_category_version_id CHAR(32), path LONGTEXT, level INT, active TINYINT(1), child_count INT, type VARCHAR(32), visible TINYINT(1), created_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE category_translation (category_id CHAR(32), category_version_id CHAR(32), language_id CHAR(32), name VARCHAR(255), breadcrumb JSON, created_at DATETIME, PRIMARY KEY (category_id, category_version_id, language_id));
CREATE TABLE product_category (product_id CHAR(32), product_version_id CHAR(32), category_id CHAR(32), category_version_id CHAR(32), PRIMARY KEY (product_id, product_version_id, category_id, category_version_id));
CREATE TABLE product_review (id CHAR(32) PRIMARY KEY, product_id CHAR(32), product_version_id CHAR(32), customer_id CHAR(32), sales_channel_id CHAR(32), language_id CHAR(32), external_user VARCHAR(255), external_email VARCHAR(255), title VARCHAR(255), content LONGTEXT, points DOUBLE, status TINYINT(1), comment MEDIUMTEXT, created_at DATETIME);
CREATE TABLE customer (id CHAR(32) PRIMARY KEY, customer_group_id CHAR(32), default_payment_method_id CHAR(32), sales_channel_id CHAR(32), language_id CHAR(32), last_payment_method_id CHAR(32), default_billing_address_id CHAR(32), default_shipping_address_id CHAR(32), customer_number VARCHAR(255), salutation_id CHAR(32), first_name VARCHAR(255), last_name VARCHAR(255), company VARCHAR(255), email VARCHAR(254), title VARCHAR(100), active TINYINT(1), guest TINYINT(1), first_login DATETIME, last_login DATETIME, birthday DATE, order_count INT, order_total_amount DOUBLE, created_at DATETIME, updated_at DATETIME);
CREATE TABLE customer_address (id CHAR(32) PRIMARY KEY, customer_id CHAR(32), country_id CHAR(32), company VARCHAR(255), salutation_id CHAR(32), first_name VARCHAR(255), last_name VARCHAR(255), street VARCHAR(255), zipcode VARCHAR(50), city VARCHAR(70), phone_number VARCHAR(40), created_at DATETIME);
CREATE TABLE newsletter_recipient (id CHAR(32) PRIMARY KEY, email VARCHAR(255), first_name VARCHAR(255), last_name VARCHAR(255), zip_code VARCHAR(50), city VARCHAR(255), status VARCHAR(255), hash VARCHAR(255), salutation_id CHAR(32), language_id CHAR(32), sales_channel_id CHAR(32), confirmed_at DATETIME, created_at DATETIME, updated_at DATETIME);
CREATE TABLE promotion (id CHAR(32) PRIMARY KEY, active TINYINT(1), valid_from DATETIME, valid_until DATETIME, max_redemptions_global INT, max_redemptions_per_customer INT, exclusive TINYINT(1), use_codes TINYINT(1), use_individual_codes TINYINT(1), code VARCHAR(255), use_setgroups TINYINT(1), customer_restriction TINYINT(1), order_count INT, created_at DATETIME);
CREATE TABLE promotion_translation (promotion_id CHAR(32), language_id CHAR(32), name VARCHAR(255), created_at DATETIME, PRIMARY KEY (promotion_id, language_id));
CREATE TABLE promotion_discount (id CHAR(32) PRIMARY KEY, promotion_id CHAR(32), scope VARCHAR(32), type VARCHAR(32), value DOUBLE, consider_advanced_rules TINYINT(1), max_value DOUBLE, created_at DATETIME);
CREATE TABLE state_machine (id CHAR(32) PRIMARY KEY, technical_name VARCHAR(255), initial_state_id CHAR(32), created_at DATETIME);
CREATE TABLE state_machine_state (id CHAR(32) PRIMARY KEY, technical_name VARCHAR(255), state_machine_id CHAR(32), created_at DATETIME);
CREATE TABLE state_machine_state_translation (state_machine_state_id CHAR(32), language_id CHAR(32), name VARCHAR(255), created_at DATETIME, PRIMARY KEY (state_machine_state_id, language_id));
CREATE TABLE state_machine_history (id CHAR(32) PRIMARY KEY, state_machine_id CHAR(32), entity_name VARCHAR(100), referenced_id CHAR(32), referenced_version_id CHAR(32), from_state_id CHAR(32), to_state_id CHAR(32), action_name VARCHAR(255), user_id CHAR(32), created_at DATETIME);
CREATE TABLE version (id CHAR(32) PRIMARY KEY, name VARCHAR(255), created_at DATETIME);
CREATE TABLE "order" (id CHAR(32), version_id CHAR(32), state_id CHAR(32), auto_increment INTEGER, order_number VARCHAR(64), currency_id CHAR(32), language_id CHAR(32), currency_factor DOUBLE, sales_channel_id CHAR(32), billing_address_id CHAR(32), billing_address_version_id CHAR(32), order_date_time DATETIME, order_date DATE, price JSON, amount_total DOUBLE, amount_net DOUBLE, position_price DOUBLE, tax_status VARCHAR(255), shipping_costs JSON, shipping_total DOUBLE, deep_link_code VARCHAR(32), customer_comment LONGTEXT, affiliate_code VARCHAR(255), campaign_code VARCHAR(255), created_at DATETIME, updated_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE order_customer (id CHAR(32), version_id CHAR(32), order_id CHAR(32), order_version_id CHAR(32), customer_id CHAR(32), email VARCHAR(254), salutation_id CHAR(32), first_name VARCHAR(255), last_name VARCHAR(255), company VARCHAR(255), customer_number VARCHAR(255), created_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE order_address (id CHAR(32), version_id CHAR(32), country_id CHAR(32), order_id CHAR(32), order_version_id CHAR(32), company VARCHAR(255), salutation_id CHAR(32), first_name VARCHAR(255), last_name VARCHAR(255), street VARCHAR(255), zipcode VARCHAR(50), city VARCHAR(70), phone_number VARCHAR(40), created_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE order_delivery (id CHAR(32), version_id CHAR(32), order_id CHAR(32), order_version_id CHAR(32), state_id CHAR(32), shipping_order_address_id CHAR(32), shipping_order_address_version_id CHAR(32), shipping_method_id CHAR(32), tracking_codes JSON, shipping_date_earliest DATE, shipping_date_latest DATE, shipping_costs JSON, created_at DATETIME, updated_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE order_transaction (id CHAR(32), version_id CHAR(32), order_id CHAR(32), order_version_id CHAR(32), state_id CHAR(32), payment_method_id CHAR(32), amount JSON, created_at DATETIME, updated_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE order_line_item (id CHAR(32), version_id CHAR(32), order_id CHAR(32), order_version_id CHAR(32), parent_id CHAR(32), identifier VARCHAR(255), referenced_id VARCHAR(255), product_id CHAR(32), product_version_id CHAR(32), promotion_id CHAR(32), label VARCHAR(255), quantity INT, unit_price DOUBLE, total_price DOUBLE, type VARCHAR(255), payload JSON, price JSON, good TINYINT(1), removable TINYINT(1), stackable TINYINT(1), position INT, created_at DATETIME, PRIMARY KEY (id, version_id));
CREATE TABLE document_type (id CHAR(32) PRIMARY KEY, technical_name VARCHAR(255), created_at DATETIME);
CREATE TABLE document_type_translation (document_type_id CHAR(32), language_id CHAR(32), name VARCHAR(255), created_at DATETIME, PRIMARY KEY (document_type_id, language_id));
CREATE TABLE document (id CHAR(32) PRIMARY KEY, document_type_id CHAR(32), referenced_document_id CHAR(32), order_id CHAR(32), order_version_id CHAR(32), config JSON, sent TINYINT(1), static TINYINT(1), deep_link_code VARCHAR(32), document_number VARCHAR(255), created_at DATETIME);
CREATE INDEX "fk.order.state_id" ON "order" (state_id);
CREATE INDEX "idx.order.sales_channel_id" ON "order" (sales_channel_id);
CREATE INDEX "fk.order_customer.order_id" ON order_customer (order_id, order_version_id);
CREATE INDEX "fk.order_customer.customer_id" ON order_customer (customer_id);
CREATE INDEX "fk.order_address.order_id" ON order_address (order_id, order_version_id);
CREATE INDEX "fk.order_delivery.order_id" ON order_delivery (order_id, order_version_id);
CREATE INDEX "fk.order_transaction.order_id" ON order_transaction (order_id, order_version_id);
CREATE INDEX "fk.order_line_item.order_id" ON order_line_item (order_id, order_version_id);
CREATE INDEX "fk.order_line_item.product_id" ON order_line_item (product_id, product_version_id);
CREATE INDEX "fk.product.parent_id" ON product (parent_id, parent_version_id);
CREATE INDEX "fk.product_category.category_id" ON product_category (category_id, category_version_id);
CREATE INDEX "fk.category.parent_id" ON category (parent_id, parent_version_id);
CREATE INDEX "idx.state_machine_history.referenced_id" ON state_machine_history (referenced_id, referenced_version_id);
CREATE INDEX "fk.customer.customer_group_id" ON customer (customer_group_id);
CREATE INDEX "fk.document.order_id" ON document (order_id, order_version_id);
CREATE INDEX "fk.product_review.product_id" ON product_review (product_id, product_version_id);
"""

# ------------------------------------------------------------------ calendar
AT_HOLIDAYS = {D(2024, 1, 1), D(2024, 1, 6), D(2024, 4, 1), D(2024, 5, 1), D(2024, 5, 9), D(2024, 5, 20), D(2024, 5, 30), D(2024, 8, 15),
               D(2024, 10, 26), D(2024, 11, 1), D(2024, 12, 8), D(2024, 12, 25), D(2024, 12, 26),
               D(2025, 1, 1), D(2025, 1, 6), D(2025, 4, 21), D(2025, 5, 1), D(2025, 5, 29), D(2025, 6, 9), D(2025, 6, 19), D(2025, 8, 15),
               D(2025, 10, 26), D(2025, 11, 1), D(2025, 12, 8), D(2025, 12, 25), D(2025, 12, 26)}


def last_sunday(y, m):
    d = D(y, m, 31)
    return d - TD(days=(d.weekday() + 1) % 7)


DST = {y: (last_sunday(y, 3), last_sunday(y, 10)) for y in range(2018, 2027)}   # 2024: 31 Mar - 27 Oct, 2025: 30 Mar - 26 Oct
MOTHERS_DAY = {2024: D(2024, 5, 12), 2025: D(2025, 5, 11)}
BLACK_WEEK = {2024: (D(2024, 11, 25), D(2024, 12, 2)), 2025: (D(2025, 11, 24), D(2025, 12, 1))}
MONTH_W = {1: 0.7, 2: 1.0, 3: 0.85, 4: 0.9, 5: 1.1, 6: 0.85, 7: 0.75, 8: 0.75, 9: 0.85, 10: 0.95, 11: 1.35, 12: 2.1}


def warehouse_day(d):
    return d.weekday() < 5 and d not in AT_HOLIDAYS


def boutique_open(d):
    """Mon-Sat, closed on Austrian holidays except 8 December (shops open by tradition), closed for the renovation."""
    if d.weekday() == 6 or (d in AT_HOLIDAYS and not (d.month == 12 and d.day == 8)):
        return False
    return not (RENOVATION[0] <= d <= RENOVATION[1])


def to_utc(t):
    a, b = DST[t.year]
    return t - TD(hours=2 if a <= t.date() < b else 1)


def f(t):
    """A Vienna local datetime as Shopware's UTC DATETIME(3) text."""
    u = to_utc(t)
    return u.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (u.microsecond // 1000)


def jd(x, **kw):
    return json.dumps(x, separators=(",", ":"), ensure_ascii=False)


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def fold(s):
    s = s.replace("ı", "i").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def next_warehouse_day(d):
    d += TD(days=1)
    while not warehouse_day(d):
        d += TD(days=1)
    return d


def next_boutique_day(d):
    d += TD(days=1)
    while not boutique_open(d):
        d += TD(days=1)
    return d


def at(d, h0, h1):
    """A random local time on day d between hours h0 and h1."""
    return DT(d.year, d.month, d.day) + TD(seconds=R.randint(int(h0 * 3600), int(h1 * 3600) - 1), microseconds=R.randint(0, 999) * 1000)


# ------------------------------------------------------------------ reference data
COUNTRIES = [("AT", "AUT", "Österreich", "Austria", 1), ("DE", "DEU", "Deutschland", "Germany", 2), ("CH", "CHE", "Schweiz", "Switzerland", 0),
             ("IT", "ITA", "Italien", "Italy", 0), ("CZ", "CZE", "Tschechien", "Czech Republic", 0), ("HU", "HUN", "Ungarn", "Hungary", 0),
             ("SK", "SVK", "Slowakei", "Slovakia", 0), ("SI", "SVN", "Slowenien", "Slovenia", 0)]
SALUTATIONS = [("mrs", "Frau", "Sehr geehrte Frau", "Mrs.", "Dear Mrs."), ("mr", "Herr", "Sehr geehrter Herr", "Mr.", "Dear Mr."),
               ("not_specified", "Keine Angabe", "Guten Tag", "Not specified", "Hello")]
GROUPS = [("standard", "Standard-Kundengruppe", "Standard customer group", 1), ("card", "Lindmayr Card", "Lindmayr Card", 1),
          ("firma", "Firmenkunden", "Corporate customers", 1)]
PAYMENTS = [("card", "Shopware\\Stripe\\CardPaymentHandler", "Kreditkarte", "Credit card"), ("paypal", "Swag\\PayPal\\Checkout\\PayPalPaymentHandler", "PayPal", "PayPal"),
            ("eps", "Shopware\\Stripe\\EpsPaymentHandler", "eps-Überweisung", "eps bank transfer"), ("klarna", "KlarnaPayment\\Components\\PaymentHandler\\PayLaterHandler", "Klarna Rechnung", "Klarna Pay later"),
            ("sofort", "KlarnaPayment\\Components\\PaymentHandler\\PayNowHandler", "Klarna Sofort", "Klarna Pay now"),
            ("prepay", "Shopware\\Core\\Checkout\\Payment\\Cart\\PaymentHandler\\PrePayment", "Vorkasse", "Paid in advance"),
            ("invoice", "Shopware\\Core\\Checkout\\Payment\\Cart\\PaymentHandler\\InvoicePayment", "Rechnung (Firmenkunden)", "Invoice (corporate)"),
            ("applepay", "Shopware\\Stripe\\ApplePayPaymentHandler", "Apple Pay", "Apple Pay"),
            ("cash", "Shopware\\Pos\\CashPaymentHandler", "Barzahlung", "Cash"), ("pos_card", "Shopware\\Pos\\CardTerminalPaymentHandler", "Kartenzahlung (Terminal)", "Card (terminal)")]
SHIPPINGS = [("post", "Österreichische Post", "Austrian Post"), ("dpd", "DPD Express", "DPD Express"), ("pickup", "Abholung in der Boutique", "Collect in the boutique"),
             ("dhl", "DHL Paket", "DHL Parcel"), ("dhl_express", "DHL Express", "DHL Express"), ("pos", "Mitnahme (Boutique)", "Taken away (boutique)")]
STATE_MACHINES = {
    "order.state": [("open", "Offen", "Open"), ("in_progress", "In Bearbeitung", "In progress"), ("completed", "Abgeschlossen", "Done"), ("cancelled", "Abgebrochen", "Cancelled")],
    "order_transaction.state": [("open", "Offen", "Open"), ("paid", "Bezahlt", "Paid"), ("authorized", "Autorisiert", "Authorized"), ("failed", "Fehlgeschlagen", "Failed"),
                                ("cancelled", "Abgebrochen", "Cancelled"), ("refunded", "Erstattet", "Refunded"), ("refunded_partially", "Teilweise erstattet", "Refunded (partially)"),
                                ("paid_partially", "Teilweise bezahlt", "Paid (partially)"), ("reminded", "Erinnert", "Reminded"), ("chargeback", "Rückbuchung", "Chargeback"),
                                ("in_progress", "In Bearbeitung", "In Progress"), ("unconfirmed", "Unbestätigt", "Unconfirmed")],
    "order_delivery.state": [("open", "Offen", "Open"), ("shipped", "Versandt", "Shipped"), ("shipped_partially", "Teilweise versandt", "Shipped (partially)"),
                             ("returned", "Retour", "Returned"), ("returned_partially", "Teilretour", "Returned (partially)"), ("cancelled", "Abgebrochen", "Cancelled")],
}
ACTIONS = {("open", "in_progress"): "process", ("in_progress", "completed"): "complete", ("open", "cancelled"): "cancel", ("in_progress", "cancelled"): "cancel",
           ("open", "paid"): "paid", ("open", "authorized"): "authorize", ("authorized", "paid"): "paid", ("open", "failed"): "fail", ("paid", "refunded"): "refund",
           ("open", "shipped"): "ship", ("shipped", "returned"): "retour", ("open", "cancelled_d"): "cancel"}

# manufacturers: key, name, link
BRANDS = [("CHA", "Chanel", "https://www.chanel.com"), ("DIO", "Dior", "https://www.dior.com"), ("GUE", "Guerlain", "https://www.guerlain.com"),
          ("LAN", "Lancôme", "https://www.lancome.at"), ("NAR", "Narciso Rodriguez", None), ("YSL", "Yves Saint Laurent", "https://www.yslbeauty.at"),
          ("HER", "Hermès", "https://www.hermes.com"), ("ARM", "Giorgio Armani", None), ("MFK", "Maison Francis Kurkdjian", "https://www.franciskurkdjian.com"),
          ("BYR", "Byredo", "https://www.byredo.com"), ("LAB", "Le Labo", "https://www.lelabofragrances.com"), ("DIP", "Diptyque", "https://www.diptyqueparis.com"),
          ("ADP", "Acqua di Parma", "https://www.acquadiparma.com"), ("ESC", "Escentric Molecules", None), ("PEN", "Penhaligon's", "https://www.penhaligons.com"),
          ("CRE", "Creed", "https://www.creedfragrance.com"), ("JMA", "Jo Malone London", "https://www.jomalone.at"), ("JHG", "Juliette Has a Gun", None),
          ("LIN", "Lindmayr Manufaktur", "https://www.lindmayr.at/manufaktur")]
# categories: key, parent key, German name, English name (None = not translated)
CATS = [("root", None, "Katalog", "Catalogue"), ("duft", "root", "Düfte", "Fragrances"), ("damen", "duft", "Damendüfte", "Women's fragrances"),
        ("herren", "duft", "Herrendüfte", "Men's fragrances"), ("nische", "duft", "Nischendüfte", "Niche fragrances"), ("pflege", "root", "Pflege", "Care"),
        ("koerper", "pflege", "Körperpflege", "Body care"), ("rasur", "pflege", "Rasur & Bart", "Shaving"), ("raum", "root", "Raumdüfte", "Home fragrance"),
        ("geschenke", "root", "Geschenke", "Gifts"), ("sets", "geschenke", "Geschenksets", "Gift sets"), ("advent", "geschenke", "Adventkalender", None),
        ("manufaktur", "root", "Lindmayr Manufaktur", None)]
FAMILIES = [("blumig", "Blumig", "Floral"), ("holzig", "Holzig", "Woody"), ("orient", "Orientalisch", "Amber"), ("frisch", "Frisch", "Fresh"),
            ("chypre", "Chypre", "Chypre"), ("fougere", "Fougère", "Fougère"), ("gourmand", "Gourmand", "Gourmand")]
CONCS = [("edp", "Eau de Parfum", "Eau de Parfum"), ("edt", "Eau de Toilette", "Eau de Toilette"), ("edc", "Eau de Cologne", "Eau de Cologne")]
# products: number, brand, German name, English name (None = none), categories, concentration, family,
#           sizes [(label, gross price 2024)], popularity, added, season, English description?
P = [
    ("CHA-COCO", "CHA", "Coco Mademoiselle Eau de Parfum", "Coco Mademoiselle Eau de Parfum", ["damen"], "edp", "chypre", [("35 ml", 109), ("50 ml", 139), ("100 ml", 179)], 9, D(2019, 3, 1), None),
    ("CHA-N5", "CHA", "N°5 Eau de Parfum", "N°5 Eau de Parfum", ["damen"], "edp", "blumig", [("35 ml", 115), ("50 ml", 146), ("100 ml", 195)], 6, D(2019, 3, 1), None),
    ("DIO-MISS", "DIO", "Miss Dior Eau de Parfum", "Miss Dior Eau de Parfum", ["damen"], "edp", "blumig", [("30 ml", 92), ("50 ml", 126), ("100 ml", 166)], 8, D(2019, 3, 1), None),
    ("DIO-JADO", "DIO", "J'adore Eau de Parfum", "J'adore Eau de Parfum", ["damen"], "edp", "blumig", [("30 ml", 94), ("50 ml", 130), ("100 ml", 172)], 7, D(2019, 3, 1), None),
    ("GUE-SHAL", "GUE", "Shalimar Eau de Parfum", None, ["damen"], "edp", "orient", [("30 ml", 82), ("50 ml", 110), ("90 ml", 148)], 3, D(2019, 3, 1), None),
    ("LAN-LVEB", "LAN", "La Vie est Belle Eau de Parfum", "La Vie est Belle Eau de Parfum", ["damen"], "edp", "gourmand", [("30 ml", 72), ("50 ml", 99), ("100 ml", 136)], 9, D(2019, 3, 1), None),
    ("NAR-HER", "NAR", "For Her Eau de Toilette", "For Her Eau de Toilette", ["damen"], "edt", "blumig", [("30 ml", 59), ("50 ml", 82), ("100 ml", 109)], 5, D(2019, 3, 1), None),
    ("YSL-LIBR", "YSL", "Libre Eau de Parfum", "Libre Eau de Parfum", ["damen"], "edp", "blumig", [("30 ml", 86), ("50 ml", 116), ("90 ml", 152)], 7, D(2020, 2, 3), None),
    ("HER-TWIL", "HER", "Twilly d'Hermès Eau de Parfum", None, ["damen"], "edp", "blumig", [("30 ml", 74), ("50 ml", 98), ("85 ml", 132)], 3, D(2021, 9, 1), None),
    ("DIO-SAUV", "DIO", "Sauvage Eau de Toilette", "Sauvage Eau de Toilette", ["herren"], "edt", "fougere", [("60 ml", 88), ("100 ml", 112), ("200 ml", 156)], 10, D(2019, 3, 1), None),
    ("CHA-BLEU", "CHA", "Bleu de Chanel Eau de Parfum", "Bleu de Chanel Eau de Parfum", ["herren"], "edp", "holzig", [("50 ml", 116), ("100 ml", 156), ("150 ml", 196)], 7, D(2019, 3, 1), None),
    ("ARM-ADG", "ARM", "Acqua di Giò Eau de Parfum", "Acqua di Giò Eau de Parfum", ["herren"], "edp", "frisch", [("40 ml", 76), ("75 ml", 102), ("125 ml", 132)], 6, D(2019, 3, 1), None),
    ("HER-TERR", "HER", "Terre d'Hermès Eau de Toilette", "Terre d'Hermès Eau de Toilette", ["herren"], "edt", "holzig", [("50 ml", 86), ("100 ml", 116), ("200 ml", 162)], 4, D(2019, 3, 1), None),
    ("YSL-Y", "YSL", "Y Eau de Parfum", "Y Eau de Parfum", ["herren"], "edp", "fougere", [("60 ml", 94), ("100 ml", 122)], 5, D(2020, 2, 3), None),
    ("LIN-RING", "LIN", "Ringstraße Nr. 1", None, ["herren", "manufaktur"], "edp", "holzig", [("50 ml", 95)], 3, D(2022, 10, 3), None),
    ("MFK-BR540", "MFK", "Baccarat Rouge 540 Eau de Parfum", "Baccarat Rouge 540 Eau de Parfum", ["nische"], "edp", "orient", [("70 ml", 235), ("200 ml", 495)], 4, D(2020, 5, 4), None),
    ("BYR-GYPS", "BYR", "Gypsy Water Eau de Parfum", "Gypsy Water Eau de Parfum", ["nische"], "edp", "holzig", [("50 ml", 172), ("100 ml", 250)], 3, D(2021, 3, 1), None),
    ("LAB-SAN33", "LAB", "Santal 33 Eau de Parfum", "Santal 33 Eau de Parfum", ["nische"], "edp", "holzig", [("50 ml", 210), ("100 ml", 298)], 3, D(2024, 9, 2), None),
    ("DIP-PHIL", "DIP", "Philosykos Eau de Toilette", "Philosykos Eau de Toilette", ["nische"], "edt", "holzig", [("50 ml", 115), ("100 ml", 155)], 3, D(2019, 3, 1), None),
    ("ADP-COL", "ADP", "Colonia Eau de Cologne", "Colonia Eau de Cologne", ["nische"], "edc", "frisch", [("20 ml", 59), ("50 ml", 96), ("100 ml", 135), ("180 ml", 190)], 4, D(2019, 3, 1), None),
    ("ESC-M01", "ESC", "Molecule 01 Eau de Toilette", "Molecule 01 Eau de Toilette", ["nische"], "edt", "holzig", [("30 ml", 59), ("100 ml", 125)], 5, D(2019, 3, 1), None),
    ("PEN-HALF", "PEN", "Halfeti Eau de Parfum", None, ["nische"], "edp", "orient", [("30 ml", 140), ("100 ml", 260)], 1.5, D(2021, 11, 2), None),
    ("CRE-AVEN", "CRE", "Aventus Eau de Parfum", "Aventus Eau de Parfum", ["nische", "herren"], "edp", "chypre", [("50 ml", 250), ("100 ml", 355)], 2.2, D(2019, 3, 1), None),
    ("JMA-LBM", "JMA", "Lime Basil & Mandarin Cologne", "Lime Basil & Mandarin Cologne", ["nische"], "edc", "frisch", [("30 ml", 78), ("100 ml", 158)], 4, D(2020, 9, 1), None),
    ("JHG-NAP", "JHG", "Not a Perfume Eau de Parfum", "Not a Perfume Eau de Parfum", ["nische"], "edp", "holzig", [("50 ml", 70), ("100 ml", 102)], 3, D(2022, 3, 1), None),
    ("LIN-MEL", "LIN", "Wiener Melange Eau de Parfum", None, ["nische", "manufaktur"], "edp", "gourmand", [("50 ml", 89)], 4, D(2021, 10, 4), None),
    ("LIN-PRAT", "LIN", "Praterblüte Eau de Parfum", None, ["damen", "manufaktur"], "edp", "blumig", [("50 ml", 89)], 4, D(2022, 4, 4), None),
    ("CHA-N5BL", "CHA", "N°5 Körperlotion 200 ml", "N°5 Body Lotion 200 ml", ["koerper"], None, None, [(None, 72)], 2, D(2019, 3, 1), None),
    ("DIO-SAUVAS", "DIO", "Sauvage After-Shave Balsam 100 ml", "Sauvage After-Shave Balm 100 ml", ["rasur"], None, None, [(None, 68)], 2, D(2019, 3, 1), None),
    ("ADP-COLSG", "ADP", "Colonia Duschgel 200 ml", "Colonia Shower Gel 200 ml", ["koerper"], None, None, [(None, 44)], 2, D(2019, 3, 1), None),
    ("HER-TERDEO", "HER", "Terre d'Hermès Deodorant Stick 75 ml", None, ["rasur"], None, None, [(None, 41)], 1.5, D(2019, 3, 1), None),
    ("LIN-HCREME", "LIN", "Handcreme Praterblüte 75 ml", None, ["koerper", "manufaktur"], None, None, [(None, 24)], 4, D(2022, 4, 4), None),
    ("LAN-LVEBBL", "LAN", "La Vie est Belle Körperlotion 200 ml", "La Vie est Belle Body Lotion 200 ml", ["koerper"], None, None, [(None, 52)], 2, D(2019, 3, 1), None),
    ("DIP-BAIES", "DIP", "Baies Duftkerze 190 g", "Baies Scented Candle 190 g", ["raum"], None, None, [(None, 72)], 4, D(2019, 3, 1), "winter"),
    ("DIP-FIGU", "DIP", "Figuier Duftkerze 190 g", "Figuier Scented Candle 190 g", ["raum"], None, None, [(None, 72)], 2.5, D(2019, 3, 1), "winter"),
    ("LIN-KERZE", "LIN", "Duftkerze Wollzeile 180 g", None, ["raum", "manufaktur"], None, None, [(None, 42)], 5, D(2020, 10, 1), "winter"),
    ("LIN-SPRAY", "LIN", "Raumspray Hofburg 100 ml", None, ["raum", "manufaktur"], None, None, [(None, 32)], 3, D(2021, 4, 6), None),
    ("JMA-DIFF", "JMA", "Lime Basil & Mandarin Diffusor 165 ml", "Lime Basil & Mandarin Diffuser 165 ml", ["raum"], None, None, [(None, 92)], 1.5, D(2021, 2, 1), None),
    ("DIO-SAUVSET24", "DIO", "Sauvage Geschenkset 2024", "Sauvage Gift Set 2024", ["sets"], None, None, [(None, 119)], 6, D(2024, 10, 28), "xmas24"),
    ("DIO-SAUVSET25", "DIO", "Sauvage Geschenkset 2025", "Sauvage Gift Set 2025", ["sets"], None, None, [(None, 125)], 6, D(2025, 10, 27), "xmas25"),
    ("LAN-LVEBSET24", "LAN", "La Vie est Belle Geschenkset 2024", None, ["sets"], None, None, [(None, 98)], 5, D(2024, 10, 28), "xmas24"),
    ("LAN-LVEBSET25", "LAN", "La Vie est Belle Geschenkset 2025", None, ["sets"], None, None, [(None, 104)], 5, D(2025, 10, 27), "xmas25"),
    ("LIN-ENTDECK", "LIN", "Entdeckerset 5 × 2 ml", None, ["sets", "manufaktur"], None, None, [(None, 19)], 4, D(2021, 11, 2), None),
    ("LIN-ADVENT25", "LIN", "Duft-Adventkalender 2025", None, ["advent", "manufaktur"], None, None, [(None, 149)], 7, D(2025, 10, 20), "advent25"),
    ("CHA-COCOSET23", "CHA", "Coco Mademoiselle Geschenkset 2023", None, ["sets"], None, None, [(None, 139)], 0, D(2023, 10, 30), "never"),
    ("GUE-AQBC", "GUE", "Aqua Allegoria Bergamote Calabria Eau de Toilette 75 ml", None, ["damen"], "edt", "frisch", [(None, 72)], 0, D(2025, 12, 15), "never"),
]
RENAMED = {"LIN-RING": ("Ringstraße Nr. 1", "Ringstraße Homme Eau de Parfum")}
# promotions: key, name, code, from, until, type, value, use_codes, min order (gross)
PROMOS = [("welcome", "Willkommen -10 %", "WILLKOMMEN10", D(2019, 3, 1), None, "percentage", 10.0, 1, 0),
          ("md24", "Muttertag 2024 -15 %", "MUTTERTAG24", D(2024, 4, 29), D(2024, 5, 12), "percentage", 15.0, 1, 0),
          ("md25", "Muttertag 2025 -15 %", "MUTTERTAG25", D(2025, 4, 28), D(2025, 5, 11), "percentage", 15.0, 1, 0),
          ("bw24", "Black Week 2024 -20 %", "BLACKWEEK24", BLACK_WEEK[2024][0], BLACK_WEEK[2024][1], "percentage", 20.0, 1, 0),
          ("bw25", "Black Week 2025 -20 %", "BLACKWEEK25", BLACK_WEEK[2025][0], BLACK_WEEK[2025][1], "percentage", 20.0, 1, 0),
          ("hallo", "Hallo Deutschland 10 € Rabatt", "HALLODEUTSCHLAND", DE_LAUNCH, D(2024, 6, 30), "absolute", 10.0, 1, 50),
          ("card", "Lindmayr Card -10 %", None, D(2019, 3, 1), None, "percentage", 10.0, 0, 0),
          ("firma", "Firmenkunden -12 %", None, D(2019, 3, 1), None, "percentage", 12.0, 0, 0)]
CORPORATE = [("Grand Hotel Donaublick", "Wien", "1020", "Obere Donaustraße 41", D(2019, 11, 4), 5), ("Boutiquehotel Josefine", "Wien", "1080", "Lange Gasse 29", D(2020, 11, 9), 3),
             ("Kanzlei Haider & Partner Rechtsanwälte", "Wien", "1010", "Schottenring 12", D(2019, 12, 2), 3), ("Steuerberatung Pichler KG", "Linz", "4020", "Landstraße 64", D(2021, 11, 15), 2),
             ("Autohaus Gruber GmbH", "Graz", "8020", "Wiener Straße 212", D(2020, 11, 23), 3), ("Immobilien Wallner GmbH", "Wien", "1190", "Döblinger Hauptstraße 8", D(2022, 10, 17), 2),
             ("Eventagentur Sternstunde OG", "Wien", "1070", "Neubaugasse 44", D(2021, 3, 8), 4), ("Privatbank Reiter & Co AG", "Salzburg", "5020", "Getreidegasse 18", D(2019, 11, 11), 4),
             ("Ordination Dr. Koller", "Wien", "1180", "Währinger Straße 150", D(2023, 11, 6), 1.5), ("Hotel Alpenrose Kitzbühel", "Kitzbühel", "6370", "Hahnenkammstraße 3", D(2022, 11, 28), 2.5),
             ("Tischlerei Moser GmbH", "St. Pölten", "3100", "Linzer Straße 77", D(2023, 12, 4), 1.5), ("Weingut Strobl", "Krems an der Donau", "3500", "Obere Landstraße 9", D(2024, 10, 14), 1.5),
             ("Kunsthandel Auer & Söhne", "Wien", "1010", "Dorotheergasse 6", D(2025, 10, 20), 0)]
AT_PLACES = [("Wien", None, 58), ("Graz", ["8010", "8020", "8036", "8042", "8045"], 6), ("Linz", ["4020", "4030", "4040"], 5), ("Salzburg", ["5020", "5026"], 4.5),
             ("Innsbruck", ["6020"], 3.5), ("Klagenfurt am Wörthersee", ["9020"], 2.5), ("St. Pölten", ["3100"], 2), ("Wels", ["4600"], 1.5),
             ("Baden", ["2500"], 2), ("Mödling", ["2340"], 2.5), ("Wiener Neustadt", ["2700"], 1.5), ("Dornbirn", ["6850"], 1), ("Villach", ["9500"], 1),
             ("Krems an der Donau", ["3500"], 1), ("Eisenstadt", ["7000"], 1), ("Bregenz", ["6900"], 0.8), ("Leoben", ["8700"], 0.7),
             ("Perchtoldsdorf", ["2380"], 1.5), ("Klosterneuburg", ["3400"], 1.5), ("Tulln an der Donau", ["3430"], 0.8)]
DE_PLACES = [("München", ["80331", "80469", "80539", "80796", "81369", "81675"], 22), ("Berlin", ["10115", "10243", "10405", "10629", "12043", "14057"], 14),
             ("Hamburg", ["20095", "20249", "22085", "22767"], 7), ("Köln", ["50667", "50733", "50937"], 5), ("Frankfurt am Main", ["60311", "60316", "60594"], 5),
             ("Stuttgart", ["70173", "70192"], 4), ("Düsseldorf", ["40210", "40479"], 3), ("Leipzig", ["04109", "04275"], 2.5), ("Dresden", ["01067", "01307"], 2),
             ("Nürnberg", ["90402", "90489"], 3), ("Regensburg", ["93047"], 2.5), ("Passau", ["94032"], 2), ("Rosenheim", ["83022"], 3),
             ("Freiburg im Breisgau", ["79098"], 2), ("Augsburg", ["86150"], 3), ("Bonn", ["53111"], 1.5), ("Traunstein", ["83278"], 1.5)]
STREETS_AT = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Währinger Straße", "Favoritenstraße", "Hietzinger Hauptstraße", "Praterstraße",
              "Josefstädter Straße", "Alser Straße", "Neubaugasse", "Kaiserstraße", "Thaliastraße", "Gumpendorfer Straße", "Wiedner Hauptstraße",
              "Grinzinger Allee", "Hauptplatz", "Bahnhofstraße", "Kirchengasse", "Schulgasse", "Lindengasse", "Herrengasse", "Schönbrunner Straße",
              "Margaretenstraße", "Porzellangasse", "Linzer Straße", "Grazer Straße", "Rosengasse", "Mühlweg", "Am Anger"]
STREETS_DE = ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenstraße", "Leopoldstraße", "Sendlinger Straße", "Schönhauser Allee",
              "Kastanienallee", "Eppendorfer Weg", "Aachener Straße", "Berger Straße", "Königstraße", "Karl-Liebknecht-Straße", "Maximilianstraße", "Gartenstraße"]
MAIL_AT = ["gmx.at", "gmail.com", "aon.at", "chello.at", "a1.net", "icloud.com", "outlook.com", "hotmail.com", "yahoo.com", "gmx.net"]
MAIL_DE = ["gmail.com", "web.de", "gmx.de", "t-online.de", "icloud.com", "outlook.de", "yahoo.de", "freenet.de", "posteo.de"]
REVIEW_TEXT = {5: [("Traumhaft!", "Mein absoluter Lieblingsduft, hält den ganzen Tag."), ("Perfekt", "Schnelle Lieferung, wunderschön verpackt."),
                   ("Immer wieder", "Schon die dritte Flasche, ich liebe ihn."), ("Sehr empfehlenswert", "Bekomme ständig Komplimente.")],
               4: [("Sehr schön", "Toller Duft, die Haltbarkeit könnte besser sein."), ("Gut", "Schöner Duft, etwas teuer."), ("Gerne wieder", "Gute Beratung, gute Lieferung.")],
               3: [("Okay", "Riecht anders als in Erinnerung."), ("Geht so", "Auf meiner Haut leider schnell verflogen.")],
               2: [("Enttäuscht", "Der Duft hält kaum eine Stunde."), ("Nicht meins", "Leider zu süß für mich.")],
               1: [("Leider nein", "Flakon kam beschädigt an."), ("Schade", "Ganz anders als beschrieben.")]}


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    rows = {}

    def ins(t, row):
        rows.setdefault(t, []).append(row)

    def tr(t, key, de, en, extra_de=(), extra_en=(), created=None):
        ins(t, (key, LANG_DE, de) + tuple(extra_de) + (created,))
        if en is not None:
            ins(t, (key, LANG_EN, en) + tuple(extra_en) + (created,))

    SETUP = DT(2019, 2, 18, 10, 12, 5)
    st = f(SETUP)
    # languages, locales, currency, countries
    loc_de, loc_en = hid(), hid()
    ins("locale", (loc_de, "de-AT", st))
    ins("locale", (loc_en, "en-GB", st))
    ins("language", (LANG_DE, "Deutsch", None, loc_de, loc_de, st, None))
    ins("language", (LANG_EN, "English", None, loc_en, loc_en, st, None))
    ins("currency", (EUR, "EUR", 1.0, "€", 1, st))
    tr("currency_translation", EUR, "EUR", "EUR", ("Euro",), ("Euro",), st)
    CTRY = {}
    for i, (iso, iso3, de, en, pos) in enumerate(COUNTRIES):
        CTRY[iso] = hid()
        ins("country", (CTRY[iso], iso, iso3, i + 1, 1, 1 if iso in ("AT", "DE") else 0, st))
        tr("country_translation", CTRY[iso], de, en, created=st)
    SAL = {}
    for key, de, de_l, en, en_l in SALUTATIONS:
        SAL[key] = hid()
        ins("salutation", (SAL[key], key, st))
        tr("salutation_translation", SAL[key], de, en, (de_l,), (en_l,), st)
    GRP = {}
    for key, de, en, reg in GROUPS:
        GRP[key] = hid()
        ins("customer_group", (GRP[key], 1, reg if key != "firma" else 0, st))
        tr("customer_group_translation", GRP[key], de, en, created=st)
    PAY = {}
    for i, (key, handler, de, en) in enumerate(PAYMENTS):
        PAY[key] = hid()
        created = f(DT(2025, 5, 5, 16, 40, 0)) if key == "applepay" else st
        ins("payment_method", (PAY[key], handler, i + 1, 1, 1 if key in ("card", "paypal", "applepay") else 0, created))
        tr("payment_method_translation", PAY[key], de, en, (None,), (None,), created)
    SHIPM = {}
    for i, (key, de, en) in enumerate(SHIPPINGS):
        SHIPM[key] = hid()
        created = f(DT(2024, 3, 20, 11, 5, 0)) if key in ("dhl", "dhl_express") else st
        ins("shipping_method", (SHIPM[key], 1, i + 1, key, created))
        tr("shipping_method_translation", SHIPM[key], de, en, (None,), (None,), created)
    TAX = hid()
    ins("tax", (TAX, 20.0, "Normalsteuersatz", 1, st))
    ins("tax", (hid(), 10.0, "Ermäßigter Steuersatz", 2, st))
    ins("tax_rule", (hid(), TAX, CTRY["DE"], 19.0, None, f(DT(2024, 3, 20, 11, 0, 0))))
    # state machines
    SM, SMS = {}, {}
    for mname, states in STATE_MACHINES.items():
        SM[mname] = hid()
        for tname, de, en in states:
            SMS[(mname, tname)] = hid()
    for mname, states in STATE_MACHINES.items():
        ins("state_machine", (SM[mname], mname, SMS[(mname, "open")], st))
        for tname, de, en in states:
            ins("state_machine_state", (SMS[(mname, tname)], tname, SM[mname], st))
            tr("state_machine_state_translation", SMS[(mname, tname)], de, en, created=st)
    DOC = {}
    for key, de, en in (("invoice", "Rechnung", "Invoice"), ("credit_note", "Gutschrift", "Credit note"), ("delivery_note", "Lieferschein", "Delivery note"),
                        ("storno", "Stornorechnung", "Cancellation invoice")):
        DOC[key] = hid()
        ins("document_type", (DOC[key], key, st))
        tr("document_type_translation", DOC[key], de, en, created=st)
    # categories (self-reference parent_id, Shopware path '|root|...|parent|')
    CAT, path, level = {}, {}, {}
    for key, parent, de, en in CATS:
        CAT[key] = hid()
    prev = {}
    for key, parent, de, en in CATS:
        if parent is None:
            path[key], level[key] = None, 1
        else:
            path[key] = (path[parent] or "|") + CAT[parent] + "|"
            level[key] = level[parent] + 1
        after = prev.get(parent)
        prev[parent] = key
        kids = sum(1 for c in CATS if c[1] == key)
        ins("category", (CAT[key], LIVE, CAT[parent] if parent else None, LIVE if parent else None, CAT[after] if after else None, LIVE if after else None,
                         path[key], level[key], 1, kids, "page", 1, st))
        crumbs_de, k = [], key
        while k:
            crumbs_de.insert(0, (CAT[k], next(c[2] for c in CATS if c[0] == k)))
            k = next(c[1] for c in CATS if c[0] == k)
        ins("category_translation", (CAT[key], LIVE, LANG_DE, de, jd({i: n for i, n in crumbs_de}, ensure_ascii=False), st))
        if en:
            ins("category_translation", (CAT[key], LIVE, LANG_EN, en, None, st))
    # sales channels
    SCT = {"storefront": "8a243080f92e4c719546314b577cf82b", "headless": "f183ee5650cf4bdb8a774337575067a6", "pos": hid()}
    for key, de, en in (("storefront", "Storefront", "Storefront"), ("headless", "Headless", "Headless"), ("pos", "Shopware POS", "Shopware POS")):
        ins("sales_channel_type", (SCT[key], "regular-storefront" if key == "storefront" else "regular-shopping-basket" if key == "headless" else "regular-money", st))
        tr("sales_channel_type_translation", SCT[key], de, en, ("shopware AG", None), ("shopware AG", None), st)
    SC = {"at": hid(), "de": hid(), "pos": hid()}
    SC_CREATED = {"at": st, "de": f(DT(2024, 3, 20, 10, 45, 0)), "pos": f(DT(2019, 2, 25, 9, 30, 0))}
    for key, typ, ctry, ship, pay, name in (("at", "storefront", "AT", "post", "card", "lindmayr.at"), ("de", "storefront", "DE", "dhl", "paypal", "lindmayr.de"),
                                            ("pos", "pos", "AT", "pos", "pos_card", "Boutique Wollzeile")):
        ins("sales_channel", (SC[key], SCT[typ], LANG_DE, GRP["standard"], EUR, PAY[pay], SHIPM[ship], CTRY[ctry], CAT["root"], LIVE,
                              "SWSC" + hid()[:22].upper(), 1, SC_CREATED[key]))
        ins("sales_channel_translation", (SC[key], LANG_DE, name, SC_CREATED[key]))
    ins("sales_channel_domain", (hid(), SC["at"], LANG_DE, EUR, "https://www.lindmayr.at", st))
    ins("sales_channel_domain", (hid(), SC["at"], LANG_EN, EUR, "https://www.lindmayr.at/en", st))
    ins("sales_channel_domain", (hid(), SC["de"], LANG_DE, EUR, "https://www.lindmayr.de", SC_CREATED["de"]))
    ins("sales_channel_domain", (hid(), SC["pos"], LANG_DE, EUR, "https://pos.lindmayr.at", SC_CREATED["pos"]))
    # property groups
    PG = {"inhalt": hid(), "konz": hid(), "familie": hid()}
    for key, de, en, disp in (("inhalt", "Inhalt", "Size", "text"), ("konz", "Konzentration", "Concentration", "text"), ("familie", "Duftfamilie", "Fragrance family", "text")):
        ins("property_group", (PG[key], disp, "alphanumeric" if key != "inhalt" else "position", 1, st))
        tr("property_group_translation", PG[key], de, en, (None, 1), (None, 1), st)
    OPT = {}
    sizes = []
    for p in P:
        for lab, _ in p[7]:
            if lab and lab not in sizes:
                sizes.append(lab)
    sizes.sort(key=lambda s: int(s.split()[0]))
    for i, s in enumerate(sizes):
        OPT[("inhalt", s)] = hid()
        ins("property_group_option", (OPT[("inhalt", s)], PG["inhalt"], None, st))
        tr("property_group_option_translation", OPT[("inhalt", s)], s, s, (i + 1,), (i + 1,), st)
    for grp, lst in (("konz", CONCS), ("familie", FAMILIES)):
        for i, (key, de, en) in enumerate(lst):
            OPT[(grp, key)] = hid()
            ins("property_group_option", (OPT[(grp, key)], PG[grp], None, st))
            tr("property_group_option_translation", OPT[(grp, key)], de, en, (i + 1,), (i + 1,), st)
    # manufacturers
    MAN = {}
    for key, name, link in BRANDS:
        MAN[key] = hid()
        ins("product_manufacturer", (MAN[key], LIVE, link, st))
        ins("product_manufacturer_translation", (MAN[key], LIVE, LANG_DE, name, None, st))

    # ------------------------------------------------------------------ products
    def price_json(gross, list_price=None):
        net = r2(gross / 1.2)
        p = {"currencyId": EUR, "net": net, "gross": float(gross), "linked": True}
        if list_price:
            p["listPrice"] = {"currencyId": EUR, "net": r2(list_price / 1.2), "gross": float(list_price), "linked": True}
        return jd({"c" + EUR: p})

    VARIANTS = []   # dicts: id, number, parent index, size label, base price, product name key
    PROD = {}
    for pi, p in enumerate(P):
        number, brand, de, en, cats, conc, fam, szs, pop, added, season = p
        pid = hid()
        PROD[number] = pid
        created = at(added - TD(days=3) if added > D(2019, 3, 1) else D(2019, 2, 26), 9, 17)
        has_var = szs[0][0] is not None
        base_price = szs[0][1]
        cur = lambda pr: (round(pr * 1.05) if brand == "CHA" and added < CHANEL_RISE else pr)
        active = 0 if (season == "never" and number.endswith("SET23")) or number == "CRE-AVEN" or season in ("xmas24",) else 1
        if number == "CRE-AVEN":
            active = 0
        stock = 0 if season in ("xmas24", "advent25") or number == "CRE-AVEN" else R.randint(4, 60)
        if number == "CHA-COCOSET23":
            stock = 3
        listp = None
        ins("product", (pid, LIVE, None, None, MAN[brand], LIVE, TAX, number, active, None if has_var else stock, None if has_var else stock,
                        price_json(cur(base_price)), jd({"c" + EUR: {"currencyId": EUR, "net": r2(base_price / 1.2 * 0.56), "gross": r2(base_price * 0.56), "linked": True}}),
                        1 if number == "CRE-AVEN" else 0, f(created), 0, len(szs) if has_var else 0, f(created),
                        f(DT(2025, 7, 1, 8, 2, 11)) if number == "CRE-AVEN" else f(DT(2025, 3, 1, 6, 30, 0)) if number in RENAMED or brand == "CHA" else None))
        name_now = RENAMED[number][1] if number in RENAMED else de
        ins("product_translation", (pid, LIVE, LANG_DE, name_now, f"{name_now} von {dict((b[0], b[1]) for b in BRANDS)[brand]}.", name_now, None, f(created), None))
        if en:
            ins("product_translation", (pid, LIVE, LANG_EN, en, None, None, None, f(created), None))
        for c in cats:
            ins("product_category", (pid, LIVE, CAT[c], LIVE))
        if conc:
            ins("product_property", (pid, LIVE, OPT[("konz", conc)]))
        if fam:
            ins("product_property", (pid, LIVE, OPT[("familie", fam)]))
        if has_var:
            for lab, pr in szs:
                vid = hid()
                vnum = f"{number}-{int(lab.split()[0]):03d}"
                vstock = 0 if number == "CRE-AVEN" else R.randint(2, 40)
                lp = None
                ins("product", (vid, LIVE, pid, LIVE, None, None, None, vnum, None, vstock, vstock, price_json(cur(pr), lp), None, None, f(created), 0, 0,
                                f(created), None))
                ins("product_option", (vid, LIVE, OPT[("inhalt", lab)]))
                VARIANTS.append({"id": vid, "number": vnum, "pi": pi, "size": lab, "price": pr, "parent": pid})
        else:
            VARIANTS.append({"id": pid, "number": number, "pi": pi, "size": None, "price": szs[0][1], "parent": None})

    def price_at(v, d):
        p = P[v["pi"]]
        pr = v["price"]
        if p[1] == "CHA" and d >= CHANEL_RISE:
            pr = round(pr * 1.05)
        if p[0] == "CRE-AVEN" and d >= CREED_SALE:
            pr = r2(pr * 0.8)
        return float(pr)

    def label_at(v, d):
        num = P[v["pi"]][0]
        if num in RENAMED:
            return RENAMED[num][0] if d < RENAME_DAY else RENAMED[num][1]
        return P[v["pi"]][2]

    def on_sale(v, d):
        p = P[v["pi"]]
        season = p[10]
        if d < p[9] or season == "never":
            return False
        if p[0] == "CRE-AVEN" and d >= CREED_GONE:
            return False
        if season == "xmas24":
            return D(2024, 11, 1) <= d <= D(2024, 12, 31)
        if season == "xmas25":
            return D(2025, 11, 1) <= d <= D(2025, 12, 31)
        if season == "advent25":
            return D(2025, 10, 20) <= d <= D(2025, 11, 30)
        return True

    def weight(v, d):
        p = P[v["pi"]]
        w = p[8]
        if p[10] == "winter":
            w *= 2.2 if d.month in (11, 12, 1) else 0.6 if d.month in (5, 6, 7, 8) else 1.0
        if p[10] in ("xmas24", "xmas25") and d.month == 12:
            w *= 1.5
        if p[0] == "CRE-AVEN" and d >= CREED_SALE:
            w *= 2.5
        if p[0] == "LAB-SAN33" and d < D(2024, 10, 15):
            w *= 1.8
        if v["size"]:
            szs = [s for s, _ in p[7]]
            k = szs.index(v["size"])
            w *= [0.9, 1.3, 0.7, 0.4][k] if len(szs) >= 3 else [1.0, 0.9][k]
        return w

    # ------------------------------------------------------------------ people
    customers = {}   # id -> dict
    cust_order = []

    def person(country):
        u = R.random()
        female = R.random() < 0.72
        if u < 0.14:
            first = R.choice(MIX_FIRST_F if female else MIX_FIRST_M)
            last = R.choice(MIX_LAST)
        else:
            first = R.choice(AT_FIRST_F if female else AT_FIRST_M)
            last = R.choice(AT_LAST if country == "AT" or R.random() < 0.25 else DE_LAST)
        return first, last, ("mrs" if female else "mr") if R.random() < 0.93 else "not_specified"

    def typed(name):
        u = R.random()
        if u < 0.04:
            return name.upper()
        if u < 0.08:
            return name.lower()
        if u < 0.11:
            return name + " "
        return name

    def email_for(first, last, country, k=None):
        user = fold(first).lower().replace(" ", "") + R.choice([".", "", "_"]) + fold(last).lower().replace(" ", "").replace("'", "")
        if R.random() < 0.3:
            user += str(R.randint(1, 99))
        dom = R.choice(MAIL_AT if country == "AT" else MAIL_DE)
        e = f"{user}@{dom}"
        if R.random() < 0.03:
            e = e[0].upper() + e[1:]
        return e

    def place(country):
        if country == "AT":
            city, zips, _ = R.choices(AT_PLACES, [p[2] for p in AT_PLACES])[0]
            if city == "Wien":
                z = 1000 + 10 * R.randint(1, 23)
                u = R.random()
                typed_city = "Wien" if u < 0.78 else "WIEN" if u < 0.82 else "wien" if u < 0.87 else "Wien " if u < 0.9 else "Vienna" if u < 0.95 else f"Wien {z % 1000 // 10}"
                return typed_city, str(z), "Wien"
            return (city.upper() if R.random() < 0.03 else city), R.choice(zips), city
        city, zips, _ = R.choices(DE_PLACES, [p[2] for p in DE_PLACES])[0]
        if city == "München":
            u = R.random()
            typed_city = "München" if u < 0.8 else "Muenchen" if u < 0.88 else "Munchen" if u < 0.92 else "Munich" if u < 0.97 else "MÜNCHEN"
            return typed_city, R.choice(zips), "München"
        return (city.lower() if R.random() < 0.02 else city), R.choice(zips), city

    def street(country):
        s = R.choice(STREETS_AT if country == "AT" else STREETS_DE)
        if "straße" in s.lower() and R.random() < 0.12:
            s = s.replace("Straße", "Strasse").replace("straße", "strasse")
        return f"{s} {R.randint(1, 160)}" + (f"/{R.randint(1, 24)}" if country == "AT" and R.random() < 0.6 else "")

    def phone(country):
        if R.random() < 0.35:
            return None
        if country == "AT":
            return R.choice(["+43 664 ", "0664 ", "+43 676 ", "0699 ", "+43 1 "]) + f"{R.randint(100, 999)} {R.randint(1000, 9999)}"
        return R.choice(["+49 170 ", "0151 ", "+49 89 ", "0176 "]) + f"{R.randint(1000000, 9999999)}"

    def new_customer(when, channel, group="standard", guest=0, country=None, fixed=None):
        cid = hid()
        country = country or ("DE" if channel == "de" else "AT")
        if fixed:
            first, last, sal, company, email, city, zipc, canon, strt = fixed
        else:
            first, last, sal = person(country)
            city, zipc, canon = place(country)
            company, strt = None, street(country)
            email = email_for(first, last, country)
        c = {"id": cid, "group": group, "channel": channel, "guest": guest, "first": typed(first) if not fixed else first, "last": typed(last) if not fixed else last,
             "sal": sal, "email": email, "company": company, "country": country, "created": when, "city": city, "zip": zipc, "canon": canon,
             "street": strt, "phone": phone(country), "addr": hid(), "w": min(R.lognormvariate(0, 0.9), 6.0), "deleted": None,
             "birthday": D(R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)) if R.random() < 0.3 and not guest else None,
             "newsletter": R.random() < (0.1 if guest else 0.4), "pay": None, "orders": 0}
        customers[cid] = c
        cust_order.append(cid)
        return c

    # Laufkunde for anonymous boutique sales
    LAUF = new_customer(DT(2019, 2, 25, 9, 40, 0), "pos", fixed=("Laufkunde", "Boutique", "not_specified", None, "boutique@lindmayr.at", "Wien", "1010", "Wien", "Wollzeile 17"))
    LAUF["w"] = 0
    # registered customers from before 2024 (dormant or active)
    pool = {"at": [], "de": [], "card": []}
    for _ in range(1850):
        when = at(D(2019, 3, 1) + TD(days=R.randint(0, 1765)), 7.5, 22)
        pool["at"].append(new_customer(when, "at"))
    for _ in range(300):
        when = at(D(2019, 3, 1) + TD(days=R.randint(0, 1765)), 10, 18)
        while not boutique_open(when.date()):
            when += TD(days=1)
        pool["card"].append(new_customer(when, "pos", "card"))
    for c in pool["at"][:120]:   # some web customers joined the club
        c["group"] = "card"
        pool["card"].append(c)
    corp = []
    for name, city, zipc, strt, created, vol in CORPORATE:
        first, last, sal = person("AT")
        mail = fold(first[0] + "." + last).lower() + "@" + fold(name.split()[0] + name.split()[1]).lower().replace("&", "").replace(".", "") + ".at"
        c = new_customer(at(created, 9, 16), "at", "firma", fixed=(first, last, sal, name, mail, city, zipc, city, strt))
        c["w"] = vol
        corp.append(c)
    TEST = new_customer(DT(2024, 4, 4, 16, 2, 11), "de", fixed=("Test", "Lindmayr", "not_specified", None, "test@lindmayr.at", "Wien", "1010", "Wien", "Wollzeile 17"))
    TEST["country"] = "AT"
    TEST["w"] = 0

    # ------------------------------------------------------------------ orders
    orders = []
    seq = {"web": 31842, "pos": 104211}

    def pick_lines(d, channel, corporate=False):
        avail = [v for v in VARIANTS if on_sale(v, d)]
        ws = [weight(v, d) for v in avail]
        if corporate:
            cands = [v for v in avail if P[v["pi"]][4][0] in ("sets", "raum") or P[v["pi"]][0] in ("LIN-MEL", "LIN-PRAT", "LIN-ENTDECK", "LIN-HCREME", "LIN-ADVENT25")]
            n = R.choice([1, 1, 2, 2, 3])
            out = []
            for v in R.sample(cands, min(n, len(cands))):
                out.append((v, R.choice([5, 8, 10, 12, 15, 20, 25, 30, 40])))
            return out
        n = R.choices([1, 2, 3, 4], [60, 27, 10, 3])[0]
        out, used = [], set()
        for _ in range(n):
            v = R.choices(avail, ws)[0]
            if v["id"] in used:
                continue
            used.add(v["id"])
            q = 1 if R.random() < 0.92 else 2
            if P[v["pi"]][0] in ("LIN-ENTDECK", "LIN-HCREME") and R.random() < 0.2:
                q += 1
            out.append((v, q))
        return out

    def make_order(channel, t0, cust, lines, pay, ship, promo=None, wrap=False, test=False, cancel_kind=None):
        d = t0.date()
        o = {"id": hid(), "channel": channel, "t0": t0, "cust": cust, "pay": pay, "ship": ship, "promo": promo, "test": test, "lines": [], "events": [],
             "docs": []}
        country = "DE" if channel == "de" else "AT"
        rate = 19.0 if channel == "de" else 20.0
        pos = 0
        prod_sum = 0.0
        for v, q in lines:
            u = price_at(v, d)
            tot = r2(u * q)
            prod_sum = r2(prod_sum + tot)
            pos += 1
            o["lines"].append({"type": "product", "v": v, "q": q, "unit": u, "total": tot, "label": label_at(v, d), "pos": pos})
        if wrap:
            pos += 1
            o["lines"].append({"type": "custom", "v": None, "q": 1, "unit": 4.9, "total": 4.9, "label": "Geschenkverpackung", "pos": pos})
        if promo:
            pr = next(x for x in PROMOS if x[0] == promo)
            disc = r2(prod_sum * pr[6] / 100) if pr[5] == "percentage" else pr[6]
            pos += 1
            o["lines"].append({"type": "promotion", "v": None, "q": 1, "unit": -disc, "total": -disc, "label": pr[1], "pos": pos, "promo": pr})
        position = r2(sum(l["total"] for l in o["lines"]))
        if ship == "post":
            fee = 5.5 if d >= SHIP_2025 else 4.9
            free = 60 if d >= SHIP_2025 else 50
            s = 0.0 if position >= free else fee
        elif ship == "dhl":
            s = 0.0 if position >= 69 else 5.9
        elif ship == "dpd":
            s = 9.9
        elif ship == "dhl_express":
            s = 12.9
        else:
            s = 0.0
        total = r2(position + s)
        tax = r2(total * rate / (100 + rate))
        o.update(position=position, shipping=s, total=total, tax=tax, net=r2(total - tax), rate=rate, country=country)
        # state flow
        st_o, st_t, st_d = "open", "open", "open"
        ev = o["events"]

        def go(t, ent, frm, to):
            if t <= END_T:
                ev.append((t, ent, frm, to))
                return True
            return False

        def ship_time(t_paid):
            dd = t_paid.date()
            if ship == "pickup":
                dd = next_boutique_day(dd)
                for _ in range(R.choice([0, 0, 1, 1, 2, 4])):
                    dd = next_boutique_day(dd)
                return at(dd, 10.5, 18)
            if not (warehouse_day(dd) and t_paid.hour < 13 and R.random() < 0.6):
                dd = next_warehouse_day(dd)
                if R.random() < 0.15:
                    dd = next_warehouse_day(dd)
            t = at(dd, 15, 17.5)
            return t if t > t_paid else t_paid + TD(minutes=R.randint(20, 90))

        if test:
            go(t0 + TD(minutes=R.randint(3, 9)), "order_transaction", "open", "cancelled")
            go(t0 + TD(minutes=R.randint(10, 14)), "order", "open", "cancelled")
            go(t0 + TD(minutes=R.randint(10, 14)), "order_delivery", "open", "cancelled")
        elif channel == "pos":
            tp = t0 + TD(seconds=R.randint(15, 50))
            go(tp, "order_transaction", "open", "paid")
            go(tp + TD(seconds=1), "order", "open", "in_progress")
            go(tp + TD(seconds=2), "order_delivery", "open", "shipped")
            go(tp + TD(seconds=3), "order", "in_progress", "completed")
        else:
            paid_t = None
            if pay in ("card", "paypal", "eps", "sofort", "applepay"):
                tp = t0 + TD(seconds=R.randint(30, 240))
                if cancel_kind == "failed":
                    go(tp, "order_transaction", "open", "failed")
                    tc = t0 + TD(minutes=R.randint(60, 95))
                    go(tc, "order", "open", "cancelled")
                    go(tc + TD(seconds=1), "order_delivery", "open", "cancelled")
                else:
                    go(tp, "order_transaction", "open", "paid")
                    go(tp + TD(seconds=2), "order", "open", "in_progress")
                    paid_t = tp
            elif pay == "klarna":
                tp = t0 + TD(seconds=R.randint(30, 200))
                go(tp, "order_transaction", "open", "authorized")
                go(tp + TD(seconds=2), "order", "open", "in_progress")
                paid_t = tp
            elif pay == "prepay":
                if cancel_kind == "unpaid":
                    tc = at(d + TD(days=14), 9, 10)
                    if go(tc, "order_transaction", "open", "cancelled"):
                        go(tc + TD(seconds=1), "order", "open", "cancelled")
                        go(tc + TD(seconds=2), "order_delivery", "open", "cancelled")
                else:
                    dd = d
                    for _ in range(R.randint(1, 5)):
                        dd = next_warehouse_day(dd)
                    tp = at(dd, 9, 11.5)
                    if go(tp, "order_transaction", "open", "paid"):
                        go(tp + TD(seconds=2), "order", "open", "in_progress")
                        paid_t = tp
            elif pay == "invoice":
                tp = t0 + TD(minutes=R.randint(30, 240))
                go(tp, "order", "open", "in_progress")
                paid_t = tp
            if paid_t is not None:
                tc = paid_t + TD(minutes=R.randint(40, 600))
                if cancel_kind == "withdrawn" and tc.date() == paid_t.date() and tc.hour < 22 and tc <= END_T:
                    go(tc, "order", "in_progress", "cancelled")
                    go(tc + TD(seconds=1), "order_delivery", "open", "cancelled")
                    go(tc + TD(minutes=R.randint(5, 30)), "order_transaction", "paid", "refunded")
                else:
                    ts_ = ship_time(paid_t)
                    if go(ts_, "order_delivery", "open", "shipped"):
                        go(ts_ + TD(seconds=1), "order", "in_progress", "completed")
                        o["docs"].append(("invoice", ts_))
                        o["shipped"] = ts_
                        if pay == "klarna":
                            go(ts_ + TD(seconds=5), "order_transaction", "authorized", "paid")
                        if pay == "invoice":
                            tpay = at(ts_.date() + TD(days=R.randint(9, 35)), 8, 16)
                            go(tpay, "order_transaction", "open", "paid")
                        if cancel_kind == "return" and ship != "pickup":
                            tr_ = at(ts_.date() + TD(days=R.randint(7, 20)), 9, 16)
                            trf = at(next_warehouse_day(tr_.date()), 9, 12)
                            if warehouse_day(tr_.date()) and trf <= END_T and pay != "invoice":
                                go(tr_, "order_delivery", "shipped", "returned")
                                go(trf, "order_transaction", "paid", "refunded")
                                o["docs"].append(("credit_note", trf))
        orders.append(o)
        cust["orders"] += 1
        return o

    def cnt(base):
        """A Poisson-ish draw with mean base."""
        n, x = 0, base
        while x > 0:
            u = R.random()
            if x >= 1:
                n += 1 if u < 0.95 else (2 if u < 0.975 else 0)
            else:
                n += 1 if u < x else 0
            x -= 1
        return n

    def in_window(pr, d):
        return pr[3] <= d and (pr[4] is None or d <= pr[4])

    def choose_promo(cust, d, channel, prod_sum, first):
        if cust["group"] == "card":
            return "card"
        if cust["group"] == "firma":
            return "firma"
        if channel == "pos":
            return None
        for key in ("bw24", "bw25"):
            pr = next(x for x in PROMOS if x[0] == key)
            if in_window(pr, d) and R.random() < 0.5:
                return key
        for key in ("md24", "md25"):
            pr = next(x for x in PROMOS if x[0] == key)
            if in_window(pr, d) and R.random() < 0.3:
                return key
        if channel == "de":
            pr = next(x for x in PROMOS if x[0] == "hallo")
            if in_window(pr, d) and prod_sum >= 50 and R.random() < 0.45:
                return "hallo"
        if first and not cust["guest"] and R.random() < 0.35:
            return "welcome"
        return None

    def choose_pay(channel, d, corporate=False):
        if corporate:
            return "invoice"
        if channel == "at":
            opts = [("card", 34), ("paypal", 30), ("eps", 10), ("klarna", 14), ("prepay", 7), ("applepay", 5 if d >= APPLE_PAY else 0)]
        else:
            opts = [("card", 28), ("paypal", 38), ("sofort", 12), ("klarna", 20), ("applepay", 6 if d >= APPLE_PAY else 0)]
        return R.choices([o[0] for o in opts], [o[1] for o in opts])[0]

    def choose_ship(channel, d, corporate=False):
        if channel == "de":
            return "dhl_express" if R.random() < 0.04 else "dhl"
        if corporate:
            return "post"
        u = R.random()
        if u < 0.09 and boutique_open(next_boutique_day(d)) and not (RENOVATION[0] - TD(days=7) <= d <= RENOVATION[1]):
            return "pickup"
        if u < 0.14:
            return "dpd"
        return "post"

    day = START
    while day <= END:
        m = MONTH_W[day.month]
        wd = [1.05, 1.0, 1.0, 1.0, 0.95, 0.85, 1.15][day.weekday()]
        bw = 2.2 if any(a <= day <= b for a, b in BLACK_WEEK.values()) else 1.0
        md = 1.8 if any(x - TD(days=10) <= day <= x - TD(days=2) for x in MOTHERS_DAY.values()) else 1.0
        val = 1.9 if day.month == 2 and 7 <= day.day <= 13 else 1.0
        xmas_cut = 0.3 if day.month == 12 and day.day >= 22 else 1.0
        growth = 1.08 if day.year == 2025 else 1.0
        plan = []
        plan += [("at", None)] * cnt(3.7 * m * wd * bw * md * val * xmas_cut * growth)
        if day >= DE_LAUNCH:
            ramp = min(1.0, 0.45 + 0.55 * (day - DE_LAUNCH).days / 240)
            plan += [("de", None)] * cnt(2.3 * ramp * m * wd * bw * md * val * xmas_cut * growth)
        if boutique_open(day):
            pm = 1.35 if day.month == 12 and day.day <= 24 else 1.0
            plan += [("pos", None)] * cnt(3.0 * min(m, 1.6) * pm * [1.0, 0.9, 0.95, 1.05, 1.15, 1.5, 0][day.weekday()] * (1.6 if day.month == 12 and day.day in (8, 23, 24) else 1.0))
        for c in corp:
            if c["created"].date() <= day and c["w"] > 0 and warehouse_day(day):
                pr = 0.04 if day.month == 11 else 0.09 if day.month == 12 and day.day <= 18 else 0.0025
                if R.random() < pr * c["w"] / 3:
                    plan.append(("at", c))
        if day == D(2024, 4, 5):
            for k in range(3):
                plan.append(("test", None))
        R.shuffle(plan)
        for channel, fixed_c in plan:
            if channel == "test":
                t0 = at(day, 15, 17)
                v = R.choice([v for v in VARIANTS if on_sale(v, day)])
                make_order("de", t0, TEST, [(v, 1)], R.choice(["card", "paypal"]), "dhl", test=True)
                continue
            if channel == "pos":
                h1 = 14 if (day.month == 12 and day.day in (24, 31)) else 18 if day.weekday() == 5 else 18.5
                t0 = at(day, 10, h1)
                if R.random() < 0.62:
                    cust = LAUF
                else:
                    members = [c for c in pool["card"] if c["created"] <= t0 and not c["deleted"]]
                    if R.random() < 0.08 or not members:
                        cust = new_customer(t0 - TD(minutes=R.randint(2, 8)), "pos", "card")
                        pool["card"].append(cust)
                    else:
                        cust = R.choices(members, [c["w"] for c in members])[0]
                lines = pick_lines(day, "pos")
                pay = "cash" if R.random() < 0.22 else "pos_card"
                promo = choose_promo(cust, day, "pos", 0, False)
                wrap = R.random() < (0.3 if day.month == 12 else 0.1)
                make_order("pos", t0, cust, lines, pay, "pos", promo=promo, wrap=wrap)
                continue
            t0 = at(day, 7, 22.5)
            if fixed_c is not None:
                cust = fixed_c
                lines = pick_lines(day, "at", corporate=True)
                make_order("at", at(day, 8, 17), cust, lines, "invoice", "post", promo="firma")
                continue
            guest_p = 0.38 if channel == "at" else 0.45
            first = False
            if R.random() < guest_p:
                # a guest checkout: a new guest customer row every time, e-mails repeat
                src = R.random()
                if src < 0.3 and pool.get("guest_" + channel):
                    old = R.choice(pool["guest_" + channel])     # a returning guest (one identity per e-mail address)
                    fx = (old["first"].strip().title() if R.random() < 0.5 else old["first"], old["last"], old["sal"], None,
                          old["email"] if R.random() < 0.85 else old["email"].lower().capitalize(), old["city"], old["zip"], old["canon"], old["street"])
                    cust = new_customer(t0 - TD(seconds=R.randint(40, 300)), channel, guest=1, fixed=fx)
                    cust["country"] = old["country"]
                else:
                    cust = new_customer(t0 - TD(seconds=R.randint(40, 300)), channel, guest=1)
                    pool.setdefault("guest_" + channel, []).append(cust)
            else:
                key = channel
                members = [c for c in pool[key] if c["created"] <= t0 and not c["deleted"]]
                if channel == "at":
                    members += [c for c in pool["card"] if c["created"] <= t0 and not c["deleted"] and c["channel"] == "pos" and c["w"] > 2.5]
                p_new = 0.3 if channel == "at" else max(0.25, 0.75 - (day - DE_LAUNCH).days / 500)
                if R.random() < p_new or not members:
                    cust = new_customer(t0 - TD(seconds=R.randint(60, 400)), channel)
                    pool[key].append(cust)
                    first = True
                else:
                    cust = R.choices(members, [c["w"] for c in members])[0]
                    first = cust["orders"] == 0
            lines = pick_lines(day, channel)
            prod_sum = sum(price_at(v, day) * q for v, q in lines)
            promo = choose_promo(cust, day, channel, prod_sum, first)
            pay = choose_pay(channel, day)
            ship = choose_ship(channel, day)
            u = R.random()
            kind = None
            if pay in ("card", "paypal", "eps", "sofort", "applepay") and u < 0.025:
                kind = "failed"
            elif pay == "prepay" and u < 0.14:
                kind = "unpaid"
            elif pay in ("card", "paypal", "applepay") and u < 0.035:
                kind = "withdrawn"
            elif u < 0.065:
                kind = "return"
            wrap = R.random() < (0.14 if day.month in (11, 12) else 0.05)
            make_order(channel, t0, cust, lines, pay, ship, promo=promo, wrap=wrap, cancel_kind=kind)
        # account deletions (GDPR) in 2025
        if day.year == 2025 and R.random() < 0.07:
            cands = [c for c in pool["at"] + pool["de"] if c["created"].date() < day and not c["deleted"] and c["orders"] > 0 and c["group"] == "standard"]
            if cands:
                R.choice(cands)["deleted"] = at(day, 8, 20)
        day += TD(days=1)
    # registrations without a purchase
    for _ in range(260):
        ch = "at" if R.random() < 0.7 else "de"
        dd = START + TD(days=R.randint(0, 730))
        if ch == "de" and dd < DE_LAUNCH:
            dd = DE_LAUNCH + TD(days=R.randint(0, 600))
        pool[ch].append(new_customer(at(dd, 7.5, 22), ch))

    # ------------------------------------------------------------------ write orders
    orders.sort(key=lambda o: o["t0"])
    ORD_STATE_M = {"order": "order.state", "order_transaction": "order_transaction.state", "order_delivery": "order_delivery.state"}
    inv_seq = {2024: 0, 2025: 0}
    cn_seq = {2024: 0, 2025: 0}
    auto = 48211
    live_rows = []
    for o in orders:
        auto += 1
        t0 = o["t0"]
        c = o["cust"]
        if o["channel"] == "pos":
            number = f"P{seq['pos']}"
            seq["pos"] += 1
        else:
            number = str(seq["web"])
            seq["web"] += 1
        o["number"] = number
        # final states
        fin = {"order": "open", "order_transaction": "open", "order_delivery": "open"}
        for t, ent, frm, to in sorted(o["events"], key=lambda e: e[0]):
            fin[ent] = to
        o["final"] = fin
        oc, addr, deliv, trans = hid(), hid(), hid(), hid()
        o.update(oc=oc, addr=addr, deliv=deliv, trans=trans)
        last_t = max([e[0] for e in o["events"]] + [t0])
        sc = SC[o["channel"]]
        rate = o["rate"]
        price = {"netPrice": o["net"], "totalPrice": o["total"], "calculatedTaxes": [{"tax": o["tax"], "taxRate": rate, "price": o["total"]}],
                 "taxRules": [{"taxRate": rate, "percentage": 100}], "positionPrice": o["position"], "rawTotal": o["total"], "taxStatus": "gross"}
        s_tax = r2(o["shipping"] * rate / (100 + rate))
        ship_json = {"unitPrice": o["shipping"], "quantity": 1, "totalPrice": o["shipping"], "calculatedTaxes": [{"tax": s_tax, "taxRate": rate, "price": o["shipping"]}],
                     "taxRules": [{"taxRate": rate, "percentage": 100}]}
        comment = None
        if o["channel"] != "pos" and R.random() < 0.04:
            comment = R.choice(["Bitte als Geschenk verpacken, danke!", "Bitte beim Nachbarn abgeben (Top 4).", "Ist ein Geburtstagsgeschenk – bitte keine Rechnung beilegen.",
                                "Lieferung bitte erst nach 15 Uhr.", "Kann ich eine Probe dazu bekommen?", "Bitte rasch, danke!"])
        o["row"] = [o["id"], LIVE, SMS[("order.state", fin["order"])], auto, number, EUR, LANG_DE, 1.0, sc, addr, LIVE, f(t0), to_utc(t0).date().isoformat(),
                    jd(price), o["total"], o["net"], o["position"], "gross", jd(ship_json), o["shipping"], hid(), comment,
                    None, R.choice(["newsletter-2024-11", "newsletter-2025-04", "instagram", "google-shopping"]) if o["channel"] != "pos" and R.random() < 0.08 else None,
                    f(t0), f(last_t) if last_t > t0 else None]
        cnum = None   # filled after customer numbers are known
        o["oc_row"] = [oc, LIVE, o["id"], LIVE, c["id"] if not c["deleted"] else None, c["email"], SAL[c["sal"]],
                       c["first"] if c["guest"] or R.random() < 0.9 else c["first"].strip(), c["last"], c["company"], cnum, f(t0)]
        o["addr_row"] = [addr, LIVE, CTRY[c["country"] if o["channel"] != "de" else "DE"], o["id"], LIVE, c["company"], SAL[c["sal"]], o["oc_row"][7], c["last"], c["street"],
                         c["zip"], c["city"], c["phone"], f(t0)]
        tracking = []
        if fin["order_delivery"] in ("shipped", "returned") and o["ship"] in ("post", "dpd", "dhl", "dhl_express"):
            tracking = [{"post": lambda: "1000" + "".join(str(R.randint(0, 9)) for _ in range(18)), "dpd": lambda: "0" + "".join(str(R.randint(0, 9)) for _ in range(13)),
                         "dhl": lambda: "00340434" + "".join(str(R.randint(0, 9)) for _ in range(12)), "dhl_express": lambda: "".join(str(R.randint(0, 9)) for _ in range(10))}[o["ship"]]()]
        d0 = t0.date()
        o["deliv_row"] = [deliv, LIVE, o["id"], LIVE, SMS[("order_delivery.state", fin["order_delivery"])], addr, LIVE, SHIPM[o["ship"]], jd(tracking),
                          d0.isoformat() if o["channel"] == "pos" else next_warehouse_day(d0).isoformat(),
                          d0.isoformat() if o["channel"] == "pos" else next_warehouse_day(next_warehouse_day(next_warehouse_day(d0))).isoformat(),
                          jd(ship_json), f(t0), None]
        amount = {"unitPrice": o["total"], "quantity": 1, "totalPrice": o["total"], "calculatedTaxes": price["calculatedTaxes"], "taxRules": price["taxRules"]}
        o["trans_row"] = [trans, LIVE, o["id"], LIVE, SMS[("order_transaction.state", fin["order_transaction"])], PAY[o["pay"]], jd(amount), f(t0), None]
        o["line_rows"] = []
        for l in o["lines"]:
            lid = hid()
            ltax = r2(l["total"] * rate / (100 + rate))
            lprice = {"unitPrice": l["unit"], "quantity": l["q"], "totalPrice": l["total"], "calculatedTaxes": [{"tax": ltax, "taxRate": rate, "price": l["total"]}],
                      "taxRules": [{"taxRate": rate, "percentage": 100}]}
            if l["type"] == "product":
                v = l["v"]
                p = P[v["pi"]]
                payload = {"productNumber": v["number"], "parentId": v["parent"], "manufacturerId": MAN[p[1]], "taxId": TAX, "isCloseout": p[0] == "CRE-AVEN",
                           "options": [{"group": "Inhalt", "option": v["size"]}] if v["size"] else [], "markAsTopseller": False}
                o["line_rows"].append([lid, LIVE, o["id"], LIVE, None, v["id"], v["id"], v["id"], LIVE, None, l["label"], l["q"], l["unit"], l["total"], "product",
                                       jd(payload, ensure_ascii=False), jd(lprice), 1, 1, 1, l["pos"], f(t0)])
            elif l["type"] == "custom":
                o["line_rows"].append([lid, LIVE, o["id"], LIVE, None, "gift-wrapping", None, None, None, None, l["label"], 1, l["unit"], l["total"], "custom",
                                       jd({"customFields": []}), jd(lprice), 0, 1, 0, l["pos"], f(t0)])
            else:
                pr = l["promo"]
                o["line_rows"].append([lid, LIVE, o["id"], LIVE, None, hid(), pr[2], None, None, pr[0], l["label"], 1, l["unit"], l["total"], "promotion",
                                       jd({"code": pr[2] or "", "discountType": pr[5], "value": str(pr[6]), "discountScope": "cart"}), jd(lprice), 0, 1, 0,
                                       l["pos"], f(t0)])
        o["hist"] = []
        for t, ent, frm, to in sorted(o["events"], key=lambda e: e[0]):
            ref = {"order": o["id"], "order_transaction": trans, "order_delivery": deliv}[ent]
            mname = ORD_STATE_M[ent]
            act = ACTIONS.get((frm, to), ACTIONS.get((frm, to + "_d"), to))
            o["hist"].append([hid(), SM[mname], ent, ref, LIVE, SMS[(mname, frm)], SMS[(mname, to)], act, None, f(t)])
        for kind, t in o["docs"]:
            if kind == "invoice" and o["channel"] != "pos":
                y = t.year
                inv_seq[y] += 1
                o["inv_no"] = f"RE-{y % 100}-{inv_seq[y]:05d}"
                o.setdefault("doc_rows", []).append([hid(), DOC["invoice"], None, o["id"], LIVE,
                                                     jd({"documentNumber": o["inv_no"], "documentDate": f(t)[:10], "displayPrices": True}), 1, 0, hid(), o["inv_no"], f(t)])
            elif kind == "credit_note":
                y = t.year
                cn_seq[y] += 1
                no = f"GS-{y % 100}-{cn_seq[y]:04d}"
                o.setdefault("doc_rows", []).append([hid(), DOC["credit_note"], o["doc_rows"][0][0], o["id"], LIVE,
                                                     jd({"documentNumber": no, "documentDate": f(t)[:10], "custom": {"invoiceNumber": o["inv_no"]}}), 1, 0, hid(), no, f(t)])

    # promotions (ids now, then fix line rows)
    PROMO_ID = {}
    for key, name, code, fr, un, typ, val, use_codes, minimum in PROMOS:
        PROMO_ID[key] = hid()
        created = at(fr - TD(days=3) if fr > D(2019, 3, 1) else D(2019, 2, 27), 9, 16)
        used = sum(1 for o in orders if o["promo"] == key and o["final"]["order"] != "cancelled")
        ins("promotion", (PROMO_ID[key], 1 if (un is None or un >= D(2025, 12, 31)) else 0, f(DT.combine(fr, dt.time(0, 0))), f(DT.combine(un, dt.time(23, 59, 59))) if un else None,
                          None, 1 if key == "welcome" else None, 1 if key in ("card", "firma") else 0, use_codes, 0, code, 0, 0, used, f(created)))
        ins("promotion_translation", (PROMO_ID[key], LANG_DE, name, f(created)))
        ins("promotion_discount", (hid(), PROMO_ID[key], "cart", typ, val, 0, None, f(created)))
    for o in orders:
        for r in o["line_rows"]:
            if r[14] == "promotion":
                r[9] = PROMO_ID[r[9]]
                pl = json.loads(r[15])
                pl["promotionId"] = r[9]
                r[15] = jd(pl)

    # customer numbers in creation order
    cust_sorted = sorted(customers.values(), key=lambda c: c["created"])
    LAUF["number"] = "10000"
    n = 10001
    for c in cust_sorted:
        if c is LAUF:
            continue
        c["number"] = str(n)
        n += 1
    for o in orders:
        o["oc_row"][10] = o["cust"]["number"]

    # draft versions left by abandoned order edits (8 completed orders of 2025)
    cand = [o for o in orders if o["t0"].year == 2025 and o["final"]["order"] == "completed" and o["channel"] != "pos" and len(o["lines"]) >= 1
            and o["final"]["order_transaction"] == "paid" and not any(l["type"] == "promotion" for l in o["lines"])]
    drafts = R.sample(cand, 8)
    drafts.sort(key=lambda o: o["t0"])
    for o in drafts:
        vid = hid()
        vt = o["t0"] + TD(days=R.randint(1, 6), hours=R.randint(0, 5))
        ins("version", (vid, "draft order edit", f(vt)))
        o["draft"] = vid
    # write everything
    for o in orders:
        ins("order", tuple(o["row"]))
        ins("order_customer", tuple(o["oc_row"]))
        ins("order_address", tuple(o["addr_row"]))
        ins("order_delivery", tuple(o["deliv_row"]))
        ins("order_transaction", tuple(o["trans_row"]))
        for r in o["line_rows"]:
            ins("order_line_item", tuple(r))
        for r in o["hist"]:
            ins("state_machine_history", tuple(r))
        for r in o.get("doc_rows", []):
            ins("document", tuple(r))
        if o.get("draft"):
            vid = o["draft"]
            # the edit added one more unit of the first product, then was abandoned
            lines = [list(r) for r in o["line_rows"]]
            first = next(r for r in lines if r[14] == "product")
            first[11] += 1
            first[13] = r2(first[12] * first[11])
            pos_price = r2(sum(r[13] for r in lines))
            total = r2(pos_price + o["shipping"])
            tax = r2(total * o["rate"] / (100 + o["rate"]))
            row = list(o["row"])
            row[1], row[10] = vid, vid
            row[13] = jd({"netPrice": r2(total - tax), "totalPrice": total, "calculatedTaxes": [{"tax": tax, "taxRate": o["rate"], "price": total}],
                                  "taxRules": [{"taxRate": o["rate"], "percentage": 100}], "positionPrice": pos_price, "rawTotal": total, "taxStatus": "gross"})
            row[14], row[15], row[16] = total, r2(total - tax), pos_price
            ins("order", tuple(row))
            for base, idx in ((o["oc_row"], (1, 3)), (o["addr_row"], (1, 4)), (o["deliv_row"], (1, 3, 6)), (o["trans_row"], (1, 3))):
                r = list(base)
                for k in idx:
                    r[k] = vid
                if base is o["trans_row"]:
                    amt = json.loads(r[6])
                    amt["unitPrice"] = amt["totalPrice"] = total
                    amt["calculatedTaxes"] = [{"tax": tax, "taxRate": o["rate"], "price": total}]
                    r[6] = jd(amt)
                ins({id(o["oc_row"]): "order_customer", id(o["addr_row"]): "order_address", id(o["deliv_row"]): "order_delivery", id(o["trans_row"]): "order_transaction"}[id(base)], tuple(r))
            for r in lines:
                r[1], r[3] = vid, vid
                ins("order_line_item", tuple(r))

    # customers and addresses
    stats = {}
    for o in orders:
        if o["final"]["order"] != "cancelled":
            s = stats.setdefault(o["cust"]["id"], [0, 0.0, None])
            s[0] += 1
            s[1] = r2(s[1] + o["total"])
            s[2] = o["pay"]
    for c in cust_sorted:
        if c["deleted"]:
            continue
        s = stats.get(c["id"], [0, 0.0, None])
        created = f(c["created"])
        ins("customer_address", (c["addr"], c["id"], CTRY[c["country"]], c["company"], SAL[c["sal"]], c["first"], c["last"], c["street"], c["zip"], c["city"], c["phone"], created))
        grp = GRP[c["group"]]
        default_pay = PAY["pos_card"] if c["channel"] == "pos" else PAY["invoice"] if c["group"] == "firma" else PAY["card"] if c["channel"] == "at" else PAY["paypal"]
        ll = None if c["guest"] or c is LAUF else c["created"] + TD(days=R.randint(0, 400)) if R.random() < 0.8 else None
        if ll and ll > END_T:
            ll = END_T - TD(days=R.randint(1, 20), hours=R.randint(1, 9))
        last_login = f(ll) if ll else None
        ins("customer", (c["id"], grp, default_pay, SC[c["channel"]], LANG_DE, PAY[s[2]] if s[2] else None, c["addr"], c["addr"], c["number"], SAL[c["sal"]],
                         c["first"], c["last"], c["company"], c["email"], "Dr." if R.random() < 0.03 and not c["guest"] else None, 1, c["guest"],
                         None if c["guest"] else created, last_login, c["birthday"].isoformat() if c["birthday"] else None, s[0], s[1], created, None))
    # newsletter
    seen = set()
    for c in cust_sorted:
        if c is LAUF or c is TEST or c["deleted"] or not c["newsletter"] or c["email"].lower() in seen:
            continue
        seen.add(c["email"].lower())
        u = R.random()
        status = "direct" if c["channel"] == "pos" else "optIn" if u < 0.72 else "notSet" if u < 0.82 else "optOut"
        conf = c["created"] + TD(minutes=R.randint(2, 600)) if status in ("optIn", "optOut") else None
        if conf and conf > END_T:
            conf, status = None, "notSet"
        upd = c["created"] + TD(days=R.randint(20, 500)) if status == "optOut" else None
        if upd and upd > END_T:
            upd = END_T - TD(days=3, hours=2)
        conf, upd = (f(conf) if conf else None), (f(upd) if upd else None)
        ins("newsletter_recipient", (hid(), c["email"], c["first"], c["last"], c["zip"], c["city"], status, hid(), SAL[c["sal"]], LANG_DE,
                                     SC[c["channel"] if c["channel"] != "pos" else "at"], conf, f(c["created"]), upd))
    # reviews (registered customers, after delivery)
    for o in orders:
        c = o["cust"]
        if c["guest"] or c is LAUF or o["final"]["order_delivery"] != "shipped" or o["channel"] == "pos" or c["group"] == "firma" or "shipped" not in o:
            continue
        for l in o["lines"]:
            if l["type"] != "product" or R.random() > 0.16:
                continue
            t = o["shipped"] + TD(days=R.randint(3, 30), hours=R.randint(0, 8))
            if t > END_T:
                continue
            v = l["v"]
            base = 4.3 if P[v["pi"]][1] != "LIN" else 4.6
            if P[v["pi"]][0] == "JHG-NAP":
                base = 3.4
            pts = max(1, min(5, int(round(R.gauss(base, 0.9)))))
            title, text = R.choice(REVIEW_TEXT[pts])
            ins("product_review", (hid(), v["parent"] or v["id"], LIVE, None if c["deleted"] else c["id"], SC[o["channel"]], LANG_DE, None, None, title, text, float(pts),
                                   1 if R.random() < 0.94 else 0, "Vielen Dank für Ihre Bewertung! Ihr Lindmayr-Team" if pts <= 2 and R.random() < 0.6 else None, f(t)))
    # product sales counter (Shopware's denormalised 'sales': units of live, not cancelled orders)
    sales = {}
    for o in orders:
        if o["final"]["order"] == "cancelled":
            continue
        for l in o["lines"]:
            if l["type"] == "product":
                sales[l["v"]["id"]] = sales.get(l["v"]["id"], 0) + l["q"]
    prod_rows = []
    for r in rows["product"]:
        r = list(r)
        r[15] = sales.get(r[0], 0)
        prod_rows.append(tuple(r))
    rows["product"] = prod_rows

    for t, lst in rows.items():
        ph = ",".join("?" * len(lst[0]))
        con.executemany(f'INSERT INTO "{t}" VALUES ({ph})', lst)
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
