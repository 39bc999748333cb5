/// A solved or closed case needs work again.
public struct TicketReopened: ReasonPayload, Equatable {
    public static let type = "reopened"

    public var reason: String?

    public init(reason: String?) { self.reason = reason }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.status = .open
        ticket.resolvedAt = nil
        ticket.record(ThreadEntry(by: actor, at: time, content: .reopened(reason: reason)))
    }
}
