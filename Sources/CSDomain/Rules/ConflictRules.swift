extension Decider {
    /// Settles every open conflict of the ticket as this desk has it (see
    /// `ConflictsSettled`); `voiding`: refunds that do not stand (see `Ticket.refund(matching:)`).
    /// A closed ticket can be settled: a reply after closing is such a conflict.
    public mutating func settleConflicts(
        _ ticket: Ticket, voiding void: [Refund], reason: String
    ) throws(DomainError) -> Event {
        guard !ticket.openConflicts.isEmpty else { throw .noOpenConflicts(ticket: ticket.id) }
        var ids: [String] = []
        for refund in void {
            guard refund.standing != .void else { throw .refundAlreadyVoid(ticket: ticket.id, refund: refund.eventID) }
            if !ids.contains(refund.eventID) { ids.append(refund.eventID) }
        }
        return event(
            ticket.id, ConflictsSettled(settles: ticket.openConflicts.map(\.eventID), void: ids, reason: reason))
    }
}

extension Ticket {
    /// The ticket's refund named by its event id or a unique prefix of one.
    public func refund(matching typed: String) throws(LookupError) -> Refund {
        let (match, candidates) = Identifier.match(typed, among: refunds.map(\.eventID))
        guard let match, let refund = refunds.first(where: { $0.eventID == match }) else {
            if candidates.isEmpty { throw .noRefund(ticket: id, typed: typed) }
            throw .ambiguousRefund(ticket: id, typed: typed, candidates: candidates)
        }
        return refund
    }

}
