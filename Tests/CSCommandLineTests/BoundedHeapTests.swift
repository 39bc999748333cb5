import Testing

@testable import CSCommandLine

/// `cs list --limit N` keeps the best N tickets of a stream without holding the rest; the
/// answer must be the sorted stream's first N, in any order the tickets come.
@Suite struct BoundedHeapTests {
    @Test(arguments: [0, 1, 2, 7, 20, 100, 5000])
    func keepsTheFirstOfTheSortedStream(_ limit: Int) {
        // Scattered, with repeats; then ascending, descending (each value beats the worst
        // kept), and none.
        let scattered = (0..<3000).map { $0 * 7919 % 500 }
        for values in [scattered, scattered.sorted(), scattered.sorted(by: >), []] {
            var heap = BoundedHeap<Int>(limit: limit, by: <)
            for value in values { heap.offer(value) }
            #expect(heap.sorted() == Array(values.sorted().prefix(limit)))
        }
    }
}
