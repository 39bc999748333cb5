/// A customer's problem enters the desk. Carries everything the ticket starts with.
public struct TicketOpened: TicketEventKind, Equatable {
    public static let type = "opened"
    public static let opensTicket = true

    public var subject: String
    public var customer: Customer
    public var category: Category
    public var channel: Channel
    public var priority: Priority
    public var tags: [String]
    public var body: String?
    public var payment: Payment?
    /// For a ticket brought in by `cs import`: what names its row (the file's external id, or
    /// a digest of the row), so importing the file again opens it once.
    public var importKey: String?
    /// Starts the import key of a row without an id of its own: a digest of what it says.
    public static let rowKeyPrefix = "row:"

    /// What `cs open` asks for is this event: a new ticket field is one field here.
    public init(
        subject: String, customer: Customer, category: Category = .other, channel: Channel = .web,
        priority: Priority = .normal, tags: [String] = [], body: String? = nil, payment: Payment? = nil
    ) {
        self.subject = subject
        self.customer = customer
        self.category = category
        self.channel = channel
        self.priority = priority
        self.tags = tags
        self.body = body
        self.payment = payment
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        subject = try fields.text("subject")
        let customerFields = try fields.object("customer")
        customer = Customer(
            name: try customerFields.text("name"), email: try customerFields.optionalString("email"),
            phone: try customerFields.optionalString("phone"))
        category = try fields.value("category", as: Category.self)
        channel = try fields.value("channel", as: Channel.self)
        priority = try fields.value("priority", as: Priority.self)
        tags = try fields.strings("tags")
        body = try fields.optionalThreadText("body")
        payment = try Payment.nested(in: fields)
        importKey = try fields.optionalString("importKey")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("subject", subject)
        writer.key("customer")
        writer.beginObject()
        writer.string("name", customer.name)
        writer.stringIfPresent("email", customer.email)
        writer.stringIfPresent("phone", customer.phone)
        writer.endObject()
        writer.string("category", category.rawValue)
        writer.string("channel", channel.rawValue)
        writer.string("priority", priority.rawValue)
        if !tags.isEmpty { writer.strings("tags", tags) }
        writer.stringIfPresent("body", body)
        Payment.encodeNested(payment, into: &writer)
        // A row's digest is written as it is: masked, its digits taken for a card number, it no
        // longer matched the same row imported again. An id the file gave is masked as any text.
        if let importKey, importKey.hasPrefix(Self.rowKeyPrefix) {
            writer.digest("importKey", importKey)
        } else {
            writer.stringIfPresent("importKey", importKey)
        }
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.subject = subject
        ticket.customer = customer
        ticket.category = category
        ticket.channel = channel
        ticket.priority = priority
        ticket.tags = tags.isEmpty ? [] : Set(tags).sorted()
        ticket.status = .new
        ticket.createdAt = time
        ticket.payment = payment
        ticket.openedBy = actor
        ticket.importKey = importKey
        // The opening text is the customer's first message, whoever typed it in.
        ticket.record(ThreadEntry(by: customer.name, at: time, content: .message(body ?? subject)))
    }
}
