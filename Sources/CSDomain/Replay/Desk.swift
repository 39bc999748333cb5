/// Everything the log says, folded: the tickets in the order they were opened, and what the
/// rules need (idempotency keys, the FAQ, every event id). It starts from a snapshot of the
/// log up to some length, when there is a sound one, and keeps live only what replay
/// changed since; with none, it is all live. Either way its answers are the same: what a
/// replay of the whole log gives.
public struct Desk: Sendable {
    /// The snapshot the desk starts from, if any.
    let base: DeskSnapshot?
    /// Tickets opened or changed since the base (summaries: the thread is not kept), and
    /// where each is in that list: replay changes them in place, one lookup an event.
    private(set) var liveTickets: [Ticket] = []
    private var liveIndex: [String: Int] = [:]
    /// Tickets opened since the base, in order (places in `liveTickets`).
    private(set) var liveOrder: [Int] = []
    /// Base tickets changed since the base: their place in the base → in `liveTickets`.
    private(set) var changedBaseTickets: [Int: Int] = [:]
    private var liveRefundKeys: [String: RefundKeyUse] = [:]
    private var liveMaskedKeySecrets: [String: Set<String>] = [:]
    private var liveEventIDs: EventIDSet
    /// The base's event-id hashes, once checked (a duplicate guard for the events after it).
    private var baseEventIDs: MappedBytes?
    /// A whole-log replay's event-id hashes, collected instead of checked one by one (see
    /// `applyCollectingID`) and sorted once by `checkCollectedIDs`.
    private var collectedIDs: [UInt64] = []
    private(set) var collectingIDs = false
    public private(set) var faq: FAQBook
    /// The service-level settings in force (defaults until a settings event).
    public private(set) var settings: DeskSettings
    public private(set) var eventCount: Int

    public init() {
        self.init(expectedEvents: 0)
    }

    /// Sized for a log of about this many events, so a large replay does not rehash.
    public init(expectedEvents: Int) {
        base = nil
        liveEventIDs = EventIDSet(capacity: expectedEvents)
        liveIndex.reserveCapacity(expectedEvents / 8)
        faq = FAQBook()
        settings = DeskSettings()
        eventCount = 0
    }

    /// A desk that starts from a snapshot; nil when its event-id section is damaged.
    init?(base: DeskSnapshot) {
        guard let hashes = base.eventIDHashes(checked: false) else { return nil }
        // Its ticket views point at it without holding it (`TicketView.Snapshot`).
        base.keepForever()
        self.base = base
        baseEventIDs = MappedBytes(bytes: hashes)
        liveEventIDs = EventIDSet()
        faq = base.faq
        settings = base.settings
        eventCount = base.eventCount
    }

    /// Whether what this desk answered from its snapshot cannot be believed: a record it
    /// read failed its checksum (`DeskSnapshot.damaged`).
    public var derivedStateDamaged: Bool { base?.damaged ?? false }

    // MARK: Tickets

    public var ticketCount: Int { (base?.ticketCount ?? 0) + liveOrder.count }

    /// The ticket with exactly this id (its summary), if any.
    public func ticket(_ id: String) -> Ticket? {
        if let index = liveIndex[id] { return liveTickets[index] }
        guard let base, let index = base.index(of: id) else { return nil }
        return base.ticket(at: index)
    }

    /// Every ticket in the order they were opened, as views that read their fields where
    /// they lie (a snapshot's entries, or the live summaries) until one is needed whole.
    /// Made one at a time as they are read: a million views held at once were 24 MB of
    /// memory to fault in, and a list filters most of them out.
    public var tickets: TicketViews {
        // A damaged entry block gives no views of the base: the command that asked is
        // answered again from the log (`derivedStateDamaged`).
        guard let base, base.everyEntryIsSound() else {
            return TicketViews(base: nil, changed: [], liveTickets: liveTickets, liveOrder: liveOrder)
        }
        return TicketViews(base: base, changed: changedPlaces(base), liveTickets: liveTickets, liveOrder: liveOrder)
    }

    /// Every ticket in the queue's order (`QueueOrder`), made as read: the snapshot keeps its
    /// tickets in that order, so the first few of a million cost a few reads. Nil for a desk
    /// without a snapshot, whose tickets are sorted instead.
    public var ticketsInQueueOrder: QueueOrderedTickets? {
        guard let base else { return nil }
        let live = (changedBaseTickets.values.map { liveTickets[$0] } + liveOrder.map { liveTickets[$0] })
            .map { ticket in
                let view = TicketView(live: ticket)
                return (key: QueueOrder.Key(view.queueFields), view: view)
            }
            .sorted { $0.key < $1.key }
        return QueueOrderedTickets(snapshot: base, changed: changedPlaces(base), live: live)
    }

