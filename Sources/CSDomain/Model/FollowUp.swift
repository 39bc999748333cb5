/// A check-back scheduled on a ticket (후속 관리): call the customer after a fix, or again
/// after a dropped call. Named by the event that scheduled it.
public struct FollowUp: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        case open
        case done(at: Timestamp, by: String)
        case cancelled(at: Timestamp, by: String)
    }

    public var id: String
    public var due: Timestamp
    public var note: String?
    public var by: String
    public var scheduledAt: Timestamp
    public var state: State

    public init(
        id: String, due: Timestamp, note: String?, by: String, scheduledAt: Timestamp, state: State = .open
    ) {
        self.id = id
        self.due = due
        self.note = note
        self.by = by
        self.scheduledAt = scheduledAt
        self.state = state
    }

    public var isOpen: Bool { state == .open }
}

extension Ticket {
    /// The open follow-up due first, if any: what `--done` and `--cancel` act on.
    public var nextFollowUp: FollowUp? {
        followUps.filter(\.isOpen).min { ($0.due, $0.id) < ($1.due, $1.id) }
    }
}
