/// A new FAQ entry.
public struct FAQEntryAdded: FAQEntryEvent, Equatable {
    public static let type = "faq-added"

    public var entry: FAQEntry

    public init(entry: FAQEntry) { self.entry = entry }
}

/// The FAQ events that carry a whole entry (added, edited): they decode, encode and apply
/// the same way, so replay never needs an earlier version to know the current one.
public protocol FAQEntryEvent: FAQEventKind {
    var entry: FAQEntry { get }
    init(entry: FAQEntry)
}

extension FAQEntryEvent {
    public init(from fields: EventFields) throws(EventDecodingError) {
        self.init(entry: try FAQEntry(id: try fields.text("faq"), fields: fields))
    }

    public func encode(into writer: inout JSONWriter) { entry.encode(into: &writer) }

    public func apply(to book: inout FAQBook, entry id: String, at time: Timestamp) { book.put(entry) }
}
