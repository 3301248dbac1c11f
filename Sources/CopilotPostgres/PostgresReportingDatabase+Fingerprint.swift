import CopilotCore

extension PostgresReportingDatabase {
    /// The database's name and its tables' write counters: any insert, update or delete in a user
    /// table changes it (a reporting load does), so caches derived from the data are rebuilt.
    public func fingerprint() async -> String? {
        let result = try? await pool.withConnection { connection in
            try connection.query("""
                SELECT current_database() || ':' || COUNT(*) || ':' || COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0)
                       || ':' || COALESCE(SUM(n_live_tup), 0)
                FROM pg_stat_user_tables
                """, context: "reading the data's fingerprint")
        }
        return result?.rows.first?.first?.stringValue.map { "pg:" + Fingerprint.fnv1a(displayName + "|" + $0) }
    }
}
