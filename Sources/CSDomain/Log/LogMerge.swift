/// Merging copies of one log by events, not lines: what git's merge driver for the log does
/// (`cs merge-driver`). The result holds every event of every side once (by event id), in
/// the canonical order, chained: the same bytes whichever side merges, in whatever order
/// any number of copies are merged.
///
/// The canonical order is by time, then event id; an event never comes before what it
/// refers to (its ticket's opening, its FAQ entry's addition, the event it was written
/// `after`), which keeps a ticket's events in the order they were written when clocks on
/// two machines disagree or two events share a second. It depends on the set of events
/// alone, so merging is commutative and associative.
public enum LogMerge {
    /// One event of a side: what ordering needs, and its line as version 2 without `sum`.
    struct Entry {
        var id: String
        var at: Timestamp
        /// The ticket or FAQ entry it is about; nil for a settings event.
        var subject: String?
        /// Whether it brings its subject into being (`opened`, `faq-added`).
        var creates: Bool
        /// The event it was written after (see `Event.after`).
        var after: String?
        var content: [UInt8]
    }

    /// The merge of `sides` (each a log's path, for messages, and bytes). A damaged side,
    /// or two sides giving one event id different contents, throws: nothing is half-merged.
    public static func merge(_ sides: [(path: String, bytes: [UInt8])]) throws(LogError) -> [UInt8] {
        // The lines all sides start with (the base, in git's usual merge) are read once: with
        // chained sums, the same bytes up to a line's end are the same events.
        let shared = sharedLines(sides.map(\.bytes))
        var entries: [String: Entry] = [:]
        for (index, side) in sides.enumerated() {
            let from = index == 0 ? (offset: 0, line: 1) : shared
            for (number, entry) in try self.entries(side.bytes, from: from, path: side.path) {
                if let known = entries[entry.id] {
                    guard known.content == entry.content else {
                        throw .mergeClash(path: side.path, line: number, id: entry.id)
                    }
                } else {
                    entries[entry.id] = entry
                }
            }
        }
        var output: [UInt8] = []
        var previous = LineChecksum.genesis
        for entry in canonicalOrder(Array(entries.values)) {
            let sealed = LineChecksum.seal(entry.content, previous: previous)
            previous = sealed.withUnsafeBufferPointer { LineChecksum.storedSum(ofLineEndingAt: $0.count, in: $0) }!
            output += sealed
            output.append(0x0A)
        }
        // What is written must replay (each side's lines were only decoded): a union no
        // order can replay, say a ticket id opened on both sides, is refused, not written.
        _ = try LogReader.replay(output, path: sides.last?.path ?? "merged log")
        return output
    }

    /// Where the whole lines that every one of `logs` starts with end, and the line number
    /// after them.
    static func sharedLines(_ logs: [[UInt8]]) -> (offset: Int, line: Int) {
        guard let first = logs.first else { return (0, 1) }
        var offset = 0, line = 1, index = 0
        while index < first.count, logs.allSatisfy({ index < $0.count && $0[index] == first[index] }) {
            if first[index] == 0x0A { (offset, line) = (index + 1, line + 1) }
            index += 1
        }
        return (offset, line)
    }

    /// A side's events from `from` on, with their line numbers, each line's sum checked.
    static func entries(
        _ bytes: [UInt8], from: (offset: Int, line: Int), path: String
    ) throws(LogError)
        -> [(line: Int, entry: Entry)]
    {
        try bytes.withUnsafeBufferPointer { (all) throws(LogError) in
            var result: [(Int, Entry)] = []
            var start = from.offset, line = from.line
            while start < all.count {
                let end = LogReader.endOfLine(all, from: start)
                defer { (start, line) = (end + 1, line + 1) }
                guard end < all.count else { throw .damaged(path: path, line: line, problem: .tornLastLine) }
                guard end > start else { throw .damaged(path: path, line: line, problem: .emptyLine) }
                let event = try LogReader.decodeLine(
                    in: all, from: start, to: end, path: path, line: line, depth: .summary)
                var content = Array(all[start..<(end - LineChecksum.suffixLength)]) + [UInt8(ascii: "}")]
                if content.starts(with: LineChecksum.unchainedStart) {
                    content.replaceSubrange(0..<LineChecksum.chainedStart.count, with: LineChecksum.chainedStart)
                }
                let creates: Bool
                let subject: String?
                switch event.body {
                // Tickets and FAQ entries are named apart: the same word could be both.
                case .ticket(let payload):
                    (subject, creates) = ("ticket " + event.ticket, type(of: payload).opensTicket)
                case .faq(let payload): (subject, creates) = ("faq " + event.ticket, payload is FAQEntryAdded)
                case .desk: (subject, creates) = (nil, false)
                }
                result.append(
                    (
                        line,
                        Entry(
                            id: event.id, at: event.at, subject: subject, creates: creates, after: event.after,
                            content: content)
                    ))
            }
            return result
        }
    }

