extension Decider {
    /// Gives the ticket to `agent`, at its tier: a transfer when someone had it. Nil when the
    /// agent already has it: nothing to record.
    public mutating func assign(_ ticket: Ticket, to agent: String, reason: String? = nil) throws(DomainError) -> Event?
    {
        try requireNotClosed(ticket, action: .assign)
        guard ticket.assignee != agent else { return nil }
        return event(ticket.id, TicketAssigned(agent: agent, reason: reason, was: ticket.assignee ?? ""))
    }

    /// Raises the tier: to `tier` when given, else the next one; `agent` also transfers it.
    public mutating func escalate(
        _ ticket: Ticket, to tier: Tier?, agent: String?, reason: String
    ) throws(DomainError) -> Event {
        try requireNotClosed(ticket, action: .escalate)
        let target: Tier
        if let tier {
            guard tier > ticket.tier else {
                // Nothing is above the top tier: say that, not "go higher".
                if ticket.tier.next == nil { throw .atTopTier(ticket: ticket.id) }
                throw .tierNotHigher(ticket: ticket.id, current: ticket.tier, requested: tier)
            }
            target = tier
        } else {
            guard let next = ticket.tier.next else { throw .atTopTier(ticket: ticket.id) }
            target = next
        }
        return event(ticket.id, TicketEscalated(from: ticket.tier, to: target, agent: agent, reason: reason))
    }

    public mutating func setPriority(_ ticket: Ticket, to priority: Priority) throws(DomainError) -> Event? {
        try requireNotClosed(ticket, action: .changePriority)
        guard ticket.priority != priority else { return nil }
        return event(ticket.id, PriorityChanged(priority: priority, was: ticket.priority))
    }

    /// Tags can change on a closed ticket too: tagging for reports happens after the fact.
    public mutating func changeTags(_ ticket: Ticket, adding: [String], removing: [String]) -> Event? {
        let current = Set(ticket.tags)
        let added = uniqueInOrder(adding.filter { !current.contains($0) })
        let removed = uniqueInOrder(removing.filter { current.contains($0) && !adding.contains($0) })
        guard !added.isEmpty || !removed.isEmpty else { return nil }
        return event(ticket.id, TagsChanged(added: added, removed: removed))
    }

    private func uniqueInOrder(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
