import CopilotCore

/// Reads the tables, columns and keys of the connection's current schema. Columns come from
/// `information_schema`, which lists only what the role may read; keys come from `pg_constraint`
/// because `information_schema.table_constraints` hides them from a role that may only SELECT.
enum PostgresSchemaReader {
    static func read(_ connection: PostgresConnection) throws -> DatabaseSchema {
        let context = "reading the schema"
        let columns = try connection.query("""
            SELECT c.table_name::text, c.column_name::text, c.data_type::text
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type IN ('BASE TABLE', 'VIEW')
            ORDER BY c.table_name, c.ordinal_position
            """, context: context)
        let keys = try connection.query("""
            SELECT rel.relname::text, con.contype::text, a.attname::text, frel.relname::text, fa.attname::text
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class rel ON rel.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = rel.relnamespace
            CROSS JOIN LATERAL unnest(con.conkey, coalesce(con.confkey, con.conkey)) WITH ORDINALITY AS k(attnum, fattnum, position)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            LEFT JOIN pg_catalog.pg_class frel ON frel.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.fattnum
            WHERE n.nspname = current_schema() AND con.contype IN ('p', 'f')
            ORDER BY rel.relname, con.conname, k.position
            """, context: context)
        var primaryKeys = Set<String>()
        var foreignKeys: [String: [DatabaseSchema.ForeignKey]] = [:]
        for row in keys.rows {
            let table = row[0].description.lowercased()
            let column = row[2].description.lowercased()
            if row[1].description == "p" {
                primaryKeys.insert("\(table).\(column)")
            } else {
                foreignKeys[table, default: []].append(.init(column: column, table: row[3].description.lowercased(),
                                                             referencedColumn: row[4].description.lowercased()))
            }
        }
        var order: [String] = []
        var tableColumns: [String: [DatabaseSchema.Column]] = [:]
        for row in columns.rows {
            let table = row[0].description.lowercased()
            let column = row[1].description.lowercased()
            if tableColumns[table] == nil { order.append(table) }
            tableColumns[table, default: []].append(.init(name: column, type: normalizedType(row[2].description),
                                                          isPrimaryKey: primaryKeys.contains("\(table).\(column)")))
        }
        return DatabaseSchema(tables: order.filter { !SQLPolicy.isSystemTable($0) }.map { name in
            .init(name: name, columns: tableColumns[name] ?? [], foreignKeys: foreignKeys[name] ?? [])
        })
    }

    /// `information_schema` spells types out (`timestamp without time zone`); the schema uses the
    /// short uppercase names SQLite files declare.
    static func normalizedType(_ type: String) -> String {
        switch type.lowercased() {
        case "timestamp without time zone": "TIMESTAMP"
        case "timestamp with time zone": "TIMESTAMPTZ"
        case "time without time zone": "TIME"
        case "character varying": "VARCHAR"
        case "character": "CHAR"
        default: type.uppercased()
        }
    }
}
