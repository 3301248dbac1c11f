"""Trillium Paint & Décor: a Canadian chain of paint & decorating stores (Ontario, Quebec and the Atlantic provinces)
selling paint tinted to colour at the counter, stains, wallpaper and decorating sundries to homeowners and to trade
accounts (painting contractors, property managers), which buy on account at a trade price level.

Schema style: an ERP back-office schema with NUMBERED SHORT TABLE CODES. Every table name is a two-letter module
code plus a three-digit number (op100 branches, hr100 employees, ar100 customers, in100 items, so100 invoice headers,
so110 invoice lines, ...). The codes say nothing about the content; the ERP's own data dictionary explains them:
sy900 lists every table (module, title, description) and sy910 describes every column. Columns are ERP-style
lower-case English (branch_no, cust_no, invoice_date, ext_amount). Dates are TEXT YYYYMMDD (no dashes). Money is REAL
Canadian dollars with 2 decimals. Flags are TEXT 'Y' / 'N'. Status codes for branches, customers and invoices sit in one
lookup table (sy100). Customers are soft-deleted through status 'DEL' plus deleted_date. hr100.supervisor_emp_no is a
self-reference and hr120 (employee x certification) is a many-to-many link table. Windsor and Kingston exist both in
Ontario and in Nova Scotia."""
import math, os, random, re, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import CA_FIRST, CA_LAST

SEED = 6093381
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "trillium_paint.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
D = dt.date

TABLES = [
    ("sy100", "SY", "Status codes", "Status codes for branches, customers and sales invoices"),
    ("sy900", "SY", "Table catalogue", "Data dictionary: one row per table of the database"),
    ("sy910", "SY", "Field catalogue", "Data dictionary: one row per column of every table"),
    ("op100", "OP", "Branches", "Stores (branches) of the chain"),
    ("hr100", "HR", "Employees", "Employees, past and present, with their supervisor"),
    ("hr110", "HR", "Certification types", "Certifications and training courses employees can hold"),
    ("hr120", "HR", "Employee certifications", "Which employee holds which certification (latest certification date)"),
    ("ar100", "AR", "Customers", "Customer accounts: trade contractors, institutional accounts and retail rewards members"),
    ("in100", "IN", "Items", "Stock items: paint, primers, stains, wallpaper and decorating sundries"),
    ("in110", "IN", "Colours", "Colour card: the colours paint can be tinted to"),
    ("so100", "SO", "Sales invoice header", "One row per sales invoice"),
    ("so110", "SO", "Sales invoice lines", "One row per item line of a sales invoice"),
]

SCHEMA = """
CREATE TABLE sy100 (
  status_cd TEXT PRIMARY KEY, applies_to TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE sy900 (
  table_code TEXT PRIMARY KEY, module_cd TEXT NOT NULL, table_title TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE sy910 (
  table_code TEXT NOT NULL REFERENCES sy900(table_code), field_seq INTEGER NOT NULL, field_name TEXT NOT NULL,
  description TEXT NOT NULL, PRIMARY KEY (table_code, field_name));
CREATE TABLE op100 (
  branch_no INTEGER PRIMARY KEY, branch_name TEXT NOT NULL UNIQUE, street TEXT NOT NULL, city TEXT NOT NULL,
  prov_cd TEXT NOT NULL, postal_code TEXT NOT NULL, region_cd TEXT NOT NULL, opened_date TEXT NOT NULL, closed_date TEXT,
  status_cd TEXT NOT NULL REFERENCES sy100(status_cd), trade_desk TEXT NOT NULL, sales_sqft INTEGER NOT NULL);
CREATE TABLE hr100 (
  emp_no INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_title TEXT NOT NULL,
  branch_no INTEGER REFERENCES op100(branch_no), supervisor_emp_no INTEGER REFERENCES hr100(emp_no),
  hire_date TEXT NOT NULL, term_date TEXT, emp_type TEXT NOT NULL, pay_basis TEXT NOT NULL, hourly_rate REAL,
  annual_salary REAL, language TEXT NOT NULL);
CREATE TABLE hr110 (
  cert_cd TEXT PRIMARY KEY, cert_name TEXT NOT NULL UNIQUE, issued_by TEXT NOT NULL, renew_months INTEGER);
CREATE TABLE hr120 (
  emp_no INTEGER NOT NULL REFERENCES hr100(emp_no), cert_cd TEXT NOT NULL REFERENCES hr110(cert_cd),
  certified_date TEXT NOT NULL, expiry_date TEXT, PRIMARY KEY (emp_no, cert_cd));
CREATE TABLE ar100 (
  cust_no TEXT PRIMARY KEY, cust_class TEXT NOT NULL, company_name TEXT, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
  email TEXT, phone TEXT, city TEXT NOT NULL, prov_cd TEXT NOT NULL, postal_code TEXT NOT NULL,
  home_branch_no INTEGER NOT NULL REFERENCES op100(branch_no), price_level INTEGER NOT NULL, credit_limit REAL,
  terms_days INTEGER, email_opt_in TEXT NOT NULL, opened_date TEXT NOT NULL,
  status_cd TEXT NOT NULL REFERENCES sy100(status_cd), deleted_date TEXT);
CREATE TABLE in100 (
  item_no TEXT PRIMARY KEY, description TEXT NOT NULL UNIQUE, item_group TEXT NOT NULL, brand TEXT NOT NULL, sheen TEXT,
  container TEXT, tintable TEXT NOT NULL, list_price REAL NOT NULL, std_cost REAL NOT NULL, created_date TEXT NOT NULL,
  discontinued_date TEXT);
CREATE TABLE in110 (
  colour_cd TEXT PRIMARY KEY, colour_name TEXT NOT NULL UNIQUE, colour_family TEXT NOT NULL, collection TEXT NOT NULL,
  intro_year INTEGER NOT NULL, colour_of_year INTEGER);
CREATE TABLE so100 (
  invoice_no INTEGER PRIMARY KEY, branch_no INTEGER NOT NULL REFERENCES op100(branch_no), cust_no TEXT REFERENCES ar100(cust_no),
  salesperson_emp_no INTEGER NOT NULL REFERENCES hr100(emp_no), invoice_date TEXT NOT NULL, order_source TEXT NOT NULL,
  payment_method TEXT NOT NULL, status_cd TEXT NOT NULL REFERENCES sy100(status_cd), po_reference TEXT,
  subtotal REAL NOT NULL, tax_code TEXT NOT NULL, tax_amount REAL NOT NULL, invoice_total REAL NOT NULL);
CREATE TABLE so110 (
  invoice_no INTEGER NOT NULL REFERENCES so100(invoice_no), line_seq INTEGER NOT NULL, item_no TEXT NOT NULL REFERENCES in100(item_no),
  colour_cd TEXT REFERENCES in110(colour_cd), qty INTEGER NOT NULL, unit_price REAL NOT NULL, disc_pct INTEGER NOT NULL,
  ext_amount REAL NOT NULL, PRIMARY KEY (invoice_no, line_seq));
CREATE INDEX so100_ix2 ON so100 (cust_no);
CREATE INDEX hr100_ix1 ON hr100 (branch_no);
"""

