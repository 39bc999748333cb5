import CSDomain

/// `--status` words beyond the statuses themselves.
enum StatusGroup: String, CaseIterable {
    /// Everything but closed: the default.
    case active
    case all

    var statuses: Set<Status> {
        switch self {
        case .active: return Set(Status.allCases.filter { $0 != .closed })
        case .all: return Set(Status.allCases)
        }
    }
}

/// Which tickets `cs list --follow-ups` shows: those whose follow-up is due now, or all
/// with one open.
enum FollowUpView: String, ChoiceWord {
    case due, all
}

/// The orders `cs list --sort` offers.
enum SortField: String, ChoiceWord {
    case queue, created, updated, priority, status, id, customer
    /// Time left before a service-level breach, the most overdue first.
    case due
}

enum ListCommand: Command {
    static let status = Option<Set<Status>>(
        "status", "STATUS", kind: .choice(Status.allCases.map(\.rawValue) + StatusGroup.allCases.map(\.rawValue)),
        help: .listStatus
    ) { word, name throws(UsageError) in
        if let status = Status(rawValue: word) { return [status] }
        if let group = StatusGroup(rawValue: word) { return group.statuses }
        throw .invalidChoice(option: name, value: word, allowed: Status.allCases.map(\.rawValue))
    }.repeated
    static let priority = Option<Priority>.choice("priority", help: .listPriority).repeated
    static let category = Option<Category>.choice("category", help: .listCategory).repeated
    static let channel = Option<Channel>.choice("channel", help: .listChannel).repeated
    static let assignee = Option.text("assignee", "AGENT", kind: .agent, help: .listAssignee).repeated
    static let tier = Option<Tier>.choice("tier", "TIER", help: .listTier).repeated
    static let tag = Option.tag("tag", help: .listTag).repeated
    static let customer = Option.text("customer", "TEXT", help: .listCustomer)
    static let since = Option.time("since", help: .listSince)
    static let until = Option.time("until", help: .listUntil)
    static let overdue = Flag("overdue", help: .listOverdue)
    static let conflicts = Flag("conflicts", help: .listConflicts)
    static let followUps = Option<FollowUpView>.choice("follow-ups", "[WHICH]", help: .listFollowUps).implying("due")
    static let sort = Option<SortField>.choice("sort", "FIELD", help: .listSort)
    static let reverse = Flag("reverse", help: .listReverse)
    static let limit = Option.count("limit", help: .listLimit)
    static let plain = Flag("plain", help: .listPlain)

    static let path = ["list"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .listAbstract, discussion: .listDiscussion,
        options: [
            status, priority, category, channel, assignee, tier, tag, customer, since, until, overdue, conflicts,
            followUps, sort, reverse, limit, plain, Common.asOf,
        ],
        examples: [
            "cs list", "cs list --priority urgent --priority high --assignee none",
            "cs list --status all --category refund --since 7d --json", "cs list --conflicts",
            "cs list --follow-ups all",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let view = try context.desk.view()
        let time = context.clock.humanTime(at: view.now)
        let clocks = ServiceLevels(view: view, calendar: context.desk.calendar(view.desk.settings))
        let filter = try TicketFilter(invocation, now: view.now, zone: time.zone, clocks: clocks)
        let limit = try invocation[Self.limit]
        // --reverse reverses the whole order before the limit applies: the last N, reversed.
        let reverse = invocation[Self.reverse]
        let chosenSort = try invocation[sort]
        var views: [TicketView]
        if let limit, chosenSort ?? .queue == .queue, !reverse, filter.followUps == nil,
            let ordered = view.desk.ticketsInQueueOrder, let first = Self.first(limit, of: ordered, matching: filter)
        {
            views = first
        } else {
            views = TicketOrder.sorted(
                view.desk.tickets, matching: filter.matches, by: chosenSort ?? .queue,
                limit: reverse || filter.followUps != nil ? nil : limit, dueIn: clocks.secondsUntilDue)
        }
        // Follow-ups come the one due first first, unless another order is asked for.
        let followUpDue = { (ticket: TicketView) in ticket.summaryForListing()?.nextFollowUp?.due }
        if filter.followUps != nil && chosenSort == nil {
            views = views.map { ($0, followUpDue($0) ?? .latest) }.sorted { ($0.1, $0.0.idKey) < ($1.1, $1.0.idKey) }
                .map(\.0)
        }
        if reverse { views.reverse() }
        if let limit { views = Array(views.prefix(limit)) }
        if context.output.json {
            view.desk.prepareToRead(records: views.count)
            // Only the tickets shown are decoded whole.
            var writer = JSONWriter()
            writer.beginArray()
            for ticket in views.compactMap({ $0.summaryForListing() }) {
                TicketJSON.write(ticket, thread: false, into: &writer)
            }
            writer.endArray()
            context.output.print(writer.text)
            return
        }
        // A line needs a few fields of each ticket shown, not its summary: its entry and its
        // queue line (or its record, for when the next follow-up is due).
        let withFollowUp = filter.followUps != nil
        if withFollowUp {
            view.desk.prepareToRead(records: views.count)
        } else {
            view.desk.prepareToRead(queueLines: views.count)
        }
        let row = { [views] (index: Int) in views[index].queueRow(withFollowUp: withFollowUp) }
        if invocation[plain] {
            // Stable columns for scripts: id, status, priority, category, assignee, created, subject, customer.
            // One text, written once (25,000 lines at a million events).
            var lines = ""
            lines.reserveCapacity(views.count * 96)
            for ticket in views.indices.lazy.compactMap(row) {
                for field in [
                    ticket.id, ticket.status.rawValue, ticket.priority.rawValue, ticket.category.rawValue,
                    ticket.assignee ?? "-", ticket.createdAt.rfc3339, Terminal.singleLine(ticket.subject),
                ] {
                    lines += field
                    lines += "\t"
                }
                lines += Terminal.singleLine(ticket.customerName)
                lines += "\n"
            }
            context.output.write(lines)
            return
        }
        if views.isEmpty {
            context.output.print(.noTicketsMatch)
            return
        }
        context.output.page(
            QueueTable.table(
                count: views.count, row: row, time: time, width: context.output.width, catalogue: context.catalogue,
                showingFollowUps: withFollowUp))
    }

    /// The first `limit` tickets in queue order that pass the filter, read from the order a
    /// snapshot keeps: `cs list --limit 20` of a million tickets reads about twenty. Nil when
    /// the filter lets so few through that walking the order would read more than ranking
    /// every ticket would cost (then they are ranked).
    private static func first(
        _ limit: Int, of ordered: QueueOrderedTickets, matching filter: TicketFilter
    ) -> [TicketView]? {
        let budget = max(4096, limit * 64)
        var found: [TicketView] = []
        for (read, ticket) in ordered.enumerated() {
            if filter.matches(ticket) {
                found.append(ticket)
                if found.count == limit { break }
            } else if read >= budget {
                return nil
            }
        }
        return found
    }
}
