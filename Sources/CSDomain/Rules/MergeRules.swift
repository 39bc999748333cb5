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
        return [
            event(duplicate.id, TicketMerged(into: survivor.id, reason: reason)),
            event(
                survivor.id,
                TicketAbsorbed(
                    from: duplicate.id, tags: duplicate.tags, payment: duplicate.payment,
                    refunded: duplicate.refundedTotal)),
        ]
    }
}
