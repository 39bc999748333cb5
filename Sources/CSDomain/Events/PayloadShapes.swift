/// Two payloads several events share, read and written once: a reason that may be left
/// out (`closed`, `reopened`), and a thread text (`noted`, `received`). The event says what
/// it means by its `apply`; the field's rules live here.
public protocol ReasonPayload: TicketEventKind {
    var reason: String? { get }
    init(reason: String?)
}

extension ReasonPayload {
    public init(from fields: EventFields) throws(EventDecodingError) {
        self.init(reason: try fields.optionalString("reason"))
    }

    public func encode(into writer: inout JSONWriter) {
        writer.stringIfPresent("reason", reason)
    }
}

public protocol BodyPayload: TicketEventKind {
    var body: String { get }
    init(body: String)
}

extension BodyPayload {
    public init(from fields: EventFields) throws(EventDecodingError) {
        self.init(body: try fields.threadText("body"))
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("body", body)
    }
}
