/// Tags added and removed in one go.
public struct TagsChanged: TicketEventKind, Equatable {
    public static let type = "tags-changed"

    public var added: [String]
    public var removed: [String]

    public init(added: [String], removed: [String]) {
        self.added = added
        self.removed = removed
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        added = try fields.strings("added")
        removed = try fields.strings("removed")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.strings("added", added)
        writer.strings("removed", removed)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        var tags = Set(ticket.tags)
        tags.subtract(removed)
        tags.formUnion(added)
        ticket.tags = tags.sorted()
        ticket.record(ThreadEntry(by: actor, at: time, content: .tags(added: added, removed: removed)))
    }
}
