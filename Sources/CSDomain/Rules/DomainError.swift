/// A request understood but refused by the desk's rules (exit status 1). Cases carry the
/// facts; the command line words them.
public enum DomainError: Error, Equatable, Sendable {
    case ticketClosed(ticket: String, action: String)
    case alreadyClosed(ticket: String)
    case notReopenable(ticket: String, status: Status)
    case noPayment(ticket: String)
    case currencyMismatch(ticket: String, payment: String, given: String)
    case refundExceedsRefundable(ticket: String, requested: Money, refundable: Money)
    case idempotencyKeyConflict(key: String, ticket: String)
    /// A masked key whose earlier uses were digested under another desk secret.
    case idempotencyKeyIncomparable(key: String)
    case paymentAlreadyRefunded(ticket: String)
    case atTopTier(ticket: String)
    case tierNotHigher(ticket: String, current: Tier, requested: Tier)
    case ticketIdExhausted
}

/// A ticket named by a prefix that matches none, or more than one (exit status 3).
public enum LookupError: Error, Equatable, Sendable {
    case noTicket(String)
    case ambiguousTicket(String, candidates: [String])
    case noFAQEntry(String)
}
