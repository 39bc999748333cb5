import CSSearch

/// The FAQ's search index saved next to the log (`LOG.faq-index`): derived, disposable,
/// never needed for correctness, kept in the same checked container as the snapshot. Its
/// stamp is the FAQ it indexes — the built-in one, or the desk's by its digest (every
/// change to it folded in) — and the search's own format: any other FAQ, or a damaged file,
/// and it is rebuilt.
struct FAQIndexFile {
    static let kind = "FAQX"
    /// 2: entries stored in `FAQEntryCoding` (1 stored them as JSON).
    static let version: UInt32 = 2
    let path: String

    init(log: EventLog) { path = log.path + ".faq-index" }

    /// What an index of `catalog` is stamped with.
    static func stamp(_ catalog: FAQCatalog) -> [UInt8] {
        Array("faq-index \(SearchIndex.analysisVersion) \(catalog.source.rawValue) \(catalog.digest)".utf8)
    }

    /// The saved index, if it indexes exactly this catalog and is whole.
    func load(for catalog: FAQCatalog) -> SearchIndex? {
        guard let file = DerivedFile.open(path, kind: Self.kind, version: Self.version),
            file.stamp == Self.stamp(catalog),
            let section = file.section(0), let image = IndexImage(borrowing: section, owner: file)
        else { return nil }
        return SearchIndex(image: image)
    }

    /// Builds the catalog's index and saves it (when it can: failing to only costs the next
    /// search a rebuild).
    func save(_ catalog: FAQCatalog) -> SearchIndex {
        let image = Self.image(catalog)
        DerivedFile.save(
            DerivedFile.build(kind: Self.kind, version: Self.version, stamp: Self.stamp(catalog), sections: [image]),
            to: path)
        return SearchIndex(image: IndexImage(image)!)!
    }

    /// The catalog's index, in memory only.
    static func build(_ catalog: FAQCatalog) -> SearchIndex {
        SearchIndex(image: IndexImage(image(catalog))!)!
    }

    private static func image(_ catalog: FAQCatalog) -> [UInt8] {
        SearchIndex.build(catalog.entries.map(FAQCatalog.document), stamp: [])
    }
}
