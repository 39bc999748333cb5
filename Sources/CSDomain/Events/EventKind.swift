/// The shape every event kind shares: its stable `type` word on disk and how its payload
/// decodes and encodes. What it belongs to, and how it changes that, comes from one of the
/// two refinements below. Applying never fails and checks no rule: replay must accept every
/// event the log holds (rules live in `Rules/`).
public protocol EventKind: Sendable {
    static var type: String { get }
    init(from fields: EventFields) throws(EventDecodingError)
    func encode(into writer: inout JSONWriter)
}

/// An event in a ticket's life; its envelope names the ticket in `"ticket"`.
public protocol TicketEventKind: EventKind {
    func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String)
    /// Whether the event starts a ticket (only `opened`). Asked of every event in replay:
    /// a requirement answers it without a dynamic cast.
    static var opensTicket: Bool { get }
    /// Who speaks in it (the customer's waits follow): asked of every event too.
    static var speaker: Speaker { get }
    /// The idempotency key the event uses up, if any (only `refunded`).
    var idempotencyKey: IdempotencyKey? { get }
    /// Whether a closed ticket refuses it: replay marks one that came anyway (a clone had
    /// not seen the close).
    static var refusedOnClosedTicket: Bool { get }
    /// The rule the event breaks when applied to `ticket` as it stands, if any: see
    /// `Conflict`. Never for what the writer's own rules refused; only the union of copies
    /// of the log can hold such an event.
    func conflict(with ticket: Ticket) -> Conflict.Rule?
}

/// Who speaks in a ticket event, for the customer's waits: the customer (a wait begins), an
/// agent's public reply (a wait ends), or neither.
public enum Speaker: Sendable {
    case none, customer, agent
}

extension TicketEventKind {
    public static var opensTicket: Bool { false }
    public static var speaker: Speaker { .none }
    public var idempotencyKey: IdempotencyKey? { nil }
    public static var refusedOnClosedTicket: Bool { false }
    public func conflict(with ticket: Ticket) -> Conflict.Rule? { ticket.closedConflict(Self.self) }
}

/// A change to the FAQ; its envelope names the entry in `"faq"`.
public protocol FAQEventKind: EventKind {
    func apply(to book: inout FAQBook, entry: String, at time: Timestamp)
}

/// A change to the desk's settings (service levels); its envelope names what it sets in
/// `"desk"` (`"sla"`).
public protocol DeskEventKind: EventKind {
    func apply(to settings: inout DeskSettings)
}

/// What a field's value should have been.
public enum JSONKind: Sendable {
    case string, wholeNumber, listOfStrings, object
}

/// What is wrong with an event line's content; the log reader adds the file and line.
public enum EventDecodingError: Error, Equatable, Sendable {
    case notAnObject
    case missingField(String)
    case wrongType(field: String, expected: JSONKind)
    case badValue(field: String, value: String)
    case unknownType(String)
    case unknownVersion(Int64)
    /// A value that is not valid JSON text (a string that is not UTF-8), found when read.
    case syntax(JSONSyntax)
}
