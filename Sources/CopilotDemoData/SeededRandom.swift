/// The demo generator's only source of randomness: xoshiro256** seeded through SplitMix64.
///
/// Deliberately not a `RandomNumberGenerator`: the standard library's `shuffle`, `randomElement` and
/// `random(in:)` algorithms are not promised to stay the same across toolchains, and the demo database
/// must come out byte-identical for a given seed. Every helper here uses only integer arithmetic and
/// IEEE `+ - * /` (no `log`, `exp`, `pow`), so results do not depend on the platform's libm either.
struct SeededRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator for one independent stream of `seed`. Each generation phase draws from its own
    /// stream so that changing how many numbers one phase consumes does not reshuffle the others.
    init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = SplitMix64(state: seed)
        var expander = SplitMix64(state: mixer.next() ^ (stream &* 0xD1B5_4A32_D192_ED03))
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }  // the one state xoshiro cannot leave
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// Uniform integer in 0..<bound without modulo bias (Lemire's multiply-and-reject).
    mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// Uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        uniform() < probability
    }

    /// Approximately normal (Irwin–Hall sum of 12 uniforms): bounded at ±6σ, which suits demo data
    /// better than true tails would, and needs no transcendental functions.
    mutating func normal(mean: Double = 0, deviation: Double = 1) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += uniform() }
        return mean + (sum - 6) * deviation
    }

    /// A uniformly chosen element. `array` must not be empty.
    mutating func pick<Element>(_ array: [Element]) -> Element {
        array[int(below: array.count)]
    }

    /// An index chosen with probability proportional to `weights` (a linear scan: meant for the
    /// short tables of the catalog; use ``WeightedPicker`` for large ones).
    mutating func pickIndex(weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights { total += weight }
        var target = uniform() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// Fisher–Yates, spelled out so the permutation never depends on the standard library version.
    mutating func shuffle<Element>(_ array: inout [Element]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(index, int(below: index + 1))
        }
    }

    /// Zipf-like weights for ranks 1…count: `1 / (rank + offset)`. The exponent is fixed at 1 (which
    /// already gives "a few items take most of the volume") so no `pow` is needed.
    static func zipfWeights(count: Int, offset: Double) -> [Double] {
        (0..<count).map { 1 / (Double($0 + 1) + offset) }
    }
}

/// SplitMix64: turns one 64-bit seed into well-mixed state words for xoshiro.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
