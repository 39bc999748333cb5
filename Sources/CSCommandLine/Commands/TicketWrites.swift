import CSDomain

/// What the commands that change one ticket share: find the ticket named by TICKET under
/// the log's lock, let the rules decide, append, and report.
extension Context {
    /// Runs `decide` against the ticket named by TICKET. It returns the event to append
    /// (nil: nothing to change). Prints `done` (or `unchanged`; without it, just the id),
    /// or the ticket as JSON with `--json`; prints nothing with `-q`.
    func changeTicket(
        done: (Ticket) -> Message, unchanged: ((Ticket) -> Message)? = nil,
        _ decide: (inout Decider, Ticket) throws -> Event?
    ) throws {
        let typed = try invocation[Common.ticket]
        let written = try write { (decider: inout Decider) in
            let ticket = try decider.desk.ticket(matching: typed)
            let event = try decide(&decider, ticket)
            return (events: event.map { [$0] } ?? [], outcome: ticket)
        }
        let (before, stored) = (written.outcome, written.stored)
        let after = applying(stored, to: before)
        if !stored.isEmpty {
            report(after, message: done(after))
        } else if let unchanged {
            report(after, message: unchanged(before))
        } else {
            report(after, text: before.id)
        }
    }

    /// The ticket after the events just stored: what a report shows.
    func applying(_ events: [Event], to ticket: Ticket) -> Ticket {
        var after = ticket
        for event in events { event.apply(to: &after) }
        return after
    }

    /// The outcome of a write: JSON of the ticket, a line for a person, or nothing (`-q`).
    func report(_ ticket: Ticket, message: Message) {
        report(ticket, text: say(message))
    }

    private func report(_ ticket: Ticket, text: String) {
        if json {
            print(TicketJSON.text(ticket, thread: false))
        } else if !quiet {
            print(text)
        }
    }
}

/// Where a body's text may come from: an inline argument or option (`-` reads standard
/// input), or a file option (`-` too). Named as typed, for errors.
struct BodySource {
    let inline: String?
    let inlineName: String
    let file: String?
    let fileName: String

    init(_ invocation: Invocation, inline: OptionalArgument<String>, file: Option<String>) {
        self.inline = invocation.word(inline)
        inlineName = inline.spec.name
        self.file = invocation.word(file)
        fileName = "--" + file.spec.long
    }

    init(_ invocation: Invocation, inline: Option<String>, file: Option<String>) {
        self.inline = invocation.word(inline)
        inlineName = "--" + inline.spec.long
        self.file = invocation.word(file)
        fileName = "--" + file.spec.long
    }

    var given: Bool { inline != nil || file != nil }
}

extension Context {
    /// Text for a reply, note, body or answer, from its source. Empty text counts as none.
    func body(_ source: BodySource) throws -> String? {
        if source.inline != nil && source.file != nil {
            throw UsageError.conflictingOptions(source.inlineName, source.fileName)
        }
        let text: String
        if let file = source.file {
            text = try readText(file)
        } else if let inline = source.inline {
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
            throw UsageError.unreadableFile(path: path, reason: .notUTF8)
        }
        return text
    }

    /// A body that must be there: given, or written in the editor when a person is at a
    /// terminal; otherwise a usage error at once.
    func requireBody(_ source: BodySource, _ kind: BodyKind, hint: Message) throws -> String {
        if let text = try body(source) { return text }
        if !source.given && canOpenEditor { return try editText(kind, hint: hint) }
        throw UsageError.missingBody(kind, command: invocation.command.name)
    }

    /// A free-text option such as `--reason`: nil when absent; `-` reads it from standard
    /// input; blank is refused.
    func text(_ option: Option<String>) throws -> String? {
        guard let value = try invocation[option] else { return nil }
        return try nonBlank(value, option: option.spec)
    }

    /// A required free-text option (the parser has checked it was given).
    func text(_ option: RequiredOption<String>) throws -> String {
        try nonBlank(try invocation[option], option: option.spec)
    }

    private func nonBlank(_ value: String, option: OptionSpec) throws -> String {
        let trimmed = (value == "-" ? try readText("-") : value).trimmingWhitespace()
        guard !trimmed.isEmpty else {
            throw UsageError.invalidValue(what: "--" + option.long, value: value, expected: .someText)
        }
        return trimmed
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
