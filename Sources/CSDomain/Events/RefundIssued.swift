/// Money returned to the customer against the ticket's payment.
public struct RefundIssued: TicketEventKind, Equatable {
    public static let type = "refunded"
    public static let refusedOnClosedTicket = true

    public var amount: Money
    public var reason: String
    /// A caller-chosen key: the same key never refunds twice (`keyDigest` when it was masked).
    public var key: IdempotencyKey?

    public init(amount: Money, reason: String, key: IdempotencyKey?) {
        self.amount = amount
        self.reason = reason
        self.key = key
    }

    public init(amount: Money, reason: String, idempotencyKey: String?) {
        self.init(amount: amount, reason: reason, key: idempotencyKey.map { IdempotencyKey(stored: $0, digest: nil) })
    }

    public var idempotencyKey: IdempotencyKey? { key }

    public init(from fields: EventFields) throws(EventDecodingError) {
        amount = try fields.money("amount")
        reason = try fields.text("reason")
        key = try fields.optionalString("idempotencyKey").map { (stored) throws(EventDecodingError) in
            IdempotencyKey(stored: stored, digest: try fields.optionalString("keyDigest"))
        }
    }

    public func encode(into writer: inout JSONWriter) {
        writer.money("amount", amount)
        writer.string("reason", reason)
        writer.stringIfPresent("idempotencyKey", key?.stored)
        writer.stringIfPresent("keyDigest", key?.digest)
    }

    /// What each clone's rules checked alone: the same key never refunds the ticket twice,
    /// and the refunds counted never exceed its payment.
    public func conflict(with ticket: Ticket) -> Conflict.Rule? {
        if let closed = ticket.closedConflict(Self.self) { return closed }
        if let key, let original = ticket.refunds.first(where: { $0.keyIdentity == key.identity }) {
            return .repeatedKey(original: original.eventID)
        }
        guard ticket.refundWouldExceed(amount) else { return nil }
        let refundable = ticket.refundable.flatMap { $0.currency == amount.currency ? $0 : nil }
        return .overRefund(refundable: refundable, counted: ticket.countedRefundIDs)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.refunds.append(
            Refund(
                eventID: eventID, amount: amount, reason: reason,
                idempotencyKey: key?.stored, keyIdentity: key?.identity, at: time, by: actor))
        ticket.record(ThreadEntry(by: actor, at: time, content: .refund(amount, reason: reason)))
    }
}