    /// For each base ticket changed since the snapshot, its place among the live tickets
    /// (else -1); empty when none changed. One array read a ticket, not a hash.
    private func changedPlaces(_ base: DeskSnapshot) -> [Int32] {
        var changed = [Int32](repeating: -1, count: changedBaseTickets.isEmpty ? 0 : base.ticketCount)
        for (index, place) in changedBaseTickets { changed[index] = Int32(place) }
        return changed
    }

    /// Says that the records of about `count` tickets are about to be read (see
    /// `DeskSnapshot.prepareToRead`).
    public func prepareToRead(records count: Int) { base?.prepareToRead(records: count) }

    /// Says that the queue lines of about `count` tickets are about to be read (`cs list`).
    public func prepareToRead(queueLines count: Int) { base?.prepareToRead(queueLines: count) }

    /// Every ticket's summary, in the order they were opened.
    public var allTickets: [Ticket] { tickets.compactMap { $0.summary() } }

    /// Finds the ticket a person means by an id or any unique prefix of one; a duplicate
    /// merged into another leads to the one it was merged into (see `resolve`).
    public func ticket(matching typed: String) throws(LookupError) -> Ticket {
        try resolve(typed).ticket
    }

    /// The ticket an id or prefix names, followed through merges: the ticket it stands for
    /// now, and the duplicate named, when it was one.
    public func resolve(_ typed: String) throws(LookupError) -> (ticket: Ticket, duplicate: Ticket?) {
        let named = try ticket(named: typed)
        var current = named
        // A chain of merges ends: each merge goes into an open ticket, never into itself.
        for _ in 0..<64 {
            guard let next = current.mergedInto, let survivor = ticket(next) else { break }
            current = survivor
        }
        return (current, current.id == named.id ? nil : named)
    }

    /// The ticket an id or unique prefix names, itself (not followed through merges).
    public func ticket(named typed: String) throws(LookupError) -> Ticket {
        let wanted = Identifier.normalize(typed)
        guard !wanted.isEmpty else { throw .noTicket(typed) }
        if let exact = ticket(wanted) { return exact }
        var matches = liveOrder.map { liveTickets[$0].id }.filter { $0.hasPrefix(wanted) }
        if let base { matches += base.ids(startingWith: wanted, limit: 10) }
        guard let first = matches.first else { throw .noTicket(typed) }
        guard matches.count == 1 else { throw .ambiguousTicket(typed, candidates: Array(matches.sorted().prefix(10))) }
        guard let ticket = ticket(first) else { throw .noTicket(typed) }
        return ticket
    }

    // MARK: Idempotency keys

    /// The refund that first used the key with this identity (see `IdempotencyKey`).
    public func refundKey(_ identity: String) -> RefundKeyUse? {
        liveRefundKeys[identity] ?? base?.refundKey(identity)
    }

    /// The ids of the secrets under which a masked key was digested.
    public func maskedKeySecrets(_ stored: String) -> Set<String> {
        (liveMaskedKeySecrets[stored] ?? []).union(base?.maskedKeySecrets[stored] ?? [])
    }

    // MARK: Replay

    /// Whether an event id is on the desk already. A hash match against the base is taken
    /// for a match: a false one, about one in 10^13 at a million events, costs a fresh id
    /// (for a new event) or a full replay (for one in the log).
    public func containsEventID(_ id: String) -> Bool {
        if liveEventIDs.contains(id) { return true }
        if !collectedIDs.isEmpty,
            collectedIDs.withUnsafeBytes({ DeskSnapshot.contains(DeskSnapshot.hash(ofEventID: id), in: $0) })
        {
            return true
        }
        guard let baseEventIDs else { return false }
        return DeskSnapshot.contains(DeskSnapshot.hash(ofEventID: id), in: baseEventIDs.bytes)
    }

    /// For a replay of the whole log: applies the event, its id's hash (`idHash`, made by the
    /// decoding threads) kept rather than checked. A set of a million ids checked one by one
    /// was a third of the replay's one thread; `checkCollectedIDs` then sorts the hashes once.
    mutating func startCollectingIDs() { collectingIDs = true }

    mutating func applyCollectingID(_ event: Event, at offset: Int, idHash: UInt64) throws(ReplayError) {
        try apply(event, at: offset, checkingID: false)
        collectedIDs.append(idHash)
    }

