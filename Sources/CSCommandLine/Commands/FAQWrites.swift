import CSDomain

/// What `cs faq add` and `cs faq edit` share: the options that describe an entry, and
/// how a change is reported.
enum FAQWrites {
    static let question = Option<String>("question", "TEXT", help: .faqQuestion) { word, name throws(UsageError) in
        try ValueParsing.nonEmpty(word, what: name)
    }
    static let answer = Option.text("answer", "TEXT", help: .faqAnswer)
    static let answerFile = Option.text("answer-file", "FILE", kind: .file, help: .faqAnswerFile)
    static let title = Option.text("title", "TEXT", help: .faqTitle)
    static let tags = Option.text("tag", "TAG", help: .faqTag).repeated
    static let category = Option.text("category", "CATEGORY", help: .faqCategory)
    static let language = Option.word("lang", "LANG", among: FAQEntry.languages, help: .faqLanguage)

    /// Everything an entry has, but its question (which `faq add` requires).
    static let fieldOptions: [any OptionDeclaration] = [answer, answerFile, title, tags, category, language]

    /// The entry as an add or edit stored it (masked), when one was stored.
    static func storedEntry(_ stored: [Event]) -> FAQEntry? {
        (stored.first?.payload as? any FAQEntryEvent)?.entry
    }

    static func report(_ entry: FAQEntry, message: Message, context: Context) {
        if context.output.json {
            context.output.print(FAQText.entryJSON(entry, source: FAQCatalog.Source.desk.rawValue))
        } else if !context.output.quiet {
            context.output.print(message)
        }
    }

    /// The tags given, trimmed, blanks left out.
    static func tags(_ context: Context) throws(Failure) -> [String] {
        try context.invocation[tags].map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

extension Input {
    /// `--answer TEXT|-` or `--answer-file FILE|-`, masked like every body.
    func faqAnswer() throws(Failure) -> String? {
        try body(BodySource(invocation, inline: FAQWrites.answer, file: FAQWrites.answerFile))
    }

    /// An option that may be set to '' to clear it: nil when absent, .some(nil) when cleared.
    func clearableText(_ option: Option<String>) throws(Failure) -> String?? {
        guard let value = try invocation[option] else { return nil }
        let trimmed = value.trimmingWhitespace()
        return .some(trimmed.isEmpty ? nil : trimmed)
    }
}

extension Output {
    /// Tells staff when the desk moves between its own FAQ and the built-in one.
    func noteFAQSourceChange(hadEntries: Bool, hasEntries: Bool) {
        guard !quiet, hadEntries != hasEntries else { return }
        warn(hasEntries ? .deskFAQStarted : .deskFAQEmptied)
    }
}
