import CSDomain

/// What `cs stats --by` groups tickets by.
enum StatsGrouping: String, ChoiceWord {
    case agent, category, channel, priority, tier, customer

    /// The group a ticket falls in; an unassigned ticket's agent is `-`.
    func key(_ ticket: TicketFacts) -> String {
        switch self {
        case .agent: return ticket.assignee ?? "-"
        case .category: return ticket.category.rawValue
        case .channel: return ticket.channel.rawValue
        case .priority: return ticket.priority.rawValue
        case .tier: return ticket.tier.rawValue
        case .customer: return ticket.customer
        }
    }

    /// Whether the key is a name, which figures read only when grouping by it.
    var needsNames: Bool { self == .agent || self == .customer }
}

/// `cs stats`: the desk's figures over the tickets opened in a window, whole or by group.
enum StatsCommand: Command {
    static let since = Option.time("since", help: .statsSince)
    static let until = Option.time("until", help: .statsUntil)
    static let grouping = Option<StatsGrouping>.choice("by", "GROUP", help: .statsBy)
    static let csv = Flag("csv", help: .statsCSV)

    static let path = ["stats"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .statsAbstract, discussion: .statsDiscussion,
        options: [since, until, grouping, Common.asOf, csv],
        examples: [
            "cs stats", "cs stats --since 7d --by agent",
            "cs stats --since 2026-11-01 --until 2026-12-01 --csv > nov.csv",
            "cs stats --by channel --json | jq '.groups[] | {key, csat: .csat.average}'",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        if context.output.json && invocation[csv] {
            throw .usage(.conflictingOptions("--json", "--" + csv.spec.long))
        }
        let view = try context.desk.view()
        let (desk, now) = (view.desk, view.now)
        let zone = context.clock.zone()
        let (from, to) = try TimeWindow.read(since: since, until: until, in: invocation, now: view.now, zone: zone)
        // One pass over the tickets opened in the window, each decoded once and let go.
        let calendar = context.desk.calendar(view.desk.settings)
        let grouping = try invocation[grouping]
        var whole = DeskFigures.Tally(now: view.now)
        var tallies: [String: DeskFigures.Tally] = [:]
        var opened: [Timestamp] = []
        desk.prepareToRead(records: desk.ticketCount)
        for entry in desk.tickets {
            guard from.map({ entry.createdAt >= $0 }) ?? true, to.map({ entry.createdAt < $0 }) ?? true,
                let ticket = entry.facts(names: grouping?.needsNames ?? false)
            else { continue }
            let clocks = ServiceLevelClock.clocks(
                of: ticket, policy: desk.settings.policy, calendar: calendar, now: now, keepingIntervals: false)
            whole.add(ticket, clocks: clocks)
            if let grouping {
                tallies[grouping.key(ticket), default: DeskFigures.Tally(now: now)].add(ticket, clocks: clocks)
            }
            opened.append(ticket.createdAt)
        }
        let groups = tallies.keys.sorted().map { (key: $0, figures: tallies[$0]!.figures) }
        let report = StatsReport(
            whole: whole.figures, groups: groups, grouping: grouping, since: from, until: to, asOf: view.asOf,
            now: view.now, openedPerDay: StatsReport.perDay(opened, zone: zone))
        if context.output.json {
            context.output.print(report.json())
        } else if invocation[csv] {
            context.output.write(report.csv())
        } else {
            context.output.page(
                report.text(
                    time: context.clock.humanTime(at: view.now), catalogue: context.catalogue,
                    style: context.output.style))
        }
    }
}
