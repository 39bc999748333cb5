/// The ticket now belongs to an agent; a new ticket becomes open because someone is on it.
public struct TicketAssigned: TicketEventKind, Equatable {
    public static let type = "assigned"

    public var agent: String

    public init(agent: String) { self.agent = agent }

    public init(from fields: EventFields) throws(EventDecodingError) {
        agent = try fields.text("agent")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("agent", agent)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.assignee = agent
        if ticket.status == .new { ticket.status = .open }
        ticket.thread.append(ThreadEntry(by: actor, at: time, content: .assigned(agent: agent)))
    }
}
