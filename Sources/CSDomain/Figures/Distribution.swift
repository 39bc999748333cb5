/// A set of durations summed up as people judge a desk by them.
public struct Distribution: Equatable, Sendable {
    public var count: Int
    /// The middle value, or the mean of the two middle values; nil with no values.
    public var median: Double?
    /// Nearest rank: the ⌈0.9·n⌉-th smallest value; nil with no values.
    public var p90: Int64?

    public init(_ values: [Int64]) {
        let sorted = values.sorted()
        count = sorted.count
        guard !sorted.isEmpty else {
            median = nil
            p90 = nil
            return
        }
        let middle = sorted.count / 2
        median =
            sorted.count % 2 == 1 ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
        // ⌈0.9·n⌉ in whole numbers: (9n + 9) / 10.
        let rank = (9 * sorted.count + 9) / 10
        p90 = sorted[rank - 1]
    }
}
