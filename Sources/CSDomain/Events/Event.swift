/// One line of the log: the envelope every event shares plus its kind's payload.
///
///     {"v":1,"id":"…","type":"replied","ticket":"K7M2XQ9P","at":"2026-11-23T09:30:00Z","by":"park",…}
public struct Event: Sendable {
    /// The on-disk format version written by this build. Readers refuse newer ones.
    public static let formatVersion: Int64 = 1

    public var id: String
    public var ticket: String
    public var at: Timestamp
    public var by: String
    public var payload: any EventKind

    public init(id: String, ticket: String, at: Timestamp, by: String, payload: any EventKind) {
        self.id = id
        self.ticket = ticket
        self.at = at
        self.by = by
        self.payload = payload
    }

    public var type: String { Swift.type(of: payload).type }

    /// Every event kind this build reads, by its `type` word.
    public static let kinds: [String: any EventKind.Type] = {
        let all: [any EventKind.Type] = [
            TicketOpened.self, AgentReplied.self, CustomerMessageReceived.self, NoteAdded.self,
            TicketAssigned.self, TicketEscalated.self, PriorityChanged.self, TagsChanged.self,
            StatusChanged.self, TicketClosed.self, TicketReopened.self, PaymentRecorded.self,
            RefundIssued.self, TicketRated.self,
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.type, $0) })
    }()

    public init(decoding object: JSONObject) throws(EventDecodingError) {
        let fields = EventFields(object)
        let version = try fields.int("v")
        guard version == Event.formatVersion else { throw .unknownVersion(version) }
        let type = try fields.string("type")
        guard let kind = Event.kinds[type] else { throw .unknownType(type) }
        id = try fields.text("id")
        ticket = try fields.text("ticket")
        let atText = try fields.string("at")
        guard let time = Timestamp(rfc3339: atText) else { throw .badValue(field: "at", value: atText) }
        at = time
        by = try fields.text("by")
        payload = try kind.init(from: fields)
    }

    /// The event as one JSON line, without the trailing newline.
    public func encoded() -> JSONWriter {
        var writer = JSONWriter()
        writer.beginObject()
        writer.int("v", Event.formatVersion)
        writer.string("id", id)
        writer.string("type", type)
        writer.string("ticket", ticket)
        writer.string("at", at.rfc3339)
        writer.string("by", by)
        payload.encode(into: &writer)
        writer.endObject()
        return writer
    }

    public func apply(to ticket: inout Ticket) {
        payload.apply(to: &ticket, by: by, at: at, eventID: id)
        ticket.updatedAt = at
    }
}
