"""Tōtara Paint & Decor Ltd: a (fictional) paint and decorating merchant in the North Island of New Zealand, on SAP
Business One 10.0 (SQL Server), copied table by table into SQLite.

Five branches (SAP business places, OBPL) with a trade counter and a retail floor: Penrose (Auckland, head office and
distribution centre), Takapuna (Auckland), Hamilton (moved from the central city to Te Rapa on Monday 14 October 2024,
shut from Thursday 10 to Saturday 12 October for the move), Mount Maunganui, and Petone (Lower Hutt, opened Monday
3 March 2025 with 15 % off in its opening week).  Customers are painters and decorators, builders, property managers
and franchisees on account (monthly terms, most on the 20th of the month following), plus walk-in cash sales that are
keyed on one 'cash customer' per branch with the buyer's name typed over the document's name.  Everything is in NZD;
GST is 15 %.  Paint and stains are tinted at the counter (the colour is a user-defined field on the invoice line).

Schema style: SAP Business One:
  * four-letter UPPERCASE object tables and their line tables: OINV / INV1 (A/R invoices), ORIN / RIN1 (A/R credit
    memos), OQUT / QUT1 (sales quotations), ORCT / RCT2 (incoming payments), OCRD / CRD1 (business partners and their
    addresses), OITM / ITM1 / OITW (items, prices per price list, stock per warehouse), OITB, OMRC, OCRG, OCTG, OPLN,
    OSLP, OSHP, OVTG, OWHS, OBPL, NNM1, OADM, and the user-defined field tables CUFD / UFD1;
  * SAP's PascalCase column names with its quirks: DocEntry / DocNum / LineNum, CardCode, ItemCode, Dscription (sic),
    VatGourpSa (sic), CANCELED ('N', 'Y' for a cancelled document, 'C' for the cancellation document SAP adds),
    DocStatus 'O' / 'C', Y / N flags (validFor, frozenFor, InvntItem ...), ObjType '13' / '14' / '23' / '24', BaseType /
    BaseEntry / BaseLine links from a line to the line it was copied from, user-defined fields prefixed U_;
  * dates are SQL Server datetimes with a zero time ('2025-03-04 00:00:00.000'), DocTime is an integer HHMM;
  * money is REAL in NZD: Price / LineTotal excl. GST, PriceAfVAT / GTotal incl. GST, DocTotal incl. GST, VatSum, RoundDif
    (10-cent cash rounding), PaidToDate;
  * default rows SAP ships with: sales employee -1 '-No Sales Employee-', manufacturer -1 '- No Manufacturer -';
  * dirty data: cancelled invoices and their cancellation documents (both must be left out of sales); cash-sale names
    typed by hand over the cash customer; a trade customer keyed twice; suppliers and leads among the business
    partners; customer and colour names in capitals / lower case / with a trailing space; towns typed several ways and
    Māori place names with and without macrons; the Hamilton branch renamed on its move (documents keep the old name in
    BPLName); an item renamed (invoice lines keep the old description) and an item keyed twice; a sales rep who left
    and whose customers were moved to another rep (old invoices keep the old rep); a customer in liquidation with unpaid
    invoices; payments made by a parent account (FatherCard) for its branches; cancelled payments; old open quotations
    past their validity.

Standard library only; fixed seed; deterministic output."""
import datetime as dt, os, random, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import NZ_FIRST, NZ_LAST

