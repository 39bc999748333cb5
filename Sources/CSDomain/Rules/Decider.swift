/// Business rules in one place: given the replayed desk and a request, either the events
/// to append or a `DomainError`. Nothing here writes; `EventLog.append` does.
public struct Decider {
    public let desk: Desk
    public let actor: String
    public let now: Timestamp
    var ids: any RandomNumberGenerator
    /// Each ticket's last event made by this decision: a second event names the first.
    private var made: [String: String] = [:]

    public init(desk: Desk, actor: String, now: Timestamp, ids: any RandomNumberGenerator) {
        self.desk = desk
        self.actor = actor
        self.now = now
        self.ids = ids
    }

    /// An event for `ticket`, stamped with a fresh id, the actor and the clock, and linked to
    /// the ticket's last event (none for an opening).
    mutating func event(_ ticket: String, _ payload: any TicketEventKind, at time: Timestamp? = nil) -> Event {
        let last = made[ticket] ?? desk.ticket(ticket)?.lastEventID
        let made = Event(
            id: Identifier.make(length: Identifier.eventLength, using: &ids), ticket: ticket, at: time ?? now,
            by: actor, after: last?.isEmpty == false ? last : nil, payload: payload)
        self.made[ticket] = made.id
        return made
    }

    mutating func event(faq entry: String, _ payload: any FAQEventKind) -> Event {
        Event(
            id: Identifier.make(length: Identifier.eventLength, using: &ids), faq: entry, at: now, by: actor,
            payload: payload)
    }

    mutating func settingsEvent(_ payload: any DeskEventKind) -> Event {
        Event(
            id: Identifier.make(length: Identifier.eventLength, using: &ids), settings: DeskSettings.subject, at: now,
            by: actor,
            payload: payload)
    }

    mutating func newTicketID() throws(DomainError) -> String {
        // 32^8 ids: a clash with this desk is rare, but cheap to rule out here (and with the
        // tickets this decision opened already: an import opens many).
        for _ in 0..<64 {
            let id = Identifier.make(length: Identifier.ticketLength, using: &ids)
            if desk.ticket(id) == nil && made[id] == nil { return id }
        }
        throw .ticketIdExhausted
    }

    /// Refuses changes to a closed ticket, pointing at `cs reopen`.
    func requireNotClosed(_ ticket: Ticket, action: ClosedTicketAction) throws(DomainError) {
        if ticket.status == .closed { throw .ticketClosed(ticket: ticket.id, action: action) }
    }
}
