/// A change taken back (`cs undo`): `event` names the event undone, `undoes` its type, and
/// the fields that follow are what it puts back, worked out when the undo was decided:
/// `priority`, `status`, `assignee` ("" for nobody), `tier`, `added` and `removed` tags, a
/// follow-up to open again or to cancel. An undone note is marked retracted. Nothing is
/// removed from the log: the undone event stays, and this one follows it.
public struct Undone: TicketEventKind, Equatable {
    public static let type = "undone"

    public var event: String
    public var undoes: String
    public var priority: Priority?
    public var status: Status?
    public var assignee: String?
    public var tier: Tier?
    public var added: [String] = []
    public var removed: [String] = []
    public var reopenFollowUp: String?
    public var cancelFollowUp: String?
    /// With `status`: when it was resolved before the undone change (nil: not resolved).
    public var resolvedAt: Timestamp?
    /// The undone change reopened the ticket: that reopening no longer counts.
    public var unreopens = false

    public init(event: String, undoes: String) {
        self.event = event
        self.undoes = undoes
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        event = try fields.text("event")
        undoes = try fields.text("undoes")
        priority = try fields.optionalValue("priority", as: Priority.self)
        status = try fields.optionalValue("status", as: Status.self)
        assignee = try fields.optionalString("assignee")
        tier = try fields.optionalValue("tier", as: Tier.self)
        added = try fields.strings("added")
        removed = try fields.strings("removed")
        reopenFollowUp = try fields.optionalString("reopenFollowUp")
        cancelFollowUp = try fields.optionalString("cancelFollowUp")
        resolvedAt = try fields.optionalTimestamp("resolvedAt")
        unreopens = try fields.optionalString("unreopens") == "true"
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("event", event)
        writer.string("undoes", undoes)
        writer.stringIfPresent("priority", priority?.rawValue)
        writer.stringIfPresent("status", status?.rawValue)
        writer.stringIfPresent("assignee", assignee)
        writer.stringIfPresent("tier", tier?.rawValue)
        if !added.isEmpty { writer.strings("added", added) }
        if !removed.isEmpty { writer.strings("removed", removed) }
        writer.stringIfPresent("reopenFollowUp", reopenFollowUp)
        writer.stringIfPresent("cancelFollowUp", cancelFollowUp)
        writer.stringIfPresent("resolvedAt", resolvedAt?.rfc3339)
        if unreopens { writer.string("unreopens", "true") }
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        if let priority { ticket.priority = priority }
        if let status {
            ticket.status = status
            ticket.resolvedAt = status == .solved || status == .closed ? resolvedAt ?? ticket.resolvedAt ?? time : nil
        }
        if unreopens { ticket.history.reopenCount = max(0, ticket.history.reopenCount - 1) }
        if let assignee { ticket.assignee = assignee.isEmpty ? nil : assignee }
        if let tier { ticket.tier = tier }
        if !added.isEmpty || !removed.isEmpty {
            ticket.tags = Array(Set(ticket.tags).subtracting(removed).union(added)).sorted()
        }
        for index in ticket.followUps.indices {
            if ticket.followUps[index].id == reopenFollowUp { ticket.followUps[index].state = .open }
            if ticket.followUps[index].id == cancelFollowUp, ticket.followUps[index].isOpen {
                ticket.followUps[index].state = .cancelled(at: time, by: actor)
            }
        }
        for index in ticket.thread.indices where ticket.thread[index].eventID == event {
            ticket.thread[index].undoneBy = eventID
        }
        ticket.record(ThreadEntry(by: actor, at: time, content: .undone(type: undoes, event: event)))
    }
}
