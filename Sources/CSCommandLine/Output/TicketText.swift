import CSDomain

/// `cs show` for a person: the ticket's facts, then its whole thread, oldest first, with
/// internal notes marked so nobody reads one out to a customer.
public struct TicketText {
    public let time: HumanTime
    public var style = Style(enabled: false)
    public var catalogue = Catalogue.english

    public func render(_ ticket: Ticket) -> String {
        var lines: [String] = []
        lines.append(style.paint("\(ticket.id)  \(Terminal.singleLine(ticket.subject))", "1"))
        lines.append(
            fields([
                (.status, style.paint(ticket.status.rawValue, Style.code(for: ticket.status))),
                (.priority, style.paint(ticket.priority.rawValue, Style.code(for: ticket.priority))),
                (.category, ticket.category.rawValue), (.channel, ticket.channel.rawValue),
                (.tier, ticket.tier.rawValue),
            ]))
        var customer = ticket.customer.name
        if let email = ticket.customer.email { customer += " <\(email)>" }
        if let phone = ticket.customer.phone { customer += " \(phone)" }
        lines.append(Terminal.singleLine(fields([(.customer, customer)])))
        lines.append(fields([(.assignee, Terminal.singleLine(ticket.assignee ?? "-"))]))
        if !ticket.tags.isEmpty {
            lines.append(Terminal.singleLine(fields([(.tags, ticket.tags.joined(separator: ", "))])))
        }
        lines.append(fields([(.created, time.formatWithAge(ticket.createdAt))]))
        lines.append(
            fields([
                (.firstResponse, ticket.firstResponseAt.map(time.format) ?? "-"),
                (.resolved, ticket.resolvedAt.map(time.format) ?? "-"),
            ]))
        if let payment = ticket.payment, let refundable = ticket.refundable {
            let refunded = Money(minorUnits: ticket.refundedTotal, currency: payment.amount.currency)
            lines.append(
                fields([
                    (.payment, "\(Terminal.singleLine(payment.ref)) \(payment.amount.formatted)"),
                    (.refunded, refunded.formatted), (.refundable, refundable.formatted),
                ]))
        }
        if let rating = ticket.rating {
            lines.append(
                fields([
                    (.rating, "\(rating.score)/5" + (rating.comment.map { "  \"\(Terminal.singleLine($0))\"" } ?? ""))
                ]))
        }
        if !ticket.faqsUsed.isEmpty { lines.append(fields([(.faqUsed, ticket.faqsUsed.joined(separator: ", "))])) }
        let open = ticket.followUps.filter(\.isOpen).sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        if !open.isEmpty {
            let listed = open.map { followUp in
                // One already due says how long ago: `2026-11-27 10:10 KST (23h ago)`.
                let due = followUp.due <= time.now ? time.formatWithAge(followUp.due) : time.format(followUp.due)
                return catalogue.text(.openFollowUp(due: due, note: followUp.note.map(Terminal.singleLine)))
            }
            lines.append(Terminal.singleLine(fields([(.followUps, listed.joined(separator: "; "))])))
        }
        for entry in ticket.thread {
            if entry.kind.isConversation {
                lines.append("")
                let from = entry.fromTicket.map { " " + catalogue.text(.fromDuplicate($0)) } ?? ""
                lines.append(
                    "── \(time.format(entry.at))  \(Terminal.singleLine(entry.by)) "
                        + "\(catalogue.text(.threadLabel(entry.kind)))"
                        + "\(from) ──")
                lines.append(Terminal.safe(entry.body))
            } else {
                let from = entry.fromTicket.map { " " + catalogue.text(.fromDuplicate($0)) } ?? ""
                let words =
                    if case .undone(_, let event) = entry.content {
                        catalogue.text(.undoneChange(undoneDescription(of: event, in: ticket)))
                    } else {
                        catalogue.text(activity(entry.content))
                    }
                lines.append(
                    "   · \(time.format(entry.at))  \(Terminal.singleLine(entry.by)): " + Terminal.singleLine(words)
                        + from)
            }
            lines += marks(for: entry, of: ticket)
        }
        return lines.joined(separator: "\n")
    }

    private func activity(_ content: ThreadEntry.Content) -> Message { Self.activity(content, time: time) }

    /// An activity line's words; follow-ups' times in the reader's zone (`cs show`, `cs log`).
    static func activity(_ content: ThreadEntry.Content, time: HumanTime) -> Message {
        switch content {
        case .followUp(let due, let note): return .followUpEntry(due: time.format(due), note: note)
        case .followUpClosed(let due, let outcome): return .followUpClosedEntry(due: time.format(due), outcome: outcome)
        default: return .threadEvent(content)
        }
    }

    /// What an undo took back, in the words the thread used for it.
    func undoneDescription(of event: String, in ticket: Ticket) -> String {
        guard let entry = ticket.thread.first(where: { $0.eventID == event }) else { return event }
        if entry.kind.isConversation { return catalogue.text(.undoneNote) }
        return Terminal.singleLine(catalogue.text(activity(entry.content)))
    }

    /// What a merge made of the entry's event: a conflict, a refund a settlement voided.
    private func marks(for entry: ThreadEntry, of ticket: Ticket) -> [String] {
        var marks: [Message] = []
        let refund = ticket.refunds.first { $0.eventID == entry.eventID }?.standing
        for conflict in ticket.conflicts where conflict.eventID == entry.eventID {
            marks.append(.conflictMark(ticket: ticket.id, conflict: conflict, refund: refund))
        }
        if marks.isEmpty, refund == .void { marks.append(.refundVoid) }
        if let undo = entry.undoneBy {
            marks.append(entry.kind.isConversation ? .retractedMark(by: undo) : .undoneMark(by: undo))
        }
        return marks.map { mark in
            let open = if case .conflictMark(_, let conflict, _) = mark { conflict.isOpen } else { false }
            return "     " + style.paint("! " + Terminal.singleLine(catalogue.text(mark)), open ? "1;33" : "33")
        }
    }

    /// `status: open   priority: high`: labelled values on one line.
    private func fields(_ pairs: [(Message.Label, String)]) -> String {
        pairs.map { catalogue.text(.label($0.0)) + ": " + $0.1 }.joined(separator: "   ")
    }
}
