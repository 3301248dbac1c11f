import Foundation

// Used by the EmbedResources build-tool plugin: `ResourceEmbedder OUTPUT ROOT FILE...` writes a
// Swift source holding each FILE's text under its path relative to ROOT.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ResourceEmbedder OUTPUT ROOT FILE...\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[arguments.startIndex])
let root = URL(fileURLWithPath: arguments[arguments.startIndex + 1]).standardizedFileURL.path + "/"

/// A raw string literal whose delimiter cannot occur in `text`.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return hashes + "\"\"\"\n" + text + (text.hasSuffix("\n") ? "" : "\n") + "\"\"\"" + hashes
}

var lines = [
    "// Generated at build time by the EmbedResources plugin from the files themselves; not in git.",
    "",
    "/// The shipped files, compiled in so the binary works from any directory.",
    "package enum EmbeddedResources {",
    "    /// Repository-relative path → file contents.",
    "    package static let files: [String: String] = [",
]
for path in arguments.dropFirst(2).sorted() {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    guard absolute.hasPrefix(root) else { continue }
    var text = try String(contentsOfFile: absolute, encoding: .utf8)
    if text.hasSuffix("\n") { text.removeLast() }
    lines.append("        \"\(absolute.dropFirst(root.count))\": \(literal(text)),")
}
lines += ["    ]", "}", ""]
let generated = lines.joined(separator: "\n")
// Rewrite only on change so an unrelated edit does not recompile the resources target.
if (try? String(contentsOf: output, encoding: .utf8)) != generated {
    try generated.write(to: output, atomically: true, encoding: .utf8)
}
