import CSDomain
import CSSearch

/// The FAQ as search sees it: the index saved next to the log while it is fresh, else one
/// built from a replay of the log (and saved for the next search).
struct FAQSearcher {
    let index: SearchIndex

    typealias Hit = (entry: FAQEntry, score: Double)

    static func load(_ context: Context) throws -> FAQSearcher {
        let log = try context.locateLog()
        let file = FAQIndexFile(log: log)
        if let saved = file.load(for: log) { return FAQSearcher(index: saved) }
        let result = try log.replayTolerating()
        context.warnIfTorn(result, log: log)
        let catalog = FAQCatalog(desk: result.desk)
        return FAQSearcher(index: file.save(catalog.entries.map(FAQCatalog.document), log: log, length: result.wholeLength))
    }

    func search(_ query: String, limit: Int, lang: String?) -> [Hit] {
        index.search(query, limit: limit, label: lang).compactMap { hit in entry(hit.document).map { ($0, hit.score) } }
    }

    /// The entry as stored in the index (in the import format).
    private func entry(_ document: Int) -> FAQEntry? {
        try? FAQFileReader.entry(String(decoding: index.stored(document), as: UTF8.self), path: "", line: document)
    }
}
