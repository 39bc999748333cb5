import CSDomain

enum LogCommand: Command {
    static let spec = CommandSpec(
        ["log"], group: .reading,
        abstract: "print the events themselves, oldest first",
        discussion: "With --json, one event a line exactly as the log stores it (JSON Lines).",
        positionals: [.optional("TICKET", kind: .ticket, "only this ticket's events, or a FAQ entry's (by its exact id)")],
        examples: ["cs log", "cs log K7M2", "cs log refund-timing-ko", "cs log --json | jq -c 'select(.type==\"refunded\")'"])

    static func run(_ context: Context) throws {
        let log = try context.locateLog()
        let result = try log.replayTolerating(keepingEvents: true)
        context.warnIfTorn(result, log: log)
        var only: (id: String, isFAQ: Bool)?
        if let typed = context.invocation.argument("TICKET") { only = try subject(typed, in: result) }
        let selected = result.events.indices.filter { index in
            only.map { $0.id == result.events[index].ticket && $0.isFAQ == result.events[index].isFAQ } ?? true
        }
        guard !selected.isEmpty else { return }
        if context.json {
            // Exactly as stored, checksum and all: the i-th whole line is the i-th event.
            let stored = try log.withBytes { bytes in LogCommand.lines(bytes, count: result.events.count) }
            context.print(selected.map { stored[$0] }.joined(separator: "\n"))
            return
        }
        let time = try context.humanTime()
        var lines: [String] = []
        // People get a summary of the ticket as it was at each event, so the events are
        // applied again, in order; the first replay already proved they all apply.
        var replay = Desk()
        var next = 0
        for (index, event) in result.events.enumerated() {
            try? replay.apply(event)
            guard next < selected.count, selected[next] == index else { continue }
            next += 1
            let entry = replay.tickets[event.ticket]?.thread.last
            let summary = event.isFAQ ? firstLine(replay.faq.entries[event.ticket]?.question ?? "")
                : entry.map { $0.kind.isConversation ? firstLine($0.body) : Terminal.singleLine($0.body) } ?? ""
            let line = [time.format(event.at), event.ticket, DisplayWidth.pad(event.type, to: 16),
                        DisplayWidth.truncate(Terminal.singleLine(event.by), to: 16), summary].joined(separator: "  ")
            lines.append(context.outputWidth.map { DisplayWidth.truncate(line, to: $0) } ?? line)
        }
        context.page(lines.joined(separator: "\n"))
    }

    /// The first `count` lines of the log as text, without their newlines.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(count)
        var start = 0
        while lines.count < count, start < bytes.count {
            let end = LogReader.endOfLine(bytes, from: start)
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            start = end + 1
        }
        return lines
    }

    /// A ticket (any unique prefix), or else a FAQ entry the log has ever had (its exact id):
    /// entries have a history too, removals included.
    private static func subject(_ typed: String, in result: LogReader.TolerantReplay) throws -> (id: String, isFAQ: Bool) {
        do {
            return (try result.desk.ticket(matching: typed).id, false)
        } catch {
            // Only when no ticket matches at all is the log searched for an entry's events.
            guard case .noTicket = error, result.events.contains(where: { $0.isFAQ && $0.ticket == typed }) else { throw error }
            return (typed, true)
        }
    }

    private static func firstLine(_ text: String) -> String {
        DisplayWidth.truncate(Terminal.singleLine(String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")), to: 60)
    }
}
