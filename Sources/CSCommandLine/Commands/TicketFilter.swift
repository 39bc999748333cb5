import CSDomain

/// `cs list`'s filters, read from the invocation once and applied to each ticket.
struct TicketFilter {
    var statuses: Set<Status>
    /// The statuses as bits (by case order): checked for every ticket of the desk.
    private var statusMask = 0
    var priorities: Set<Priority>
    var categories: Set<Category>
    var channels: Set<Channel>
    var assignees: [String]
    var tiers: Set<Tier>
    var tags: [String]
    var customer: String?
    var since: Timestamp?
    var until: Timestamp?
    /// `--overdue`: whether a ticket's service-level clocks have run past a target.
    var overdue: ((TicketFacts) -> Bool)?
    /// `--conflicts`: only tickets with conflicts nobody has settled.
    var conflicts: Bool
    /// `--follow-ups`: only tickets with an open follow-up (due by `now`, for `due`).
    var followUps: FollowUpView?
    let now: Timestamp

    init(_ invocation: Invocation, now: Timestamp, zone: Zone, clocks: ServiceLevels) throws(Failure) {
        let chosen = try invocation[ListCommand.status]
        conflicts = invocation[ListCommand.conflicts]
        followUps = try invocation[ListCommand.followUps]
        self.now = now
        // A conflict can be on a closed ticket (a reply that came after the close), and a
        // follow-up is often on one (calling back after closing).
        let unchosen = conflicts || followUps != nil ? StatusGroup.all : StatusGroup.active
        statuses = chosen.isEmpty ? unchosen.statuses : chosen.reduce(into: []) { $0.formUnion($1) }
        statusMask = statuses.reduce(0) { $0 | 1 << Status.allCases.firstIndex(of: $1)! }
        priorities = Set(try invocation[ListCommand.priority])
        categories = Set(try invocation[ListCommand.category])
        channels = Set(try invocation[ListCommand.channel])
        assignees = try invocation[ListCommand.assignee]
        tiers = Set(try invocation[ListCommand.tier])
        tags = try invocation[ListCommand.tag]
        customer = try invocation[ListCommand.customer]?.lowercased()
        (since, until) = try TimeWindow.read(
            since: ListCommand.since, until: ListCommand.until, in: invocation, now: now, zone: zone)
        overdue = invocation[ListCommand.overdue] ? { clocks.isOverdue($0) } : nil
    }

    /// Lets these statuses through (as `--status` would).
    mutating func include(_ chosen: Set<Status>) {
        statuses = chosen
        statusMask = chosen.reduce(0) { $0 | 1 << Status.allCases.firstIndex(of: $1)! }
    }

    /// Whether the ticket passes every filter. The cheap tests come first and read only
    /// the view's fixed fields; names and tags are decoded only for tickets still in.
    func matches(_ ticket: TicketView) -> Bool {
        let fields = ticket.queueFields
        guard statusMask & (1 << fields.statusIndex) != 0 else { return false }
        if !priorities.isEmpty && !priorities.contains(ticket.priority) { return false }
        if !categories.isEmpty && !categories.contains(ticket.category) { return false }
        if !channels.isEmpty && !channels.contains(ticket.channel) { return false }
        if !tiers.isEmpty && !tiers.contains(ticket.tier) { return false }
        if conflicts && !ticket.hasOpenConflicts { return false }
        if let followUps {
            guard ticket.hasOpenFollowUps else { return false }
            if followUps == .due, ticket.summaryForListing()?.nextFollowUp.map({ $0.due <= now }) != true {
                return false
            }
        }
        if let since, fields.createdAt < since.secondsSince1970 { return false }
        if let until, fields.createdAt >= until.secondsSince1970 { return false }
        // Solved and closed tickets are done: nothing of theirs is overdue any more.
        if overdue != nil, QueueOrder.isDone(statusIndex: fields.statusIndex) {
            return false
        }
        if !assignees.isEmpty && !assignees.contains(where: { ticket.isAssigned(to: $0 == "none" ? nil : $0) }) {
            return false
        }
        if let overdue, ticket.facts().map(overdue) != true { return false }
        if tags.isEmpty && customer == nil { return true }
        guard let summary = ticket.summaryForListing() else { return false }

        if !tags.allSatisfy(summary.tags.contains) { return false }
        if let customer {
            let fields = [summary.customer.name, summary.customer.email ?? "", summary.customer.phone ?? ""]
            if !fields.contains(where: { $0.lowercased().contains(customer) }) { return false }
        }
        return true
    }
}

