/// A reporting database's tables, columns and foreign keys, as read at open time. Used to draft
/// semantic models for databases the copilot was not written for.
public struct DatabaseSchema: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        /// The declared type, uppercased (`INTEGER`, `TEXT`, `REAL`, `DATE`, `TIMESTAMP`…).
        public var type: String
        public var isPrimaryKey: Bool

        public init(name: String, type: String, isPrimaryKey: Bool) {
            self.name = name
            self.type = type
            self.isPrimaryKey = isPrimaryKey
        }
    }

    public struct ForeignKey: Sendable, Equatable {
        public var column: String
        public var table: String
        public var referencedColumn: String

        public init(column: String, table: String, referencedColumn: String) {
            self.column = column
            self.table = table
            self.referencedColumn = referencedColumn
        }
    }

    public struct Table: Sendable, Equatable {
        public var name: String
        public var columns: [Column]
        public var foreignKeys: [ForeignKey]
        /// The name as the database declares it when `name` was folded (`RepairTicket` for
        /// `repairticket`): its humps still tell the words apart.
        public var spelled: String?

        public init(name: String, columns: [Column], foreignKeys: [ForeignKey], spelled: String? = nil) {
            self.name = name
            self.columns = columns
            self.foreignKeys = foreignKeys
            self.spelled = spelled
        }
    }

    public var tables: [Table]

    public init(tables: [Table]) {
        self.tables = tables
    }
}
