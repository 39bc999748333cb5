/// A ticket as replaying its events leaves it. Derived state. Its summary (everything but
/// the thread) is what lists, rules and the snapshot use; the thread is kept only when the
/// ticket is read whole (`cs show`), from its events' lines.
public struct Ticket: Sendable {
    public var id: String
    public var subject = ""
    public var status = Status.new
    public var priority = Priority.normal
    public var category = Category.other
    public var channel = Channel.web
    public var customer = Customer(name: "")
    public var assignee: String?
    public var tier = Tier.l1
    public var tags: [String] = []
    public var createdAt = Timestamp(secondsSince1970: 0)
    public var updatedAt = Timestamp(secondsSince1970: 0)
    public var firstResponseAt: Timestamp?
    public var resolvedAt: Timestamp?
    public var payment: Payment?
    public var refunds: [Refund] = []
    public var rating: Rating?
    public var faqsUsed: [String] = []
    public var openedBy = ""
    /// The last event applied: a new event names it (`after`), linking the ticket's events
    /// in the order they were written.
    public var lastEventID = ""
    /// Events that broke a rule where merging put them, open or settled, in log order.
    public var conflicts: [Conflict] = []
    /// Check-backs scheduled, in the order they were.
    public var followUps: [FollowUp] = []
    /// What named its row, for a ticket `cs import` brought in.
    public var importKey: String?
    /// The ticket this duplicate was merged into: its id leads there.
    public var mergedInto: String?
    /// The duplicates merged into this one, in order.
    public var mergedFrom: [String] = []
    /// What was refunded against the duplicates' payments before they were merged in.
    public var absorbedRefunds: Int64 = 0
    /// What the clocks and figures read of its past (see `TicketHistory`).
    public var history = TicketHistory()
    /// For a ticket read whole: the event behind each of `history.changes`, in order, and
    /// the first agent reply (which stops the first-response clock).
    public var changeCauses: [EventReference] = []
    public var firstReply: EventReference?
    public var thread: [ThreadEntry] = []
    /// Where this ticket's events start in the log, in log order: how `cs show` reads one
    /// ticket without replaying the others.
    public var eventOffsets: [Int] = []
    /// Whether applying events builds the thread (a whole read) or leaves it empty (replay
    /// of the desk, which would otherwise hold every message of every ticket in memory).
    public var keepsThread: Bool

    public init(id: String, keepingThread: Bool = false) {
        self.id = id
        keepsThread = keepingThread
    }

    /// Adds a thread entry, when the thread is kept.
    mutating func record(_ entry: ThreadEntry) {
        if keepsThread { thread.append(entry) }
    }

    /// Refunds are always in the payment's currency (a rule), so they sum exactly; only
    /// those that count (not a conflict, not void) do.
    public var refundedTotal: Int64 {
        refunds.reduce(absorbedRefunds) { $0 + ($1.standing == .counted ? $1.amount.minorUnits : 0) }
    }

    var countedRefundIDs: [String] { refunds.filter { $0.standing == .counted }.map(\.eventID) }

    public var refundable: Money? {
        payment.map { Money(minorUnits: $0.amount.minorUnits - refundedTotal, currency: $0.amount.currency) }
    }
}

