/// What the service-level clocks and the desk's figures read of a ticket, and no more:
/// small, so a desk of a hundred thousand tickets is measured without building them.
public struct TicketFacts: Sendable {
    public var id: String
    public var status: Status
    public var priority: Priority
    public var category: Category
    public var channel: Channel
    public var tier: Tier
    public var createdAt: Timestamp
    public var firstResponseAt: Timestamp?
    public var history: TicketHistory
    /// The customer's rating, 1 to 5.
    public var score: Int?
    /// What the customer said with it.
    public var comment: String?
    public var refunds: [Money]
    /// Check-backs scheduled, done or not (figures count them on time or late).
    public var followUps: [FollowUp]
    /// A duplicate merged into another ticket: the case is counted once, as the survivor.
    public var merged: Bool
    /// Read only when asked for (grouping by agent or customer); else nil and "".
    public var assignee: String?
    public var customer: String
}

extension Ticket {
    public var facts: TicketFacts {
        TicketFacts(
            id: id, status: status, priority: priority, category: category, channel: channel, tier: tier,
            createdAt: createdAt, firstResponseAt: firstResponseAt, history: history, score: rating?.score,
            comment: rating?.comment,
            refunds: refunds.filter { $0.standing == .counted }.map(\.amount), followUps: followUps,
            merged: mergedInto != nil, assignee: assignee,
            customer: customer.name)
    }
}