SEED = 8830461
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "totara_paint.sqlite")
D, TD, DT = dt.date, dt.timedelta, dt.datetime
START, END = D(2024, 1, 1), D(2025, 12, 31)
PETONE_OPEN = D(2025, 3, 3)
HAM_MOVE = D(2024, 10, 14)
HAM_SHUT = (D(2024, 10, 10), D(2024, 10, 12))
PRICE_RISE = D(2025, 2, 1)         # paint and stain +4.5 %
RENAME_DAY = D(2024, 7, 1)         # Tōtara Trade Acrylic -> Tōtara Pro Acrylic
DUP_ITEM_DAY = D(2025, 5, 12)      # Purdy XL Glide 63mm keyed again at Petone
REP_LEFT = D(2025, 5, 30)          # Grant Wilson (Hamilton rep) left; his customers moved to Jack Thompson
LIQUIDATION = D(2025, 8, 22)       # Coastal Coatings Ltd
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE OADM (CompnyName nvarchar(100), CompnyAddr nvarchar(254), Country nvarchar(3), MainCurncy nvarchar(3), TaxIdNum nvarchar(32), Phone1 nvarchar(20), E_Mail nvarchar(100), PRIMARY KEY (CompnyName));
CREATE TABLE OBPL (BPLId int PRIMARY KEY, BPLName nvarchar(100), BPLFrName nvarchar(100), MainBPL char(1), Disabled char(1), DflWhs nvarchar(8), Address nvarchar(254), Street nvarchar(100), Block nvarchar(100), City nvarchar(100), ZipCode nvarchar(20), Country nvarchar(3), U_Opened datetime);
CREATE TABLE OWHS (WhsCode nvarchar(8) PRIMARY KEY, WhsName nvarchar(100), BPLid int, Street nvarchar(100), Block nvarchar(100), City nvarchar(100), ZipCode nvarchar(20), Inactive char(1), Locked char(1));
CREATE TABLE NNM1 (ObjectCode nvarchar(20), Series int PRIMARY KEY, SeriesName nvarchar(8), InitialNum int, NextNumber int, LastNum int, BPLId int, Remark nvarchar(100), Locked char(1));
CREATE TABLE OSLP (SlpCode int PRIMARY KEY, SlpName nvarchar(155), Memo nvarchar(50), Commission numeric(19,6), GroupCode int, Active char(1), Telephone nvarchar(20), Mobil nvarchar(50), Email nvarchar(100), U_Branch int);
CREATE TABLE OCRG (GroupCode int PRIMARY KEY, GroupName nvarchar(20), GroupType char(1), Locked char(1));
CREATE TABLE OCTG (GroupNum int PRIMARY KEY, PymntGroup nvarchar(100), PayDuMonth char(1), ExtraMonth int, ExtraDays int, PaymntsNum int, CredLimit numeric(19,6));
CREATE TABLE OPLN (ListNum int PRIMARY KEY, ListName nvarchar(32), BASE_NUM int, Factor numeric(19,6), RoundSys char(1), IsGrossPrc char(1), ValidFor char(1));
CREATE TABLE OMRC (FirmCode int PRIMARY KEY, FirmName nvarchar(30));
CREATE TABLE OITB (ItmsGrpCod int PRIMARY KEY, ItmsGrpNam nvarchar(20), Locked char(1));
CREATE TABLE OVTG (Code nvarchar(8) PRIMARY KEY, Name nvarchar(100), Rate numeric(19,6), Category char(1), Inactive char(1));
CREATE TABLE OSHP (TrnspCode int PRIMARY KEY, TrnspName nvarchar(40), Active char(1));
CREATE TABLE CUFD (TableID nvarchar(20), FieldID int, AliasID nvarchar(50), Descr nvarchar(80), TypeID char(1), EditSize int, PRIMARY KEY (TableID, FieldID));
CREATE TABLE UFD1 (TableID nvarchar(20), FieldID int, IndexID int, FldValue nvarchar(254), Descr nvarchar(254), PRIMARY KEY (TableID, FieldID, IndexID));
CREATE TABLE OITM (ItemCode nvarchar(50) PRIMARY KEY, ItemName nvarchar(200), FrgnName nvarchar(200), ItmsGrpCod int, FirmCode int, CodeBars nvarchar(254), InvntItem char(1), SellItem char(1), PrchseItem char(1), SalUnitMsr nvarchar(100), BuyUnitMsr nvarchar(100), VatGourpSa nvarchar(8), CardCode nvarchar(15), validFor char(1), frozenFor char(1), frozenFrom datetime, CreateDate datetime, UpdateDate datetime, OnHand numeric(19,6), IsCommited numeric(19,6), OnOrder numeric(19,6), AvgPrice numeric(19,6), U_Litres numeric(19,6), U_Finish nvarchar(2), U_Tintable char(1));
CREATE TABLE ITM1 (ItemCode nvarchar(50), PriceList int, Price numeric(19,6), Currency nvarchar(3), Factor numeric(19,6), PRIMARY KEY (ItemCode, PriceList));
CREATE TABLE OITW (ItemCode nvarchar(50), WhsCode nvarchar(8), OnHand numeric(19,6), IsCommited numeric(19,6), OnOrder numeric(19,6), MinStock numeric(19,6), MaxStock numeric(19,6), PRIMARY KEY (ItemCode, WhsCode));
CREATE TABLE OCRD (CardCode nvarchar(15) PRIMARY KEY, CardName nvarchar(100), CardType char(1), GroupCode int, CardFName nvarchar(100), Address nvarchar(100), ZipCode nvarchar(20), City nvarchar(100), County nvarchar(100), Country nvarchar(3), Phone1 nvarchar(20), Cellular nvarchar(50), E_Mail nvarchar(100), CntctPrsn nvarchar(90), LicTradNum nvarchar(32), GroupNum int, ListNum int, CreditLine numeric(19,6), Balance numeric(19,6), Discount numeric(19,6), SlpCode int, validFor char(1), frozenFor char(1), frozenFrom datetime, FatherCard nvarchar(15), FatherType char(1), DflBranch int, CreateDate datetime, UpdateDate datetime, Notes nvarchar(100), U_Source nvarchar(1));
CREATE TABLE CRD1 (CardCode nvarchar(15), Address nvarchar(50), AdresType char(1), Street nvarchar(100), Block nvarchar(100), City nvarchar(100), ZipCode nvarchar(20), County nvarchar(100), Country nvarchar(3), LineNum int, PRIMARY KEY (CardCode, Address, AdresType));
CREATE TABLE OQUT (DocEntry int PRIMARY KEY, DocNum int, DocType char(1), CANCELED char(1), DocStatus char(1), ObjType nvarchar(20), DocDate datetime, DocDueDate datetime, TaxDate datetime, CardCode nvarchar(15), CardName nvarchar(100), NumAtCard nvarchar(100), DocTotal numeric(19,6), VatSum numeric(19,6), DocCur nvarchar(3), SlpCode int, Series int, BPLId int, BPLName nvarchar(100), Comments nvarchar(254), CreateDate datetime, DocTime smallint);
CREATE TABLE QUT1 (DocEntry int, LineNum int, ItemCode nvarchar(50), Dscription nvarchar(200), Quantity numeric(19,6), Price numeric(19,6), DiscPrcnt numeric(19,6), LineTotal numeric(19,6), VatGroup nvarchar(8), VatSum numeric(19,6), GTotal numeric(19,6), WhsCode nvarchar(8), LineStatus char(1), TargetType int, TrgetEntry int, U_ColourName nvarchar(60), PRIMARY KEY (DocEntry, LineNum));
CREATE TABLE OINV (DocEntry int PRIMARY KEY, DocNum int, DocType char(1), CANCELED char(1), DocStatus char(1), ObjType nvarchar(20), DocDate datetime, DocDueDate datetime, TaxDate datetime, CardCode nvarchar(15), CardName nvarchar(100), Address nvarchar(254), NumAtCard nvarchar(100), DocTotal numeric(19,6), VatSum numeric(19,6), DiscPrcnt numeric(19,6), DiscSum numeric(19,6), RoundDif numeric(19,6), PaidToDate numeric(19,6), DocCur nvarchar(3), DocRate numeric(19,6), SlpCode int, GroupNum int, Series int, BPLId int, BPLName nvarchar(100), TrnspCode int, Comments nvarchar(254), JrnlMemo nvarchar(50), CreateDate datetime, DocTime smallint, UserSign int, U_SiteAddress nvarchar(200));
CREATE TABLE INV1 (DocEntry int, LineNum int, ItemCode nvarchar(50), Dscription nvarchar(200), Quantity numeric(19,6), PriceBefDi numeric(19,6), DiscPrcnt numeric(19,6), Price numeric(19,6), PriceAfVAT numeric(19,6), Currency nvarchar(3), LineTotal numeric(19,6), VatGroup nvarchar(8), VatPrcnt numeric(19,6), VatSum numeric(19,6), GTotal numeric(19,6), WhsCode nvarchar(8), SlpCode int, unitMsr nvarchar(100), BaseType int, BaseEntry int, BaseLine int, LineStatus char(1), GrossBuyPr numeric(19,6), U_ColourName nvarchar(60), U_ColourCode nvarchar(20), PRIMARY KEY (DocEntry, LineNum));
CREATE TABLE ORIN (DocEntry int PRIMARY KEY, DocNum int, DocType char(1), CANCELED char(1), DocStatus char(1), ObjType nvarchar(20), DocDate datetime, DocDueDate datetime, TaxDate datetime, CardCode nvarchar(15), CardName nvarchar(100), NumAtCard nvarchar(100), DocTotal numeric(19,6), VatSum numeric(19,6), PaidToDate numeric(19,6), DocCur nvarchar(3), SlpCode int, Series int, BPLId int, BPLName nvarchar(100), Comments nvarchar(254), JrnlMemo nvarchar(50), CreateDate datetime, DocTime smallint, U_ReturnReason nvarchar(2));
CREATE TABLE RIN1 (DocEntry int, LineNum int, ItemCode nvarchar(50), Dscription nvarchar(200), Quantity numeric(19,6), Price numeric(19,6), PriceAfVAT numeric(19,6), LineTotal numeric(19,6), VatGroup nvarchar(8), VatSum numeric(19,6), GTotal numeric(19,6), WhsCode nvarchar(8), BaseType int, BaseEntry int, BaseLine int, U_ColourName nvarchar(60), PRIMARY KEY (DocEntry, LineNum));
CREATE TABLE ORCT (DocEntry int PRIMARY KEY, DocNum int, DocType char(1), Canceled char(1), DocDate datetime, DocDueDate datetime, CardCode nvarchar(15), CardName nvarchar(100), CashSum numeric(19,6), CreditSum numeric(19,6), TrsfrSum numeric(19,6), TrsfrRef nvarchar(27), DocTotal numeric(19,6), BPLId int, JrnlMemo nvarchar(50), Comments nvarchar(254), CreateDate datetime);
CREATE TABLE RCT2 (DocNum int, InvoiceId int, DocEntry int, InvType nvarchar(20), SumApplied numeric(19,6), PRIMARY KEY (DocNum, InvoiceId));
CREATE INDEX OINV_CARD_CODE ON OINV (CardCode);
CREATE INDEX OINV_DOC_DATE ON OINV (DocDate);
CREATE INDEX INV1_ITEM_CODE ON INV1 (ItemCode);
CREATE INDEX INV1_BASE_ENTRY ON INV1 (BaseType, BaseEntry);
CREATE INDEX ORIN_CARD_CODE ON ORIN (CardCode);
CREATE INDEX OQUT_CARD_CODE ON OQUT (CardCode);
CREATE INDEX RCT2_DOC_ENTRY ON RCT2 (DocEntry);
CREATE INDEX OCRD_FATHER ON OCRD (FatherCard);
"""

# ------------------------------------------------------------------ calendar
HOL_COMMON = {D(2024, 1, 1), D(2024, 1, 2), D(2024, 2, 6), D(2024, 3, 29), D(2024, 4, 1), D(2024, 4, 25), D(2024, 6, 3), D(2024, 6, 28), D(2024, 10, 28),
              D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 1, 2), D(2025, 2, 6), D(2025, 4, 18), D(2025, 4, 21), D(2025, 4, 25), D(2025, 6, 2),
              D(2025, 6, 20), D(2025, 10, 27), D(2025, 12, 25), D(2025, 12, 26)}
AUCKLAND_ANNIV = {D(2024, 1, 29), D(2025, 1, 27)}
WELLINGTON_ANNIV = {D(2024, 1, 22), D(2025, 1, 20)}
MONTH_W = {1: 1.05, 2: 1.25, 3: 1.2, 4: 1.0, 5: 0.8, 6: 0.62, 7: 0.62, 8: 0.75, 9: 0.95, 10: 1.15, 11: 1.25, 12: 0.95}

# branches: id, name now, name before (Hamilton), street, block, city, zip, opened, default whs, cash customer, series start, volume
BRANCHES = [(1, "Penrose", None, "45 Great South Road", "Penrose", "Auckland", "1061", D(2009, 6, 1), "PEN", "CASH-PEN", 184211, 5.2),
            (2, "Takapuna", None, "8 Barrys Point Road", "Takapuna", "Auckland", "0622", D(2015, 9, 7), "TAK", "CASH-TAK", 241877, 3.6),
            (3, "Hamilton (Te Rapa)", "Hamilton", "35 Te Rapa Road", "Te Rapa", "Hamilton", "3200", D(2017, 3, 6), "HAM", "CASH-HAM", 318455, 3.0),
            (4, "Mount Maunganui", None, "17 Totara Street", "Mount Maunganui", "Tauranga", "3116", D(2019, 8, 5), "MTM", "CASH-MTM", 409322, 2.7),
            (5, "Petone", None, "120 Hutt Road", "Petone", "Lower Hutt", "5012", PETONE_OPEN, "PET", "CASH-PET", 500001, 2.4)]


def branch_open(b, d):
    if d in HOL_COMMON or d.weekday() == 6:
        return False
    if b == 5:
        return d >= PETONE_OPEN and d not in WELLINGTON_ANNIV
    if d in AUCKLAND_ANNIV:
        return False
    if b == 3 and HAM_SHUT[0] <= d <= HAM_SHUT[1]:
        return False
    return True


def office_day(d):
    return d.weekday() < 5 and d not in HOL_COMMON


def hhmm(lo=700, hi=1659):
    """A random SAP DocTime (integer HHMM) between lo and hi."""
    a, b = lo // 100 * 60 + lo % 100, hi // 100 * 60 + hi % 100
    m = R.randint(a, b)
    return m // 60 * 100 + m % 60


def add_min(t, k):
    m = min(t // 100 * 60 + t % 100 + k, 16 * 60 + 59)
    return m // 60 * 100 + m % 60


def sdt(d):
    return d.strftime("%Y-%m-%d 00:00:00.000")


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def r4(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 4)


# ------------------------------------------------------------------ catalogue
GROUPS_ITM = [(100, "Interior Paint"), (101, "Exterior Paint"), (102, "Primers & Undercoat"), (103, "Enamels & Trim"), (104, "Roof Paint"),
              (105, "Stains & Oils"), (106, "Brushes"), (107, "Rollers & Trays"), (108, "Tapes & Masking"), (109, "Abrasives"), (110, "Fillers & Sealants"),
              (111, "Cleaners & Prep"), (112, "Spray Equipment"), (113, "Safety & PPE"), (114, "Wallpaper"), (115, "Services")]
FIRMS = [(-1, "- No Manufacturer -"), (1, "Resene"), (2, "Dulux"), (3, "Wattyl"), (4, "Tōtara Trade"), (5, "Cabot's"), (6, "Intergrain"), (7, "Purdy"),
         (8, "Monarch"), (9, "Hamilton"), (10, "3M"), (11, "Norton"), (12, "Selleys"), (13, "Graco")]
VENDORS = [("V1001", "Resene Paints Ltd", 1), ("V1002", "DuluxGroup (NZ) Ltd", 2), ("V1003", "Wattyl (NZ) Ltd", 3), ("V1004", "Kōwhai Coatings Ltd", 4),
           ("V1005", "Monarch Brushware NZ", 8), ("V1006", "3M New Zealand Ltd", 10), ("V1007", "Saint-Gobain Abrasives NZ", 11), ("V1008", "Selleys NZ", 12),
           ("V1009", "Airless Spray Equipment Ltd", 13), ("V1010", "Paint Sundries Wholesale Ltd", 7)]
FINISHES = [("LS", "Low Sheen"), ("SG", "Semi-Gloss"), ("FL", "Flat"), ("GL", "Gloss"), ("MT", "Matt")]
# paint lines: code stem, name, group, firm, finish, tintable, sizes [(litres, retail incl. GST 2024)], cash weight, trade weight, vendor, created
PAINTS = [("RES-LUMB", "Resene Lumbersider Low Sheen", 101, 1, "LS", "Y", [(4, 119.9), (10, 259.9)], 5, 6, "V1001", D(2009, 6, 1)),
          ("RES-SPCO", "Resene SpaceCote Low Sheen", 100, 1, "LS", "Y", [(4, 109.9), (10, 239.9)], 7, 6, "V1001", D(2009, 6, 1)),
          ("RES-SONX", "Resene Sonyx 101 Semi-Gloss", 101, 1, "SG", "Y", [(4, 124.9), (10, 269.9)], 3, 3, "V1001", D(2009, 6, 1)),
          ("RES-ZYLS", "Resene Zylone Sheen", 100, 1, "LS", "Y", [(4, 89.9), (10, 189.9)], 4, 5, "V1001", D(2009, 6, 1)),
          ("RES-LUST", "Resene Lustacryl Semi-Gloss", 103, 1, "SG", "Y", [(1, 49.9), (4, 129.9)], 4, 4, "V1001", D(2009, 6, 1)),
          ("RES-QDRY", "Resene Quick Dry Primer Undercoat", 102, 1, "FL", "N", [(4, 94.9), (10, 209.9)], 3, 5, "V1001", D(2009, 6, 1)),
          ("RES-SUMT", "Resene Summit Roof", 104, 1, "SG", "Y", [(10, 289.9)], 1, 2, "V1001", D(2012, 9, 3)),
          ("RES-WOOD", "Resene Woodsman Decking Oil", 105, 1, "MT", "Y", [(4, 99.9), (10, 219.9)], 3, 2, "V1001", D(2010, 10, 4)),
          ("DUL-WSHD", "Dulux Weathershield Low Sheen", 101, 2, "LS", "Y", [(4, 116.9), (10, 254.9)], 4, 4, "V1002", D(2009, 6, 1)),
          ("DUL-WAWR", "Dulux Wash&Wear Low Sheen", 100, 2, "LS", "Y", [(4, 104.9), (10, 229.9)], 5, 4, "V1002", D(2009, 6, 1)),
          ("DUL-AQNM", "Dulux Aquanamel Semi Gloss", 103, 2, "SG", "Y", [(1, 46.9), (4, 124.9)], 2, 2, "V1002", D(2009, 6, 1)),
          ("DUL-1STP", "Dulux 1Step Prep Primer", 102, 2, "FL", "N", [(4, 89.9), (10, 199.9)], 2, 3, "V1002", D(2009, 6, 1)),
          ("DUL-CEIL", "Dulux Professional Ceiling Flat", 100, 2, "FL", "N", [(10, 169.9)], 1, 3, "V1002", D(2011, 2, 7)),
          ("WAT-SOLA", "Wattyl Solagard Low Sheen", 101, 3, "LS", "Y", [(4, 108.9), (10, 236.9)], 2, 2, "V1003", D(2014, 3, 3)),
          ("WAT-IDAD", "Wattyl i.d Advanced Low Sheen", 100, 3, "LS", "Y", [(4, 96.9), (10, 209.9)], 1.5, 1.5, "V1003", D(2016, 5, 2)),
          ("TPD-ACR", "Tōtara Trade Acrylic Low Sheen", 101, 4, "LS", "Y", [(10, 179.9), (15, 249.9)], 1, 6, "V1004", D(2018, 4, 3)),
          ("TPD-CEIL", "Tōtara Trade Ceiling Flat", 100, 4, "FL", "N", [(10, 139.9), (15, 194.9)], 0.6, 5, "V1004", D(2018, 4, 3)),
          ("TPD-SEAL", "Tōtara Trade Sealer Undercoat", 102, 4, "FL", "N", [(10, 149.9)], 0.5, 3, "V1004", D(2018, 4, 3)),
          ("CAB-DECK", "Cabot's Deck & Exterior Stain", 105, 5, "MT", "Y", [(4, 92.9)], 2, 1, "V1002", D(2013, 10, 7)),
          ("INT-ULTD", "Intergrain UltraDeck", 105, 6, "SG", "Y", [(4, 112.9), (10, 244.9)], 1.5, 1.5, "V1002", D(2015, 10, 5))]
RENAMED = {"TPD-ACR": ("Tōtara Trade Acrylic Low Sheen", "Tōtara Pro Acrylic Low Sheen")}
# sundries: code, name, group, firm, retail incl. GST, cash weight, trade weight, vendor, unit, created, stock item
SUNDRIES = [("PUR-XLG-63", "Purdy XL Glide Brush 63mm", 106, 7, 42.9, 3, 3, "V1010", "EA", D(2012, 1, 9), "Y"),
            ("PUR-XLE-75", "Purdy XL Elite Brush 75mm", 106, 7, 49.9, 1.5, 2, "V1010", "EA", D(2012, 1, 9), "Y"),
            ("PUR-NYL-50", "Purdy Nylox Brush 50mm", 106, 7, 34.9, 1.5, 1, "V1010", "EA", D(2015, 4, 6), "Y"),
            ("MON-TRD-50", "Monarch Trade Brush 50mm", 106, 8, 19.9, 3, 2, "V1005", "EA", D(2009, 6, 1), "Y"),
            ("MON-TRD-75", "Monarch Trade Brush 75mm", 106, 8, 24.9, 2, 2, "V1005", "EA", D(2009, 6, 1), "Y"),
            ("HAM-PERF-63", "Hamilton Perfection Brush 63mm", 106, 9, 29.9, 1.5, 1, "V1010", "EA", D(2017, 2, 6), "Y"),
            ("MON-MF-230", "Monarch Microfibre Roller Cover 230mm 12mm", 107, 8, 17.9, 4, 5, "V1005", "EA", D(2009, 6, 1), "Y"),
            ("PUR-WD-230", "Purdy White Dove Roller Cover 230mm", 107, 7, 24.9, 2, 3, "V1010", "EA", D(2014, 8, 4), "Y"),
            ("MON-FRM-230", "Monarch Roller Frame 230mm", 107, 8, 14.9, 2.5, 1, "V1005", "EA", D(2009, 6, 1), "Y"),
            ("MON-TRAY-230", "Monarch Roller Tray 230mm", 107, 8, 9.9, 3, 1, "V1005", "EA", D(2009, 6, 1), "Y"),
            ("MON-POLE-24", "Monarch Extension Pole 1.2-2.4m", 107, 8, 39.9, 1.5, 1, "V1005", "EA", D(2009, 6, 1), "Y"),
            ("3M-2090-24", "3M Scotch Blue 2090 Painter's Tape 24mm", 108, 10, 14.9, 3, 3, "V1006", "EA", D(2010, 3, 1), "Y"),
            ("3M-2090-36", "3M Scotch Blue 2090 Painter's Tape 36mm", 108, 10, 19.9, 2, 3, "V1006", "EA", D(2010, 3, 1), "Y"),
            ("3M-2090-48", "3M Scotch Blue 2090 Painter's Tape 48mm", 108, 10, 24.9, 1, 2, "V1006", "EA", D(2010, 3, 1), "Y"),
            ("NOR-MASK-24", "Norton Masking Tape 24mm", 108, 11, 6.9, 2, 3, "V1007", "EA", D(2009, 6, 1), "Y"),
            ("DROP-CANV", "Canvas Drop Sheet 3.6 x 2.7m", 108, -1, 44.9, 1.5, 1.5, "V1010", "EA", D(2009, 6, 1), "Y"),
            ("DROP-PLAS", "Plastic Drop Sheet 4 x 4m", 108, -1, 7.9, 3, 3, "V1010", "EA", D(2009, 6, 1), "Y"),
            ("NOR-P80-10", "Norton Tufbak Durite P80 (10 sheets)", 109, 11, 16.9, 1.5, 2, "V1007", "PK", D(2009, 6, 1), "Y"),
            ("NOR-P120-10", "Norton Tufbak Durite P120 (10 sheets)", 109, 11, 16.9, 2, 2.5, "V1007", "PK", D(2009, 6, 1), "Y"),
            ("NOR-P180-10", "Norton Tufbak Durite P180 (10 sheets)", 109, 11, 16.9, 1.5, 2, "V1007", "PK", D(2009, 6, 1), "Y"),
            ("3M-SPONGE", "3M Sanding Sponge Medium", 109, 10, 7.9, 2, 1.5, "V1006", "EA", D(2011, 5, 2), "Y"),
            ("SEL-SPAK-250", "Selleys Spakfilla Rapid 250ml", 110, 12, 17.9, 3, 2, "V1008", "EA", D(2009, 6, 1), "Y"),
            ("SEL-NMG-450", "Selleys No More Gaps 450g", 110, 12, 12.9, 3, 4, "V1008", "EA", D(2009, 6, 1), "Y"),
            ("SEL-SUGAR-1", "Selleys Sugar Soap 1L", 111, 12, 14.9, 2, 1.5, "V1008", "EA", D(2009, 6, 1), "Y"),
            ("RES-PREP-4", "Resene Paint Prep & Housewash 4L", 111, 1, 54.9, 1.5, 2, "V1001", "EA", D(2009, 6, 1), "Y"),
            ("RES-MOSS-1", "Resene Moss & Mould Killer 1L", 111, 1, 24.9, 1.5, 1.5, "V1001", "EA", D(2009, 6, 1), "Y"),
            ("GRA-517", "Graco RAC X 517 Spray Tip", 112, 13, 79.9, 0.3, 1.2, "V1009", "EA", D(2013, 6, 3), "Y"),
            ("GRA-X5", "Graco Magnum X5 Airless Sprayer", 112, 13, 1099.0, 0.08, 0.08, "V1009", "EA", D(2016, 9, 5), "Y"),
            ("GRA-GX21", "Graco GX21 Airless Sprayer", 112, 13, 1899.0, 0, 0, "V1009", "EA", D(2025, 9, 1), "Y"),
            ("3M-6200-KIT", "3M 6200 Half Face Respirator Kit", 113, 10, 89.9, 0.4, 0.6, "V1006", "EA", D(2012, 2, 6), "Y"),
            ("PPE-COVER", "Disposable Coveralls XL", 113, -1, 12.9, 0.8, 1.5, "V1010", "EA", D(2012, 2, 6), "Y"),
            ("WALL-PASTE-5", "Wallpaper Paste 5L", 114, -1, 39.9, 0.4, 0.3, "V1010", "EA", D(2009, 6, 1), "Y"),
            ("RES-KIDZ-SET", "Resene KidzColour Paint Set", 114, 1, 34.9, 0, 0, "V1001", "EA", D(2025, 10, 6), "Y"),
            ("DELIVERY", "Delivery charge - local", 115, -1, 40.25, 0, 0, None, "EA", D(2009, 6, 1), "N"),
            ("DEL-REMOTE", "Delivery charge - rural / remote", 115, -1, 74.75, 0, 0, None, "EA", D(2009, 6, 1), "N"),
            ("SPRAY-HIRE", "Airless Sprayer Hire (per day)", 115, -1, 109.25, 0.25, 0.5, None, "DAY", D(2014, 11, 3), "N"),
            ("COLOUR-CONS", "Colour Consultation (in-home)", 115, -1, 172.5, 0.12, 0, None, "EA", D(2019, 3, 4), "N")]
DUP_ITEM = ("PURDY-XLGLIDE-63", "Purdy XL Glide 63mm", "PUR-XLG-63")
DISCONTINUED = {"WAT-IDAD-4": D(2025, 3, 31), "WAT-IDAD-10": D(2025, 3, 31)}
COLOURS = [("Alabaster", "RES-1-A33"), ("Black White", "RES-1-B01"), ("Rice Cake", "RES-1-R45"), ("Half Spanish White", "RES-1-S80"), ("Quarter Thorndon Cream", "RES-1-T25"),
           ("Sea Fog", "RES-1-S22"), ("Triple Sea Fog", "RES-1-S24"), ("Napa", "RES-1-N11"), ("Tea", "RES-1-T60"), ("Karaka", "RES-1-K05"),
           ("Pohutukawa", "RES-1-P58"), ("Tuna", "RES-1-T71"), ("Bokara Grey", "RES-1-B44"), ("Ironsand", "RES-1-I07"), ("Double Alabaster", "RES-1-A34"),
           ("Merino", "RES-1-M19"), ("Okarito", "DUL-PN1D8"), ("Haast", "DUL-PG1F2"), ("Tarras", "DUL-PN1A4"), ("Mt Aspiring", "DUL-PW1B5"),
           ("Okiwi Bay", "DUL-PB1G7"), ("Rangitoto", "DUL-PG1H1"), ("Kaikōura Quarter", "DUL-PN1C2"), ("Manorburn", "DUL-PN2C3")]
COLOUR_W = [12, 10, 8, 7, 6, 6, 5, 4, 3, 4, 1.5, 2, 3, 3, 4, 3, 6, 4, 3, 3, 2, 2, 2, 1.5]
SOURCES = [("W", "Website enquiry"), ("R", "Rep visit"), ("C", "Counter"), ("F", "Referral")]
RETURN_REASONS = [("UO", "Unopened - surplus to job"), ("WC", "Wrong colour tinted"), ("DM", "Damaged"), ("PR", "Pricing error")]
# trade customer name patterns
TRADE_PATTERNS = ["{L} Painters Ltd", "{L} Painting & Decorating", "{L} Decorators Ltd", "{L} & Sons Painting", "{F} {L} Painting", "{L} Builders Ltd",
                  "{L} Construction Ltd", "{L} Property Services", "{F} {L} Interiors", "{L} Building & Renovation"]
TRADE_NAMES = ["Pro Finish Painters Ltd", "Kiwi Coat Ltd", "Tika Painting Ltd", "Top Coat Decorators", "First Coat Ltd", "Mana Builders Ltd",
               "Whānau Homes Ltd", "Harbour Build Ltd", "Brush & Roller Co", "Fresh Coat NZ Ltd", "Coastal Coatings Ltd", "Tama Decorators Ltd",
               "Southern Cross Painters", "Ponsonby Painting Co", "Shore Decorators Ltd", "Waikato Painting Services", "Bay Coatings Ltd",
               "Ōtāhuhu Painters Ltd", "Mt Eden Restorations", "Heritage Villa Painters", "Tui Property Maintenance", "Kauri Build Ltd",
               "Pacific Island Painters Ltd", "Paint Perfect Ltd", "North Harbour Painters", "Raglan Coast Builders", "Papamoa Painters Ltd",
               "Hutt Valley Decorators", "Eastbourne Painting Co", "Wainuiomata Builders Ltd"]
GROUPS_BP = [(100, "Trade - Painters", "C"), (101, "Trade - Builders", "C"), (102, "Property Managers", "C"), (103, "Key Accounts", "C"),
             (104, "Cash Sales", "C"), (105, "Retail Accounts", "C"), (106, "Staff", "C"), (200, "Suppliers - Paint", "S"), (201, "Suppliers - Sundries", "S")]
PAY_TERMS = [(-1, "- Cash Basic -", "N", 0, 0), (1, "COD", "N", 0, 0), (2, "Net 7 days", "N", 0, 7), (3, "20th of the month following", "E", 0, 20),
             (4, "Net 30 days", "N", 0, 30)]
PRICE_LISTS = [(1, "Retail (incl GST)", 1, 1.0, "Y"), (2, "Trade", 1, 0.75, "N"), (3, "Trade Plus", 1, 0.70, "N"), (4, "Staff", 1, 0.65, "N")]
REPS = [(-1, "-No Sales Employee-", None, None, "Y", None), (1, "Aroha Ngata", "Trade rep - Auckland Central", 1, "Y", D(2016, 2, 1)),
        (2, "Sione Taufa", "Trade rep - South Auckland", 1, "Y", D(2018, 7, 2)), (3, "Priya Sharma", "Trade rep - North Shore", 2, "Y", D(2019, 1, 14)),
        (4, "Jack Thompson", "Trade rep - Waikato", 3, "Y", D(2021, 3, 1)), (5, "Mere Walker", "Trade rep - Bay of Plenty", 4, "Y", D(2019, 8, 5)),
        (6, "Hemi Parata", "Trade rep - Wellington", 5, "Y", D(2025, 2, 3)), (7, "Rachel Chen", "Key accounts manager", 1, "Y", D(2017, 5, 8)),
        (8, "Grant Wilson", "Trade rep - Waikato", 3, "N", D(2014, 9, 1))]
CITY_TYPED = {"Auckland": ["Auckland", "Auckland", "Auckland", "Auckland", "AUCKLAND", "Auckland ", "Akl", "auckland"],
              "Tauranga": ["Tauranga", "Tauranga", "Tauranga", "TAURANGA", "Tauranga "],
              "Mount Maunganui": ["Mount Maunganui", "Mount Maunganui", "Mt Maunganui", "Mt. Maunganui", "Mt Maunganui "],
              "Hamilton": ["Hamilton", "Hamilton", "Hamilton", "HAMILTON", "hamilton"],
              "Lower Hutt": ["Lower Hutt", "Lower Hutt", "Lower Hutt", "Hutt", "LOWER HUTT"],
              "Wellington": ["Wellington", "Wellington", "Wellington", "WELLINGTON", "Wgtn"],
              "Whangārei": ["Whangārei", "Whangarei", "Whangarei"], "Taupō": ["Taupō", "Taupo", "Taupo"], "Ōrewa": ["Ōrewa", "Orewa", "Orewa"],
              "Cambridge": ["Cambridge"], "Te Awamutu": ["Te Awamutu"], "Rotorua": ["Rotorua"], "Pukekohe": ["Pukekohe"], "Porirua": ["Porirua"],
              "Upper Hutt": ["Upper Hutt"], "Papamoa": ["Papamoa", "Pāpāmoa"]}
# suburbs per home branch: (suburb typed variants, city, postcode)
SUBURBS = {1: [(["Ōtāhuhu", "Otahuhu"], "Auckland", "1062"), (["Onehunga"], "Auckland", "1061"), (["Ellerslie"], "Auckland", "1051"), (["Mt Wellington", "Mount Wellington"], "Auckland", "1060"),
               (["Ponsonby"], "Auckland", "1011"), (["Grey Lynn"], "Auckland", "1021"), (["Mt Eden", "Mount Eden"], "Auckland", "1024"), (["Manukau"], "Auckland", "2104"),
               (["Papatoetoe"], "Auckland", "2025"), (["Māngere", "Mangere"], "Auckland", "2022"), (["Remuera"], "Auckland", "1050"), (["Avondale"], "Auckland", "1026"),
               ([""], "Pukekohe", "2120")],
           2: [(["Takapuna"], "Auckland", "0622"), (["Devonport"], "Auckland", "0624"), (["Albany"], "Auckland", "0632"), (["Glenfield"], "Auckland", "0629"),
               (["Browns Bay"], "Auckland", "0630"), (["Milford"], "Auckland", "0620"), ([""], "Ōrewa", "0931"), ([""], "Whangārei", "0110")],
           3: [(["Te Rapa"], "Hamilton", "3200"), (["Hamilton East"], "Hamilton", "3216"), (["Rototuna"], "Hamilton", "3210"), (["Frankton"], "Hamilton", "3204"),
               ([""], "Cambridge", "3434"), ([""], "Te Awamutu", "3800"), ([""], "Taupō", "3330")],
           4: [(["Mount Maunganui"], "Tauranga", "3116"), (["Greerton"], "Tauranga", "3112"), (["Bethlehem"], "Tauranga", "3110"), ([""], "Papamoa", "3118"),
               (["Ōtūmoetai", "Otumoetai"], "Tauranga", "3110"), ([""], "Rotorua", "3010")],
           5: [(["Petone"], "Lower Hutt", "5012"), (["Naenae"], "Lower Hutt", "5011"), (["Eastbourne"], "Lower Hutt", "5013"), (["Wainuiomata"], "Lower Hutt", "5014"),
               ([""], "Upper Hutt", "5018"), ([""], "Porirua", "5022"), (["Kelburn"], "Wellington", "6012"), (["Newtown"], "Wellington", "6021")]}
STREETS = ["Great North Road", "Dominion Road", "Queen Street", "Victoria Street", "Kauri Street", "Rimu Road", "Pōhutukawa Drive", "Beach Road",
           "Church Street", "Station Road", "Main Road", "Karaka Street", "Kowhai Avenue", "Hinemoa Street", "Te Atatū Road", "Marine Parade",
           "Cameron Road", "Anglesea Street", "Jackson Street", "High Street"]


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    rows = {}

    def ins(t, row):
        rows.setdefault(t, []).append(list(row))

    ins("OADM", ("Tōtara Paint & Decor Ltd", "45 Great South Road, Penrose, Auckland 1061", "NZ", "NZD", "112-845-903", "09 579 4410", "accounts@totarapaint.co.nz"))
    for b in BRANCHES:
        name = b[2] or b[1]
        street = "211 Anglesea Street" if b[0] == 3 else b[3]
        ins("OBPL", (b[0], b[1], None, "Y" if b[0] == 1 else "N", "N", b[8], f"{b[3]}, {b[4]}, {b[5]} {b[6]}", b[3], b[4], b[5], b[6], "NZ", sdt(b[7])))
        ins("OWHS", (b[8], f"{b[1]} store", b[0], b[3], b[4], b[5], b[6], "N", "N"))
    ins("OWHS", ("PEN-DC", "Penrose distribution centre", 1, "47 Great South Road", "Penrose", "Auckland", "1061", "N", "N"))
    ins("OWHS", ("DMG", "Damaged / quarantine", 1, "47 Great South Road", "Penrose", "Auckland", "1061", "N", "Y"))
    ins("OWHS", ("HAM-OLD", "Hamilton Anglesea St (closed)", 3, "211 Anglesea Street", "Hamilton Central", "Hamilton", "3204", "Y", "Y"))
    SERIES = {}
    sid = 10
    for b in BRANCHES:
        for obj, tag, start in (("13", "INV", b[10]), ("14", "CN", {1: 18001, 2: 24001, 3: 31001, 4: 40501, 5: 50001}[b[0]])):
            sid += 1
            SERIES[(obj, b[0])] = [sid, f"{b[8]}-{tag}", start, start]
    SERIES[("23", 0)] = [1, "QUOTE", 30201, 30201]
    SERIES[("24", 0)] = [2, "RCPT", 88120, 88120]
    for rep in REPS:
        code, name, memo, br, active, started = rep
        parts = name.split()
        ins("OSLP", (code, name, memo, 0.0 if code < 0 else 2.5 if code != 7 else 1.5, 0, active, None,
                     None if code < 0 else f"021 {R.randint(100, 999)} {R.randint(1000, 9999)}", None if code < 0 else f"{parts[0].lower()}.{parts[-1].lower()}@totarapaint.co.nz", br))
    for g in GROUPS_BP:
        ins("OCRG", (g[0], g[1], g[2], "N"))
    for t in PAY_TERMS:
        ins("OCTG", (t[0], t[1], t[2], t[3], t[4], 1, 0.0))
    for p in PRICE_LISTS:
        ins("OPLN", (p[0], p[1], p[2], p[3], "N", p[4], "Y"))
    for fc, fn in FIRMS:
        ins("OMRC", (fc, fn))
    for g in GROUPS_ITM:
        ins("OITB", (g[0], g[1], "N"))
    ins("OVTG", ("GST", "GST 15%", 15.0, "O", "N"))
    ins("OVTG", ("ZERO", "Zero rated (exports)", 0.0, "O", "N"))
    ins("OVTG", ("EXEMPT", "Exempt supply", 0.0, "O", "N"))
    ins("OVTG", ("INPUT", "GST on purchases 15%", 15.0, "I", "N"))
    for code, name in ((1, "Counter pickup"), (2, "Delivery - local"), (3, "Courier"), (4, "Site delivery (own truck)")):
        ins("OSHP", (code, name, "Y"))
    ins("CUFD", ("OCRD", 0, "Source", "How the customer came to us", "A", 1))
    ins("CUFD", ("OITM", 0, "Litres", "Litres per unit", "B", 10))
    ins("CUFD", ("OITM", 1, "Finish", "Paint finish", "A", 2))
    ins("CUFD", ("OITM", 2, "Tintable", "Can be tinted", "A", 1))
    ins("CUFD", ("INV1", 0, "ColourName", "Tinted colour", "A", 60))
    ins("CUFD", ("INV1", 1, "ColourCode", "Colour code", "A", 20))
    ins("CUFD", ("ORIN", 0, "ReturnReason", "Reason for the return", "A", 2))
    ins("CUFD", ("OINV", 0, "SiteAddress", "Job site address", "A", 200))
    ins("CUFD", ("OBPL", 0, "Opened", "Date the branch opened", "D", 8))
    for i, (v, d) in enumerate(SOURCES):
        ins("UFD1", ("OCRD", 0, i, v, d))
    for i, (v, d) in enumerate(FINISHES):
        ins("UFD1", ("OITM", 1, i, v, d))
    for i, (v, d) in enumerate((("Y", "Yes"), ("N", "No"))):
        ins("UFD1", ("OITM", 2, i, v, d))
    for i, (v, d) in enumerate(RETURN_REASONS):
        ins("UFD1", ("ORIN", 0, i, v, d))

    # ------------------------------------------------------------------ items
    ITEMS = []
    for stem, name, grp, firm, fin, tint, sizes, cw, tw, vendor, created in PAINTS:
        for litres, price in sizes:
            code = f"{stem}-{litres}"
            nm = f"{name} {litres}L"
            if stem in RENAMED:
                nm = f"{RENAMED[stem][1]} {litres}L"
            ITEMS.append({"code": code, "name": nm, "stem": stem, "grp": grp, "firm": firm, "fin": fin, "tint": tint, "litres": float(litres), "price": price,
                          "cw": cw * (1.3 if litres == 4 else 0.8 if litres == 10 else 0.9), "tw": tw * (1.4 if litres >= 10 else 0.8), "vendor": vendor, "unit": "EA",
                          "created": created, "stock": "Y", "kind": "paint"})
    for code, name, grp, firm, price, cw, tw, vendor, unit, created, stock in SUNDRIES:
        ITEMS.append({"code": code, "name": name, "stem": code, "grp": grp, "firm": firm, "fin": None, "tint": "N", "litres": None, "price": price, "cw": cw, "tw": tw,
                      "vendor": vendor, "unit": unit, "created": created, "stock": stock, "kind": "service" if grp == 115 else "sundry"})
    ITEMS.append({"code": DUP_ITEM[0], "name": DUP_ITEM[1], "stem": DUP_ITEM[0], "grp": 106, "firm": 7, "fin": None, "tint": "N", "litres": None, "price": 42.9,
                  "cw": 0, "tw": 0, "vendor": "V1010", "unit": "EA", "created": DUP_ITEM_DAY, "stock": "Y", "kind": "sundry"})
    IT = {it["code"]: it for it in ITEMS}
    paint_rise = lambda it: it["kind"] == "paint"

    def retail_at(it, d):
        p = it["price"]
        if paint_rise(it) and d >= PRICE_RISE:
            p = r2(int(p * 1.045) + 0.9)
        return p

    def list_net(it, lst, d):
        """Net (excl. GST) price of an item on price list lst at day d."""
        g = retail_at(it, d)
        if lst == 1 or it["kind"] == "service":
            return r4(g / 1.15)
        f_ = {2: (0.75, 0.85), 3: (0.70, 0.80), 4: (0.65, 0.65)}[lst][0 if it["kind"] == "paint" else 1]
        return r2(g / 1.15 * f_)

    def item_name_at(it, d):
        if it["stem"] in RENAMED and d < RENAME_DAY:
            return f"{RENAMED[it['stem']][0]} {int(it['litres'])}L"
        return it["name"]

    def on_sale(it, d):
        if d < it["created"] or it["cw"] + it["tw"] == 0:
            return False
        if it["code"] in DISCONTINUED and d > DISCONTINUED[it["code"]]:
            return False
        return True

    # ------------------------------------------------------------------ business partners
    BP = {}
    bp_order = []

    def typed(name):
        u = R.random()
        if u < 0.04:
            return name.upper()
        if u < 0.06:
            return name.lower()
        if u < 0.09:
            return name + " "
        return name

    def phone(branch):
        area = {1: "09", 2: "09", 3: "07", 4: "07", 5: "04"}[branch]
        u = R.random()
        if u < 0.3:
            return f"{area} {R.randint(200, 999)} {R.randint(1000, 9999)}"
        if u < 0.45:
            return f"+64 {area[1]} {R.randint(200, 999)} {R.randint(1000, 9999)}"
        return None

    def mobile():
        u = R.random()
        pre = R.choice(["021", "022", "027", "029"])
        if u < 0.5:
            return f"{pre} {R.randint(100, 999)} {R.randint(1000, 9999)}"
        if u < 0.7:
            return f"+64 {pre[1:]} {R.randint(100, 999)} {R.randint(1000, 9999)}"
        if u < 0.9:
            return f"{pre}{R.randint(1000000, 9999999)}"
        return None

    def gst_no():
        n = f"{R.randint(10, 139):03d}{R.randint(0, 999):03d}{R.randint(0, 999):03d}"
        return n if R.random() < 0.4 else f"{n[:3]}-{n[3:6]}-{n[6:]}"

    def addr(branch):
        sub, city, zc = R.choice(SUBURBS[branch])
        block = R.choice(sub)
        return f"{R.randint(1, 240)} {R.choice(STREETS)}", block or None, R.choice(CITY_TYPED[city]), zc, city

    def add_bp(code, name, ctype, group, branch, created, terms=3, plist=2, disc=0.0, rep=-1, father=None, source=None, frozen=None, w=1.0, email=True,
               canon=None, extra=None):
        street, block, city, zc, canon_city = addr(branch)
        first, last = R.choice(NZ_FIRST), R.choice(NZ_LAST)
        dom = "".join(ch for ch in name.lower() if ch.isalnum())[:18]
        bp = {"code": code, "name": name, "type": ctype, "group": group, "branch": branch, "created": created, "terms": terms, "plist": plist, "disc": disc,
              "rep": rep, "father": father, "source": source, "frozen": frozen, "w": w, "street": street, "block": block, "city": city, "zip": zc,
              "canon_city": canon_city, "contact": f"{first} {last}", "email": (f"{first.lower()}@{dom}.co.nz" if R.random() < 0.5 else f"{dom}@xtra.co.nz") if email else None,
              "phone": phone(branch), "mobile": mobile(), "gst": gst_no() if ctype in ("C", "S") and group not in (104, 105, 106) else None, "canon": canon or name}
        if extra:
            bp.update(extra)
        BP[code] = bp
        bp_order.append(code)
        return bp

    for b in BRANCHES:
        add_bp(b[9], f"Cash Sales - {b[1] if b[0] != 3 else 'Hamilton'}", "C", 104, b[0], b[7] if b[0] != 5 else D(2025, 2, 24), terms=-1, plist=1, w=0, email=False)
        BP[b[9]]["street"], BP[b[9]]["block"], BP[b[9]]["city"], BP[b[9]]["zip"] = b[3] if b[0] != 3 else "211 Anglesea Street", b[4], b[5], b[6]
    for code, name, firm in VENDORS:
        add_bp(code, name, "S", 200 if firm in (1, 2, 3, 4) else 201, 1, D(2009, 6, 1), terms=4, plist=2)
    rep_of = {1: [1, 2, 7], 2: [3, 7], 3: [8], 4: [5], 5: [6]}
    trade = []
    used_names = set()
    n_c = 10000
    branch_counts = {1: 95, 2: 58, 3: 46, 4: 40, 5: 30}
    for br, k in branch_counts.items():
        for i in range(k):
            n_c += 1
            if R.random() < 0.3:
                nm = R.choice(TRADE_NAMES)
                if nm in used_names:
                    nm = R.choice(TRADE_PATTERNS).format(F=R.choice(NZ_FIRST), L=R.choice(NZ_LAST))
            else:
                nm = R.choice(TRADE_PATTERNS).format(F=R.choice(NZ_FIRST), L=R.choice(NZ_LAST))
            while nm in used_names:       # company names are unique in the Companies Register
                nm = R.choice(TRADE_PATTERNS).format(F=R.choice(NZ_FIRST), L=R.choice(NZ_LAST))
            used_names.add(nm)
            grp = 101 if any(x in nm for x in ("Build", "Construction", "Renovation", "Homes", "Restorations")) else 102 if "Property" in nm else 100
            if br == 5:
                created = D(2025, 1, 20) + TD(days=R.randint(0, 300))
            else:
                created = D(2009, 6, 1) + TD(days=R.randint(0, 5600)) if R.random() < 0.85 else D(2024, 1, 8) + TD(days=R.randint(0, 690))
                created = max(created, BRANCHES[br - 1][7])
            rep = R.choice(rep_of[br])
            if rep == 7 and R.random() < 0.7:
                rep = rep_of[br][0]
            w = min(R.lognormvariate(0, 0.85), 5.0)
            terms = R.choices([3, 2, 4, 1], [70, 10, 15, 5])[0]
            plist = 3 if w > 2.8 else 2
            disc = R.choice([0.0, 0.0, 0.0, 2.5, 5.0])
            bp = add_bp(f"C{n_c}", typed(nm), "C", grp, br, created, terms=terms, plist=plist, disc=disc, rep=rep,
                        source=R.choices(["W", "R", "C", "F"], [15, 35, 35, 15])[0], w=w, canon=nm)
            trade.append(bp)
    # the customer in liquidation, the duplicate, the new account
    coastal = next((b for b in trade if b["canon"] == "Coastal Coatings Ltd"), None)
    if coastal is None:
        coastal = trade[5]
        coastal["name"] = coastal["canon"] = "Coastal Coatings Ltd"
    coastal.update(name="Coastal Coatings Ltd", frozen=LIQUIDATION, w=4.0, terms=3, created=min(coastal["created"], D(2021, 4, 12)))
    tama = next((b for b in trade if b["canon"] == "Tama Decorators Ltd"), None)
    if tama is None:
        tama = trade[12]
        tama["name"] = tama["canon"] = "Tama Decorators Ltd"
    tama["name"] = "Tama Decorators Ltd"
    tama["created"] = min(tama["created"], D(2019, 4, 1))
    tama["w"] = 3.5
    n_c += 1
    tama_dup = add_bp(f"C{n_c}", "Tama Decorators Limited", "C", 100, tama["branch"], D(2025, 4, 14), terms=3, plist=2, rep=tama["rep"], source="C", w=0,
                      canon="Tama Decorators Ltd", extra={"street": tama["street"], "block": tama["block"], "city": tama["city"], "zip": tama["zip"]})
    tama_dup["frozen"] = D(2025, 9, 1)
    trade.append(tama_dup)
    n_c += 1
    newbie = add_bp(f"C{n_c}", "Rewi Tipene Painting Ltd", "C", 100, 5, D(2025, 12, 8), terms=3, plist=2, rep=6, source="R", w=0)
    trade.append(newbie)
    # parent accounts and their branches (FatherCard)
    fathers = []
    bright = add_bp("C20000", "Brightside Painters Franchise Ltd", "C", 103, 1, D(2016, 3, 7), terms=3, plist=3, rep=7, source="R", w=0)
    fathers.append(bright)
    for br, area, created in ((1, "Central Auckland", D(2016, 3, 7)), (2, "North Shore", D(2017, 8, 14)), (1, "South Auckland", D(2019, 2, 4)),
                              (3, "Hamilton", D(2020, 6, 1)), (4, "Tauranga", D(2021, 9, 6)), (5, "Wellington", D(2025, 3, 10))):
        n_c += 1
        trade.append(add_bp(f"C{n_c}", f"Brightside Painters {area}", "C", 103, br, created, terms=3, plist=3, rep=7, father="C20000", source="F",
                            w=R.uniform(2.0, 3.5)))
    kainga = add_bp("C20100", "Kāinga Property Group Ltd", "C", 102, 1, D(2018, 10, 1), terms=4, plist=3, rep=7, source="R", w=0)
    fathers.append(kainga)
    for br, area in ((1, "Auckland Central"), (1, "South Auckland"), (3, "Waikato"), (4, "Bay of Plenty")):
        n_c += 1
        trade.append(add_bp(f"C{n_c}", f"Kāinga Property Management - {area}", "C", 102, br, D(2018, 10, 1) + TD(days=R.randint(0, 900)), terms=4, plist=3,
                            rep=7, father="C20100", source="R", w=R.uniform(1.5, 2.5)))
    # retail accounts (homeowners on account after a quote), staff accounts, leads
    retail_acc = []
    for i in range(40):
        n_c += 1
        br = R.choices([1, 2, 3, 4, 5], [30, 25, 20, 15, 10])[0]
        f_, l_ = R.choice(NZ_FIRST), R.choice(NZ_LAST)
        created = D(2012, 1, 1) + TD(days=R.randint(0, 5000)) if br != 5 else PETONE_OPEN + TD(days=R.randint(0, 250))
        retail_acc.append(add_bp(f"C{n_c}", typed(f"{f_} {l_}"), "C", 105, br, created, terms=2, plist=1, rep=-1, source=R.choice(["W", "C"]), w=R.uniform(0.3, 1.2)))
    staff = []
    for i, nm in enumerate(["Aroha Ngata", "Sione Taufa", "Priya Sharma", "Jack Thompson", "Mere Walker", "Rachel Chen", "Tane Horomona", "Lupe Fifita",
                            "Kevin Zhang", "Megan Clarke", "Rhys Walker", "Ji-woo Park"]):
        staff.append(add_bp(f"S{100 + i}", nm, "C", 106, R.choice([1, 1, 2, 3, 4]), D(2016, 1, 1) + TD(days=R.randint(0, 3000)), terms=-1, plist=4, rep=-1, w=0.5))
    leads = []
    for i in range(60):
        f_, l_ = R.choice(NZ_FIRST), R.choice(NZ_LAST)
        br = R.choices([1, 2, 3, 4, 5], [30, 25, 20, 15, 10])[0]
        created = D(2024, 1, 10) + TD(days=R.randint(0, 700))
        if br == 5:
            created = max(created, PETONE_OPEN)
        leads.append(add_bp(f"L{i + 1:05d}", typed(f"{f_} {l_}"), "L", 105, br, created, terms=2, plist=1, rep=-1, source="W", w=0))
    # the rep who left: his customers moved to Jack Thompson (OCRD.SlpCode overwritten)
    for bp in trade:
        if bp["rep"] == 8:
            bp["rep_now"] = 4
        else:
            bp["rep_now"] = bp["rep"]

    # ------------------------------------------------------------------ documents
    invoices, credits, quotes, payments = [], [], [], []
    doc_entry = {"13": 0, "14": 0, "23": 0, "24": 0}

    def next_entry(obj):
        doc_entry[obj] += 1
        return doc_entry[obj]

    def next_num(obj, br):
        s = SERIES[(obj, br)]
        n = s[3]
        s[3] += 1
        return s[0], n

    def pick_items(d, trade_c, n):
        avail = [it for it in ITEMS if on_sale(it, d) and it["code"] != DUP_ITEM[0]]
        ws = []
        for it in avail:
            w = it["tw"] if trade_c else it["cw"]
            if it["grp"] in (101, 104, 105):
                w *= 1.4 if d.month in (11, 12, 1, 2, 3) else 0.5 if d.month in (6, 7) else 1.0
            if it["grp"] == 100:
                w *= 1.25 if d.month in (5, 6, 7, 8) else 1.0
            ws.append(w)
        out, seen = [], set()
        for _ in range(n):
            it = R.choices(avail, ws)[0]
            if it["code"] in seen:
                continue
            seen.add(it["code"])
            out.append(it)
        return out

    def colour():
        nm, code = R.choices(COLOURS, COLOUR_W)[0]
        u = R.random()
        if u < 0.03 and nm.isascii():
            nm = nm.upper()
        elif u < 0.06 and nm.isascii():
            nm = nm.lower()
        elif u < 0.08:
            nm = nm + " "
        return nm, code

    def make_lines(d, br, bp, items, cash, petone_week, qmul=1.0):
        lines = []
        for it in items:
            if it["kind"] == "paint":
                q = R.choice([1, 1, 1, 2, 2, 3]) if cash else R.choice([1, 2, 2, 3, 4, 4, 5, 6, 8, 10, 12])
                q = max(1, int(round(q * qmul)))
            elif it["kind"] == "service":
                q = 1 if it["code"] != "SPRAY-HIRE" else R.choice([1, 1, 2, 3])
            else:
                q = R.choice([1, 1, 1, 2]) if cash else R.choice([1, 2, 2, 3, 4, 5, 6, 10, 12])
            code = it["code"]
            if it["code"] == "PUR-XLG-63" and br == 5 and d >= DUP_ITEM_DAY:
                it = IT[DUP_ITEM[0]]
                code = it["code"]
            lines.append(make_line(d, br, bp, it, q, cash, petone_week))
        return lines

    def make_line(d, br, bp, it, q, cash, petone_week):
        disc = 15.0 if petone_week else (bp["disc"] if not cash and it["kind"] != "service" else 0.0)
        lst = 1 if cash else bp["plist"]
        cost = r4(retail_at(it, d) / 1.15 * 0.52) if it["kind"] != "service" else 0.0
        if lst == 1:
            gross_unit = retail_at(it, d) if it["code"] not in ("DELIVERY", "DEL-REMOTE") else it["price"]
            if disc:
                gross_unit = r2(gross_unit * (1 - disc / 100))
            gt = r2(gross_unit * q)
            vat = r2(gt * 15 / 115)
            lt = r2(gt - vat)
            before = r4(retail_at(it, d) / 1.15) if it["kind"] != "service" else r4(it["price"] / 1.15)
            price = r4(before * (1 - disc / 100))
            pav = gross_unit
        else:
            before = list_net(it, lst, d) if it["kind"] != "service" else r2(it["price"] / 1.15)
            price = r2(before * (1 - disc / 100))
            lt = r2(price * q)
            vat = r2(lt * 0.15)
            gt = r2(lt + vat)
            pav = r2(price * 1.15)
        col = colour() if it["tint"] == "Y" else (None, None)
        return {"item": it["code"], "desc": item_name_at(it, d), "q": q, "before": before, "disc": disc, "price": price, "pav": pav, "lt": lt, "vat": vat, "gt": gt,
                "unit": it["unit"], "cost": cost, "colour": col[0], "ccode": col[1], "base": None}

    def add_invoice(d, br, bp, lines, cash, trnsp=1, card_name=None, numatcard=None, site=None, base_quote=None, t=None, rep=None, pay_kind=None):
        entry = next_entry("13")
        series, num = next_num("13", br)
        rounding = 0.0
        total = r2(sum(l["gt"] for l in lines))
        if cash and pay_kind == "cash":
            rounded = round(total * 10 + 1e-9) / 10 if (round(total * 100) % 10) != 5 else r2(total + 0.05)
            rounding = r2(rounded - total)
            total = r2(rounded)
        due = d
        terms = bp["terms"] if not cash else -1
        if terms == 3:
            nxt = (d.replace(day=1) + TD(days=32)).replace(day=20)
            due = nxt
        elif terms == 2:
            due = d + TD(days=7)
        elif terms == 4:
            due = d + TD(days=30)
        ham_name = "Hamilton" if br == 3 and d < HAM_MOVE else BRANCHES[br - 1][1]
        inv = {"entry": entry, "num": num, "series": series, "d": d, "due": due, "bp": bp, "br": br, "lines": lines, "cash": cash, "total": total,
               "vat": r2(sum(l["vat"] for l in lines)), "round": rounding, "paid": 0.0, "canceled": "N", "trnsp": trnsp, "card_name": card_name or bp["name"],
               "numatcard": numatcard, "site": site, "base_quote": base_quote, "t": t or hhmm(), "rep": rep if rep is not None else -1,
               "bpl_name": ham_name, "pay_kind": pay_kind, "credits": 0.0, "comments": None, "terms": terms}
        invoices.append(inv)
        return inv

    def cash_name(bp):
        u = R.random()
        if u < 0.55:
            return bp["name"]
        f_, l_ = R.choice(NZ_FIRST), R.choice(NZ_LAST)
        return R.choice([f"{f_} {l_}", f"{f_[0]} {l_}", l_.upper(), f"{f_} - painter", "Cash Sale", "cash", f"Mrs {l_}", f"{f_} {l_} "])

    rep_at = lambda bp, d: (8 if bp["rep"] == 8 and d <= REP_LEFT else bp["rep_now"]) if bp["type"] == "C" and bp["group"] not in (104, 105, 106) else -1

    # quotes are made first (some are turned into invoices later)
    day = START
    while day <= END:
        for b in BRANCHES:
            br = b[0]
            if not branch_open(br, day):
                continue
            m = MONTH_W[day.month]
            sat = day.weekday() == 5
            ramp = 1.0
            if br == 5:
                ramp = min(1.0, 0.5 + 0.5 * (day - PETONE_OPEN).days / 200)
            petone_week = br == 5 and PETONE_OPEN <= day <= PETONE_OPEN + TD(days=5)
            base = b[11] * m * ramp * (0.45 if sat else 1.0) * (1.8 if petone_week else 1.0) * (1.08 if day.year == 2025 else 1.0)
            # cash sales
            ncash = int(base * 0.55) + (1 if R.random() < (base * 0.55) % 1 else 0)
            for _ in range(ncash):
                cbp = BP[b[9]]
                items = pick_items(day, False, R.choices([1, 2, 3, 4, 5], [35, 30, 18, 11, 6])[0])
                lines = make_lines(day, br, cbp, items, True, petone_week)
                trn = 1
                if R.random() < 0.05:
                    lines.append(make_line(day, br, cbp, IT["DELIVERY"], 1, True, False))
                    trn = 2
                pk = R.choices(["eftpos", "cash", "credit"], [62, 14, 24])[0]
                add_invoice(day, br, cbp, lines, True, trnsp=trn, card_name=cash_name(cbp), pay_kind=pk)
            # trade invoices
            ntrade = int(base * 0.5) + (1 if R.random() < (base * 0.5) % 1 else 0)
            cands = [bp for bp in trade if bp["branch"] == br and bp["created"] <= day and bp["w"] > 0 and not (bp["frozen"] and day >= bp["frozen"])]
            for _ in range(ntrade):
                if not cands:
                    break
                bp = R.choices(cands, [bp["w"] for bp in cands])[0]
                if bp is tama and bp_dup_window(day):
                    bp = tama_dup      # the counter picked the new duplicate account for a fortnight
                items = pick_items(day, True, R.choices([1, 2, 3, 4, 5, 6], [22, 28, 22, 14, 9, 5])[0])
                lines = make_lines(day, br, bp, items, False, False)
                net = sum(l["lt"] for l in lines)
                trn = 1
                site = None
                if R.random() < 0.22:
                    trn = 4 if net > 400 else 2
                    site = f"{R.randint(1, 200)} {R.choice(STREETS)}, {R.choice([s for s in SUBURBS[br]])[0][0] or BRANCHES[br - 1][5]}"
                    if net < 500:
                        lines.append(make_line(day, br, bp, IT["DELIVERY" if R.random() < 0.9 else "DEL-REMOTE"], 1, False, False))
                job = None
                if R.random() < 0.6:
                    job = R.choice([f"PO {R.randint(1000, 9999)}", f"Job {R.randint(100, 999)}", f"{R.choice(STREETS).split()[0]} St job", f"{R.choice(NZ_LAST)} reno",
                                    f"PO-{R.randint(20000, 29999)}", "stock"])
                add_invoice(day, br, bp, lines, False, trnsp=trn, numatcard=job, site=site, rep=rep_at(bp, day))
            # retail accounts and staff occasionally
            for grp_list, p in ((retail_acc, 0.05), (staff, 0.035)):
                if R.random() < p * (0.5 if sat else 1):
                    cands2 = [bp for bp in grp_list if bp["branch"] == br and bp["created"] <= day]
                    if cands2:
                        bp = R.choice(cands2)
                        items = pick_items(day, False, R.choice([1, 2, 3]))
                        lines = make_lines(day, br, bp, items, False, False) if bp["group"] == 106 else make_lines(day, br, bp, items, True, petone_week)
                        add_invoice(day, br, bp, lines, bp["group"] == 105 and False, numatcard=None, rep=-1)
            # quotations (trade jobs and homeowners / leads)
            if not sat and R.random() < 0.55 * m * ramp:
                pool_q = [bp for bp in trade if bp["branch"] == br and bp["created"] <= day and bp["w"] > 0 and not (bp["frozen"] and day >= bp["frozen"])]
                lead_pool = [bp for bp in leads + retail_acc if bp["branch"] == br and bp["created"] <= day]
                if R.random() < 0.35 and lead_pool:
                    qbp = R.choice(lead_pool)
                elif pool_q:
                    qbp = R.choices(pool_q, [x["w"] for x in pool_q])[0]
                else:
                    qbp = None
                if qbp:
                    items = pick_items(day, True, R.choice([2, 3, 3, 4, 5]))
                    qlines = make_lines(day, br, qbp, items, qbp["type"] == "L" or qbp["group"] == 105, False, qmul=2.5)
                    quotes.append({"d": day, "br": br, "bp": qbp, "lines": qlines, "entry": next_entry("23"), "num": SERIES[("23", 0)][3],
                                   "rep": rep_at(qbp, day) if qbp["type"] == "C" else -1, "t": hhmm()})
                    SERIES[("23", 0)][3] += 1
        day += TD(days=1)

    # quotes accepted -> invoices copied from the quote
    for qt in quotes:
        qt["status"] = "O"
        qt["target"] = None
        bp = qt["bp"]
        accept = R.random() < (0.58 if bp["type"] == "C" and bp["group"] != 105 else 0.4)
        later = qt["d"] + TD(days=R.randint(2, 40))
        while not branch_open(qt["br"], later):
            later += TD(days=1)
        if bp["frozen"] and later >= bp["frozen"]:
            accept = False
        if accept and later <= END:
            if bp["type"] == "L":
                bp["type"] = "C"          # SAP converts the lead into a customer on the first invoice
                bp["converted"] = later
                bp["group"] = 105
            cash = False
            lines = []
            for i, ql in enumerate(qt["lines"]):
                l = dict(ql)
                l["base"] = (23, qt["entry"], i)
                lines.append(l)
            for l in lines:
                l["rep_now"] = True
            inv = add_invoice(later, qt["br"], bp, lines, False, trnsp=4, numatcard=f"Quote {qt['num']}", site=None, base_quote=qt,
                              rep=rep_at(bp, later) if bp["type"] == "C" and bp["group"] != 105 else -1)
            qt["status"] = "C"
            qt["target"] = inv["entry"]
        elif later + TD(days=30) <= END and R.random() < 0.6:
            qt["status"] = "C"          # closed by hand when the customer said no; the rest stay open past their validity
    invoices.sort(key=lambda x: (x["d"], x["t"], x["entry"]))
    # cancellations: keyed on the wrong customer or with wrong items, cancelled the same or next day (SAP adds a cancellation document)
    cands = [inv for inv in invoices if inv["base_quote"] is None and inv["d"] < D(2025, 12, 20)]
    for inv in R.sample(cands, int(len(cands) * 0.012)):
        inv["canceled"] = "Y"
        cd = inv["d"] if R.random() < 0.7 else inv["d"] + TD(days=1)
        while not branch_open(inv["br"], cd):
            cd += TD(days=1)
        inv["cancel_day"] = cd
        inv["cancel_t"] = add_min(inv["t"], R.randint(5, 120)) if cd == inv["d"] else hhmm(700, 1100)
    # number DocEntry / DocNum in the order the documents were added (cancellation documents among them)
    for k in SERIES:
        if k[0] == "13":
            SERIES[k][3] = SERIES[k][2]
    seqd = [(inv["d"], inv["t"], 0, inv) for inv in invoices] + [(inv["cancel_day"], inv["cancel_t"], 1, inv) for inv in invoices if inv["canceled"] == "Y"]
    seqd.sort(key=lambda x: (x[0], x[1], x[2], x[3]["entry"]))
    for i, (d_, t_, is_c, inv) in enumerate(seqd):
        s = SERIES[("13", inv["br"])]
        if is_c:
            inv["c_entry"], inv["c_num"] = i + 1, s[3]
        else:
            inv["new_entry"], inv["num"] = i + 1, s[3]
        s[3] += 1
    for inv in invoices:
        inv["entry"] = inv.pop("new_entry")
    for qt in quotes:
        if qt["target"] is not None:
            qt["target"] = next(inv["entry"] for inv in invoices if inv["base_quote"] is qt)
    # credit memos (returns of unopened or wrongly tinted paint)
    cn_seq = {}
    for inv in invoices:
        if inv["canceled"] != "N":
            continue
        p = 0.035 if not inv["cash"] else 0.012
        if R.random() >= p:
            continue
        goods = [(i, l) for i, l in enumerate(inv["lines"]) if IT[l["item"]]["kind"] != "service"]
        if not goods:
            continue
        rd = inv["d"] + TD(days=R.randint(1, 30))
        while not branch_open(inv["br"], rd):
            rd += TD(days=1)
        if rd > END or (inv["bp"]["frozen"] and rd >= inv["bp"]["frozen"]):
            continue
        picked = R.sample(goods, 1 if len(goods) < 3 else R.choice([1, 1, 2]))
        rlines = []
        for i, l in picked:
            q = l["q"] if l["q"] == 1 or R.random() < 0.4 else R.randint(1, l["q"] - 1)
            if inv["cash"]:
                gt = r2(l["pav"] * q)
                vat = r2(gt * 15 / 115)
                lt = r2(gt - vat)
            else:
                lt = r2(l["price"] * q)
                vat = r2(lt * 0.15)
                gt = r2(lt + vat)
            rlines.append({"item": l["item"], "desc": l["desc"], "q": q, "price": l["price"], "pav": l["pav"], "lt": lt, "vat": vat, "gt": gt, "base_line": i,
                           "colour": l["colour"]})
        reason = "WC" if any(l["colour"] for l in rlines) and R.random() < 0.35 else R.choices(["UO", "DM", "PR"], [75, 15, 10])[0]
        cr = {"d": rd, "inv": inv, "lines": rlines, "total": r2(sum(l["gt"] for l in rlines)), "vat": r2(sum(l["vat"] for l in rlines)), "reason": reason}
        credits.append(cr)
        inv["credits"] = r2(inv["credits"] + cr["total"])
    credits.sort(key=lambda c: (c["d"], c["inv"]["entry"]))
    for i, cr in enumerate(credits):
        cr["entry"] = i + 1
        s = SERIES[("14", cr["inv"]["br"])]
        cr["num"] = s[3]
        s[3] += 1
        cr["t"] = hhmm()

    # payments
    pay_entry = [0]

    def add_payment(d, bp, applied, kind, comment=None, canceled="N", ref=None):
        pay_entry[0] += 1
        tot = r2(sum(a for _, a in applied))
        p = {"entry": pay_entry[0], "d": d, "bp": bp, "applied": applied, "kind": kind, "total": tot, "canceled": canceled, "comment": comment, "ref": ref}
        payments.append(p)
        return p

    for inv in invoices:
        if inv["canceled"] != "N":
            continue
        inv["paid"] = inv["credits"]
        if inv["cash"]:
            due = r2(inv["total"] - inv["paid"])
            if due > 0:
                # the till payment is taken for the full amount; a later credit memo is refunded separately
                pass
            inv["paid"] = inv["total"]
            add_payment(inv["d"], inv["bp"], [(inv, inv["total"])], inv["pay_kind"])
    # account customers pay monthly statements (parent accounts pay for their branches)
    by_payer_month = {}
    for inv in invoices:
        if inv["cash"] or inv["canceled"] != "N":
            continue
        bp = inv["bp"]
        payer = BP[bp["father"]] if bp["father"] else bp
        key = (payer["code"], inv["d"].year, inv["d"].month)
        by_payer_month.setdefault(key, []).append(inv)
    for (payer_code, y, mth), lst in sorted(by_payer_month.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        payer = BP[payer_code]
        terms = lst[0]["terms"]
        due = lst[0]["due"]
        if terms == -1:
            # staff purchases are deducted from the last pay of the month
            pd_ = (D(y, mth, 1) + TD(days=32)).replace(day=1) - TD(days=1)
            while not office_day(pd_):
                pd_ -= TD(days=1)
            last = max(inv["d"] for inv in lst)
            while pd_ < last or not office_day(pd_):
                pd_ += TD(days=1)
            applied = [(inv, r2(inv["total"] - inv["paid"])) for inv in lst if r2(inv["total"] - inv["paid"]) > 0]
            if pd_ <= END and applied:
                for inv, _ in applied:
                    inv["paid"] = inv["total"]
                add_payment(pd_, payer, applied, "transfer", ref=f"Payroll {y}-{mth:02d}")
            continue
        if payer is coastal and (y, mth) >= (2025, 6):
            continue                               # in liquidation: June - August 2025 never paid
        late = R.random()
        if terms in (2, 4, 1):
            # paid invoice by invoice
            for inv in lst:
                pd_ = inv["due"] + TD(days=R.randint(-5, 3) if late < 0.8 else R.randint(4, 40))
                if pd_ < inv["d"]:
                    pd_ = inv["d"] + TD(days=1)
                while not office_day(pd_):
                    pd_ += TD(days=1)
                amt = r2(inv["total"] - inv["paid"])
                if pd_ <= END and amt > 0:
                    inv["paid"] = inv["total"]
                    add_payment(pd_, payer, [(inv, amt)], "transfer", ref=inv["numatcard"] or str(inv["num"]))
            continue
        pd_ = due + TD(days=R.randint(-4, 0) if late < 0.78 else R.randint(1, 12) if late < 0.95 else R.randint(13, 60))
        while not office_day(pd_):
            pd_ += TD(days=1)
        if pd_ > END:
            continue
        applied = []
        for inv in lst:
            amt = r2(inv["total"] - inv["paid"])
            if amt > 0:
                applied.append((inv, amt))
                inv["paid"] = inv["total"]
        if applied:
            add_payment(pd_, payer, applied, "transfer", ref=f"{payer['code']} stmt {y}-{mth:02d}")
    # cancelled payments (keyed on the wrong customer, cancelled and keyed again)
    real = [p for p in payments if p["kind"] == "transfer" and p["bp"]["group"] in (100, 101)]
    for p in R.sample(real, 4):
        wrong = R.choice([b for b in trade if b["branch"] == p["bp"]["branch"] and b is not p["bp"] and b["created"] <= p["d"]])
        add_payment(p["d"], wrong, [], "transfer", comment=f"Keyed on wrong account - see {p['bp']['code']}", canceled="Y", ref=p["ref"])
        payments[-1]["total"] = p["total"]
    payments.sort(key=lambda p: (p["d"], p["entry"]))
    for i, p in enumerate(payments):
        p["entry"] = i + 1
        p["num"] = SERIES[("24", 0)][2] + i
    # ------------------------------------------------------------------ write documents
    for inv in invoices:
        bp = inv["bp"]
        status = "C" if inv["canceled"] != "N" or r2(inv["paid"]) >= inv["total"] else "O"
        comments = inv["comments"]
        if inv["base_quote"] is not None:
            comments = f"Based On Sales Quotations {inv['base_quote']['num']}."
        if inv["canceled"] == "Y":
            comments = R.choice(["Wrong account - re-invoiced", "Keyed twice", "Customer changed colour - cancelled", "Should have been cash sale"])
        addr_txt = f"{bp['street']}\n{bp['block'] or ''}\n{bp['city']} {bp['zip']}".replace("\n\n", "\n")
        ins("OINV", (inv["entry"], inv["num"], "I", inv["canceled"], status, "13", sdt(inv["d"]), sdt(inv["due"]), sdt(inv["d"]), bp["code"], inv["card_name"], addr_txt,
                     inv["numatcard"], inv["total"], inv["vat"], 0.0, 0.0, inv["round"], r2(inv["paid"]) if inv["canceled"] == "N" else 0.0, "NZD", 1.0, inv["rep"],
                     inv["terms"] if not inv["cash"] else -1, inv["series"], inv["br"], inv["bpl_name"], inv["trnsp"], comments,
                     f"A/R Invoices - {bp['code']}", sdt(inv["d"]), inv["t"], R.choice([1, 2, 3, 4, 5, 6]), inv["site"]))
        for i, l in enumerate(inv["lines"]):
            it = IT[l["item"]]
            whs = BRANCHES[inv["br"] - 1][8] if inv["trnsp"] != 4 or inv["br"] != 1 else "PEN-DC"
            base = l["base"] or (-1, None, None)
            ins("INV1", (inv["entry"], i, l["item"], l["desc"], float(l["q"]), l["before"], l["disc"], l["price"], l["pav"], "NZD", l["lt"], "GST", 15.0, l["vat"], l["gt"],
                         whs, inv["rep"], it["unit"], base[0], base[1], base[2], "C", l["cost"], l["colour"], l["ccode"]))
    # cancellation documents (CANCELED = 'C'), added after the invoices in DocEntry order
    for inv in sorted([i for i in invoices if i["canceled"] == "Y"], key=lambda i: i["c_entry"]):
        nxt, num = inv["c_entry"], inv["c_num"]
        bp = inv["bp"]
        ins("OINV", (nxt, num, "I", "C", "C", "13", sdt(inv["cancel_day"]), sdt(inv["cancel_day"]), sdt(inv["cancel_day"]), bp["code"], inv["card_name"], None, inv["numatcard"],
                     inv["total"], inv["vat"], 0.0, 0.0, inv["round"], 0.0, "NZD", 1.0, inv["rep"], inv["terms"] if not inv["cash"] else -1, inv["series"], inv["br"],
                     inv["bpl_name"] if inv["cancel_day"] < HAM_MOVE or inv["br"] != 3 else BRANCHES[2][1], inv["trnsp"],
                     f"Based On A/R Invoices {inv['num']}. Cancelled", f"A/R Invoices - {bp['code']}", sdt(inv["cancel_day"]), inv["cancel_t"],
                     R.choice([1, 2, 3]), inv["site"]))
        for i, l in enumerate(inv["lines"]):
            it = IT[l["item"]]
            ins("INV1", (nxt, i, l["item"], l["desc"], float(l["q"]), l["before"], l["disc"], l["price"], l["pav"], "NZD", l["lt"], "GST", 15.0, l["vat"], l["gt"],
                         BRANCHES[inv["br"] - 1][8], inv["rep"], it["unit"], 13, inv["entry"], i, "C", l["cost"], l["colour"], l["ccode"]))
    for cr in credits:
        inv = cr["inv"]
        bp = inv["bp"]
        bpl = "Hamilton" if inv["br"] == 3 and cr["d"] < HAM_MOVE else BRANCHES[inv["br"] - 1][1]
        ins("ORIN", (cr["entry"], cr["num"], "I", "N", "C", "14", sdt(cr["d"]), sdt(cr["d"]), sdt(cr["d"]), bp["code"], inv["card_name"], inv["numatcard"], cr["total"], cr["vat"],
                     cr["total"], "NZD", inv["rep"], SERIES[("14", inv["br"])][0], inv["br"], bpl, f"Based On A/R Invoices {inv['num']}.",
                     f"A/R Credit Memo - {bp['code']}", sdt(cr["d"]), cr["t"], cr["reason"]))
        for i, l in enumerate(cr["lines"]):
            ins("RIN1", (cr["entry"], i, l["item"], l["desc"], float(l["q"]), l["price"], l["pav"], l["lt"], "GST", l["vat"], l["gt"], BRANCHES[inv["br"] - 1][8], 13, inv["entry"],
                         l["base_line"], l["colour"]))
    for qt in quotes:
        bp = qt["bp"]
        total = r2(sum(l["gt"] for l in qt["lines"]))
        vat = r2(sum(l["vat"] for l in qt["lines"]))
        bpl = "Hamilton" if qt["br"] == 3 and qt["d"] < HAM_MOVE else BRANCHES[qt["br"] - 1][1]
        ins("OQUT", (qt["entry"], qt["num"], "I", "N", qt["status"], "23", sdt(qt["d"]), sdt(qt["d"] + TD(days=30)), sdt(qt["d"]), bp["code"], bp["name"],
                     R.choice([None, f"{R.choice(STREETS)} repaint", "Exterior repaint", "Interior - 3 bdrm", "Deck + fence", "Roof recoat"]), total, vat, "NZD", qt["rep"],
                     SERIES[("23", 0)][0], qt["br"], bpl, None, sdt(qt["d"]), qt["t"]))
        for i, l in enumerate(qt["lines"]):
            ins("QUT1", (qt["entry"], i, l["item"], l["desc"], float(l["q"]), l["price"], l["disc"], l["lt"], "GST", l["vat"], l["gt"], BRANCHES[qt["br"] - 1][8],
                         "C" if qt["status"] == "C" else "O", 13 if qt["target"] else -1, qt["target"], l["colour"]))
    for p in payments:
        bp = p["bp"]
        cash = p["total"] if p["kind"] == "cash" else 0.0
        credit = p["total"] if p["kind"] in ("eftpos", "credit") else 0.0
        trsf = p["total"] if p["kind"] == "transfer" else 0.0
        br = p["applied"][0][0]["br"] if p["applied"] else bp["branch"]
        ins("ORCT", (p["entry"], p["num"], "C", p["canceled"], sdt(p["d"]), sdt(p["d"]), bp["code"], bp["name"], cash, credit, trsf, p["ref"] if trsf else None,
                     p["total"], br, "Incoming Payment - " + bp["code"], p["comment"], sdt(p["d"])))
        for i, (inv, amt) in enumerate(p["applied"]):
            ins("RCT2", (p["entry"], i, inv["entry"], "13", amt))
    # ------------------------------------------------------------------ master data rows
    last_doc = {}
    for inv in invoices:
        last_doc[inv["bp"]["code"]] = inv["d"]
    bal = {}
    for inv in invoices:
        if inv["canceled"] == "N":
            bal[inv["bp"]["code"]] = r2(bal.get(inv["bp"]["code"], 0.0) + inv["total"] - inv["paid"])
    for code in bp_order:
        bp = BP[code]
        upd = bp.get("converted") or (LIQUIDATION if bp is coastal else REP_LEFT if bp["rep"] == 8 else bp["frozen"] if bp["frozen"] else None)
        credit_line = 0.0 if bp["group"] in (104, 105, 106) or bp["type"] != "C" else float(R.choice([2000, 5000, 5000, 10000, 15000, 25000]))
        ins("OCRD", (code, bp["name"], bp["type"], bp["group"], None, bp["street"], bp["zip"], bp["city"], {1: "Auckland", 2: "Auckland", 3: "Waikato", 4: "Bay of Plenty", 5: "Wellington"}[bp["branch"]],
                     "NZ", bp["phone"], bp["mobile"], bp["email"], bp["contact"] if bp["group"] not in (104,) else None, bp["gst"], bp["terms"], bp["plist"], credit_line,
                     bal.get(code, 0.0), bp["disc"], bp.get("rep_now", bp["rep"]), "Y" if not bp["frozen"] else "N", "Y" if bp["frozen"] else "N",
                     sdt(bp["frozen"]) if bp["frozen"] else None, bp["father"], "P" if bp["father"] else None, bp["branch"], sdt(bp["created"]),
                     sdt(upd) if upd else None, "In liquidation - do not supply" if bp is coastal else "Duplicate of C" + tama["code"][1:] if bp is tama_dup else None,
                     bp["source"]))
        if bp["type"] in ("C", "L") and bp["group"] != 104:
            ins("CRD1", (code, "Bill To", "B", bp["street"], bp["block"], bp["city"], bp["zip"], None, "NZ", 0))
            if R.random() < 0.3:
                ins("CRD1", (code, "Ship To", "S", bp["street"], bp["block"], bp["city"], bp["zip"], None, "NZ", 1))
    # items, prices and stock
    sold = {}
    for inv in invoices:
        if inv["canceled"] == "N":
            for l in inv["lines"]:
                sold[l["item"]] = sold.get(l["item"], 0) + l["q"]
    whs_list = [b[8] for b in BRANCHES] + ["PEN-DC"]
    for it in ITEMS:
        frozen = it["code"] in DISCONTINUED
        upd = RENAME_DAY if it["stem"] in RENAMED else PRICE_RISE if it["kind"] == "paint" else DISCONTINUED.get(it["code"])
        stock_total = 0.0
        oitw = []
        if it["stock"] == "Y":
            for w in whs_list:
                if w == "PET" and it["created"] > END:
                    continue
                oh = 0.0 if frozen else float(R.randint(0, 60) if it["kind"] == "paint" else R.randint(0, 120))
                if w == "PEN-DC" and not frozen:
                    oh = float(R.randint(40, 400))
                stock_total += oh
                oitw.append((it["code"], w, oh, 0.0, float(R.choice([0, 0, 0, 24, 48])), 6.0 if w != "PEN-DC" else 50.0, 80.0 if w != "PEN-DC" else 600.0))
        ins("OITM", (it["code"], it["name"], None, it["grp"], it["firm"], None if it["kind"] == "service" else f"94{R.randint(10 ** 10, 10 ** 11 - 1)}",
                     it["stock"], "Y", "Y" if it["kind"] != "service" else "N", it["unit"], it["unit"] if it["stock"] == "Y" else None, "GST", it["vendor"],
                     "N" if frozen else "Y", "Y" if frozen else "N", sdt(DISCONTINUED[it["code"]] + TD(days=1)) if frozen else None, sdt(it["created"]), sdt(upd) if upd else None,
                     stock_total, 0.0, 0.0, r4(retail_at(it, END) / 1.15 * 0.52) if it["kind"] != "service" else 0.0, it["litres"], it["fin"], it["tint"]))
        for r in oitw:
            ins("OITW", r)
        for lst in PRICE_LISTS:
            ln = lst[0]
            if ln == 1:
                p = retail_at(it, END) if it["kind"] != "service" else it["price"]
            else:
                p = list_net(it, ln, END) if it["kind"] != "service" else r2(it["price"] / 1.15)
            ins("ITM1", (it["code"], ln, p, "NZD", lst[3]))
    for k, s in SERIES.items():
        obj, br = k
        ins("NNM1", (obj, s[0], s[1], s[2], s[3], None, br if br else None, {"13": "A/R invoices", "14": "A/R credit memos", "23": "Sales quotations", "24": "Incoming payments"}[obj], "N"))

    for t, lst in rows.items():
        ph = ",".join("?" * len(lst[0]))
        con.executemany(f'INSERT INTO "{t}" VALUES ({ph})', [tuple(r) for r in lst])
    con.commit()
    con.execute("VACUUM")
    con.close()


def bp_dup_window(d):
    """Rosters keyed Tama Decorators on the duplicate account from 14 April to 2 May 2025."""
    return D(2025, 4, 14) <= d <= D(2025, 5, 2)


if __name__ == "__main__":
    main()
