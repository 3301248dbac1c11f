"""Blekk & Papir AS: a (fictional) Norwegian stationery and art supplies dealer, run on Microsoft Dynamics NAV 2018.

Shops in Bergen (Strandgaten, since 1994) and Stavanger (opened Saturday 17 August 2024), a web shop and business-to-
business sales to schools, kindergartens (barnehager), municipalities, offices, architects and artists.  Everything is
posted in NAV as sales invoices:
  * B2B orders: one invoice per delivery, prices excluding MVA, price-group line discounts (schools 12 %, kindergartens and
    public bodies 10 %, artists 10 % on art materials), 14 or 30 days' credit; municipal schools and kindergartens are
    billed to their municipality (Customer."Bill-to Customer No_"), upper secondary schools to Vestland fylkeskommune;
  * web shop orders: one invoice per order to the buyer's own W-customer, prices including MVA, freight NOK 99 under
    NOK 799; buyers in Sweden and Denmark pay no Norwegian MVA (export);
  * the shops: the till posts each day's sales as ONE invoice to the cash customer of the shop (KONTANT-BGO /
    KONTANT-SVG), one line per item sold that day (a "dagsoppgjør", Z number in External Document No_).
MVA is 25 %; books are zero-rated.  Shops open Monday-Saturday, closed Sundays and public holidays, but open on the two
Sundays before Christmas.  Copy paper rose on 1 January 2025 (A4 80 g ream NOK 59 -> 65 incl. MVA, box of 5 NOK 279 ->
309).  Salesperson Magnus Aasen (Stavanger B2B) left on 31 March 2025; Sunniva Lie took over on 1 April 2025.

Schema style: a NAV / Business Central SQL Server database copied table by table into SQLite:
  * table names '<Company>$<Table Name>' with spaces ("Blekk & Papir AS$Sales Invoice Header"), plus the system tables
    "Company" and "User" without a prefix, and four tables of the never-deleted demo company "CRONUS Norge AS";
  * column names are NAV field captions with '.', '/', '%' turned into '_' ("No_", "Sell-to Customer No_",
    "Line Discount _", "VAT _", "Country_Region Code"); a rowversion "timestamp" BLOB first; composite primary keys
    (e.g. "Document No_", "Line No_"); no foreign keys;
  * NAV stores no NULLs: blank text / codes are '' and blank dates are '1753-01-01 00:00:00.000'; dates are DATETIME text
    'YYYY-MM-DD 00:00:00.000'; options are integers (line Type 0 comment, 1 G/L Account, 2 Item; Blocked 0 ' ',
    1 Ship, 2 Invoice, 3 All; Document Type 1 Payment, 2 Invoice, 3 Credit Memo); booleans 0 / 1;
  * posted invoice headers carry NO amounts (Amount is a FlowField in NAV): money is on the lines ("Amount" excl. MVA,
    "Amount Including VAT"); "Unit Price" is incl. MVA when the header has "Prices Including VAT" = 1;
  * credit memos ("Sales Cr_Memo Header" / "Line") hold POSITIVE quantities and amounts and point at the invoice with
    "Applies-to Doc_ No_"; customer ledger entries carry "Open" / "Due Date" / "Closed at Date" and are posted to the
    bill-to customer;
  * lines of Type 0 (comments, no amounts) and Type 1 (G/L account 3100 Frakt / 3110 Småordregebyr) sit among item lines;
  * dirty data: a web customer keyed twice (older copy blocked), a school keyed again in capitals (blocked), a vendor
    keyed twice, Polychromos 24 keyed twice ('FABER-CASTELL POLYCHROMOS 24 FARGEBLYANTER', blocked since 10 June 2024,
    both sold), names with trailing spaces / in capitals, 'Bergen' / 'BERGEN' / 'Bergen ', old county names
    ('Hordaland', 'Viken') beside the new ones, 'Vik' in Vestland and in Nordland, blank County / E-Mail / Order Date.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, hashlib, os, random, sqlite3, struct, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import NO_FIRST, NO_LAST

SEED = 6203391
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "blekk_og_papir.sqlite")
D, TD = dt.date, dt.timedelta
START, END = D(2024, 1, 2), D(2025, 12, 31)
SVG_OPEN = D(2024, 8, 17)
PAPER_DAY = D(2025, 1, 1)
POLY_SWITCH = D(2024, 6, 10)
MAA_LEFT = D(2025, 3, 31)
CO = "Blekk & Papir AS"
P = CO + "$"
CR = "CRONUS Norge AS$"
BLANK = "1753-01-01 00:00:00.000"
R = random.Random(SEED)
HOLIDAYS = {D(2024, 1, 1), D(2024, 3, 28), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 1), D(2024, 5, 9), D(2024, 5, 17), D(2024, 5, 20), D(2024, 12, 25), D(2024, 12, 26),
            D(2025, 1, 1), D(2025, 4, 17), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 1), D(2025, 5, 17), D(2025, 5, 29), D(2025, 6, 9), D(2025, 12, 25), D(2025, 12, 26)}
XMAS_SUNDAYS = {D(2024, 12, 15), D(2024, 12, 22), D(2025, 12, 14), D(2025, 12, 21)}

TS = [0]


def stamp():
    TS[0] += 1
    return struct.pack(">Q", 0x7D000 + TS[0])


def nd(d):
    return d.isoformat() + " 00:00:00.000" if d else BLANK


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def q(n):
    return '"' + n + '"'


LINE_COLS = ['"Document No_" TEXT', '"Line No_" INTEGER', '"Sell-to Customer No_" TEXT', '"Type" INTEGER', '"No_" TEXT', '"Location Code" TEXT', '"Posting Group" TEXT',
             '"Shipment Date" TEXT', '"Description" TEXT', '"Description 2" TEXT', '"Unit of Measure" TEXT', '"Quantity" REAL', '"Unit Price" REAL', '"Unit Cost (LCY)" REAL',
             '"VAT _" REAL', '"Line Discount _" REAL', '"Line Discount Amount" REAL', '"Amount" REAL', '"Amount Including VAT" REAL', '"Allow Invoice Disc_" INTEGER',
             '"Gross Weight" REAL', '"Bill-to Customer No_" TEXT', '"Gen_ Bus_ Posting Group" TEXT', '"Gen_ Prod_ Posting Group" TEXT', '"VAT Bus_ Posting Group" TEXT',
             '"VAT Prod_ Posting Group" TEXT', '"Shortcut Dimension 1 Code" TEXT', '"Item Category Code" TEXT', '"Unit of Measure Code" TEXT', '"Quantity (Base)" REAL',
             '"Posting Date" TEXT', '"VAT Base Amount" REAL']
SCHEMA = f"""
CREATE TABLE "Company" ("timestamp" BLOB, "Name" TEXT PRIMARY KEY, "Evaluation Company" INTEGER, "Display Name" TEXT);
CREATE TABLE "User" ("timestamp" BLOB, "User Security ID" TEXT PRIMARY KEY, "User Name" TEXT, "Full Name" TEXT, "State" INTEGER, "Expiry Date" TEXT, "Contact Email" TEXT, "License Type" INTEGER);
CREATE TABLE "{P}Country_Region" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Name" TEXT, "EU Country_Region Code" TEXT);
CREATE TABLE "{P}Post Code" ("timestamp" BLOB, "Code" TEXT, "City" TEXT, "Search City" TEXT, "Country_Region Code" TEXT, "County" TEXT, PRIMARY KEY ("Code", "City"));
CREATE TABLE "{P}Dimension Value" ("timestamp" BLOB, "Dimension Code" TEXT, "Code" TEXT, "Name" TEXT, "Dimension Value Type" INTEGER, "Blocked" INTEGER, "Global Dimension No_" INTEGER, PRIMARY KEY ("Dimension Code", "Code"));
CREATE TABLE "{P}Location" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Name" TEXT, "Address" TEXT, "City" TEXT, "Post Code" TEXT, "Use As In-Transit" INTEGER);
CREATE TABLE "{P}Payment Terms" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Due Date Calculation" TEXT, "Discount Date Calculation" TEXT, "Discount _" REAL, "Description" TEXT);
CREATE TABLE "{P}Payment Method" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Description" TEXT, "Bal_ Account Type" INTEGER, "Bal_ Account No_" TEXT);
CREATE TABLE "{P}Customer Price Group" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Price Includes VAT" INTEGER, "Allow Invoice Disc_" INTEGER, "VAT Bus_ Posting Gr_ (Price)" TEXT, "Description" TEXT, "Allow Line Disc_" INTEGER);
CREATE TABLE "{P}Reason Code" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Description" TEXT);
CREATE TABLE "{P}Salesperson_Purchaser" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Name" TEXT, "Commission _" REAL, "Global Dimension 1 Code" TEXT, "E-Mail" TEXT, "Phone No_" TEXT, "Job Title" TEXT, "Blocked" INTEGER);
CREATE TABLE "{P}Customer" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "Name" TEXT, "Search Name" TEXT, "Name 2" TEXT, "Address" TEXT, "Address 2" TEXT, "City" TEXT, "Contact" TEXT, "Phone No_" TEXT,
  "Customer Posting Group" TEXT, "Customer Price Group" TEXT, "Payment Terms Code" TEXT, "Salesperson Code" TEXT, "Country_Region Code" TEXT, "Blocked" INTEGER, "Bill-to Customer No_" TEXT,
  "Payment Method Code" TEXT, "Last Date Modified" TEXT, "Prices Including VAT" INTEGER, "VAT Registration No_" TEXT, "Gen_ Bus_ Posting Group" TEXT, "Post Code" TEXT, "County" TEXT,
  "E-Mail" TEXT, "VAT Bus_ Posting Group" TEXT, "Global Dimension 1 Code" TEXT, "Location Code" TEXT);
CREATE TABLE "{P}Manufacturer" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Name" TEXT);
CREATE TABLE "{P}Item Category" ("timestamp" BLOB, "Code" TEXT PRIMARY KEY, "Parent Category" TEXT, "Description" TEXT, "Indentation" INTEGER, "Presentation Order" INTEGER, "Has Children" INTEGER, "Last Modified Date Time" TEXT);
CREATE TABLE "{P}Vendor" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "Name" TEXT, "Search Name" TEXT, "City" TEXT, "Country_Region Code" TEXT, "Phone No_" TEXT, "Blocked" INTEGER, "Purchaser Code" TEXT);
CREATE TABLE "{P}Item" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "No_ 2" TEXT, "Description" TEXT, "Search Description" TEXT, "Description 2" TEXT, "Base Unit of Measure" TEXT,
  "Inventory Posting Group" TEXT, "Unit Price" REAL, "Unit Cost" REAL, "Vendor No_" TEXT, "Vendor Item No_" TEXT, "Blocked" INTEGER, "Last Date Modified" TEXT,
  "Gen_ Prod_ Posting Group" TEXT, "VAT Prod_ Posting Group" TEXT, "Item Category Code" TEXT, "Manufacturer Code" TEXT, "Sales Unit of Measure" TEXT, "Gross Weight" REAL);
