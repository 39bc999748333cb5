import CSDomain
import CSSearch

/// The FAQ a desk answers from: its own entries, or the built-in FAQ while it has none.
struct FAQCatalog {
    enum Source: String {
        case desk
        case builtIn = "built-in"
    }

    let entries: [FAQEntry]
    let source: Source
    /// The desk FAQ's digest (every change folded in); 0 for the built-in one.
    let digest: UInt64

    init(desk: Desk) {
        if desk.faq.isEmpty {
            entries = BuiltInFAQ.entries
            source = .builtIn
            digest = 0
        } else {
            entries = desk.faq.all
            source = .desk
            digest = desk.faq.digest
        }
    }

    /// The entry named `id`, exactly (FAQ ids are chosen by people, not abbreviated); when
    /// there is none, the error names the closest id.
    func entry(_ id: String) throws(LookupError) -> FAQEntry {
        guard let found = entries.first(where: { $0.id == id }) else {
            throw .noFAQEntry(id, suggestion: Suggestion.closest(to: id, among: entries.map(\.id)))
        }
        return found
    }

    /// What search reads of an entry, and how much each part counts. The whole entry is
    /// stored with it, so results come straight from the index.
    static func document(_ entry: FAQEntry) -> SearchIndex.Document {
        SearchIndex.Document(
            id: entry.id,
            fields: [
                .init(entry.question, weight: 1.0),
                .init(entry.title ?? "", weight: 1.0),
                .init(entry.tags.joined(separator: " "), weight: 0.8),
                .init(entry.answer, weight: 0.6, weightByKind: [.jamo: 0.8, .choseong: 0.8]),
            ], label: entry.lang, stored: Array(FAQText.entryJSON(entry, source: nil).utf8))
    }
}
