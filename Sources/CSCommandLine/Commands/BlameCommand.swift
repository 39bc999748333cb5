import CSDomain

/// `cs blame TICKET`: each field's value and the event that last set it, as `git blame`
/// names the commit behind each line.
enum BlameCommand: Command {
    /// The fields blame follows, in the order shown.
    enum Field: String, CaseIterable {
        case subject, status, priority, category, channel, customer, assignee, tier, tags, payment, refunded, rating

        func value(of ticket: Ticket) -> String? {
            switch self {
            case .subject: return ticket.subject
            case .status: return ticket.status.rawValue
            case .priority: return ticket.priority.rawValue
            case .category: return ticket.category.rawValue
            case .channel: return ticket.channel.rawValue
            case .customer:
                return ([ticket.customer.name] + [ticket.customer.email, ticket.customer.phone].compactMap { $0 })
                    .joined(separator: " ")
            case .assignee: return ticket.assignee
            case .tier: return ticket.tier.rawValue
            case .tags: return ticket.tags.isEmpty ? nil : ticket.tags.joined(separator: ", ")
            case .payment: return ticket.payment.map { $0.ref + " " + $0.amount.formatted }
            case .refunded:
                return ticket.refunds.isEmpty
                    ? nil
                    : ticket.refundable.map { _ in
                        Money(minorUnits: ticket.refundedTotal, currency: ticket.payment!.amount.currency).formatted
                    }
            case .rating: return ticket.rating.map { "\($0.score)/\(Rating.scores.upperBound)" }
            }
        }
    }

    static let path = ["blame"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .blameAbstract, discussion: .blameDiscussion,
        arguments: [Common.ticket], options: [Common.asOf],
        examples: ["cs blame K7M2", "cs blame K7M2 --json | jq -r '.[] | select(.field==\"priority\") | .by'"])

    /// Each field's value and the event that last changed it (nil for a field never set).
    static func blame(_ ticket: Ticket, events: [Event]) -> [(field: Field, value: String?, event: Event?)] {
        var replayed = Ticket(id: ticket.id)
        var setBy: [Field: Event] = [:]
        for event in events {
            let before = Field.allCases.map { $0.value(of: replayed) }
            let opening = event.type == TicketOpened.type
            event.apply(to: &replayed)
            // The opening sets what it gives a value; later events, what they change.
            for (field, old) in zip(Field.allCases, before) {
                let new = field.value(of: replayed)
                guard opening ? new != nil : new != old else { continue }
                setBy[field] = event
            }
        }
        return Field.allCases.map { ($0, $0.value(of: replayed), setBy[$0]) }
    }

    static func run(_ context: Context) throws(Failure) {
        let view = try context.desk.view()
        let typed = try context.invocation[Common.ticket]
        let summary = try view.summary(typed)
        let events = try Failure.catching(log: view.log.events(at: summary.eventOffsets).map(\.event))
            .filter { event in view.asOf.map { event.at <= $0 } ?? true }
        let rows = blame(summary, events: events)
        if context.output.json {
            var writer = JSONWriter()
            writer.beginArray()
            for (field, value, event) in rows {
                writer.beginObject()
                writer.string("field", field.rawValue)
                writer.optionalString("value", value)
                writer.optionalString("event", event?.id)
                writer.optionalString("type", event?.type)
                writer.optionalString("at", event?.at.rfc3339)
                writer.optionalString("by", event?.by)
                writer.endObject()
            }
            writer.endArray()
            context.output.print(writer.text)
            return
        }
        let time = context.clock.humanTime(at: view.now)
        let catalogue = context.catalogue
        var table = TextTable(header: [.field, .value, .event, .time, .by].map { catalogue.text(.header($0)) })
        for (field, value, event) in rows {
            table.append([
                .init(catalogue.text(.blameField(field))), .init(Terminal.singleLine(value ?? "-")),
                .init(event.map { $0.type + " " + $0.id } ?? "-"), .init(event.map { time.format($0.at) } ?? "-"),
                .init(Terminal.singleLine(event?.by ?? "-")),
            ])
        }
        table.cut(column: 1, to: 40)
        context.output.page(table.render(style: context.output.style))
    }
}
