import CopilotCore
import CopilotSQLite
import Foundation

/// The distinct values of a database's text fields — names of customers, products, stores and
/// suppliers, cities, codes — in a SQLite FTS5 index in the data directory, so a question can name
/// any of them. Matching ignores case and accents, accepts another word order for names, corrects
/// typos against the values' own words, and knows common aliases (US, USA, United States).
public final class SQLiteValueIndex: ValueIndex {
    private let queue: DatabaseQueue
    /// Every word of every value, by length, for typo correction (read once, on first use).
    private let vocabulary: ValueVocabulary

    /// Opens an index built before.
    public init(path: String) throws {
        queue = try DatabaseQueue(path: path, mode: .readOnly, label: "values")
        vocabulary = ValueVocabulary()
    }

    /// Words each question word may be: itself, its typo corrections, its alias words.
    public func matches(in words: [String], codes: Set<Int>, known: Set<Int>) async -> [ValueMatch] {
        let searchable = words.enumerated().filter { position, word in
            word.count >= 2 && !word.allSatisfy(\.isNumber) && (codes.contains(position) || !Grammar.isFunctionWord(word))
        }
        guard !searchable.isEmpty else { return [] }
        let vocabulary = await self.vocabulary.load(from: queue)
        var variants = words
        var corrected = Set<Int>()
        var corrections: [String: String?] = [:]
        for (index, word) in searchable where !vocabulary.contains(word) && !known.contains(index) {
            // "remodeling" of a status REMODEL: the same word inflected, before any typo.
            if let base = Self.inflectionBases(of: word).first(where: vocabulary.contains)
                ?? Self.otherInflections(of: word).first(where: vocabulary.contains) {
                variants[index] = base
                continue
            }
            let correction = corrections[word] ?? vocabulary.correction(of: word)
            corrections[word] = correction
            if let fixed = correction {
                variants[index] = fixed
                corrected.insert(index)
            }
        }
        let terms = Set(searchable.map { variants[$0.offset] }).filter { vocabulary.contains($0) }
        guard !terms.isEmpty else { return [] }
        let match = terms.sorted().map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
        let rows = (try? await queue.withConnection { connection in
            try connection.rows("""
                SELECT v.field, v.value, v.norm FROM value_search JOIN value_rows v ON v.id = value_search.rowid
                WHERE value_search MATCH ? ORDER BY rank LIMIT 400
                """, [.text(match)])
        }) ?? []
        var result: [ValueMatch] = []
        for row in rows {
            guard let field = row[0].stringValue, let value = row[1].stringValue, let norm = row[2].stringValue else { continue }
            let tokens = norm.split(separator: " ").map(String.init)
            for range in Self.occurrences(of: tokens, in: variants) {
                let typo = range.range.contains(where: corrected.contains)
                // "renew" is no typo of the first name Renée: a lone part of a person's name is
                // matched as typed or not at all.
                if typo, range.range.count == 1, Self.namePartFields.contains(where: field.lowercased().replacingOccurrences(of: "_", with: "").contains) {
                    continue
                }
                result.append(ValueMatch(range: range.range, field: field, value: value, exact: range.ordered && !typo))
            }
        }
        return result
    }

    /// Fields holding one part of a person's name, as their names spell it.
    static let namePartFields = ["firstname", "lastname", "surname", "forename", "givenname", "familyname", "fstnm", "lstnm"]

    /// The bare forms an inflected word may come from: `remodeling` → remodel, remodele;
    /// `completed` → complete, complet; `closes` → close.
    static func inflectionBases(of word: String) -> [String] {
        guard word.count > 4 else { return [] }
        var bases: [String] = []
        for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            guard stem.count >= 3 else { continue }
            bases += suffix == "s" ? [stem] : [stem, stem + "e"]
            // "shipped" → ship, "cancelled" → cancel: a doubled last consonant.
            if let last = stem.last, stem.count > 3, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
        }
        return bases
    }

    /// The same verb in its other forms, for long stems only: "refurbished" is also "refurbishing"
    /// (a store status), "discontinued" also "discontinue".
    static func otherInflections(of word: String) -> [String] {
        inflectionBases(of: word).filter { $0.count >= 6 }.flatMap { base in
            [base + "ing", base + "ed", base + "s"].filter { $0 != word }
        }
    }

    /// Where `tokens` occur in `words`: in order, or — for names of two or three words — in
    /// another order ("Laurent Mathis"). Only windows that start with one of the tokens are
    /// compared, so a long question costs a pass over its words per value, not a copy per window.
    static func occurrences(of tokens: [String], in words: [String]) -> [(range: Range<Int>, ordered: Bool)] {
        guard !tokens.isEmpty, tokens.count <= words.count else { return [] }
        let reorderable = (2...3).contains(tokens.count)
        let sortedTokens = reorderable ? tokens.sorted() : tokens
        var found: [(Range<Int>, Bool)] = []
        for start in 0...(words.count - tokens.count) {
            let first = words[start]
            guard first == tokens[0] || (reorderable && tokens.contains(first)) else { continue }
            let window = words[start..<(start + tokens.count)]
            if window.elementsEqual(tokens) {
                found.append((start..<(start + tokens.count), true))
            } else if reorderable, window.sorted() == sortedTokens {
                found.append((start..<(start + tokens.count), false))
            }
        }
        return found
    }
}
