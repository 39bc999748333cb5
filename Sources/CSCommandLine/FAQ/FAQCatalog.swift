import CSDomain
import CSSearch

/// The FAQ a command searches, with its search index.
struct FAQCatalog {
    let entries: [FAQEntry]
    let index: SearchIndex

    /// The desk's entries. A desk with none is refused with the way out: there is no
    /// built-in FAQ yet (see issue notes), and an empty answer would look like "no match".
    init(desk: Desk) throws(FAQError) {
        guard !desk.faq.isEmpty else { throw .noEntries }
        entries = desk.faq.all
        index = SearchIndex(entries.map(FAQCatalog.document))
    }

    /// What search reads of an entry, and how much each part counts.
    static func document(_ entry: FAQEntry) -> SearchIndex.Document {
        SearchIndex.Document(id: entry.id, fields: [
            .init(entry.question, weight: 1.0),
            .init(entry.title ?? "", weight: 1.0),
            .init(entry.tags.joined(separator: " "), weight: 0.8),
            .init(entry.answer, weight: 0.6),
        ])
    }

    var byID: [String: FAQEntry] { Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }

    func search(_ query: String, limit: Int, lang: String?) -> [(entry: FAQEntry, score: Double)] {
        let lookup = byID
        let hits = index.search(query, limit: limit) { lang == nil || entries[$0].lang == lang }
        return hits.compactMap { hit in lookup[hit.id].map { ($0, hit.score) } }
    }
}
