/// An internal note between staff; never shown to the customer.
public struct NoteAdded: BodyPayload, Equatable {
    public static let type = "noted"
    public static let refusedOnClosedTicket = true

    public var body: String

    public init(body: String) { self.body = body }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.record(ThreadEntry(by: actor, at: time, content: .note(body)))
    }
}
