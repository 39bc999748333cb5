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
        let time = try context.humanTime()
        var lines: [String] = []
        // People get a summary of the ticket as it was at each event, so the events are
        // applied again, in order; the first replay already proved they all apply.
        var replay = Desk()
        for event in result.events {
            if !context.json { try? replay.apply(event) }
            guard only.map({ $0.id == event.ticket && $0.isFAQ == event.isFAQ }) ?? true else { continue }
            if context.json {
                lines.append(event.encoded().text)
            } else {
                let entry = replay.tickets[event.ticket]?.thread.last
                let summary = event.isFAQ ? firstLine(replay.faq.entries[event.ticket]?.question ?? "")
                    : entry.map { $0.kind.isConversation ? firstLine($0.body) : Terminal.singleLine($0.body) } ?? ""
                lines.append([time.format(event.at), event.ticket, DisplayWidth.pad(event.type, to: 16), Terminal.singleLine(event.by), summary]
                    .joined(separator: "  "))
            }
        }
        guard !lines.isEmpty else { return }
        if context.json { context.print(lines.joined(separator: "\n")) } else { context.page(lines.joined(separator: "\n")) }
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
