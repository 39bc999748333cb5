/// A request understood but refused by the desk's rules (exit status 1). Cases carry the
/// facts; the command line words them.
public enum DomainError: Error, Equatable, Sendable {
    case ticketClosed(ticket: String, action: ClosedTicketAction)
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
    /// `new` and `closed` are reached by opening and closing, not set.
    case statusNotSettable(Status)
    case scoreOutOfRange(Int)
    case faqEntryExists(String)
    /// An entry of the built-in FAQ named by a command that changes entries.
    case builtInFAQEntry(String)
    /// `cs resolve` on a ticket with nothing to settle.
    case noOpenConflicts(ticket: String)
    case refundAlreadyVoid(ticket: String, refund: String)
    /// `cs follow-up --done` or `--cancel` on a ticket with no open follow-up.
    case noOpenFollowUp(ticket: String)
    /// `cs merge` refusals.
    case mergeIntoItself(ticket: String)
    case alreadyMerged(ticket: String, into: String)
    case mergeIntoClosed(ticket: String)
    case mergePaymentsDiffer(duplicate: String, survivor: String)
    /// `cs undo` on a ticket with no change left to take back.
    case nothingToUndo(ticket: String)
    case alreadyUndone(ticket: String, event: String)
    /// `cs undo` of a change a later event changed again (`by`; nil: a follow-up closed since).
    case changedSince(ticket: String, event: String, field: Conflict.Field, by: String?)
    case notReversible(ticket: String, event: String, type: String, reason: Irreversible)
}

/// What a closed ticket refuses (the rules name it; the command line words it).
public enum ClosedTicketAction: Sendable, Equatable {
    case reply, recordCustomerMessage, note, assign, escalate, changePriority, changeStatus, recordPayment, refund
}

/// A ticket named by a prefix that matches none, or more than one (exit status 3).
public enum LookupError: Error, Equatable, Sendable {
    case noTicket(String)
    /// `--as-of` a moment before the ticket `ticket` (named as typed) was opened.
    case notYetOpened(ticket: String, typed: String)
    case ambiguousTicket(String, candidates: [String])
    /// No FAQ entry by that id, with the closest one when any is close.
    case noFAQEntry(String, suggestion: String?)
    /// `cs resolve --void` naming no refund of the ticket, or more than one.
    case noRefund(ticket: String, typed: String)
    case ambiguousRefund(ticket: String, typed: String, candidates: [String])
    /// `cs undo --event` naming no event of the ticket, or more than one.
    case noEvent(ticket: String, typed: String)
    case ambiguousEvent(ticket: String, typed: String, candidates: [String])
}
