/// What became of a refund request.
public enum RefundOutcome: Sendable {
    case issued(Event)
    /// The idempotency key was used before: the original refund, nothing new written.
    case alreadyIssued(Refund)
}

extension Decider {
    /// Records (or corrects, before any refund) the payment a ticket concerns.
    public mutating func recordPayment(on ticket: Ticket, _ payment: Payment) throws(DomainError) -> Event {
        try requireNotClosed(ticket, action: .recordPayment)
        guard ticket.refunds.isEmpty else { throw .paymentAlreadyRefunded(ticket: ticket.id) }
        return event(ticket.id, PaymentRecorded(payment: payment))
    }

    /// `amount` is positive (the parser saw to that). The total refunded never exceeds
    /// the payment, and a repeated idempotency key returns the original refund.
    public mutating func refund(
        _ ticket: Ticket, amount: Money, reason: String,
        idempotencyKey: IdempotencyKey?
    ) throws(DomainError) -> RefundOutcome {
        if let key = idempotencyKey, let earlier = desk.refundKey(key.identity) {
            let original = desk.ticket(earlier.ticket)?.refunds.first { $0.eventID == earlier.eventID }
            guard earlier.ticket == ticket.id, let original, original.amount == amount else {
                throw .idempotencyKeyConflict(key: key.stored, ticket: earlier.ticket)
            }
            return .alreadyIssued(original)
        }
        if let key = idempotencyKey, let secret = key.secretID,
            desk.maskedKeySecrets(key.stored).contains(where: { $0 != secret })
        {
            // The same masked key was recorded under another secret: it may be this very key.
            throw .idempotencyKeyIncomparable(key: key.stored)
        }
        try requireNotClosed(ticket, action: .refund)
        guard let payment = ticket.payment, let refundable = ticket.refundable else {
            throw .noPayment(ticket: ticket.id)
        }
        guard payment.amount.currency == amount.currency else {
            throw .currencyMismatch(
                ticket: ticket.id, payment: payment.amount.currency.code, given: amount.currency.code)
        }
        guard amount.minorUnits <= refundable.minorUnits else {
            throw .refundExceedsRefundable(ticket: ticket.id, requested: amount, refundable: refundable)
        }
        return .issued(event(ticket.id, RefundIssued(amount: amount, reason: reason, key: idempotencyKey)))
    }
}
