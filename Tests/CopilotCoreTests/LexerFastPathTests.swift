import XCTest
@testable import CopilotCore

/// The lexer's ASCII fast paths (folding, digit and letter tests, numbers, dates) give what the
/// Unicode paths gave: accented and non-Latin text still folds, and numbers, magnitudes, dates and
/// codes still lex as before.
final class LexerFastPathTests: XCTestCase {
    func testFoldingRemovesAccentsAndCase() {
        XCTAssertEqual(Lexer.fold("Gdańsk"), "gdansk")
        XCTAssertEqual(Lexer.fold("Privé"), "prive")
        XCTAssertEqual(Lexer.fold("ÅRHUS"), "arhus")
        XCTAssertEqual(Lexer.fold("Zürich"), "zurich")
        XCTAssertEqual(Lexer.fold("São Paulo"), "sao paulo")
        XCTAssertEqual(Lexer.fold("Москва"), "москва", "non-Latin letters are lowercased")
        XCTAssertEqual(Lexer.fold("Αθήνα"), "αθηνα", "and lose their accents")
        XCTAssertEqual(Lexer.fold("Home & Kitchen"), "home & kitchen", "ASCII is only lowercased")
        XCTAssertEqual(Lexer.fold("BOK-FIC-01189"), "bok-fic-01189")
    }

    func testAccentedAndNonLatinWordsLexAsWords() {
        let lexemes = Lexer.lex("orders from Gdańsk, ÅRHUS and Privé Москва")
        XCTAssertEqual(lexemes.map(\.folded), ["orders", "from", "gdansk", "arhus", "and", "prive", "москва"])
        XCTAssertEqual(lexemes.map(\.text), ["orders", "from", "Gdańsk", "ÅRHUS", "and", "Privé", "Москва"], "values keep their case")
        XCTAssertTrue(lexemes.allSatisfy(\.isWord))
    }

    func testDigitsAndLettersOfAnyScript() {
        for digit in ["0", "5", "9", "٣", "５"] { XCTAssertTrue(Lexer.isDigit(Character(digit)), digit) }
        for other in ["/", ":", "a", "-", " ", "é"] { XCTAssertFalse(Lexer.isDigit(Character(other)), other) }
        for letter in ["a", "z", "A", "Z", "ń", "É", "Я", "α"] { XCTAssertTrue(Lexer.isLetter(Character(letter)), letter) }
        // The ASCII neighbours of the letter ranges, which the case bit would otherwise fold onto them.
        for other in ["@", "[", "`", "{", "^", "1", " ", "_", "$"] { XCTAssertFalse(Lexer.isLetter(Character(other)), other) }
        XCTAssertTrue(Lexer.isWordCharacter("ś"))
        XCTAssertFalse(Lexer.isWordCharacter("-"))
    }

    func testNumbersAndMagnitudes() {
        XCTAssertEqual(Lexer.number("1,500"), 1_500)
        XCTAssertEqual(Lexer.number("1,250,000"), 1_250_000)
        XCTAssertEqual(Lexer.number("10k"), 10_000)
        XCTAssertEqual(Lexer.number("1.2m"), 1_200_000)
        XCTAssertEqual(Lexer.number("2.5bn"), 2_500_000_000)
        XCTAssertEqual(Lexer.number("27.5"), 27.5)
        XCTAssertEqual(Lexer.number("2024"), 2024)
        for text in ["1,50", "k10", "abc", "1.2.3", "10km", "", "m"] { XCTAssertNil(Lexer.number(text), text) }
    }

    func testNumbersAsLexed() {
        let money = Lexer.lex("$1.2m")
        XCTAssertEqual(money.map(\.kind), [.symbol, .number(1_200_000)])
        XCTAssertEqual(money.map(\.text), ["$", "1.2m"])
        XCTAssertEqual(Lexer.lex("over 1,500 units").map(\.kind), [.word, .number(1_500), .word])
        XCTAssertEqual(Lexer.lex("10k orders").first?.number, 10_000)
        XCTAssertEqual(Lexer.lex("€2k").map(\.folded), ["$", "2k"], "other currency signs read as money")
        XCTAssertEqual(Lexer.lex("€2k").last?.number, 2_000)
    }

    func testDatesAsLexed() {
        XCTAssertEqual(Lexer.lex("2025-06-01"), [Lexeme(text: "2025-06-01", folded: "2025-06-01", kind: .date)])
        XCTAssertEqual(Lexer.lex("2025/6/1"), [Lexeme(text: "2025/6/1", folded: "2025-6-1", kind: .date)])
        XCTAssertEqual(Lexer.lex("orders after 2025-06-01").map(\.kind), [.word, .word, .date])
        XCTAssertTrue(Lexer.isDate("2025-06-01"))
        XCTAssertTrue(Lexer.isDate("2025/6/1"))
        for text in ["25-06-01", "2025-06", "x025-06-01", "2025-06-0a", "june"] { XCTAssertFalse(Lexer.isDate(text), text) }
    }

    func testCodesAndDayRanges() {
        XCTAssertEqual(Lexer.lex("BOK-FIC-01189"), [Lexeme(text: "BOK-FIC-01189", folded: "bok-fic-01189", kind: .code)])
        XCTAssertEqual(Lexer.lex("24-30 Nov").map(\.kind), [.code, .word])
        XCTAssertEqual(Lexer.lex("q3").map(\.kind), [.code])
        XCTAssertEqual(Lexer.lex("on-time").map(\.folded), ["on", "time"], "words split at their joiners")
    }
}
