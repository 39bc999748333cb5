import CSDomain

/// `cs sla TICKET`: a ticket's service-level clocks and why they stand where they do.
enum SLACommand: Command {
    static let path = ["sla"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .slaAbstract, discussion: .slaDiscussion,
        arguments: [Common.ticket], options: [Common.asOf],
        examples: [
            "cs sla K7M2", "cs sla K7M2 --json | jq '.clocks[] | {kind, breached, dueAt}'",
            "cs sla K7M2 --as-of 2026-11-20",
        ])

    static func run(_ context: Context) throws(Failure) {
        let view = try context.desk.view()
        let ticket = try view.ticket(try context.invocation[Common.ticket])
        let clocks = ServiceLevelClock.clocks(
            of: ticket.facts, policy: view.desk.settings.policy, calendar: context.desk.calendar(view.desk.settings),
            now: view.now)
        if context.output.json {
            context.output.print(ClockText.json(ticket, clocks: clocks, at: view.now))
        } else {
            let text = ClockText(time: context.clock.humanTime(at: view.now), catalogue: context.catalogue)
            context.output.page(text.render(ticket, clocks: clocks))
        }
    }
}

/// `cs sla policy PRIORITY`: a priority's targets, as an event every clone sees.
enum SLAPolicyCommand: Command {
    static let priority = Argument<Priority>.choice("PRIORITY", help: .slaPolicyPriority)
    static let firstResponse = Option<Int64>("first-response", "DURATION", help: .slaPolicyFirstResponse) {
        word, name throws(UsageError) in try ValueParsing.duration(word, option: name)
    }.required
    static let resolution = Option<Int64>("resolution", "DURATION", help: .slaPolicyResolution) {
        word, name throws(UsageError) in try ValueParsing.duration(word, option: name)
    }.required

    static let path = ["sla", "policy"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .slaPolicyAbstract, discussion: .slaPolicyDiscussion,
        arguments: [priority], options: [firstResponse, resolution],
        examples: [
            "cs sla policy urgent --first-response 15m --resolution 4h",
            "cs sla policy low --first-response 1d --resolution 5d",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let priority = try invocation[Self.priority]
        let target = ServiceLevelPolicy.Target(
            firstResponse: try invocation[firstResponse], resolution: try invocation[resolution])
        if target.firstResponse > target.resolution {
            throw .usage(
                .invalidValue(
                    what: "--" + firstResponse.spec.long, value: invocation.word(firstResponse) ?? "",
                    expected: .durationWithin(
                        option: "--" + resolution.spec.long, value: invocation.word(resolution) ?? "")
                ))
        }
        _ = try context.desk.write { (decider: inout Decider) throws(Failure) in
            (events: [decider.setServiceLevel(target, for: priority)], outcome: ())
        }
        if !context.output.quiet { context.output.print(.slaPolicySet(priority: priority, target: target)) }
    }
}

/// `cs sla hours`: when the clocks run, as an event every clone sees.
enum SLAHoursCommand: Command {
    static let always = Flag("always", help: .slaHoursAlways)
    static let days = Option<[Weekday]>("days", "DAYS", help: .slaHoursDays) { word, name throws(UsageError) in
        try ValueParsing.weekdays(word, option: name)
    }
    static let hours = Option<ClosedRange<Int>>("hours", "HH:MM-HH:MM", help: .slaHoursHours) {
        word, name throws(UsageError) in try ValueParsing.openingHours(word, option: name)
    }
    static let zone = Option.text("tz", "ZONE", help: .slaHoursZone)
    static let holidays = Option<String>("holiday", "YYYY-MM-DD", help: .slaHoursHoliday) {
        word, name throws(UsageError) in
        guard SLAHoursSet.isDate(word) else { throw .invalidValue(what: name, value: word, expected: .date) }
        return word
    }.repeated

    static let path = ["sla", "hours"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .slaHoursAbstract, discussion: .slaHoursDiscussion,
        options: [always, days, hours, zone, holidays],
        examples: [
            "cs sla hours --days mon-fri --hours 09:00-18:00 --tz Asia/Seoul --holiday 2026-12-25",
            "cs sla hours --always",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let scheduleOptions: [any OptionDeclaration] = [days, hours, zone, holidays]
        let hoursSet: BusinessHours
        if invocation[always] {
            if let given = scheduleOptions.first(where: invocation.given) {
                throw .usage(.conflictingOptions("--" + always.spec.long, "--" + given.spec.long))
            }
            hoursSet = .always
        } else {
            guard let days = try invocation[days], let span = try invocation[hours], let zoneName = try invocation[zone]
            else {
                let schedule: [any OptionDeclaration] = [days, hours, zone]
                throw .usage(
                    .missingOneOf(
                        ["--" + always.spec.long, schedule.map(\.spec.display).joined(separator: " ")],
                        command: spec.name))
            }
            guard case .success(let named) = context.clock.zone(named: zoneName), named.isDatabaseZone,
                named.name == zoneName
            else {
                throw .usage(.invalidValue(what: "--" + zone.spec.long, value: zoneName, expected: .zoneName))
            }
            hoursSet = .schedule(
                .init(
                    days: days, opens: span.lowerBound, closes: span.upperBound, zone: zoneName,
                    // A date given twice is one holiday; in date order, as a calendar reads.
                    holidays: Array(Set(try invocation[holidays])).sorted()))
        }
        _ = try context.desk.write { (decider: inout Decider) throws(Failure) in
            (events: [decider.setBusinessHours(hoursSet)], outcome: ())
        }
        if !context.output.quiet { context.output.print(.slaHoursSet(hoursSet)) }
    }
}
