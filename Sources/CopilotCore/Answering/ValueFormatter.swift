/// Formats numbers the way a shop manager reads them: `$1,234,567.89`, `12.4%`, `1,234`, `4.21 ★`.
/// Hand-written (no locale lookups) so output is identical on every machine.
public enum ValueFormatter {
    public static func format(_ value: DatabaseValue, as format: SemanticModel.Format?) -> String {
        guard let number = value.doubleValue else {
            if value.isNull { return "—" }
            return value.description.replacingUnderscores
        }
        switch format {
        case .currency: return currency(number)
        case .percent: return percent(number)
        case .count: return grouped(number, decimals: number.rounded() == number ? 0 : 1)
        case .rating: return grouped(number, decimals: 2)
        case .days: return grouped(number, decimals: 1) + " days"
        case .number, .none:
            if case .integer = value { return grouped(number, decimals: 0) }
            return grouped(number, decimals: abs(number) >= 100 ? 0 : 2)
        }
    }

    public static func currency(_ number: Double) -> String {
        (number < 0 ? "-$" : "$") + grouped(abs(number), decimals: 2)
    }

    /// `0.1234` → `12.3%`.
    public static func percent(_ fraction: Double) -> String {
        grouped(fraction * 100, decimals: 1) + "%"
    }

    /// A signed relative change: `+8.4%`, `-2.0%`.
    public static func change(_ fraction: Double) -> String {
        (fraction >= 0 ? "+" : "") + percent(fraction)
    }

    /// A number as people write it in a condition: `1,500`, `0.05`, `3.5`.
    public static func plain(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? grouped(number, decimals: 0) : String(number)
    }

    /// Thousands separators and a fixed number of decimals.
    public static func grouped(_ number: Double, decimals: Int) -> String {
        guard number.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(number) * scale).rounded()
        let integerPart = (scaled / scale).rounded(.towardZero)
        let fraction = Int((scaled - integerPart * scale).rounded())
        var digits = String(Int64(integerPart))
        var groupedDigits = ""
        while digits.count > 3 {
            groupedDigits = "," + digits.suffix(3) + groupedDigits
            digits = String(digits.dropLast(3))
        }
        groupedDigits = digits + groupedDigits
        var text = (number < 0 && scaled > 0 ? "-" : "") + groupedDigits
        if decimals > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return text
    }
}

extension String {
    /// `small_business` → `small business`, for showing coded values.
    var replacingUnderscores: String { split(separator: "_", omittingEmptySubsequences: false).joined(separator: " ") }
}
