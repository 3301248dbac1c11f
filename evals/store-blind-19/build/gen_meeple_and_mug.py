"""Meeple & Mug: a (fictional) board-game cafe in Minnesota.  Guests pay a play fee per person to use the game library
(members play free), eat and drink while they play, and can buy boxed games and accessories to take home.

Cafes: Uptown (Minneapolis, since 2019) and Grand Ave (St. Paul, since 2021) open Tuesday to Sunday; Rochester opened on
Friday 14 March 2025 and opens Wednesday to Sunday.  Every cafe is closed on Thanksgiving Day, 24-25 December and
1 January.  Menu prices exclude Minnesota sales tax, which is added per ticket at the cafe's rate (8.025 % Uptown,
7.875 % Grand Ave, 7.625 % Rochester).  Tips are on top and go to the staff.  The play fee went up on 1 January 2025 from
$8 to $9 (Tuesday-Thursday) and from $10 to $12 (Friday-Sunday).  Members get free play for themselves and 10 % off food
and drink (code MEMBER10); a birthday guest plays free (BDAY); a manager can comp the food and drink (COMP).

Schema style: a HAND-ROLLED PHP / MySQL app written by the owner's brother-in-law in 2019 and moved to SQLite in 2023:
  * 'mm_' prefixed singular snake_case tables (mm_ticket, mm_ticket_item, mm_member ...) with camelCase columns
    (ticketId, serverId, discountAmt, homeLocationId, playMinutes);
  * money as REAL dollars computed with PHP floats, so line totals and subtotals carry float noise (16.049999999999997);
  * dates as TEXT in the US format 'MM/DD/YYYY' and times as TEXT 'h:mm AM' / 'h:mm PM';
  * integer status codes in ONE lookup table mm_status (ticket: Open / Closed / Voided / Refunded;
    booking: Confirmed / Seated / No-show / Cancelled) and small lookups mm_role, mm_pay_method, mm_category;
  * soft deletes as a 'deleted' 0/1 column (retired library copies, menu items taken off, erased and test members)
    plus an 'active' 0/1 on staff;
  * self-references: mm_staff.managerId, mm_category.parentId and mm_payment.refundOf (a refund -> the payment it reverses);
  * the many-to-many mm_ticket_game (ticket <-> library copy played, primary key over the pair, no id);
  * dirty data: library copies of one title keyed in different case ('Ticket to Ride' / 'Ticket To Ride'), a trailing
    space ('Wingspan '), the cold brew keyed twice ('Cold Brew' / 'COLD BREW'), members who signed up twice with the
    same e-mail in another case, St. Paul typed three ways, phone numbers in four formats, NULL e-mails and phones,
    voided lines, voided tickets, three tickets left open, refunded tickets, no-shows and cancellations.

Standard library only; fixed seed; deterministic output."""
import calendar, datetime as dt, math, os, random, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import MN_FIRST, MN_LAST

SEED = 8862157
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "meeple_and_mug.sqlite")
D, TD = dt.date, dt.timedelta
START, END = D(2024, 1, 2), D(2025, 12, 31)
R = random.Random(SEED)

SCHEMA = """
CREATE TABLE mm_location (locationId INTEGER PRIMARY KEY, name TEXT, street TEXT, city TEXT, state TEXT, zip TEXT, phone TEXT, taxRate REAL, openedOn TEXT, tableCount INTEGER, openDays TEXT);
CREATE TABLE mm_role (roleId INTEGER PRIMARY KEY, roleName TEXT, isTipped INTEGER);
CREATE TABLE mm_staff (staffId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, roleId INTEGER REFERENCES mm_role(roleId), locationId INTEGER REFERENCES mm_location(locationId), managerId INTEGER REFERENCES mm_staff(staffId), email TEXT, phone TEXT, hireDate TEXT, termDate TEXT, hourlyRate REAL, active INTEGER);
CREATE TABLE mm_status (statusCode INTEGER PRIMARY KEY, appliesTo TEXT, label TEXT);
CREATE TABLE mm_category (categoryId INTEGER PRIMARY KEY, name TEXT, parentId INTEGER REFERENCES mm_category(categoryId), sortOrder INTEGER);
CREATE TABLE mm_item (itemId INTEGER PRIMARY KEY, name TEXT, categoryId INTEGER REFERENCES mm_category(categoryId), price REAL, ageCheck INTEGER, addedOn TEXT, deleted INTEGER DEFAULT 0);
CREATE TABLE mm_member (memberId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, email TEXT, phone TEXT, city TEXT, state TEXT, zip TEXT, plan TEXT, homeLocationId INTEGER REFERENCES mm_location(locationId), joinDate TEXT, cancelDate TEXT, deleted INTEGER DEFAULT 0);
CREATE TABLE mm_game (gameId INTEGER PRIMARY KEY, locationId INTEGER REFERENCES mm_location(locationId), title TEXT, publisher TEXT, minPlayers INTEGER, maxPlayers INTEGER, playMinutes INTEGER, weight REAL, addedOn TEXT, deleted INTEGER DEFAULT 0, deletedOn TEXT, deletedNote TEXT);
CREATE TABLE mm_pay_method (methodCode TEXT PRIMARY KEY, label TEXT, isCard INTEGER);
CREATE TABLE mm_ticket (ticketId INTEGER PRIMARY KEY, locationId INTEGER REFERENCES mm_location(locationId), tableNo INTEGER, ticketDate TEXT, openedAt TEXT, closedAt TEXT, serverId INTEGER REFERENCES mm_staff(staffId), memberId INTEGER REFERENCES mm_member(memberId), guests INTEGER, statusCode INTEGER REFERENCES mm_status(statusCode), subtotal REAL, discountCode TEXT, discountAmt REAL, tax REAL, tip REAL, total REAL);
CREATE TABLE mm_ticket_item (lineId INTEGER PRIMARY KEY, ticketId INTEGER REFERENCES mm_ticket(ticketId), itemId INTEGER REFERENCES mm_item(itemId), qty INTEGER, unitPrice REAL, lineTotal REAL, voided INTEGER DEFAULT 0);
CREATE TABLE mm_ticket_game (ticketId INTEGER NOT NULL REFERENCES mm_ticket(ticketId), gameId INTEGER NOT NULL REFERENCES mm_game(gameId), PRIMARY KEY (ticketId, gameId));
CREATE TABLE mm_payment (paymentId INTEGER PRIMARY KEY, ticketId INTEGER REFERENCES mm_ticket(ticketId), methodCode TEXT REFERENCES mm_pay_method(methodCode), amount REAL, tipAmount REAL, paidDate TEXT, paidTime TEXT, refundOf INTEGER REFERENCES mm_payment(paymentId), staffId INTEGER REFERENCES mm_staff(staffId));
CREATE TABLE mm_booking (bookingId INTEGER PRIMARY KEY, locationId INTEGER REFERENCES mm_location(locationId), memberId INTEGER REFERENCES mm_member(memberId), bookingName TEXT, phone TEXT, partySize INTEGER, bookingDate TEXT, bookingTime TEXT, statusCode INTEGER REFERENCES mm_status(statusCode), createdOn TEXT, ticketId INTEGER REFERENCES mm_ticket(ticketId));
"""

