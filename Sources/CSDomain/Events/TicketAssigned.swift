/// The ticket now belongs to an agent; a new ticket becomes open because someone is on it.
/// From one agent to another at the same tier it is a transfer, usually with a reason (the
/// customer asked for someone else; the agent is off shift).
public struct TicketAssigned: TicketEventKind, Equatable {
    public static let type = "assigned"

    public var agent: String
    public var reason: String?

    public init(agent: String, reason: String? = nil) {
        self.agent = agent
        self.reason = reason
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        agent = try fields.text("agent")
        reason = try fields.optionalString("reason")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("agent", agent)
        writer.stringIfPresent("reason", reason)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        let previous = ticket.assignee
        ticket.assignee = agent
        if ticket.status == .new { ticket.status = .open }
        ticket.record(
            ThreadEntry(by: actor, at: time, content: .assigned(agent: agent, from: previous, reason: reason)))
    }
}
