import CSDomain

/// The words for a merged desk's conflicts and `cs sync`, in English.
extension English {
    static func teamText(_ message: Message) -> String {
        switch message {
        case .conflictMark(let ticket, let conflict, let refund):
            guard !conflict.isOpen else {
                return
                    "conflict (event \(conflict.eventID)): \(describe(conflict)); settle it with 'cs resolve \(ticket)'"
            }
            let standing = refund.map { $0 == .void ? "; the refund is void" : "; the refund counts" } ?? ""
            return "conflict (event \(conflict.eventID)), settled: \(describe(conflict, open: false))" + standing
        case .refundVoid: return "void: this refund does not count (settled)"
        case .conflictsSettled(let ticket, let settled, let refundable):
            return "settled \(settled) \(settled == 1 ? "conflict" : "conflicts") on \(ticket)"
                + (refundable.map { "; refundable now \($0.formatted)" } ?? "")
        case .conflictAt(let ticket, let conflict):
            return "conflict on ticket \(ticket), event \(conflict.eventID) (\(conflict.type) by \(conflict.by)): "
                + describe(conflict)
        case .conflictsFound(let conflicts, let tickets):
            return "\(conflicts) open \(conflicts == 1 ? "conflict" : "conflicts") on \(tickets) "
                + "\(tickets == 1 ? "ticket" : "tickets") (the log is sound: list them with 'cs list --conflicts', "
                + "settle each with 'cs resolve TICKET')"
        case .syncCommitted(let commit, let summary): return "committed \(commit): \(summary)"
        case .syncNothingToCommit: return "nothing new on this desk to commit"
        case .syncNoRemote: return "no remote to pull from or push to: the commit stays in this repository"
        case .syncPulled(let events, let remote):
            return "pulled \(events) new \(events == 1 ? "event" : "events") from \(remote)"
        case .syncPushed(let remote, let branch): return "pushed to \(remote) (\(branch))"
        case .syncUpToDate(let remote): return "\(remote) has nothing new"
        case .syncNothingToPush(let remote): return "nothing to push: \(remote) has every commit"
        case .syncOpenConflicts(let tickets):
            return "\(tickets) \(tickets == 1 ? "ticket has" : "tickets have") open conflicts: 'cs list --conflicts'"
        default: return ""
        }
    }

    /// The rule a conflict broke, as a clause (a refund says it is not counted).
    static func describe(_ conflict: Conflict, open: Bool = true) -> String {
        let notCounted = open ? ", not counted" : ""
        switch conflict.rule {
        case .closed where conflict.type != RefundIssued.type:
            return "came after the ticket was closed, from a copy that had not seen the close"
        case .closed:
            return "refund after the ticket was closed, from a copy that had not seen the close" + notCounted
        case .overRefund(let refundable?, let counted):
            return "refund over what remained refundable (\(refundable.formatted))" + notCounted
                + (counted.isEmpty ? "" : " (counted before it: " + counted.joined(separator: ", ") + ")")
        case .overRefund(nil, _):
            return "refund with no payment in its currency to draw on" + notCounted
        case .repeatedKey(let original):
            return "repeats the idempotency key of refund \(original)" + notCounted
        case .overwrote(let field, let lost, let won):
            let lostText = lost.isEmpty ? "nobody" : lost
            return "\(field.rawValue) \(won) overwrote \(lostText), set by someone who had not seen it; "
                + "\(won) stands"
        }
    }
}