UPT, GRD, ROC = 1, 2, 3
LOCATIONS = [(UPT, "Meeple & Mug Uptown", "1414 W Lake St", "Minneapolis", "MN", "55408", "(612) 555-0142", 8.025, "04/18/2019", 18, "Tue-Sun"),
             (GRD, "Meeple & Mug Grand Ave", "1087 Grand Ave", "St. Paul", "MN", "55105", "(651) 555-0187", 7.875, "09/05/2021", 14, "Tue-Sun"),
             (ROC, "Meeple & Mug Rochester", "310 S Broadway", "Rochester", "MN", "55904", "(507) 555-0119", 7.625, "03/14/2025", 12, "Wed-Sun")]
ROC_OPEN = D(2025, 3, 14)
TAX = {UPT: 8.025, GRD: 7.875, ROC: 7.625}
OPEN_WD = {UPT: {1, 2, 3, 4, 5, 6}, GRD: {1, 2, 3, 4, 5, 6}, ROC: {2, 3, 4, 5, 6}}
HOURS = {1: (660, 1320), 2: (660, 1320), 3: (660, 1320), 4: (660, 1439), 5: (660, 1439), 6: (660, 1260)}
CLOSED = {D(2024, 11, 28), D(2025, 11, 27), D(2024, 12, 24), D(2024, 12, 25), D(2025, 12, 24), D(2025, 12, 25), D(2025, 1, 1), D(2026, 1, 1)}
ROLES = [(1, "Owner", 0), (2, "General Manager", 0), (3, "Shift Lead", 1), (4, "Server", 1), (5, "Game Guru", 1), (6, "Barista", 1), (7, "Line Cook", 0)]
# staffId, first, last, role, location (current), manager, hire, term, hourly
STAFF = [(1, "Kristin", "Lindqvist", 1, UPT, None, "04/18/2019", None, 0.0),
         (2, "Tyler", "Bergstrom", 2, UPT, 1, "04/01/2019", None, 27.5),
         (3, "Mai", "Xiong", 2, GRD, 1, "08/16/2021", None, 27.5),
         (4, "Ben", "Halvorson", 2, ROC, 1, "06/10/2020", None, 26.0),
         (5, "Jenna", "Solberg", 3, UPT, 2, "03/02/2021", None, 17.5),
         (6, "Abdi", "Warsame", 3, UPT, 2, "02/04/2025", None, 17.5),
         (7, "Astrid", "Nygaard", 3, GRD, 3, "09/01/2021", None, 17.5),
         (8, "José", "Ramírez", 3, GRD, 3, "05/17/2022", None, 17.0),
         (9, "Pa", "Vang", 3, ROC, 4, "02/17/2025", None, 17.0),
         (10, "Kayla", "Schmidt", 4, UPT, 5, "07/12/2022", None, 11.5),
         (11, "Nick", "Carlson", 5, UPT, 5, "10/03/2021", None, 12.0),
         (12, "Sofía", "Hernández", 4, UPT, 6, "01/09/2023", None, 11.5),
         (13, "Zach", "Olson", 6, UPT, 6, "05/22/2023", None, 11.5),
         (14, "Hodan", "Ali", 4, UPT, 5, "11/14/2022", "08/18/2024", 11.5),
         (15, "Erik", "Sjöberg", 5, UPT, 6, "03/05/2024", None, 12.0),
         (16, "Megan", "Tran", 4, UPT, 5, "09/10/2024", None, 11.5),
         (17, "Liv", "Gustafson", 4, GRD, 7, "09/01/2021", None, 11.5),
         (18, "Kou", "Thao", 5, GRD, 7, "04/11/2022", None, 12.0),
         (19, "Brittany", "Koch", 4, GRD, 8, "06/06/2023", "06/14/2025", 11.5),
         (20, "Ramón", "Peña", 6, GRD, 8, "02/20/2024", None, 11.5),
         (21, "Chloë", "Dvořák", 4, GRD, 7, "10/01/2024", None, 11.5),
         (22, "Yusuf", "Jama", 4, GRD, 8, "07/08/2025", None, 11.5),
         (23, "Hannah", "Engstrom", 4, ROC, 9, "02/24/2025", None, 11.5),
         (24, "Minh", "Pham", 5, ROC, 9, "02/24/2025", None, 12.0),
         (25, "Søren", "Haugen", 4, ROC, 9, "03/03/2025", "11/02/2025", 11.5),
         (26, "Gunnar", "Thorson", 7, UPT, 2, "04/01/2019", None, 18.0),
         (27, "Ifrah", "Osman", 7, GRD, 3, "08/23/2021", None, 18.0),
         (28, "Lucía", "Muñoz", 7, ROC, 4, "02/24/2025", None, 18.0)]
