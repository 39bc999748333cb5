import CSDomain

/// What `cs export` writes: one line or record per ticket, or per event.
enum ExportRows: String, ChoiceWord {
    case tickets, events
}

enum ExportFormat: String, ChoiceWord {
    case jsonl, csv
}

/// `cs export [--tickets|--events] [--format jsonl|csv] [--bom] [FILTERS]`: the desk's data,
/// to leave as easily as it came: tickets (the `show --json` summary) or the events
/// themselves, filtered as `cs list` filters.
enum ExportCommand: Command {
    static let tickets = Flag("tickets", help: .exportTickets)
    static let events = Flag("events", help: .exportEvents)
    static let format = Option<ExportFormat>.choice("format", "FORMAT", help: .exportFormat)
    static let bom = Flag("bom", help: .exportBOM)

    /// `cs list`'s filters, read by the same `TicketFilter`.
    static let filters: [any OptionDeclaration] = [
        ListCommand.status, ListCommand.priority, ListCommand.category, ListCommand.channel, ListCommand.assignee,
        ListCommand.tier, ListCommand.tag, ListCommand.customer, ListCommand.since, ListCommand.until,
        ListCommand.overdue, ListCommand.conflicts, ListCommand.followUps,
    ]

    static let path = ["export"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .exportAbstract, discussion: .exportDiscussion,
        options: [tickets, events, format, bom] + filters + [Common.asOf],
        examples: [
            "cs export > desk.jsonl", "cs export --format csv --bom --status all > tickets.csv",
            "cs export --events > events.jsonl", "cs export --events --category refund --since 30d",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        if invocation[tickets] && invocation[events] { throw .usage(.conflictingOptions("--tickets", "--events")) }
        let rows: ExportRows = invocation[events] ? .events : .tickets
        let chosen = try invocation[format] ?? .jsonl
        if invocation[bom] && chosen != .csv { throw .usage(.needsOther(given: "--bom", needs: "--format csv")) }
        let view = try context.desk.view(asOf: Common.asOf)
        let time = context.clock.humanTime(at: view.now)
        let clocks = ServiceLevels(view: view, calendar: context.desk.calendar(view.desk.settings))
        // Without a filter, --events is the whole log (FAQ and settings too): what
        // `cs import` restores a desk from.
        let filtered = filters.contains { invocation.isGiven($0) }
        var filter = try TicketFilter(invocation, now: view.now, zone: time.zone, clocks: clocks)
        // Every status unless asked: an export is the desk's data, not its queue.
        if !invocation.isGiven(ListCommand.status) { filter.include(Set(Status.allCases)) }
        let matching = view.desk.tickets.filter(filter.matches)
        // Written as it goes, a megabyte at a time: a million events never sit in memory.
        var text = chosen == .csv && invocation[bom] ? CSV.byteOrderMark : ""
        func flush(_ force: Bool = false) {
            guard force || text.utf8.count > 1 << 20 else { return }
            context.output.write(text)
            text = ""
        }
        switch rows {
        case .tickets:
            // Written as it goes, an export cannot be taken back once a megabyte is out: every
            // record block is checked before the first byte, so a damaged one is met while the
            // export can still be answered again, whole, from the log.
            view.desk.prepareToRead(records: .max)
            if chosen == .csv { text += CSV.record(TicketRow.header) }
            for view in matching {
                guard let ticket = view.summaryForListing() else { continue }
                text +=
                    chosen == .csv
                    ? CSV.record(TicketRow.fields(ticket).map(CSV.guarded))
                    : TicketJSON.text(ticket, thread: false) + "\n"
                flush()
            }
        case .events:
            let wanted = filtered ? Set(matching.map(\.id)) : nil
            if chosen == .csv { text += CSV.record(["id", "type", "subject", "at", "by", "event"]) }
            _ = try Failure.catching(
                log: view.log.forEachEvent { event, line in
                    guard wanted.map({ event.isTicket && $0.contains(event.ticket) }) ?? true,
                        view.asOf.map({ event.at <= $0 }) ?? true
                    else { return }
                    // The line as stored less its sum: masked as the log keeps it, nothing re-encoded.
                    let json =
                        LineChecksum.withoutSum(line).map { String(decoding: $0, as: UTF8.self) }
                        ?? event.encoded().text
                    if chosen == .csv {
                        text += CSV.record(
                            [event.id, event.type, event.ticket, event.at.rfc3339, event.by, json].map(CSV.guarded))
                    } else {
                        text += json + "\n"
                    }
                    flush()
                })
        }
        flush(true)
    }
}

/// A ticket as one flat CSV record: the `show --json` summary, money in major units (as
/// a spreadsheet reads it), lists joined by spaces.
enum TicketRow {
    static let header = [
        "id", "subject", "status", "priority", "category", "channel", "customer", "email", "phone", "assignee", "tier",
        "tags", "createdAt", "updatedAt", "firstResponseAt", "resolvedAt", "paymentRef", "paymentAmount", "currency",
        "refundedTotal", "refundable", "ratingScore", "ratingComment", "faqs", "openConflicts", "openFollowUps",
        "nextFollowUpDue",
    ]

    static func fields(_ ticket: Ticket) -> [String] {
        let currency = ticket.payment?.amount.currency
        let money = { (minor: Int64?) in
            minor.flatMap { amount in currency.map { Money(minorUnits: amount, currency: $0).decimal } } ?? ""
        }
        return [
            ticket.id, ticket.subject, ticket.status.rawValue, ticket.priority.rawValue, ticket.category.rawValue,
            ticket.channel.rawValue, ticket.customer.name, ticket.customer.email ?? "", ticket.customer.phone ?? "",
            ticket.assignee ?? "", ticket.tier.rawValue, ticket.tags.joined(separator: " "), ticket.createdAt.rfc3339,
            ticket.updatedAt.rfc3339, ticket.firstResponseAt?.rfc3339 ?? "", ticket.resolvedAt?.rfc3339 ?? "",
            ticket.payment?.ref ?? "", money(ticket.payment?.amount.minorUnits), currency?.code ?? "",
            ticket.payment == nil ? "0" : money(ticket.refundedTotal), money(ticket.refundable?.minorUnits),
            ticket.rating.map { String($0.score) } ?? "", ticket.rating?.comment ?? "",
            ticket.faqsUsed.joined(separator: " "), String(ticket.openConflicts.count),
            String(ticket.followUps.filter(\.isOpen).count), ticket.nextFollowUp?.due.rfc3339 ?? "",
        ]
    }
}
