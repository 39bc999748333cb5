extension Decider {
    /// Moves an unclosed ticket to open, pending or solved (`Status.settable`). Nil when it
    /// is there already.
    public mutating func setStatus(_ ticket: Ticket, to status: Status) throws(DomainError) -> Event? {
        guard Status.settable.contains(status) else { throw .statusNotSettable(status) }
        try requireNotClosed(ticket, action: .changeStatus)
        guard ticket.status != status else { return nil }
        return event(ticket.id, StatusChanged(status: status, was: ticket.status))
    }

    public mutating func close(_ ticket: Ticket, reason: String?) throws(DomainError) -> Event {
        guard ticket.status != .closed else { throw .alreadyClosed(ticket: ticket.id) }
        return event(ticket.id, TicketClosed(reason: reason))
    }

    public mutating func reopen(_ ticket: Ticket, reason: String?) throws(DomainError) -> Event {
        guard ticket.status == .closed || ticket.status == .solved else {
            throw .notReopenable(ticket: ticket.id, status: ticket.status)
        }
        return event(ticket.id, TicketReopened(reason: reason))
    }

    /// Satisfaction surveys arrive after closing, so rating a closed ticket is allowed.
    public mutating func rate(_ ticket: Ticket, score: Int, comment: String?) throws(DomainError) -> Event {
        guard Rating.scores.contains(score) else { throw .scoreOutOfRange(score) }
        return event(ticket.id, TicketRated(score: score, comment: comment))
    }
}

extension Decider {
    /// A priority's service-level targets from now on.
    public mutating func setServiceLevel(_ target: ServiceLevelPolicy.Target, for priority: Priority) -> Event {
        settingsEvent(SLAPolicySet(priority: priority, target: target))
    }

    /// When the service-level clocks run from now on.
    public mutating func setBusinessHours(_ hours: BusinessHours) -> Event {
        settingsEvent(SLAHoursSet(hours: hours))
    }
}
