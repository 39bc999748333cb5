/// A person settled a ticket's open conflicts (`cs resolve`): those named in `settles`, the
/// ones they had seen (a clone's conflicts merged in later stay open). The refunds named in
/// `void` do not stand; every other refund of a settled conflict counts if it fits in what
/// remains of the payment (a repeated key's refund only once its original is void), else it
/// is void too; conflicts about anything else are acknowledged (the later value stands;
/// change it as usual to keep another).
public struct ConflictsSettled: TicketEventKind, Equatable {
    public static let type = "conflicts-settled"

    /// The conflicts settled, by their events' ids.
    public var settles: [String]
    /// The refunds (event ids) found not to stand.
    public var void: [String]
    public var reason: String

    public init(settles: [String], void: [String], reason: String) {
        self.settles = settles
        self.void = void
        self.reason = reason
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        settles = try fields.strings("settles")
        void = try fields.strings("void")
        reason = try fields.text("reason")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.strings("settles", settles)
        if !void.isEmpty { writer.strings("void", void) }
        writer.string("reason", reason)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        var voided: [Money] = []
        for index in ticket.refunds.indices where void.contains(ticket.refunds[index].eventID) {
            guard ticket.refunds[index].standing != .void else { continue }
            ticket.refunds[index].standing = .void
            voided.append(ticket.refunds[index].amount)
        }
        for index in ticket.refunds.indices where ticket.refunds[index].standing == .contested {
            let refund = ticket.refunds[index]
            guard settles.contains(refund.eventID) else { continue }
            if ticket.stillRepeatsKey(refund) || ticket.refundWouldExceed(refund.amount) {
                ticket.refunds[index].standing = .void
                voided.append(refund.amount)
            } else {
                ticket.refunds[index].standing = .counted
            }
        }
        var settled = 0
        for index in ticket.conflicts.indices
        where ticket.conflicts[index].isOpen && settles.contains(ticket.conflicts[index].eventID) {
            ticket.conflicts[index].settledBy = eventID
            settled += 1
        }
        ticket.record(
            ThreadEntry(by: actor, at: time, content: .settled(conflicts: settled, voided: voided, reason: reason)))
    }
}

extension Ticket {
    /// Whether a refund marked for repeating a key still does: its original stands.
    fileprivate func stillRepeatsKey(_ refund: Refund) -> Bool {
        for conflict in conflicts where conflict.eventID == refund.eventID {
            if case .repeatedKey(let original) = conflict.rule {
                return refunds.contains { $0.eventID == original && $0.standing != .void }
            }
        }
        return false
    }

    /// Whether `amount` is more than remains refundable (or there is no payment in its currency).
    func refundWouldExceed(_ amount: Money) -> Bool {
        guard let refundable, refundable.currency == amount.currency else { return true }
        return amount.minorUnits > refundable.minorUnits
    }
}
