import CSDomain

/// `cs resolve TICKET [--void EVENT]... --reason TEXT`: settles a merged ticket's conflicts
/// with one event (see `ConflictsSettled`).
enum ResolveCommand: Command {
    static let void = Option.identifier("void", "EVENT", help: .resolveVoid).repeated
    static let reason = Option.text("reason", "TEXT", help: .resolveReason).required

    static let path = ["resolve"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .resolveAbstract, discussion: .resolveDiscussion,
        arguments: [Common.ticket], options: [void, reason],
        examples: [
            "cs resolve K7M2 --reason \"the bank confirmed the first refund only\"",
            "cs resolve K7M2 --void 7QX2M4 --reason \"PG사 확인: 두 번째 환불만 처리됨\"",
        ])

    static func run(_ context: Context) throws(Failure) {
        let reason = try context.input.text(Self.reason)
        let void = try context.invocation[Self.void]
        try context.desk.changeTicket(
            done: { after in
                .conflictsSettled(
                    ticket: after.id, settled: after.conflicts.filter { $0.settledBy == after.lastEventID }.count,
                    refundable: after.refundable)
            },
            // A merged duplicate's own conflicts are settled on it, not on its survivor.
            followingMerges: false
        ) { (decider, ticket) throws(Failure) in
            let voided = try Failure.catching(
                lookup: void.map { (typed) throws(LookupError) in try ticket.refund(matching: typed) })
            return try Failure.catching(refusal: decider.settleConflicts(ticket, voiding: voided, reason: reason))
        }
    }
}
