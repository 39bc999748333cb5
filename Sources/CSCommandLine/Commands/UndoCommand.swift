import CSDomain

/// `cs undo TICKET [--event ID]`: takes back the ticket's last reversible change (or the
/// one named) with a compensating event; the log keeps both.
enum UndoCommand: Command {
    static let event = Option.identifier("event", "ID", help: .undoEvent)

    static let path = ["undo"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .undoAbstract, discussion: .undoDiscussion,
        arguments: [Common.ticket], options: [event],
        examples: ["cs undo K7M2", "cs undo K7M2 --event 8GHHBS"])

    static func run(_ context: Context) throws(Failure) {
        let typed = try context.invocation[event]
        let log = try context.desk.locateLog()
        var whole = Ticket(id: "", keepingThread: true)
        var undone = ""
        let text = TicketText(time: try context.clock.humanTime(), catalogue: context.catalogue)
        try context.desk.changeTicket(
            done: { after in .undid(ticket: after.id, what: text.undoneDescription(of: undone, in: whole)) }
        ) { (decider, ticket) throws(Failure) in
            let events = try Failure.catching(log: log.events(at: ticket.eventOffsets).map(\.event))
            let target = try Failure.catching(
                lookup: typed.map { (text) throws(LookupError) in try Self.match(text, in: events, of: ticket) })
            let undo = try Failure.catching(refusal: decider.undo(ticket, events: events, target: target))
            // The ticket read whole, to say what was taken back as its thread says it.
            whole = Ticket(id: ticket.id, keepingThread: true)
            for event in events { event.apply(to: &whole) }
            undone = (undo.payload as? Undone)?.event ?? ""
            return undo
        }
    }

    /// The ticket's event named by an id or a unique prefix of one.
    static func match(_ typed: String, in events: [Event], of ticket: Ticket) throws(LookupError) -> String {
        let (match, candidates) = Identifier.match(typed, among: events.map(\.id))
        guard let match else {
            if candidates.isEmpty { throw .noEvent(ticket: ticket.id, typed: typed) }
            throw .ambiguousEvent(ticket: ticket.id, typed: typed, candidates: candidates)
        }
        return match
    }

}
