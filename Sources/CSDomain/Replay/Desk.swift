/// Everything the log says, folded: the tickets in the order they were opened, and the
/// indexes the rules need (idempotency keys). Rebuilt from the log on every run.
public struct Desk: Sendable {
    public private(set) var tickets: [String: Ticket] = [:]
    public private(set) var ticketOrder: [String] = []
    /// Idempotency key (its identity: the key, or the digest of a masked one) → the ticket
    /// and the refund's event id.
    public private(set) var refundKeys: [String: (ticket: String, eventID: String)] = [:]
    /// Masked keys → the ids of the secrets their digests were made with: a masked key seen
    /// under another desk secret cannot be compared with one typed now.
    public private(set) var maskedKeySecrets: [String: Set<String>] = [:]
    public private(set) var eventCount = 0
    /// The desk's own FAQ (the built-in default is used while this is empty).
    public private(set) var faq = FAQBook()
    /// Every event id seen: an id twice means a line was copied or a merge went wrong.
    private var eventIDs = Set<String>()

    public init() {}

    /// Sized for a log of about this many events, so a large replay does not rehash.
    public init(expectedEvents: Int) {
        eventIDs.reserveCapacity(expectedEvents)
    }

    public var allTickets: [Ticket] { ticketOrder.compactMap { tickets[$0] } }

    /// Folds one event in. The only failures are what no state can be built from (an event
    /// for a ticket never opened, a ticket opened twice, an event id seen before); rules
    /// are never checked here. A failed event changes nothing.
    public mutating func apply(_ event: Event) throws(ReplayError) {
        // One hash on the usual path: insert now, take it back if the event is refused.
        guard eventIDs.insert(event.id).inserted else { throw .duplicateEventID(event.id) }
        let opensTicket = event.payload is TicketOpened
        do throws(ReplayError) {
            try check(event, opensTicket: opensTicket)
        } catch {
            eventIDs.remove(event.id)
            throw error
        }
        if case .faq(let change) = event.body {
            change.apply(to: &faq, entry: event.ticket, at: event.at)
        } else if opensTicket {
            var ticket = Ticket(id: event.ticket)
            event.apply(to: &ticket)
            tickets[event.ticket] = ticket
            ticketOrder.append(event.ticket)
        } else {
            event.apply(to: &tickets[event.ticket]!)
        }
        if let refund = event.payload as? RefundIssued, let key = refund.key {
            if refundKeys[key.identity] == nil { refundKeys[key.identity] = (event.ticket, event.id) }
            if let secret = key.secretID { maskedKeySecrets[key.stored, default: []].insert(secret) }
        }
        eventCount += 1
    }

    /// What no state can be built from; checked before anything changes.
    private func check(_ event: Event, opensTicket: Bool) throws(ReplayError) {
        switch event.body {
        case .faq(let change):
            try faq.check(change, entry: event.ticket)
        case .ticket:
            let exists = tickets[event.ticket] != nil
            if opensTicket {
                if exists { throw .openedTwice(event.ticket) }
            } else if !exists {
                throw .unknownTicket(event.ticket)
            }
        }
    }
}

public enum ReplayError: Error, Equatable, Sendable {
    case unknownTicket(String)
    case openedTwice(String)
    case duplicateEventID(String)
    case unknownFAQEntry(String)
    case faqEntryAddedTwice(String)
}
