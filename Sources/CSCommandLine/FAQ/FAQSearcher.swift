import CSDomain
import CSSearch

/// The FAQ as search sees it: the index saved next to the log while it is fresh, else one
/// built from a replay of the log (and saved for the next search).
struct FAQSearcher {
    let index: SearchIndex

    typealias Hit = (entry: FAQEntry, score: Double)

    /// The index of the desk's FAQ: the saved one while it indexes exactly this FAQ, else
    /// built now (and saved for the next search). The desk is read as every command reads it,
    /// so a damaged log is refused here too, whatever the index says.
    static func load(_ context: Context) throws(Failure) -> FAQSearcher {
        let (desk, log) = try context.desk.readLog()
        return load(desk: desk, log: log)
    }

    /// The index for a desk already read (after a write: `cs open`'s hints).
    static func load(desk: Desk, log: EventLog) -> FAQSearcher {
        let catalog = FAQCatalog(desk: desk)
        let file = FAQIndexFile(log: log)
        if log.derived.enabled, let saved = file.load(for: catalog) { return FAQSearcher(index: saved) }
        return FAQSearcher(
            index: log.derived.enabled
                ? file.save(catalog)
                : SearchIndex(
                    image: IndexImage(SearchIndex.build(catalog.entries.map(FAQCatalog.document), stamp: []))!)!)
    }

    /// `lang` keeps one language; without it, entries in the query's language come first
    /// among near equals (a Hangul query: Korean; a Latin one: English).
    func search(_ query: String, limit: Int, lang: String?) -> [Hit] {
        let preferring = lang == nil ? FAQEntry.language(of: query) : nil
        return index.search(query, limit: limit, label: lang, preferring: preferring).compactMap { hit in
            entry(hit.document).map { ($0, hit.score) }
        }
    }

    /// The entry as stored in the index (in the import format).
    private func entry(_ document: Int) -> FAQEntry? {
        try? FAQFileReader.entry(String(decoding: index.stored(document), as: UTF8.self), path: "", line: document)
    }
}