FIELDS = {
    "sy100": [("status_cd", "Status code"), ("applies_to", "Table code the status is used in (OP100 branches, AR100 customers, SO100 invoices)"),
              ("description", "Meaning of the status")],
    "sy900": [("table_code", "Table code"), ("module_cd", "ERP module: SY system, OP operations, HR human resources, AR receivables, IN inventory, SO sales"),
              ("table_title", "Short title of the table"), ("description", "What one row of the table is")],
    "sy910": [("table_code", "Table the column belongs to"), ("field_seq", "Position of the column in the table"),
              ("field_name", "Column name"), ("description", "Meaning of the column")],
    "op100": [("branch_no", "Branch number (1xx Ontario East, 2xx Ontario West, 3xx Quebec, 4xx Atlantic)"), ("branch_name", "Branch name"),
              ("street", "Street address"), ("city", "City or town"), ("prov_cd", "Province code (ON, QC, NS, NB, PE)"),
              ("postal_code", "Postal code"), ("region_cd", "Sales region: ON-E, ON-W, QC, ATL"),
              ("opened_date", "Date the branch opened (YYYYMMDD)"), ("closed_date", "Date the branch closed for good (YYYYMMDD); empty while trading"),
              ("status_cd", "Branch status (see sy100)"), ("trade_desk", "Y = branch has a trade counter for contractor accounts"),
              ("sales_sqft", "Sales floor area in square feet")],
    "hr100": [("emp_no", "Employee number"), ("first_name", "First name"), ("last_name", "Last name"), ("job_title", "Job title"),
              ("branch_no", "Branch the employee works at; empty for head office"), ("supervisor_emp_no", "Employee number of the supervisor (direct manager)"),
              ("hire_date", "Hire date (YYYYMMDD)"), ("term_date", "Last day of employment (YYYYMMDD); empty for current employees"),
              ("emp_type", "FT full-time, PT part-time, SEA seasonal (summer)"), ("pay_basis", "H hourly, S salaried"),
              ("hourly_rate", "Hourly rate in CAD (hourly staff)"), ("annual_salary", "Annual salary in CAD (salaried staff)"),
              ("language", "Working language: EN, FR or EN/FR (bilingual)")],
    "hr110": [("cert_cd", "Certification code"), ("cert_name", "Certification name"), ("issued_by", "Body that issues it"),
              ("renew_months", "Months a certification stays valid; empty = does not expire")],
    "hr120": [("emp_no", "Employee number"), ("cert_cd", "Certification code"), ("certified_date", "Date of the latest certification (YYYYMMDD)"),
              ("expiry_date", "Date the certification expires (YYYYMMDD); empty = does not expire")],
    "ar100": [("cust_no", "Customer number"), ("cust_class", "TRD trade contractor, INS institutional (property managers, schools), RET retail rewards member"),
              ("company_name", "Company name (trade and institutional accounts)"), ("first_name", "Contact first name"),
              ("last_name", "Contact last name"), ("email", "E-mail address"), ("phone", "Phone number"), ("city", "City or town"),
              ("prov_cd", "Province code"), ("postal_code", "Postal code"), ("home_branch_no", "Branch the account belongs to"),
              ("price_level", "Price level: 1 list price, 2 = 10% off, 3 = 15% off, 4 = 20% off"),
              ("credit_limit", "Credit limit in CAD for charging to account; empty = no account, pays at the till"),
              ("terms_days", "Payment terms in days for charged invoices"), ("email_opt_in", "Y = agreed to marketing e-mails"),
              ("opened_date", "Date the account was opened (YYYYMMDD)"), ("status_cd", "Customer status (see sy100)"),
              ("deleted_date", "Date the account was deleted (YYYYMMDD)")],
    "in100": [("item_no", "Item number (SKU)"), ("description", "Item description"), ("item_group", "Item group"), ("brand", "Brand"),
              ("sheen", "Paint sheen (paint only)"), ("container", "Container size (liquids only)"),
              ("tintable", "Y = tinted to a colour at the counter"), ("list_price", "List price in CAD, before tax"),
              ("std_cost", "Standard cost in CAD"), ("created_date", "Date the item was created (YYYYMMDD)"),
              ("discontinued_date", "Date the item was discontinued (YYYYMMDD)")],
    "in110": [("colour_cd", "Colour code"), ("colour_name", "Colour name"), ("colour_family", "Colour family"),
              ("collection", "Colour collection"), ("intro_year", "Year the colour was added to the colour card"),
              ("colour_of_year", "Year in which the colour was Trillium Colour of the Year")],
    "so100": [("invoice_no", "Invoice number"), ("branch_no", "Branch that issued the invoice"),
              ("cust_no", "Customer account; empty for walk-in customers without an account"),
              ("salesperson_emp_no", "Employee who served the customer"), ("invoice_date", "Invoice date (YYYYMMDD)"),
              ("order_source", "CTR counter, PHN phone order (accounts only), WEB web order collected in store"),
              ("payment_method", "DEBIT, VISA, MC, AMEX, CASH or ACCOUNT (charged to the customer's account)"),
              ("status_cd", "Invoice status (see sy100)"), ("po_reference", "Customer's purchase order number"),
              ("subtotal", "Sum of line amounts in CAD, before tax"), ("tax_code", "Sales tax applied (HST13, HST14, HST15, GST+QST)"),
              ("tax_amount", "Sales tax in CAD"), ("invoice_total", "Invoice total in CAD including tax")],
    "so110": [("invoice_no", "Invoice number"), ("line_seq", "Line number"), ("item_no", "Item sold"),
              ("colour_cd", "Colour the paint was tinted to; empty when not tinted"), ("qty", "Quantity (units or containers)"),
              ("unit_price", "List price per unit in CAD"), ("disc_pct", "Discount percentage on the line"),
              ("ext_amount", "Line amount in CAD after discount, before tax")],
}

STATUS = [("OPN", "OP100", "Branch open and trading"), ("REN", "OP100", "Branch temporarily closed for renovation"),
          ("CLS", "OP100", "Branch closed permanently"),
          ("ACT", "AR100", "Active account"), ("HLD", "AR100", "Account on credit hold (no charging to account)"),
          ("DEL", "AR100", "Account deleted"),
          ("PAI", "SO100", "Invoice paid"), ("CHG", "SO100", "Charged to account, awaiting payment"),
          ("VOI", "SO100", "Invoice voided"), ("RTN", "SO100", "Goods returned, invoice refunded")]

