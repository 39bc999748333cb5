/// An FAQ entry rewritten: the event carries the whole new entry.
public struct FAQEntryEdited: FAQEntryEvent, Equatable {
    public static let type = "faq-edited"

    public var entry: FAQEntry

    public init(entry: FAQEntry) { self.entry = entry }
}
