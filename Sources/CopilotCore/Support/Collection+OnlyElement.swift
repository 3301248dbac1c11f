extension Collection {
    /// The element of a one-element collection; nil when it has none or several.
    var onlyElement: Element? { count == 1 ? first : nil }
}
