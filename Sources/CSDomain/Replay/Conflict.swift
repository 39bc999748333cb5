/// An event that broke one of the desk's rules when the log's copies were merged: each
/// clone checked its own state, and the union holds what neither would have allowed. Replay
/// keeps the event and marks it here; a person settles it (`cs resolve`), which appends an
/// event — the log is never edited.
public struct Conflict: Equatable, Sendable {
    /// The rule the event broke, with what it met.
    public enum Rule: Equatable, Sendable {
        /// The ticket was closed: a closed ticket takes no replies, notes, assignments,
        /// status or priority changes, payments or refunds.
        case closed
        /// A refund beyond what remained refundable (nil: there was no payment in its
        /// currency); the refunds already counted are named. Not counted.
        case overRefund(refundable: Money?, counted: [String])
        /// A refund under an idempotency key an earlier refund of the ticket used. Not counted.
        case repeatedKey(original: String)
        /// A last-writer-wins field set by someone who had not seen its current value:
        /// `won` stands (the later in the log's order), `lost` was overwritten.
        case overwrote(field: Field, lost: String, won: String)
    }

    /// The fields whose later value wins.
    public enum Field: String, Sendable, CaseIterable {
        case priority, assignee, status, tier
        /// Not a conflict's: what `cs undo` finds changed since (a follow-up done meanwhile).
        case followUp
    }

    public var eventID: String
    public var type: String
    public var at: Timestamp
    public var by: String
    public var rule: Rule
    /// The event that settled it (`conflicts-settled`), while nil it is open.
    public var settledBy: String?

    public init(eventID: String, type: String, at: Timestamp, by: String, rule: Rule, settledBy: String? = nil) {
        self.eventID = eventID
        self.type = type
        self.at = at
        self.by = by
        self.rule = rule
        self.settledBy = settledBy
    }

    public var isOpen: Bool { settledBy == nil }
}

extension Ticket {
    public var openConflicts: [Conflict] { conflicts.filter(\.isOpen) }

    /// The check every kind refused on a closed ticket starts with.
    func closedConflict(_ kind: any TicketEventKind.Type) -> Conflict.Rule? {
        kind.refusedOnClosedTicket && status == .closed ? .closed : nil
    }
}
