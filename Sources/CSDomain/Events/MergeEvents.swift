/// A duplicate merged into another ticket (`cs merge`): it is closed, and its id leads to
/// the survivor from now on.
public struct TicketMerged: TicketEventKind, Equatable {
    public static let type = "merged"

    public var into: String
    public var reason: String

    public init(into: String, reason: String) {
        self.into = into
        self.reason = reason
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        into = try fields.text("into")
        reason = try fields.text("reason")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("into", into)
        writer.string("reason", reason)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.status = .closed
        if ticket.resolvedAt == nil { ticket.resolvedAt = time }
        ticket.mergedInto = into
        ticket.record(ThreadEntry(by: actor, at: time, content: .merged(into: into, reason: reason)))
    }
}

/// The survivor's side of a merge: what it takes on from the duplicate `from`, as the
/// duplicate stood then: its tags, its payment (when the survivor had none; the same payment
/// counts once) and what was refunded against it, so the refund limit counts both tickets.
public struct TicketAbsorbed: TicketEventKind, Equatable {
    public static let type = "absorbed"

    public var from: String
    public var tags: [String]
    public var payment: Payment?
    /// The duplicate's counted refunds, in minor units of the payment's currency.
    public var refunded: Int64

    public init(from: String, tags: [String], payment: Payment?, refunded: Int64) {
        self.from = from
        self.tags = tags
        self.payment = payment
        self.refunded = refunded
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        from = try fields.text("from")
        tags = try fields.strings("tags")
        payment = try Payment.nested(in: fields)
        refunded = try fields.optionalInt("refunded") ?? 0
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("from", from)
        if !tags.isEmpty { writer.strings("tags", tags) }
        Payment.encodeNested(payment, into: &writer)
        if refunded != 0 { writer.int("refunded", refunded) }
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        if !ticket.mergedFrom.contains(from) { ticket.mergedFrom.append(from) }
        ticket.tags = Array(Set(ticket.tags).union(tags)).sorted()
        if ticket.payment == nil { ticket.payment = payment }
        ticket.absorbedRefunds += refunded
        ticket.record(ThreadEntry(by: actor, at: time, content: .absorbed(from: from)))
    }
}
