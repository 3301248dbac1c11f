import XCTest
@testable import CopilotCore

/// `SQLExpression.nameParts`: the columns a composed name is made of (first and last name joined
/// with a separator), and nothing for any other expression.
final class NamePartsTests: XCTestCase {
    func testAComposedNameGivesItsColumns() {
        XCTAssertEqual(SQLExpression.nameParts("customers.first_name || ' ' || customers.last_name"),
                       ["customers.first_name", "customers.last_name"])
        XCTAssertEqual(SQLExpression.nameParts("staff.first_name||' '||staff.last_name"), ["staff.first_name", "staff.last_name"])
        XCTAssertEqual(SQLExpression.nameParts("p.first || ' ' || p.middle || ' ' || p.last"), ["p.first", "p.middle", "p.last"])
    }

    func testAnyOtherExpressionGivesNothing() {
        XCTAssertEqual(SQLExpression.nameParts("customers.city"), [])
        XCTAssertEqual(SQLExpression.nameParts("UPPER(customers.name)"), [])
        XCTAssertEqual(SQLExpression.nameParts("COALESCE(a.first_name, '') || ' ' || a.last_name"), [], "a function call is no column")
        XCTAssertEqual(SQLExpression.nameParts("customers.first_name || ' '"), [], "one column is no composed name")
        XCTAssertEqual(SQLExpression.nameParts(""), [])
    }
}