CREATE TABLE "{P}Item Vendor" ("timestamp" BLOB, "Vendor No_" TEXT, "Item No_" TEXT, "Variant Code" TEXT, "Lead Time Calculation" TEXT, "Vendor Item No_" TEXT, PRIMARY KEY ("Vendor No_", "Item No_", "Variant Code"));
CREATE TABLE "{P}Sales Invoice Header" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "Sell-to Customer No_" TEXT, "Bill-to Customer No_" TEXT, "Bill-to Name" TEXT, "Bill-to City" TEXT,
  "Your Reference" TEXT, "Order Date" TEXT, "Posting Date" TEXT, "Shipment Date" TEXT, "Posting Description" TEXT, "Payment Terms Code" TEXT, "Due Date" TEXT, "Location Code" TEXT,
  "Shortcut Dimension 1 Code" TEXT, "Customer Posting Group" TEXT, "Currency Code" TEXT, "Customer Price Group" TEXT, "Prices Including VAT" INTEGER, "Salesperson Code" TEXT,
  "Order No_" TEXT, "Sell-to Customer Name" TEXT, "Sell-to City" TEXT, "Sell-to Post Code" TEXT, "Sell-to Country_Region Code" TEXT, "External Document No_" TEXT,
  "Payment Method Code" TEXT, "No_ Series" TEXT, "Order No_ Series" TEXT, "User ID" TEXT, "Document Date" TEXT, "VAT Bus_ Posting Group" TEXT, "Sell-to E-Mail" TEXT);
CREATE TABLE "{P}Sales Invoice Line" ({", ".join(LINE_COLS)}, "timestamp" BLOB, PRIMARY KEY ("Document No_", "Line No_"));
CREATE TABLE "{P}Sales Cr_Memo Header" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "Sell-to Customer No_" TEXT, "Bill-to Customer No_" TEXT, "Bill-to Name" TEXT, "Posting Date" TEXT,
  "Posting Description" TEXT, "Due Date" TEXT, "Location Code" TEXT, "Shortcut Dimension 1 Code" TEXT, "Customer Posting Group" TEXT, "Prices Including VAT" INTEGER,
  "Salesperson Code" TEXT, "Applies-to Doc_ Type" INTEGER, "Applies-to Doc_ No_" TEXT, "Sell-to Customer Name" TEXT, "External Document No_" TEXT, "Reason Code" TEXT,
  "Return Order No_" TEXT, "No_ Series" TEXT, "User ID" TEXT, "Document Date" TEXT, "VAT Bus_ Posting Group" TEXT);
CREATE TABLE "{P}Sales Cr_Memo Line" ({", ".join(LINE_COLS)}, "timestamp" BLOB, PRIMARY KEY ("Document No_", "Line No_"));
CREATE TABLE "{P}Cust_ Ledger Entry" ("timestamp" BLOB, "Entry No_" INTEGER PRIMARY KEY, "Customer No_" TEXT, "Posting Date" TEXT, "Document Type" INTEGER, "Document No_" TEXT,
  "Description" TEXT, "Currency Code" TEXT, "Sales (LCY)" REAL, "Customer Posting Group" TEXT, "Global Dimension 1 Code" TEXT, "Salesperson Code" TEXT, "User ID" TEXT,
  "Open" INTEGER, "Due Date" TEXT, "Closed by Entry No_" INTEGER, "Closed at Date" TEXT, "Document Date" TEXT, "External Document No_" TEXT, "Reversed" INTEGER);
