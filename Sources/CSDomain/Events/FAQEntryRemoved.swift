/// An FAQ entry withdrawn. Its history stays in the log; the id may be added again later.
public struct FAQEntryRemoved: FAQEventKind, Equatable {
    public static let type = "faq-removed"

    public init() {}

    public init(from fields: EventFields) throws(EventDecodingError) {}

    public func encode(into writer: inout JSONWriter) {}

    public func apply(to book: inout FAQBook, entry id: String, at time: Timestamp) { book.remove(id) }
}
