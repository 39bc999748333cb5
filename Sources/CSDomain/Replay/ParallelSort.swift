/// Sorting on every core: each core sorts a part, and the sorted parts are merged.
public enum ParallelSort {
    /// A million event-id hashes sorted in two halves at once.
    static func sorted(_ values: [UInt64]) -> [UInt64] {
        guard values.count > 1 << 16 else { return values.sorted() }
        return merged(ParallelParts.map(values.count, minimum: 0) { values[$0].sorted() }, by: <)
    }

    /// Runs each sorted by `precedes`, as one sorted run; only its first `limit` when given.
    public static func merged<Value>(
        _ runs: [[Value]], limit: Int? = nil, by precedes: (Value, Value) -> Bool
    ) -> [Value] {
        guard var merged = runs.first else { return [] }
        for run in runs.dropFirst() { merged = Self.merged(merged, run, limit: limit, by: precedes) }
        return Array(merged.prefix(limit ?? .max))
    }

    /// Two sorted runs as one; an element of `first` comes before an equal one of `second`.
    private static func merged<Value>(
        _ first: [Value], _ second: [Value], limit: Int?, by precedes: (Value, Value) -> Bool
    ) -> [Value] {
        let count = min(first.count + second.count, limit ?? .max)
        var merged: [Value] = []
        merged.reserveCapacity(count)
        var (i, j) = (0, 0)
        while merged.count < count {
            if j == second.count || (i < first.count && !precedes(second[j], first[i])) {
                merged.append(first[i])
                i += 1
            } else {
                merged.append(second[j])
                j += 1
            }
        }
        return merged
    }
}