CREATE TABLE "{CR}Customer" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "Name" TEXT, "City" TEXT, "Customer Posting Group" TEXT, "Country_Region Code" TEXT, "Blocked" INTEGER);
CREATE TABLE "{CR}Item" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "Description" TEXT, "Base Unit of Measure" TEXT, "Unit Price" REAL, "Item Category Code" TEXT, "Blocked" INTEGER);
CREATE TABLE "{CR}Sales Invoice Header" ("timestamp" BLOB, "No_" TEXT PRIMARY KEY, "Sell-to Customer No_" TEXT, "Bill-to Customer No_" TEXT, "Posting Date" TEXT, "Sell-to Customer Name" TEXT, "Salesperson Code" TEXT, "Prices Including VAT" INTEGER);
CREATE TABLE "{CR}Sales Invoice Line" ("timestamp" BLOB, "Document No_" TEXT, "Line No_" INTEGER, "Type" INTEGER, "No_" TEXT, "Description" TEXT, "Quantity" REAL, "Unit Price" REAL, "Amount" REAL, "Amount Including VAT" REAL, PRIMARY KEY ("Document No_", "Line No_"));
"""

# ------------------------------------------------------------------ reference data
CATS = [("KONTOR", "", "Kontorrekvisita", 0), ("PAPIR", "KONTOR", "Papir og blokker", 1), ("SKRIVE", "KONTOR", "Skriveredskaper", 1), ("ARKIV", "KONTOR", "Arkiv og oppbevaring", 1),
        ("SMÅREKV", "KONTOR", "Smårekvisita", 1), ("KUNST", "", "Kunstnermateriell", 0), ("MALING", "KUNST", "Maling", 1), ("PENSLER", "KUNST", "Pensler og verktøy", 1),
        ("TEGNING", "KUNST", "Tegning og skisse", 1), ("LERRET", "KUNST", "Lerret og kunstpapir", 1), ("FORMING", "", "Forming og hobby", 0), ("MODELL", "FORMING", "Modellering", 1),
        ("KARTONG", "FORMING", "Kartong og formingspapir", 1), ("HOBBY", "FORMING", "Hobbymateriell", 1), ("BØKER", "", "Bøker", 0)]
MANU = [("FABER", "Faber-Castell"), ("STAEDTLER", "Staedtler"), ("STABILO", "Stabilo"), ("PILOT", "Pilot"), ("LAMY", "Lamy"), ("LEUCHTT", "Leuchtturm1917"), ("MOLESKINE", "Moleskine"),
        ("CANSON", "Canson"), ("WN", "Winsor & Newton"), ("SCHMINCKE", "Schmincke"), ("GOLDEN", "Golden Artist Colors"), ("LIQUITEX", "Liquitex"), ("DALER", "Daler-Rowney"),
        ("DAVINCI", "da Vinci"), ("TALENS", "Royal Talens"), ("DERWENT", "Derwent"), ("COPIC", "Copic"), ("UNI", "Uni Mitsubishi Pencil"), ("ESSELTE", "Esselte"), ("LEITZ", "Leitz"),
        ("3M", "3M"), ("PRITT", "Pritt"), ("JOVI", "Jovi"), ("BIC", "BIC"), ("MULTICOPY", "MultiCopy"), ("FISKARS", "Fiskars"), ("HAMA", "Hama"), ("BP", "Blekk & Papir"), ("ARCHES", "Arches"),
        ("MANUSCRIPT", "Manuscript"), ("SKALD", "Skald Forlag")]
VENDORS = [("L20001", "Nordisk Kunstimport AS", "Oslo", "NO"), ("L20002", "Papirgrossisten AS", "Drammen", "NO"), ("L20003", "Kontorgrossisten Vest AS", "Bergen", "NO"),
           ("L20004", "Faber-Castell Norden AB", "Stockholm", "SE"), ("L20005", "Royal Talens Nordic AB", "Malmö", "SE"), ("L20006", "Skrivekunst Import AS", "Oslo", "NO"),
           ("L20007", "Trykkeriet på Laksevåg AS", "Laksevåg", "NO"), ("L20008", "Skald Forlag AS", "Leikanger", "NO"), ("L20009", "PAPIRGROSSISTEN AS", "Drammen", "NO")]
# No_, description, category, manufacturer, unit, price incl. 25 % MVA (books: zero-rated), vendor(s), popularity (shop, web, school, kindergarten, office, art), added
ITEMS = [
    ("10001", "Kopipapir A4 80g 500 ark", "PAPIR", "MULTICOPY", "RIS", 65, ["L20002"], (2, 1, 8, 3, 10, 1), None),
    ("10002", "Kopipapir A4 80g eske 5 ris", "PAPIR", "MULTICOPY", "ESKE", 309, ["L20002"], (0.2, 0.3, 6, 1, 8, 0.5), None),
    ("10003", "Notatblokk A4 linjert 80 ark", "PAPIR", "BP", "STK", 39, ["L20007"], (3, 1, 3, 0.5, 3, 0.5), None),
    ("10004", "Leuchtturm1917 notatbok A5 prikket", "PAPIR", "LEUCHTT", "STK", 299, ["L20006"], (4, 4, 0.1, 0, 1, 0.5), None),
    ("10005", "Moleskine Classic notatbok L linjert", "PAPIR", "MOLESKINE", "STK", 259, ["L20006"], (3, 2.5, 0, 0, 1, 0.2), None),
    ("10006", "Post-it lapper 76x76 gul 12 blokker", "PAPIR", "3M", "PK", 189, ["L20003"], (1, 0.5, 1, 0.5, 5, 0.1), None),
    ("10010", "Staedtler Noris blyant HB 12 stk", "SKRIVE", "STAEDTLER", "PK", 79, ["L20003"], (3, 1, 7, 2, 2, 1), None),
    ("10011", "Pilot G-2 gelpenn 0,7 blå", "SKRIVE", "PILOT", "STK", 29, ["L20003", "L20006"], (6, 1.5, 2, 0, 4, 0.2), None),
    ("10012", "BIC Cristal kulepenn blå 50 stk", "SKRIVE", "BIC", "ESKE", 149, ["L20003"], (0.3, 0.3, 4, 0.5, 5, 0), None),
    ("10013", "Stabilo Boss Original tekstmarkør 4 stk", "SKRIVE", "STABILO", "PK", 89, ["L20003"], (3, 1, 4, 0.3, 4, 0.2), None),
    ("10014", "Lamy Safari fyllepenn", "SKRIVE", "LAMY", "STK", 349, ["L20006"], (2.5, 3, 0.2, 0, 0.3, 0.2), None),
    ("10015", "Lamy T10 blekkpatroner blå 5 stk", "SKRIVE", "LAMY", "PK", 35, ["L20006"], (3, 2, 0.2, 0, 0.3, 0.1), None),
    ("10016", "Uni Posca PC-5M 8 farger", "SKRIVE", "UNI", "SETT", 249, ["L20001"], (3, 3, 1.5, 0.5, 0.2, 2), None),
    ("10020", "Esselte ringperm A4 50 mm", "ARKIV", "ESSELTE", "STK", 59, ["L20003"], (1, 0.3, 3, 0.5, 5, 0.1), None),
    ("10021", "Leitz hullemaskin 5008", "ARKIV", "LEITZ", "STK", 249, ["L20003"], (0.3, 0.2, 0.5, 0.2, 1, 0), None),
    ("10022", "Leitz arkivboks 80 mm", "ARKIV", "LEITZ", "STK", 49, ["L20003"], (0.5, 0.2, 1, 0.2, 4, 0), None),
    ("10023", "Plastlommer A4 100 stk", "ARKIV", "ESSELTE", "PK", 99, ["L20003", "L20002"], (1, 0.3, 3, 0.5, 4, 0.1), None),
    ("10030", "Pritt limstift 43 g", "SMÅREKV", "PRITT", "STK", 45, ["L20003"], (2, 0.5, 6, 4, 2, 0.2), None),
    ("10031", "Leitz stiftemaskin 5502", "SMÅREKV", "LEITZ", "STK", 199, ["L20003"], (0.4, 0.2, 0.5, 0.2, 1.5, 0), None),
    ("10032", "Scotch Magic tape 19 mm 8 ruller", "SMÅREKV", "3M", "PK", 169, ["L20003"], (1, 0.5, 2, 1.5, 2.5, 0.2), None),
    ("10033", "Fiskars saks 21 cm", "SMÅREKV", "FISKARS", "STK", 129, ["L20003"], (1, 0.5, 2, 2, 1, 0.3), None),
    ("10034", "Julekort 20 stk med konvolutter", "SMÅREKV", "BP", "PK", 149, ["L20007"], (1, 1, 0, 0.2, 0.5, 0.2), None),
    ("10040", "Winsor & Newton Cotman akvarell 12 halvkopper", "MALING", "WN", "SETT", 399, ["L20001"], (3, 4, 0.5, 0, 0, 3), None),
    ("10041", "Schmincke Horadam akvarell 12 halvkopper", "MALING", "SCHMINCKE", "SETT", 1290, ["L20001"], (0.6, 1.5, 0, 0, 0, 1.5), None),
    ("10042", "Golden Heavy Body akryl 59 ml", "MALING", "GOLDEN", "STK", 179, ["L20001"], (2, 2, 0.3, 0, 0, 5), None),
    ("10043", "Liquitex Basics akryl 12 x 22 ml", "MALING", "LIQUITEX", "SETT", 229, ["L20001"], (2.5, 2.5, 2, 0.5, 0, 1.5), None),
    ("10044", "Royal Talens Rembrandt oljefarge 40 ml", "MALING", "TALENS", "STK", 189, ["L20005"], (1.5, 1.5, 0.3, 0, 0, 5), None),
    ("10045", "Royal Talens Amsterdam akryl 120 ml", "MALING", "TALENS", "STK", 89, ["L20005"], (3, 2, 3, 0.5, 0, 4), None),
    ("10046", "Daler-Rowney System3 akryl 75 ml", "MALING", "DALER", "STK", 85, ["L20001"], (1.5, 1, 2, 0.5, 0, 2), None),
    ("10047", "Liquitex gesso 473 ml", "MALING", "LIQUITEX", "STK", 269, ["L20001"], (0.8, 0.8, 0.5, 0, 0, 3), None),
    ("10048", "Fingermaling 6 x 250 ml", "MALING", "JOVI", "SETT", 249, ["L20002"], (0.5, 0.5, 1, 6, 0, 0), None),
    ("10050", "da Vinci Casaneo akvarellpensel str. 8", "PENSLER", "DAVINCI", "STK", 189, ["L20001"], (1.5, 1.5, 0.1, 0, 0, 2.5), None),
    ("10051", "Penselsett syntetisk 10 stk", "PENSLER", "BP", "SETT", 149, ["L20007", "L20001"], (2, 1.5, 3, 2, 0, 1.5), None),
    ("10052", "Palettkniver 5 stk", "PENSLER", "DALER", "SETT", 99, ["L20001"], (0.7, 0.5, 0.5, 0, 0, 1.5), None),
    ("10053", "Royal Talens van Gogh penselsett", "PENSLER", "TALENS", "SETT", 229, ["L20005"], (1, 1, 0.5, 0, 0, 1), None),
    ("10060", "Faber-Castell Polychromos 24 fargeblyanter", "TEGNING", "FABER", "SETT", 549, ["L20004"], (2.5, 3, 0.6, 0, 0, 2), POLY_SWITCH),
    ("10061", "Faber-Castell Polychromos 60 fargeblyanter", "TEGNING", "FABER", "SETT", 1390, ["L20004"], (0.6, 1.2, 0.1, 0, 0, 1), None),
    ("10062", "Derwent Inktense 24 blyanter", "TEGNING", "DERWENT", "SETT", 499, ["L20001"], (1, 1.5, 0.1, 0, 0, 1), D(2024, 9, 2)),
    ("10063", "Copic Ciao 12 tusjer", "TEGNING", "COPIC", "SETT", 699, ["L20001"], (1.2, 2, 0.2, 0, 0.5, 1.5), None),
    ("10064", "Staedtler Mars Lumograph 12 blyanter", "TEGNING", "STAEDTLER", "SETT", 229, ["L20003"], (2, 1.5, 1.5, 0, 1.5, 2), None),
    ("10065", "Daler-Rowney kulltegnesett", "TEGNING", "DALER", "SETT", 159, ["L20001"], (1, 0.8, 1.5, 0, 0, 1.5), None),
    ("10066", "Faber-Castell Pitt Artist Pen 4 stk", "TEGNING", "FABER", "SETT", 179, ["L20004"], (2, 1.5, 0.5, 0, 0.3, 1), None),
    ("10067", "Canson skisseblokk A4 120g 50 ark", "TEGNING", "CANSON", "STK", 129, ["L20001"], (3, 2, 4, 0.5, 0.5, 2), None),
    ("10068", "Leuchtturm1917 skissebok A5", "TEGNING", "LEUCHTT", "STK", 229, ["L20006"], (1.5, 2, 0, 0, 0.3, 0.8), D(2025, 2, 3)),
    ("10069", "Staedtler Karat vannfarger 12", "TEGNING", "STAEDTLER", "SETT", 59, ["L20003"], (1.5, 0.5, 5, 3, 0, 0), None),
    ("10070", "Lerret på blindramme 40x50 cm", "LERRET", "BP", "STK", 149, ["L20007"], (2, 1, 1.5, 0, 0, 4), None),
    ("10071", "Lerret på blindramme 60x80 cm", "LERRET", "BP", "STK", 279, ["L20007"], (1, 0.5, 0.5, 0, 0, 3), None),
    ("10072", "Canson Montval akvarellblokk A4 300g", "LERRET", "CANSON", "STK", 199, ["L20001"], (2, 2, 1.5, 0, 0, 2.5), None),
    ("10073", "Arches akvarellblokk 31x41 cm 300g", "LERRET", "ARCHES", "STK", 599, ["L20001"], (0.6, 1, 0, 0, 0, 1.5), None),
    ("10080", "Jovi lufttørkende leire 1 kg", "MODELL", "JOVI", "STK", 119, ["L20002"], (1, 0.5, 3, 3, 0, 0.5), None),
    ("10081", "Fimo Soft 24 farger", "MODELL", "STAEDTLER", "SETT", 399, ["L20003"], (0.8, 1, 0.5, 0.5, 0, 0.2), None),
    ("10082", "Keramikkleire rød 10 kg", "MODELL", "JOVI", "STK", 229, ["L20002"], (0.2, 0.1, 2, 1, 0, 1), None),
    ("10085", "Kartong A4 180g 100 ark ass. farger", "KARTONG", "BP", "PK", 199, ["L20002"], (1, 0.5, 5, 5, 0.2, 0.3), None),
    ("10086", "Silkepapir 50x70 cm 25 ark", "KARTONG", "BP", "PK", 69, ["L20002"], (1, 0.3, 2, 3, 0, 0), None),
    ("10087", "Crepepapir 10 ruller ass.", "KARTONG", "BP", "PK", 129, ["L20002"], (0.6, 0.3, 2, 4, 0, 0), None),
    ("10088", "Glanspapir A4 100 ark", "KARTONG", "BP", "PK", 89, ["L20002"], (0.5, 0.2, 2, 4, 0, 0), None),
    ("10090", "Hama perler midi 6000 stk", "HOBBY", "HAMA", "PK", 149, ["L20002"], (1, 0.8, 1, 4, 0, 0), None),
    ("10091", "Stabilo Woody 3-i-1 12 stk", "HOBBY", "STABILO", "SETT", 199, ["L20003"], (1, 0.8, 2, 4, 0, 0), None),
    ("10092", "Stabilo Power fiberpenner 24 farger", "HOBBY", "STABILO", "SETT", 119, ["L20003"], (1.5, 0.5, 4, 4, 0, 0), None),
    ("10093", "Glitterlim 10 stk", "HOBBY", "JOVI", "PK", 79, ["L20002"], (0.8, 0.3, 1, 3, 0, 0), None),
    ("10094", "Piperensere 100 stk", "HOBBY", "BP", "PK", 49, ["L20002"], (0.5, 0.2, 1, 3, 0, 0), None),
    ("10095", "Adventskalender-esker DIY 24 stk", "HOBBY", "BP", "PK", 119, ["L20007"], (1, 1, 0, 1, 0, 0), None),
    ("10100", "Tegn hver dag (bok)", "BØKER", "SKALD", "STK", 349, ["L20008"], (1, 1.2, 0.2, 0, 0, 0.3), None),
    ("10101", "Akvarell for nybegynnere (bok)", "BØKER", "SKALD", "STK", 299, ["L20008"], (1, 1.2, 0.1, 0, 0, 0.3), None),
    ("10102", "Håndlettering steg for steg (bok)", "BØKER", "SKALD", "STK", 279, ["L20008"], (0.8, 1, 0, 0, 0, 0.1), None),
    ("10103", "Manuscript kalligrafisett", "SKRIVE", "MANUSCRIPT", "SETT", 329, ["L20006"], (1, 1.5, 0, 0, 0, 0.3), D(2025, 5, 5)),
]
OLD_POLY = ("10009", "FABER-CASTELL POLYCHROMOS 24 FARGEBLYANTER", "TEGNING", "FABER", "SETT", 549, ["L20004"], (2.5, 3, 0.6, 0, 0, 2), None)
OLD_PRICE = {"10001": 59, "10002": 279}
# customers --------------------------------------------------------------
MUNIS = [("K10000", "Bergen kommune", "Bergen", "5020", "KH"), ("K10001", "Stavanger kommune", "Stavanger", "4005", "MAA"), ("K10002", "Askøy kommune", "Kleppestø", "5300", "KH"),
         ("K10003", "Bjørnafjorden kommune", "Osøyro", "5200", "KH"), ("K10004", "Sandnes kommune", "Sandnes", "4306", "MAA"), ("K10005", "Vestland fylkeskommune", "Bergen", "5020", "KH")]
# name, city, post code, bill-to, kind
SCHOOLS = [("Nordnes skole", "Bergen", "5005", "K10000"), ("Møhlenpris skole", "Bergen", "5006", "K10000"), ("Landås skole", "Bergen", "5089", "K10000"),
           ("Ytre Arna skule", "Ytre Arna", "5265", "K10000"), ("Krohnengen skole", "Bergen", "5035", "K10000"), ("Haukeland skole", "Bergen", "5009", "K10000"),
           ("Slettebakken skole", "Bergen", "5093", "K10000"), ("Kirkevoll skole", "Bergen", "5141", "K10000"), ("Sandviken skole", "Bergen", "5035", "K10000"),
           ("Ny-Krohnborg skole", "Bergen", "5031", "K10000"), ("Fyllingsdalen skole", "Fyllingsdalen", "5147", "K10000"), ("Åsane skole", "Åsane", "5116", "K10000"),
           ("Kampen skole", "Stavanger", "4014", "K10001"), ("Storhaug skole", "Stavanger", "4014", "K10001"), ("Tjensvoll skole", "Stavanger", "4021", "K10001"),
           ("Hundvåg skole", "Stavanger", "4085", "K10001"), ("Madlavoll skole", "Stavanger", "4041", "K10001"), ("Kleppestø ungdomsskole", "Kleppestø", "5300", "K10002"),
           ("Erdal barneskule", "Kleppestø", "5306", "K10002"), ("Os ungdomsskule", "Osøyro", "5200", "K10003"), ("Giske ungdomsskole", "Sandnes", "4307", "K10004"),
           ("Bergen katedralskole", "Bergen", "5015", "K10005"), ("Årstad videregående skole", "Bergen", "5057", "K10005"), ("Amalie Skram videregående skole", "Bergen", "5055", "K10005"),
           ("Steinerskolen på Paradis", "Paradis", "5231", ""), ("Bergen Montessoriskole", "Bergen", "5007", ""), ("Vik skule", "Vik i Sogn", "6893", "")]
KINDERGARTENS = [("Nordnes barnehage", "Bergen", "5005", "K10000"), ("Solheimsviken barnehage", "Bergen", "5058", "K10000"), ("Kalfaret barnehage", "Bergen", "5018", "K10000"),
                 ("Haukeland barnehage", "Bergen", "5009", "K10000"), ("Åsane barnehage", "Åsane", "5116", "K10000"), ("Laksevåg barnehage", "Laksevåg", "5162", "K10000"),
                 ("Storhaug barnehage", "Stavanger", "4014", "K10001"), ("Våland barnehage", "Stavanger", "4009", "K10001"), ("Hinna barnehage", "Stavanger", "4020", "K10001"),
                 ("Kleppestø barnehage", "Kleppestø", "5300", "K10002"), ("Regnbuen barnehage SA", "Bergen", "5039", ""), ("Trollskogen FUS barnehage AS", "Bergen", "5224", ""),
                 ("Eventyrhagen barnehage AS", "Stavanger", "4016", ""), ("Måkeredet naturbarnehage SA", "Sandnes", "4310", ""), ("Fjellvåken barnehage AS", "Åsane", "5117", ""),
                 ("Kvarven gårdsbarnehage SA", "Vik i Helgeland", "8976", ""), ("Bryggen barnehage AS", "Bergen", "5003", "")]
BUSINESSES = [("Fjordblikk Arkitekter AS", "Bergen", "5003", "EB"), ("Vågen Arkitektkontor AS", "Bergen", "5014", "EB"), ("Bryggen Advokatfirma DA", "Bergen", "5003", "EB"),
              ("Sentrum Regnskap AS", "Bergen", "5015", "EB"), ("Havbris Eiendom AS", "Bergen", "5020", "EB"), ("Tullin Design AS", "Bergen", "5017", "EB"),
              ("Lysverket Reklamebyrå AS", "Bergen", "5015", "EB"), ("Fana Legesenter AS", "Nesttun", "5221", "EB"), ("Sydnes Tannklinikk AS", "Bergen", "5010", "EB"),
              ("Kremmerhuset Rådgivning AS", "Bergen", "5004", "EB"), ("Bergen Havnedistrikt Consult AS", "Bergen", "5011", "EB"), ("Vestlandsnytt Media AS", "Bergen", "5014", "EB"),
              ("Nordsjø Offshore Services AS", "Stavanger", "4006", "MAA"), ("Sverdrup Engineering AS", "Stavanger", "4007", "MAA"), ("Breiavatnet Arkitekter AS", "Stavanger", "4010", "MAA"),
              ("Rogaland Revisjon AS", "Sandnes", "4306", "MAA"), ("Siddis Eiendomsmegling AS", "Stavanger", "4005", "MAA"), ("Hillevåg Bilverksted AS", "Stavanger", "4016", "MAA"),
              ("Forus Energi Partner AS", "Stavanger", "4033", "MAA"), ("Askøy Regnskapskontor AS", "Kleppestø", "5300", "KH"), ("Os Tannhelse AS", "Osøyro", "5200", "KH"),
              ("Drammen Byggtegning AS", "Drammen", "3015", "EB"), ("Asker Arkitektstudio AS", "Asker", "1384", "EB")]
ARTISTS = [("Tegneskolen Vest AS", "Bergen", "5006", "EB"), ("Atelier Nordnes v/Hilde Tveit", "Bergen", "5005", "EB"), ("Galleri Fisketorget AS", "Bergen", "5014", "EB"),
           ("Máret Somby Kunst", "Bergen", "5017", "EB"), ("Kunstverkstedet Skur 17 SA", "Bergen", "5003", "EB"), ("Illustrasjonsbyrået Blyant AS", "Bergen", "5012", "EB"),
           ("Stavanger Kunstforening", "Stavanger", "4005", "MAA"), ("Atelier Ledaal v/Ørjan Økland", "Stavanger", "4009", "MAA"), ("Malerverkstedet Sandnes AS", "Sandnes", "4307", "MAA"),
           ("Keramiker Biret Eira", "Ytre Arna", "5265", "EB"), ("Tegneserieverkstedet AS", "Bergen", "5015", "EB")]
POSTAL = {"5": ("Vestland", "Hordaland"), "4": ("Rogaland", "Rogaland"), "3": ("Buskerud", "Viken"), "1": ("Akershus", "Viken"), "6": ("Vestland", "Sogn og Fjordane"), "8": ("Nordland", "Nordland")}
# customers lost along the way: no orders after the date (moved to a competitor, closed, or ordering through a framework deal)
STOPPED = {"Steinerskolen på Paradis": D(2024, 10, 31), "Vik skule": D(2024, 6, 14), "Bergen Montessoriskole": D(2024, 12, 20),
           "Hinna barnehage": D(2025, 6, 30), "Kvarven gårdsbarnehage SA": D(2025, 5, 15), "Hillevåg Bilverksted AS": D(2025, 2, 28)}
SVG_NOT_STOCKED = {"10002", "10021", "10073", "10082", "10102"}   # the smaller Stavanger shop never carried these
CHRONIC_LATE = {"Fjordblikk Arkitekter AS", "Galleri Fisketorget AS", "Siddis Eiendomsmegling AS"}
SALESPEOPLE = [("KH", "Kari Haugland", 2.0, "B2B", "kari@blekkpapir.no", "Key Account Manager offentlig sektor", 0),
               ("EB", "Eirik Brekke", 2.0, "B2B", "eirik@blekkpapir.no", "Salgskonsulent bedrift", 0),
               ("MAA", "Magnus Aasen", 2.0, "B2B", "magnus@blekkpapir.no", "Salgskonsulent Stavanger", 1),
               ("SL", "Sunniva Lie", 2.0, "B2B", "sunniva@blekkpapir.no", "Salgskonsulent Stavanger", 0),
               ("ØS", "Øyvind Sæther", 0.0, "", "oyvind@blekkpapir.no", "Innkjøpsansvarlig", 0),
               ("HM", "Hege Myklebust", 0.0, "BUTIKK-BGO", "hege@blekkpapir.no", "Butikksjef Bergen", 0)]
USERS = [("BLEKKPAPIR\\ADMIN", "Administrator", 0, ""), ("BLEKKPAPIR\\TSTRAND", "Torunn Strand", 0, "torunn@blekkpapir.no"),
         ("BLEKKPAPIR\\KHAUGLAND", "Kari Haugland", 0, "kari@blekkpapir.no"), ("BLEKKPAPIR\\EBREKKE", "Eirik Brekke", 0, "eirik@blekkpapir.no"),
         ("BLEKKPAPIR\\MAASEN", "Magnus Aasen", 1, "magnus@blekkpapir.no"), ("BLEKKPAPIR\\SLIE", "Sunniva Lie", 0, "sunniva@blekkpapir.no"),
         ("BLEKKPAPIR\\HMYKLEBUST", "Hege Myklebust", 0, "hege@blekkpapir.no"), ("BLEKKPAPIR\\NAVINTEGRASJON", "Integrasjon nettbutikk og kasse", 0, "")]
WEB_CITIES = [("Bergen", "50", 30), ("Oslo", "0", 22), ("Stavanger", "40", 10), ("Trondheim", "70", 8), ("Sandnes", "43", 3), ("Tromsø", "90", 3), ("Kristiansand", "46", 3),
              ("Drammen", "30", 2), ("Ålesund", "60", 2), ("Bodø", "80", 2), ("Fredrikstad", "16", 2), ("Asker", "13", 2), ("Lillehammer", "26", 1), ("Haugesund", "55", 2),
              ("Askøy", "53", 2), ("Vik i Sogn", "68", 0.4), ("Vik i Helgeland", "89", 0.3)]
COUNTY_BY_CITY = {"Bergen": "Vestland", "Oslo": "Oslo", "Stavanger": "Rogaland", "Trondheim": "Trøndelag", "Sandnes": "Rogaland", "Tromsø": "Troms", "Kristiansand": "Agder",
                  "Drammen": "Buskerud", "Ålesund": "Møre og Romsdal", "Bodø": "Nordland", "Fredrikstad": "Østfold", "Asker": "Akershus", "Lillehammer": "Innlandet",
                  "Haugesund": "Rogaland", "Askøy": "Vestland", "Vik i Sogn": "Vestland", "Vik i Helgeland": "Nordland"}
OLD_COUNTY = {"Vestland": "Hordaland", "Buskerud": "Viken", "Akershus": "Viken", "Østfold": "Viken", "Troms": "Troms og Finnmark", "Trøndelag": "Trøndelag"}


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def guid(*parts):
    x = h(*parts)
    return "{" + f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}".upper() + "}"


def shop_open(d, shop):
    if shop == "SVG" and d < SVG_OPEN:
        return False
    if d in HOLIDAYS:
        return False
    return d.weekday() < 6 or d in XMAS_SUNDAYS


def office_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS and (d.month, d.day) not in ((12, 24), (12, 31))


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)

    def ins(t, row):
        con.execute(f'INSERT INTO "{t}" VALUES ({",".join("?" * len(row))})', row)

    ins("Company", (stamp(), CO, 0, CO))
    ins("Company", (stamp(), "CRONUS Norge AS", 1, "CRONUS Norge AS"))
    for un, full, state, mail in USERS:
        ins("User", (stamp(), guid("user", un), un, full, state, BLANK, mail, 0))
    for c, n, eu in [("NO", "Norge", ""), ("SE", "Sverige", "SE"), ("DK", "Danmark", "DK"), ("FI", "Finland", "FI"), ("DE", "Tyskland", "DE")]:
        ins(P + "Country_Region", (stamp(), c, n, eu))
    pcs = {}
    for dv in [("AVDELING", "B2B", "Bedriftssalg"), ("AVDELING", "BUTIKK-BGO", "Butikk Bergen"), ("AVDELING", "BUTIKK-SVG", "Butikk Stavanger"), ("AVDELING", "NETT", "Nettbutikk"),
               ("AVDELING", "ADM", "Administrasjon")]:
        ins(P + "Dimension Value", (stamp(), dv[0], dv[1], dv[2], 0, 0, 1))
    for loc in [("BERGEN", "Butikk Bergen", "Strandgaten 41", "Bergen", "5013"), ("STAVANGER", "Butikk Stavanger", "Kirkegata 12", "Stavanger", "4006"),
                ("LAGER", "Sentrallager Kokstad", "Kokstadflaten 9", "Kokstad", "5257")]:
        ins(P + "Location", (stamp(),) + loc + (0,))
    for pt in [("0D", "0D", "", 0.0, "Kontant / forhåndsbetalt"), ("14D", "14D", "", 0.0, "14 dager netto"), ("30D", "30D", "", 0.0, "30 dager netto")]:
        ins(P + "Payment Terms", (stamp(),) + pt)
    for pm in [("FAKTURA", "Faktura", 0, ""), ("KONTANT", "Kontant og kort i butikk", 1, "1900"), ("VIPPS", "Vipps", 1, "1920"), ("KORT", "Betalingskort nettbutikk", 1, "1921"),
               ("KLARNA", "Klarna faktura", 1, "1922")]:
        ins(P + "Payment Method", (stamp(),) + pm)
    for cpg in [("SKOLE", 0, 0, "", "Skoler", 1), ("BARNEHAGE", 0, 0, "", "Barnehager", 1), ("OFFENTLIG", 0, 0, "", "Offentlig forvaltning", 1),
                ("BEDRIFT", 0, 1, "", "Bedrifter", 1), ("KUNSTNER", 0, 0, "", "Kunstnere og kunstskoler", 1), ("PRIVAT", 1, 0, "INNLAND", "Privatkunder nettbutikk", 1),
                ("BUTIKK", 1, 0, "INNLAND", "Kontantsalg butikk", 0)]:
        ins(P + "Customer Price Group", (stamp(),) + cpg)
    REASONS = [("RETUR", "Retur av varer"), ("SKADET", "Skadet ved levering"), ("FEILLEV", "Feil levert vare"), ("KANSELLERT", "Kansellert faktura"), ("ANGRERETT", "Angrerett nettbutikk"),
               ("PRISJUST", "Prisjustering")]
    for rc in REASONS:
        ins(P + "Reason Code", (stamp(),) + rc)
    for sp in SALESPEOPLE:
        ins(P + "Salesperson_Purchaser", (stamp(), sp[0], sp[1], sp[2], sp[3], sp[4], f"55 30 {R.randint(10, 99)} {R.randint(10, 99)}", sp[5], sp[6]))
    for code, name in MANU:
        ins(P + "Manufacturer", (stamp(), code, name))
    for k, (code, parent, desc, ind) in enumerate(CATS):
        ins(P + "Item Category", (stamp(), code, parent, desc, ind, k, 1 if any(c[1] == code for c in CATS) else 0, "2019-03-12 08:41:17.000"))
    for no, name, city, ctry in VENDORS:
        ins(P + "Vendor", (stamp(), no, name, name.upper().strip(), city, ctry, f"+{46 if ctry == 'SE' else 47} {R.randint(20000000, 99999999)}", 2 if no == "L20009" else 0, "ØS"))
    items = {}
    for it in ITEMS + [OLD_POLY]:
        no, desc, cat, manu, uom, incl, vendors, pop, added = it
        vat = 0 if cat == "BØKER" else 25
        price = r2(incl / (1 + vat / 100))
        cost = r2(price * R.uniform(0.45, 0.62))
        blocked = 1 if no == "10009" else 0
        mod = POLY_SWITCH if blocked else (PAPER_DAY if no in OLD_PRICE else (added or D(2023, 3, 1) + TD(days=int(no) % 200)))
        ins(P + "Item", (stamp(), no, "", desc, desc.upper()[:50], "", uom, "HANDEL", price, cost, vendors[0], f"{vendors[0][-2:]}-{no}", blocked, nd(mod), "VARER",
                         "FRITATT" if vat == 0 else "HØY", cat, manu, uom, round(R.uniform(0.05, 3.0), 2)))
        for v in vendors:
            ins(P + "Item Vendor", (stamp(), v, no, "", "<7D>" if v[-1] != "4" else "<14D>", f"{v[-2:]}-{no}"))
        if no == "10009":
            ins(P + "Item Vendor", (stamp(), "L20009", no, "", "<7D>", ""))
        items[no] = dict(no=no, desc=desc, cat=cat, uom=uom, incl=incl, vat=vat, price=price, cost=cost, pop=pop, added=added or D(2000, 1, 1), blocked=blocked)
    for pre, cities in [("5", [("5003", "BERGEN"), ("5005", "BERGEN"), ("5006", "BERGEN"), ("5007", "BERGEN"), ("5009", "BERGEN"), ("5010", "BERGEN"), ("5011", "BERGEN"), ("5012", "BERGEN"),
                                ("5013", "BERGEN"), ("5014", "BERGEN"), ("5015", "BERGEN"), ("5017", "BERGEN"), ("5018", "BERGEN"), ("5020", "BERGEN"), ("5031", "BERGEN"), ("5035", "BERGEN"),
                                ("5039", "BERGEN"), ("5055", "BERGEN"), ("5057", "BERGEN"), ("5058", "BERGEN"), ("5089", "BERGEN"), ("5093", "BERGEN"), ("5116", "ULSET"), ("5117", "ULSET"),
                                ("5141", "FYLLINGSDALEN"), ("5147", "FYLLINGSDALEN"), ("5162", "LAKSEVÅG"), ("5200", "OS"), ("5221", "NESTTUN"), ("5224", "NESTTUN"), ("5231", "PARADIS"),
                                ("5257", "KOKSTAD"), ("5265", "YTRE ARNA"), ("5300", "KLEPPESTØ"), ("5306", "ERDAL")]),
                        ("4", [("4005", "STAVANGER"), ("4006", "STAVANGER"), ("4007", "STAVANGER"), ("4009", "STAVANGER"), ("4010", "STAVANGER"), ("4014", "STAVANGER"), ("4016", "STAVANGER"),
                               ("4020", "STAVANGER"), ("4021", "STAVANGER"), ("4033", "STAVANGER"), ("4041", "HAFRSFJORD"), ("4085", "HUNDVÅG"), ("4306", "SANDNES"), ("4307", "SANDNES"),
                               ("4310", "HOMMERSÅK")]),
                        ("x", [("6893", "VIK I SOGN"), ("8976", "VIK I HELGELAND"), ("3015", "DRAMMEN"), ("1384", "ASKER")])]:
        for code, city in cities:
            county = {"5": "Vestland", "4": "Rogaland", "6": "Vestland", "8": "Nordland", "3": "Buskerud", "1": "Akershus"}[code[0]]
            ins(P + "Post Code", (stamp(), code, city, city, "NO", county))

    # ------------------------------------------------------------------ customers
    customers = {}

    def add_customer(no, name, city, pc, group, price_group, terms, method, sp, bill_to="", created=D(2015, 1, 1), email="", vat_reg="", dim="B2B", blocked=0, country="NO",
                     prices_incl=0, contact="", county=None, loc="LAGER", phone=None):
        if county is None:
            new = POSTAL.get(pc[0], ("", ""))[0] if country == "NO" else ""
            if pc.startswith("68"):
                new = "Vestland"
            if pc.startswith("89"):
                new = "Nordland"
            u = R.random()
            if created < D(2020, 1, 1) and pc[0] in "56" and u < 0.55:
                county = POSTAL[pc[0]][1]
            elif created < D(2024, 1, 1) and pc[0] in "13" and u < 0.7:
                county = "Viken"
            elif u < 0.45:
                county = ""
            else:
                county = new
        ins(P + "Customer", (stamp(), no, name, name.upper().strip()[:50], "", f"{R.choice(['Storgata', 'Kirkegata', 'Fjellveien', 'Sjøgata', 'Skolegata', 'Torggata', 'Bakkeveien'])} {R.randint(1, 80)}",
                             "", city, contact, phone if phone is not None else (f"+47 {R.randint(40000000, 99999999)}" if R.random() < 0.8 else ""), group, price_group, terms, sp, country, blocked,
                             bill_to, method, nd(created + TD(days=R.randint(0, 400)) if created + TD(days=400) < END else created), prices_incl, vat_reg, "INNLAND" if country == "NO" else "UTLAND",
                             pc, county, email, "INNLAND" if country == "NO" else "UTLAND", dim, loc))
        customers[no] = dict(no=no, name=name, city=city, pc=pc, group=group, pg=price_group, terms=terms, method=method, sp=sp, bill_to=bill_to or no, created=created,
                             email=email, country=country, prices_incl=prices_incl, dim=dim)
        return customers[no]

    def city_variant(city):
        u = R.random()
        if city == "Bergen":
            return "Bergen" if u < 0.84 else "BERGEN" if u < 0.93 else "Bergen "
        if city == "Stavanger":
            return "Stavanger" if u < 0.9 else "STAVANGER"
        return city

    def orgnr():
        return f"NO {R.randint(910, 999)} {R.randint(100, 999)} {R.randint(100, 999)} MVA"

    for no, name, city, pc, sp in MUNIS:
        add_customer(no, name, city, pc, "OFFENTLIG", "OFFENTLIG", "30D", "FAKTURA", sp, created=D(2012, 3, 1), email="faktura@" + name.split()[0].lower().replace("ø", "o").replace("å", "a") + ".kommune.no",
                     vat_reg=orgnr(), contact="Fakturamottak")
    b2b = []
    k = 10010
    for lst, grp, pg, kind in [(SCHOOLS, "OFFENTLIG", "SKOLE", "school"), (KINDERGARTENS, "OFFENTLIG", "BARNEHAGE", "kg")]:
        for name, city, pc, bill in lst:
            k += 1
            sp = "KH" if pc[0] != "4" else "SL"
            priv = bill == ""
            created = D(2013, 1, 1) + TD(days=R.randint(0, 3800))
            c = add_customer(f"K{k}", name, city_variant(city), pc, "BEDRIFT" if priv else "OFFENTLIG", pg, "30D", "FAKTURA", sp, bill_to=bill, created=created,
                             email=("post@" + name.split()[0].lower().replace("ø", "o").replace("å", "a").replace("æ", "ae") + ".no") if R.random() < 0.7 else "",
                             vat_reg=orgnr() if priv else "", contact=f"{R.choice(NO_FIRST)} {R.choice(NO_LAST)}")
            c["kind"] = kind
            b2b.append(c)
    for lst, pg, kind in [(BUSINESSES, "BEDRIFT", "office"), (ARTISTS, "KUNSTNER", "art")]:
        for name, city, pc, sp in lst:
            k += 1
            if sp == "MAA":
                sp = "SL"
            created = D(2014, 1, 1) + TD(days=R.randint(0, 3600))
            if name == "Forus Energi Partner AS":
                created = D(2024, 10, 1)
            stored = name + " " if R.random() < 0.08 else name
            c = add_customer(f"K{k}", stored, city_variant(city), pc, "BEDRIFT", pg, "14D" if R.random() < 0.6 else "30D", "FAKTURA", sp, created=created,
                             email=("faktura@" + name.split()[0].lower().replace("ø", "o").replace("å", "a").replace("æ", "ae") + ".no") if R.random() < 0.8 else "", vat_reg=orgnr(),
                             contact=f"{R.choice(NO_FIRST)} {R.choice(NO_LAST)}")
            c["kind"] = kind
            c["clean"] = name
            b2b.append(c)
    for c in b2b:
        c.setdefault("clean", c["name"])
    # the same school keyed again in capitals, blocked and never used
    add_customer("K10099", "NORDNES SKOLE", "BERGEN", "5005", "OFFENTLIG", "SKOLE", "30D", "FAKTURA", "KH", bill_to="K10000", created=D(2019, 8, 12), blocked=3)
    add_customer("KONTANT-BGO", "Kontantsalg Butikk Bergen", "Bergen", "5013", "KONTANT", "BUTIKK", "0D", "KONTANT", "", created=D(2012, 1, 1), dim="BUTIKK-BGO", prices_incl=1, loc="BERGEN", county="Vestland", phone="")
    add_customer("KONTANT-SVG", "Kontantsalg Butikk Stavanger", "Stavanger", "4006", "KONTANT", "BUTIKK", "0D", "KONTANT", "", created=D(2024, 8, 1), dim="BUTIKK-SVG", prices_incl=1, loc="STAVANGER", county="Rogaland", phone="")

    web = []
    wno = [200000]

    def new_web(created, dup_of=None):
        wno[0] += 1
        no = f"W{wno[0]}"
        foreign = R.random() < 0.035
        if dup_of:
            first, last, city, pc, email, country = dup_of["first"], dup_of["last"], dup_of["city"], dup_of["pc"], dup_of["email"].capitalize(), dup_of["country"]
        else:
            first, last = R.choice(NO_FIRST), R.choice(NO_LAST)
            if R.random() < 0.25:
                last = R.choice(NO_LAST) + " " + last if R.random() < 0.3 else last
            if foreign:
                country = R.choice(["SE", "SE", "DK"])
                city, pc = R.choice([("Göteborg", "41104"), ("Stockholm", "11120"), ("Malmö", "21119")]) if country == "SE" else R.choice([("København", "1050"), ("Aarhus", "8000")])
            else:
                country = "NO"
                city, pre, _ = R.choices(WEB_CITIES, [x[2] for x in WEB_CITIES])[0]
                pc = pre + "".join(str(R.randint(0, 9)) for _ in range(4 - len(pre)))
                if city.startswith("Vik i Sogn"):
                    city, pc = "Vik", "6893"
                if city.startswith("Vik i Helgeland"):
                    city, pc = "Vik", "8976"
            email = (first + "." + last).lower().replace(" ", "").replace("ø", "o").replace("å", "a").replace("æ", "ae") + f"{R.randint(1, 99)}@" + R.choice(["gmail.com", "online.no", "hotmail.com", "icloud.com", "outlook.com"])
            if R.random() < 0.12:
                email = ""
        u = R.random()
        shown = f"{first} {last}"
        if u < 0.03:
            shown = shown.upper()
        elif u < 0.07:
            shown = shown + " "
        city_s = city_variant(city) if country == "NO" else city
        county = ""
        if country == "NO":
            nc = COUNTY_BY_CITY.get(city, "Nordland" if pc.startswith("89") else "Vestland" if pc.startswith("68") else "")
            county = "" if R.random() < 0.5 else (OLD_COUNTY.get(nc, nc) if created < D(2024, 1, 1) and R.random() < 0.6 else nc)
        c = add_customer(no, shown, city_s, pc, "PRIVAT", "PRIVAT", "0D", R.choice(["VIPPS", "KORT", "KLARNA"]), "", created=created, email=email, dim="NETT", prices_incl=1,
                         country=country, county=county)
        c.update(first=first, last=last, w=min(R.paretovariate(2.2), 5.0), foreign=country != "NO")
        web.append(c)
        return c

    for n in range(700):
        new_web(D(2016, 5, 1) + TD(days=int(2800 * R.random())))

    # ------------------------------------------------------------------ documents
    invoices = []   # dict(day, cust, lines, kind, ...)

    def unit_incl(it, d):
        incl = OLD_PRICE[it["no"]] if it["no"] in OLD_PRICE and d < PAPER_DAY else it["incl"]
        return incl

    def unit_excl(it, d):
        return r2(unit_incl(it, d) / (1 + it["vat"] / 100))

    def avail(d):
        return [it for it in items.values() if it["added"] <= d and not (it["no"] == "10009" and d >= POLY_SWITCH) and not (it["no"] == "10060" and d < POLY_SWITCH)
                and not (it["no"] in ("10034", "10095") and d.month not in (10, 11, 12))]

    def pick_items(d, col, n, shop=None):
        av = avail(d)
        if shop == "SVG":
            av = [it for it in av if it["no"] not in SVG_NOT_STOCKED]
        ws = []
        for it in av:
            w = it["pop"][col]
            if it["no"] == "10009":
                w = items["10060"]["pop"][col]
            if d.month == 8 and it["cat"] in ("SKRIVE", "PAPIR", "ARKIV", "SMÅREKV") and col in (0, 1, 2):
                w *= 2.2
            if d.month in (11, 12) and it["cat"] in ("KARTONG", "HOBBY") and col in (0, 3):
                w *= 1.8
            if d.month == 12 and it["no"] in ("10004", "10014", "10041", "10061", "10063", "10100", "10101", "10034") and col in (0, 1):
                w *= 3
            ws.append(w)
        out = []
        for _ in range(n):
            it = R.choices(av, ws)[0]
            if it not in out:
                out.append(it)
        return out

    z = {"BGO": 0, "SVG": 0}
    day = START
    web_seq = [48000]
    pending_web = []
    while day <= END:
        # shops: one daily settlement invoice per shop
        for shop, base in (("BGO", 26), ("SVG", 15)):
            if not shop_open(day, shop):
                continue
            f = base * (1.5 if day.weekday() == 5 else 1.0) * (1.12 if day.year == 2025 else 1.0)
            if day.month == 8 and day.day >= 5:
                f *= 1.8
            elif day.month == 12 and day.day <= 23:
                f *= 1.6
            elif day.month in (1, 7):
                f *= 0.8
            if shop == "SVG" and day < D(2024, 9, 15):
                f *= 1.4 if day == SVG_OPEN else 0.85
            if day in XMAS_SUNDAYS or (day.month, day.day) in ((12, 24), (12, 31)):
                f *= 0.6
            nrec = max(3, int(R.gauss(f, f ** 0.5) + 0.5))
            agg = {}
            for _ in range(nrec):
                for it in pick_items(day, 0, R.choices([1, 2, 3], [55, 30, 15])[0], shop):
                    agg[it["no"]] = agg.get(it["no"], 0) + (R.choices([1, 2, 3], [80, 15, 5])[0])
            z[shop] += 1
            lines = [dict(type=2, it=items[no], qty=qty, disc=0.0) for no, qty in sorted(agg.items())]
            invoices.append(dict(kind="shop", day=day, odate=None, cust=customers[f"KONTANT-{shop}"], lines=lines, ext=f"Z-{shop}-{z[shop]:05d}", shop=shop))
        # web orders (placed any day, invoiced on the next office day)
        m = (2.0 if day.year == 2024 else 2.5) * {1: 0.8, 2: 0.8, 3: 0.9, 4: 0.9, 5: 0.9, 6: 0.8, 7: 0.7, 8: 1.5, 9: 1.0, 10: 1.1, 11: 1.4, 12: 1.8}[day.month]
        for _ in range(max(0, int(R.gauss(m, m ** 0.5) + 0.5))):
            if R.random() < 0.3:
                c = new_web(day)
            else:
                pool = [x for x in web if x["created"] <= day]
                c = R.choices(pool, [x["w"] for x in pool])[0]
            web_seq[0] += R.randint(1, 3)
            its = pick_items(day, 1, R.choices([1, 2, 3, 4], [40, 32, 18, 10])[0])
            lines = [dict(type=2, it=it, qty=R.choices([1, 2, 3], [75, 18, 7])[0], disc=0.0) for it in its]
            pending_web.append(dict(kind="web", odate=day, cust=c, lines=lines, ext=f"Web #{web_seq[0]}"))
        if office_day(day):
            for o in pending_web:
                o["day"] = day
                invoices.append(o)
            pending_web = []
            # B2B
            for c in b2b:
                if c["created"] > day or day > STOPPED.get(c["clean"], END):
                    continue
                rate = {"school": 1.3, "kg": 1.0, "office": 1.4, "art": 0.8}[c["kind"]] / 21
                mth = day.month
                if c["kind"] == "school":
                    rate *= {1: 1.5, 6: 0.6, 7: 0.05, 8: 4.0, 9: 1.5, 12: 0.6}.get(mth, 1.0)
                    if mth == 8 and day.day < 5:
                        rate *= 0.3
                elif c["kind"] == "kg":
                    rate *= {7: 0.1, 11: 2.2, 12: 1.6, 8: 1.3}.get(mth, 1.0)
                elif c["kind"] == "office":
                    rate *= {7: 0.3, 12: 0.7, 1: 1.4}.get(mth, 1.0)
                    if c["clean"] == "Forus Energi Partner AS":
                        rate *= 0.6
                else:
                    rate *= {7: 0.4}.get(mth, 1.0)
                if R.random() >= rate:
                    continue
                col = {"school": 2, "kg": 3, "office": 4, "art": 5}[c["kind"]]
                if c["name"].startswith("Årstad") or c["name"].startswith("Amalie"):
                    col = 5
                its = pick_items(day, col, R.choices([1, 2, 3, 4, 5, 6], [15, 22, 22, 18, 13, 10])[0])
                disc = {"SKOLE": 12.0, "BARNEHAGE": 10.0, "OFFENTLIG": 10.0, "BEDRIFT": 0.0, "KUNSTNER": 10.0}[c["pg"]]
                lines = []
                for it in its:
                    qty = R.choices([1, 2, 3, 5, 10, 20, 30, 50], [14, 16, 14, 16, 18, 10, 7, 5])[0]
                    if it["incl"] > 500:
                        qty = min(qty, 5)
                    if it["no"] in ("10001",) and c["kind"] in ("school", "office"):
                        qty = max(qty, 5)
                    d_ = disc if (c["pg"] != "KUNSTNER" or it["cat"] in ("MALING", "PENSLER", "TEGNING", "LERRET")) else 0.0
                    if it["cat"] == "BØKER":
                        d_ = 0.0
                    lines.append(dict(type=2, it=it, qty=float(qty), disc=d_))
                odate = day - TD(days=R.randint(1, 6))
                invoices.append(dict(kind="b2b", day=day, odate=odate, cust=c, lines=lines, ext=(f"PO {R.randint(4500000, 4599999)}" if c["group"] == "OFFENTLIG" and R.random() < 0.5 else ""),
                                     your_ref=(f"{R.choice(NO_FIRST)} {R.choice(NO_LAST)}" if R.random() < 0.6 else "")))
        day += TD(days=1)
    # a web customer keyed twice: an old account of the same person, blocked after the new one was created
    old = next(c for c in web if c["created"] < D(2020, 1, 1) and c["email"] and not c["foreign"])
    dup = new_web(D(2024, 3, 4), dup_of=dict(first=old["first"], last=old["last"], city=old["city"].strip(), pc=old["pc"], email=old["email"], country="NO"))
    con.execute(f'UPDATE "{P}Customer" SET "Blocked" = 3, "Last Date Modified" = ? WHERE "No_" = ?', (nd(D(2024, 3, 4)), old["no"]))
    for o in invoices:
        if o["kind"] == "web" and o["cust"] is old and o["day"] >= D(2024, 3, 4):
            o["cust"] = dup

    # ------------------------------------------------------------------ number, price and write the invoices
    invoices.sort(key=lambda o: (o["day"], {"b2b": 0, "web": 1, "shop": 2}[o["kind"]], o["cust"]["no"], o.get("ext", "")))
    seq = {}

    def next_no(prefix, d):
        key = (prefix, d.year)
        seq[key] = seq.get(key, 0) + 1
        return f"{prefix}{d.year % 100}-{seq[key]:05d}"

    line_rows = []

    def price_lines(o, prices_incl, vat_bus):
        rows = []
        ln = 0
        d = o["day"]
        for l in o["lines"]:
            ln += 10000
            it = l["it"]
            vat = 0 if vat_bus == "UTLAND" else it["vat"]
            if prices_incl:
                up = float(unit_incl(it, d)) if vat_bus != "UTLAND" else unit_excl(it, d)
                gross = r2(l["qty"] * up)
                disc_amt = r2(gross * l["disc"] / 100)
                aiv = r2(gross - disc_amt)
                amt = r2(aiv / (1 + vat / 100))
            else:
                up = unit_excl(it, d)
                gross = r2(l["qty"] * up)
                disc_amt = r2(gross * l["disc"] / 100)
                amt = r2(gross - disc_amt)
                aiv = r2(amt * (1 + vat / 100))
            rows.append(dict(ln=ln, type=2, no=it["no"], desc=it["desc"], uom=it["uom"], qty=l["qty"], up=up, cost=it["cost"], vat=vat, disc=l["disc"], disc_amt=disc_amt,
                             amt=amt, aiv=aiv, cat=it["cat"], vprod="FRITATT" if it["vat"] == 0 else "HØY"))
        return rows, ln

    docs = []
    for o in invoices:
        c = o["cust"]
        d = o["day"]
        no = next_no("BF", d)
        o["no"] = no
        prices_incl = c["prices_incl"]
        vat_bus = "UTLAND" if c["country"] != "NO" else "INNLAND"
        rows, ln = price_lines(o, prices_incl, vat_bus)
        net = sum(r["amt"] for r in rows)
        if o["kind"] == "web":
            incl = sum(r["aiv"] for r in rows)
            if incl < 799:
                ln += 10000
                fr = 99.0 if vat_bus == "INNLAND" else 149.0
                rows.append(dict(ln=ln, type=1, no="3100", desc="Frakt", uom="", qty=1.0, up=fr, cost=0.0, vat=25 if vat_bus == "INNLAND" else 0, disc=0.0, disc_amt=0.0,
                                 amt=r2(fr / 1.25) if vat_bus == "INNLAND" else fr, aiv=fr, cat="", vprod="HØY"))
            if R.random() < 0.15:
                ln += 10000
                rows.insert(0, dict(ln=0, type=0, no="", desc=f"Nettordre {o['ext'].split()[-1]}", uom="", qty=0.0, up=0.0, cost=0.0, vat=0, disc=0.0, disc_amt=0.0, amt=0.0, aiv=0.0, cat="", vprod=""))
        elif o["kind"] == "b2b":
            far = c["pc"][:2] not in ("50", "51", "52", "40", "41", "43", "53")
            if far and net < 2000:
                ln += 10000
                rows.append(dict(ln=ln, type=1, no="3100", desc="Frakt", uom="", qty=1.0, up=149.0, cost=0.0, vat=25, disc=0.0, disc_amt=0.0, amt=149.0, aiv=186.25, cat="", vprod="HØY"))
            elif net < 500:
                ln += 10000
                rows.append(dict(ln=ln, type=1, no="3110", desc="Småordregebyr", uom="", qty=1.0, up=49.0, cost=0.0, vat=25, disc=0.0, disc_amt=0.0, amt=49.0, aiv=61.25, cat="", vprod="HØY"))
            if c["bill_to"] != c["no"] or R.random() < 0.3:
                rows.insert(0, dict(ln=0, type=0, no="", desc=f"Bestilt av: {o['your_ref'] or c['name'].strip()}", uom="", qty=0.0, up=0.0, cost=0.0, vat=0, disc=0.0, disc_amt=0.0, amt=0.0,
                                    aiv=0.0, cat="", vprod=""))
        for i, r in enumerate(rows):
            r["ln"] = (i + 1) * 10000
        o["rows"] = rows
        o["vat_bus"] = vat_bus

    # salesperson and user at the time
    def sp_at(c, d):
        if c["sp"] == "SL" and c["pc"][0] == "4" and d <= MAA_LEFT:
            return "MAA"
        return c["sp"]

    def user_for(o):
        if o["kind"] in ("shop", "web"):
            return "BLEKKPAPIR\\NAVINTEGRASJON"
        sp = sp_at(o["cust"], o["day"])
        u = R.random()
        if u < 0.55:
            return "BLEKKPAPIR\\TSTRAND"
        return {"KH": "BLEKKPAPIR\\KHAUGLAND", "EB": "BLEKKPAPIR\\EBREKKE", "MAA": "BLEKKPAPIR\\MAASEN", "SL": "BLEKKPAPIR\\SLIE"}[sp]

    def write_lines(table, doc_no, o, rows, sign_qty=1):
        c = o["cust"]
        for r in rows:
            ins(table, (doc_no, r["ln"], c["no"], r["type"], r["no"], {"shop": "BERGEN" if o.get("shop") == "BGO" else "STAVANGER"}.get(o["kind"], "LAGER") if r["type"] == 2 else "",
                        "HANDEL" if r["type"] == 2 else "", nd(o["day"]) if r["type"] else BLANK, r["desc"], "", {"STK": "Stykk", "PK": "Pakke", "ESKE": "Eske", "SETT": "Sett", "RIS": "Ris"}.get(r["uom"], ""),
                        r["qty"], r["up"], r["cost"], float(r["vat"]), r["disc"], r["disc_amt"], r["amt"], r["aiv"], 1 if r["type"] == 2 else 0, 0.0, c["bill_to"],
                        "INNLAND" if o["vat_bus"] == "INNLAND" else "UTLAND", "VARER" if r["type"] == 2 else ("FRAKT" if r["type"] == 1 else ""), o["vat_bus"] if r["type"] else "",
                        r["vprod"], o["dim"], r["cat"], r["uom"], r["qty"], nd(o["day"]), r["amt"], stamp()))

    ledger = []   # (date, order, doc type, doc no, ...)
    for o in invoices:
        c = o["cust"]
        d = o["day"]
        bill = customers[c["bill_to"]]
        o["dim"] = c["dim"] if o["kind"] != "shop" else ("BUTIKK-BGO" if o["shop"] == "BGO" else "BUTIKK-SVG")
        sp = sp_at(c, d) if o["kind"] == "b2b" else ""
        o["sp"] = sp
        terms = c["terms"]
        due = d + TD(days={"0D": 0, "14D": 14, "30D": 30}[terms])
        o["due"] = due
        o["user"] = user_for(o)
        order_no = "" if o["kind"] == "shop" else next_no("SO", o["odate"] or d)
        loc = {"shop": "BERGEN" if o.get("shop") == "BGO" else "STAVANGER"}.get(o["kind"], "LAGER")
        method = c["method"]
        ins(P + "Sales Invoice Header", (stamp(), o["no"], c["no"], bill["no"], bill["name"], bill["city"], o.get("your_ref", ""), nd(o["odate"]) if o["odate"] else BLANK, nd(d), nd(d),
                                         f"Faktura {o['no']}" if o["kind"] != "shop" else f"Dagsoppgjør {o['ext']}", terms, nd(due), loc, o["dim"], c["group"], "", c["pg"], c["prices_incl"], sp,
                                         order_no, c["name"], c["city"], c["pc"], c["country"], o["ext"], method, "S-FAKT+", "S-ORD" if order_no else "", o["user"], nd(d), o["vat_bus"],
                                         c["email"] if o["kind"] == "web" else ""))
        write_lines(P + "Sales Invoice Line", o["no"], o, o["rows"])
        o["net"] = r2(sum(r["amt"] for r in o["rows"]))
        o["gross"] = r2(sum(r["aiv"] for r in o["rows"]))

    # ------------------------------------------------------------------ credit memos
    crs = []
    for o in invoices:
        if o["kind"] == "shop":
            continue
        u = R.random()
        item_rows = [r for r in o["rows"] if r["type"] == 2]
        if o["kind"] == "b2b":
            if u < 0.006:
                cd, rows, reason = o["day"] + TD(days=R.randint(1, 5)), [dict(r) for r in o["rows"] if r["type"] in (1, 2)], "KANSELLERT"
            elif u < 0.03:
                r = dict(R.choice(item_rows))
                qn = max(1.0, float(int(r["qty"] * R.choice([0.2, 0.5, 1.0]))))
                cd, reason = o["day"] + TD(days=R.randint(2, 25)), R.choice(["RETUR", "SKADET", "FEILLEV", "RETUR"])
                rows = [r]
                r["qty"] = qn
            else:
                continue
        else:
            if u < 0.012:
                cd, rows, reason = o["day"] + TD(days=R.randint(3, 14)), [dict(r) for r in o["rows"] if r["type"] in (1, 2)], "ANGRERETT"
            elif u < 0.035:
                r = dict(R.choice(item_rows))
                r["qty"] = 1.0
                cd, rows, reason = o["day"] + TD(days=R.randint(3, 14)), [r], "ANGRERETT"
            else:
                continue
        while not office_day(cd):
            cd += TD(days=1)
        if cd > END:
            continue
        c = o["cust"]
        for r in rows:
            if r["type"] == 2 and (reason not in ("KANSELLERT", "ANGRERETT") or len(rows) == 1):
                # re-price the returned quantity
                if o["cust"]["prices_incl"]:
                    gross = r2(r["qty"] * r["up"])
                    r["disc_amt"] = r2(gross * r["disc"] / 100)
                    r["aiv"] = r2(gross - r["disc_amt"])
                    r["amt"] = r2(r["aiv"] / (1 + r["vat"] / 100))
                else:
                    gross = r2(r["qty"] * r["up"])
                    r["disc_amt"] = r2(gross * r["disc"] / 100)
                    r["amt"] = r2(gross - r["disc_amt"])
                    r["aiv"] = r2(r["amt"] * (1 + r["vat"] / 100))
        for i, r in enumerate(rows):
            r["ln"] = (i + 1) * 10000
        crs.append(dict(day=cd, inv=o, rows=rows, reason=reason, cust=c))
    crs.sort(key=lambda x: (x["day"], x["inv"]["no"]))
    for cm in crs:
        o = cm["inv"]
        c = cm["cust"]
        bill = customers[c["bill_to"]]
        cm["no"] = next_no("BK", cm["day"])
        user = "BLEKKPAPIR\\TSTRAND" if o["kind"] == "b2b" or R.random() < 0.5 else "BLEKKPAPIR\\HMYKLEBUST"
        cm["user"] = user
        ins(P + "Sales Cr_Memo Header", (stamp(), cm["no"], c["no"], bill["no"], bill["name"], nd(cm["day"]), f"Kreditnota {cm['no']}", nd(cm["day"]), "LAGER", o["dim"], c["group"],
                                         c["prices_incl"], o["sp"], 2, o["no"], c["name"], o["ext"], cm["reason"], "", "S-KRED+", user, nd(cm["day"]), o["vat_bus"]))
        fake = dict(o, day=cm["day"])
        write_lines(P + "Sales Cr_Memo Line", cm["no"], fake, cm["rows"])
        cm["net"] = r2(sum(r["amt"] for r in cm["rows"]))
        cm["gross"] = r2(sum(r["aiv"] for r in cm["rows"]))
        o.setdefault("credits", []).append(cm)

    # ------------------------------------------------------------------ customer ledger
    entries = []
    for o in invoices:
        bill = o["cust"]["bill_to"]
        credited = sum(cm["gross"] for cm in o.get("credits", []))
        remaining = r2(o["gross"] - credited)
        if o["kind"] == "shop":
            pay = o["day"]
        elif o["kind"] == "web":
            pay = o["day"] + TD(days=R.randint(10, 14)) if o["cust"]["method"] == "KLARNA" else o["day"]
        else:
            name = customers[bill]["name"].strip()
            if name in CHRONIC_LATE or o["cust"].get("clean") in CHRONIC_LATE:
                pay = o["due"] + TD(days=R.randint(15, 75))
                if name == "Galleri Fisketorget AS" and o["day"] >= D(2025, 8, 15):
                    pay = END + TD(days=60)   # stopped paying: still open at the end of 2025
            else:
                pay = o["due"] + TD(days=int(R.gauss(0, 4)))
                if R.random() < 0.04:
                    pay += TD(days=R.randint(10, 40))
            if pay <= o["day"]:
                pay = o["day"] + TD(days=3)
            while pay.weekday() >= 5:
                pay += TD(days=1)
        o["pay"] = pay
        closed_by_credit = remaining <= 0.005
        entries.append(dict(date=o["day"], rank=0, type=2, doc=o["no"], cust=bill, desc=f"Faktura {o['no']}" if o["kind"] != "shop" else f"Dagsoppgjør {o['ext']}", sales=o["net"],
                            dim=o["dim"], sp=o["sp"], user=o["user"], due=o["due"], ext=o["ext"], inv=o, closed_by_credit=closed_by_credit))
        for cm in o.get("credits", []):
            entries.append(dict(date=cm["day"], rank=1, type=3, doc=cm["no"], cust=bill, desc=f"Kreditnota {cm['no']}", sales=-cm["net"], dim=o["dim"], sp=o["sp"], user=cm["user"],
                                due=cm["day"], ext=o["ext"], inv=o, cm=cm))
        if not closed_by_credit and pay <= END:
            entries.append(dict(date=pay, rank=2, type=1, doc=f"INNB{pay.strftime('%y%m%d')}", cust=bill, desc=f"Innbetaling {o['no']}", sales=0.0, dim=o["dim"], sp="",
                                user="BLEKKPAPIR\\TSTRAND" if o["kind"] == "b2b" else "BLEKKPAPIR\\NAVINTEGRASJON", due=pay, ext="", inv=o))
    entries.sort(key=lambda e: (e["date"], e["rank"], e["doc"], e["inv"]["no"]))
    for n, e in enumerate(entries, 1):
        e["no"] = n
    by_inv = {}
    for e in entries:
        by_inv.setdefault(e["inv"]["no"], []).append(e)
    for e in entries:
        group = by_inv[e["inv"]["no"]]
        inv_e = next(x for x in group if x["type"] == 2)
        pay_e = next((x for x in group if x["type"] == 1), None)
        last_cm = [x for x in group if x["type"] == 3]
        if e["type"] == 2:
            if pay_e:
                open_, closed_by, closed_at = 0, pay_e["no"], pay_e["date"]
            elif inv_e["closed_by_credit"]:
                open_, closed_by, closed_at = 0, last_cm[-1]["no"], last_cm[-1]["date"]
            else:
                open_, closed_by, closed_at = 1, 0, None
        elif e["type"] == 3:
            open_, closed_by, closed_at = 0, inv_e["no"], e["date"]
        else:
            open_, closed_by, closed_at = 0, inv_e["no"], e["date"]
        ins(P + "Cust_ Ledger Entry", (stamp(), e["no"], e["cust"], nd(e["date"]), e["type"], e["doc"], e["desc"], "", e["sales"], customers[e["cust"]]["group"], e["dim"], e["sp"], e["user"],
                                       open_, nd(e["due"]), closed_by, nd(closed_at) if closed_at else BLANK, nd(e["date"]), e["ext"], 0))

    # ------------------------------------------------------------------ the demo company, never deleted
    demo_c = [("10000", "Kontorcentralen AS", "Oslo"), ("20000", "Selangorian Ltd.", "Bergen"), ("30000", "John Haddock Forsikring AS", "Stavanger"), ("40000", "Deerfield Graphics Company", "Oslo"),
              ("50000", "Guildford Vannverk", "Trondheim")]
    for no, name, city in demo_c:
        ins(CR + "Customer", (stamp(), no, name, city, "INNLAND", "NO", 0))
    demo_i = [("1896-S", "ATHEN Skrivebord", "STK", 5061.0, "MØBLER"), ("1900-S", "PARIS Gjestestol, svart", "STK", 1534.0, "MØBLER"), ("1906-S", "ATHEN Mobilt skap", "STK", 2234.0, "MØBLER"),
              ("1908-S", "LONDON Kontorstol, blå", "STK", 1523.0, "MØBLER"), ("1920-S", "ANTWERPEN Konferansebord", "STK", 3368.0, "MØBLER")]
    for it in demo_i:
        ins(CR + "Item", (stamp(),) + it + (0,))
    dr = random.Random(SEED + 1)
    for k in range(24):
        no = f"103{k + 1:03d}"
        c = dr.choice(demo_c)
        d = D(2019, 1, 3) + TD(days=k * 4)
        ins(CR + "Sales Invoice Header", (stamp(), no, c[0], c[0], nd(d), c[1], dr.choice(["JO", "PS", "BD"]), 0))
        for j in range(dr.randint(1, 3)):
            it = dr.choice(demo_i)
            qty = float(dr.randint(1, 8))
            ins(CR + "Sales Invoice Line", (stamp(), no, (j + 1) * 10000, 2, it[0], it[1], qty, it[3], r2(qty * it[3]), r2(qty * it[3] * 1.25)))
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
