/// The ticket now belongs to an agent; a new ticket becomes open because someone is on it.
/// From one agent to another at the same tier it is a transfer, usually with a reason (the
/// customer asked for someone else; the agent is off shift).
public struct TicketAssigned: TicketEventKind, Equatable {
    public static let type = "assigned"
    public static let refusedOnClosedTicket = true

    public var agent: String
    public var reason: String?
    /// Who had the ticket as its writer saw it, "" for nobody (nil in events from before it
    /// was recorded).
    public var was: String?

    public init(agent: String, reason: String? = nil, was: String? = nil) {
        self.agent = agent
        self.reason = reason
        self.was = was
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        agent = try fields.text("agent")
        reason = try fields.optionalString("reason")
        was = try fields.optionalString("was")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("agent", agent)
        writer.stringIfPresent("reason", reason)
        writer.stringIfPresent("was", was)
    }

    public func conflict(with ticket: Ticket) -> Conflict.Rule? {
        if let closed = ticket.closedConflict(Self.self) { return closed }
        let current = ticket.assignee ?? ""
        guard let was, was != current else { return nil }
        return .overwrote(field: .assignee, lost: current, won: agent)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        let previous = ticket.assignee
        ticket.assignee = agent
        if ticket.status == .new { ticket.status = .open }
        ticket.record(
            ThreadEntry(by: actor, at: time, content: .assigned(agent: agent, from: previous, reason: reason)))
    }
}