ROLE_OF = {s[0]: s[3] for s in STAFF}
TIP_F = {1: 0.9, 2: 0.95, 3: 1.0, 4: 1.0, 5: 1.3, 6: 0.8, 7: 0.0}   # game gurus teach the rules at the table and get tipped for it
BEN_MOVE = D(2025, 3, 1)   # Ben was a shift lead at Uptown (reporting to Tyler) until he became Rochester's general manager
STATUS = [(1, "ticket", "Open"), (2, "ticket", "Closed"), (3, "ticket", "Voided"), (4, "ticket", "Refunded"),
          (11, "booking", "Confirmed"), (12, "booking", "Seated"), (13, "booking", "No-show"), (14, "booking", "Cancelled")]
CATS = [(1, "Food & Drink", None, 1), (11, "Coffee & Tea", 1, 2), (12, "Beer & Wine", 1, 3), (13, "Soft Drinks", 1, 4), (14, "Food", 1, 5),
        (2, "Play", None, 6), (21, "Play Fees", 2, 7), (3, "Retail", None, 8), (31, "Games", 3, 9), (32, "Accessories & Merch", 3, 10)]
FNB = {11, 12, 13, 14}
METHODS = [("VISA", "Visa", 1), ("MC", "Mastercard", 1), ("AMEX", "American Express", 1), ("DISC", "Discover", 1), ("CASH", "Cash", 0), ("GIFT", "Gift Card", 0)]
# key, name, category, price today, age check, added, deleted (taken off the menu: last day sold)
ITEMS = [("drip", "Drip Coffee", 11, 3.00), ("latte", "Latte", 11, 5.35), ("capp", "Cappuccino", 11, 5.15), ("coldbrew", "Cold Brew", 11, 4.75),
         ("coldbrew2", "COLD BREW", 11, 4.75), ("chai", "Chai Latte", 11, 5.45), ("cocoa", "Hot Chocolate", 11, 4.25), ("tea", "Hot Tea", 11, 3.25),
         ("surly", "Surly Furious IPA", 12, 7.50), ("summit", "Summit EPA", 12, 7.00), ("fulton", "Fulton Lonely Blonde", 12, 7.00),
         ("bentpaddle", "Bent Paddle Cold Press Black", 12, 7.50), ("castle", "Castle Danger Cream Ale", 12, 7.00), ("cider", "Sociable Cider Werks Freewheeler", 12, 7.25),
         ("red", "House Red Wine", 12, 8.50), ("white", "House White Wine", 12, 8.50),
         ("soda", "Fountain Soda", 13, 2.95), ("italian", "Italian Soda", 13, 4.45), ("rootbeer", "Root Beer (bottle)", 13, 3.25), ("sparkling", "Sparkling Water", 13, 2.50),
         ("nachos", "Nachos", 14, 11.25), ("pretzel", "Pretzel Bites", 14, 9.45), ("flatbread", "Flatbread Pizza", 14, 13.50), ("grilled", "Grilled Cheese & Tomato Soup", 14, 10.95),
         ("hummus", "Hummus Plate", 14, 10.25), ("popcorn", "Popcorn", 14, 4.15), ("cookie", "Chocolate Chip Cookie", 14, 3.15), ("meeplecookie", "Meeple Cookie", 14, 3.65),
         ("brownie", "Brownie", 14, 3.95), ("charcuterie", "Charcuterie Board", 14, 17.95), ("walleye", "Walleye Bites", 14, 14.50), ("hotdish", "Tater Tot Hotdish", 14, 12.95),
         ("fee_wd", "Play Fee - Weekday", 21, 9.00), ("fee_we", "Play Fee - Weekend", 21, 12.00), ("fee_mem", "Member Play", 21, 0.00), ("fee_kid", "Play Fee - Kid (under 12)", 21, 5.00),
         ("r_catan", "Catan", 31, 55.00), ("r_ttr", "Ticket to Ride", 31, 54.99), ("r_wingspan", "Wingspan", 31, 65.00), ("r_azul", "Azul", 31, 39.99),
         ("r_codenames", "Codenames", 31, 24.99), ("r_splendor", "Splendor", 31, 44.99), ("r_pandemic", "Pandemic", 31, 44.99), ("r_carc", "Carcassonne", 31, 34.99),
         ("r_7w", "7 Wonders", 31, 59.99), ("r_cascadia", "Cascadia", 31, 44.99), ("r_everdell", "Everdell", 31, 69.99), ("r_sushi", "Sushi Go!", 31, 12.99),
         ("r_kittens", "Exploding Kittens", 31, 19.99), ("r_heat", "Heat: Pedal to the Metal", 31, 69.99), ("r_flip7", "Flip 7", 31, 14.99), ("r_kingdomino", "Kingdomino", 31, 21.99),
         ("r_root", "Root", 31, 64.99),
         ("sleeves", "Card Sleeves (100)", 32, 5.99), ("dice", "Dice Set (7 piece)", 32, 12.99), ("tshirt", "Meeple & Mug T-Shirt", 32, 24.00), ("mug", "Meeple & Mug Mug", 32, 16.00)]
ADDED = {"coldbrew2": D(2025, 3, 14), "castle": D(2025, 5, 2), "hotdish": D(2024, 10, 15), "r_heat": D(2025, 2, 11), "r_flip7": D(2025, 6, 20),
         "walleye": D(2024, 4, 9), "mug": D(2024, 11, 22)}
