import CSDomain

/// What the commands that change one ticket share: find the ticket named by TICKET under
/// the log's lock, let the rules decide, append, and report.
extension DeskAccess {
    /// Runs `decide` against the ticket named by TICKET. It returns the event to append
    /// (nil: nothing to change). Prints `done` (or `unchanged`; without it, just the id),
    /// or the ticket as JSON with `--json`; prints nothing with `-q`.
    func changeTicket(
        done: (Ticket) -> Message, unchanged: ((Ticket) -> Message)? = nil, followingMerges: Bool = true,
        _ decide: (inout Decider, Ticket) throws(Failure) -> Event?
    ) throws(Failure) {
        try changeTicket(
            done: done, unchanged: unchanged, followingMerges: followingMerges,
            writing: { (decider, ticket) throws(Failure) in try decide(&decider, ticket).map { [$0] } ?? [] })
    }

    /// The same, for a decision of several events (appended together, or none).
    func changeTicket(
        done: (Ticket) -> Message, unchanged: ((Ticket) -> Message)? = nil, followingMerges: Bool = true,
        writing decide: (inout Decider, Ticket) throws(Failure) -> [Event]
    ) throws(Failure) {
        let typed = try invocation[Common.ticket]
        let written = try write { (decider: inout Decider) throws(Failure) in
            // A merged duplicate's id leads to the ticket it was merged into (unless the
            // command is about the duplicate itself: settling its own conflicts).
            let (ticket, duplicate) =
                try Failure.catching(
                    lookup: followingMerges ? decider.desk.resolve(typed) : (decider.desk.ticket(named: typed), nil))
            return (events: try decide(&decider, ticket), outcome: (ticket, duplicate))
        }
        let ((before, duplicate), stored) = (written.outcome, written.stored)
        if let duplicate { output.warn(.writingToSurvivor(duplicate: duplicate.id, survivor: before.id)) }
        let after = applying(stored, to: before)
        if !stored.isEmpty {
            output.report(after, message: done(after))
        } else if let unchanged {
            output.report(after, message: unchanged(before))
        } else {
            output.report(after, text: before.id)
        }
    }

    /// The ticket after the events just stored: what a report shows.
    func applying(_ events: [Event], to ticket: Ticket) -> Ticket {
        var after = ticket
        for event in events { event.apply(to: &after) }
        return after
    }
}
