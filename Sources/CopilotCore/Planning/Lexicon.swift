import Foundation

/// Every phrase the semantic model gives a meaning to — metric and dimension names and synonyms,
/// dimension values and their synonyms, entity names — indexed for longest-match lookup over
/// question tokens, with stemming and edit-distance matching for typos.
package struct Lexicon: Sendable {
    enum Meaning: Sendable, Hashable {
        case metric(String)
        case dimension(String)
        case value(dimension: String, value: String)
        case entity(String)
    }

    struct Match: Sendable, Equatable {
        var range: Range<Int>
        var meanings: [Meaning]
        /// True when found by edit distance rather than exactly.
        var fuzzy: Bool
    }

    private(set) var phrases: [String: [Meaning]] = [:]
    private(set) var maxLength = 1
    /// Every word of every phrase as typed (unstemmed), for spelling correction.
    private(set) var surfaceWords = Set<String>()
    /// Single-word phrases, for typo matching.
    private var singleWords: [String] = []

    init(model: SemanticModel, values: [String: [String]]) {
        for metric in model.metrics {
            add(metric.name, .metric(metric.name))
            for synonym in metric.synonyms { add(synonym, .metric(metric.name)) }
        }
        for dimension in model.dimensions {
            add(dimension.name, .dimension(dimension.name))
            for synonym in dimension.synonyms { add(synonym, .dimension(dimension.name)) }
            guard dimension.valuesNeedDimensionWord != true else { continue }
            let known = (dimension.values ?? []) + (values[dimension.name] ?? [])
            for value in known where !Self.isTooGeneric(value) {
                add(value, .value(dimension: dimension.name, value: value))
            }
            for (value, synonyms) in dimension.valueSynonyms ?? [:] {
                for synonym in synonyms { add(synonym, .value(dimension: dimension.name, value: value)) }
            }
        }
        for entity in model.entities {
            add(entity.name, .entity(entity.name))
            for synonym in entity.synonyms { add(synonym, .entity(entity.name)) }
        }
        singleWords = phrases.keys.filter { !$0.contains(" ") && $0.count >= 4 }.sorted()
    }

    /// Values that are common words or too short to match safely as filters.
    static func isTooGeneric(_ value: String) -> Bool {
        let words = QuestionTokens(value).words
        guard !words.isEmpty else { return true }
        if words.count == 1 {
            let word = words[0]
            return word.count < 2 || PlannerVocabulary.fillers.contains(word) || word.allSatisfy(\.isNumber)
        }
        return false
    }

    private mutating func add(_ phrase: String, _ meaning: Meaning) {
        for variant in Self.variants(of: phrase) {
            surfaceWords.formUnion(variant)
            let key = variant.map(Self.stem).joined(separator: " ")
            guard !key.isEmpty else { continue }
            if !(phrases[key]?.contains(meaning) ?? false) { phrases[key, default: []].append(meaning) }
            maxLength = max(maxLength, variant.count)
        }
    }

    /// Token variants of a phrase: "Home & Kitchen" → [home, kitchen] and [home, and, kitchen].
    static func variants(of phrase: String) -> [[String]] {
        let words = QuestionTokens(phrase).words
        var result = [words]
        if phrase.contains("&") {
            result.append(QuestionTokens(phrase.replacingOccurrences(of: "&", with: " and ")).words)
        }
        if words.count > 1 { result.append([words.joined()]) }  // "backmarket", "paypal"
        return result
    }

    /// A light stemmer: plural and possessive endings only, so "categories" meets "category".
    package static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// Longest exact matches first; then single words within edit distance 1 (2 for long words) of a
    /// known word, skipping `excluded` positions (already taken by dates, ids, rankings).
    func matches(in words: [String], excluding excluded: Set<Int>) -> [Match] {
        let stems = words.map(Self.stem)
        var result: [Match] = []
        var index = 0
        while index < words.count {
            if excluded.contains(index) {
                index += 1
                continue
            }
            var matched = false
            for length in stride(from: min(maxLength, words.count - index), through: 1, by: -1) {
                let range = index..<(index + length)
                if range.contains(where: excluded.contains) { continue }
                let key = stems[range].joined(separator: " ")
                if let meanings = phrases[key] {
                    result.append(Match(range: range, meanings: meanings, fuzzy: false))
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        let covered = Set(result.flatMap { Array($0.range) })
        for (position, word) in stems.enumerated()
        where !covered.contains(position) && !excluded.contains(position) && word.count >= 5
            && !PlannerVocabulary.fillers.contains(words[position]) && !word.allSatisfy(\.isNumber) {
            let limit = word.count >= 8 ? 2 : 1
            var best: (String, Int)?
            for candidate in singleWords where abs(candidate.count - word.count) <= limit {
                let distance = EditDistance.damerauLevenshtein(word, candidate, limit: limit)
                if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
            }
            if let (candidate, _) = best, let meanings = phrases[candidate] {
                result.append(Match(range: position..<(position + 1), meanings: meanings, fuzzy: true))
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Known phrases closest to `word`, for "did you mean" suggestions.
    func suggestions(for word: String, limit: Int = 3) -> [Meaning] {
        let stemmed = Self.stem(word)
        let scored = phrases.compactMap { key, meanings -> (Int, Meaning)? in
            let distance = EditDistance.damerauLevenshtein(stemmed, key, limit: 3)
            return distance <= 3 ? (distance, meanings[0]) : nil
        }
        var seen = Set<Meaning>()
        return scored.sorted { $0.0 < $1.0 }.map(\.1).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }
}
