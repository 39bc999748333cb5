import CSPlatform

/// One FAQ entry: what customers ask and the answer staff send.
public struct FAQEntry: Equatable, Sendable {
    public var id: String
    public var title: String?
    public var question: String
    public var answer: String
    public var tags: [String]
    public var category: String?
    /// `ko` or `en`.
    public var lang: String

    public init(
        id: String, title: String? = nil, question: String, answer: String, tags: [String] = [],
        category: String? = nil, lang: String
    ) {
        self.id = id
        self.title = title
        self.question = question
        self.answer = answer
        self.tags = tags
        self.category = category
        self.lang = lang
    }

    public static let languages = ["ko", "en"]

    /// The language of a text when nobody said: Korean when it has Hangul, else English.
    public static func guessLanguage(_ text: String) -> String {
        language(of: text) == "ko" ? "ko" : "en"
    }

    /// `ko` for text with Hangul (syllables or jamo: a 초성 query is Korean), `en` for text
    /// with Latin letters and none, nil for neither (digits, signs).
    public static func language(of text: String) -> String? {
        let scalars = text.unicodeScalars
        if scalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) || (0x3131...0x318E).contains($0.value) }) {
            return "ko"
        }
        return scalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) ? "en" : nil
    }

    /// Ids people and files choose: letters, digits, `.`, `_` and `-`, up to 40.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 40
            && id.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
            }
    }

    init(id: String, fields: EventFields) throws(EventDecodingError) {
        self.id = id
        title = try fields.optionalString("title")
        question = try fields.text("question")
        answer = try fields.text("answer")
        tags = try fields.strings("tags")
        category = try fields.optionalString("category")
        lang = try fields.string("lang")
        guard FAQEntry.languages.contains(lang) else { throw .badValue(field: "lang", value: lang) }
    }

    func encode(into writer: inout JSONWriter) {
        writer.stringIfPresent("title", title)
        writer.string("question", question)
        writer.string("answer", answer)
        if !tags.isEmpty { writer.strings("tags", tags) }
        writer.stringIfPresent("category", category)
        writer.string("lang", lang)
    }
}

/// The desk's FAQ as replay leaves it, entries in the order they were first added.
public struct FAQBook: Sendable {
    struct Table: Sendable {
        var entries: [String: FAQEntry] = [:]
        var order: [String] = []

        init() {}

        init(_ list: [FAQEntry]) {
            entries.reserveCapacity(list.count)
            for entry in list where entries.updateValue(entry, forKey: entry.id) == nil { order.append(entry.id) }
        }
    }

    /// A snapshot's entries, decoded when first read: most commands never read the FAQ, and
    /// one of 10,000 entries takes about 10 ms to decode. Copies of the book share it.
    final class Pending: @unchecked Sendable {
        let count: Int
        private let decode: () -> [FAQEntry]
        private let mutex = PosixMutex()
        private var decoded: Table?

        init(count: Int, decode: @escaping () -> [FAQEntry]) {
            self.count = count
            self.decode = decode
        }

        var table: Table {
            mutex.lock()
            defer { mutex.unlock() }
            if let decoded { return decoded }
            let table = Table(decode())
            decoded = table
            return table
        }
    }

    private var table = Table()
    private var pending: Pending?

    public var entries: [String: FAQEntry] { pending?.table.entries ?? table.entries }
    public var order: [String] { pending?.table.order ?? table.order }
    /// Bumped by every change.
    public private(set) var revision = 0
    /// A fingerprint of every change so far, in order: the same log gives the same digest,
    /// any other content another. A saved search index is kept only for the digest it was
    /// built for.
    public private(set) var digest: UInt64 = 0

    public init() {}

    public init(_ list: [FAQEntry]) {
        for entry in list { put(entry) }
    }

    /// The entries as a snapshot kept them, with the revision and digest they had: restored
    /// as they are (folding each into the digest again, a JSON encoding and a hash an entry,
    /// was most of a search's time with 10,000 entries), and decoded when first read.
    init(pending: Pending, revision: Int, digest: UInt64) {
        self.pending = pending
        self.revision = revision
        self.digest = digest
    }

    public var all: [FAQEntry] {
        let table = pending?.table ?? table
        return table.order.compactMap { table.entries[$0] }
    }

    public var isEmpty: Bool { pending.map { $0.count == 0 } ?? table.entries.isEmpty }

    /// Before a change: the snapshot's entries, decoded, become the book's own.
    private mutating func settle() {
        guard let pending else { return }
        table = pending.table
        self.pending = nil
    }

    mutating func put(_ entry: FAQEntry) {
        settle()
        if table.entries[entry.id] == nil { table.order.append(entry.id) }
        table.entries[entry.id] = entry
        revision += 1
        var writer = JSONWriter()
        writer.beginObject()
        writer.string("faq", entry.id)
        entry.encode(into: &writer)
        writer.endObject()
        fold(writer.bytes)
    }

    mutating func remove(_ id: String) {
        settle()
        table.entries[id] = nil
        table.order.removeAll { $0 == id }
        revision += 1
        fold(Array(("remove " + id).utf8))
    }

    private mutating func fold(_ change: [UInt8]) {
        digest = FastHash.hash(change, seed: digest)
    }

    /// What replay cannot apply: editing or removing an entry that is not there, adding one twice.
    func check(_ change: any FAQEventKind, entry: String) throws(ReplayError) {
        let exists = entries[entry] != nil
        if change is FAQEntryAdded {
            if exists { throw .faqEntryAddedTwice(entry) }
        } else if !exists {
            throw .unknownFAQEntry(entry)
        }
    }
}