    /// By time, then id, among the events whose predecessors are placed: an event waits
    /// for its subject's creation and for the event it was written after. Taking, each
    /// time, the earliest event free to go (Kahn's order with a heap) is a function of the
    /// set alone; without links it is plain time-then-id order with each event about a
    /// subject created later moved, in that order, to right after its creation.
    static func canonicalOrder(_ entries: [Entry]) -> [Entry] {
        let sorted = entries.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        var rankOfID: [String: Int] = [:]
        var creatorOf: [String: Int] = [:]
        rankOfID.reserveCapacity(sorted.count)
        for (rank, entry) in sorted.enumerated() {
            rankOfID[entry.id] = rank
            if entry.creates, let subject = entry.subject, creatorOf[subject] == nil { creatorOf[subject] = rank }
        }
        // What each event waits for (its creator, the event it was written after: at most
        // two), and who waits on each, as one flat list (no array per event: 200,000 of
        // them cost a third of the merge).
        var waitingFor = [Int8](repeating: 0, count: sorted.count)
        var predecessors = [(Int, Int)](repeating: (-1, -1), count: sorted.count)
        var waiterCount = [Int32](repeating: 0, count: sorted.count + 1)
        for (rank, entry) in sorted.enumerated() {
            var first = -1, second = -1
            if let subject = entry.subject, !entry.creates {
                // Nothing creates it: it waits for ever, and goes last (for replay to refuse).
                first = creatorOf[subject] ?? Int.max
            }
            if let after = entry.after, let previous = rankOfID[after], previous != rank, previous != first {
                second = previous
            }
            predecessors[rank] = (first, second)
            if first >= 0 { waitingFor[rank] += 1 }
            if second >= 0 { waitingFor[rank] += 1 }
            if first >= 0, first < sorted.count { waiterCount[first + 1] += 1 }
            if second >= 0 { waiterCount[second + 1] += 1 }
        }
        for index in sorted.indices { waiterCount[index + 1] += waiterCount[index] }
        var waiters = [Int32](repeating: 0, count: Int(waiterCount[sorted.count]))
        var filled = waiterCount
        for rank in sorted.indices {
            let (first, second) = predecessors[rank]
            if first >= 0, first < sorted.count {
                waiters[Int(filled[first])] = Int32(rank)
                filled[first] += 1
            }
            if second >= 0 {
                waiters[Int(filled[second])] = Int32(rank)
                filled[second] += 1
            }
        }
        var ready = MinHeap()
        for rank in sorted.indices where waitingFor[rank] == 0 { ready.push(rank) }
        var placed = [Bool](repeating: false, count: sorted.count)
        var result: [Entry] = []
        result.reserveCapacity(sorted.count)
        while let rank = ready.pop() {
            result.append(sorted[rank])
            placed[rank] = true
            for place in Int(waiterCount[rank])..<Int(waiterCount[rank + 1]) {
                let waiter = Int(waiters[place])
                waitingFor[waiter] -= 1
                if waitingFor[waiter] == 0 { ready.push(waiter) }
            }
        }
        // Events about a subject nothing creates, or in a loop of links (only a hand-made
        // log has one): by subject, then time and id, for replay to refuse by name.
        let stuck = sorted.indices.filter { !placed[$0] }
        result += stuck.sorted { (sorted[$0].subject ?? "", $0) < (sorted[$1].subject ?? "", $1) }.map { sorted[$0] }
        return result
    }
}

/// The smallest of a set of ranks first.
struct MinHeap {
    private var items: [Int] = []

    mutating func push(_ value: Int) {
        items.append(value)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return first }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, items[left] < items[smallest] { smallest = left }
            if right < items.count, items[right] < items[smallest] { smallest = right }
            guard smallest != parent else { return first }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
