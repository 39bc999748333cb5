import CSDomain

enum CloseCommand: Command {
    static let reason = Option.text("reason", "TEXT", help: .closeReason)

    static let path = ["close"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .closeAbstract, arguments: [Common.ticket], options: [reason],
        examples: ["cs close K7M2", "cs close K7M2 --reason \"refund confirmed by the customer\""])

    static func run(_ context: Context) throws(Failure) {
        let reason = try context.input.text(Self.reason)
        try context.desk.changeTicket(done: { .closed(ticket: $0.id) }) { (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.close(ticket, reason: reason))
        }
    }
}
