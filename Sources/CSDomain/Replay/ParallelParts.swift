import Dispatch

/// Work over many items split into one part a core, each part's result kept apart and
/// returned in order: how `cs list` reads the lines of 25,000 tickets on both cores.
public enum ParallelParts {
    /// `body`'s result for each part of `0..<count`, in order. Under `minimum` items, or on
    /// one core, one part on this thread: starting another costs more than it saves.
    public static func map<Result>(_ count: Int, minimum: Int, _ body: (Range<Int>) -> Result) -> [Result] {
        let parts = count >= minimum ? min(Cores.count, 2) : 1
        guard parts > 1 else { return [body(0..<count)] }
        let results = Results<Result>(count: parts)
        withoutActuallyEscaping(body) { body in
            let shared = Shared(body)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                results.set(part, shared.body(count * part / parts..<count * (part + 1) / parts))
            }
        }
        return results.all
    }

    /// The body, shared by the workers: it only reads what the caller holds still.
    private struct Shared<Result>: @unchecked Sendable {
        let body: (Range<Int>) -> Result
        init(_ body: @escaping (Range<Int>) -> Result) { self.body = body }
    }

    /// Each part's result, written by the worker that made it (one slot each, in memory of
    /// its own: two workers writing one array at once would be simultaneous accesses).
    private final class Results<Result>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Result?>
        init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: nil) }
        deinit { slots.deinitialize().deallocate() }
        func set(_ part: Int, _ result: Result) { slots[part] = result }
        var all: [Result] { slots.map { $0! } }
    }
}