/// The orders `cs list --sort` offers. Every order ends in creation time then id, so
/// output never depends on dictionary order. Sorts small keys rather than tickets: a
/// ticket is a large value, and moving or copying 100,000 of them dominated `cs list`.
enum TicketOrder {
    /// What a ticket is ordered by, as plain numbers: moving 100,000 of these in a sort
    /// costs no reference counting. Names (`--sort customer`) rank them first, in `rank`.
    private struct Key {
        var primary: Int64
        var rank: Int
        var created: Int64
        var id: TicketView.IDKey
        var ticket: TicketView

        /// Whether this ticket comes before `other`.
        func precedes(_ other: Key) -> Bool {
            if primary != other.primary { return primary < other.primary }
            if rank != other.rank { return rank < other.rank }
            if created != other.created { return created < other.created }
            return id < other.id
        }
    }

    /// The tickets in order; only the first `limit` when given, found without sorting the
    /// rest or holding them (`cs list --limit 20` of a million tickets).
    /// `due`: seconds until a clock breaches (negative once breached), from `dueIn`.
    static func sorted(
        _ tickets: some Sequence<TicketView>, by field: SortField, limit: Int? = nil,
        dueIn: ((TicketView) -> Int64)? = nil
    ) -> [TicketView] {
        guard field == .customer else {
            return ranked(tickets.lazy.map { key($0, by: field, dueIn: dueIn) }, limit: limit).map(\.ticket)
        }
        // Customers' names are ranked once, so the sort itself compares numbers.
        let all = Array(tickets)
        let names = all.map { $0.facts(names: true)?.customer ?? "" }
        var ranks: [String: Int] = [:]
        for (rank, name) in Set(names).sorted().enumerated() { ranks[name] = rank }
        return ranked(zip(all, names).lazy.map { key($0, by: field, rank: ranks[$1]!) }, limit: limit).map(\.ticket)
    }

    /// The tickets `matches` lets through, in order. A desk of tens of thousands is filtered
    /// and ranked in a part on each core, the parts then merged (`cs list` of 100,000
    /// tickets); by customer or due time, which read each ticket's history, on this thread.
    static func sorted(
        _ tickets: TicketViews, matching matches: (TicketView) -> Bool, by field: SortField, limit: Int? = nil,
        dueIn: ((TicketView) -> Int64)? = nil
    ) -> [TicketView] {
        guard field != .customer, field != .due else {
            return sorted(tickets.lazy.filter(matches), by: field, limit: limit, dueIn: dueIn)
        }
        let parts = ParallelParts.map(tickets.count, minimum: 8192) { part in
            ranked(tickets[part].lazy.filter(matches).map { key($0, by: field) }, limit: limit)
        }
        return ParallelSort.merged(parts, limit: limit) { $0.precedes($1) }.map(\.ticket)
    }

    private static func key(
        _ ticket: TicketView, by field: SortField, rank: Int = 0, dueIn: ((TicketView) -> Int64)? = nil
    )
        -> Key
    {
        let fields = ticket.queueFields
        return Key(
            primary: field == .due ? (dueIn?(ticket) ?? Int64.max) : primary(fields, field), rank: rank,
            created: field == .id ? 0 : fields.createdAt, id: fields.idKey, ticket: ticket)
    }

    private static func ranked(_ keys: some Sequence<Key>, limit: Int?) -> [Key] {
        guard let limit else { return keys.sorted { $0.precedes($1) } }
        // The best `limit` so far in a heap whose top is the worst of them: most keys lose
        // to it at once, and each that wins costs a logarithm, whatever order they come in.
        var heap = BoundedHeap<Key>(limit: limit) { $0.precedes($1) }
        for key in keys { heap.offer(key) }
        return heap.sorted()
    }

    /// The first thing compared, smaller first.
    private static func primary(_ ticket: TicketView.QueueFields, _ field: SortField) -> Int64 {
        switch field {
        case .updated: return -ticket.updatedAt
        case .priority: return QueueOrder.urgency(priorityIndex: ticket.priorityIndex)
        case .status: return Int64(ticket.statusIndex)
        case .queue: return QueueOrder.rank(statusIndex: ticket.statusIndex, priorityIndex: ticket.priorityIndex)
        case .created, .id, .customer, .due: return 0  // decided by the later keys (or `dueIn`)
        }
    }
}
