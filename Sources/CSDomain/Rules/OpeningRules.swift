extension Decider {
    /// A new ticket, as `opened` describes it, under a fresh id.
    public mutating func open(_ opened: TicketOpened) throws(DomainError) -> Event {
        event(try newTicketID(), opened)
    }
}
