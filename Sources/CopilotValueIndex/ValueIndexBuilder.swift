import CopilotCore
import CopilotSQLite
import Foundation
import Logging

/// Builds a ``SQLiteValueIndex``: the distinct values of every text field of the model (up to
/// `cap` per field), read through the guard like any other query, with the well-known aliases of
/// place names. Written to a temporary file and moved into place, so a reader never sees half an index.
public enum ValueIndexBuilder {
    /// Fields with more distinct values than this keep only the first `cap`.
    public static let defaultCap = 50_000

    public static func build(at path: String, model: SemanticModel, runner: GuardedSQLRunner, cap: Int = defaultCap,
                             logger: Logger = Logger(label: "copilot.values")) async throws {
        let temporary = path + ".building-\(RandomID.hex(8))"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let queue = try DatabaseQueue(path: temporary, mode: .readWrite(create: true), label: "values-build") { connection in
            try connection.execute("""
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
                CREATE TABLE value_rows (id INTEGER PRIMARY KEY, field TEXT NOT NULL, value TEXT NOT NULL, norm TEXT NOT NULL);
                CREATE TABLE value_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
                """)
        }
        let loader = DimensionValueLoader(model: model, runner: runner)
        var rows: [(field: String, value: String, norm: String)] = []
        var siteNames: [(field: String, value: String, norm: String)] = []
        // A column several fields share (a drafted model's `name` and `id` read every table's) is
        // read once.
        var read: [String: [String]] = [:]
        // Fields whose values count only when the field is named (a value that is a common word, a
        // field that reads several tables) are left out: a value found there would mean the wrong column.
        for dimension in model.dimensions where [.text, .identifier].contains(dimension.fieldType) && dimension.valuesNeedDimensionWord != true {
            var seen = Set<String>()
            for expression in dimension.expressions {
                let values: [String]
                if let known = read[expression] {
                    values = known
                } else {
                    do {
                        values = try await distinctValues(of: expression, in: dimension, loader: loader, runner: runner, cap: cap)
                    } catch {
                        // A field too big or too slow to list stays out of the index; questions can still name it.
                        logger.notice("value index skipped a field", metadata: ["field": .string(dimension.name), "reason": .string(userFacing(error).code)])
                        values = []
                    }
                    read[expression] = values
                }
                let kind = PlaceAliases.kind(of: values)
                let brand = sharedLeadingWords(of: values)
                for value in values where seen.insert(value).inserted {
                    let norm = Lexer.lex(value).map(\.folded)
                    guard !norm.isEmpty, norm.count <= 12, value.count <= 160 else { continue }
                    rows.append((dimension.name, value, norm.joined(separator: " ")))
                    // "Meeple & Mug Uptown": a chain's sites are called by what follows its name.
                    if brand > 0, norm.count > brand {
                        siteNames.append((dimension.name, value, norm.dropFirst(brand).joined(separator: " ")))
                    }
                    for alias in PlaceAliases.aliases(of: value, column: kind) {
                        rows.append((dimension.name, value, Lexer.lex(alias).map(\.folded).joined(separator: " ")))
                    }
                }
            }
        }
        // A site named after its town ("Summit Cycles Santa Fe") leaves "Santa Fe" to the town.
        let names = Set(rows.map(\.2))
        rows += siteNames.filter { !names.contains($0.2) }
        let entries = rows
        try await queue.withConnection { connection in
            try connection.transaction {
                let insert = try connection.prepare("INSERT INTO value_rows (field, value, norm) VALUES (?, ?, ?)")
                let term = try connection.prepare("INSERT OR IGNORE INTO value_terms (term) VALUES (?)")
                for row in entries {
                    try insert.execute([.text(row.field), .text(row.value), .text(row.norm)])
                    for word in row.norm.split(separator: " ") { try term.execute([.text(String(word))]) }
                }
            }
            // The full-text index over the normalised values (accents already folded).
            try connection.execute("""
                CREATE VIRTUAL TABLE value_search USING fts5(norm, content = 'value_rows', content_rowid = 'id', tokenize = 'unicode61');
                INSERT INTO value_search (value_search) VALUES ('rebuild');
                """)
        }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }

    /// The distinct values of one expression, up to `cap`. Numeric identifiers (keys stored as
    /// integers) are skipped after a one-row probe: questions give those as numbers, which the
    /// index never searches, and listing millions of them is what made indexing slow.
    /// How many leading words every value shares ("Meeple & Mug" of "Meeple & Mug Uptown",
    /// "Meeple & Mug Grand Ave"): a name the values all carry, so what follows tells them apart.
    /// Zero unless there are several values, each with a lettered rest of three letters or more.
    static func sharedLeadingWords(of values: [String]) -> Int {
        guard values.count >= 2, values.count <= 200 else { return 0 }
        let words = values.map { Lexer.lex($0).map(\.folded) }
        guard let first = words.first else { return 0 }
        var shared = 0
        while shared < first.count, words.allSatisfy({ $0.count > shared && $0[shared] == first[shared] }) { shared += 1 }
        guard shared > 0, words.allSatisfy({ rest in
            let tail = rest.dropFirst(shared)
            return tail.contains { $0.count >= 3 && $0.contains(where: \.isLetter) }
        }) else { return 0 }
        return shared
    }

    private static func distinctValues(of expression: String, in dimension: SemanticModel.Dimension, loader: DimensionValueLoader,
                                       runner: GuardedSQLRunner, cap: Int) async throws -> [String] {
        if dimension.fieldType == .identifier, let probe = loader.sql(distinct: expression, limit: 1) {
            let first = try await runner.run(probe, origin: "value-index").result.rows.first?.first
            if let first, first.stringValue == nil { return [] }
        }
        guard let sql = loader.sql(packed: expression, limit: cap) else { return [] }
        let run = try await runner.run(sql, origin: "value-index")
        return run.result.rows.compactMap { $0.first?.stringValue }.flatMap { $0.components(separatedBy: DimensionValueLoader.separator) }
    }
}