TAKEN_OFF = {"charcuterie": D(2025, 6, 30), "r_root": D(2024, 12, 31), "cider": D(2025, 8, 31)}
OLD_PRICE = {"fee_wd": (D(2025, 1, 1), 8.00), "fee_we": (D(2025, 1, 1), 10.00)}
# library titles: title, publisher, min, max, minutes, weight, popularity, added (None = before 2024), locations
GAMES = [("Catan", "Catan Studio", 3, 4, 90, 2.3, 8), ("Ticket to Ride", "Days of Wonder", 2, 5, 60, 1.8, 9), ("Wingspan", "Stonemaier Games", 1, 5, 70, 2.4, 7),
         ("Azul", "Next Move Games", 2, 4, 45, 1.8, 7), ("Codenames", "Czech Games Edition", 4, 8, 15, 1.3, 10), ("Splendor", "Space Cowboys", 2, 4, 30, 1.8, 6),
         ("Pandemic", "Z-Man Games", 2, 4, 45, 2.4, 5), ("Carcassonne", "Z-Man Games", 2, 5, 45, 1.9, 6), ("7 Wonders", "Repos Production", 3, 7, 30, 2.3, 5),
         ("Cascadia", "Flatout Games", 1, 4, 45, 1.9, 6), ("Everdell", "Starling Games", 1, 4, 80, 2.8, 4), ("Root", "Leder Games", 2, 4, 90, 3.7, 3),
         ("Sushi Go!", "Gamewright", 2, 5, 15, 1.2, 6), ("Exploding Kittens", "Exploding Kittens", 2, 5, 15, 1.1, 6), ("Dixit", "Libellud", 3, 6, 30, 1.2, 5),
         ("King of Tokyo", "IELLO", 2, 6, 30, 1.5, 5), ("Jaipur", "Space Cowboys", 2, 2, 30, 1.5, 4), ("Patchwork", "Lookout Games", 2, 2, 30, 1.6, 4),
         ("Scythe", "Stonemaier Games", 1, 5, 115, 3.4, 2), ("Terraforming Mars", "FryxGames", 1, 5, 120, 3.3, 3), ("Spirit Island", "Greater Than Games", 1, 4, 120, 4.1, 2),
         ("The Quacks of Quedlinburg", "North Star Games", 2, 4, 45, 1.9, 5), ("Heat: Pedal to the Metal", "Days of Wonder", 1, 6, 60, 2.2, 6),
         ("Flip 7", "The Op Games", 3, 18, 20, 1.0, 7), ("Just One", "Repos Production", 3, 7, 20, 1.0, 5), ("Wavelength", "CMYK", 2, 12, 45, 1.1, 6),
         ("Monopoly Deal", "Hasbro", 2, 5, 15, 1.1, 4), ("Uno", "Mattel", 2, 10, 30, 1.0, 5), ("Scrabble", "Hasbro", 2, 4, 90, 2.0, 3), ("Blokus", "Mattel", 2, 4, 20, 1.3, 4),
         ("Labyrinth", "Ravensburger", 2, 4, 20, 1.2, 3), ("Clue", "Hasbro", 3, 6, 45, 1.7, 4), ("Risk", "Hasbro", 2, 5, 120, 2.1, 2), ("Hanabi", "R&R Games", 2, 5, 25, 1.7, 3),
         ("The Crew", "KOSMOS", 2, 5, 20, 2.0, 4), ("Ark Nova", "Capstone Games", 1, 4, 150, 3.8, 2), ("Brass: Birmingham", "Roxley", 2, 4, 120, 3.9, 2),
         ("Dune: Imperium", "Dire Wolf", 1, 4, 120, 3.0, 3), ("Mysterium", "Libellud", 2, 7, 42, 1.9, 4), ("Sagrada", "Floodgate Games", 1, 4, 40, 1.9, 4),
         ("Kingdomino", "Blue Orange Games", 2, 4, 15, 1.2, 5), ("Cartographers", "Thunderworks Games", 1, 100, 45, 1.9, 4)]
GAME_ADDED = {"Heat: Pedal to the Metal": D(2025, 2, 11), "Flip 7": D(2025, 6, 20), "Ark Nova": D(2024, 6, 4), "Brass: Birmingham": D(2024, 9, 17)}
NOT_AT_GRD = {"Risk", "Scrabble", "Spirit Island", "Labyrinth", "Brass: Birmingham", "Monopoly Deal"}
AT_ROC = {"Catan", "Ticket to Ride", "Wingspan", "Azul", "Codenames", "Splendor", "Pandemic", "Carcassonne", "Cascadia", "Sushi Go!", "Exploding Kittens",
          "Dixit", "King of Tokyo", "Jaipur", "Patchwork", "The Quacks of Quedlinburg", "Heat: Pedal to the Metal", "Flip 7", "Just One", "Wavelength", "Uno",
          "Blokus", "Clue", "The Crew", "Mysterium", "Kingdomino", "Everdell", "Dune: Imperium"}
TITLE_AS_KEYED = {(GRD, "Ticket to Ride"): "Ticket To Ride", (ROC, "Wingspan"): "Wingspan ", (GRD, "Codenames"): "CODENAMES"}
# copies taken out of the library: (location, title, date, note)
RETIRED = [(UPT, "Risk", D(2024, 7, 14), "missing pieces"), (UPT, "Exploding Kittens", D(2025, 2, 9), "cards worn out"),
           (GRD, "Pandemic", D(2024, 11, 3), "coffee spilled on board"), (GRD, "Clue", D(2025, 8, 20), "missing pieces"),
           (UPT, "Scrabble", D(2025, 10, 5), "never played"), (ROC, "Uno", D(2025, 9, 12), "missing cards")]
