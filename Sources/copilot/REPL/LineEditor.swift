import Foundation

/// A small line editor for the REPL prompt, on a raw terminal: cursor keys, Home/End, Ctrl-A/E
/// (start/end), Ctrl-B/F (back/forward), Ctrl-W (delete word), Ctrl-U/K (kill to start/end),
/// Ctrl-L (clear screen), up/down history, Ctrl-R reverse search, Ctrl-C (discard the line),
/// Ctrl-D (exit on an empty line). History persists across runs in a file.
final class LineEditor {
    enum Result: Equatable {
        case line(String)
        case interrupted
        case endOfInput
    }

    private let terminal: Terminal
    private(set) var history: [String]
    private let historyPath: String?
    private let maxHistory = 1_000

    init(terminal: Terminal, historyPath: String?) {
        self.terminal = terminal
        self.historyPath = historyPath
        if let historyPath, let text = try? String(contentsOfFile: historyPath, encoding: .utf8) {
            history = text.split(separator: "\n").map(String.init).suffix(1_000)
        } else {
            history = []
        }
    }

    func remember(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, history.last != trimmed else { return }
        history.append(trimmed)
        if history.count > maxHistory { history.removeFirst(history.count - maxHistory) }
        if let historyPath {
            try? (history.joined(separator: "\n") + "\n").write(toFile: historyPath, atomically: true, encoding: .utf8)
        }
    }

    func readLine(prompt: String) -> Result {
        var buffer: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        var draft: [Character] = []
        terminal.enterRawMode()
        defer { terminal.leaveRawMode() }

        func redraw(_ displayPrompt: String? = nil) {
            terminal.write("\r\u{1B}[K" + (displayPrompt ?? prompt) + String(buffer))
            let back = buffer.count - cursor
            if back > 0 { terminal.write("\u{1B}[\(back)D") }
        }
        func replace(with text: [Character]) {
            buffer = text
            cursor = buffer.count
            redraw()
        }

        terminal.write(prompt)
        while let byte = terminal.readByte() {
            switch byte {
            case 13, 10:  // Enter
                terminal.write("\r\n")
                return .line(String(buffer))
            case 3:  // Ctrl-C
                terminal.write("^C\r\n")
                return .interrupted
            case 4:  // Ctrl-D
                if buffer.isEmpty {
                    terminal.write("\r\n")
                    return .endOfInput
                }
                if cursor < buffer.count { buffer.remove(at: cursor); redraw() }
            case 1: cursor = 0; redraw()                       // Ctrl-A
            case 5: cursor = buffer.count; redraw()            // Ctrl-E
            case 2: cursor = max(0, cursor - 1); redraw()      // Ctrl-B
            case 6: cursor = min(buffer.count, cursor + 1); redraw()  // Ctrl-F
            case 11: buffer.removeSubrange(cursor...); redraw()  // Ctrl-K
            case 21: buffer.removeSubrange(..<cursor); cursor = 0; redraw()  // Ctrl-U
            case 12: terminal.write("\u{1B}[H\u{1B}[2J"); redraw()  // Ctrl-L
            case 23:  // Ctrl-W
                var start = cursor
                while start > 0 && buffer[start - 1] == " " { start -= 1 }
                while start > 0 && buffer[start - 1] != " " { start -= 1 }
                buffer.removeSubrange(start..<cursor)
                cursor = start
                redraw()
            case 127, 8:  // Backspace
                if cursor > 0 {
                    buffer.remove(at: cursor - 1)
                    cursor -= 1
                    redraw()
                }
            case 18:  // Ctrl-R
                if let found = reverseSearch() { replace(with: Array(found)) } else { redraw() }
            case 27:  // Escape sequences
                guard let next = terminal.readByte() else { break }
                if next == UInt8(ascii: "[") || next == UInt8(ascii: "O") {
                    guard let code = terminal.readByte() else { break }
                    switch code {
                    case UInt8(ascii: "A"):  // Up
                        if historyIndex == history.count { draft = buffer }
                        if historyIndex > 0 {
                            historyIndex -= 1
                            replace(with: Array(history[historyIndex]))
                        }
                    case UInt8(ascii: "B"):  // Down
                        if historyIndex < history.count {
                            historyIndex += 1
                            replace(with: historyIndex == history.count ? draft : Array(history[historyIndex]))
                        }
                    case UInt8(ascii: "C"): cursor = min(buffer.count, cursor + 1); redraw()
                    case UInt8(ascii: "D"): cursor = max(0, cursor - 1); redraw()
                    case UInt8(ascii: "H"): cursor = 0; redraw()
                    case UInt8(ascii: "F"): cursor = buffer.count; redraw()
                    case UInt8(ascii: "3"):  // Delete: ESC [ 3 ~
                        _ = terminal.readByte()
                        if cursor < buffer.count { buffer.remove(at: cursor); redraw() }
                    default:
                        break
                    }
                }
            default:
                if byte >= 32 {
                    var bytes = [byte]
                    // UTF-8 continuation bytes of a multi-byte character.
                    let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
                    for _ in 0..<extra { if let more = terminal.readByte() { bytes.append(more) } }
                    for character in String(decoding: bytes, as: UTF8.self) {
                        buffer.insert(character, at: cursor)
                        cursor += 1
                    }
                    redraw()
                }
            }
        }
        return .endOfInput
    }

    /// Ctrl-R: incremental search backwards through history. Enter accepts, Ctrl-C/Esc aborts.
    private func reverseSearch() -> String? {
        var query = ""
        var match: String?
        func show() {
            terminal.write("\r\u{1B}[K(reverse-i-search)`\(query)': \(match ?? "")")
        }
        show()
        while let byte = terminal.readByte() {
            switch byte {
            case 13, 10: return match
            case 3, 27, 7: return nil
            case 127, 8: query = String(query.dropLast())
            case 18: break
            default:
                if byte >= 32 { query.append(Character(UnicodeScalar(byte))) }
            }
            match = query.isEmpty ? nil : history.last { $0.localizedLowercase.contains(query.localizedLowercase) }
            show()
        }
        return match
    }
}
