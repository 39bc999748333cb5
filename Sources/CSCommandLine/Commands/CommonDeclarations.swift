import CSDomain

/// Declarations several commands share, so each is worded (and translated) once.
enum Common {
    /// A ticket's id or a prefix of it; an empty word names nothing, so it is a usage error.
    static let ticket = Argument<String>("TICKET", kind: .ticket, help: .ticketArgument) {
        word, name throws(UsageError) in
        try ValueParsing.nonEmpty(word, what: name)
    }
    static let faqLanguage = Option.word("lang", "LANG", among: FAQEntry.languages, help: .faqLanguageFilter)
    static let faqLimit = Option.count("limit", help: .faqLimit)
}

extension Option where Value == String {
    /// A time as `--since`, `--until` and `--as-of` take it (`ValueParsing.time`): read by the
    /// command, which knows now and the zone; its form is checked with the other values,
    /// before the desk is read (the form does not depend on either).
    static func time(_ long: String, help: HelpKey) -> Option<String> {
        Option(long, "TIME", help: help) { word, name throws(UsageError) in
            _ = try ValueParsing.time(word, option: name, now: Timestamp(secondsSince1970: 0), zone: .utc)
            return word
        }
    }

    /// An event's or a refund's id (or a prefix of it): an empty word names nothing, so it is
    /// a usage error, as an empty TICKET is.
    static func identifier(_ long: String, _ valueName: String, help: HelpKey) -> Option<String> {
        Option(long, valueName, help: help) { word, name throws(UsageError) in
            try ValueParsing.nonEmpty(word, what: name)
        }
    }
}

extension Option where Value == Currency {
    /// An ISO 4217 code (`KRW`, `usd`).
    static func currency(help: HelpKey) -> Option<Currency> {
        Option("currency", "CODE", help: help) { word, name throws(UsageError) in
            try ValueParsing.currency(word, what: name)
        }
    }
}

extension Option where Value == String {
    /// A ticket tag, by the one rule for tags.
    static func tag(_ long: String, help: HelpKey) -> Option<String> {
        Option(long, "TAG", help: help) { word, name throws(UsageError) in try ValueParsing.tag(word, what: name) }
    }
}

extension Argument where Value == String {
    /// An agent's name, trimmed, by the one rule for names.
    static func agent(_ name: String, help: HelpKey) -> Argument<String> {
        Argument(name, kind: .agent, help: help) { word, name throws(UsageError) in
            try ValueParsing.name(word, what: name)
        }
    }

    /// Text that must not be blank (a subject, a reference), trimmed.
    static func nonEmpty(_ name: String, help: HelpKey) -> Argument<String> {
        Argument(name, help: help) { word, name throws(UsageError) in try ValueParsing.nonEmpty(word, what: name) }
    }
}
