#!/usr/bin/env python3
"""Write ../questions.jsonl (80 questions, 40 per database) and alt_readings.json (other
plausible SQL readings of some questions, which check.py requires to give the same result).

`python3 make_questions.py --show` also prints each reference result for review.
"""
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Each entry: (question, sql, order_matters, [alternative SQL readings])
RIDGELINE = [
    ("How many of our stores are currently open?",
     "SELECT COUNT(*) FROM branches WHERE is_active = 1", False,
     ["SELECT COUNT(*) FROM branches WHERE close_dt IS NULL"]),
    ("how many pro (contractor) customers do we have?",
     "SELECT COUNT(*) FROM customers WHERE is_pro = 1", False, []),
    ("What was our total revenue from completed orders in 2023?",
     "SELECT ROUND(SUM(tot_amt), 2) FROM orders WHERE status = 'completed' "
     "AND ord_dt >= '2023-01-01' AND ord_dt < '2024-01-01'", False,
     ["SELECT ROUND(SUM(oi.qty * oi.unit_px), 2) FROM ord_items oi JOIN orders o ON o.ord_id = oi.ord_id "
      "WHERE o.status = 'completed' AND strftime('%Y', o.ord_dt) = '2023'"]),
    ("Break down all our orders by sales channel: how many came in-store, online and by phone? "
     "Count every order whatever its status.",
     "SELECT chan, COUNT(*) FROM orders GROUP BY chan", False, []),
    ("What are our top 5 products by revenue from completed orders, all time? Highest first.",
     "SELECT i.item_nm FROM ord_items oi JOIN orders o ON o.ord_id = oi.ord_id JOIN items i ON i.sku = oi.sku "
     "WHERE o.status = 'completed' GROUP BY i.sku, i.item_nm ORDER BY SUM(oi.qty * oi.unit_px) DESC LIMIT 5",
     True, []),
    ("Which store had the most completed orders in 2024?",
     "SELECT b.br_nm FROM orders o JOIN branches b ON b.br_id = o.br_id WHERE o.status = 'completed' "
     "AND o.ord_dt >= '2024-01-01' AND o.ord_dt < '2025-01-01' GROUP BY b.br_id, b.br_nm "
     "ORDER BY COUNT(*) DESC LIMIT 1", False, []),
    ("What's the phone number for our Coeur d'Alene store?",
     "SELECT phone FROM branches WHERE br_nm = 'Ridgeline Coeur d''Alene'", False,
     ["SELECT phone FROM branches WHERE city = 'Coeur d''Alene'"]),
    ("who is Søren Tran's supervisor?",
     "SELECT boss.emp_nm FROM staff e JOIN staff boss ON boss.emp_id = e.sup_id WHERE e.emp_nm = 'Søren Tran'",
     False, []),
    ("How many people report directly to Héctor Sánchez?",
     "SELECT COUNT(*) FROM staff e JOIN staff boss ON boss.emp_id = e.sup_id WHERE boss.emp_nm = 'Héctor Sánchez'",
     False,
     ["SELECT COUNT(*) FROM staff e JOIN staff boss ON boss.emp_id = e.sup_id WHERE boss.emp_nm = 'Héctor Sánchez' "
      "AND e.emp_stat = 'active'"]),
    ("What's the # of subcategories under the Plumbing dept?",
     "SELECT COUNT(*) FROM categories c JOIN categories p ON p.cat_id = c.parent_id WHERE p.cat_nm = 'Plumbing'",
     False, []),
    ("Which department does the Snow Removal category belong to?",
     "SELECT p.cat_nm FROM categories c JOIN categories p ON p.cat_id = c.parent_id WHERE c.cat_nm = 'Snow Removal'",
     False, []),
    ("Which products were included in the Black Friday Power Tool Deals 2024 promotion?",
     "SELECT i.item_nm FROM promo_items pi JOIN promos p ON p.promo_id = pi.promo_id JOIN items i ON i.sku = pi.sku "
     "WHERE p.promo_nm = 'Black Friday Power Tool Deals 2024'", False, []),
    ("In how many promotions has the Estwing Screwdriver Set 10-Piece been featured?",
     "SELECT COUNT(*) FROM promo_items pi JOIN items i ON i.sku = pi.sku "
     "WHERE i.item_nm = 'Estwing Screwdriver Set 10-Piece'", False, []),
    ("How many customers have never placed an order with us?",
     "SELECT COUNT(*) FROM customers WHERE cust_id NOT IN (SELECT cust_id FROM orders)", False,
     ["SELECT COUNT(*) FROM customers c LEFT JOIN orders o ON o.cust_id = c.cust_id WHERE o.ord_id IS NULL"]),
    ("How many products in our catalog have never appeared on any order (counting cancelled and returned orders too)?",
     "SELECT COUNT(*) FROM items WHERE sku NOT IN (SELECT sku FROM ord_items)", False, []),
    ("List the customers who have placed more than 12 orders, counting orders of any status.",
     "SELECT c.cust_nm FROM customers c JOIN orders o ON o.cust_id = c.cust_id GROUP BY c.cust_id, c.cust_nm "
     "HAVING COUNT(*) > 12", False, []),
    ("what was the avg order value on completed online orders in 2024?",
     "SELECT ROUND(AVG(tot_amt), 2) FROM orders WHERE status = 'completed' AND chan = 'online' "
     "AND ord_dt >= '2024-01-01' AND ord_dt < '2025-01-01'", False, []),
    ("What's the most expensive product we carry?",
     "SELECT item_nm FROM items ORDER BY px DESC LIMIT 1", False,
     ["SELECT item_nm FROM items WHERE status <> 'discontinued' ORDER BY px DESC LIMIT 1"]),
    ("what's the cheapest grill we sell?",
     "SELECT i.item_nm FROM items i JOIN categories c ON c.cat_id = i.cat_id WHERE c.cat_nm = 'Grills' "
     "ORDER BY i.px ASC LIMIT 1", False,
     ["SELECT i.item_nm FROM items i JOIN categories c ON c.cat_id = i.cat_id WHERE c.cat_nm = 'Grills' "
      "AND i.status = 'active' ORDER BY i.px ASC LIMIT 1",
      "SELECT item_nm FROM items WHERE item_nm LIKE '%Grill%' ORDER BY px ASC LIMIT 1"]),
    ("Which states are our vendors based in?",
     "SELECT DISTINCT st FROM vendors", False, []),
    ("How many orders were returned in June 2024?",
     "SELECT COUNT(*) FROM orders WHERE status = 'returned' AND ord_dt >= '2024-06-01' AND ord_dt < '2024-07-01'",
     False, []),
    ("List the water heaters we have on clearance, with their prices.",
     "SELECT i.item_nm, i.px FROM items i JOIN categories c ON c.cat_id = i.cat_id "
     "WHERE c.cat_nm = 'Water Heaters' AND i.status = 'clearance'", False,
     ["SELECT item_nm, px FROM items WHERE item_nm LIKE '%Water Heater%' AND status = 'clearance'"]),
    ("What's the average hourly rate of our active cashiers?",
     "SELECT ROUND(AVG(hrly_rt), 2) FROM staff WHERE job_ttl = 'Cashier' AND emp_stat = 'active'", False, []),
    ("Which store opened most recently?",
     "SELECT br_nm FROM branches ORDER BY open_dt DESC LIMIT 1", False, []),
    ("Show 2024 revenue from completed orders broken down by state, highest first.",
     "SELECT b.st, ROUND(SUM(o.tot_amt), 2) FROM orders o JOIN branches b ON b.br_id = o.br_id "
     "WHERE o.status = 'completed' AND o.ord_dt >= '2024-01-01' AND o.ord_dt < '2025-01-01' GROUP BY b.st "
     "ORDER BY SUM(o.tot_amt) DESC", True,
     ["SELECT c.st, ROUND(SUM(o.tot_amt), 2) FROM orders o JOIN customers c ON c.cust_id = o.cust_id "
      "WHERE o.status = 'completed' AND o.ord_dt LIKE '2024%' GROUP BY c.st ORDER BY 2 DESC"]),
    ("How many employees are on leave at the moment?",
     "SELECT COUNT(*) FROM staff WHERE emp_stat = 'on leave'", False, []),
    ("Who manages each of our open stores in Montana? Give the store and the store manager's name.",
     "SELECT b.br_nm, s.emp_nm FROM staff s JOIN branches b ON b.br_id = s.br_id "
     "WHERE s.job_ttl = 'Store Manager' AND b.st = 'MT' AND b.is_active = 1", False,
     ["SELECT b.br_nm, s.emp_nm FROM staff s JOIN branches b ON b.br_id = s.br_id "
      "WHERE s.job_ttl = 'Store Manager' AND b.st = 'MT' AND s.emp_stat = 'active'"]),
    ("Which vendor supplies the most products?",
     "SELECT v.vnd_nm FROM items i JOIN vendors v ON v.vnd_id = i.vnd_id GROUP BY v.vnd_id, v.vnd_nm "
     "ORDER BY COUNT(*) DESC LIMIT 1", False,
     ["SELECT v.vnd_nm FROM items i JOIN vendors v ON v.vnd_id = i.vnd_id WHERE i.status <> 'discontinued' "
      "GROUP BY v.vnd_id, v.vnd_nm ORDER BY COUNT(*) DESC LIMIT 1"]),
    ("What's the credit limit on the Lone Pine Roofing LLC account, in dollars?",
     "SELECT cr_lmt_cents / 100.0 FROM customers WHERE cust_nm = 'Lone Pine Roofing LLC'", False, []),
    ("What does the Werner 6 ft. Fiberglass Step Ladder cost us per unit (our cost, not the shelf price), in dollars?",
     "SELECT cost_cents / 100.0 FROM items WHERE item_nm = 'Werner 6 ft. Fiberglass Step Ladder'", False, []),
    ("Which department brought in the most revenue from completed orders in 2023?",
     "SELECT d.cat_nm FROM ord_items oi JOIN orders o ON o.ord_id = oi.ord_id JOIN items i ON i.sku = oi.sku "
     "JOIN categories c ON c.cat_id = i.cat_id JOIN categories d ON d.cat_id = c.parent_id "
     "WHERE o.status = 'completed' AND o.ord_dt >= '2023-01-01' AND o.ord_dt < '2024-01-01' "
     "GROUP BY d.cat_id, d.cat_nm ORDER BY SUM(oi.qty * oi.unit_px) DESC LIMIT 1", False, []),
    ("How many units of Sherwin-Williams Satin Interior Paint did we sell on completed orders in 2024?",
     "SELECT SUM(oi.qty) FROM ord_items oi JOIN orders o ON o.ord_id = oi.ord_id JOIN items i ON i.sku = oi.sku "
     "WHERE i.item_nm = 'Sherwin-Williams Satin Interior Paint' AND o.status = 'completed' "
     "AND o.ord_dt >= '2024-01-01' AND o.ord_dt < '2025-01-01'", False, []),
    ("How many of the promotions that started in 2024 gave 25% off or more?",
     "SELECT COUNT(*) FROM promos WHERE start_dt >= '2024-01-01' AND start_dt < '2025-01-01' AND disc_pct >= 25",
     False, []),
    ("Which city has the most customers?",
     "SELECT city FROM customers GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1", False, []),
    ("List our open Wyoming stores with their sq ft, biggest first.",
     "SELECT br_nm, sq_ft FROM branches WHERE st = 'WY' AND is_active = 1 ORDER BY sq_ft DESC", True, []),
    ("How many orders has Jessica Lefèvre handled, counting every status?",
     "SELECT COUNT(*) FROM orders o JOIN staff s ON s.emp_id = o.emp_id WHERE s.emp_nm = 'Jessica Lefèvre'",
     False, []),
    ("Which customers spent more than $4,000 in total on completed orders in 2024?",
     "SELECT c.cust_nm FROM orders o JOIN customers c ON c.cust_id = o.cust_id WHERE o.status = 'completed' "
     "AND o.ord_dt >= '2024-01-01' AND o.ord_dt < '2025-01-01' GROUP BY c.cust_id, c.cust_nm "
     "HAVING SUM(o.tot_amt) > 4000", False, []),
    ("When did our Pueblo store close?",
     "SELECT close_dt FROM branches WHERE br_nm = 'Ridgeline Pueblo'", False,
     ["SELECT close_dt FROM branches WHERE city = 'Pueblo'"]),
    ("Which regional manager has the most store managers reporting to them?",
     "SELECT boss.emp_nm FROM staff e JOIN staff boss ON boss.emp_id = e.sup_id "
     "WHERE e.job_ttl = 'Store Manager' AND boss.job_ttl = 'Regional Manager' "
     "GROUP BY boss.emp_id, boss.emp_nm ORDER BY COUNT(*) DESC LIMIT 1", False,
     ["SELECT boss.emp_nm FROM staff e JOIN staff boss ON boss.emp_id = e.sup_id "
      "WHERE e.job_ttl = 'Store Manager' AND e.emp_stat = 'active' "
      "GROUP BY boss.emp_id, boss.emp_nm ORDER BY COUNT(*) DESC LIMIT 1"]),
    ("Which of our open stores brought in the least revenue from completed orders in 2024?",
     "SELECT b.br_nm FROM orders o JOIN branches b ON b.br_id = o.br_id WHERE b.is_active = 1 "
     "AND o.status = 'completed' AND o.ord_dt >= '2024-01-01' AND o.ord_dt < '2025-01-01' "
     "GROUP BY b.br_id, b.br_nm ORDER BY SUM(o.tot_amt) ASC LIMIT 1", False,
     ["SELECT b.br_nm FROM branches b LEFT JOIN orders o ON o.br_id = b.br_id AND o.status = 'completed' "
      "AND o.ord_dt LIKE '2024%' WHERE b.is_active = 1 GROUP BY b.br_id, b.br_nm "
      "ORDER BY COALESCE(SUM(o.tot_amt), 0) ASC LIMIT 1"]),
]