# branch_no, name, street, city, prov, postal prefix, region, opened, closed, status, trade desk, sqft, weight, towns
BRANCHES = [
    (101, "Ottawa Bank Street", "1187 Bank St", "Ottawa", "ON", "K1S", "ON-E", D(1998, 4, 18), None, "OPN", "Y", 9800, 1.3,
     [("Ottawa", "ON", "K1S", 6), ("Nepean", "ON", "K2G", 2)]),
    (102, "Ottawa Orléans", "3741 Innes Rd", "Ottawa", "ON", "K1C", "ON-E", D(2011, 9, 10), None, "OPN", "N", 7200, 0.9,
     [("Ottawa", "ON", "K1C", 4), ("Rockland", "ON", "K4K", 1)]),
    (103, "Kanata", "420 Hazeldean Rd", "Ottawa", "ON", "K2L", "ON-E", D(2015, 5, 2), None, "OPN", "Y", 8600, 1.0,
     [("Ottawa", "ON", "K2L", 3), ("Stittsville", "ON", "K2S", 2), ("Carp", "ON", "K0A", 1)]),
    (104, "Kingston Princess Street", "1025 Princess St", "Kingston", "ON", "K7L", "ON-E", D(2004, 3, 27), None, "OPN", "Y", 8100, 1.0,
     [("Kingston", "ON", "K7L", 5), ("Amherstview", "ON", "K7N", 1), ("Napanee", "ON", "K7R", 1)]),
    (105, "Peterborough", "870 Lansdowne St W", "Peterborough", "ON", "K9J", "ON-E", D(2009, 6, 6), D(2024, 2, 1), "CLS", "N", 6400, 0.75,
     [("Peterborough", "ON", "K9J", 4), ("Lakefield", "ON", "K0L", 1)]),
    (201, "Toronto Leslieville", "1130 Queen St E", "Toronto", "ON", "M4M", "ON-W", D(2007, 10, 13), None, "OPN", "Y", 7600, 1.35,
     [("Toronto", "ON", "M4M", 6), ("East York", "ON", "M4J", 1)]),
    (202, "Toronto Junction", "2968 Dundas St W", "Toronto", "ON", "M6P", "ON-W", D(2013, 4, 20), None, "REN", "N", 6200, 1.0,
     [("Toronto", "ON", "M6P", 5), ("Etobicoke", "ON", "M8X", 1)]),
    (203, "Mississauga Dundas", "1240 Dundas St E", "Mississauga", "ON", "L4Y", "ON-W", D(2001, 8, 11), None, "OPN", "Y", 10400, 1.25,
     [("Mississauga", "ON", "L4Y", 5), ("Oakville", "ON", "L6H", 2)]),
    (204, "Hamilton Upper James", "1550 Upper James St", "Hamilton", "ON", "L9B", "ON-W", D(2003, 9, 20), None, "OPN", "Y", 9200, 1.1,
     [("Hamilton", "ON", "L9B", 5), ("Stoney Creek", "ON", "L8G", 1), ("Ancaster", "ON", "L9G", 1)]),
    (205, "London Wellington Road", "1065 Wellington Rd", "London", "ON", "N6E", "ON-W", D(2006, 5, 13), None, "OPN", "Y", 8800, 1.05,
     [("London", "ON", "N6E", 5), ("St. Thomas", "ON", "N5P", 1)]),
    (206, "Windsor Tecumseh Road", "3100 Tecumseh Rd E", "Windsor", "ON", "N8W", "ON-W", D(2010, 7, 17), None, "OPN", "N", 7400, 0.9,
     [("Windsor", "ON", "N8W", 5), ("Tecumseh", "ON", "N8N", 1), ("LaSalle", "ON", "N9J", 1)]),
    (207, "Kitchener Fairway", "385 Fairway Rd S", "Kitchener", "ON", "N2C", "ON-W", D(2023, 5, 6), None, "OPN", "Y", 9000, 1.05,
     [("Kitchener", "ON", "N2C", 4), ("Waterloo", "ON", "N2J", 2), ("Cambridge", "ON", "N1R", 1)]),
    (301, "Montréal Plateau", "4380 rue Saint-Denis", "Montréal", "QC", "H2J", "QC", D(2005, 3, 19), None, "OPN", "N", 5800, 1.15,
     [("Montréal", "QC", "H2J", 6)]),
    (302, "Montréal Rosemont", "3155 rue Masson", "Montréal", "QC", "H1Y", "QC", D(2012, 10, 6), None, "OPN", "Y", 7900, 1.1,
     [("Montréal", "QC", "H1Y", 5), ("Saint-Léonard", "QC", "H1R", 1)]),
    (303, "Laval", "1600 boul. Le Corbusier", "Laval", "QC", "H7S", "QC", D(2008, 4, 26), None, "OPN", "Y", 9600, 1.15,
     [("Laval", "QC", "H7S", 5), ("Terrebonne", "QC", "J6W", 1)]),
    (304, "Québec Sainte-Foy", "2700 boul. Laurier", "Québec", "QC", "G1V", "QC", D(2010, 9, 25), None, "OPN", "Y", 8700, 1.05,
     [("Québec", "QC", "G1V", 5), ("Lévis", "QC", "G6V", 2)]),
    (305, "Gatineau", "455 boul. Maloney O", "Gatineau", "QC", "J8P", "QC", D(2025, 3, 22), None, "OPN", "N", 7000, 0.95,
     [("Gatineau", "QC", "J8P", 4), ("Chelsea", "QC", "J9B", 1)]),
    (306, "Trois-Rivières", "4125 boul. des Forges", "Trois-Rivières", "QC", "G8Y", "QC", D(2011, 5, 14), D(2025, 7, 1), "CLS", "N", 6100, 0.7,
     [("Trois-Rivières", "QC", "G8Y", 4), ("Cap-de-la-Madeleine", "QC", "G8T", 1)]),
    (401, "Halifax Quinpool", "6270 Quinpool Rd", "Halifax", "NS", "B3L", "ATL", D(2002, 6, 8), None, "OPN", "Y", 8300, 1.15,
     [("Halifax", "NS", "B3L", 5), ("Bedford", "NS", "B4A", 1), ("Timberlea", "NS", "B3T", 1)]),
    (402, "Dartmouth Crossing", "35 Shubie Dr", "Dartmouth", "NS", "B3B", "ATL", D(2024, 4, 13), None, "OPN", "Y", 9100, 1.0,
     [("Dartmouth", "NS", "B3B", 4), ("Cole Harbour", "NS", "B2V", 1)]),
    (403, "Windsor Water Street", "54 Water St", "Windsor", "NS", "B0N", "ATL", D(2014, 8, 23), None, "OPN", "N", 4800, 0.65,
     [("Windsor", "NS", "B0N", 3), ("Wolfville", "NS", "B4P", 1), ("Kingston", "NS", "B0P", 1), ("Kentville", "NS", "B4N", 1)]),
    (404, "Moncton Mountain Road", "1200 Mountain Rd", "Moncton", "NB", "E1C", "ATL", D(2009, 10, 3), None, "OPN", "Y", 7800, 0.95,
     [("Moncton", "NB", "E1C", 4), ("Dieppe", "NB", "E1A", 2), ("Riverview", "NB", "E1B", 1)]),
    (405, "Saint John", "99 Consumers Dr", "Saint John", "NB", "E2J", "ATL", D(2012, 5, 26), None, "OPN", "N", 6300, 0.8,
     [("Saint John", "NB", "E2J", 4), ("Rothesay", "NB", "E2E", 1), ("Quispamsis", "NB", "E2E", 1)]),
    (406, "Fredericton", "1150 Prospect St", "Fredericton", "NB", "E3B", "ATL", D(2016, 9, 17), None, "OPN", "N", 6000, 0.8,
     [("Fredericton", "NB", "E3B", 4), ("Oromocto", "NB", "E2V", 1)]),
    (407, "Charlottetown", "535 University Ave", "Charlottetown", "PE", "C1A", "ATL", D(2018, 4, 21), None, "OPN", "N", 5600, 0.75,
     [("Charlottetown", "PE", "C1A", 4), ("Stratford", "PE", "C1B", 1), ("Cornwall", "PE", "C0A", 1)]),
]
RENOVATION = {202: D(2025, 10, 20)}
REGIONS = ["ON-E", "ON-W", "QC", "ATL"]

CERTS = [("WHMIS", "WHMIS 2015 Workplace Hazardous Materials", "Canadian Centre for Occupational Health and Safety", 36),
         ("CC1", "Colour Consultant Level 1", "Trillium Academy", None), ("CC2", "Colour Consultant Level 2", "Trillium Academy", None),
         ("TINT", "Tint Machine Operator", "Trillium Academy", None), ("FORK", "Forklift Operator", "Workplace Safety North", 36),
         ("FAID", "Standard First Aid & CPR", "Canadian Red Cross", 36), ("SPRAY", "Airless Spray Equipment Specialist", "Graco Canada", 24),
         ("TRADE", "Trade Account Management", "Trillium Academy", None)]

