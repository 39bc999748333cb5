/// One line of the log: the envelope every event shares plus its kind's payload.
///
///     {"v":1,"id":"…","type":"replied","ticket":"K7M2XQ9P","at":"2026-11-23T09:30:00Z","by":"park",…,"sum":"…"}
///
/// Ticket events name their ticket in `"ticket"`; FAQ events name their entry in `"faq"`;
/// settings events name what they set in `"desk"`.
public struct Event: Sendable {
    public enum Payload: Sendable {
        case ticket(any TicketEventKind)
        case faq(any FAQEventKind)
        case desk(any DeskEventKind)
    }

    /// The on-disk format version written by this build: 2, whose lines' sums chain. Version-1
    /// lines (sums of their own) are still read. Readers refuse newer versions.
    public static let formatVersion: Int64 = 2
    public static let readableVersions: ClosedRange<Int64> = 1...formatVersion

    public var id: String
    /// The ticket's id; for an FAQ event the entry's id; for a settings event what it sets.
    public var ticket: String
    public var at: Timestamp
    public var by: String
    /// For a ticket event: the ticket's last event when it was written (none for the
    /// opening, or from a build before links). Copies of the log merge by these links, so a
    /// ticket's events keep the order they were written in whatever the clocks said.
    public var after: String?
    public var body: Payload

    public init(
        id: String, ticket: String, at: Timestamp, by: String, after: String? = nil, payload: any TicketEventKind
    ) {
        self.init(id: id, subject: ticket, at: at, by: by, body: .ticket(payload))
        self.after = after
    }

    public init(id: String, faq: String, at: Timestamp, by: String, payload: any FAQEventKind) {
        self.init(id: id, subject: faq, at: at, by: by, body: .faq(payload))
    }

    /// A change to the desk's service-level settings.
    public init(id: String, settings: String, at: Timestamp, by: String, payload: any DeskEventKind) {
        self.init(id: id, subject: settings, at: at, by: by, body: .desk(payload))
    }

    private init(id: String, subject: String, at: Timestamp, by: String, body: Payload) {
        self.id = id
        self.ticket = subject
        self.at = at
        self.by = by
        self.body = body
    }

    public var payload: any EventKind {
        switch body {
        case .ticket(let payload): return payload
        case .faq(let payload): return payload
        case .desk(let payload): return payload
        }
    }

    /// The envelope's field naming the event's subject.
    var subjectField: String {
        switch body {
        case .ticket: return "ticket"
        case .faq: return "faq"
        case .desk: return "desk"
        }
    }

    public var isTicket: Bool {
        if case .ticket = body { return true }
        return false
    }

    public var isFAQ: Bool {
        if case .faq = body { return true }
        return false
    }

    public var type: String { Swift.type(of: payload).type }

    private enum Kind {
        case ticket(any TicketEventKind.Type)
        case faq(any FAQEventKind.Type)
        case desk(any DeskEventKind.Type)
    }

    /// Every ticket event kind this build reads, in the order a ticket's life meets them:
    /// the one list the decoder, `cs help log-format` and docs/log-format.md's test read.
    private static let ticketKinds: [any TicketEventKind.Type] = [
        TicketOpened.self, AgentReplied.self, CustomerMessageReceived.self, NoteAdded.self,
        TicketAssigned.self, TicketEscalated.self, PriorityChanged.self, TagsChanged.self,
        StatusChanged.self, TicketClosed.self, TicketReopened.self, PaymentRecorded.self,
        RefundIssued.self, TicketRated.self, FollowUpScheduled.self, FollowUpClosed.self, TicketMerged.self,
        TicketAbsorbed.self, Undone.self,
        ConflictsSettled.self,
    ]
    private static let faqKinds: [any FAQEventKind.Type] = [
        FAQEntryAdded.self, FAQEntryEdited.self, FAQEntryRemoved.self,
    ]
    private static let deskKinds: [any DeskEventKind.Type] = [SLAPolicySet.self, SLAHoursSet.self]

    /// Every event kind this build reads, by its `type` word.
    private static let kinds: [String: Kind] = Dictionary(
        uniqueKeysWithValues: ticketKinds.map { ($0.type, Kind.ticket($0)) } + faqKinds.map { ($0.type, Kind.faq($0)) }
            + deskKinds.map { ($0.type, Kind.desk($0)) })

    /// The `type` words of ticket events, in order.
    public static let ticketTypeNames: [String] = ticketKinds.map { $0.type }
    /// The `type` words of FAQ events, in order.
    public static let faqTypeNames: [String] = faqKinds.map { $0.type }
    /// The `type` words of settings events, in order.
    public static let deskTypeNames: [String] = deskKinds.map { $0.type }
    public static var typeNames: [String] { ticketTypeNames + faqTypeNames + deskTypeNames }

    public init(decoding object: JSONObject) throws(EventDecodingError) {
        try self.init(decoding: EventFields(object))
    }

    init(decoding fields: EventFields) throws(EventDecodingError) {
        let version = try fields.int("v")
        guard Event.readableVersions.contains(version) else { throw .unknownVersion(version) }
        let type = try fields.string("type")
        guard let kind = Event.kinds[type] else { throw .unknownType(type) }
        id = try fields.text("id")
        let atText = try fields.string("at")
        guard let time = Timestamp(rfc3339: atText) else { throw .badValue(field: "at", value: atText) }
        at = time
        by = try fields.text("by")
        switch kind {
        case .ticket(let kind):
            ticket = try fields.text("ticket")
            after = try fields.optionalString("after")
            body = .ticket(try kind.init(from: fields))
        case .faq(let kind):
            ticket = try fields.text("faq")
            body = .faq(try kind.init(from: fields))
        case .desk(let kind):
            ticket = try fields.text("desk")
            body = .desk(try kind.init(from: fields))
        }
    }

    /// The event as one JSON line, without the trailing newline; `masking`: with card and
    /// resident registration numbers masked in every string (how events reach the log).
    public func encoded(masking: Bool = false) -> JSONWriter {
        var writer = JSONWriter()
        writer.masksSensitiveData = masking
        writer.beginObject()
        writer.int("v", Event.formatVersion)
        writer.string("id", id)
        writer.string("type", type)
        writer.string(subjectField, ticket)
        writer.string("at", at.rfc3339)
        writer.string("by", by)
        writer.stringIfPresent("after", after)
        payload.encode(into: &writer)
        writer.endObject()
        return writer
    }

    /// Applies a ticket event to its ticket (an FAQ event changes no ticket).
    public func apply(to ticket: inout Ticket) {
        guard case .ticket(let payload) = body else { return }
        ticket.apply(payload, by: by, at: at, eventID: id)
    }
}
