import Foundation

/// Splits a markdown document into chunks at headings, keeping each chunk's heading path
/// ("Returns and refunds › Return window › Platinum members") so answers can cite a section.
struct MarkdownChunker: Sendable {
    struct Chunk: Sendable, Equatable {
        /// The document title (its first `#` heading, else the file name).
        var title: String
        /// The innermost heading, cited as the section.
        var section: String
        /// Headings from the title down to this section.
        var headingPath: [String]
        var body: String
    }

    /// Longer sections are split at paragraph boundaries around this many characters.
    var targetLength = 1_500

    func chunks(of text: String, fallbackTitle: String) -> [Chunk] {
        var title = fallbackTitle
        var path: [String] = []
        var levels: [Int] = []
        var body: [Substring] = []
        var result: [Chunk] = []
        var inFence = false

        func flush() {
            let content = body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            body.removeAll()
            guard !content.isEmpty else { return }
            let section = path.last ?? title
            for piece in split(content) {
                result.append(Chunk(title: title, section: section, headingPath: path.isEmpty ? [title] : path, body: piece))
            }
        }

        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            let level = inFence ? 0 : line.prefix(while: { $0 == "#" }).count
            guard level > 0, level <= 6, line.dropFirst(level).first == " " else {
                body.append(line)
                continue
            }
            flush()
            let heading = line.dropFirst(level).trimmingCharacters(in: .whitespaces)
            if level == 1 && result.isEmpty && path.isEmpty { title = heading }
            while let last = levels.last, last >= level {
                levels.removeLast()
                path.removeLast()
            }
            levels.append(level)
            path.append(heading)
        }
        flush()
        return result
    }

    /// Paragraph-aligned pieces of at most about `targetLength` characters.
    private func split(_ content: String) -> [String] {
        guard content.count > targetLength * 3 / 2 else { return [content] }
        var pieces: [String] = []
        var current = ""
        for paragraph in content.components(separatedBy: "\n\n") {
            if !current.isEmpty && current.count + paragraph.count > targetLength {
                pieces.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : "\n\n") + paragraph
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
