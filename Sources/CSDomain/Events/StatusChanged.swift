/// Staff moved the ticket along its procedure: open (working), pending (waiting on the
/// customer) or solved (answer given, awaiting confirmation).
public struct StatusChanged: TicketEventKind, Equatable {
    public static let type = "status-changed"

    public var status: Status

    public init(status: Status) { self.status = status }

    public init(from fields: EventFields) throws(EventDecodingError) {
        status = try fields.value("status", as: Status.self)
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("status", status.rawValue)
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