/// One entry of a ticket's history as people read it: the conversation (customer
/// messages, replies, internal notes) and the activity around it. Activity keeps its
/// facts and is worded only when shown, so replaying a million events formats nothing.
public struct ThreadEntry: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case message, reply, note
        case assigned, escalated, priority, tags, status, closed, reopened, payment, refund, rating, settled
        case followUp, followUpClosed, undone, merged, absorbed

        /// Conversation entries carry text someone wrote; the rest are one-line activity.
        public var isConversation: Bool { self == .message || self == .reply || self == .note }
    }

    public enum Content: Equatable, Sendable {
        case message(String), reply(String), note(String)
        case assigned(agent: String, from: String?, reason: String?)
        case escalated(to: Tier, agent: String?, reason: String)
        case priority(from: Priority, to: Priority)
        case tags(added: [String], removed: [String])
        case status(from: Status, to: Status)
        case closed(reason: String?)
        case reopened(reason: String?)
        case payment(Payment)
        case refund(Money, reason: String)
        case rating(Int, comment: String?)
        case settled(conflicts: Int, voided: [Money], reason: String)
        case followUp(due: Timestamp, note: String?)
        case followUpClosed(due: Timestamp, outcome: FollowUpClosed.Outcome)
        case undone(type: String, event: String)
        case merged(into: String, reason: String)
        case absorbed(from: String)
    }

    public var by: String
    public var at: Timestamp
    public var content: Content
    /// The event it comes from (set as the event is applied).
    public var eventID = ""
    /// The `undone` event that took it back, if one did.
    public var undoneBy: String?
    /// In a survivor's thread, the duplicate merged into it that this entry comes from.
    public var fromTicket: String?

    public init(by: String, at: Timestamp, content: Content) {
        self.by = by
        self.at = at
        self.content = content
    }

    public var kind: Kind {
        switch content {
        case .message: return .message
        case .reply: return .reply
        case .note: return .note
        case .assigned: return .assigned
        case .escalated: return .escalated
        case .priority: return .priority
        case .tags: return .tags
        case .status: return .status
        case .closed: return .closed
        case .reopened: return .reopened
        case .payment: return .payment
        case .refund: return .refund
        case .rating: return .rating
        case .settled: return .settled
        case .followUp: return .followUp
        case .followUpClosed: return .followUpClosed
        case .undone: return .undone
        case .merged: return .merged
        case .absorbed: return .absorbed
        }
    }

    /// The text people read: what was written, or a line describing the activity.
    public var body: String { content.text }
}

extension ThreadEntry.Content {
    /// What was written, or a line describing the activity, as JSON output and the English
    /// interface state it (the Korean interface words activities itself).
    public var text: String {
        switch self {
        case .message(let text), .reply(let text), .note(let text): return text
        case .assigned(let agent, let previous?, let reason):
            return "transferred from \(previous) to \(agent)" + (reason.map { ": \($0)" } ?? "")
        case .assigned(let agent, nil, let reason): return "assigned to \(agent)" + (reason.map { ": \($0)" } ?? "")
        case .escalated(let tier, let agent, let reason):
            return "escalated to \(tier.rawValue)" + (agent.map { ", to \($0)" } ?? "") + ": \(reason)"
        case .priority(let before, let after): return "priority \(before.rawValue) → \(after.rawValue)"
        case .tags(let added, let removed):
            return "tags " + (added.map { "+" + $0 } + removed.map { "-" + $0 }).joined(separator: " ")
        case .status(let before, let after): return "status \(before.rawValue) → \(after.rawValue)"
        case .closed(let reason): return reason.map { "closed: \($0)" } ?? "closed"
        case .reopened(let reason): return reason.map { "reopened: \($0)" } ?? "reopened"
        case .payment(let payment): return "payment \(payment.ref) \(payment.amount.formatted)"
        case .refund(let amount, let reason): return "refunded \(amount.formatted): \(reason)"
        case .rating(let score, let comment): return "rated \(score)/5" + (comment.map { ": \($0)" } ?? "")
        case .followUp(let due, let note): return "follow-up due \(due.rfc3339)" + (note.map { ": \($0)" } ?? "")
        case .followUpClosed(let due, let outcome): return "follow-up due \(due.rfc3339) \(outcome.rawValue)"
        case .undone(let type, let event): return "undid \(type) \(event)"
        case .merged(let into, let reason): return "merged into \(into): \(reason)"
        case .absorbed(let from): return "\(from) merged into this ticket"
        case .settled(let count, let voided, let reason):
            return "settled \(count) conflict\(count == 1 ? "" : "s")"
                + (voided.isEmpty ? "" : "; void " + voided.map(\.formatted).joined(separator: ", ")) + ": \(reason)"
        }
    }
}
