/// Staff moved the ticket along its procedure: open (working), pending (waiting on the
/// customer) or solved (answer given, awaiting confirmation).
public struct StatusChanged: TicketEventKind, Equatable {
    public static let type = "status-changed"
    public static let refusedOnClosedTicket = true

    public var status: Status
    /// The status its writer saw (nil in events from before it was recorded).
    public var was: Status?

    public init(status: Status, was: Status? = nil) {
        self.status = status
        self.was = was
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        status = try fields.value("status", as: Status.self)
        was = try fields.optionalValue("was", as: Status.self)
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("status", status.rawValue)
        writer.stringIfPresent("was", was?.rawValue)
    }

    public func conflict(with ticket: Ticket) -> Conflict.Rule? {
        if let closed = ticket.closedConflict(Self.self) { return closed }
        guard let was, was != ticket.status else { return nil }
        return .overwrote(field: .status, lost: ticket.status.rawValue, won: status.rawValue)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        let before = ticket.status
        ticket.status = status
        if status == .solved || status == .closed {
            if ticket.resolvedAt == nil { ticket.resolvedAt = time }
        } else {
            ticket.resolvedAt = nil
        }
        ticket.record(ThreadEntry(by: actor, at: time, content: .status(from: before, to: status)))
    }
}
