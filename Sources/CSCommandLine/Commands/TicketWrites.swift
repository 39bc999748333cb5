import CSDomain

/// What the commands that change one ticket share: find the ticket named by TICKET under
/// the log's lock, let the rules decide, append, and report.
extension Context {
    public static let ticketArgument = PositionalSpec.required("TICKET", kind: .ticket, "the ticket's id, or any unique prefix of it")

    /// Runs `decide` against the ticket named by TICKET. It returns the event to append
    /// (nil: nothing to change). Prints `done` (or `unchanged`), or the ticket as JSON
    /// with `--json`; prints nothing with `-q`.
    func changeTicket(done: (Ticket) -> String, unchanged: (Ticket) -> String,
                      _ decide: (inout Decider, Ticket) throws -> Event?) throws {
        let typed = invocation.argument("TICKET") ?? ""
        let written = try write { (decider: inout Decider) in
            let ticket = try decider.desk.ticket(matching: typed)
            let event = try decide(&decider, ticket)
            return (events: event.map { [$0] } ?? [], outcome: ticket)
        }
        let (before, stored) = (written.outcome, written.stored)
        report(applying(stored, to: before), message: stored.isEmpty ? unchanged(before) : done(applying(stored, to: before)))
    }

    /// The ticket after the events just stored: what a report shows.
    func applying(_ events: [Event], to ticket: Ticket) -> Ticket {
        var after = ticket
        for event in events { event.apply(to: &after) }
        return after
    }

    /// The outcome of a write: JSON of the ticket, a line for a person, or nothing (`-q`).
    func report(_ ticket: Ticket, message: String) {
        if json {
            print(TicketJSON.text(ticket, thread: false))
        } else if !quiet {
            print(message)
        }
    }

    /// Text for a reply, note, body or reason: the TEXT argument, `--body-file FILE`, or
    /// `-` for standard input. Empty text counts as none.
    /// `inlineName` is how the inline text is named in errors: `TEXT` or `--body`.
    func body(inlineName: String = "TEXT", fileOption: String = "body-file") throws -> String? {
        let inline = inlineName.hasPrefix("--") ? invocation.value(String(inlineName.dropFirst(2)))
            : invocation.argument(inlineName)
        let file = invocation.value(fileOption)
        if inline != nil && file != nil { throw UsageError.conflictingOptions(inlineName, "--" + fileOption) }
        let text: String
        if let file {
            text = try readText(file)
        } else if let inline {
            text = inline == "-" ? try readText("-") : inline
        } else {
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A file's text, or standard input for `-`. Must be UTF-8.
    func readText(_ path: String) throws -> String {
        let bytes: [UInt8]
        if path == "-" {
            bytes = environment.readStandardInput()
        } else {
            bytes = try FileReading.bytes(atPath: absolute(path), shownAs: path)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UsageError.unreadableFile(path: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// A body that must be there: given, or written in the editor when a person is at a
    /// terminal; otherwise a usage error at once.
    func requireBody(what: String) throws -> String {
        if let text = try body() { return text }
        if invocation.argument("TEXT") == nil && invocation.value("body-file") == nil && canOpenEditor {
            return try editText(what: what, hint: "For ticket \(invocation.argument("TICKET") ?? "").")
        }
        throw UsageError.missingBody(what: what, command: invocation.command.name)
    }

    /// A required free-text option such as `--reason`: present and not blank; `-` reads
    /// it from standard input; missing on a terminal, `escalate` asks in the editor.
    func requiredText(_ option: String, valueName: String) throws -> String {
        guard let value = invocation.value(option) else {
            if canOpenEditor, invocation.command.path == ["escalate"] {
                return try editText(what: option, hint: "Why is ticket \(invocation.argument("TICKET") ?? "") escalated?")
            }
            throw UsageError.missingOption(option: "--\(option) \(valueName)", command: invocation.command.name)
        }
        let trimmed = (value == "-" ? try readText("-") : value).trimmingWhitespace()
        guard !trimmed.isEmpty else {
            throw UsageError.invalidValue(what: "--\(option)", value: value, expected: "some text")
        }
        return trimmed
    }

    /// An optional free-text option; `-` reads it from standard input.
    func optionalText(_ option: String) throws -> String? {
        guard let value = invocation.value(option) else { return nil }
        let trimmed = (value == "-" ? try readText("-") : value).trimmingWhitespace()
        guard !trimmed.isEmpty else { throw UsageError.invalidValue(what: "--\(option)", value: value, expected: "some text") }
        return trimmed
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
