import XCTest
@testable import CopilotCore

/// The speller's byte-kind prefilter, checked against a brute-force reference over the whole
/// vocabulary on generated typos; the words it must leave alone; and the byte overload of the
/// edit distance, checked against the String overload and a plain full-matrix reference.
final class SpellerTests: XCTestCase {
    /// Real words with near neighbours (price/prize/pride, store/stores/story), plurals, and short
    /// words the speller never proposes.
    static let vocabulary: [String] = [
        "price", "prices", "prize", "pride", "order", "orders", "border", "ordered", "sales", "scale", "stale", "store", "stores",
        "story", "stories", "shore", "brand", "brands", "bread", "grand", "carrier", "carriers", "career", "quarter", "quarters",
        "starter", "revenue", "revenues", "venue", "avenue", "customer", "customers", "costumer", "category", "categories",
        "product", "products", "producer", "produce", "margin", "margins", "region", "regions", "legion", "return", "returns",
        "retain", "refund", "refunds", "rotund", "shipment", "shipments", "shipped", "shopped", "shopper", "stopped", "warehouse",
        "warehouses", "discount", "discounts", "account", "accounts", "supplier", "suppliers", "supplies", "rating", "ratings",
        "eating", "dating", "review", "reviews", "preview", "weekly", "monthly", "yearly", "daily", "quarterly", "average",
        "coverage", "leverage", "total", "totals", "channel", "channels", "chanel", "payment", "payments", "segment", "segments",
        "loyalty", "royalty", "member", "members", "number", "numbers", "inventory", "invention", "delivery", "deliveries",
        "delivered", "status", "statuses", "active", "native", "cancelled", "canceled", "country", "countries", "county",
        "counties", "cities", "state", "states", "estate", "black", "friday", "monday", "cyber", "box", "sku", "ups", "tax", "net",
        "city", "q3", "2024",
    ]

    /// A fixed-seed generator (SplitMix64): the same typos on every run.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// `count` typos of the vocabulary's words: one or two substitutions, deletions, insertions or
    /// adjacent swaps each.
    static func typos(_ count: Int) -> [String] {
        var generator = Generator(state: 20_251_231)
        let words = vocabulary.filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var result: [String] = []
        while result.count < count {
            var word = Array(words[generator.next(words.count)])
            for _ in 0..<(1 + generator.next(2)) {
                let at = generator.next(word.count)
                switch generator.next(4) {
                case 0: word[at] = letters[generator.next(letters.count)]
                case 1: if word.count > 1 { word.remove(at: at) }
                case 2: word.insert(letters[generator.next(letters.count)], at: at)
                default: if at + 1 < word.count { word.swapAt(at, at + 1) }
                }
            }
            result.append(String(word))
        }
        return result
    }

    /// The corrections the speller may give, found by comparing the word with every known word:
    /// nil when it must give none, else the nearest words (all of one stem).
    static func reference(_ word: String, vocabulary: Set<String>) -> Set<String>? {
        // Four letters: only two neighbouring letters swapped, into one known word.
        if word.count == 4 {
            guard word.allSatisfy(\.isLetter), !vocabulary.contains(word), !vocabulary.contains(WordStem.light(word)) else { return nil }
            let letters = Array(word)
            let swapped = Set(vocabulary.filter { candidate in
                let other = Array(candidate)
                guard other.count == 4, candidate.allSatisfy(\.isLetter) else { return false }
                let differing = letters.indices.filter { letters[$0] != other[$0] }
                return differing.count == 2 && differing[1] == differing[0] + 1 && letters[differing[0]] == other[differing[1]]
                    && letters[differing[1]] == other[differing[0]]
            })
            return swapped.count == 1 ? swapped : nil
        }
        guard word.count >= 5, word.allSatisfy(\.isLetter), !vocabulary.contains(word), !vocabulary.contains(WordStem.light(word)) else {
            return nil
        }
        let limit = word.count >= 8 ? 2 : 1
        let scored = vocabulary.filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
            .map { ($0, EditDistance.damerauLevenshtein(word, $0)) }
        guard let nearest = scored.map(\.1).min(), nearest <= limit else { return nil }
        let best = Set(scored.filter { $0.1 == nearest }.map(\.0))
        guard Set(best.map(WordStem.light)).count == 1 else { return nil }
        return best
    }

