import CSDomain

/// `cs show` for a person: the ticket's facts, then its whole thread, oldest first, with
/// internal notes marked so nobody reads one out to a customer.
public struct TicketText {
    public let time: HumanTime
    public var style = Style(enabled: false)

    public func render(_ ticket: Ticket) -> String {
        var lines: [String] = []
        lines.append(style.paint("\(ticket.id)  \(Terminal.singleLine(ticket.subject))", "1"))
        lines.append("status: \(style.paint(ticket.status.rawValue, Style.code(for: ticket.status)))   "
            + "priority: \(style.paint(ticket.priority.rawValue, Style.code(for: ticket.priority)))   "
            + "category: \(ticket.category.rawValue)   channel: \(ticket.channel.rawValue)   tier: \(ticket.tier.rawValue)")
        var customer = "customer: \(ticket.customer.name)"
        if let email = ticket.customer.email { customer += " <\(email)>" }
        if let phone = ticket.customer.phone { customer += " \(phone)" }
        lines.append(Terminal.singleLine(customer))
        lines.append("assignee: \(Terminal.singleLine(ticket.assignee ?? "-"))")
        if !ticket.tags.isEmpty { lines.append(Terminal.singleLine("tags: " + ticket.tags.joined(separator: ", "))) }
        lines.append("created: \(time.formatWithAge(ticket.createdAt))")
        lines.append("first response: \(ticket.firstResponseAt.map(time.format) ?? "-")"
            + "   resolved: \(ticket.resolvedAt.map(time.format) ?? "-")")
        if let payment = ticket.payment, let refundable = ticket.refundable {
            let refunded = Money(minorUnits: ticket.refundedTotal, currency: payment.amount.currency)
            lines.append("payment: \(Terminal.singleLine(payment.ref)) \(payment.amount.formatted)   refunded: \(refunded.formatted)"
                + "   refundable: \(refundable.formatted)")
        }
        if let rating = ticket.rating {
            lines.append("rating: \(rating.score)/5" + (rating.comment.map { "  \"\(Terminal.singleLine($0))\"" } ?? ""))
        }
        if !ticket.faqsUsed.isEmpty { lines.append("faq used: " + ticket.faqsUsed.joined(separator: ", ")) }
        for entry in ticket.thread {
            if entry.kind.isConversation {
                lines.append("")
                lines.append("── \(time.format(entry.at))  \(Terminal.singleLine(entry.by)) \(label(entry.kind)) ──")
                lines.append(Terminal.safe(entry.body))
            } else {
                lines.append("   · \(time.format(entry.at))  \(Terminal.singleLine(entry.by)): \(Terminal.singleLine(entry.body))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func label(_ kind: ThreadEntry.Kind) -> String {
        switch kind {
        case .message: return "(customer)"
        case .reply: return "(reply)"
        case .note: return "(internal note — not visible to the customer)"
        default: return "(\(kind.rawValue))"
        }
    }
}
