/// A ticket's service-level clocks, read from its history at a moment:
///
/// - first response runs from the opening until the first agent reply;
/// - resolution runs from the opening while the ticket is new or open, is paused while it is
///   pending (waiting on the customer), stops while it is solved or closed, and runs again
///   when it is reopened;
/// - both count only business time (`BusinessCalendar`), and each moment is held to the
///   target of the ticket's priority at that moment: a priority change takes the new
///   target from then on, counted against the time already elapsed.
public struct ServiceLevelClock: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case firstResponse, resolution
    }

    /// What the clock was doing over a stretch of the ticket's life.
    public enum State: String, Sendable {
        case counting, paused, stopped
    }

    /// A stretch of the ticket's life and what the clock did in it; `startedBy` is the
    /// history change that began it (the opening, a status or priority change, a reply).
    public struct Interval: Equatable, Sendable {
        public var from: Timestamp
        public var to: Timestamp
        public var state: State
        /// Business seconds counted in it (none unless counting).
        public var countedSeconds: Int64
        public var priority: Priority
        /// The index in `TicketHistory.changes` of the change that began it; nil when it
        /// began with the first agent reply, which stops the first-response clock.
        public var startedBy: Int?
    }

    public var kind: Kind
    /// The target of the current priority (seconds of counted time).
    public var targetSeconds: Int64
    public var elapsedSeconds: Int64
    /// Wall-clock seconds spent paused (pending).
    public var pausedSeconds: Int64
    /// When the clock is (or was) due: nil while paused or once stopped within its target.
    public var dueAt: Timestamp?
    /// When it went past its target, if it did.
    public var breachedAt: Timestamp?
    /// When it last stopped (the first reply; the latest resolution), if it is stopped now.
    public var stoppedAt: Timestamp?
    public var intervals: [Interval]
    /// The latest stretch (also when `intervals` is not kept: figures need only the end).
    private(set) var latest: Interval?
    private var keepsIntervals = true

    public var breached: Bool { breachedAt != nil }
    /// Still running (counting or paused) at the moment it was read.
    public var isRunning: Bool { stoppedAt == nil }

    /// Both clocks of a ticket at `now`.
    /// `keepingIntervals: false` keeps only the standing (what figures over many tickets need).
    public static func clocks(
        of ticket: TicketFacts, policy: ServiceLevelPolicy, calendar: BusinessCalendar, now: Timestamp,
        keepingIntervals: Bool = true
    ) -> [ServiceLevelClock] {
        Kind.allCases.map {
            clock($0, of: ticket, policy: policy, calendar: calendar, now: now, keepingIntervals: keepingIntervals)
        }
    }

    public static func clock(
        _ kind: Kind, of ticket: TicketFacts, policy: ServiceLevelPolicy, calendar: BusinessCalendar, now: Timestamp,
        keepingIntervals: Bool = true
    ) -> ServiceLevelClock {
        var changes =
            ticket.history.changes.isEmpty
            ? [TicketHistory.Change(at: ticket.createdAt, status: ticket.status, priority: ticket.priority)]
            : ticket.history.changes
        // In log order, which is time order unless a log was written with a clock set back.
        if !zip(changes, changes.dropFirst()).allSatisfy({ $0.at <= $1.at }) {
            changes = changes.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(
                \.element)
        }
        func target(_ priority: Priority) -> Int64 {
            kind == .firstResponse ? policy.target(priority).firstResponse : policy.target(priority).resolution
        }
        // The stretches between changes (and, for first response, the first reply, after the
        // changes at the same moment), up to now — read in place, with nothing allocated.
        let reply = kind == .firstResponse ? ticket.firstResponseAt : nil
        let replyPlace = reply.map { reply in changes.firstIndex { $0.at > reply } ?? changes.count }
        let boundCount = changes.count + (reply == nil ? 0 : 1)
        func boundAt(_ index: Int) -> (at: Timestamp, change: Int?) {
            guard let replyPlace, let reply else { return (changes[index].at, index) }
            if index < replyPlace { return (changes[index].at, index) }
            return index == replyPlace ? (reply, nil) : (changes[index - 1].at, index - 1)
        }

        var clock = ServiceLevelClock(
            kind: kind, targetSeconds: target(changes.last!.priority), elapsedSeconds: 0, pausedSeconds: 0, dueAt: nil,
            breachedAt: nil, stoppedAt: nil, intervals: [], latest: nil, keepsIntervals: keepingIntervals)
        var state = (status: changes[0].status, priority: changes[0].priority)
        for index in 0..<boundCount {
            let bound = boundAt(index)
            guard bound.at <= now else { continue }
            if let change = bound.change { state = (changes[change].status, changes[change].priority) }
            // After the first reply the first-response clock has nothing more to say.
            if kind == .firstResponse, clock.latest?.state == .stopped { break }
            var end = min(now, index + 1 < boundCount ? boundAt(index + 1).at : now)
            let running: State
            if kind == .firstResponse {
                running = reply.map { bound.at >= $0 } == true ? .stopped : .counting
                if running == .stopped { end = max(bound.at, now) }
            } else {
                switch state.status {
                case .new, .open: running = .counting
                case .pending: running = .paused
                case .solved, .closed: running = .stopped
                }
            }
            clock.follow(
                running, from: bound.at, to: end, priority: state.priority, target: target(state.priority),
                startedBy: bound.change, calendar: calendar)
        }
        if let last = clock.latest, last.state == .stopped { clock.stoppedAt = last.from }
        clock.targetSeconds = target(state.priority)
        if clock.breachedAt == nil, clock.latest?.state == .counting {
            clock.dueAt = calendar.moment(after: clock.targetSeconds - clock.elapsedSeconds, from: now)
        } else if clock.breachedAt != nil {
            clock.dueAt = clock.breachedAt
        }
        return clock
    }

    /// Adds a stretch, merging it into the last one when nothing but the bound changed.
    private mutating func follow(
        _ state: State, from: Timestamp, to: Timestamp, priority: Priority, target: Int64, startedBy: Int?,
        calendar: BusinessCalendar
    ) {
        var counted: Int64 = 0
        switch state {
        case .counting:
            counted = calendar.counted(from: from, to: to)
            if breachedAt == nil, elapsedSeconds + counted > target {
                // Past the target somewhere in this stretch (or at its start, when a new
                // target is already behind the time elapsed).
                breachedAt = calendar.moment(after: max(0, target - elapsedSeconds), from: from)
            }
            elapsedSeconds += counted
        case .paused:
            pausedSeconds += max(0, to.secondsSince1970 - from.secondsSince1970)
        case .stopped:
            break
        }
        // A change at the same moment as the one before begins nothing of its own.
        if from == to, state != .stopped, let last = latest, last.to == from { return }
        if var last = latest, last.state == state, last.priority == priority, last.to == from {
            last.to = to
            last.countedSeconds += counted
            latest = last
            if keepsIntervals { intervals[intervals.count - 1] = last }
        } else {
            let interval = Interval(
                from: from, to: to, state: state, countedSeconds: counted, priority: priority, startedBy: startedBy)
            latest = interval
            if keepsIntervals { intervals.append(interval) }
        }
    }
}
