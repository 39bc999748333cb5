/// The case is finished. Final until someone reopens it.
public struct TicketClosed: ReasonPayload, Equatable {
    public static let type = "closed"

    public var reason: String?

    public init(reason: String?) { self.reason = reason }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.status = .closed
        if ticket.resolvedAt == nil { ticket.resolvedAt = time }
        ticket.record(ThreadEntry(by: actor, at: time, content: .closed(reason: reason)))
    }
}
