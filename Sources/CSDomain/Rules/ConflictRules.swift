extension Decider {
    /// Settles every open conflict of the ticket (see `ConflictsSettled`); `voiding` names
    /// refunds that do not stand, by event id or a prefix of one. A closed ticket can be
    /// settled: a reply after closing is such a conflict.
    public mutating func settleConflicts(
        _ ticket: Ticket, voiding typed: [String], reason: String
    ) throws(DomainError) -> Event {
        guard !ticket.openConflicts.isEmpty else { throw .noOpenConflicts(ticket: ticket.id) }
        var void: [String] = []
        for text in typed {
            let wanted = Identifier.normalize(text)
            let matches = ticket.refunds.filter { !wanted.isEmpty && $0.eventID.hasPrefix(wanted) }
            guard matches.count == 1, let refund = matches.first else {
                throw .noSuchRefund(ticket: ticket.id, typed: text, candidates: matches.map(\.eventID))
            }
            guard refund.standing != .void else { throw .refundAlreadyVoid(ticket: ticket.id, refund: refund.eventID) }
            if !void.contains(refund.eventID) { void.append(refund.eventID) }
        }
        return event(ticket.id, ConflictsSettled(void: void, reason: reason))
    }
}
