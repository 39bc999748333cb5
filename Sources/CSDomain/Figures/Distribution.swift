/// A set of durations summed up as people judge a desk by them.
public struct Distribution: Equatable, Sendable {
    public var count: Int
    /// The middle value, or the mean of the two middle values; nil with no values.
    public var median: Double?
    /// Nearest rank: the ⌈0.9·n⌉-th smallest value; nil with no values.
    public var p90: Int64?

    public init(_ values: [Int64]) {
        count = values.count
        guard !values.isEmpty else {
            median = nil
            p90 = nil
            return
        }
        // Three order statistics, each found in linear time: a desk's hundred thousand
        // durations are never sorted whole.
        var values = values
        let lower = Self.select((values.count - 1) / 2, in: &values)
        let upper = values.count % 2 == 1 ? lower : Self.select(values.count / 2, in: &values)
        median = (Double(lower) + Double(upper)) / 2
        // ⌈0.9·n⌉ in whole numbers: (9n + 9) / 10.
        p90 = Self.select((9 * values.count + 9) / 10 - 1, in: &values)
    }

    /// The `k`-th smallest (0-based), moving values around (Hoare's selection, middle pivot).
    static func select(_ k: Int, in values: inout [Int64]) -> Int64 {
        var low = 0, high = values.count - 1
        while low < high {
            let pivot = values[low + (high - low) / 2]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }
}