# item lines: (base description, group, brand, sheens, containers {size: price}, tintable)
PAINT_LINES = [
    ("Trillium Signature Interior", "Interior Paint", "Trillium", ["Matte", "Eggshell", "Semi-Gloss"], {"946 mL": 27.99, "3.78 L": 74.99, "18.9 L": 329.99}, "Y"),
    ("Trillium Pro Interior", "Interior Paint", "Trillium", ["Flat", "Eggshell", "Semi-Gloss"], {"3.78 L": 52.99, "18.9 L": 229.99}, "Y"),
    ("Benjamin Moore Regal Select", "Interior Paint", "Benjamin Moore", ["Matte", "Eggshell", "Pearl"], {"946 mL": 32.99, "3.78 L": 89.99}, "Y"),
    ("Benjamin Moore Aura Interior", "Interior Paint", "Benjamin Moore", ["Matte", "Eggshell"], {"3.78 L": 109.99}, "Y"),
    ("Sico Évolution", "Interior Paint", "Sico", ["Matte", "Eggshell"], {"946 mL": 26.49, "3.78 L": 69.99}, "Y"),
    ("Trillium Ceiling White", "Interior Paint", "Trillium", ["Flat"], {"3.78 L": 44.99, "18.9 L": 189.99}, "N"),
    ("Trillium Signature Exterior", "Exterior Paint", "Trillium", ["Flat", "Satin", "Gloss"], {"3.78 L": 79.99, "18.9 L": 349.99}, "Y"),
    ("Benjamin Moore Aura Exterior", "Exterior Paint", "Benjamin Moore", ["Low Lustre", "Satin"], {"3.78 L": 114.99}, "Y"),
    ("Sico Extérieur", "Exterior Paint", "Sico", ["Satin"], {"3.78 L": 72.99}, "Y"),
    ("Trillium Porch & Floor", "Exterior Paint", "Trillium", ["Satin"], {"3.78 L": 76.99}, "Y"),
]
SINGLE_ITEMS = [
    # description, group, brand, container, price, tintable
    ("Trillium Multi-Surface Primer 3.78 L", "Primer", "Trillium", "3.78 L", 49.99, "Y"),
    ("Trillium Multi-Surface Primer 18.9 L", "Primer", "Trillium", "18.9 L", 209.99, "Y"),
    ("Zinsser Bulls Eye 1-2-3 Primer 946 mL", "Primer", "Zinsser", "946 mL", 21.99, "N"),
    ("Zinsser Bulls Eye 1-2-3 Primer 3.78 L", "Primer", "Zinsser", "3.78 L", 56.99, "N"),
    ("Zinsser Cover Stain Primer 3.78 L", "Primer", "Zinsser", "3.78 L", 64.99, "N"),
    ("Kilz Original Primer 3.78 L", "Primer", "Kilz", "3.78 L", 59.99, "N"),
    ("Trillium Solid Deck Stain 3.78 L", "Stain & Finish", "Trillium", "3.78 L", 64.99, "Y"),
    ("Trillium Semi-Transparent Stain 3.78 L", "Stain & Finish", "Trillium", "3.78 L", 61.99, "Y"),
    ("Sikkens Cetol SRD 3.78 L", "Stain & Finish", "Sikkens", "3.78 L", 89.99, "N"),
    ("Minwax Wood Finish 946 mL", "Stain & Finish", "Minwax", "946 mL", 24.99, "N"),
    ("Minwax Polycrylic Satin 946 mL", "Stain & Finish", "Minwax", "946 mL", 29.99, "N"),
    ("Varathane Floor Finish 3.78 L", "Stain & Finish", "Varathane", "3.78 L", 94.99, "N"),
    ("Wallpaper Coastal Linen (roll)", "Wallcovering", "Trillium", None, 48.99, "N"),
    ("Wallpaper Botanique (roll)", "Wallcovering", "Trillium", None, 62.99, "N"),
    ("Wallpaper Forêt Boréale (roll)", "Wallcovering", "Trillium", None, 58.99, "N"),
    ("Wallpaper Paste 1 kg", "Wallcovering", "Roman", None, 19.99, "N"),
    ("Purdy XL Glide 2.5 in Brush", "Brushes & Rollers", "Purdy", None, 27.99, "N"),
    ("Purdy Clearcut 2 in Brush", "Brushes & Rollers", "Purdy", None, 22.99, "N"),
    ("Wooster Shortcut 2 in Brush", "Brushes & Rollers", "Wooster", None, 12.99, "N"),
    ("Trillium Pro 3 in Brush", "Brushes & Rollers", "Trillium", None, 16.99, "N"),
    ("Wooster Pro 9 in Roller Sleeve 3/8 in", "Brushes & Rollers", "Wooster", None, 9.99, "N"),
    ("Purdy White Dove 9 in Roller Sleeve 1/2 in", "Brushes & Rollers", "Purdy", None, 11.99, "N"),
    ("Roller Frame 9 in", "Brushes & Rollers", "Trillium", None, 8.99, "N"),
    ("Extension Pole 4-8 ft", "Brushes & Rollers", "Wooster", None, 34.99, "N"),
    ("Paint Tray 9 in", "Brushes & Rollers", "Trillium", None, 5.99, "N"),
    ("Tray Liners (pack of 3)", "Brushes & Rollers", "Trillium", None, 4.99, "N"),
    ("FrogTape Multi-Surface 36 mm", "Tape & Protection", "FrogTape", None, 11.49, "N"),
    ("3M ScotchBlue Painter's Tape 48 mm", "Tape & Protection", "3M", None, 12.99, "N"),
    ("Canvas Drop Cloth 9 x 12 ft", "Tape & Protection", "Trillium", None, 39.99, "N"),
    ("Plastic Drop Sheet 3 mil", "Tape & Protection", "Trillium", None, 6.99, "N"),
    ("DAP Alex Plus Caulk 300 mL", "Caulk & Filler", "DAP", None, 5.49, "N"),
    ("DAP DryDex Spackling 946 mL", "Caulk & Filler", "DAP", None, 14.99, "N"),
    ("Polyfilla Interior 500 g", "Caulk & Filler", "Polyfilla", None, 12.49, "N"),
    ("Sanding Sponge Medium", "Caulk & Filler", "3M", None, 4.49, "N"),
    ("5-in-1 Painter's Tool", "Tools & Equipment", "Hyde", None, 13.99, "N"),
    ("Step Ladder 6 ft", "Tools & Equipment", "Werner", None, 159.99, "N"),
    ("Paint Mixer Drill Attachment", "Tools & Equipment", "Trillium", None, 17.99, "N"),
    ("Graco Magnum X5 Airless Sprayer", "Tools & Equipment", "Graco", None, 549.00, "N"),
    ("Graco RAC X Spray Tip 515", "Tools & Equipment", "Graco", None, 54.99, "N"),
    ("TSP Substitute Cleaner 946 mL", "Tools & Equipment", "Savogran", "946 mL", 11.99, "N"),
]
ITEM_CREATED = {"Benjamin Moore Aura Interior": D(2023, 3, 1), "Sico Extérieur": D(2023, 4, 3),
                "Wallpaper Forêt Boréale (roll)": D(2024, 9, 3), "Graco RAC X Spray Tip 515": D(2023, 6, 5),
                "Trillium Semi-Transparent Stain 3.78 L": D(2024, 3, 4), "Kilz Original Primer 3.78 L": D(2025, 2, 3),
                "Trillium Porch & Floor": D(2024, 4, 1)}
ITEM_DISC = {"Wallpaper Coastal Linen (roll)": D(2025, 1, 15), "Zinsser Cover Stain Primer 3.78 L": D(2025, 2, 3),
             "Trillium Signature Exterior Gloss 18.9 L": D(2024, 11, 1), "Purdy Clearcut 2 in Brush": D(2024, 6, 3),
             "Sico Évolution Eggshell 946 mL": D(2023, 9, 5), "Plastic Drop Sheet 3 mil": D(2025, 8, 1)}

