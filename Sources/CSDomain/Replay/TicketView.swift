/// A ticket as lists see it: the fields a queue filters and sorts on, read where they lie —
/// a snapshot's fixed-size entry, or a live summary — without decoding the rest, which
/// `summary()` does for the tickets actually shown.
public struct TicketView: Sendable {
    enum Source: Sendable {
        indirect case live(Ticket)
        case base(Snapshot, Int)
    }

    /// The snapshot a view reads, held without counting a reference: a queue makes, filters
    /// and sorts 100,000 views, and counting a reference to one object on every copy was a
    /// quarter of `cs list --limit 20`. Sound because a snapshot that views are made of is
    /// kept for the life of the process (`DeskSnapshot.keepForever`, called by `Desk`).
    struct Snapshot: @unchecked Sendable {
        private let reference: Unmanaged<DeskSnapshot>

        init(_ snapshot: DeskSnapshot) { reference = .passUnretained(snapshot) }

        func read<Value>(_ body: (DeskSnapshot) -> Value) -> Value { reference._withUnsafeGuaranteedRef(body) }
    }

    let source: Source

    init(live ticket: Ticket) { source = .live(ticket) }
    init(base: Snapshot, index: Int) { source = .base(base, index) }

    private func byte(_ offset: Int) -> UInt8 {
        guard case .base(let snapshot, let index) = source else { return 0 }
        return snapshot.read { $0.entry(index)[offset] }
    }

    private func time(_ offset: Int) -> Int64 {
        guard case .base(let snapshot, let index) = source else { return 0 }
        return snapshot.read {
            Int64(littleEndian: $0.entry(index).loadUnaligned(fromByteOffset: offset, as: Int64.self))
        }
    }

    /// An id's first 16 bytes as two big-endian numbers: ids compare as these compare
    /// (cs's ids are 8 characters; none in a snapshot is longer than 16).
    public struct IDKey: Comparable, Sendable {
        var high: UInt64
        var low: UInt64

        public static func < (a: IDKey, b: IDKey) -> Bool { (a.high, a.low) < (b.high, b.low) }

        init(high: UInt64, low: UInt64) {
            self.high = high
            self.low = low
        }

        init(_ bytes: UnsafeRawBufferPointer) {
            var high: UInt64 = 0, low: UInt64 = 0
            for index in 0..<16 {
                let byte = UInt64(index < bytes.count ? bytes[index] : 0)
                if index < 8 { high = high << 8 | byte } else { low = low << 8 | byte }
            }
            self.high = high
            self.low = low
        }
    }

    public var idKey: IDKey {
        switch source {
        case .live(let ticket):
            return Array(ticket.id.utf8.prefix(16)).withUnsafeBytes { IDKey($0) }
        case .base:
            return queueFields.idKey
        }
    }

    public var id: String {
        switch source {
        case .live(let ticket): return ticket.id
        case .base(let snapshot, let index): return snapshot.read { $0.id(at: index) }
        }
    }

    /// The status's place among `Status.allCases`, read as the stored byte: what filters
    /// and sorts compare, without making the enum (which went through the cases' array, a
    /// reference counted on every read of 100,000 entries).
    public var statusIndex: Int {
        if case .live(let ticket) = source { return Status.allCases.firstIndex(of: ticket.status)! }
        return Int(byte(17))
    }

    /// The priority's place among `Priority.allCases` (see `statusIndex`).
    public var priorityIndex: Int {
        if case .live(let ticket) = source { return Priority.allCases.firstIndex(of: ticket.priority)! }
        return Int(byte(18))
    }

    public var status: Status {
        if case .live(let ticket) = source { return ticket.status }
        return TicketRecord.value(byte(17), as: Status.self) ?? .new
    }

    public var priority: Priority {
        if case .live(let ticket) = source { return ticket.priority }
        return TicketRecord.value(byte(18), as: Priority.self) ?? .normal
    }

    public var category: Category {
        if case .live(let ticket) = source { return ticket.category }
        return TicketRecord.value(byte(19), as: Category.self) ?? .other
    }

    public var channel: Channel {
        if case .live(let ticket) = source { return ticket.channel }
        return TicketRecord.value(byte(20), as: Channel.self) ?? .web
    }

    public var tier: Tier {
        if case .live(let ticket) = source { return ticket.tier }
        return TicketRecord.value(byte(21), as: Tier.self) ?? .l1
    }

