/// Which changes `cs undo` takes back, and why the others cannot be.
public enum Irreversible: Sendable, Equatable {
    /// A public reply reached the customer.
    case reply
    /// A refund reached the bank: a correction is a new record, not an undo.
    case refund
    /// A merge: the duplicate's id leads here for good.
    case merge
    /// The customer's own words, a rating, the opening, a payment record, a settlement or an
    /// undo: facts of the past, corrected by a new event of their kind.
    case fact(String)
}

extension Decider {
    /// Takes back the ticket's last reversible change not undone yet, or the one named
    /// (`target`, an event id already matched). `events` are the ticket's, in log order: the
    /// state before the change is replayed from those before it.
    public mutating func undo(_ ticket: Ticket, events: [Event], target: String?) throws(DomainError) -> Event {
        let undone = Set(events.compactMap { ($0.payload as? Undone)?.event })
        let candidates = events.indices.reversed().filter { !undone.contains(events[$0].id) }
        let index: Int
        if let target {
            guard let named = events.firstIndex(where: { $0.id == target }) else {
                throw .nothingToUndo(ticket: ticket.id)
            }
            guard !undone.contains(target) else { throw .alreadyUndone(ticket: ticket.id, event: target) }
            if let reason = Self.irreversible(events[named]) {
                throw .notReversible(ticket: ticket.id, event: target, type: events[named].type, reason: reason)
            }
            index = named
        } else {
            // A merge is a barrier: what came before it is not the last change any more.
            guard let last = candidates.first(where: { Self.irreversible(events[$0]).map { $0 == .merge } ?? true })
            else { throw .nothingToUndo(ticket: ticket.id) }
            if Self.irreversible(events[last]) == .merge {
                throw .notReversible(ticket: ticket.id, event: events[last].id, type: events[last].type, reason: .merge)
            }
            index = last
        }
        var before = Ticket(id: ticket.id)
        for event in events[..<index] { event.apply(to: &before) }
        let change = events[index]
        var after = before
        change.apply(to: &after)
        // What a later event changed since stays: an undo puts back only what still is as
        // the undone change left it, and refuses otherwise, naming the later change.
        func unchangedSince(_ field: Conflict.Field, _ value: (Ticket) -> String?) throws(DomainError) {
            guard value(ticket) != value(after) else { return }
            var replayed = after
            for later in events[(index + 1)...] {
                later.apply(to: &replayed)
                if value(replayed) != value(after) {
                    throw .changedSince(ticket: ticket.id, event: change.id, field: field, by: later.id)
                }
            }
        }
        var undo = Undone(event: change.id, undoes: change.type)
        switch change.payload {
        case is PriorityChanged:
            try unchangedSince(.priority) { $0.priority.rawValue }
            undo.priority = before.priority
        case is StatusChanged, is TicketClosed, is TicketReopened:
            try unchangedSince(.status) { $0.status.rawValue }
            undo.status = before.status
            // Solved or closed again: resolved when it was, and a reopening taken back is none.
            undo.resolvedAt = before.resolvedAt
            undo.unreopens = after.history.reopenCount > before.history.reopenCount
        case is TicketAssigned:
            try unchangedSince(.assignee) { $0.assignee }
            undo.assignee = before.assignee ?? ""
        case let escalated as TicketEscalated:
            try unchangedSince(.tier) { $0.tier.rawValue }
            undo.tier = before.tier
            if escalated.agent != nil {
                try unchangedSince(.assignee) { $0.assignee }
                undo.assignee = before.assignee ?? ""
            }
        case let tags as TagsChanged:
            undo.removed = tags.added.filter { ticket.tags.contains($0) }
            undo.added = tags.removed.filter { !ticket.tags.contains($0) }
        case is FollowUpScheduled:
            guard ticket.followUps.first(where: { $0.id == change.id })?.isOpen == true else {
                throw .changedSince(ticket: ticket.id, event: change.id, field: .followUp, by: nil)
            }
            undo.cancelFollowUp = change.id
        case let closed as FollowUpClosed: undo.reopenFollowUp = closed.followUp
        default: break  // a note: marked retracted
        }
        return event(ticket.id, undo)
    }

    /// Why an event cannot be undone; nil when it can.
    static func irreversible(_ event: Event) -> Irreversible? {
        switch event.payload {
        case is AgentReplied: return .reply
        case is RefundIssued: return .refund
        case is TicketMerged, is TicketAbsorbed: return .merge
        case is PriorityChanged, is StatusChanged, is TicketClosed, is TicketReopened, is TicketAssigned,
            is TicketEscalated, is TagsChanged, is NoteAdded, is FollowUpScheduled, is FollowUpClosed:
            return nil
        default: return .fact(event.type)
        }
    }
}