CITIES = {UPT: [("Minneapolis", "MN", "554", 40), ("Richfield", "MN", "55423", 6), ("Edina", "MN", "55424", 4), ("Bloomington", "MN", "55420", 4),
                ("St. Louis Park", "MN", "55416", 5), ("Golden Valley", "MN", "55427", 2), ("Hopkins", "MN", "55343", 2), ("Richfield", "WI", "53076", 1.2),
                ("Hudson", "WI", "54016", 1)],
          GRD: [("St. Paul", "MN", "551", 20), ("Saint Paul", "MN", "551", 6), ("St Paul", "MN", "551", 3), ("West St. Paul", "MN", "55118", 2),
                ("South St. Paul", "MN", "55075", 1.5), ("Roseville", "MN", "55113", 4), ("Maplewood", "MN", "55109", 3), ("Woodbury", "MN", "55125", 3),
                ("Eagan", "MN", "55122", 3), ("Minneapolis", "MN", "554", 5), ("Hudson", "WI", "54016", 2), ("Richfield", "WI", "53076", 0.6)],
          ROC: [("Rochester", "MN", "559", 30), ("Byron", "MN", "55920", 3), ("Stewartville", "MN", "55976", 3), ("Kasson", "MN", "55944", 2), ("Winona", "MN", "55987", 1)]}


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def poisson(mu):
    L, k, p = math.exp(-mu), 0, 1.0
    while True:
        p *= R.random()
        if p <= L:
            return k
        k += 1


def us(d):
    return d.strftime("%m/%d/%Y")


def from_us(s):
    return D(int(s[6:]), int(s[:2]), int(s[3:5]))


