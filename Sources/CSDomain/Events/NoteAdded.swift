/// An internal note between staff; never shown to the customer.
public struct NoteAdded: TicketEventKind, Equatable {
    public static let type = "noted"
    public static let refusedOnClosedTicket = true

    public var body: String

    public init(body: String) { self.body = body }

    public init(from fields: EventFields) throws(EventDecodingError) {
        body = try fields.threadText("body")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("body", body)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.record(ThreadEntry(by: actor, at: time, content: .note(body)))
    }
}
