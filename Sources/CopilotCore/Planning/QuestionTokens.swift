import Foundation

/// A question split into lowercase word tokens. Digits stay with letters (`q3`, `2024`), ISO dates
/// stay whole (`2024-03-01`), `%` and `#` are kept as tokens because they carry meaning.
public struct QuestionTokens: Sendable, Equatable {
    public private(set) var words: [String]

    public init(_ text: String) {
        var words: [String] = []
        var current = ""
        let characters = Array(text.lowercased()
            .replacingOccurrences(of: "’", with: "'"))
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "-" || character == "/",
                      current.allSatisfy({ $0.isNumber || $0 == "-" }), !current.isEmpty,
                      index + 1 < characters.count, characters[index + 1].isNumber {
                current.append("-")  // 2024-03-01, 2024/03/01
            } else if character == "'" && !current.isEmpty && index + 1 < characters.count && characters[index + 1] == "s" {
                // "what's", "today's": drop the possessive/contraction
                flush()
                index += 1
            } else if character == "." && !current.isEmpty && current.allSatisfy(\.isNumber)
                        && index + 1 < characters.count && characters[index + 1].isNumber {
                current.append(".")
            } else {
                flush()
                if character == "%" || character == "#" || character == "$" { words.append(String(character)) }
            }
            index += 1
        }
        flush()
        self.words = words.map { Grammar.abbreviations[$0] ?? $0 }.flatMap { $0.split(separator: " ").map(String.init) }
    }

    public init(words: [String]) { self.words = words }
}
