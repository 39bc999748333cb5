import CSSearch

/// The FAQ a desk answers from: its own entries, or the built-in FAQ while it has none.
public struct FAQCatalog: Sendable {
    public enum Source: String, Sendable {
        case desk
        case builtIn = "built-in"
    }

    public let source: Source
    /// The desk's own FAQ (nil: the built-in one). Its entries are read when asked for: a
    /// search with a fresh index needs only the digest.
    private let book: FAQBook?
    /// A fingerprint of the entries: the desk FAQ's digest (every change folded in), or the
    /// built-in FAQ's text's. The saved index is stamped with it.
    public let digest: UInt64

    public init(desk: Desk) {
        if desk.faq.isEmpty {
            book = nil
            source = .builtIn
            digest = BuiltInFAQ.digest
        } else {
            book = desk.faq
            source = .desk
            digest = desk.faq.digest
        }
    }

    public var entries: [FAQEntry] { book?.all ?? BuiltInFAQ.entries }

    /// The entry named `id`, exactly (FAQ ids are chosen by people, not abbreviated); when
    /// there is none, the error names the closest id.
    public func entry(_ id: String) throws(LookupError) -> FAQEntry {
        if let book, let found = book.entries[id] { return found }
        let entries = entries
        guard let found = entries.first(where: { $0.id == id }) else {
            throw .noFAQEntry(id, suggestion: Suggestion.closest(to: id, among: entries.map(\.id)))
        }
        return found
    }

    /// Refuses to change the built-in FAQ: a desk with no entries of its own shows it, but
    /// it lives in the program, not in the log (`cs faq import --builtin` copies it in).
    public static func requireDeskEntry(_ id: String, in desk: Desk) throws(DomainError) {
        if desk.faq.isEmpty, BuiltInFAQ.entries.contains(where: { $0.id == id }) { throw .builtInFAQEntry(id) }
    }

    /// What search reads of an entry, and how much each part counts. The whole entry is
    /// stored with it (in the index's own encoding), so results come straight from the index.
    static func document(_ entry: FAQEntry) -> SearchIndex.Document {
        SearchIndex.Document(
            id: entry.id,
            fields: [
                .init(entry.question, weight: 1.0),
                .init(entry.title ?? "", weight: 1.0),
                .init(entry.tags.joined(separator: " "), weight: 0.8),
                .init(entry.answer, weight: 0.6, weightByKind: [.jamo: 0.8, .choseong: 0.8]),
            ], label: entry.lang, stored: FAQEntryCoding.encode(entry))
    }
}
