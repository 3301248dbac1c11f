import CopilotCore

/// Compares a generated result with a reference result the way Spider/BIRD execution accuracy
/// does — same rows, order only when the question asks for it, numbers within a tolerance — and
/// lets the generated result carry extra columns (a label next to the number is not wrong).
public struct ResultComparator: Sendable {
    /// Relative tolerance for numbers.
    public var relativeTolerance = 1e-4

    public init() {}

    public func matches(generated: QueryResult, reference: QueryResult, ordered: Bool) -> Bool {
        guard generated.rows.count == reference.rows.count else { return false }
        let width = reference.columns.count
        guard width > 0, generated.columns.count >= width else { return reference.rows.isEmpty && generated.rows.isEmpty }
        if reference.rows.isEmpty { return true }
        var used = [Bool](repeating: false, count: generated.columns.count)
        var mapping = [Int](repeating: -1, count: width)
        return assign(0, mapping: &mapping, used: &used, generated: generated, reference: reference, ordered: ordered)
    }

    /// Backtracking search for a column mapping under which the rows agree.
    private func assign(_ column: Int, mapping: inout [Int], used: inout [Bool], generated: QueryResult,
                        reference: QueryResult, ordered: Bool) -> Bool {
        if column == mapping.count { return rowsAgree(mapping, generated: generated, reference: reference, ordered: ordered) }
        let expected = reference.rows.map { $0[column] }
        for candidate in generated.columns.indices where !used[candidate] {
            let values = generated.rows.map { $0[candidate] }
            let plausible = ordered ? zip(values, expected).allSatisfy(equal) : sameMultiset(values, expected)
            guard plausible else { continue }
            used[candidate] = true
            mapping[column] = candidate
            if assign(column + 1, mapping: &mapping, used: &used, generated: generated, reference: reference, ordered: ordered) { return true }
            used[candidate] = false
        }
        return false
    }

    private func rowsAgree(_ mapping: [Int], generated: QueryResult, reference: QueryResult, ordered: Bool) -> Bool {
        let projected = generated.rows.map { row in mapping.map { row[$0] } }
        if ordered {
            return zip(projected, reference.rows).allSatisfy { zip($0, $1).allSatisfy(equal) }
        }
        var remaining = reference.rows
        for row in projected {
            guard let index = remaining.firstIndex(where: { zip(row, $0).allSatisfy(equal) }) else { return false }
            remaining.remove(at: index)
        }
        return true
    }

    private func sameMultiset(_ a: [DatabaseValue], _ b: [DatabaseValue]) -> Bool {
        let left = a.sorted(by: Self.order), right = b.sorted(by: Self.order)
        return zip(left, right).allSatisfy(equal)
    }

    static func order(_ a: DatabaseValue, _ b: DatabaseValue) -> Bool {
        switch (number(a), number(b)) {
        case let (x?, y?): return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        case (nil, nil): return a.description < b.description
        }
    }

    static func number(_ value: DatabaseValue) -> Double? {
        if let double = value.doubleValue { return double }
        if case .text(let text) = value { return Double(text) }
        return nil
    }

    func equal(_ a: DatabaseValue, _ b: DatabaseValue) -> Bool {
        if a.isNull || b.isNull { return a.isNull && b.isNull }
        if let x = Self.number(a), let y = Self.number(b) {
            if abs(x - y) <= 1e-9 + relativeTolerance * max(abs(x), abs(y)) { return true }
            // A reference that rounds (ROUND(x, 2) → 0.03) matches the unrounded value (0.0345); only
            // when the reference has exactly that many decimals, so 0.4 never "rounds" to 0.
            for decimals in 1...4 {
                let scale = pow10(decimals)
                let hasDecimals = abs((y * scale).rounded() - y * scale) < 1e-6 && abs((y * scale / 10).rounded() - y * scale / 10) > 1e-6
                if hasDecimals, abs((x * scale).rounded() / scale - y) < 1e-9 { return true }
            }
            return false
        }
        return a.description == b.description
    }

    private func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }
}
