/// A ticket as a row of an import file describes it: how it opened, when, and where it
/// stands now.
public struct ImportedTicket: Sendable {
    public var opened: TicketOpened
    public var createdAt: Timestamp
    public var status: Status

    public init(opened: TicketOpened, createdAt: Timestamp, status: Status) {
        self.opened = opened
        self.createdAt = createdAt
        self.status = status
    }
}

extension Decider {
    /// The events that bring a row in, at its own time: its opening, then its status when it
    /// is not new (solved and pending rows are changed to it; closed ones closed).
    public mutating func importTicket(_ row: ImportedTicket) throws(DomainError) -> [Event] {
        let id = try newTicketID()
        var events = [event(id, row.opened, at: row.createdAt)]
        switch row.status {
        case .new: break
        case .closed: events.append(event(id, TicketClosed(reason: nil), at: row.createdAt))
        case .open, .pending, .solved:
            events.append(event(id, StatusChanged(status: row.status, was: .new), at: row.createdAt))
        }
        return events
    }
}

extension Desk {
    /// The import keys of the desk's tickets: rows already brought in.
    public var importKeys: Set<String> {
        Set(tickets.compactMap { $0.summaryForListing()?.importKey })
    }
}
