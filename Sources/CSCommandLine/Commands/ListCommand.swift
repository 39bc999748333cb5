import CSDomain

enum ListCommand: Command {
    static let statusWords = Status.allCases.map(\.rawValue) + ["active", "all"]
    static let sortWords = ["queue", "created", "updated", "priority", "status", "id", "customer"]

    static let spec = CommandSpec(
        ["list"], group: .reading,
        abstract: "list tickets as a queue: most urgent first, then oldest",
        discussion: "Without --status, closed tickets are left out (--status active); --status all shows every ticket. "
            + "Filters of different kinds must all match; a repeated filter matches any of its values. "
            + "--overdue: not yet solved and past its target (first response: urgent 1h, high 4h, normal 24h, low 72h; "
            + "resolution: urgent 8h, high 24h, normal 72h, low 7d).",
        options: [
            .value("status", "STATUS", kind: .choice(statusWords), repeatable: true, "only tickets with this status"),
            .choice("priority", Priority.self, repeatable: true, "only this priority"),
            .choice("category", Category.self, repeatable: true, "only this category"),
            .choice("channel", Channel.self, repeatable: true, "only this channel"),
            .value("assignee", "AGENT", kind: .agent, repeatable: true, "only tickets assigned to AGENT ('none': unassigned)"),
            .value("tier", "TIER", kind: .choice(Tier.allCases.map(\.rawValue)), repeatable: true, "only this tier"),
            .value("tag", "TAG", repeatable: true, "only tickets with this tag (repeat: all of them)"),
            .value("customer", "TEXT", "only customers whose name, email or phone contains TEXT"),
            .value("since", "TIME", "only tickets opened at or after TIME (2026-11-01: midnight in TZ; RFC 3339; or 7d)"),
            .value("until", "TIME", "only tickets opened before TIME (a date: its midnight in TZ)"),
            .flag("overdue", "only unresolved tickets past their service-level target"),
            .value("sort", "FIELD", kind: .choice(sortWords), "order: queue (default), created, updated, priority, status, id, customer"),
            .flag("reverse", "reverse the order"),
            .value("limit", "N", kind: .number, "show at most N tickets"),
            .flag("plain", "one ticket a line, tab-separated, no header, no colour: for scripts"),
        ],
        examples: ["cs list", "cs list --priority urgent --priority high --assignee none",
                   "cs list --status all --category refund --since 7d --json"])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let now = try context.now()
        let time = try context.humanTime()
        let filter = try TicketFilter(invocation, now: now, zone: time.zone)
        let limit = try ValueParsing.limit(invocation)
        let desk = try context.readDesk()
        // --reverse reverses the whole order before the limit applies: the last N, reversed.
        let reverse = invocation.flag("reverse")
        var views = TicketOrder.sorted(desk.tickets.filter(filter.matches), by: invocation.value("sort") ?? "queue",
                                       limit: reverse ? nil : limit)
        if reverse { views.reverse() }
        if let limit { views = Array(views.prefix(limit)) }
        // Only the tickets shown are decoded whole.
        let tickets = views.compactMap { $0.summary() }
        if context.json {
            var writer = JSONWriter()
            writer.beginArray()
            for ticket in tickets { TicketJSON.write(ticket, thread: false, into: &writer) }
            writer.endArray()
            context.print(writer.text)
            return
        }
        if invocation.flag("plain") {
            // Stable columns for scripts: id, status, priority, category, assignee, created, subject, customer.
            for ticket in tickets {
                context.print([ticket.id, ticket.status.rawValue, ticket.priority.rawValue, ticket.category.rawValue,
                               ticket.assignee ?? "-", ticket.createdAt.rfc3339, Terminal.singleLine(ticket.subject),
                               Terminal.singleLine(ticket.customer.name)].joined(separator: "\t"))
            }
            return
        }
        if tickets.isEmpty {
            context.print("no tickets match")
            return
        }
        context.page(QueueTable.render(tickets, time: time, width: context.outputWidth, style: context.style))
    }
}