EMBER_OAK = [
    ("How many cafés are open right now? Don't count kiosks or roasteries.",
     "SELECT COUNT(*) FROM LOCATIONS WHERE LOCATION_TYPE = 'Café' AND LOCATION_STATUS = 'Open'", False, []),
    ("How many of our coffees are certified organic? Include retired coffees too.",
     "SELECT COUNT(*) FROM COFFEES WHERE IS_ORGANIC = 1", False, []),
    ("What was our wholesale coffee revenue from delivered orders in 2024, in dollars? Leave shipping fees out.",
     "SELECT ROUND(SUM(l.QUANTITY_KG * l.PRICE_PER_KG_CENTS) / 100.0, 2) FROM WHOLESALE_ORDER_LINES l "
     "JOIN WHOLESALE_ORDERS o ON o.ORDER_ID = l.ORDER_ID WHERE o.ORDER_STATUS = 'delivered' "
     "AND o.ORDERED_AT >= '2024-01-01' AND o.ORDERED_AT < '2025-01-01'", False, []),
    ("break down café sales revenue by payment method for november 2024",
     "SELECT PAYMENT_METHOD, ROUND(SUM(SALE_AMOUNT), 2) FROM CAFE_SALES "
     "WHERE SOLD_AT >= '2024-11-01' AND SOLD_AT < '2024-12-01' GROUP BY PAYMENT_METHOD", False,
     ["SELECT s.PAYMENT_METHOD, ROUND(SUM(s.QUANTITY * m.PRICE), 2) FROM CAFE_SALES s "
      "JOIN MENU_ITEMS m ON m.MENU_ITEM_ID = s.MENU_ITEM_ID WHERE strftime('%Y-%m', s.SOLD_AT) = '2024-11' "
      "GROUP BY s.PAYMENT_METHOD"]),
    ("Who were our top 3 wholesale accounts by kg of coffee on delivered orders in 2024? Biggest first.",
     "SELECT a.BUSINESS_NAME FROM WHOLESALE_ORDER_LINES l JOIN WHOLESALE_ORDERS o ON o.ORDER_ID = l.ORDER_ID "
     "JOIN WHOLESALE_ACCOUNTS a ON a.ACCOUNT_ID = o.ACCOUNT_ID WHERE o.ORDER_STATUS = 'delivered' "
     "AND o.ORDERED_AT >= '2024-01-01' AND o.ORDERED_AT < '2025-01-01' GROUP BY a.ACCOUNT_ID, a.BUSINESS_NAME "
     "ORDER BY SUM(l.QUANTITY_KG) DESC LIMIT 3", True, []),
    ("Which location had the highest café sales revenue in December 2024?",
     "SELECT l.LOCATION_NAME FROM CAFE_SALES s JOIN LOCATIONS l ON l.LOCATION_ID = s.LOCATION_ID "
     "WHERE s.SOLD_AT >= '2024-12-01' AND s.SOLD_AT < '2025-01-01' GROUP BY l.LOCATION_ID, l.LOCATION_NAME "
     "ORDER BY SUM(s.SALE_AMOUNT) DESC LIMIT 1", False, []),
    ("What's the contact phone number for Blue Heron Lodge?",
     "SELECT CONTACT_PHONE FROM WHOLESALE_ACCOUNTS WHERE BUSINESS_NAME = 'Blue Heron Lodge'", False, []),
    ("Who is Tamsin Lindqvist's manager?",
     "SELECT m.FIRST_NAME, m.LAST_NAME FROM EMPLOYEES e JOIN EMPLOYEES m ON m.EMPLOYEE_ID = e.MANAGER_EMPLOYEE_ID "
     "WHERE e.FIRST_NAME = 'Tamsin' AND e.LAST_NAME = 'Lindqvist'", False, []),
    ("How many people report directly to Linda Tanaka?",
     "SELECT COUNT(*) FROM EMPLOYEES e JOIN EMPLOYEES m ON m.EMPLOYEE_ID = e.MANAGER_EMPLOYEE_ID "
     "WHERE m.FIRST_NAME = 'Linda' AND m.LAST_NAME = 'Tanaka'", False,
     ["SELECT COUNT(*) FROM EMPLOYEES e JOIN EMPLOYEES m ON m.EMPLOYEE_ID = e.MANAGER_EMPLOYEE_ID "
      "WHERE m.FIRST_NAME = 'Linda' AND m.LAST_NAME = 'Tanaka' AND e.EMPLOYMENT_STATUS = 'Active'"]),
    ("What tasting notes does the Guji Hambela have?",
     "SELECT f.NOTE_NAME FROM COFFEE_FLAVOR_NOTES cf JOIN COFFEES c ON c.COFFEE_ID = cf.COFFEE_ID "
     "JOIN FLAVOR_NOTES f ON f.FLAVOR_NOTE_ID = cf.FLAVOR_NOTE_ID WHERE c.COFFEE_NAME = 'Guji Hambela'", False, []),
    ("How many of our coffees list caramel as a tasting note?",
     "SELECT COUNT(*) FROM COFFEE_FLAVOR_NOTES cf JOIN FLAVOR_NOTES f ON f.FLAVOR_NOTE_ID = cf.FLAVOR_NOTE_ID "
     "WHERE f.NOTE_NAME = 'Caramel'", False, []),
    ("Which coffees have never been ordered by a wholesale account, whatever the order status?",
     "SELECT COFFEE_NAME FROM COFFEES WHERE COFFEE_ID NOT IN (SELECT COFFEE_ID FROM WHOLESALE_ORDER_LINES)",
     False, []),
    ("How many wholesale accounts have never placed an order?",
     "SELECT COUNT(*) FROM WHOLESALE_ACCOUNTS WHERE ACCOUNT_ID NOT IN (SELECT ACCOUNT_ID FROM WHOLESALE_ORDERS)",
     False,
     ["SELECT COUNT(*) FROM WHOLESALE_ACCOUNTS a LEFT JOIN WHOLESALE_ORDERS o ON o.ACCOUNT_ID = a.ACCOUNT_ID "
      "WHERE o.ORDER_ID IS NULL"]),
    ("Which menu items have not sold at all in our cafés?",
     "SELECT ITEM_NAME FROM MENU_ITEMS WHERE MENU_ITEM_ID NOT IN (SELECT MENU_ITEM_ID FROM CAFE_SALES)", False, []),
    ("Which wholesale accounts placed more than 12 orders in 2024? Count orders of every status.",
     "SELECT a.BUSINESS_NAME FROM WHOLESALE_ORDERS o JOIN WHOLESALE_ACCOUNTS a ON a.ACCOUNT_ID = o.ACCOUNT_ID "
     "WHERE o.ORDERED_AT >= '2024-01-01' AND o.ORDERED_AT < '2025-01-01' GROUP BY a.ACCOUNT_ID, a.BUSINESS_NAME "
     "HAVING COUNT(*) > 12", False, []),
    ("What's the average cupping score of our Ethiopian coffees?",
     "SELECT ROUND(AVG(CUPPING_SCORE), 2) FROM COFFEES WHERE ORIGIN_COUNTRY = 'Ethiopia'", False, []),
    ("What's our highest-scoring coffee on the cupping table?",
     "SELECT COFFEE_NAME FROM COFFEES ORDER BY CUPPING_SCORE DESC LIMIT 1", False, []),
    ("Which coffee has the lowest wholesale price per kilo?",
     "SELECT COFFEE_NAME FROM COFFEES ORDER BY WHOLESALE_PRICE_PER_KG_CENTS ASC LIMIT 1", False,
     ["SELECT COFFEE_NAME FROM COFFEES WHERE AVAILABILITY_STATUS <> 'retired' "
      "ORDER BY WHOLESALE_PRICE_PER_KG_CENTS ASC LIMIT 1"]),
    ("What roast levels do we offer?",
     "SELECT DISTINCT ROAST_LEVEL FROM COFFEES", False,
     ["SELECT DISTINCT ROAST_LEVEL FROM COFFEES WHERE AVAILABILITY_STATUS <> 'retired'"]),
    ("How many wholesale orders were cancelled in 2023?",
     "SELECT COUNT(*) FROM WHOLESALE_ORDERS WHERE ORDER_STATUS = 'cancelled' "
     "AND ORDERED_AT >= '2023-01-01' AND ORDERED_AT < '2024-01-01'", False, []),
    ("Which of our locations are temporarily closed, and what city is each one in?",
     "SELECT LOCATION_NAME, CITY FROM LOCATIONS WHERE LOCATION_STATUS = 'Temporarily Closed'", False, []),
    ("What's the average hourly wage of our active baristas?",
     "SELECT ROUND(AVG(HOURLY_WAGE), 2) FROM EMPLOYEES WHERE JOB_TITLE = 'Barista' AND EMPLOYMENT_STATUS = 'Active'",
     False, []),
    ("Which location opened most recently?",
     "SELECT LOCATION_NAME FROM LOCATIONS ORDER BY OPENING_DATE DESC LIMIT 1", False, []),
    ("How many active wholesale accounts do we have in each state or province? Sort from most to fewest.",
     "SELECT STATE_OR_PROVINCE, COUNT(*) FROM WHOLESALE_ACCOUNTS WHERE ACCOUNT_STATUS = 'active' "
     "GROUP BY STATE_OR_PROVINCE ORDER BY COUNT(*) DESC", True, []),
    ("How many employees are currently on leave?",
     "SELECT COUNT(*) FROM EMPLOYEES WHERE EMPLOYMENT_STATUS = 'On Leave'", False, []),
    ("Which of our open locations have a drive-through?",
     "SELECT LOCATION_NAME FROM LOCATIONS WHERE HAS_DRIVE_THROUGH = 1 AND LOCATION_STATUS = 'Open'", False, []),
    ("Which sales rep looks after the most active wholesale accounts?",
     "SELECT e.FIRST_NAME, e.LAST_NAME FROM WHOLESALE_ACCOUNTS a JOIN EMPLOYEES e "
     "ON e.EMPLOYEE_ID = a.SALES_REP_EMPLOYEE_ID WHERE a.ACCOUNT_STATUS = 'active' "
     "GROUP BY e.EMPLOYEE_ID, e.FIRST_NAME, e.LAST_NAME ORDER BY COUNT(*) DESC LIMIT 1", False,
     ["SELECT e.FIRST_NAME, e.LAST_NAME FROM WHOLESALE_ACCOUNTS a JOIN EMPLOYEES e "
      "ON e.EMPLOYEE_ID = a.SALES_REP_EMPLOYEE_ID WHERE e.EMPLOYMENT_STATUS = 'Active' "
      "GROUP BY e.EMPLOYEE_ID, e.FIRST_NAME, e.LAST_NAME ORDER BY COUNT(*) DESC LIMIT 1"]),
    ("How much did we charge in shipping fees on delivered wholesale orders in 2024, in dollars?",
     "SELECT SUM(SHIPPING_FEE_CENTS) / 100.0 FROM WHOLESALE_ORDERS WHERE ORDER_STATUS = 'delivered' "
     "AND ORDERED_AT >= '2024-01-01' AND ORDERED_AT < '2025-01-01'", False, []),
    ("What's the wholesale price per kilo for Campfire Espresso, in dollars?",
     "SELECT WHOLESALE_PRICE_PER_KG_CENTS / 100.0 FROM COFFEES WHERE COFFEE_NAME = 'Campfire Espresso'", False, []),
    ("How much is a retail bag of the Rwanda Kanzu?",
     "SELECT RETAIL_BAG_PRICE FROM COFFEES WHERE COFFEE_NAME = 'Rwanda Kanzu'", False,
     ["SELECT PRICE FROM MENU_ITEMS WHERE ITEM_NAME = 'Rwanda Kanzu 340g Bag'"]),
    ("How many cortados did we sell in October 2024? I mean cups, not transactions.",
     "SELECT SUM(s.QUANTITY) FROM CAFE_SALES s JOIN MENU_ITEMS m ON m.MENU_ITEM_ID = s.MENU_ITEM_ID "
     "WHERE m.ITEM_NAME = 'Cortado' AND s.SOLD_AT >= '2024-10-01' AND s.SOLD_AT < '2024-11-01'", False, []),
    ("Which menu category brought in the most café revenue in Q4 2024 (October to December)?",
     "SELECT m.MENU_CATEGORY FROM CAFE_SALES s JOIN MENU_ITEMS m ON m.MENU_ITEM_ID = s.MENU_ITEM_ID "
     "WHERE s.SOLD_AT >= '2024-10-01' AND s.SOLD_AT < '2025-01-01' GROUP BY m.MENU_CATEGORY "
     "ORDER BY SUM(s.SALE_AMOUNT) DESC LIMIT 1", False, []),
    ("List our Colombian coffees with their processing method.",
     "SELECT COFFEE_NAME, PROCESSING_METHOD FROM COFFEES WHERE ORIGIN_COUNTRY = 'Colombia'", False, []),
    ("How many café sales did Kenneth Adeyemi ring up in November 2024?",
     "SELECT COUNT(*) FROM CAFE_SALES s JOIN EMPLOYEES e ON e.EMPLOYEE_ID = s.EMPLOYEE_ID "
     "WHERE e.FIRST_NAME = 'Kenneth' AND e.LAST_NAME = 'Adeyemi' "
     "AND s.SOLD_AT >= '2024-11-01' AND s.SOLD_AT < '2024-12-01'", False, []),
    ("Which wholesale accounts spent more than $10,000 on coffee in delivered orders in 2024, not counting shipping?",
     "SELECT a.BUSINESS_NAME FROM WHOLESALE_ORDER_LINES l JOIN WHOLESALE_ORDERS o ON o.ORDER_ID = l.ORDER_ID "
     "JOIN WHOLESALE_ACCOUNTS a ON a.ACCOUNT_ID = o.ACCOUNT_ID WHERE o.ORDER_STATUS = 'delivered' "
     "AND o.ORDERED_AT >= '2024-01-01' AND o.ORDERED_AT < '2025-01-01' GROUP BY a.ACCOUNT_ID, a.BUSINESS_NAME "
     "HAVING SUM(l.QUANTITY_KG * l.PRICE_PER_KG_CENTS) > 1000000", False, []),
    ("When did our Kitsilano café open?",
     "SELECT OPENING_DATE FROM LOCATIONS WHERE LOCATION_NAME = 'Ember & Oak Kitsilano'", False,
     ["SELECT OPENING_DATE FROM LOCATIONS WHERE LOCATION_NAME LIKE '%Kitsilano%'"]),
    ("Which regional manager has the most direct reports?",
     "SELECT m.FIRST_NAME, m.LAST_NAME FROM EMPLOYEES e JOIN EMPLOYEES m ON m.EMPLOYEE_ID = e.MANAGER_EMPLOYEE_ID "
     "WHERE m.JOB_TITLE = 'Regional Manager' GROUP BY m.EMPLOYEE_ID, m.FIRST_NAME, m.LAST_NAME "
     "ORDER BY COUNT(*) DESC LIMIT 1", False,
     ["SELECT m.FIRST_NAME, m.LAST_NAME FROM EMPLOYEES e JOIN EMPLOYEES m ON m.EMPLOYEE_ID = e.MANAGER_EMPLOYEE_ID "
      "WHERE m.JOB_TITLE = 'Regional Manager' AND e.EMPLOYMENT_STATUS = 'Active' "
      "GROUP BY m.EMPLOYEE_ID, m.FIRST_NAME, m.LAST_NAME ORDER BY COUNT(*) DESC LIMIT 1"]),
    ("Which of our open locations had the lowest café sales revenue in November 2024?",
     "SELECT l.LOCATION_NAME FROM CAFE_SALES s JOIN LOCATIONS l ON l.LOCATION_ID = s.LOCATION_ID "
     "WHERE l.LOCATION_STATUS = 'Open' AND s.SOLD_AT >= '2024-11-01' AND s.SOLD_AT < '2024-12-01' "
     "GROUP BY l.LOCATION_ID, l.LOCATION_NAME ORDER BY SUM(s.SALE_AMOUNT) ASC LIMIT 1", False,
     ["SELECT l.LOCATION_NAME FROM LOCATIONS l LEFT JOIN CAFE_SALES s ON s.LOCATION_ID = l.LOCATION_ID "
      "AND s.SOLD_AT LIKE '2024-11%' WHERE l.LOCATION_STATUS = 'Open' GROUP BY l.LOCATION_ID, l.LOCATION_NAME "
      "ORDER BY COALESCE(SUM(s.SALE_AMOUNT), 0) ASC LIMIT 1"]),
    ("Which coffees are both organic and decaf?",
     "SELECT COFFEE_NAME FROM COFFEES WHERE IS_ORGANIC = 1 AND IS_DECAF = 1", False, []),
    ("Which flavor family shows up most often in our coffees' tasting notes?",
     "SELECT f.NOTE_FAMILY FROM COFFEE_FLAVOR_NOTES cf JOIN FLAVOR_NOTES f ON f.FLAVOR_NOTE_ID = cf.FLAVOR_NOTE_ID "
     "GROUP BY f.NOTE_FAMILY ORDER BY COUNT(*) DESC LIMIT 1", False,
     ["SELECT f.NOTE_FAMILY FROM COFFEE_FLAVOR_NOTES cf JOIN FLAVOR_NOTES f ON f.FLAVOR_NOTE_ID = cf.FLAVOR_NOTE_ID "
      "GROUP BY f.NOTE_FAMILY ORDER BY COUNT(DISTINCT cf.COFFEE_ID) DESC LIMIT 1"]),
]

SETS = [("ridgeline_hardware", RIDGELINE), ("ember_oak_roasters", EMBER_OAK)]


def main():
    show = "--show" in sys.argv
    out_lines, alts = [], {}
    for name, qs in SETS:
        rel = f"databases/{name}.sqlite"
        con = sqlite3.connect(f"file:{os.path.join(ROOT, rel)}?mode=ro", uri=True) if show else None
        for i, (question, sql, om, alt) in enumerate(qs, start=1):
            qid = f"{name}-{i:03d}"
            out_lines.append(json.dumps({"id": qid, "db": rel, "question": question, "sql": sql,
                                         "order_matters": om}, ensure_ascii=False))
            if alt:
                alts[qid] = alt
            if show:
                rows = con.execute(sql).fetchall()
                print(f"{qid}: {question}\n    -> {len(rows)} rows: {rows[:8]}")
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out_lines) + "\n")
    with open(os.path.join(HERE, "alt_readings.json"), "w", encoding="utf-8") as f:
        json.dump(alts, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(out_lines)} questions, alternative readings for {len(alts)}")


if __name__ == "__main__":
    main()
