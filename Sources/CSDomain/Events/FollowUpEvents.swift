/// A follow-up scheduled: `due` when to check back, with an optional note of what for.
public struct FollowUpScheduled: TicketEventKind, Equatable {
    public static let type = "follow-up-scheduled"

    public var due: Timestamp
    public var note: String?

    public init(due: Timestamp, note: String?) {
        self.due = due
        self.note = note
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        due = try fields.timestamp("due")
        note = try fields.optionalString("note")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("due", due.rfc3339)
        writer.stringIfPresent("note", note)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.followUps.append(FollowUp(id: eventID, due: due, note: note, by: actor, scheduledAt: time))
        ticket.record(ThreadEntry(by: actor, at: time, content: .followUp(due: due, note: note)))
    }
}

/// A follow-up done (the customer was called back), or cancelled: `followUp` names it by
/// the event that scheduled it. One already done or cancelled stays as it was (two clones
/// may both mark it).
public struct FollowUpClosed: TicketEventKind, Equatable {
    public enum Outcome: String, Sendable {
        case done, cancelled
    }

    public static let type = "follow-up-closed"

    public var followUp: String
    public var outcome: Outcome

    public init(followUp: String, outcome: Outcome) {
        self.followUp = followUp
        self.outcome = outcome
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        followUp = try fields.text("followUp")
        outcome = try fields.value("outcome", as: Outcome.self)
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("followUp", followUp)
        writer.string("outcome", outcome.rawValue)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        guard let index = ticket.followUps.firstIndex(where: { $0.id == followUp }) else { return }
        let due = ticket.followUps[index].due
        if ticket.followUps[index].isOpen {
            ticket.followUps[index].state =
                outcome == .done ? .done(at: time, by: actor) : .cancelled(at: time, by: actor)
        }
        ticket.record(ThreadEntry(by: actor, at: time, content: .followUpClosed(due: due, outcome: outcome)))
    }
}
