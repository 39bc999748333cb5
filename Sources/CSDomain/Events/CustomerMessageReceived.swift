/// The customer wrote or called again. Staff record it; the customer is its author.
public struct CustomerMessageReceived: BodyPayload, Equatable {
    public static let speaker = Speaker.customer
    public static let type = "received"
    public static let refusedOnClosedTicket = true

    public var body: String

    public init(body: String) { self.body = body }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        // The customer answered or is not satisfied: the ball is back with the desk.
        if ticket.status == .pending || ticket.status == .solved {
            ticket.status = .open
            ticket.resolvedAt = nil
        }
        ticket.record(ThreadEntry(by: ticket.customer.name, at: time, content: .message(body)))
    }
}