    func testCorrectionsEqualTheBruteForceReference() {
        let vocabulary = Set(Self.vocabulary)
        let speller = Speller(vocabulary: vocabulary)
        var corrected = 0, declined = 0
        for typo in Self.typos(400) {
            let expected = Self.reference(typo, vocabulary: vocabulary)
            let actual = speller.correct(typo)
            if let expected {
                corrected += 1
                XCTAssertTrue(actual.map(expected.contains) ?? false, "“\(typo)”: expected one of \(expected.sorted()), got \(actual ?? "nil")")
            } else {
                declined += 1
                XCTAssertNil(actual, "“\(typo)”: expected no correction")
            }
        }
        // The generated typos exercise both outcomes, not just one.
        XCTAssertGreaterThan(corrected, 150)
        XCTAssertGreaterThan(declined, 50)
    }

    func testCandidatesAtTheEdgeOfThePrefilterAreKept() {
        let speller = Speller(vocabulary: Set(Self.vocabulary))
        // Two substitutions bringing two new byte kinds and removing two: a mask difference of
        // exactly four, the most two edits can make.
        XCTAssertEqual(speller.correct("caqegoxy"), "category")
        // One substitution: a difference of exactly two.
        XCTAssertEqual(speller.correct("rezund"), "refund")
        XCTAssertEqual(speller.correct("reveune"), "revenue", "an adjacent swap is one edit")
        XCTAssertEqual(speller.correct("custmoers"), "customers")
        XCTAssertEqual(speller.correct("categry"), "category")
    }

    func testKnownShortAndAmbiguousWordsAreLeftAlone() {
        let speller = Speller(vocabulary: Set(Self.vocabulary))
        XCTAssertNil(speller.correct("revenue"), "a known word")
        XCTAssertNil(Speller(vocabulary: ["revenue"]).correct("revenues"), "a known word's plural")
        XCTAssertNil(speller.correct("ordr"), "a short word")
        XCTAssertNil(speller.correct("shipd"), "two edits from a seven-letter word, one allowed")
        XCTAssertNil(speller.correct("order5"), "not all letters")
        XCTAssertNil(speller.correct("prise"), "one edit from price, prize and pride")
        XCTAssertNil(speller.correct("zzzzzzzz"), "nothing near")
        XCTAssertNil(Speller(vocabulary: ["eight", "revenue"]).correct("weight"), "a number word only from its own letters: weight is no eight")
        XCTAssertEqual(Speller(vocabulary: ["eight", "revenue"]).correct("eihgt"), "eight")
        XCTAssertTrue(speller.knows("categories"))
        XCTAssertFalse(speller.knows("influencer"))
    }

    /// Optimal string alignment distance, full matrix, no early exit.
    static func plainDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    func testByteDistanceAgreesWithTheStringDistance() {
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("kitten".utf8), Array("sitting".utf8)), 3)
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("abcd".utf8), Array("abdc".utf8)), 1, "an adjacent swap")
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("ca".utf8), Array("abc".utf8)), 3, "no edit of a swapped pair")
        XCTAssertEqual(EditDistance.damerauLevenshtein([], Array("abc".utf8)), 3)
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("same".utf8), Array("same".utf8), limit: 0), 0)
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("é".utf8), Array("e".utf8)), EditDistance.damerauLevenshtein("é", "e"))
        let words = Self.vocabulary
        let typos = Self.typos(300)
        for (index, typo) in typos.enumerated() {
            let word = words[index % words.count]
            let (a, b) = (Array(typo.utf8), Array(word.utf8))
            let plain = Self.plainDistance(a, b)
            XCTAssertEqual(EditDistance.damerauLevenshtein(a, b), plain, "\(typo) / \(word)")
            XCTAssertEqual(EditDistance.damerauLevenshtein(typo, word), plain, "\(typo) / \(word)")
            for limit in 0...3 {
                let bytes = EditDistance.damerauLevenshtein(a, b, limit: limit)
                XCTAssertEqual(bytes, EditDistance.damerauLevenshtein(typo, word, limit: limit), "\(typo) / \(word), limit \(limit)")
                // Within the limit the distance is exact; beyond it, only "beyond" is promised.
                XCTAssertEqual(min(bytes, limit + 1), min(plain, limit + 1), "\(typo) / \(word), limit \(limit)")
            }
        }
    }

    func testTheLimitExitsEarly() {
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("abc".utf8), Array("abcdefg".utf8), limit: 2), 3, "lengths too far apart")
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("abcdef".utf8), Array("uvwxyz".utf8), limit: 1), 2, "every row past the limit")
        XCTAssertEqual(EditDistance.damerauLevenshtein("abcdef", "uvwxyz", limit: 1), 2)
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("abcdef".utf8), Array("uvwxyz".utf8)), 6)
        XCTAssertEqual(EditDistance.damerauLevenshtein(Array("reveune".utf8), Array("revenue".utf8), limit: 1), 1)
    }
}
