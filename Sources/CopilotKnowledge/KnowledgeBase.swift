import CopilotCore
import CopilotSQLite
import Foundation

/// Policies and definitions from `knowledge/`, indexed in SQLite FTS5 (porter stemming, BM25 with
/// titles and headings weighted above body text). Local, fast, keyword-based; no network.
public final class KnowledgeBase: KnowledgeSource {
    private let queue: DatabaseQueue
    private let expander: QueryExpander
    static let layout = "5"

    /// Opens (creating) the index at `path`. `synonyms` expands query words ("aov" → "average order
    /// value"), usually from the semantic model and the glossary.
    public init(path: String, synonyms: [String: [String]] = [:]) throws {
        queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "knowledge") { connection in
            try connection.enableWAL()
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
            // The layout below is version 2; an index from an older layout is rebuilt from scratch.
            if try connection.scalar("SELECT value FROM kb_meta WHERE key = 'layout'")?.stringValue != KnowledgeBase.layout {
                try connection.execute("DROP TABLE IF EXISTS kb_chunks; DROP TABLE IF EXISTS kb_documents; DROP TABLE IF EXISTS kb_vocabulary; DELETE FROM kb_meta;")
                try connection.execute("""
                    CREATE TABLE kb_documents (path TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT NOT NULL, chunks INTEGER NOT NULL,
                                               about_product INTEGER NOT NULL);
                    CREATE TABLE kb_vocabulary (stem TEXT PRIMARY KEY, chunks INTEGER NOT NULL) WITHOUT ROWID;
                    CREATE VIRTUAL TABLE kb_chunks USING fts5(
                        source UNINDEXED, title, heading, body, section UNINDEXED, stems UNINDEXED, tokenize = 'porter unicode61'
                    );
                    """)
                try connection.execute("INSERT OR REPLACE INTO kb_meta (key, value) VALUES ('layout', ?)", [.text(KnowledgeBase.layout)])
            }
        }
        expander = QueryExpander(synonyms: synonyms)
    }

    /// What an indexing run did.
    public struct IndexReport: Sendable, Codable, Equatable {
        public var added: Int = 0
        public var updated: Int = 0
        public var unchanged: Int = 0
        public var removed: Int = 0
        public var chunks: Int = 0
    }

    /// Brings the index in line with `documents` (path → markdown): unchanged files (same content
    /// hash) are skipped, changed ones re-chunked, missing ones removed.
    public func index(_ documents: [String: String]) async throws -> IndexReport {
        let hashes = documents.mapValues { Fingerprint.fnv1a($0) }
        // One fingerprint for the whole set: when nothing changed (every start but the first after
        // an edit), nothing is read, chunked or written.
        let corpus = Fingerprint.fnv1a(hashes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n"))
        return try await queue.withConnection { connection in
            var report = IndexReport()
            if try connection.scalar("SELECT value FROM kb_meta WHERE key = 'corpus'")?.stringValue == corpus {
                report.unchanged = documents.count
                report.chunks = Int(try connection.scalar("SELECT count(*) FROM kb_chunks")?.int64Value ?? 0)
                return report
            }
            let known = Dictionary(uniqueKeysWithValues: try connection.rows("SELECT path, hash FROM kb_documents").map {
                ($0[0].description, $0[1].description)
            })
            let chunker = MarkdownChunker()
            try connection.transaction {
                let insert = try connection.prepare("INSERT INTO kb_chunks (source, title, heading, body, section, stems) VALUES (?, ?, ?, ?, ?, ?)")
                for (path, text) in documents.sorted(by: { $0.key < $1.key }) {
                    let hash = hashes[path]!
                    if known[path] == hash {
                        report.unchanged += 1
                        continue
                    }
                    if known[path] == nil { report.added += 1 } else { report.updated += 1 }
                    let chunks = chunker.chunks(of: text, fallbackTitle: (path as NSString).lastPathComponent)
                    try connection.execute("DELETE FROM kb_chunks WHERE source = ?", [.text(path)])
                    for chunk in chunks {
                        // The heading column holds the section path below the title, so the title's words do not
                        // repeat in every chunk of a document.
                        let below = chunk.headingPath.count > 1 ? Array(chunk.headingPath.dropFirst()) : chunk.headingPath
                        // Stemmed words of the chunk, precomputed so re-ranking at query time is a set lookup.
                        let heading = below.joined(separator: " › ")
                        let headingStems = Set(QuestionTokens(chunk.title + " " + heading).words.map(WordStem.light))
                        let bodyStems = Set(QuestionTokens(chunk.body).words.map(WordStem.light)).subtracting(headingStems)
                        let stems = headingStems.sorted().joined(separator: " ") + " | " + bodyStems.sorted().joined(separator: " ")
                        try insert.execute([.text(path), .text(chunk.title), .text(heading), .text(chunk.body), .text(chunk.section), .text(stems)])
                    }
                    try connection.execute("INSERT OR REPLACE INTO kb_documents (path, hash, title, chunks, about_product) VALUES (?, ?, ?, ?, ?)",
                                           [.text(path), .text(hash), .text(chunks.first?.title ?? path), .integer(Int64(chunks.count)),
                                            .integer(Self.isAboutProduct(text) ? 1 : 0)])
                }
                for path in known.keys where documents[path] == nil {
                    try connection.execute("DELETE FROM kb_chunks WHERE source = ?", [.text(path)])
                    try connection.execute("DELETE FROM kb_documents WHERE path = ?", [.text(path)])
                    report.removed += 1
                }
                // Every stem the documents use: a question's words no document uses cannot be
                // explained by any passage, so coverage is measured over the others.
                // How many chunks use each stem weighs a rare word ("personalised") above a common one.
                var vocabulary: [String: Int] = [:]
                for row in try connection.rows("SELECT stems FROM kb_chunks") {
                    for stem in Set(row[0].description.split(separator: " ").lazy.filter { $0 != "|" }.map(String.init)) {
                        vocabulary[stem, default: 0] += 1
                    }
                }
                try connection.execute("DELETE FROM kb_vocabulary")
                let word = try connection.prepare("INSERT INTO kb_vocabulary (stem, chunks) VALUES (?, ?)")
                for (stem, chunks) in vocabulary.sorted(by: { $0.key < $1.key }) { try word.execute([.text(stem), .integer(Int64(chunks))]) }
                try connection.execute("INSERT OR REPLACE INTO kb_meta (key, value) VALUES ('corpus', ?)", [.text(corpus)])
            }
            report.chunks = Int(try connection.scalar("SELECT count(*) FROM kb_chunks")?.int64Value ?? 0)
            return report
        }
    }

    /// The weight (IDF) of a stem used by at most about one chunk in twenty.
    static let distinctiveWeight = 3.0

    /// Names of the product: a document whose title or opening names it is about using the copilot.
    static let productNames: Set<String> = ["copilot", "assistant"]

    /// Whether a document's title and opening lines are about the product itself.
    static func isAboutProduct(_ markdown: String) -> Bool {
        let opening = markdown.split(separator: "\n", omittingEmptySubsequences: true).prefix(3).joined(separator: " ")
        return !Set(QuestionTokens(String(opening.prefix(300))).words).isDisjoint(with: productNames)
    }

    /// Ranked chunks for free text. User text never reaches MATCH as syntax: it is tokenized and each
    /// term quoted, so FTS5 operators and quotes in questions cannot cause errors.
    public func search(_ text: String, limit: Int = 5) async throws -> [KnowledgeHit] {
        let expansion = expander.expand(text)
        guard !expansion.terms.isEmpty else { return [] }
        let match = expansion.terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
        let contentWords = expansion.stems
        let concepts = expansion.concepts
        let question = " " + QuestionTokens(text).words.joined(separator: " ") + " "
        return try await queue.withConnection { connection in
            // Each known word's weight: the rarer among chunks, the more it says about the passage wanted.
            let allStems = Set(concepts.joined())
            let placeholders = Array(repeating: "?", count: allStems.count).joined(separator: ", ")
            let total = Double(try connection.scalar("SELECT count(*) FROM kb_chunks")?.int64Value ?? 0)
            var idf: [String: Double] = [:]
            if !allStems.isEmpty {
                for row in try connection.rows("SELECT stem, chunks FROM kb_vocabulary WHERE stem IN (\(placeholders))", allStems.sorted().map { .text($0) }) {
                    idf[row[0].description] = log((total + 1) / (Double(row[1].int64Value ?? 0) + 0.5))
                }
            }
            // A word no document uses cannot be explained by any passage; its weight is its rarest known form.
            let weights = concepts.map { concept in concept.compactMap { idf[$0] }.max() }
            let known = weights.compactMap { $0 }.count
            let knownWeight = weights.compactMap { $0 }.reduce(0, +)
            // A question that names the copilot is about using it: the documents about the product lead.
            let aboutProduct = !Set(QuestionTokens(text).words).isDisjoint(with: Self.productNames)
                ? Set(try connection.rows("SELECT path FROM kb_documents WHERE about_product = 1").map { $0[0].description }) : []
            // Phase 1: BM25 over title, section headings and body finds candidates (ids, scores and
            // precomputed stems only); they are re-ranked by how much of the question they cover, so a
            // chunk matching every aspect beats one that repeats a single rare word.
            let candidates = try connection.rows("""
                SELECT rowid, section, stems, -bm25(kb_chunks, 0.0, 2.0, 8.0, 1.0, 0.0, 0.0), title, source
                FROM kb_chunks WHERE kb_chunks MATCH ? ORDER BY bm25(kb_chunks, 0.0, 2.0, 8.0, 1.0, 0.0, 0.0) LIMIT 25
                """, [.text(match)])
            let ranked = candidates.map { row -> (rowid: Int64, score: Double, coverage: Double, knownCoverage: Double, distinctive: [String]) in
                // Substring checks on the stored " stem stem | stem " text: no per-candidate allocations.
                let stems = " " + row[2].description + " "
                let split = stems.range(of: " | ")?.lowerBound ?? stems.endIndex
                let headingStems = split < stems.endIndex ? stems[...split] : stems[...]  // keeps the space after the last heading word
                let covered = concepts.map { $0.contains { stems.contains(" \($0) ") } }
                let found = covered.filter { $0 }.count
                let coverage = concepts.isEmpty ? 0 : Double(found) / Double(concepts.count)
                let knownCoverage = known == 0 ? 0 : Double(zip(covered, weights).filter { $0.0 && $0.1 != nil }.count) / Double(known)
                let weighted = knownWeight <= 0 ? coverage
                    : zip(covered, weights).filter(\.0).compactMap(\.1).reduce(0, +) / knownWeight
                // The heading's share of the question, rare words weighing more ("personalised" in
                // "Items that cannot be returned" over "want" in "I want to return something").
                let headingWeight = zip(concepts, weights).filter { concept, weight in
                    weight != nil && concept.contains { headingStems.contains(" \($0) ") }
                }.compactMap(\.1).reduce(0, +)
                let headingShare = knownWeight > 0 ? headingWeight / knownWeight
                    : contentWords.isEmpty ? 0 : Double(contentWords.filter { headingStems.contains(" \($0) ") }.count) / Double(contentWords.count)
                // Sections that only list example questions restate queries rather than answer them.
                let section = row[1].description
                let examples = section.lowercased().contains("example")
                // A question that names the section ("how is return rate calculated" → "Return rate") is about it.
                let sectionWords = QuestionTokens(section).words.joined(separator: " ")
                let named = sectionWords.count >= 5 && question.contains(" " + sectionWords + " ")
                // A glossary restates, in a line, what the policy documents say in full: its short
                // entries win on BM25 length normalisation, so they yield to the fuller document.
                let summary = row[4].description.lowercased().contains("glossary") ? 0.7 : 1
                let score = (row[3].doubleValue ?? 0) * (0.1 + weighted) * (0.1 + weighted) * (1 + headingShare) * (examples ? 0.4 : 1) * (named ? 2 : 1) * summary
                    * (aboutProduct.contains(row[5].description) ? 1.5 : 1)
                // Stems found here that few chunks use: what a passage can be said to explain.
                let distinctive = idf.filter { $0.value >= Self.distinctiveWeight && stems.contains(" \($0.key) ") }.keys.sorted()
                return (row[0].int64Value ?? 0, score, coverage, knownCoverage, distinctive)
            }.sorted { $0.score > $1.score }.prefix(limit)
            // Phase 2: snippets and bodies for the few results only.
            let details = try connection.prepare("""
                SELECT source, title, section, heading, snippet(kb_chunks, 3, '[', ']', '…', 16), body
                FROM kb_chunks WHERE kb_chunks MATCH ? AND rowid = ?
                """)
            var hits: [KnowledgeHit] = []
            for candidate in ranked {
                try details.bind([.text(match), .integer(candidate.rowid)])
                defer { try? details.reset() }
                guard try details.step() else { continue }
                let row = details.row()
                let title = row[1].description, heading = row[3].description
                hits.append(KnowledgeHit(source: row[0].description, title: title, section: row[2].description,
                                         headingPath: title + (heading == title ? "" : " › " + heading), score: candidate.score,
                                         snippet: row[4].description, body: row[5].description, coverage: candidate.coverage,
                                         knownCoverage: candidate.knownCoverage, distinctive: candidate.distinctive))
            }
            return hits
        }
    }

    /// Number of indexed chunks.
    public func chunkCount() async throws -> Int {
        try await queue.withConnection { Int(try $0.scalar("SELECT count(*) FROM kb_chunks")?.int64Value ?? 0) }
    }
}
