extension Decider {
    public mutating func reply(to ticket: Ticket, body: String, faq: String? = nil) throws(DomainError) -> Event {
        try requireNotClosed(ticket, action: .reply)
        return event(ticket.id, AgentReplied(body: body, faq: faq))
    }

    public mutating func recordCustomerMessage(on ticket: Ticket, body: String) throws(DomainError) -> Event {
        try requireNotClosed(ticket, action: .recordCustomerMessage)
        return event(ticket.id, CustomerMessageReceived(body: body))
    }

    public mutating func note(on ticket: Ticket, body: String) throws(DomainError) -> Event {
        try requireNotClosed(ticket, action: .note)
        return event(ticket.id, NoteAdded(body: body))
    }
}
