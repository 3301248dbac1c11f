/// Random identifiers for sessions, actions and keys: hex digits from the system's secure
/// generator, so they cannot be guessed from one another.
public enum RandomID {
    /// `length` lowercase hex digits (default 32, 128 bits).
    public static func hex(_ length: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        text.reserveCapacity(length + 16)
        while text.count < length {
            let word = String(generator.next() as UInt64, radix: 16)
            text += String(repeating: "0", count: 16 - word.count) + word
        }
        return String(text.prefix(length))
    }
}
