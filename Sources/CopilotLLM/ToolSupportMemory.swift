/// Remembers which endpoint/model pairs refused `tools`, so later calls go straight to JSON mode.
public actor ToolSupportMemory {
    private var withoutTools: Set<String> = []

    public init() {}

    /// One memory for the whole process.
    public static let shared = ToolSupportMemory()

    public func lacksTools(_ key: String) -> Bool { withoutTools.contains(key) }

    public func markWithoutTools(_ key: String) { withoutTools.insert(key) }
}