COLOURS = [
    # name, family, collection, intro year
    ("Trillium White", "White", "Heritage Canada", 2016), ("Lighthouse White", "White", "Coastal Atlantic", 2018),
    ("Laurentian Snow", "White", "Québec Patrimoine", 2017), ("Birch Bark", "White", "Northern Wilds", 2016),
    ("Crème brûlée", "White", "Québec Patrimoine", 2019), ("Rideau Canal Ice", "White", "Heritage Canada", 2020),
    ("Café au lait", "Neutral", "Québec Patrimoine", 2016), ("Driftwood", "Neutral", "Coastal Atlantic", 2016),
    ("Prince Edward Sand", "Neutral", "Coastal Atlantic", 2017), ("Prairie Wheat", "Neutral", "Heritage Canada", 2016),
    ("Maple Syrup", "Brown", "Heritage Canada", 2016), ("Beaver Dam Brown", "Brown", "Northern Wilds", 2018),
    ("Tundra Stone", "Grey", "Northern Wilds", 2017), ("Peggy's Cove Grey", "Grey", "Coastal Atlantic", 2016),
    ("Confederation Bridge Grey", "Grey", "Coastal Atlantic", 2019), ("Fundy Fog", "Grey", "Coastal Atlantic", 2023),
    ("Urban Loft Concrete", "Grey", "Urban Loft", 2021), ("Distillery Slate", "Grey", "Urban Loft", 2021),
    ("Rivière-du-Loup Slate", "Grey", "Québec Patrimoine", 2018), ("Granville Graphite", "Black", "Urban Loft", 2022),
    ("Midnight Muskoka", "Black", "Northern Wilds", 2019), ("Georgian Bay Blue", "Blue", "Northern Wilds", 2016),
    ("Bleu Gaspé", "Blue", "Québec Patrimoine", 2017), ("Acadian Blue", "Blue", "Coastal Atlantic", 2018),
    ("Rideau Night", "Blue", "Heritage Canada", 2020), ("Sea Glass", "Blue", "Coastal Atlantic", 2016),
    ("Northern Lights", "Blue", "Northern Wilds", 2021), ("Aurora Teal", "Green", "Northern Wilds", 2022),
    ("Algonquin Moss", "Green", "Northern Wilds", 2022), ("Mont-Tremblant Pine", "Green", "Québec Patrimoine", 2017),
    ("Saguenay Spruce", "Green", "Québec Patrimoine", 2019), ("Annapolis Orchard", "Green", "Coastal Atlantic", 2020),
    ("Sage Meadow", "Green", "Heritage Canada", 2018), ("Cabot Trail Red", "Red", "Coastal Atlantic", 2016),
    ("Lobster Shack Red", "Red", "Coastal Atlantic", 2017), ("Covered Bridge Red", "Red", "Heritage Canada", 2016),
    ("Tintamarre Red", "Red", "Coastal Atlantic", 2024), ("Cape Breton Heather", "Purple", "Coastal Atlantic", 2019),
    ("Île d'Orléans Lilac", "Purple", "Québec Patrimoine", 2021), ("Lunenburg Ochre", "Yellow", "Coastal Atlantic", 2018),
    ("Goldenrod Field", "Yellow", "Heritage Canada", 2016), ("Niagara Mist", "Blue", "Heritage Canada", 2023),
    ("Château Copper", "Orange", "Québec Patrimoine", 2023), ("Kensington Market Coral", "Orange", "Urban Loft", 2024),
    ("Junction Brick", "Red", "Urban Loft", 2022), ("Okanagan Olive", "Green", "Northern Wilds", 2025),
    ("Glacier Lake", "Blue", "Northern Wilds", 2025), ("Sable Island Dune", "Neutral", "Coastal Atlantic", 2025),
]
COTY = {"Algonquin Moss": 2023, "Fundy Fog": 2024, "Tintamarre Red": 2025}

TRADE_WORDS = ["Painting", "Painting & Decorating", "Decorating", "Renovations", "Coatings", "Finishing", "Drywall & Paint", "Contracting"]
PLACE_WORDS = {"ON-E": ["Bytown", "Rideau", "Limestone City", "Ottawa Valley", "Cataraqui"],
               "ON-W": ["Lakeshore", "Don Valley", "Grand River", "Forest City", "Escarpment", "Humber"],
               "QC": ["Les Peintres", "Peinture", "Rénovations", "Décor"],
               "ATL": ["Bluenose", "Fundy", "Maritime", "Harbourview", "Island", "Northumberland"]}
INST = ["Property Management", "Condominium Corp.", "Housing Co-operative", "Facilities Services", "Apartments Ltd."]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ø", "o")


def ymd(d):
    return d.strftime("%Y%m%d") if d else None


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


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
    return D(y, month, (h + l - 7 * m + 114) % 31 + 1)


def nth_weekday(y, m, wd, n):
    d = D(y, m, 1)
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


HOLIDAYS = {}
for _y in (2023, 2024, 2025, 2026):
    common = {D(_y, 1, 1), easter(_y) - dt.timedelta(days=2), nth_weekday(_y, 9, 0, 1), D(_y, 12, 25)}
    HOLIDAYS[("ON", _y)] = common | {D(_y, 7, 1), nth_weekday(_y, 10, 0, 2), D(_y, 12, 26)}
    HOLIDAYS[("QC", _y)] = common | {D(_y, 6, 24), D(_y, 7, 1)}
    for p in ("NS", "NB", "PE"):
        HOLIDAYS[(p, _y)] = common | {D(_y, 7, 1), D(_y, 12, 26)}


def tax_code(prov, d):
    if prov == "ON":
        return "HST13", 0.13
    if prov == "QC":
        return "GST+QST", 0.14975
    if prov == "NS" and d >= D(2025, 4, 1):
        return "HST14", 0.14
    return "HST15", 0.15


