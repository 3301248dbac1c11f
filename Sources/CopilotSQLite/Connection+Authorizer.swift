import CSQLite

/// What SQLite asks the authorizer about while compiling a statement.
public struct AuthorizerRequest: Sendable {
    /// The action code (`SQLITE_SELECT`, `SQLITE_READ`, `SQLITE_FUNCTION`, …).
    public let action: Int32
    /// For `SQLITE_READ`: the table; for `SQLITE_FUNCTION`: nil.
    public let argument1: String?
    /// For `SQLITE_READ`: the column; for `SQLITE_FUNCTION`: the function name.
    public let argument2: String?
    /// The schema (`main`, `temp`, an attached name) when relevant.
    public let database: String?
    /// The innermost trigger or view responsible, if any.
    public let accessor: String?

    public var actionName: String { AuthorizerRequest.names[action] ?? "action \(action)" }

    static let names: [Int32: String] = [
        SQLITE_CREATE_INDEX: "CREATE INDEX", SQLITE_CREATE_TABLE: "CREATE TABLE",
        SQLITE_CREATE_TEMP_INDEX: "CREATE TEMP INDEX", SQLITE_CREATE_TEMP_TABLE: "CREATE TEMP TABLE",
        SQLITE_CREATE_TEMP_TRIGGER: "CREATE TEMP TRIGGER", SQLITE_CREATE_TEMP_VIEW: "CREATE TEMP VIEW",
        SQLITE_CREATE_TRIGGER: "CREATE TRIGGER", SQLITE_CREATE_VIEW: "CREATE VIEW", SQLITE_DELETE: "DELETE",
        SQLITE_DROP_INDEX: "DROP INDEX", SQLITE_DROP_TABLE: "DROP TABLE", SQLITE_DROP_TEMP_INDEX: "DROP TEMP INDEX",
        SQLITE_DROP_TEMP_TABLE: "DROP TEMP TABLE", SQLITE_DROP_TEMP_TRIGGER: "DROP TEMP TRIGGER",
        SQLITE_DROP_TEMP_VIEW: "DROP TEMP VIEW", SQLITE_DROP_TRIGGER: "DROP TRIGGER", SQLITE_DROP_VIEW: "DROP VIEW",
        SQLITE_INSERT: "INSERT", SQLITE_PRAGMA: "PRAGMA", SQLITE_READ: "READ", SQLITE_SELECT: "SELECT",
        SQLITE_TRANSACTION: "TRANSACTION", SQLITE_UPDATE: "UPDATE", SQLITE_ATTACH: "ATTACH", SQLITE_DETACH: "DETACH",
        SQLITE_ALTER_TABLE: "ALTER TABLE", SQLITE_REINDEX: "REINDEX", SQLITE_ANALYZE: "ANALYZE",
        SQLITE_CREATE_VTABLE: "CREATE VIRTUAL TABLE", SQLITE_DROP_VTABLE: "DROP VIRTUAL TABLE",
        SQLITE_FUNCTION: "FUNCTION", SQLITE_SAVEPOINT: "SAVEPOINT", SQLITE_RECURSIVE: "RECURSIVE",
    ]
}

/// The authorizer's verdict.
public enum AuthorizerDecision: Sendable {
    /// `SQLITE_OK`.
    case allow
    /// `SQLITE_DENY`: compilation fails with an authorization error.
    case deny
    /// `SQLITE_IGNORE`: the column reads as NULL / the action is skipped.
    case ignore
}

final class AuthorizerBox {
    let body: (AuthorizerRequest) -> AuthorizerDecision
    init(_ body: @escaping (AuthorizerRequest) -> AuthorizerDecision) { self.body = body }
}

extension Connection {
    /// Installs (or, with `nil`, removes) an authorizer consulted by SQLite for every action while a
    /// statement is compiled.
    public func setAuthorizer(_ body: ((AuthorizerRequest) -> AuthorizerDecision)?) {
        guard let body else {
            sqlite3_set_authorizer(handle, nil, nil)
            authorizerBox = nil
            return
        }
        let box = AuthorizerBox(body)
        authorizerBox = box
        sqlite3_set_authorizer(handle, { context, action, a1, a2, database, accessor in
            guard let context else { return SQLITE_DENY }
            let box = Unmanaged<AuthorizerBox>.fromOpaque(context).takeUnretainedValue()
            let request = AuthorizerRequest(
                action: action,
                argument1: a1.map { String(cString: $0) },
                argument2: a2.map { String(cString: $0) },
                database: database.map { String(cString: $0) },
                accessor: accessor.map { String(cString: $0) })
            switch box.body(request) {
            case .allow: return SQLITE_OK
            case .deny: return SQLITE_DENY
            case .ignore: return SQLITE_IGNORE
            }
        }, Unmanaged.passUnretained(box).toOpaque())
    }
}
