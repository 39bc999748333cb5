import CSDomain

enum LogCommand: Command {
    static let spec = CommandSpec(
        ["log"], group: .reading,
        abstract: "print the events themselves, oldest first",
        discussion: "With --json, one event a line exactly as the log stores it (JSON Lines).",
        positionals: [.optional("TICKET", kind: .ticket, "only this ticket's events")],
        examples: ["cs log", "cs log K7M2", "cs log --json | jq -c 'select(.type==\"refunded\")'"])

    static func run(_ context: Context) throws {
        let log = try context.locateLog()
        let all = try log.readBytes()
        let result = try LogReader.replayTolerating(all, path: log.path)
        context.warnIfTorn(result, log: log)
        let desk = result.desk
        let bytes = Array(all[0..<result.wholeLength])
        let only = try context.invocation.argument("TICKET").map { (typed) throws(LookupError) in try desk.ticket(matching: typed).id }
        let time = try context.humanTime()
        var lines: [String] = []
        // Replayed again alongside, so each summary describes the ticket as it was then.
        var replay = Desk()
        try LogReader.forEachEvent(in: bytes, path: log.path) { event, _ in
            try? replay.apply(event)
            guard only == nil || event.ticket == only else { return }
            if context.json {
                lines.append(event.encoded().text)
            } else {
                let entry = replay.tickets[event.ticket]?.thread.last
                let summary = entry.map { $0.kind.isConversation ? firstLine($0.body) : Terminal.singleLine($0.body) } ?? ""
                lines.append([time.format(event.at), event.ticket, DisplayWidth.pad(event.type, to: 16), Terminal.singleLine(event.by), summary]
                    .joined(separator: "  "))
            }
        }
        guard !lines.isEmpty else { return }
        if context.json { context.print(lines.joined(separator: "\n")) } else { context.page(lines.joined(separator: "\n")) }
    }

    private static func firstLine(_ text: String) -> String {
        DisplayWidth.truncate(Terminal.singleLine(String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")), to: 60)
    }
}
