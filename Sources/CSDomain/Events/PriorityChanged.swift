/// Urgency re-judged: urgent tickets jump the queue.
public struct PriorityChanged: TicketEventKind, Equatable {
    public static let type = "priority-changed"

    public var priority: Priority

    public init(priority: Priority) { self.priority = priority }

    public init(from fields: EventFields) throws(EventDecodingError) {
        priority = try fields.value("priority", as: Priority.self)
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("priority", priority.rawValue)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        let before = ticket.priority
        ticket.priority = priority
        ticket.record(ThreadEntry(by: actor, at: time, content: .priority(from: before, to: priority)))
    }
}
