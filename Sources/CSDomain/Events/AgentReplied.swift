/// A public answer from staff to the customer. The first one is the first response.
public struct AgentReplied: TicketEventKind, Equatable {
    public static let speaker = Speaker.agent
    public static let type = "replied"
    public static let refusedOnClosedTicket = true

    public var body: String
    /// The FAQ entry whose answer this reply sent, if any.
    public var faq: String?

    public init(body: String, faq: String? = nil) {
        self.body = body
        self.faq = faq
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        body = try fields.threadText("body")
        faq = try fields.optionalString("faq")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("body", body)
        writer.stringIfPresent("faq", faq)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        if ticket.firstResponseAt == nil { ticket.firstResponseAt = time }
        if ticket.status == .new { ticket.status = .open }
        if let faq, !ticket.faqsUsed.contains(faq) { ticket.faqsUsed.append(faq) }
        ticket.record(ThreadEntry(by: actor, at: time, content: .reply(body)))
    }
}
