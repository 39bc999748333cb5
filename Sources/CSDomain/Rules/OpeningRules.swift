/// What `cs open` asks for.
public struct OpenRequest: Sendable {
    public var subject: String
    public var customer: Customer
    public var category: Category
    public var channel: Channel
    public var priority: Priority
    public var tags: [String]
    public var body: String?
    public var payment: Payment?

    public init(subject: String, customer: Customer, category: Category = .other, channel: Channel = .web,
                priority: Priority = .normal, tags: [String] = [], body: String? = nil, payment: Payment? = nil) {
        self.subject = subject
        self.customer = customer
        self.category = category
        self.channel = channel
        self.priority = priority
        self.tags = tags
        self.body = body
        self.payment = payment
    }
}

extension Decider {
    public mutating func open(_ request: OpenRequest) throws(DomainError) -> Event {
        let id = try newTicketID()
        return event(id, TicketOpened(subject: request.subject, customer: request.customer, category: request.category,
                                      channel: request.channel, priority: request.priority, tags: request.tags,
                                      body: request.body, payment: request.payment))
    }
}
