import CSDomain

enum ImportFormat: String, ChoiceWord {
    case csv, jsonl
}

/// `cs import FILE [--format csv|jsonl] [--dry-run]`: tickets from a spreadsheet or another
/// tool (a row each), or events from `cs export --events`. Every row is checked before any
/// is written: one bad row refuses the file, naming its line; nothing is appended.
enum ImportCommand: Command {
    static let file = Argument.text("FILE", kind: .file, help: .importFile)
    static let format = Option<ImportFormat>.choice("format", "FORMAT", help: .importFormat)
    static let dryRun = Flag("dry-run", help: .importDryRun)

    static let path = ["import"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .importAbstract, discussion: .importDiscussion, arguments: [file],
        options: [format, dryRun],
        examples: ["cs import tickets.csv --dry-run", "cs import tickets.csv", "cs export --events | cs import -"])

    /// What a file holds, once read and checked.
    enum Content {
        case tickets([TicketImportReader.Row])
        case events([(line: Int, event: Event)])
    }

    static func run(_ context: Context) throws(Failure) {
        let path = try context.invocation[file]
        let bytes =
            try Failure.catching(usage: FileReading.named(path, in: context.environment, limit: .importFile))
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .commandLine(
                .badImportRow(
                    path: path, line: UTF8Validation.firstInvalidLine(bytes), problem: .notUTF8))
        }
        let now = try context.clock.now()
        let reader = TicketImportReader(path: path, now: now, zone: context.clock.zone())
        let chosen = try context.invocation[format] ?? guessFormat(path: path, text: text)
        let content = try Failure.catching(
            commandLine: chosen == .csv ? .tickets(reader.rows(csv: text)) : jsonLines(text, reader: reader))
        let dry = context.invocation[dryRun]
        if case .events(let lines) = content { try checkKnownEvents(lines, context: context, path: path) }
        let counts = try context.desk.write { (decider: inout Decider) throws(Failure) in
            let (events, counts) = try decide(content, decider: &decider, path: path)
            return (events: dry ? [] : events, outcome: counts)
        }.outcome
        if context.output.json {
            var writer = JSONWriter()
            writer.beginObject()
            if case .tickets = content { writer.string("kind", "tickets") } else { writer.string("kind", "events") }
            writer.int("imported", Int64(counts.new))
            writer.int("skipped", Int64(counts.skipped))
            writer.bool("dryRun", dry)
            writer.endObject()
            context.output.print(writer.text)
            return
        }
        if context.output.quiet { return }
        switch content {
        case .tickets:
            context.output.print(
                dry
                    ? .importPreviewTickets(tickets: counts.new, skipped: counts.skipped)
                    : .importedTickets(source: path, tickets: counts.new, skipped: counts.skipped))
        case .events:
            context.output.print(
                dry
                    ? .importPreviewEvents(events: counts.new, skipped: counts.skipped)
                    : .importedEvents(source: path, events: counts.new, skipped: counts.skipped))
        }
    }

    /// The events to append, and how many rows (or events) are new and how many the desk
    /// has already: a file imported again adds nothing.
    static func decide(
        _ content: Content, decider: inout Decider, path: String
    ) throws(Failure) -> (events: [Event], counts: (new: Int, skipped: Int)) {
        switch content {
        case .tickets(let rows):
            let known = decider.desk.importKeys
            var seen: [String: Int] = [:]
            var events: [Event] = []
            var skipped = 0
            for row in rows {
                let key = row.ticket.opened.importKey ?? ""
                if let first = seen[key] {
                    throw .commandLine(
                        .badImportRow(
                            path: path, line: row.line, problem: .repeatedRow(firstLine: first)))
                }
                seen[key] = row.line
                // Known as written, or as the log keeps it: an id that looks like a card number
                // is stored masked, and so was a row's digest before cs stopped masking it.
                if known.contains(key) || known.contains(SensitiveData.mask(key).text) {
                    skipped += 1
                    continue
                }
                events += try Failure.catching(refusal: decider.importTicket(row.ticket))
            }
            return (events, (rows.count - skipped, skipped))
        case .events(let lines):
            // Checked as replay will check them, on a copy of the desk: a file that cannot
            // follow this desk's log is refused by its line, not half-written.
            var desk = decider.desk
            var events: [Event] = []
            for (line, event) in lines {
                if decider.desk.containsEventID(event.id) { continue }
                // A ticket no one could name (`abcdefgh`, `A B C`) is refused: lookups read
                // what is typed the Crockford way and would never find it.
                if event.isTicket, !Identifier.isTicketID(event.ticket) {
                    throw .commandLine(.badImportRow(path: path, line: line, problem: .badTicketID(event.ticket)))
                }
                do throws(ReplayError) {
                    try desk.apply(event, at: 0)
                } catch {
                    throw .commandLine(.badImportRow(path: path, line: line, problem: .replay(error)))
                }
                events.append(event)
            }
            return (events, (events.count, lines.count - events.count))
        }
    }

    /// Events the desk has already are left out, but only when they are the same events: an
    /// id on the desk with other contents is another event, and the file is refused.
    static func checkKnownEvents(_ lines: [(line: Int, event: Event)], context: Context, path: String) throws(Failure) {
        let (desk, log) = try context.desk.readLog()
        let known = lines.filter { desk.containsEventID($0.event.id) }
        guard !known.isEmpty else { return }
        let wanted = Set(known.map(\.event.id))
        var stored: [String: String] = [:]
        _ = try Failure.catching(
            log: log.forEachEvent { event, _ in
                if wanted.contains(event.id) { stored[event.id] = event.encoded(masking: true).text }
            })
        for (line, event) in known where stored[event.id] != event.encoded(masking: true).text {
            throw .commandLine(.badImportRow(path: path, line: line, problem: .differsFromDesk(event.id)))
        }
    }

    /// By `--format`, else the file's extension, else its first character (`{`: JSON Lines).
    static func guessFormat(path: String, text: String) -> ImportFormat {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") || lowered.hasSuffix(".tsv") { return .csv }
        if [".jsonl", ".json", ".ndjson"].contains(where: lowered.hasSuffix) { return .jsonl }
        let first = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        return first == "{" ? .jsonl : .csv
    }

    /// JSON Lines: all tickets (rows) or all events (objects with `v` and `type`).
    static func jsonLines(_ text: String, reader: TicketImportReader) throws(CommandLineError) -> Content {
        var rows: [TicketImportReader.Row] = []
        var events: [(line: Int, event: Event)] = []
        let path = reader.path
        for (offset, line) in TextLines.split(text).enumerated() {
            let number = offset + 1
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty { continue }
            // Checked before it is parsed: a line of a gigabyte would be held several times over.
            if trimmed.utf8.count > TextLimit.lineBytes {
                throw .badImportRow(path: path, line: number, problem: .tooLarge)
            }
            let value: JSONValue
            do {
                value = try JSONParser.parse(trimmed)
            } catch {
                guard case .syntax(let what, _) = error else {
                    throw .badImportRow(path: path, line: number, problem: .notAnObject)
                }
                throw .badImportRow(path: path, line: number, problem: .syntax(what))
            }
            guard case .object(let object) = value else {
                throw .badImportRow(path: path, line: number, problem: .notAnObject)
            }
            if value.longestText > TextLimit.bytes { throw .badImportRow(path: path, line: number, problem: .tooLarge) }
            let isEvent = object["v"] != nil && object["type"] != nil
            if (isEvent && !rows.isEmpty) || (!isEvent && !events.isEmpty) {
                throw .badImportRow(path: path, line: number, problem: .mixedLines)
            }
            if isEvent {
                do {
                    events.append((number, try Event(decoding: object)))
                } catch {
                    throw .badImportRow(path: path, line: number, problem: .event(error))
                }
            } else {
                rows.append(try reader.row(json: object, line: number))
            }
        }
        if !events.isEmpty { return .events(events) }
        guard !rows.isEmpty else { throw .badImportRow(path: path, line: 1, problem: .noRows) }
        return .tickets(rows)
    }
}