def hm(minute):
    h, m = divmod(minute, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def opens(loc, d):
    return d not in CLOSED and d.weekday() in OPEN_WD[loc] and not (loc == ROC and d < ROC_OPEN)


def staff_loc(s, d):
    if s[0] == 4:
        return UPT if d < BEN_MOVE else ROC
    return s[4]


def roster(loc, d):
    out = []
    for s in STAFF:
        if s[3] == 7 or staff_loc(s, d) != loc or from_us(s[6]) > d or (s[7] and from_us(s[7]) < d):
            continue
        if s[0] == 1:
            out.append((1, 0.15))
        elif s[3] == 2 and not (s[0] == 4 and d < BEN_MOVE):
            out.append((s[0], 0.35))
        else:
            out.append((s[0], 1.0))
    return out


def phone_fmt(area):
    a, b = R.randrange(200, 999), R.randrange(1000, 9999)
    return wpick([(f"({area}) {a}-{b}", 40), (f"{area}-{a}-{b}", 30), (f"{area}{a}{b}", 20), (f"{area}.{a}.{b}", 10)])


def make_members():
    mems, seen_em = [], set()
    for i in range(820):
        home = wpick([(UPT, 50), (GRD, 36), (ROC, 14)])
        city, st, zp, _ = wpick([((c, s, z, w), w) for c, s, z, w in CITIES[home]])
        if len(zp) == 3:
            zp = zp + f"{R.randrange(1, 20):02d}"
        if home == ROC:
            jd = ROC_OPEN - TD(days=R.randrange(0, 20)) + TD(days=R.randrange(0, (END - ROC_OPEN).days))
        elif R.random() < 0.55:
            jd = D(2019, 5, 1) + TD(days=R.randrange((D(2023, 12, 31) - D(2019, 5, 1)).days))
        else:
            jd = START + TD(days=R.randrange((END - START).days))
        if home == GRD:
            jd = max(jd, D(2021, 9, 5))
        fn, ln = R.choice(MN_FIRST), R.choice(MN_LAST)
        cancel = None
        if R.random() < 0.3:
            c = jd + TD(days=R.randrange(40, 900))
            cancel = c if c <= END else None
        area = {UPT: "612", GRD: "651", ROC: "507"}[home] if R.random() < 0.8 else R.choice(["763", "952", "612", "651"])
        asc = fn.lower().translate(str.maketrans("áéíóúñüöøåëç", "aeiounuoaaec"))
        lsc = ln.lower().translate(str.maketrans("áéíóúñüöøåëčřç", "aeiounuoaaecrc"))
        em = None if R.random() < 0.1 else f"{asc}{R.choice(['.', '', '_'])}{lsc}{R.choice(['', '', str(R.randrange(1, 99))])}@{R.choice(['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'comcast.net', 'umn.edu'])}"
        while em is not None and em in seen_em:
            em = em.replace("@", str(R.randrange(10)) + "@")
        if em:
            seen_em.add(em)
        state = st if st != "MN" else wpick([("MN", 92), ("Minnesota", 5), ("mn", 3)])
        m = dict(fn=fn, ln=ln, em=em, ph=None if R.random() < 0.12 else phone_fmt(area), city=city, st=state, zip=zp,
                 plan="Annual" if R.random() < 0.2 else "Monthly", home=home, jd=jd, cancel=cancel, deleted=0, w=min(R.paretovariate(1.2), 30.0))
        if R.random() < 0.03:
            m["ln"] = m["ln"] + " "
        if R.random() < 0.02:
            m["fn"] = m["fn"] + " "
        mems.append(m)
    # the same people signing up twice with the same e-mail in another case
    firsts = [m for m in mems if m["em"] and m["jd"] < D(2024, 9, 1) and not m["cancel"]]
    for m in R.sample(firsts, 9):
        d2 = dict(m)
        d2["em"] = m["em"].capitalize() if R.random() < 0.5 else m["em"].upper()
        if R.random() < 0.5:
            d2["fn"], d2["ln"] = m["fn"].upper(), m["ln"].upper()
        d2["jd"] = m["jd"] + TD(days=R.randrange(60, 400))
        d2["w"] = m["w"] * 0.5
        if d2["jd"] > END:
            d2["jd"] = END - TD(days=10)
        mems.append(d2)
    # test accounts and members erased on request (GDPR-style) stay as soft-deleted rows
    for i in range(3):
        mems.append(dict(fn="Test", ln=["Member", "Account", "Test"][i], em=f"test{i + 1}@meepleandmug.com", ph=None, city="Minneapolis", st="MN", zip="55408",
                         plan="Monthly", home=UPT, jd=D(2024, 2, 6) + TD(days=200 * i), cancel=None, deleted=1, w=0.0))
    erased = R.sample([m for m in mems if m["jd"] < D(2023, 6, 1)], 6)
    for m in erased:
        m["erase"] = True
    mems.sort(key=lambda m: (m["jd"], m["fn"], m["ln"]))
    for i, m in enumerate(mems, 1):
        m["id"] = 1000 + i
    return mems


def main():
    mems = make_members()
    # ------------------------------------------------------------ library copies
    games = []
    for loc in (UPT, GRD, ROC):
        for g in GAMES:
            t = g[0]
            if loc == GRD and t in NOT_AT_GRD or loc == ROC and t not in AT_ROC:
                continue
            added = GAME_ADDED.get(t, None)
            if loc == ROC:
                added = max(added or ROC_OPEN - TD(days=10), ROC_OPEN - TD(days=10))
            elif added is None:
                added = from_us(LOCATIONS[loc - 1][8]) + TD(days=R.randrange(0, 300))
            ret = next(((dd, note) for l, tt, dd, note in RETIRED if l == loc and tt == t), None)
            games.append(dict(loc=loc, title=TITLE_AS_KEYED.get((loc, t), t), base=t, pub=g[1], mn=g[2], mx=g[3], mins=g[4], wt=g[5], pop=g[6],
                              added=added, ret=ret))
    games.sort(key=lambda g: (g["added"], g["loc"], g["base"]))
    for i, g in enumerate(games, 1):
        g["id"] = i
    items = {k: dict(key=k, name=n, cat=c, price=p, added=ADDED.get(k, D(2019, 4, 18) if not k.startswith("r_") else D(2021, 11, 1)),
                     off=TAKEN_OFF.get(k)) for k, n, c, p in ITEMS}
    for i, k in enumerate(items, 1):
        items[k]["id"] = 100 + i

    def price(k, d):
        if k in OLD_PRICE and d < OLD_PRICE[k][0]:
            return OLD_PRICE[k][1]
        return items[k]["price"]

    def avail(k, d, loc):
        it = items[k]
        if k == "coldbrew2":
            return loc == ROC and d >= it["added"]
        if k == "coldbrew" and loc == ROC:
            return False
        return it["added"] <= d and (it["off"] is None or d <= it["off"])

    live_m = [m for m in mems if m["deleted"] == 0 or m.get("erase")]
    tickets, bookings = [], []
    dayf = {1: 3.4, 2: 3.6, 3: 4.9, 4: 7.7, 5: 10.2, 6: 6.8}
    monf = {1: 1.1, 2: 1.0, 3: 0.95, 4: 0.9, 5: 0.85, 6: 0.8, 7: 0.8, 8: 0.85, 9: 0.95, 10: 1.0, 11: 1.1, 12: 1.2}
    locf = {UPT: 1.0, GRD: 0.75, ROC: 0.6}
    d = START
    while d <= END:
        for loc in (UPT, GRD, ROC):
            if not opens(loc, d):
                continue
            mu = dayf[d.weekday()] * monf[d.month] * locf[loc] * (1.08 if d.year == 2025 else 1.0)
            if loc == ROC and d < ROC_OPEN + TD(days=30):
                mu *= 1.3
            n = poisson(mu)
            ros = roster(loc, d)
            o, c_ = HOURS[d.weekday()]
            weekend = d.weekday() >= 4
            used_tables = set()
            for _ in range(n):
                om = wpick([(mm, 1 if mm < 840 else 1.5 if mm < 1020 else 3 if mm < 1200 else 2 if mm < 1320 else 0.7) for mm in range(o, c_ - 60, 5)])
                g = wpick([(1, 8), (2, 35), (3, 18), (4, 22), (5, 8), (6, 6), (7, 2), (8, 1)])
                mem = None
                if R.random() < 0.22:
                    pool = [m for m in live_m if m["jd"] <= d and (m["cancel"] is None or d <= m["cancel"]) and (m["home"] == loc or R.random() < 0.12)]
                    if pool:
                        mem = R.choices(pool, weights=[m["w"] for m in pool])[0]
                tn = R.randrange(1, LOCATIONS[loc - 1][9] + 1)
                t = dict(loc=loc, d=d, om=om, cm=min(om + R.choice([45, 60, 75, 90, 120, 150, 180, 210, 240]), 1435), g=g, mem=mem, table=tn,
                         server=wpick(ros), status=2, lines=[], code=None, disc=0.0, pays=[], games=[])
                kids = R.randint(1, 2) if g >= 3 and R.random() < 0.15 else 0
                payers = g - kids - (1 if mem else 0)
                fee = "fee_we" if weekend else "fee_wd"
                if mem:
                    t["lines"].append(["fee_mem", 1, 0.0])
                if payers > 0:
                    t["lines"].append([fee, payers, price(fee, d)])
                if kids:
                    t["lines"].append(["fee_kid", kids, price("fee_kid", d)])
                drinks = {}
                for _ in range(max(1, round(g * R.uniform(0.7, 1.6)))):
                    if om < 1020:
                        cat = wpick([(11, 6), (13, 3), (12, 1)])
                    else:
                        cat = wpick([(11, 3), (13, 3), (12, 4)])
                    opts = [k for k in items if items[k]["cat"] == cat and avail(k, d, loc)]
                    k = R.choice(opts)
                    drinks[k] = drinks.get(k, 0) + 1
                for _ in range(poisson(g * 0.45)):
                    opts = [k for k in items if items[k]["cat"] == 14 and avail(k, d, loc)]
                    k = R.choice(opts)
                    drinks[k] = drinks.get(k, 0) + 1
                for k, q in drinks.items():
                    t["lines"].append([k, q, price(k, d)])
                # games played at the table
                lib = [x for x in games if x["loc"] == loc and x["added"] <= d and (x["ret"] is None or d < x["ret"][0])]
                np_ = wpick([(1, 45), (2, 35), (3, 15), (4, 5)])
                for _ in range(np_):
                    x = R.choices(lib, weights=[x["pop"] * (3 if x["mn"] <= g <= x["mx"] else 0.3) for x in lib])[0]
                    if x not in t["games"]:
                        t["games"].append(x)
                if R.random() < 0.05:
                    played = [x["base"] for x in t["games"]]
                    cands = [k for k in items if items[k]["cat"] == 31 and avail(k, d, loc)]
                    pref = [k for k in cands if items[k]["name"] in played]
                    k = R.choice(pref) if pref and R.random() < 0.5 else R.choice(cands)
                    t["lines"].append([k, 1, price(k, d)])
                if R.random() < 0.03:
                    k = R.choice([k for k in items if items[k]["cat"] == 32 and avail(k, d, loc)])
                    t["lines"].append([k, 1 if R.random() < 0.85 else 2, price(k, d)])
                for ln in t["lines"]:
                    ln.append(0)
                if R.random() < 0.03:
                    k = R.choice([k for k in items if items[k]["cat"] in (11, 13) and avail(k, d, loc)])
                    t["lines"].insert(R.randrange(1, len(t["lines"]) + 1), [k, 1, price(k, d), 1])
                r = R.random()
                if r < 0.012:
                    t["status"] = 3
                    t["games"] = []
                    t["lines"] = t["lines"][:R.randint(1, 2)]
                elif r < 0.016:
                    t["status"] = 4
                tickets.append(t)
        d += TD(days=1)

    # three tickets the system left open in 2024 (the tablet crashed before they were closed)
    for t in R.sample([t for t in tickets if t["d"].year == 2024 and t["status"] == 2 and t["mem"] is None], 3):
        t["status"] = 1
    for t in tickets:
        fnb = 0.0
        sub = 0.0
        for ln in t["lines"]:
            ln.append(ln[1] * ln[2])   # PHP float arithmetic, kept as it came out
            if not ln[3]:
                sub += ln[4]
                if items[ln[0]]["cat"] in FNB:
                    fnb += ln[4]
        t["sub"] = sub
        r = R.random()
        paying_fee = next((ln for ln in t["lines"] if ln[0] in ("fee_wd", "fee_we") and not ln[3]), None)
        if r < 0.004 and fnb > 0:
            t["code"], t["disc"] = "COMP", round(fnb, 2)
        elif r < 0.024 and paying_fee:
            t["code"], t["disc"] = "BDAY", paying_fee[2]
        elif t["mem"] is not None and fnb > 0:
            t["code"], t["disc"] = "MEMBER10", round(fnb * 0.10, 2)
        t["tax"] = round((sub - t["disc"]) * TAX[t["loc"]] / 100, 2)
        t["total"] = sub - t["disc"] + t["tax"]
        t["tip"] = 0.0
        if t["status"] in (2, 4):
            k = R.randint(2, min(4, t["g"])) if t["g"] >= 2 and R.random() < 0.12 else 1
            due = round(t["total"], 2)
            shares = [round(due / k, 2)] * (k - 1)
            shares.append(round(due - sum(shares), 2))
            for s in shares:
                mth = wpick([("VISA", 44), ("MC", 22), ("AMEX", 8), ("DISC", 3), ("CASH", 15), ("GIFT", 8)])
                tip = round(s * R.choice([0.15, 0.18, 0.18, 0.20, 0.20, 0.22, 0.25]) * TIP_F[ROLE_OF[t["server"]]], 2) if mth in ("VISA", "MC", "AMEX", "DISC") and R.random() < 0.9 else 0.0
                t["pays"].append([mth, s, tip])
                t["tip"] += tip
            t["tip"] = round(t["tip"], 2)

    # ticket ids in the order they were opened
    tickets.sort(key=lambda t: (t["d"], t["om"], t["loc"], t["table"]))
    for i, t in enumerate(tickets, 1):
        t["id"] = 40000 + i

    # bookings: seated ones point at their ticket; no-shows and cancellations have none; January 2026 ones are still confirmed
    def booker(mem, loc):
        if mem is not None and mem.get("erase"):
            return "Deleted Member", None
        if mem is not None:
            return f"{mem['fn'].strip()} {mem['ln'].strip()}", mem["ph"]
        return f"{R.choice(MN_FIRST)} {R.choice(MN_LAST)[0]}.", phone_fmt({UPT: "612", GRD: "651", ROC: "507"}[loc])
    for t in tickets:
        if t["status"] not in (2, 4):
            continue
        p = (0.35 if t["d"].weekday() in (4, 5) else 0.25 if t["d"].weekday() == 6 else 0.12) * (1.6 if t["g"] >= 5 else 1.0)
        if R.random() < p and t["om"] >= 690:
            bt = t["om"] - t["om"] % 30
            nm, ph = booker(t["mem"], t["loc"])
            bookings.append(dict(loc=t["loc"], mem=t["mem"], name=nm, ph=ph, size=t["g"] if R.random() < 0.85 else max(1, t["g"] + R.choice([-1, 1])),
                                 d=t["d"], tm=bt, status=12, created=t["d"] - TD(days=R.choice([0, 1, 2, 3, 5, 7, 10, 14, 21])), t=t))
    d = START
    while d <= END + TD(days=31):
        for loc in (UPT, GRD, ROC):
            if not opens(loc, d):
                continue
            we = d.weekday() in (4, 5)
            kinds = [(11, 0.6 if we else 0.25)] if d > END else [(13, 0.22 if we else 0.06), (14, 0.3 if we else 0.1)]
            for status, mu in kinds:
                for _ in range(poisson(mu)):
                    mem = None
                    if R.random() < 0.3:
                        pool = [m for m in live_m if m["jd"] <= min(d, END) and m["home"] == loc and (m["cancel"] is None or d <= m["cancel"])]
                        mem = R.choices(pool, weights=[m["w"] for m in pool])[0] if pool else None
                    nm, ph = booker(mem, loc)
                    bookings.append(dict(loc=loc, mem=mem, name=nm, ph=ph, size=wpick([(2, 30), (3, 15), (4, 25), (5, 10), (6, 12), (8, 5), (10, 3)]),
                                         d=d, tm=R.choice(range(720, 1230, 30)), status=status,
                                         created=min(d - TD(days=R.choice([0, 1, 2, 3, 5, 7, 10, 14, 21, 28])), END), t=None))
        d += TD(days=1)
    bookings.sort(key=lambda b: (b["created"], b["d"], b["tm"], b["loc"], b["name"]))
    for i, b in enumerate(bookings, 1):
        b["id"] = 7001 + i

    # ------------------------------------------------------------ write
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO mm_location VALUES (?,?,?,?,?,?,?,?,?,?,?)", LOCATIONS)
    con.executemany("INSERT INTO mm_role VALUES (?,?,?)", ROLES)
    for s in STAFF:
        em = f"{s[1].lower()}.{s[2].lower()}@meepleandmug.com".translate(str.maketrans("áéíóúñüöøåëčřç", "aeiounuoaaecrc"))
        con.execute("INSERT INTO mm_staff VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (s[0], s[1], s[2], s[3], s[4], s[5], em, phone_fmt(R.choice(["612", "651", "507", "763"])), s[6], s[7], s[8], 0 if s[7] else 1))
    con.executemany("INSERT INTO mm_status VALUES (?,?,?)", STATUS)
    con.executemany("INSERT INTO mm_category VALUES (?,?,?,?)", CATS)
    for k, it in items.items():
        con.execute("INSERT INTO mm_item VALUES (?,?,?,?,?,?,?)", (it["id"], it["name"], it["cat"], it["price"], 1 if it["cat"] == 12 else 0, us(it["added"]), 1 if it["off"] else 0))
    for m in mems:
        if m.get("erase"):
            row = (m["id"], "Deleted", "Member", None, None, None, None, None, m["plan"], m["home"], us(m["jd"]), us(m["cancel"]) if m["cancel"] else None, 1)
        else:
            row = (m["id"], m["fn"], m["ln"], m["em"], m["ph"], m["city"], m["st"], m["zip"], m["plan"], m["home"], us(m["jd"]), us(m["cancel"]) if m["cancel"] else None, m["deleted"])
        con.execute("INSERT INTO mm_member VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", row)
    for g in games:
        con.execute("INSERT INTO mm_game VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (g["id"], g["loc"], g["title"], g["pub"], g["mn"], g["mx"], g["mins"], g["wt"], us(g["added"]), 1 if g["ret"] else 0,
                     us(g["ret"][0]) if g["ret"] else None, g["ret"][1] if g["ret"] else None))
    con.executemany("INSERT INTO mm_pay_method VALUES (?,?,?)", METHODS)
    line_id, pay_id = 900000, 300000
    refunds = []
    for t in tickets:
        con.execute("INSERT INTO mm_ticket VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (t["id"], t["loc"], t["table"], us(t["d"]), hm(t["om"]), hm(t["cm"]) if t["status"] != 1 else None, t["server"],
                     t["mem"]["id"] if t["mem"] else None, t["g"], t["status"], t["sub"], t["code"], t["disc"], t["tax"], t["tip"], t["total"]))
        for ln in t["lines"]:
            line_id += 1
            con.execute("INSERT INTO mm_ticket_item VALUES (?,?,?,?,?,?,?)", (line_id, t["id"], items[ln[0]]["id"], ln[1], ln[2], ln[4], ln[3]))
        for x in t["games"]:
            con.execute("INSERT INTO mm_ticket_game VALUES (?,?)", (t["id"], x["id"]))
        for mth, amt, tip in t["pays"]:
            pay_id += 1
            con.execute("INSERT INTO mm_payment VALUES (?,?,?,?,?,?,?,?,?)", (pay_id, t["id"], mth, amt, tip, us(t["d"]), hm(t["cm"]), None, t["server"]))
            if t["status"] == 4:
                refunds.append((pay_id, t, mth, amt, tip))
    gm = {UPT: 2, GRD: 3, ROC: 4}
    for pid, t, mth, amt, tip in refunds:
        rd = t["d"] + TD(days=R.choice([0, 0, 1, 2, 3]))
        while not opens(t["loc"], rd) or rd > END:
            rd -= TD(days=1)
        pay_id += 1
        con.execute("INSERT INTO mm_payment VALUES (?,?,?,?,?,?,?,?,?)",
                    (pay_id, t["id"], mth, -amt, -tip, us(rd), hm(R.randrange(720, 1200)) if rd != t["d"] else hm(min(t["cm"] + 10, 1439)), pid,
                     gm[t["loc"]]))
    for b in bookings:
        con.execute("INSERT INTO mm_booking VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (b["id"], b["loc"], b["mem"]["id"] if b["mem"] else None, b["name"], b["ph"], b["size"], us(b["d"]), hm(b["tm"]), b["status"],
                     us(b["created"]), b["t"]["id"] if b["t"] else None))
    con.commit()
    con.execute("VACUUM")
    con.close()
    print(f"meeple_and_mug: {len(tickets)} tickets, {len(bookings)} bookings, {len(mems)} members -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
