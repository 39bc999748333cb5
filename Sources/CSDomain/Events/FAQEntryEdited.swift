/// An FAQ entry rewritten: the event carries the whole new entry, so replay needs nothing else.
public struct FAQEntryEdited: FAQEventKind, Equatable {
    public static let type = "faq-edited"

    public var entry: FAQEntry

    public init(entry: FAQEntry) { self.entry = entry }

    public init(from fields: EventFields) throws(EventDecodingError) {
        entry = try FAQEntry(id: try fields.text("faq"), fields: fields)
    }

    public func encode(into writer: inout JSONWriter) { entry.encode(into: &writer) }

    public func apply(to book: inout FAQBook, entry id: String, at time: Timestamp) { book.put(entry) }
}
