/// What the service-level clocks and the desk's figures need of a ticket's past, kept as it
/// is replayed (a few numbers and a short list, not its events): when its status or priority
/// changed, when it was first resolved, how often it was reopened, and how long the customer
/// waited for each answer.
public struct TicketHistory: Equatable, Sendable {
    /// From `at` on, the ticket had this status and priority. The first is its opening.
    public struct Change: Equatable, Sendable {
        public var at: Timestamp
        public var status: Status
        public var priority: Priority

        public init(at: Timestamp, status: Status, priority: Priority) {
            self.at = at
            self.status = status
            self.priority = priority
        }
    }

    public var changes: [Change] = []
    /// When it was first solved or closed (reopening does not clear it).
    public var firstResolvedAt: Timestamp?
    /// How often it went from solved or closed back to work.
    public var reopenCount = 0
    /// Seconds from each customer message (the opening counts) to the agent reply that
    /// answered it; messages before one reply count from the first of them.
    public var waits: [Int64] = []
    /// The first customer message no agent has answered yet.
    public var waitingSince: Timestamp?

    public init() {}

    static func isResolved(_ status: Status) -> Bool { status == .solved || status == .closed }

    /// Folds in one event, given the ticket's status and priority before and after it
    /// (`before` is nil for the opening).
    mutating func follow(
        _ payload: any TicketEventKind, before: (status: Status, priority: Priority)?,
        after: (status: Status, priority: Priority), at time: Timestamp
    ) {
        guard let before else {
            changes = [Change(at: time, status: after.status, priority: after.priority)]
            waitingSince = time
            return
        }
        if before.status != after.status || before.priority != after.priority {
            changes.append(Change(at: time, status: after.status, priority: after.priority))
        }
        if Self.isResolved(after.status) && !Self.isResolved(before.status) && firstResolvedAt == nil {
            firstResolvedAt = time
        }
        if Self.isResolved(before.status) && !Self.isResolved(after.status) { reopenCount += 1 }
        switch type(of: payload).speaker {
        case .customer:
            if waitingSince == nil { waitingSince = time }
        case .agent:
            if let since = waitingSince {
                waits.append(max(0, time.secondsSince1970 - since.secondsSince1970))
                waitingSince = nil
            }
        case .none:
            break
        }
    }
}

/// An event named by what people see of it: its id, type, time and author.
public struct EventReference: Equatable, Sendable {
    public var id: String
    public var type: String
    public var at: Timestamp
    public var by: String

    public init(id: String, type: String, at: Timestamp, by: String) {
        self.id = id
        self.type = type
        self.at = at
        self.by = by
    }
}
