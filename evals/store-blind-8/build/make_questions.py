"""Writes ../questions.jsonl (40 questions per database) and kinds.tsv (id -> kind, read by check.py).
Deterministic, no randomness. CM = Crescendo Music (crescendo_music), MC = Maple & Crumb (maple_crumb_bakery).
Each entry is (kind, question, reference SQL, order_matters)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "questions.jsonl")
KINDS = os.path.join(HERE, "kinds.tsv")


def Y(col, y):
    """Half-open year filter; works for dates and 'YYYY-MM-DD HH:MM:SS' timestamps alike."""
    return f"{col} >= '{y}-01-01' AND {col} < '{y + 1}-01-01'"


def M(col, y, m):
    nxt = f"{y + 1}-01-01" if m == 12 else f"{y}-{m + 1:02d}-01"
    return f"{col} >= '{y}-{m:02d}-01' AND {col} < '{nxt}'"


# ---- Crescendo Music: statuses and other codes live in lookup_values; queries join on the label.
def LV(alias, col, label):
    return f"JOIN lookup_values {alias} ON {alias}.lookup_value_id = {col} AND {alias}.label = '{label}'"


DONE = LV("os", "o.order_status_id", "Completed")
ITEMS = "JOIN order_items i ON i.order_id = o.order_id JOIN products p ON p.product_id = i.product_id"

CM = [
    # counts with status / flag / date filters
    ("count", "How many of our shops are trading normally at the moment? Leave out the closed ones and any that are being refurbished.",
     "SELECT COUNT(*) FROM stores s " + LV("v", "s.store_status_id", "Open"), False),
    ("count", "leaving out closed shops and the ones being refurbished, how many shops have a repair workshop?",
     "SELECT COUNT(*) FROM stores s " + LV("v", "s.store_status_id", "Open") + " WHERE s.has_repair_workshop = 1", False),
    ("count", "How many customers joined in 2024 and agreed to receive marketing from us?",
     f"SELECT COUNT(*) FROM customers WHERE has_marketing_consent = 1 AND {Y('joined_on', 2024)}", False),
    ("count", "How many customers do we have in Richmond in North Yorkshire? Not the London Richmond.",
     "SELECT COUNT(*) FROM customers WHERE town = 'Richmond' AND county = 'North Yorkshire'", False),
    ("count", "How many lessons in 2024 were no-shows, where the pupil just didn't turn up?",
     f"SELECT COUNT(*) FROM lessons l {LV('v', 'l.lesson_status_id', 'No Show')} WHERE {Y('l.starts_at', 2024)}", False),
    # totals and averages over a period
    ("total", "What were our total takings from completed orders in 2024?",
     f"SELECT ROUND(SUM(o.total_amount), 2) FROM orders o {DONE} WHERE {Y('o.ordered_at', 2024)}", False),
    ("total", "whats the average value of a completed online order in 2025",
     f"SELECT ROUND(AVG(o.total_amount), 2) FROM orders o {DONE} {LV('ch', 'o.channel_id', 'Online')} WHERE {Y('o.ordered_at', 2025)}", False),
    ("total", "How much did we make from music lessons that actually took place in 2025? Only count lessons the pupil attended.",
     f"SELECT ROUND(SUM(l.fee_amount), 2) FROM lessons l {LV('v', 'l.lesson_status_id', 'Attended')} WHERE {Y('l.starts_at', 2025)}", False),
    ("total", "In pounds, how much discount did we give away on completed orders during 2024?",
     f"SELECT ROUND(SUM(o.discount_amount), 2) FROM orders o {DONE} WHERE {Y('o.ordered_at', 2024)}", False),
    ("total", "How many individual items did we sell in December 2024? Units on completed orders, please.",
     f"SELECT SUM(i.quantity) FROM orders o {DONE} JOIN order_items i ON i.order_id = o.order_id WHERE {M('o.ordered_at', 2024, 12)}", False),
    # breakdowns by a dimension
    ("breakdown", "How many shops do we have in each nation (England, Scotland, Wales, Northern Ireland)? Include the closed ones.",
     "SELECT nation, COUNT(*) FROM stores GROUP BY nation", False),
    ("breakdown", "Split 2025 revenue from completed orders by sales channel - in store, online and telephone.",
     f"SELECT ch.label, ROUND(SUM(o.total_amount), 2) FROM orders o {DONE} JOIN lookup_values ch ON ch.lookup_value_id = o.channel_id WHERE {Y('o.ordered_at', 2025)} GROUP BY ch.label", False),
    ("breakdown", "Number of completed orders per month in 2025, in month order please.",
     f"SELECT strftime('%m', o.ordered_at) AS month, COUNT(*) FROM orders o {DONE} WHERE {Y('o.ordered_at', 2025)} GROUP BY month ORDER BY month", True),
    ("breakdown", "For each instrument we teach, how many lessons were attended in 2025?",
     f"SELECT ins.label, COUNT(*) FROM lessons l {LV('v', 'l.lesson_status_id', 'Attended')} JOIN lookup_values ins ON ins.lookup_value_id = l.instrument_id WHERE {Y('l.starts_at', 2025)} GROUP BY ins.label", False),
    ("breakdown", "What did each product category bring in on completed orders in 2024?",
     f"SELECT p.category, ROUND(SUM(i.quantity * i.unit_price_amount), 2) FROM orders o {DONE} {ITEMS} WHERE {Y('o.ordered_at', 2024)} GROUP BY p.category", False),
    # top / bottom N and single best / worst
    ("topn", "What were the top 5 products by revenue in 2025? Completed orders only, highest first.",
     f"SELECT p.product_name, ROUND(SUM(i.quantity * i.unit_price_amount), 2) AS revenue FROM orders o {DONE} {ITEMS} WHERE {Y('o.ordered_at', 2025)} GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5", True),
    ("topn", "Of the shops that are open right now, which one had the weakest completed-order revenue in 2025?",
     f"SELECT s.store_name, ROUND(SUM(o.total_amount), 2) AS revenue FROM stores s {LV('v', 's.store_status_id', 'Open')} JOIN orders o ON o.store_id = s.store_id {DONE} WHERE {Y('o.ordered_at', 2025)} GROUP BY s.store_id ORDER BY revenue ASC LIMIT 1", False),
    ("topn", "Which tutor taught the most attended lessons in 2024?",
     f"SELECT t.first_name, t.last_name, COUNT(*) AS taught FROM lessons l {LV('v', 'l.lesson_status_id', 'Attended')} JOIN employees t ON t.employee_id = l.tutor_id WHERE {Y('l.starts_at', 2024)} GROUP BY t.employee_id ORDER BY taught DESC LIMIT 1", False),
    ("topn", "What are the three most expensive brand-new items in the catalogue? Ignore ex-demo and pre-owned stock.",
     "SELECT p.product_name, p.list_price_amount FROM products p " + LV("c", "p.condition_id", "New") + " ORDER BY p.list_price_amount DESC LIMIT 3", False),
    ("topn", "Who is our biggest customer ever, by money spent on completed orders?",
     f"SELECT c.first_name, c.last_name, ROUND(SUM(o.total_amount), 2) AS spent FROM orders o {DONE} JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id ORDER BY spent DESC LIMIT 1", False),
    ("topn", "Which brand brought in the most money in 2024, counting completed orders only?",
     f"SELECT b.brand_name, ROUND(SUM(i.quantity * i.unit_price_amount), 2) AS revenue FROM orders o {DONE} {ITEMS} JOIN brands b ON b.brand_id = p.brand_id WHERE {Y('o.ordered_at', 2024)} GROUP BY b.brand_id ORDER BY revenue DESC LIMIT 1", False),
    # attribute of a named record
    ("attribute", "When did the Denmark Street shop first open?",
     "SELECT opened_on FROM stores WHERE store_name = 'Denmark Street'", False),
    ("attribute", "how much is the Wiener Klang Forte Console Piano?",
     "SELECT list_price_amount FROM products WHERE product_name = 'Wiener Klang Forte Console Piano'", False),
    ("attribute", "Which shop is André Buchanan's home store?",
     "SELECT s.store_name FROM customers c JOIN stores s ON s.store_id = c.home_store_id WHERE c.first_name = 'André' AND c.last_name = 'Buchanan'", False),
    # self-reference
    ("selfref", "Who is Siân Wójcik's line manager?",
     "SELECT m.first_name, m.last_name FROM employees e JOIN employees m ON m.employee_id = e.reports_to_id WHERE e.first_name = 'Siân' AND e.last_name = 'Wójcik'", False),
    ("selfref", "Which area manager does the store manager at Richmond Market Place report to?",
     "SELECT am.first_name, am.last_name FROM stores s JOIN employees sm ON sm.store_id = s.store_id AND sm.job_title = 'Store Manager' JOIN employees am ON am.employee_id = sm.reports_to_id WHERE s.store_name = 'Richmond Market Place'", False),
    ("selfref", "List the current store managers who report directly to Callum Hall.",
     "SELECT e.first_name, e.last_name FROM employees e JOIN employees m ON m.employee_id = e.reports_to_id WHERE m.first_name = 'Callum' AND m.last_name = 'Hall' AND e.job_title = 'Store Manager' AND e.is_active = 1", False),
    # lists with conditions / numeric comparisons
    ("list", "Which digital pianos are priced above £2,000?",
     "SELECT product_name, list_price_amount FROM products WHERE category = 'Digital Pianos' AND list_price_amount > 2000", False),
    ("list", "List the shops with more than 600 square metres of floor space.",
     "SELECT store_name, floor_area_sqm FROM stores WHERE floor_area_sqm > 600", False),
    ("list", "Which sales advisors who still work here are paid more than £13.10 an hour?",
     "SELECT first_name, last_name, hourly_rate_amount FROM employees WHERE job_title = 'Sales Advisor' AND is_active = 1 AND hourly_rate_amount > 13.10", False),
    ("list", "Which customers had a single completed order worth more than £3,000 in 2025?",
     f"SELECT DISTINCT c.first_name, c.last_name FROM orders o {DONE} JOIN customers c ON c.customer_id = o.customer_id WHERE o.total_amount > 3000 AND {Y('o.ordered_at', 2025)}", False),
    # no related records / negation
    ("negation", "Which of our current music tutors had nothing at all on their lesson timetable in 2025, not even lessons that got cancelled?",
     f"SELECT t.first_name, t.last_name FROM employees t WHERE t.job_title = 'Music Tutor' AND t.is_active = 1 AND NOT EXISTS (SELECT 1 FROM lessons l WHERE l.tutor_id = t.employee_id AND {Y('l.starts_at', 2025)})", False),
    ("negation", "How many customers have never placed an order with us?",
     "SELECT COUNT(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)", False),
    ("negation", "Which woodwind products, discontinued ones included, has nobody ever ordered?",
     "SELECT p.product_name FROM products p WHERE p.category = 'Woodwind' AND NOT EXISTS (SELECT 1 FROM order_items i WHERE i.product_id = p.product_id)", False),
    # group conditions
    ("having", "Which customers had 4 or more completed orders in 2025?",
     f"SELECT c.first_name, c.last_name, COUNT(*) FROM orders o {DONE} JOIN customers c ON c.customer_id = o.customer_id WHERE {Y('o.ordered_at', 2025)} GROUP BY c.customer_id HAVING COUNT(*) >= 4", False),
    ("having", "Which product categories took more than £40,000 on completed orders in 2024?",
     f"SELECT p.category, ROUND(SUM(i.quantity * i.unit_price_amount), 2) FROM orders o {DONE} {ITEMS} WHERE {Y('o.ordered_at', 2024)} GROUP BY p.category HAVING SUM(i.quantity * i.unit_price_amount) > 40000", False),
    # shares / percentages
    ("share", "Of all the orders placed in 2025, whatever their status, what percent came in online?",
     f"SELECT ROUND(100.0 * SUM(ch.label = 'Online') / COUNT(*), 2) FROM orders o JOIN lookup_values ch ON ch.lookup_value_id = o.channel_id WHERE {Y('o.ordered_at', 2025)}", False),
    ("share", "What percentage of our customers are music teachers?",
     "SELECT ROUND(100.0 * SUM(t.label = 'Music Teacher') / COUNT(*), 2) FROM customers c JOIN lookup_values t ON t.lookup_value_id = c.customer_type_id", False),
    # earliest / latest date
    ("extreme_date", "When is the earliest lesson we have booked in 2026?",
     f"SELECT MIN(l.starts_at) FROM lessons l {LV('v', 'l.lesson_status_id', 'Booked')} WHERE {Y('l.starts_at', 2026)}", False),
    ("extreme_date", "When did the last completed order of 2024 go through?",
     f"SELECT MAX(o.ordered_at) FROM orders o {DONE} WHERE {Y('o.ordered_at', 2024)}", False),
]

# ---- Maple & Crumb: money is INTEGER cents (questions ask in dollars, SQL divides by 100.0); dates are
# 'YYYY-MM-DD HH:MM:SS' text, so periods use half-open ranges; WasteReports uses an integer YYYYMM MonthKey.
OK = "o.Status = 'Completed'"
LINES = "JOIN OrderLines l ON l.OrderID = o.OrderID JOIN Products p ON p.ProductID = l.ProductID"

MC = [
    # counts with status / flag / date filters
    ("count", "How many cafés are open for business right now? Don't count closed ones or the ones shut for renovation.",
     "SELECT COUNT(*) FROM Cafes WHERE Status = 'Open'", False),
    ("count", "How many loyalty members live in Windsor, Nova Scotia?",
     "SELECT COUNT(*) FROM Customers c JOIN Regions r ON r.RegionID = c.RegionID WHERE r.RegionName = 'Windsor' AND r.Province = 'Nova Scotia' AND c.IsLoyaltyMember = 1", False),
    ("count", "how many orders got refunded in 2025?",
     f"SELECT COUNT(*) FROM Orders WHERE Status = 'Refunded' AND {Y('OrderDate', 2025)}", False),
    ("count", "Of the celebration cake orders placed in 2024, how many ended up cancelled?",
     f"SELECT COUNT(*) FROM CakeOrders WHERE Status = 'Cancelled' AND {Y('PlacedDate', 2024)}", False),
    ("count", "How many items did we add to the menu in 2023?",
     "SELECT COUNT(*) FROM Products WHERE LaunchMonth >= '2023-01' AND LaunchMonth < '2024-01'", False),
    # totals and averages over a period
    ("total", "What was our total revenue from completed orders in 2025, in dollars?",
     f"SELECT ROUND(SUM(TotalCents) / 100.0, 2) FROM Orders WHERE Status = 'Completed' AND {Y('OrderDate', 2025)}", False),
    ("total", "What was the average tip on completed mobile app orders in 2024? Count orders with no tip as zero.",
     f"SELECT ROUND(AVG(TipCents) / 100.0, 2) FROM Orders WHERE Status = 'Completed' AND Channel = 'Mobile App' AND {Y('OrderDate', 2024)}", False),
    ("total", "How much food did we throw out across all cafés in March 2025, in dollars?",
     "SELECT ROUND(SUM(WasteCents) / 100.0, 2) FROM WasteReports WHERE MonthKey = 202503", False),
    ("total", "How much money did wedding cakes bring in during 2025? Only the ones the couple actually picked up, going by pickup date.",
     f"SELECT ROUND(SUM(PriceCents) / 100.0, 2) FROM CakeOrders WHERE Occasion = 'Wedding' AND Status = 'Picked Up' AND {Y('PickupDate', 2025)}", False),
    ("total", "What's the average hourly wage of the baristas who still work for us?",
     "SELECT ROUND(AVG(HourlyWageCents) / 100.0, 2) FROM Employees WHERE JobTitle = 'Barista' AND IsActive = 1", False),
    # breakdowns by a dimension
    ("breakdown", "How many cafés do we have in each province? Count every café, closed ones too.",
     "SELECT r.Province, COUNT(*) FROM Cafes c JOIN Regions r ON r.RegionID = c.RegionID GROUP BY r.Province", False),
    ("breakdown", "Break down 2025 sales by menu category - dollars from completed orders.",
     f"SELECT p.Category, ROUND(SUM(l.Quantity * l.UnitPriceCents) / 100.0, 2) FROM Orders o {LINES} WHERE {OK} AND {Y('o.OrderDate', 2025)} GROUP BY p.Category", False),
    ("breakdown", "How many completed orders did we have each month of 2024? Show them in month order.",
     f"SELECT strftime('%m', OrderDate) AS month, COUNT(*) FROM Orders WHERE Status = 'Completed' AND {Y('OrderDate', 2024)} GROUP BY month ORDER BY month", True),
    ("breakdown", "For 2025, how many completed orders came through the counter, the app and delivery partners?",
     f"SELECT Channel, COUNT(*) FROM Orders WHERE Status = 'Completed' AND {Y('OrderDate', 2025)} GROUP BY Channel", False),
    ("breakdown", "How many celebration cakes were collected in 2025 for each kind of occasion?",
     f"SELECT Occasion, COUNT(*) FROM CakeOrders WHERE Status = 'Picked Up' AND {Y('PickupDate', 2025)} GROUP BY Occasion", False),
    # top / bottom N and single best / worst
    ("topn", "Which 5 menu items made the most money in 2025 on completed orders? Biggest first.",
     f"SELECT p.ProductName, ROUND(SUM(l.Quantity * l.UnitPriceCents) / 100.0, 2) AS revenue FROM Orders o {LINES} WHERE {OK} AND {Y('o.OrderDate', 2025)} GROUP BY p.ProductID ORDER BY revenue DESC LIMIT 5", True),
    ("topn", "Which café wasted the most food by dollar value in 2025?",
     "SELECT c.CafeName, ROUND(SUM(w.WasteCents) / 100.0, 2) AS wasted FROM WasteReports w JOIN Cafes c ON c.CafeID = w.CafeID WHERE w.MonthKey BETWEEN 202501 AND 202512 GROUP BY c.CafeID ORDER BY wasted DESC LIMIT 1", False),
    ("topn", "Among the cafés that filed a waste report for every month of 2024, which one wasted the least, in dollars?",
     "SELECT c.CafeName, ROUND(SUM(w.WasteCents) / 100.0, 2) AS wasted FROM WasteReports w JOIN Cafes c ON c.CafeID = w.CafeID WHERE w.MonthKey BETWEEN 202401 AND 202412 GROUP BY c.CafeID HAVING COUNT(*) = 12 ORDER BY wasted ASC LIMIT 1", False),
    ("topn", "Which staff member rang up the most money on completed orders in 2025?",
     f"SELECT e.FullName, ROUND(SUM(o.TotalCents) / 100.0, 2) AS taken FROM Orders o JOIN Employees e ON e.EmployeeID = o.EmployeeID WHERE {OK} AND {Y('o.OrderDate', 2025)} GROUP BY e.EmployeeID ORDER BY taken DESC LIMIT 1", False),
    ("topn", "what are our 3 priciest menu items",
     "SELECT ProductName, ROUND(PriceCents / 100.0, 2) FROM Products ORDER BY PriceCents DESC LIMIT 3", False),
    ("topn", "Which town or city has the most loyalty members?",
     "SELECT r.RegionName, r.Province, COUNT(*) AS members FROM Customers c JOIN Regions r ON r.RegionID = c.RegionID WHERE c.IsLoyaltyMember = 1 GROUP BY r.RegionID ORDER BY members DESC LIMIT 1", False),
    # attribute of a named record
    ("attribute", "What's the street address of the Mile End café?",
     "SELECT StreetAddress FROM Cafes WHERE CafeName = 'Mile End'", False),
    ("attribute", "When did the Vieux-Québec location open?",
     "SELECT OpenDate FROM Cafes WHERE CafeName = 'Vieux-Québec'", False),
    ("attribute", "How many loyalty points does Étienne Thériault have?",
     "SELECT LoyaltyPoints FROM Customers WHERE FullName = 'Étienne Thériault'", False),
    # self-reference
    ("selfref", "Who is Hélène Anderson's manager?",
     "SELECT m.FullName FROM Employees e JOIN Employees m ON m.EmployeeID = e.ManagerID WHERE e.FullName = 'Hélène Anderson'", False),
    ("selfref", "Which regional manager is the boss of the café manager at Water Street in Windsor, Nova Scotia?",
     "SELECT rm.FullName FROM Cafes c JOIN Employees cm ON cm.CafeID = c.CafeID AND cm.JobTitle = 'Café Manager' JOIN Employees rm ON rm.EmployeeID = cm.ManagerID WHERE c.CafeName = 'Water Street'", False),
    ("selfref", "Who has more than 8 people currently on staff reporting directly to them, and how many?",
     "SELECT m.FullName, COUNT(*) FROM Employees e JOIN Employees m ON m.EmployeeID = e.ManagerID WHERE e.IsActive = 1 GROUP BY m.EmployeeID HAVING COUNT(*) > 8", False),
    # lists with conditions / numeric comparisons
    ("list", "Which vegan items still on the menu cost more than $10?",
     "SELECT ProductName, ROUND(PriceCents / 100.0, 2) FROM Products WHERE IsVegan = 1 AND IsDiscontinued = 0 AND PriceCents > 1000", False),
    ("list", "List the cafés with more than 68 seats.",
     "SELECT CafeName, SeatCount FROM Cafes WHERE SeatCount > 68", False),
    ("list", "Which wedding cakes ordered in 2025 were for at least 100 servings? Give me the customer and the pickup date.",
     f"SELECT c.FullName, k.PickupDate FROM CakeOrders k JOIN Customers c ON c.CustomerID = k.CustomerID WHERE k.Occasion = 'Wedding' AND k.Servings >= 100 AND {Y('k.PlacedDate', 2025)}", False),
    ("list", "Which bakers still on the payroll earn more than $23.50 an hour?",
     "SELECT FullName, ROUND(HourlyWageCents / 100.0, 2) FROM Employees WHERE JobTitle = 'Baker' AND IsActive = 1 AND HourlyWageCents > 2350", False),
    # no related records / negation
    ("negation", "Which of our open cafés with their own oven took no celebration cake orders at all in 2025?",
     f"SELECT c.CafeName FROM Cafes c WHERE c.Status = 'Open' AND c.HasBakeryOven = 1 AND NOT EXISTS (SELECT 1 FROM CakeOrders k WHERE k.CafeID = c.CafeID AND {Y('k.PlacedDate', 2025)})", False),
    ("negation", "How many loyalty members have never placed a single order?",
     "SELECT COUNT(*) FROM Customers c WHERE c.IsLoyaltyMember = 1 AND NOT EXISTS (SELECT 1 FROM Orders o WHERE o.CustomerID = c.CustomerID)", False),
    ("negation", "Which items that are still on the menu didn't show up on any order in 2024?",
     f"SELECT p.ProductName FROM Products p WHERE p.IsDiscontinued = 0 AND NOT EXISTS (SELECT 1 FROM OrderLines l JOIN Orders o ON o.OrderID = l.OrderID WHERE l.ProductID = p.ProductID AND {Y('o.OrderDate', 2024)})", False),
    # group conditions
    ("having", "Which cafés had more than 15 completed orders in 2025?",
     f"SELECT c.CafeName, COUNT(*) FROM Orders o JOIN Cafes c ON c.CafeID = o.CafeID WHERE {OK} AND {Y('o.OrderDate', 2025)} GROUP BY c.CafeID HAVING COUNT(*) > 15", False),
    ("having", "Which customers have ordered two or more celebration cakes? Don't count cancelled ones.",
     "SELECT c.FullName, COUNT(*) FROM CakeOrders k JOIN Customers c ON c.CustomerID = k.CustomerID WHERE k.Status <> 'Cancelled' GROUP BY c.CustomerID HAVING COUNT(*) >= 2", False),
    # shares / percentages
    ("share", "What percent of completed orders in 2025 were paid in cash?",
     f"SELECT ROUND(100.0 * SUM(PaymentType = 'Cash') / COUNT(*), 2) FROM Orders WHERE Status = 'Completed' AND {Y('OrderDate', 2025)}", False),
    ("share", "What % of the items on our menu are gluten-free? Include discontinued items.",
     "SELECT ROUND(100.0 * SUM(IsGlutenFree) / COUNT(*), 2) FROM Products", False),
    # earliest / latest date
    ("extreme_date", "When did our newest café open its doors?",
     "SELECT MAX(OpenDate) FROM Cafes", False),
    ("extreme_date", "When did the very first completed delivery-partner order of 2023 come in?",
     f"SELECT MIN(OrderDate) FROM Orders WHERE Status = 'Completed' AND Channel = 'Delivery Partner' AND {Y('OrderDate', 2023)}", False),
]


def main():
    rows, kinds = [], []
    for db, file, lst in (("crescendo_music", "crescendo_music", CM), ("maple_crumb_bakery", "maple_crumb_bakery", MC)):
        for i, (kind, q, sql, om) in enumerate(lst, 1):
            qid = f"{db}-{i:03d}"
            rows.append({"id": qid, "db": f"databases/{file}.sqlite", "question": q, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(KINDS, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(kinds)


if __name__ == "__main__":
    main()
