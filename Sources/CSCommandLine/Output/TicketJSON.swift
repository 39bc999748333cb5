import CSDomain

/// The documented JSON shape of a ticket (`cs show --json`, `cs list --json`). Field names
/// are a contract with scripts: add fields, never rename or remove them.
public enum TicketJSON {
    public static func write(_ ticket: Ticket, thread: Bool, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.string("id", ticket.id)
        writer.string("subject", ticket.subject)
        writer.string("status", ticket.status.rawValue)
        writer.string("priority", ticket.priority.rawValue)
        writer.string("category", ticket.category.rawValue)
        writer.string("channel", ticket.channel.rawValue)
        writer.key("customer")
        writer.beginObject()
        writer.string("name", ticket.customer.name)
        writer.optionalString("email", ticket.customer.email)
        writer.optionalString("phone", ticket.customer.phone)
        writer.endObject()
        writer.optionalString("assignee", ticket.assignee)
        writer.string("tier", ticket.tier.rawValue)
        writer.strings("tags", ticket.tags)
        writer.string("createdAt", ticket.createdAt.rfc3339)
        writer.string("updatedAt", ticket.updatedAt.rfc3339)
        writer.optionalString("firstResponseAt", ticket.firstResponseAt?.rfc3339)
        writer.optionalString("resolvedAt", ticket.resolvedAt?.rfc3339)
        writer.key("payment")
        if let payment = ticket.payment {
            writer.beginObject()
            writer.string("ref", payment.ref)
            writer.money("amount", payment.amount)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("refunds")
        writer.beginArray()
        for refund in ticket.refunds { writeRefund(refund, into: &writer) }
        writer.endArray()
        writer.int("refundedTotal", ticket.refundedTotal)
        writer.key("refundable")
        if let refundable = ticket.refundable { writer.int(refundable.minorUnits) } else { writer.null() }
        writer.key("rating")
        if let rating = ticket.rating {
            writer.beginObject()
            writer.int("score", Int64(rating.score))
            writer.optionalString("comment", rating.comment)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.strings("faqs", ticket.faqsUsed)
        writer.key("conflicts")
        writer.beginArray()
        for conflict in ticket.conflicts { writeConflict(conflict, into: &writer) }
        writer.endArray()
        writer.optionalString("mergedInto", ticket.mergedInto)
        writer.strings("mergedFrom", ticket.mergedFrom)
        writer.key("followUps")
        writer.beginArray()
        for followUp in ticket.followUps { writeFollowUp(followUp, into: &writer) }
        writer.endArray()
        if thread {
            writer.key("thread")
            writer.beginArray()
            for entry in ticket.thread {
                writer.beginObject()
                writer.string("id", entry.eventID)
                writer.string("kind", entry.kind.rawValue)
                writer.string("by", entry.by)
                writer.string("at", entry.at.rfc3339)
                writer.string("body", entry.body)
                writer.optionalString("undoneBy", entry.undoneBy)
                writer.optionalString("from", entry.fromTicket)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    public static func writeRefund(_ refund: Refund, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.string("id", refund.eventID)
        writer.money("amount", refund.amount)
        writer.string("reason", refund.reason)
        writer.optionalString("idempotencyKey", refund.idempotencyKey)
        writer.string("at", refund.at.rfc3339)
        writer.string("by", refund.by)
        writer.string("standing", refund.standing.rawValue)
        writer.endObject()
    }

    /// A follow-up: `state` open, done or cancelled, with when and by whom it was closed.
    public static func writeFollowUp(_ followUp: FollowUp, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.string("id", followUp.id)
        writer.string("due", followUp.due.rfc3339)
        writer.optionalString("note", followUp.note)
        writer.string("by", followUp.by)
        writer.string("at", followUp.scheduledAt.rfc3339)
        switch followUp.state {
        case .open:
            writer.string("state", "open")
            writer.optionalString("closedAt", nil)
            writer.optionalString("closedBy", nil)
        case .done(let at, let by), .cancelled(let at, let by):
            writer.string("state", followUp.state == .done(at: at, by: by) ? "done" : "cancelled")
            writer.string("closedAt", at.rfc3339)
            writer.string("closedBy", by)
        }
        writer.endObject()
    }

    /// A conflict (see docs/json.md): `rule` and the facts that rule carries.
    public static func writeConflict(_ conflict: Conflict, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.string("event", conflict.eventID)
        writer.string("type", conflict.type)
        writer.string("at", conflict.at.rfc3339)
        writer.string("by", conflict.by)
        switch conflict.rule {
        case .closed:
            writer.string("rule", "closed")
        case .overRefund(let refundable, let counted):
            writer.string("rule", "over-refund")
            writer.key("refundable")
            if let refundable { writer.int(refundable.minorUnits) } else { writer.null() }
            writer.strings("counted", counted)
        case .repeatedKey(let original):
            writer.string("rule", "repeated-key")
            writer.string("original", original)
        case .overwrote(let field, let lost, let won):
            writer.string("rule", "overwrote")
            writer.string("field", field.rawValue)
            writer.key("lost")
            if lost.isEmpty { writer.null() } else { writer.string(lost) }
            writer.string("won", won)
        }
        writer.optionalString("settledBy", conflict.settledBy)
        writer.endObject()
    }

    public static func text(_ ticket: Ticket, thread: Bool) -> String {
        var writer = JSONWriter()
        write(ticket, thread: thread, into: &writer)
        return writer.text
    }
}
