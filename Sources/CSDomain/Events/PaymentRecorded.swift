/// The payment the ticket concerns, recorded after opening; refunds draw on it.
public struct PaymentRecorded: TicketEventKind, Equatable {
    public static let type = "payment-recorded"
    public static let refusedOnClosedTicket = true

    public var payment: Payment

    public init(payment: Payment) { self.payment = payment }

    public init(from fields: EventFields) throws(EventDecodingError) {
        payment = try Payment(from: fields)
    }

    public func encode(into writer: inout JSONWriter) {
        payment.encode(into: &writer)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.payment = payment
        ticket.record(ThreadEntry(by: actor, at: time, content: .payment(payment)))
    }
}
