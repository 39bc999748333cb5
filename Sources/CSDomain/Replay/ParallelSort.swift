import Dispatch

/// Sorting a million integers on every core: halves sorted at once, then merged.
enum ParallelSort {
    static func sorted(_ values: [UInt64]) -> [UInt64] {
        guard values.count > 1 << 16, Cores.count > 1 else { return values.sorted() }
        let middle = values.count / 2
        let halves = Halves(left: Array(values[..<middle]), right: Array(values[middle...]))
        DispatchQueue.concurrentPerform(iterations: 2) { half in halves.sort(half) }
        var merged: [UInt64] = []
        merged.reserveCapacity(values.count)
        var (i, j) = (0, 0)
        let (left, right) = (halves.left, halves.right)
        while i < left.count && j < right.count {
            if left[i] <= right[j] { merged.append(left[i]); i += 1 } else { merged.append(right[j]); j += 1 }
        }
        merged.append(contentsOf: left[i...])
        merged.append(contentsOf: right[j...])
        return merged
    }

    /// Each half is touched by one thread only.
    private final class Halves: @unchecked Sendable {
        var left: [UInt64]
        var right: [UInt64]

        init(left: [UInt64], right: [UInt64]) {
            self.left = left
            self.right = right
        }

        func sort(_ half: Int) { if half == 0 { left.sort() } else { right.sort() } }
    }
}
