import CopilotCore
import Foundation

/// The time and the new identifiers a store stamps its records with, injected so tests can fix them
/// (defaults: the system clock and ``RandomID/hex(_:)``).
struct RecordStamps: Sendable {
    let clock: @Sendable () -> Date
    /// `length` hex digits, unique enough to be a key.
    let newID: @Sendable (_ length: Int) -> String

    /// The clock's time at the precision it is stored with, so a record a store returns equals the
    /// same record read back.
    func now() -> Date {
        Timestamp.stored(clock())
    }
}
