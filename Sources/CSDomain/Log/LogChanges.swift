/// What one copy of a log holds that another lacks: the events a commit adds (`cs sync`
/// words its message from them) or a pull brought in.
public enum LogChanges {
    /// The events of `current` whose ids `earlier` lacks, in log order. Only the lines after
    /// the bytes both start with are decoded: a log that was only appended to costs its new
    /// lines.
    public static func added(in current: [UInt8], since earlier: [UInt8], path: String) throws(LogError) -> [Event] {
        let shared = LogMerge.sharedLines([current, earlier])
        var known = Set<String>()
        for event in try events(earlier, from: shared, path: path) { known.insert(event.id) }
        return try events(current, from: shared, path: path).filter { !known.contains($0.id) }
    }

    private static func events(
        _ bytes: [UInt8], from: (offset: Int, line: Int), path: String
    ) throws(LogError) -> [Event] {
        try bytes.withUnsafeBufferPointer { (all) throws(LogError) in
            var result: [Event] = []
            var start = from.offset, line = from.line
            while start < all.count {
                let end = LogReader.endOfLine(all, from: start)
                defer { (start, line) = (end + 1, line + 1) }
                guard end < all.count else { break }
                guard end > start else { throw .damaged(path: path, line: line, problem: .emptyLine) }
                result.append(
                    try LogReader.decodeLine(in: all, from: start, to: end, path: path, line: line, depth: .summary))
            }
            return result
        }
    }

    /// What a commit holding no new event says it holds: the files that share the desk.
    public static let settingsOnly = "the desk's git settings (.gitattributes, .gitignore)"

    /// A commit message's first line for `events` ("3 events on 2 tickets: 2 replied, 1
    /// opened") and a line per ticket ("K7M2: replied, closed"). In English whatever the
    /// interface's language, like the log's event types it is made of: a team's history
    /// reads the same in every clone.
    public static func summary(of events: [Event]) -> (title: String, body: [String]) {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var perSubject: [(subject: String, types: [String])] = []
        var place: [String: Int] = [:]
        for event in events {
            if counts[event.type] == nil { order.append(event.type) }
            counts[event.type, default: 0] += 1
            let subject = event.isTicket ? event.ticket : (event.isFAQ ? "faq " + event.ticket : event.ticket)
            if let index = place[subject] {
                perSubject[index].types.append(event.type)
            } else {
                place[subject] = perSubject.count
                perSubject.append((subject, [event.type]))
            }
        }
        let tickets = Set(events.filter(\.isTicket).map(\.ticket)).count
        var title = "\(events.count) \(events.count == 1 ? "event" : "events")"
        if tickets > 0 { title += " on \(tickets) \(tickets == 1 ? "ticket" : "tickets")" }
        // Most frequent first; a tie in the order first met.
        let ranked = order.enumerated().sorted { (counts[$0.element]!, $1.offset) > (counts[$1.element]!, $0.offset) }
        title += ": " + ranked.map { "\(counts[$0.element]!) \($0.element)" }.joined(separator: ", ")
        let body = perSubject.map { "\($0.subject): " + $0.types.joined(separator: ", ") }
        return (title, body)
    }
}
