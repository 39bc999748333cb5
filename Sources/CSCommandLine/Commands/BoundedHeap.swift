/// The best `limit` values of a stream, by `precedes`, without holding the rest: a heap
/// whose top is the worst value kept, so a value that loses to it is dropped at once and one
/// that wins costs a logarithm of `limit`, in whatever order the values come.
struct BoundedHeap<Value> {
    private let limit: Int
    private let precedes: (Value, Value) -> Bool
    private var values: [Value] = []

    init(limit: Int, by precedes: @escaping (Value, Value) -> Bool) {
        self.limit = limit
        self.precedes = precedes
        values.reserveCapacity(min(limit, 4096))
    }

    /// Keeps `value` if it is among the best `limit` so far.
    mutating func offer(_ value: Value) {
        guard limit > 0 else { return }
        if values.count < limit {
            values.append(value)
            siftUp(values.count - 1)
        } else if precedes(value, values[0]) {
            values[0] = value
            siftDown(0)
        }
    }

    /// The values kept, best first.
    func sorted() -> [Value] { values.sorted(by: precedes) }

    /// Whether `a` should sit above `b`: the worse one rises.
    private func above(_ a: Int, _ b: Int) -> Bool { precedes(values[b], values[a]) }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard above(child, parent) else { return }
            values.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < values.count, above(left, worst) { worst = left }
            if right < values.count, above(right, worst) { worst = right }
            guard worst != parent else { return }
            values.swapAt(parent, worst)
            parent = worst
        }
    }
}
