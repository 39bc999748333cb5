import CSSearch

/// The FAQ as search sees it: the index saved next to the log while it is fresh, else one
/// built from a replay of the log (and saved for the next search).
public struct FAQSearcher {
    let index: SearchIndex

    public typealias Hit = (entry: FAQEntry, score: Double)

    /// The index of the desk's FAQ: the saved one while it indexes exactly this FAQ, else
    /// built now (and saved for the next search, when the desk keeps derived files). The
    /// caller has read the desk as every command does, so a damaged log is refused first,
    /// whatever the index says.
    public static func load(desk: Desk, log: EventLog) -> FAQSearcher {
        let catalog = FAQCatalog(desk: desk)
        guard log.derived.enabled else { return FAQSearcher(index: FAQIndexFile.build(catalog)) }
        let file = FAQIndexFile(log: log)
        return FAQSearcher(index: file.load(for: catalog) ?? file.save(catalog))
    }

    /// Whether the query has a word to search for, beyond the words every question has
    /// (어떻게 하나요, how do I): without one, a search finds nothing.
    public func hasTopic(_ query: String) -> Bool { index.hasTopic(query) }

    /// `lang` keeps one language; without it, entries in the query's language come first
    /// among near equals (a Hangul query: Korean; a Latin one: English).
    public func search(_ query: String, limit: Int, lang: String?) -> [Hit] {
        let preferring = lang == nil ? FAQEntry.language(of: query) : nil
        return index.search(query, limit: limit, label: lang, preferring: preferring).compactMap { hit in
            FAQEntryCoding.decode(index.stored(hit.document)).map { ($0, hit.score) }
        }
    }
}
