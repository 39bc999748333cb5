/// Urgency re-judged: urgent tickets jump the queue.
public struct PriorityChanged: TicketEventKind, Equatable {
    public static let type = "priority-changed"
    public static let refusedOnClosedTicket = true

    public var priority: Priority
    /// The priority its writer saw (nil in events from before it was recorded).
    public var was: Priority?

    public init(priority: Priority, was: Priority? = nil) {
        self.priority = priority
        self.was = was
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        priority = try fields.value("priority", as: Priority.self)
        was = try fields.optionalValue("was", as: Priority.self)
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("priority", priority.rawValue)
        writer.stringIfPresent("was", was?.rawValue)
    }

    public func conflict(with ticket: Ticket) -> Conflict.Rule? {
        if let closed = ticket.closedConflict(Self.self) { return closed }
        guard let was, was != ticket.priority else { return nil }
        return .overwrote(field: .priority, lost: ticket.priority.rawValue, won: priority.rawValue)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        let before = ticket.priority
        ticket.priority = priority
        ticket.record(ThreadEntry(by: actor, at: time, content: .priority(from: before, to: priority)))
    }
}
