extension Decider {
    /// A check-back at `due`, on a ticket of any status: calling a customer back a week
    /// after closing is the point of it. `due` is checked to be ahead by the command line.
    public mutating func scheduleFollowUp(_ ticket: Ticket, due: Timestamp, note: String?) -> Event {
        event(ticket.id, FollowUpScheduled(due: due, note: note))
    }

    /// Marks the ticket's open follow-up due first done or cancelled.
    public mutating func closeFollowUp(
        _ ticket: Ticket, outcome: FollowUpClosed.Outcome
    ) throws(DomainError) -> (event: Event, followUp: FollowUp) {
        guard let next = ticket.nextFollowUp else { throw .noOpenFollowUp(ticket: ticket.id) }
        return (event(ticket.id, FollowUpClosed(followUp: next.id, outcome: outcome)), next)
    }
}
