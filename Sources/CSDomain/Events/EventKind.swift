/// The shape every event kind shares: its stable `type` word on disk, how its payload
/// decodes and encodes, and how it changes a ticket. `apply` never fails and checks no
/// rule: replay must accept every event the log holds (rules live in `Rules/`).
public protocol EventKind: Sendable {
    static var type: String { get }
    init(from fields: EventFields) throws(EventDecodingError)
    func encode(into writer: inout JSONWriter)
    func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String)
}

/// What is wrong with an event line's content; the log reader adds the file and line.
public enum EventDecodingError: Error, Equatable, Sendable {
    case notAnObject
    case missingField(String)
    case wrongType(field: String, expected: String)
    case badValue(field: String, value: String)
    case unknownType(String)
    case unknownVersion(Int64)
}
