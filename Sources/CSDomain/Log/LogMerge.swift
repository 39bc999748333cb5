/// Merging copies of one log by events, not lines: what git's merge driver for the log does
/// (`cs merge-driver`). The result holds every event of every side once (by event id), in
/// the canonical order, chained: the same bytes whichever side merges, in whatever order
/// any number of copies are merged.
///
/// The canonical order is by time, then event id; an event never comes before what it
/// refers to (its ticket's opening, its FAQ entry's addition), which keeps it after them
/// when clocks on two machines disagree. It depends on the set of events alone, so merging
/// is commutative and associative, and a side already in canonical order is left as it is.
public enum LogMerge {
    /// One event of a side: what ordering needs, and its line as version 2 without `sum`.
    struct Entry {
        var id: String
        var at: Timestamp
        /// The ticket or FAQ entry it is about; nil for a settings event.
        var subject: String?
        /// Whether it brings its subject into being (`opened`, `faq-added`).
        var creates: Bool
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
                    (line, Entry(id: event.id, at: event.at, subject: subject, creates: creates, content: content)))
            }
            return result
        }
    }

    /// By time, then id; an event about a subject not yet brought into being waits, in that
    /// order, until the event that creates it.
    static func canonicalOrder(_ entries: [Entry]) -> [Entry] {
        let sorted = entries.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        var created = Set<String>()
        var waiting: [String: [Entry]] = [:]
        var result: [Entry] = []
        result.reserveCapacity(sorted.count)
        for entry in sorted {
            guard let subject = entry.subject else {
                result.append(entry)
                continue
            }
            if entry.creates {
                result.append(entry)
                created.insert(subject)
                result += waiting.removeValue(forKey: subject) ?? []
            } else if created.contains(subject) {
                result.append(entry)
            } else {
                waiting[subject, default: []].append(entry)
            }
        }
        // Events about a subject nothing creates: left for replay to refuse, by name.
        for subject in waiting.keys.sorted() { result += waiting[subject]! }
        return result
    }
}