    /// Whether the ticket has conflicts nobody has settled (`cs list --conflicts`).
    public var hasOpenConflicts: Bool {
        if case .live(let ticket) = source { return !ticket.openConflicts.isEmpty }
        return byte(22) > 0
    }

    /// Whether the ticket has a follow-up not yet done or cancelled (`cs list --follow-ups`).
    public var hasOpenFollowUps: Bool {
        if case .live(let ticket) = source { return ticket.followUps.contains(where: \.isOpen) }
        return byte(23) > 0
    }

    /// The fields every queue filters and sorts on, read in one call: a list of a million
    /// tickets reads them for each, and one call a field (across the module, the view copied
    /// each time) was most of `cs list --limit 20` at ten million events.
    public struct QueueFields: Sendable {
        public var statusIndex: Int
        public var priorityIndex: Int
        public var createdAt: Int64
        public var updatedAt: Int64
        public var idKey: IDKey
    }

    public var queueFields: QueueFields {
        switch source {
        case .live(let ticket):
            return QueueFields(
                statusIndex: statusIndex, priorityIndex: priorityIndex, createdAt: ticket.createdAt.secondsSince1970,
                updatedAt: ticket.updatedAt.secondsSince1970, idKey: idKey)
        case .base(let snapshot, let index):
            return snapshot.read { QueueFields(entry: $0.entry(index)) }
        }
    }

    public var createdAt: Timestamp {
        if case .live(let ticket) = source { return ticket.createdAt }
        return Timestamp(secondsSince1970: time(24))
    }

    public var updatedAt: Timestamp {
        if case .live(let ticket) = source { return ticket.updatedAt }
        return Timestamp(secondsSince1970: time(32))
    }

    public var firstResponseAt: Timestamp? {
        if case .live(let ticket) = source { return ticket.firstResponseAt }
        let value = time(40)
        return value == TicketRecord.noTime ? nil : Timestamp(secondsSince1970: value)
    }

    public var resolvedAt: Timestamp? {
        if case .live(let ticket) = source { return ticket.resolvedAt }
        let value = time(48)
        return value == TicketRecord.noTime ? nil : Timestamp(secondsSince1970: value)
    }

    /// Whether the ticket is assigned to `agent` (nil: to nobody), without decoding the name
    /// unless its hash matches.
    public func isAssigned(to agent: String?) -> Bool {
        switch source {
        case .live(let ticket): return ticket.assignee == agent
        case .base:
            guard UInt64(bitPattern: time(56)) == TicketRecord.assigneeHash(agent) else { return false }
            return agent == nil || summary()?.assignee == agent
        }
    }

    /// The whole summary; nil only when a snapshot's record is damaged (it was checked
    /// when loaded, so this is a bug or memory going bad).
    public func summary() -> Ticket? {
        switch source {
        case .live(let ticket): return ticket
        case .base(let snapshot, let index): return snapshot.read { $0.ticket(at: index) }
        }
    }

    /// What a listing shows of a ticket: the summary without its history or event offsets.
    public func summaryForListing() -> Ticket? {
        switch source {
        case .live(let ticket): return ticket
        case .base(let snapshot, let index): return snapshot.read { $0.ticket(at: index, depth: .listing) }
        }
    }

    /// What the clocks and figures read (`names`: also the assignee's and customer's).
    public func facts(names: Bool = false) -> TicketFacts? {
        switch source {
        case .live(let ticket): return ticket.facts
        case .base(let snapshot, let index): return snapshot.read { $0.facts(at: index, names: names) }
        }
    }
}

extension TicketView.QueueFields {
    /// Read from a snapshot's entry. Its id is padded with zeros to 16 bytes
    /// (`DeskSnapshot.entriesAreSound`), so it is read as two numbers. (In an extension, so the
    /// memberwise initialiser stays.)
    init(entry: UnsafeRawBufferPointer) {
        self.init(
            statusIndex: Int(entry[17]), priorityIndex: Int(entry[18]),
            createdAt: Int64(littleEndian: entry.loadUnaligned(fromByteOffset: 24, as: Int64.self)),
            updatedAt: Int64(littleEndian: entry.loadUnaligned(fromByteOffset: 32, as: Int64.self)),
            idKey: TicketView.IDKey(
                high: UInt64(bigEndian: entry.loadUnaligned(as: UInt64.self)),
                low: UInt64(bigEndian: entry.loadUnaligned(fromByteOffset: 8, as: UInt64.self))))
    }
}
