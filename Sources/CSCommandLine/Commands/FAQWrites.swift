import CSDomain

/// A built-in FAQ entry named by a command that changes entries (exit status 1).
struct BuiltInFAQEntry: Error, Equatable {
    let id: String
}

/// What `cs faq add` and `cs faq edit` share: the options that describe an entry, and
/// how a change is reported.
enum FAQWrites {
    static let entryOptions: [OptionSpec] = [
        .value("question", "TEXT", "the question, as customers ask it"),
        .value("answer", "TEXT", "the answer staff send; - reads standard input"),
        .value("answer-file", "FILE", kind: .file, "read the answer from FILE, or - for standard input"),
        .value("title", "TEXT", "a short title"),
        .value("tag", "TAG", repeatable: true, "a keyword search should match (repeat for more)"),
        .value("category", "CATEGORY", "payment, account, refund, usage, security, other, or your own"),
        .value("lang", "LANG", kind: .choice(FAQEntry.languages), "the entry's language; guessed from the question when absent"),
    ]

    /// Refuses to change the built-in FAQ: a desk with no entries of its own shows it, but
    /// it lives in the program, not in the log.
    static func requireDeskEntry(_ id: String, in desk: Desk) throws {
        if desk.faq.isEmpty, BuiltInFAQ.entries.contains(where: { $0.id == id }) { throw BuiltInFAQEntry(id: id) }
    }

    /// The entry as an add or edit stored it (masked), when one was stored.
    static func storedEntry(_ stored: [Event]) -> FAQEntry? {
        (stored.first?.payload as? any FAQEntryEvent)?.entry
    }

    static func report(_ entry: FAQEntry, message: String, context: Context) {
        if context.json {
            context.print(FAQText.entryJSON(entry, source: FAQCatalog.Source.desk.rawValue))
        } else if !context.quiet {
            context.print(message)
        }
    }
}

extension Context {
    /// `--answer TEXT|-` or `--answer-file FILE|-`, masked like every body.
    func faqAnswer() throws -> String? {
        try body(inlineName: "--answer", fileOption: "answer-file")
    }

    /// An option that may be set to '' to clear it: nil when absent, .some(nil) when cleared.
    func clearableText(_ option: String) -> String?? {
        guard let value = invocation.value(option) else { return nil }
        let trimmed = value.trimmingWhitespace()
        return .some(trimmed.isEmpty ? nil : trimmed)
    }

    /// Tells staff when the desk moves between its own FAQ and the built-in one.
    func noteFAQSourceChange(hadEntries: Bool, hasEntries: Bool) {
        guard !quiet, hadEntries != hasEntries else { return }
        warn(hasEntries
             ? "this desk now has a FAQ of its own, so search no longer uses the built-in FAQ ('cs faq import --builtin' copies it in)"
             : "this desk has no FAQ entries left; search uses the built-in FAQ again")
    }
}
