import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// A legacy ERP's files (`CUSTMAST`, `SLSHDR`, `RPRJOB`, dates as `YYYYMMDD` numbers, a birthday
/// before the record's own date) and an app's repair jobs (a promised date before `created_at`, an
/// active flag on shops only): drafted, compiled and run on a real SQLite file. First met on blind
/// store batch 16.
final class LegacyERPSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func makeDatabase() throws -> (URL, String) {
        try TestSupport.sqliteFixture("legacy-erp-schema", file: "erp.sqlite", sql: """
                CREATE TABLE BRANCH (BR_CODE CHAR(3) NOT NULL PRIMARY KEY, BR_NAME VARCHAR(30) NOT NULL, ACTV_FLG CHAR(1) NOT NULL);
                CREATE TABLE CUSTMAST (CUST_NO INTEGER NOT NULL PRIMARY KEY, CUST_FNAME VARCHAR(20), CUST_SNAME VARCHAR(30) NOT NULL,
                    BIRTH_DT NUMERIC(8,0) NOT NULL, OPEN_DT NUMERIC(8,0) NOT NULL);
                CREATE TABLE EMPMAST (EMP_NO INTEGER NOT NULL PRIMARY KEY, EMP_FNAME VARCHAR(20) NOT NULL, EMP_SNAME VARCHAR(25) NOT NULL,
                    BR_CODE CHAR(3) NOT NULL REFERENCES BRANCH(BR_CODE), TERM_DT NUMERIC(8,0));
                CREATE TABLE RPRJOB (JOB_NO INTEGER NOT NULL PRIMARY KEY, BR_CODE CHAR(3) NOT NULL REFERENCES BRANCH(BR_CODE),
                    CUST_NO INTEGER NOT NULL REFERENCES CUSTMAST(CUST_NO), PROM_DT NUMERIC(8,0) NOT NULL, RCV_DT NUMERIC(8,0) NOT NULL,
                    CHG_AMT DECIMAL(11,2) NOT NULL);
                INSERT INTO BRANCH VALUES ('EDN', 'EDINBURGH', 'Y'), ('PER', 'PERTH', 'Y');
                INSERT INTO CUSTMAST VALUES (1, 'ANNA', 'REID', 19800101, 20230105), (2, 'IAIN', 'ROSS', 19910214, 20250302),
                    (3, 'MAIRI', 'KERR', 20250101, 20240611);
                INSERT INTO EMPMAST VALUES (10, 'Eilidh', 'Munro', 'EDN', 0), (11, 'Hamish', 'Tulloch', 'PER', 20240131);
                INSERT INTO RPRJOB VALUES (100, 'EDN', 1, 20250110, 20241220, 45.0), (101, 'EDN', 2, 20250301, 20250220, 30.0),
                    (102, 'PER', 3, 20250404, 20250402, 80.0);
                """)
    }

    private func answer(_ question: String, model: SemanticModel, database: SQLiteReportingDatabase) async throws -> [[String]] {
        try await TestSupport.rows(answering: question, model: model, database: database, asOf: asOf, values: ["branch.br_name": ["EDINBURGH", "PERTH"]])
    }

    func testMasterFilesAndJobsAreNamedForTheirRecords() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        XCTAssertNotNil(model.entity(named: "customer"), "CUSTMAST is the customers: \(model.entities.map(\.name))")
        XCTAssertNotNil(model.entity(named: "employee"), "EMPMAST is the employees")
        let repairs = try XCTUnwrap(model.entities.first { $0.table == "rprjob" })
        XCTAssertTrue(repairs.synonyms.contains("repair tickets") || repairs.synonyms.contains("repair ticket"), "\(repairs.synonyms)")
        let people = try XCTUnwrap(model.entity(named: "customer"))
        XCTAssertEqual(people.person, true, "first name and surname make a person")
    }

    func testARecordsDateIsWhenItArrived() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let customers = try XCTUnwrap(model.entity(named: "customer"))
        XCTAssertTrue(customers.time?.contains("open_dt") == true, "not the birthday: \(customers.time ?? "")")
        let repairs = try XCTUnwrap(model.entities.first { $0.table == "rprjob" })
        XCTAssertTrue(repairs.time?.contains("rcv_dt") == true, "received, not promised: \(repairs.time ?? "")")
        let taken = try await answer("How many repair jobs did Edinburgh take in during 2024?", model: model, database: database)
        XCTAssertEqual(taken, [["1"]], "job 100 was received on 20 December 2024 and promised for 2025")
    }

    func testAShopsActiveFlagIsNoStaffMembersState() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let active = try XCTUnwrap(model.dimensions.first { $0.expressions == ["branch.actv_flg"] })
        let names = active.valueSynonyms?.values.flatMap { $0 } ?? []
        XCTAssertFalse(names.contains("still work for us"), "\(names)")
    }
}
