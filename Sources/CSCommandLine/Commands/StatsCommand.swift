import CSDomain

/// What `cs stats --by` groups tickets by.
enum StatsGrouping: String, ChoiceWord {
    case agent, category, channel, priority, tier, customer

    /// The group a ticket falls in; an unassigned ticket's agent is `-`.
    func key(_ ticket: Ticket) -> String {
        switch self {
        case .agent: return ticket.assignee ?? "-"
        case .category: return ticket.category.rawValue
        case .channel: return ticket.channel.rawValue
        case .priority: return ticket.priority.rawValue
        case .tier: return ticket.tier.rawValue
        case .customer: return ticket.customer.name
        }
    }
}

/// `cs stats`: the desk's figures over the tickets opened in a window, whole or by group.
enum StatsCommand: Command {
    static let since = Option.text("since", "TIME", help: .statsSince)
    static let until = Option.text("until", "TIME", help: .statsUntil)
    static let grouping = Option<StatsGrouping>.choice("by", "GROUP", help: .statsBy)
    static let csv = Flag("csv", help: .statsCSV)

    static let spec = CommandSpec(
        ["stats"], group: .reading, abstract: .statsAbstract, discussion: .statsDiscussion,
        options: [since, until, grouping, Common.asOf, csv],
        examples: [
            "cs stats", "cs stats --since 7d --by agent",
            "cs stats --since 2026-11-01 --until 2026-12-01 --csv > nov.csv",
            "cs stats --by channel --json | jq '.groups[] | {key, csat: .csat.average}'",
        ])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        if context.output.json && invocation[csv] {
            throw UsageError.conflictingOptions("--json", "--" + csv.spec.long)
        }
        let view = try context.desk.view()
        let zone = context.clock.zone()
        let from = try invocation[since].map { (text) throws(UsageError) in
            try ValueParsing.time(text, option: "--since", now: view.now, zone: zone)
        }
        let to = try invocation[until].map { (text) throws(UsageError) in
            try ValueParsing.time(text, option: "--until", now: view.now, zone: zone)
        }
        if let from, let to, from >= to {
            throw UsageError.invalidValue(
                what: "--since", value: invocation.word(since) ?? "",
                expected: .timeBefore(invocation.word(until) ?? ""))
        }
        // One pass over the tickets opened in the window, each decoded once.
        let tickets = view.desk.tickets.filter { ticket in
            (from.map { ticket.createdAt >= $0 } ?? true) && (to.map { ticket.createdAt < $0 } ?? true)
        }.compactMap { $0.summary() }
        let calendar = context.desk.calendar(view.desk.settings)
        let measure = { (tickets: [Ticket]) in
            DeskFigures(tickets, now: view.now) { ticket in
                ServiceLevelClock.clocks(
                    of: ticket, policy: view.desk.settings.policy, calendar: calendar, now: view.now)
            }
        }
        let grouping = try invocation[grouping]
        var groups: [(key: String, figures: DeskFigures)] = []
        if let grouping {
            var members: [String: [Ticket]] = [:]
            for ticket in tickets { members[grouping.key(ticket), default: []].append(ticket) }
            groups = members.keys.sorted().map { ($0, measure(members[$0]!)) }
        }
        let report = StatsReport(
            whole: measure(tickets), groups: groups, grouping: grouping, since: from, until: to, asOf: view.asOf,
            now: view.now, openedPerDay: StatsReport.perDay(tickets.map(\.createdAt), zone: zone))
        if context.output.json {
            context.output.print(report.json())
        } else if invocation[csv] {
            context.output.print(report.csv())
        } else {
            context.output.page(
                report.text(
                    time: context.clock.humanTime(at: view.now), catalogue: context.catalogue,
                    style: context.output.style))
        }
    }
}
