/// Calendar arithmetic on plain integers: a day is the number of days since 1970-01-01 (proleptic
/// Gregorian), an instant is seconds since 1970-01-01 00:00:00 in the shop's single, zone-less local
/// time. Foundation's `Date`/`Calendar` would bring time zones and locale into what must be a
/// reproducible, fast computation.
enum DemoCalendar {
    static let secondsPerDay = 86_400

    /// Day number of a civil date (Howard Hinnant's `days_from_civil`).
    static func day(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Civil date of a day number (`civil_from_days`).
    static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ dayNumber: Int) -> Int {
        let shifted = (dayNumber + 3) % 7
        return shifted >= 0 ? shifted : shifted + 7
    }

    /// `YYYY-MM-DD`.
    static func dateString(_ dayNumber: Int) -> String {
        let date = civil(dayNumber)
        return String(unsafeUninitializedCapacity: 10) { buffer in
            writeDate(date, into: buffer)
            return 10
        }
    }

    /// `YYYY-MM-DD HH:MM:SS`.
    static func timestampString(_ instant: Int) -> String {
        let dayNumber = instant >= 0 ? instant / secondsPerDay : (instant + 1) / secondsPerDay - 1
        let second = instant - dayNumber * secondsPerDay
        let date = civil(dayNumber)
        return String(unsafeUninitializedCapacity: 19) { buffer in
            writeDate(date, into: buffer)
            buffer[10] = 0x20
            writeTwoDigits(second / 3600, into: buffer, at: 11)
            buffer[13] = 0x3A
            writeTwoDigits(second / 60 % 60, into: buffer, at: 14)
            buffer[16] = 0x3A
            writeTwoDigits(second % 60, into: buffer, at: 17)
            return 19
        }
    }

    private static func writeDate(_ date: (year: Int, month: Int, day: Int), into buffer: UnsafeMutableBufferPointer<UInt8>) {
        writeTwoDigits(date.year / 100, into: buffer, at: 0)
        writeTwoDigits(date.year % 100, into: buffer, at: 2)
        buffer[4] = 0x2D
        writeTwoDigits(date.month, into: buffer, at: 5)
        buffer[7] = 0x2D
        writeTwoDigits(date.day, into: buffer, at: 8)
    }

    @inline(__always)
    private static func writeTwoDigits(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        buffer[offset] = UInt8(truncatingIfNeeded: 0x30 + value / 10)
        buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
    }
}
