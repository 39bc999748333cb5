/// The payment the ticket concerns, recorded after opening; refunds draw on it.
public struct PaymentRecorded: TicketEventKind, Equatable {
    public static let type = "payment-recorded"

    public var payment: Payment

    public init(payment: Payment) { self.payment = payment }

    public init(from fields: EventFields) throws(EventDecodingError) {
        payment = Payment(ref: try fields.text("ref"), amount: try fields.money("amount"))
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("ref", payment.ref)
        writer.int("amount", payment.amount.minorUnits)
        writer.string("currency", payment.amount.currency.code)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.payment = payment
        ticket.record(ThreadEntry(by: actor, at: time, content: .payment(payment)))
    }
}
