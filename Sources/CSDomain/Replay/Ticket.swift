/// A ticket as replaying its events leaves it. Derived state: never written anywhere.
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
    public var thread: [ThreadEntry] = []

    public init(id: String) { self.id = id }

    /// Refunds are always in the payment's currency (a rule), so they sum exactly.
    public var refundedTotal: Int64 { refunds.reduce(0) { $0 + $1.amount.minorUnits } }

    public var refundable: Money? {
        payment.map { Money(minorUnits: $0.amount.minorUnits - refundedTotal, currency: $0.amount.currency) }
    }
}

/// One entry of a ticket's history as people read it: the conversation (customer
/// messages, replies, internal notes) and the activity around it.
public struct ThreadEntry: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case message, reply, note
        case assigned, escalated, priority, tags, status, closed, reopened, payment, refund, rating

        /// Conversation entries carry text someone wrote; the rest are one-line activity.
        public var isConversation: Bool { self == .message || self == .reply || self == .note }
    }

    public var kind: Kind
    public var by: String
    public var at: Timestamp
    public var body: String
}
