import CSDomain

/// `cs show` for a person: the ticket's facts, then its whole thread, oldest first, with
/// internal notes marked so nobody reads one out to a customer.
public struct TicketText {
    public let time: HumanTime

    public func render(_ ticket: Ticket) -> String {
        var lines: [String] = []
        lines.append("\(ticket.id)  \(ticket.subject)")
        lines.append("status: \(ticket.status.rawValue)   priority: \(ticket.priority.rawValue)   "
            + "category: \(ticket.category.rawValue)   channel: \(ticket.channel.rawValue)   tier: \(ticket.tier.rawValue)")
        var customer = "customer: \(ticket.customer.name)"
        if let email = ticket.customer.email { customer += " <\(email)>" }
        if let phone = ticket.customer.phone { customer += " \(phone)" }
        lines.append(customer)
        lines.append("assignee: \(ticket.assignee ?? "-")")
        if !ticket.tags.isEmpty { lines.append("tags: " + ticket.tags.joined(separator: ", ")) }
        lines.append("created: \(time.formatWithAge(ticket.createdAt))")
        lines.append("first response: \(ticket.firstResponseAt.map(time.format) ?? "-")"
            + "   resolved: \(ticket.resolvedAt.map(time.format) ?? "-")")
        if let payment = ticket.payment, let refundable = ticket.refundable {
            let refunded = Money(minorUnits: ticket.refundedTotal, currency: payment.amount.currency)
            lines.append("payment: \(payment.ref) \(payment.amount.formatted)   refunded: \(refunded.formatted)"
                + "   refundable: \(refundable.formatted)")
        }
        if let rating = ticket.rating {
            lines.append("rating: \(rating.score)/5" + (rating.comment.map { "  \"\($0)\"" } ?? ""))
        }
        if !ticket.faqsUsed.isEmpty { lines.append("faq used: " + ticket.faqsUsed.joined(separator: ", ")) }
        for entry in ticket.thread {
            if entry.kind.isConversation {
                lines.append("")
                lines.append("── \(time.format(entry.at))  \(entry.by) \(label(entry.kind)) ──")
                lines.append(entry.body)
            } else {
                lines.append("   · \(time.format(entry.at))  \(entry.by): \(entry.body)")
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