    /// After `applyCollectingID`: false when two ids share a hash — then there may be a
    /// repeated id, and the caller replays again checking each (which names the line).
    mutating func checkCollectedIDs() -> Bool {
        collectingIDs = false
        collectedIDs = ParallelSort.sorted(collectedIDs)
        for index in collectedIDs.indices.dropFirst() where collectedIDs[index] == collectedIDs[index - 1] {
            return false
        }
        return true
    }

    var collectedIDHashes: [UInt64] { collectedIDs }

    /// Folds one event in; `offset` is where its line starts in the log. The only failures
    /// are what no state can be built from (an event for a ticket never opened, a ticket
    /// opened twice, an event id seen before); rules are never checked here. A failed event
    /// changes nothing.
    public mutating func apply(_ event: Event, at offset: Int) throws(ReplayError) {
        try apply(event, at: offset, checkingID: true)
    }

    private mutating func apply(_ event: Event, at offset: Int, checkingID: Bool) throws(ReplayError) {
        if checkingID {
            if baseEventIDs != nil || !collectedIDs.isEmpty, containsEventID(event.id) {
                throw .duplicateEventID(event.id)
            }
            // One hash on the usual path: insert now, take it back if the event is refused.
            guard liveEventIDs.insert(event.id) else { throw .duplicateEventID(event.id) }
        }
        let ticketPayload: (any TicketEventKind)?
        if case .ticket(let payload) = event.body { ticketPayload = payload } else { ticketPayload = nil }
        let opensTicket = ticketPayload.map { type(of: $0).opensTicket } ?? false
        let place: Int?
        do throws(ReplayError) {
            place = try check(event, opensTicket: opensTicket)
        } catch {
            if checkingID { liveEventIDs.remove(event.id) }
            throw error
        }
        switch event.body {
        case .faq(let change):
            change.apply(to: &faq, entry: event.ticket, at: event.at)
        case .desk(let change):
            change.apply(to: &settings)
        case .ticket:
            let index: Int
            if let place {
                index = place
            } else if opensTicket {
                index = liveTickets.count
                liveTickets.append(Ticket(id: event.ticket))
                liveIndex[event.ticket] = index
                liveOrder.append(index)
            } else {
                // First change since the base: the base's summary becomes live.
                guard let baseIndex = base?.index(of: event.ticket), let summary = base?.ticket(at: baseIndex) else {
                    throw .unknownTicket(event.ticket)
                }
                index = liveTickets.count
                liveTickets.append(summary)
                liveIndex[event.ticket] = index
                changedBaseTickets[baseIndex] = index
            }
            liveTickets[index].apply(ticketPayload!, by: event.by, at: event.at, eventID: event.id)
            liveTickets[index].eventOffsets.append(offset)
        }
        if let key = ticketPayload?.idempotencyKey {
            if refundKey(key.identity) == nil {
                liveRefundKeys[key.identity] = RefundKeyUse(ticket: event.ticket, eventID: event.id)
            }
            if let secret = key.secretID { liveMaskedKeySecrets[key.stored, default: []].insert(secret) }
        }
        eventCount += 1
    }

    /// What no state can be built from; checked before anything changes. The ticket's place
    /// among the live ones, when it is live.
    private func check(_ event: Event, opensTicket: Bool) throws(ReplayError) -> Int? {
        switch event.body {
        case .faq(let change):
            try faq.check(change, entry: event.ticket)
            return nil
        case .desk:
            return nil
        case .ticket:
            let place = liveIndex[event.ticket]
            let exists = place != nil || (base?.index(of: event.ticket) != nil)
            if opensTicket {
                if exists { throw .openedTwice(event.ticket) }
            } else if !exists {
                throw .unknownTicket(event.ticket)
            }
            return place
        }
    }

    // MARK: What a snapshot is written from

    /// The live tickets, the base's tickets not changed since, the keys and ids: see
    /// `Desk.snapshot(stamp:)`.
    var liveRefundKeyUses: [String: RefundKeyUse] { liveRefundKeys }
    var liveMaskedKeys: [String: Set<String>] { liveMaskedKeySecrets }
    var liveEventIDSet: EventIDSet { liveEventIDs }
}

/// Bytes of a mapped derived file, valid while the desk holds its snapshot.
struct MappedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}

public enum ReplayError: Error, Equatable, Sendable {
    case unknownTicket(String)
    case openedTwice(String)
    case duplicateEventID(String)
    case unknownFAQEntry(String)
    case faqEntryAddedTwice(String)
}
