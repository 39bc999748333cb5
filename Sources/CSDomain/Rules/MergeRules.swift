extension Decider {
    /// Merges `duplicate` into `survivor` (already followed to the ticket it stands for): the
    /// duplicate is closed and leads there; the survivor takes on its tags, its payment and
    /// what was refunded against it. Refused into itself (a loop of merges comes to that),
    /// into a closed ticket, a duplicate merged already, or two tickets about different payments.
    public mutating func merge(
        _ duplicate: Ticket, into survivor: Ticket, reason: String
    ) throws(DomainError) -> [Event] {
        guard duplicate.id != survivor.id else { throw .mergeIntoItself(ticket: duplicate.id) }
        if let already = duplicate.mergedInto { throw .alreadyMerged(ticket: duplicate.id, into: already) }
        guard survivor.status != .closed else { throw .mergeIntoClosed(ticket: survivor.id) }
        if let theirs = duplicate.payment, let ours = survivor.payment, theirs != ours {
            throw .mergePaymentsDiffer(duplicate: duplicate.id, survivor: survivor.id)
        }
        // The duplicate's open follow-ups move to the survivor: cancelled there, scheduled here.
        let moving = duplicate.followUps.filter(\.isOpen)
        var events = moving.map { event(duplicate.id, FollowUpClosed(followUp: $0.id, outcome: .cancelled)) }
        events.append(event(duplicate.id, TicketMerged(into: survivor.id, reason: reason)))
        events.append(
            event(
                survivor.id,
                TicketAbsorbed(
                    from: duplicate.id, tags: duplicate.tags,
                    payment: survivor.payment == nil ? duplicate.payment : nil,
                    refunded: duplicate.refundedTotal)))
        events += moving.map { event(survivor.id, FollowUpScheduled(due: $0.due, note: $0.note)) }
        return events
    }
}
