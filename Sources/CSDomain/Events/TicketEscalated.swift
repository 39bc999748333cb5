/// The ticket moved up a tier, and perhaps to another agent, for a stated reason.
public struct TicketEscalated: TicketEventKind, Equatable {
    public static let type = "escalated"
    public static let refusedOnClosedTicket = true

    public var from: Tier
    public var to: Tier
    public var agent: String?
    public var reason: String

    public init(from: Tier, to: Tier, agent: String?, reason: String) {
        self.from = from
        self.to = to
        self.agent = agent
        self.reason = reason
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        from = try fields.value("from", as: Tier.self)
        to = try fields.value("to", as: Tier.self)
        agent = try fields.optionalString("agent")
        reason = try fields.text("reason")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("from", from.rawValue)
        writer.string("to", to.rawValue)
        writer.stringIfPresent("agent", agent)
        writer.string("reason", reason)
    }

    /// `from` is the tier its writer saw: another means a clone escalated it meanwhile.
    public func conflict(with ticket: Ticket) -> Conflict.Rule? {
        if let closed = ticket.closedConflict(Self.self) { return closed }
        guard from != ticket.tier else { return nil }
        return .overwrote(field: .tier, lost: ticket.tier.rawValue, won: to.rawValue)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.tier = to
        if let agent {
            ticket.assignee = agent
            // Someone is on it now, as with an assignment.
            if ticket.status == .new { ticket.status = .open }
        }
        ticket.record(ThreadEntry(by: actor, at: time, content: .escalated(to: to, agent: agent, reason: reason)))
    }
}