def poisson(rng, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def r2(x):
    return float(f"{x + 1e-9:.2f}")


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO sy100 VALUES (?,?,?)", STATUS)
    con.executemany("INSERT INTO sy900 VALUES (?,?,?,?)", TABLES)
    fld = []
    for t, _, _, _ in TABLES:
        cols = [c[1] for c in con.execute(f"PRAGMA table_info({t})")]
        assert cols == [f[0] for f in FIELDS[t]], (t, cols)
        for i, (f, desc) in enumerate(FIELDS[t], 1):
            fld.append((t, i, f, desc))
    con.executemany("INSERT INTO sy910 VALUES (?,?,?,?)", fld)
    con.executemany("INSERT INTO hr110 VALUES (?,?,?,?)", CERTS)

    # ------------------------------------------------------------------ branches
    br = {}
    rows = []
    L = "ABCEGHJKLMNPRSTVWXYZ"
    for (bno, name, street, city, prov, pc, reg, opened, closed, st, trade, sqft, w, towns) in BRANCHES:
        postal = f"{pc} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(1, 9)}"
        rows.append((bno, name, street, city, prov, postal, reg, ymd(opened), ymd(closed), st, trade, sqft))
        last = closed - dt.timedelta(days=1) if closed else END
        if bno in RENOVATION:
            last = RENOVATION[bno] - dt.timedelta(days=1)
        br[bno] = dict(no=bno, name=name, prov=prov, reg=reg, opened=opened, closed=closed, last=last, trade=trade, w=w, towns=towns)
    con.executemany("INSERT INTO op100 VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    bnos = sorted(br)

    def trades(b, d):
        x = br[b]
        return x["opened"] <= d <= x["last"] and d not in HOLIDAYS[(x["prov"], d.year)]

    used = set()

    def new_name():
        while True:
            f, l = rng.choice(CA_FIRST), rng.choice(CA_LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    # ------------------------------------------------------------------ employees
    emps, holders = [], {}

    def add_emp(title, b, start, end, pos, etype="FT"):
        f, l = new_name()
        e = dict(first=f, last=l, title=title, branch=b, start=start, end=end, pos=pos, etype=etype)
        emps.append(e)
        return e

    TEN = {"Branch Manager": 7.5, "Assistant Branch Manager": 5.0, "Trade Sales Rep": 5.0, "Colour Consultant": 3.5,
           "Sales Associate": 2.0, "Warehouse Associate": 2.5, "Regional Manager": 9.0, "office": 7.0}

    def chain(pos, title, b, first_start, hard_end, sup):
        lst, start = [], first_start
        cap = hard_end or END
        while start <= cap:
            ten = max(rng.expovariate(1.0 / TEN.get(title, TEN["office"])) * 365.25, 90)
            end = start + dt.timedelta(days=int(ten))
            if end >= cap:
                end = hard_end
            if end is not None and end < START:
                start = end + dt.timedelta(days=1 if sup else rng.randint(1, 45))
                continue
            lst.append(add_emp(title, b, start, end, pos))
            if end is None or (hard_end and end >= hard_end):
                break
            start = end + dt.timedelta(days=1 if sup else rng.randint(1, 45))
        holders[pos] = lst

    holders["pres"] = [add_emp("President", None, D(2004, 1, 5), None, "pres")]
    chain("vpops", "Vice-President Operations", None, D(2015, 2, 2), None, True)
    office = [("Controller", "pres"), ("Purchasing Manager", "vpops"), ("Buyer", "Purchasing Manager"), ("Buyer", "Purchasing Manager"),
              ("Accounts Receivable Clerk", "Controller"), ("Accounts Receivable Clerk", "Controller"),
              ("Marketing Coordinator", "pres"), ("HR Generalist", "pres"), ("IT Administrator", "Controller")]
    office_boss, title_pos = {}, {}
    for i, (title, boss) in enumerate(office):
        pos = f"ho{i}"
        s0 = D(2009 + rng.randint(0, 12), rng.randint(1, 12), rng.randint(1, 28))
        chain(pos, title, None, s0, None, True)
        office_boss[pos] = boss
        title_pos.setdefault(title, pos)
    for r in REGIONS:
        pos = f"rm:{r}"
        s0 = D(2011 + rng.randint(0, 8), rng.randint(1, 12), 1)
        if r == "QC":
            holders[pos] = [add_emp("Regional Manager", None, s0, D(2024, 10, 18), pos),
                            add_emp("Regional Manager", None, D(2024, 10, 19), None, pos)]
        else:
            holders[pos] = [add_emp("Regional Manager", None, s0, None, pos)]

    for b in bnos:
        x = br[b]
        hard_end = x["closed"] - dt.timedelta(days=1) if x["closed"] else None
        new = x["opened"] >= START

        def fs(key):
            if new:
                return x["opened"] - dt.timedelta(days=35 if key == "mgr" else rng.randint(0, 20))
            lo = max(x["opened"], D(2010, 1, 1))
            span = (D(2022, 12, 31) - lo).days
            return lo + dt.timedelta(days=int(span * (1 - rng.random() ** 2)))
        plist = [("mgr", "Branch Manager", True)]
        x["asst"] = x["w"] >= 1.0
        if x["asst"]:
            plist.append(("asst", "Assistant Branch Manager", True))
        if x["trade"] == "Y":
            plist.append(("trade", "Trade Sales Rep", False))
            plist.append(("wh", "Warehouse Associate", False))
        for k in range(1 + (x["w"] >= 1.1)):
            plist.append((f"cc{k}", "Colour Consultant", False))
        for k in range(2 + (x["w"] >= 1.05)):
            plist.append((f"sa{k}", "Sales Associate", False))
        for key, title, sup in plist:
            chain(f"{b}:{key}", title, b, fs(key), hard_end, sup)
        # seasonal (summer) sales associates
        for y in (2023, 2024, 2025):
            for k in range(rng.choice([1, 1, 2])):
                s = D(y, 4, 24) + dt.timedelta(days=rng.randint(0, 20))
                e = D(y, 8, 30) + dt.timedelta(days=rng.randint(0, 14))
                if s >= x["opened"] and e <= x["last"]:
                    emp = add_emp("Sales Associate", b, s, e, f"{b}:sea{y}{k}", "SEA")
                    holders[f"{b}:sea{y}{k}"] = [emp]

    emps.sort(key=lambda e: (e["start"], e["last"], e["first"]))
    used_nos = set()
    for e in emps:
        n = 1000 + len(used_nos) * 3 + rng.randint(0, 2)
        e["id"] = n
        used_nos.add(n)

    def holder_at(pos, d):
        for e in holders[pos]:
            if e["start"] <= d and (e["end"] is None or d <= e["end"]):
                return e
        return None

    def boss_pos(e):
        t, b = e["title"], e["branch"]
        if t == "President":
            return None
        if t in ("Vice-President Operations",):
            return "pres"
        if t == "Regional Manager":
            return "vpops"
        if b is None:
            boss = office_boss[e["pos"]]
            return boss if boss in ("pres", "vpops") else title_pos[boss]
        if t == "Branch Manager":
            return f"rm:{br[b]['reg']}"
        if t in ("Assistant Branch Manager", "Trade Sales Rep"):
            return f"{b}:mgr"
        return f"{b}:asst" if br[b]["asst"] else f"{b}:mgr"

    SAL = {"President": 245000, "Vice-President Operations": 168000, "Regional Manager": 112000, "Branch Manager": 78000,
           "Assistant Branch Manager": 61000, "Trade Sales Rep": 64000, "Controller": 118000, "Purchasing Manager": 96000,
           "Buyer": 68000, "Accounts Receivable Clerk": 52000, "Marketing Coordinator": 58000, "HR Generalist": 66000,
           "IT Administrator": 79000}
    HOURLY = {"Colour Consultant": (20.5, 25.5), "Sales Associate": (17.2, 20.5), "Warehouse Associate": (18.5, 22.5)}
    emp_rows = []
    for e in emps:
        bp = boss_pos(e)
        mgr = None
        if bp:
            m = holder_at(bp, e["end"] or END)
            assert m is not None and m is not e, (e["title"], bp, e["end"])
            mgr = m["id"]
        e["mgr"] = mgr
        t = e["title"]
        prov = br[e["branch"]]["prov"] if e["branch"] else "ON"
        lang = "FR" if prov == "QC" and rng.random() < 0.55 else ("EN/FR" if prov in ("QC", "NB") or rng.random() < 0.12 else "EN")
        if e["first"] in ("Mathieu", "Étienne", "Frédéric", "Stéphane", "François", "Benoît", "Gaétan", "Jérôme", "Sébastien", "Rémi",
                          "Théo", "Zoé", "Chloé", "Amélie", "Geneviève", "Josée", "Hélène", "Céline", "Mélanie", "Noémie",
                          "Marie-Ève", "Andrée-Anne", "Élodie", "Maëlle") and lang == "EN":
            lang = "EN/FR"
        if t in HOURLY:
            lo, hi = HOURLY[t]
            rate = round(rng.uniform(lo, hi) * 4) / 4
            etype = e["etype"] if e["etype"] == "SEA" else rng.choice(["FT", "PT", "PT"] if t == "Sales Associate" else ["FT", "FT", "PT"])
            e["etype"] = etype
            emp_rows.append([e["id"], e["first"], e["last"], t, e["branch"], mgr, ymd(e["start"]), ymd(e["end"]), etype, "H",
                             rate, None, lang])
        else:
            sal = round(SAL[t] * rng.uniform(0.93, 1.08) / 500) * 500
            emp_rows.append([e["id"], e["first"], e["last"], t, e["branch"], mgr, ymd(e["start"]), ymd(e["end"]), "FT", "S",
                             None, float(sal), lang])
    con.executemany("INSERT INTO hr100 VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", emp_rows)

    # certifications (latest certification on file)
    cert_rows = []
    renew = {c[0]: c[3] for c in CERTS}

    def add_cert(e, cd, p, after=None):
        if rng.random() >= p:
            return None
        lo = e["start"] if after is None else after + dt.timedelta(days=60)
        hi = e["end"] or END
        months = renew[cd]
        if months:
            # renewed every `months`: latest certification is the last renewal on or before the end of employment
            c = lo + dt.timedelta(days=rng.randint(0, 60))
            while True:
                nxt = c + dt.timedelta(days=int(months * 30.44) - rng.randint(0, 20))
                if nxt > hi or rng.random() < 0.12:
                    break
                c = nxt
            if c > hi:
                return None
            exp = c + dt.timedelta(days=int(months * 30.44))
            exp = D(exp.year, exp.month, 1) - dt.timedelta(days=1)  # expires at the end of the previous month
            cert_rows.append((e["id"], cd, ymd(c), ymd(exp)))
            return c
        else:
            span = (hi - lo).days
            c = lo + dt.timedelta(days=rng.randint(14, max(15, min(span, 700))))
            if c > hi:
                return None
            cert_rows.append((e["id"], cd, ymd(c), None))
            return c
    for e in sorted(emps, key=lambda e: e["id"]):
        t = e["title"]
        if e["branch"] is not None:
            add_cert(e, "WHMIS", 0.97)
            add_cert(e, "FAID", 0.22 if t != "Branch Manager" else 0.6)
            if t in ("Colour Consultant",):
                c1 = add_cert(e, "CC1", 0.95)
                if c1:
                    add_cert(e, "CC2", 0.45, after=c1)
                add_cert(e, "TINT", 0.9)
            elif t in ("Sales Associate",):
                add_cert(e, "TINT", 0.55 if e["etype"] != "SEA" else 0.3)
                add_cert(e, "CC1", 0.15 if e["etype"] != "SEA" else 0.0)
            elif t in ("Branch Manager", "Assistant Branch Manager"):
                add_cert(e, "CC1", 0.6)
                add_cert(e, "TINT", 0.7)
                add_cert(e, "FORK", 0.35 if br[e["branch"]]["trade"] == "Y" else 0.0)
            elif t == "Trade Sales Rep":
                add_cert(e, "TRADE", 0.9)
                add_cert(e, "SPRAY", 0.6)
            elif t == "Warehouse Associate":
                add_cert(e, "FORK", 0.92)
        elif t == "Regional Manager":
            add_cert(e, "TRADE", 0.5)
            add_cert(e, "WHMIS", 0.5)
    con.executemany("INSERT INTO hr120 VALUES (?,?,?,?)", cert_rows)

    sales_staff = {b: [e for e in emps if e["branch"] == b and e["title"] != "Warehouse Associate"] for b in bnos}

    # ------------------------------------------------------------------ customers
    custs, names_used = [], set()
    weights = [br[b]["w"] * (0.6 if br[b]["opened"] >= START else 1.0) for b in bnos]
    MAILS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "sympatico.ca", "rogers.com", "videotron.ca", "bell.net", "eastlink.ca"]
    n_total = 2450
    for i in range(n_total):
        b = rng.choices(bnos, weights)[0]
        x = br[b]
        cls = rng.choices(["TRD", "INS", "RET"], [30, 4, 66])[0]
        town, prov, fsa, _ = rng.choices(x["towns"], [t[3] for t in x["towns"]])[0]
        f, l = new_name()
        company = None
        if cls == "TRD":
            for _ in range(50):
                if x["reg"] == "QC" and rng.random() < 0.7:
                    company = rng.choice([f"Les Peintres {l} inc.", f"Peinture {l} inc.", f"Rénovations {l} enr.", f"Décor {f} {l} inc."])
                else:
                    pw = rng.choice(PLACE_WORDS[x["reg"]] + [l, l, f"{l} & Sons", f"{l} Bros."])
                    if x["reg"] == "QC":
                        pw = rng.choice([l, f"{l} & Fils"])
                    company = f"{pw} {rng.choice(TRADE_WORDS)} {rng.choice(['Ltd.', 'Inc.', '', 'Co.'])}".strip()
                if company not in names_used:
                    break
        elif cls == "INS":
            for _ in range(50):
                company = rng.choice([f"{town} {rng.choice(INST)}", f"{rng.choice(PLACE_WORDS[x['reg']])} {rng.choice(INST)}",
                                      f"{l} {rng.choice(INST)}"])
                if company not in names_used:
                    break
        if company:
            assert company not in names_used
            names_used.add(company)
        lo = max(x["opened"], D(2014, 1, 1))
        if rng.random() < 0.55 and lo < START:
            opened = lo + dt.timedelta(days=rng.randint(0, (START - lo).days - 1))
        else:
            lo2 = max(lo, START)
            opened = lo2 + dt.timedelta(days=rng.randint(0, max(0, (x["last"] - dt.timedelta(days=25) - lo2).days)))
        if cls == "RET":
            level, limit, terms = 1, None, None
        elif cls == "INS":
            level, limit, terms = 2, float(rng.choice([5000, 10000, 15000, 25000])), 30
        else:
            level = rng.choices([2, 3, 4], [50, 35, 15])[0]
            if rng.random() < 0.82:
                limit, terms = float(rng.choice([2500, 5000, 7500, 10000, 15000, 25000, 50000][:3 + level])), 30
            else:
                limit, terms = None, None
        status, deleted = "ACT", None
        if rng.random() < 0.045:
            lo3 = max(opened + dt.timedelta(days=30), START)
            if lo3 < END:
                deleted = lo3 + dt.timedelta(days=rng.randint(0, (END - lo3).days))
                status = "DEL"
        if x["closed"] and not deleted and rng.random() < 0.3:
            deleted = x["closed"] + dt.timedelta(days=rng.randint(3, 120))
            if deleted > END or deleted <= opened:
                deleted = None
            else:
                status = "DEL"
        em = f"{fold(f).lower().replace(' ', '').replace('-', '')}.{fold(l).lower().replace(' ', '').replace(chr(39), '')}@{rng.choice(MAILS)}"
        if company and rng.random() < 0.6:
            words = [re.sub(r"[^a-z0-9]", "", fold(w).lower()) for w in company.split()]
            words = [w for w in words if w]
            em = f"{rng.choice(['info', 'office', 'accounts', 'admin'])}@{words[0]}{words[1][:6]}.ca"
        email = None if rng.random() < 0.12 else em
        area = {"K": ["613", "343"], "M": ["416", "647"], "L": ["905", "289"], "N": ["519", "226"], "H": ["514", "438"],
                "G": ["418", "581"], "J": ["819", "450"], "B": ["902", "782"], "E": ["506"], "C": ["902"]}[fsa[0]]
        phone = None if rng.random() < 0.2 else f"({rng.choice(area)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        act = rng.paretovariate(1.25) * (3.2 if cls in ("TRD", "INS") else 1.0)
        custs.append(dict(cls=cls, company=company, first=f, last=l, email=email, phone=phone, city=town, prov=prov,
                          postal=f"{fsa} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(1, 9)}", branch=b, level=level, limit=limit,
                          terms=terms, optin="Y" if rng.random() < 0.4 else "N", opened=opened, status=status, deleted=deleted,
                          act=min(act, 25.0)))
    custs.sort(key=lambda c: (c["opened"], c["last"], c["first"]))
    for i, c in enumerate(custs):
        c["no"] = f"{'T' if c['cls'] == 'TRD' else ('I' if c['cls'] == 'INS' else 'R')}{100000 + i * 4 + rng.randint(0, 3)}"
    # some live trade accounts on credit hold
    hold_cands = [c for c in custs if c["cls"] == "TRD" and c["limit"] and c["status"] == "ACT" and c["opened"] < D(2024, 6, 1)]
    for c in rng.sample(hold_cands, 14):
        c["status"] = "HLD"
        c["hold_from"] = D(2025, rng.randint(6, 11), rng.randint(1, 28))
    by_branch = {b: [c for c in custs if c["branch"] == b] for b in bnos}

    def active(c, d):
        return c["opened"] <= d and (c["deleted"] is None or d < c["deleted"])

    # ------------------------------------------------------------------ items and colours
    items = []
    seq = 1000
    for base, grp, brand, sheens, conts, tint in PAINT_LINES:
        for sh in sheens:
            for cont, price in conts.items():
                seq += 10
                desc = f"{base} {sh} {cont}"
                created = ITEM_CREATED.get(base, D(2012 + rng.randint(0, 9), rng.randint(1, 12), 1))
                items.append(dict(no=f"{grp[:3].upper()}-{seq}", desc=desc, grp=grp, brand=brand, sheen=sh, cont=cont, tint=tint,
                                  price=price, created=created, disc=ITEM_DISC.get(desc), base=base))
    for desc, grp, brand, cont, price, tint in SINGLE_ITEMS:
        seq += 10
        created = ITEM_CREATED.get(desc, D(2010 + rng.randint(0, 11), rng.randint(1, 12), 1))
        pre = {"Primer": "PRI", "Stain & Finish": "STN", "Wallcovering": "WAL", "Brushes & Rollers": "APP", "Tape & Protection": "SUN",
               "Caulk & Filler": "SUN", "Tools & Equipment": "EQP"}[grp]
        items.append(dict(no=f"{pre}-{seq}", desc=desc, grp=grp, brand=brand, sheen=None, cont=cont, tint=tint, price=price,
                          created=created, disc=ITEM_DISC.get(desc), base=desc))
    for it in items:
        it["cost"] = r2(it["price"] * rng.uniform(0.5, 0.64))
        it["pop"] = rng.uniform(0.5, 1.8)
    con.executemany("INSERT INTO in100 VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [(i["no"], i["desc"], i["grp"], i["brand"], i["sheen"], i["cont"], i["tint"], i["price"], i["cost"], ymd(i["created"]),
                      ymd(i["disc"])) for i in items])
    cols = []
    for k, (nm, fam, coll, yr) in enumerate(COLOURS):
        cols.append(dict(cd=f"TR-{1000 + k * 7 + rng.randint(0, 6)}", name=nm, fam=fam, coll=coll, yr=yr, coty=COTY.get(nm),
                         pop=(5.0 if fam in ("White", "Grey", "Neutral") else 1.0) * rng.uniform(0.4, 1.6)))
    con.executemany("INSERT INTO in110 VALUES (?,?,?,?,?,?)", [(c["cd"], c["name"], c["fam"], c["coll"], c["yr"], c["coty"]) for c in cols])

    def colour_weight(c, d):
        if c["yr"] > d.year:
            return 0.0
        w = c["pop"]
        if c["coty"] == d.year:
            w *= 6
        return w

    def item_ok(it, d):
        return it["created"] <= d and (it["disc"] is None or d < it["disc"])

    MONTHF = {1: 0.55, 2: 0.65, 3: 0.9, 4: 1.15, 5: 1.4, 6: 1.45, 7: 1.35, 8: 1.3, 9: 1.15, 10: 0.95, 11: 0.75, 12: 0.5}
    WDF = {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.05, 4: 1.15, 5: 1.25, 6: 0.45}
    BASE = 0.27
    heads, lines = [], []
    inv_tmp = 0
    for d in daterange(START, END):
        for b in bnos:
            if not trades(b, d):
                continue
            x = br[b]
            ramp = min(1.0, 0.5 + (d - x["opened"]).days / 365) if x["opened"] >= START else 1.0
            lam = BASE * x["w"] * MONTHF[d.month] * WDF[d.weekday()] * ramp
            for _ in range(poisson(rng, lam)):
                r = rng.random()
                pool_kind = "acct" if r < 0.42 else ("ret" if r < 0.70 else "walk")
                cust = None
                if pool_kind != "walk":
                    pool = [c for c in by_branch[b] if active(c, d) and ((c["cls"] != "RET") == (pool_kind == "acct"))]
                    if pool:
                        cust = rng.choices(pool, [c["act"] for c in pool])[0]
                staff = [e for e in sales_staff[b] if e["start"] <= d and (e["end"] is None or d <= e["end"])]
                if cust and cust["cls"] != "RET":
                    reps = [e for e in staff if e["title"] == "Trade Sales Rep"]
                    if reps and rng.random() < 0.6:
                        staff = reps
                else:
                    staff = [e for e in staff if e["title"] != "Trade Sales Rep"] or staff
                server = rng.choice(staff)
                trade = cust is not None and cust["cls"] != "RET"
                src = "CTR"
                if trade and rng.random() < 0.25:
                    src = "PHN"
                elif rng.random() < 0.12 and d >= D(2023, 3, 1):
                    src = "WEB"
                avail = [it for it in items if item_ok(it, d)]
                season_ext = d.month in (5, 6, 7, 8, 9)

                def iw(it):
                    w = it["pop"]
                    if it["grp"] == "Exterior Paint" or it["desc"].startswith("Trillium Solid") or it["desc"].startswith("Trillium Semi") or "Cetol" in it["desc"]:
                        w *= 2.2 if season_ext else 0.25
                    if it["grp"] in ("Interior Paint",):
                        w *= 2.4
                    if it["cont"] == "18.9 L":
                        w *= 1.6 if trade else 0.15
                    if it["grp"] in ("Tools & Equipment",) and it["price"] > 100:
                        w *= 0.25
                    return w
                k = rng.choices([1, 2, 3, 4, 5, 6], [22, 28, 22, 14, 9, 5])[0]
                chosen = []
                wts = [iw(it) for it in avail]
                while len(chosen) < k:
                    it = rng.choices(avail, wts)[0]
                    if it not in chosen:
                        chosen.append(it)
                disc = {1: 0, 2: 10, 3: 15, 4: 20}[cust["level"]] if cust else 0
                inv_tmp += 1
                sub = 0.0
                cw = [colour_weight(c, d) for c in cols]
                for ln, it in enumerate(chosen, 1):
                    if it["cont"] in ("3.78 L", "946 mL", "18.9 L") and it["grp"] in ("Interior Paint", "Exterior Paint", "Primer", "Stain & Finish"):
                        q = rng.choices([1, 2, 3, 4, 5, 6, 8, 10], [35, 25, 12, 10, 6, 6, 3, 3] if trade else [50, 28, 10, 7, 3, 2, 0, 0])[0]
                    elif it["grp"] == "Wallcovering":
                        q = rng.randint(1, 8)
                    else:
                        q = rng.choices([1, 2, 3, 4, 6], [55, 22, 10, 8, 5])[0]
                    colour = None
                    if it["tint"] == "Y" and rng.random() < 0.8:
                        colour = rng.choices(cols, cw)[0]["cd"]
                    ext = r2(q * it["price"] * (100 - disc) / 100)
                    lines.append([inv_tmp, ln, it["no"], colour, q, it["price"], disc, ext])
                    sub += ext
                sub = r2(sub)
                code, rate = tax_code(x["prov"], d)
                tax = r2(sub * rate)
                rs = rng.random()
                if cust and cust["limit"] and trade and rng.random() < 0.85 and not (cust["status"] == "HLD" and d >= cust["hold_from"]):
                    pay = "ACCOUNT"
                elif src == "WEB":
                    pay = rng.choice(["VISA", "MC", "VISA", "AMEX"])
                else:
                    pay = rng.choices(["DEBIT", "VISA", "MC", "AMEX", "CASH"], [42, 26, 14, 5, 13])[0]
                if rs < 0.02:
                    status = "VOI"
                elif rs < 0.036:
                    status = "RTN"
                elif pay == "ACCOUNT":
                    unpaid = d >= D(2025, 11, 24) or (cust["status"] == "HLD" and d >= cust["hold_from"] - dt.timedelta(days=75))
                    status = "CHG" if unpaid and cust["status"] != "DEL" else "PAI"
                else:
                    status = "PAI"
                po = None
                if trade and rng.random() < 0.55:
                    po = rng.choice([f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 99999)}", f"Job {rng.randint(100, 999)}"])
                heads.append([inv_tmp, b, cust["no"] if cust else None, server["id"], ymd(d), src, pay, status, po, sub, code, tax, r2(sub + tax)])
    heads.sort(key=lambda h: (h[4], h[1], h[0]))
    remap = {h[0]: 5000001 + i for i, h in enumerate(heads)}
    for h in heads:
        h[0] = remap[h[0]]
    for l in lines:
        l[0] = remap[l[0]]
    lines.sort(key=lambda l: (l[0], l[1]))
    con.executemany("INSERT INTO so100 VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", heads)
    con.executemany("INSERT INTO so110 VALUES (?,?,?,?,?,?,?,?)", lines)
    con.executemany("INSERT INTO ar100 VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(c["no"], c["cls"], c["company"], c["first"], c["last"], c["email"], c["phone"], c["city"], c["prov"], c["postal"],
                      c["branch"], c["level"], c["limit"], c["terms"], c["optin"], ymd(c["opened"]), c["status"], ymd(c["deleted"]))
                     for c in custs])
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
