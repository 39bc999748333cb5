/// What a queue shows of a ticket, a line of `cs list`: read from a snapshot's entry and
/// the first fields of its record, without building the ticket. A listing of 25,000
/// tickets used to build 25,000 summaries, refunds, conflicts and follow-ups included, to
/// print eight fields of each.
public struct QueueRow: Sendable {
    public var id: String
    public var status: Status
    public var priority: Priority
    public var category: Category
    public var createdAt: Timestamp
    public var assignee: String?
    public var customerName: String
    public var subject: String
    /// When the next open follow-up is due; read only when asked for (`cs list --follow-ups`).
    public var nextFollowUpDue: Timestamp?

    public init(_ ticket: Ticket) {
        id = ticket.id
        status = ticket.status
        priority = ticket.priority
        category = ticket.category
        createdAt = ticket.createdAt
        assignee = ticket.assignee
        customerName = ticket.customer.name
        subject = ticket.subject
        nextFollowUpDue = ticket.nextFollowUp?.due
    }

    init(head: TicketRecord.Head, assignee: String?, customerName: String, subject: String) {
        id = head.id
        status = head.status
        priority = head.priority
        category = head.category
        createdAt = Timestamp(secondsSince1970: head.created)
        self.assignee = assignee
        self.customerName = customerName
        self.subject = subject
    }
}

extension TicketView {
    /// The ticket's line in a queue; nil only when a snapshot's record is damaged.
    /// `withFollowUp`: also when its next follow-up is due (which decodes the summary).
    public func queueRow(withFollowUp: Bool = false) -> QueueRow? {
        switch source {
        case .live(let ticket): return QueueRow(ticket)
        case .base(let snapshot, let index):
            if withFollowUp { return snapshot.read { $0.ticket(at: index, depth: .listing) }.map(QueueRow.init) }
            return snapshot.read { $0.queueRow(at: index) }
        }
    }
}

extension TicketRecord {
    /// A ticket's queue line as the snapshot keeps it (section 10): subject, customer name,
    /// assignee.
    static func queueLine(_ ticket: Ticket) -> [UInt8] {
        var writer = BinaryWriter(capacity: 64)
        writer.string(ticket.subject)
        writer.string(ticket.customer.name)
        writer.optionalString(ticket.assignee)
        return writer.bytes
    }

    /// The queue's fields: the entry's, then the queue line's. Nil when either is damaged.
    static func queueRow(entry: UnsafeRawBufferPointer, line: UnsafeRawBufferPointer) -> QueueRow? {
        guard let head = Head(entry) else { return nil }
        var body = BinaryReader(line)
        guard let subject = body.string(), let name = body.string(), let assignee = body.optionalString(),
            body.remaining == 0
        else { return nil }
        return QueueRow(head: head, assignee: assignee, customerName: name, subject: subject)
    }
}

extension DeskSnapshot {
    /// The queue line of the ticket at `index`; nil when it is damaged.
    func queueRow(at index: Int) -> QueueRow? {
        queueLine(at: index).flatMap { TicketRecord.queueRow(entry: entry(index), line: $0) ?? malformedRead() }
    }
}
