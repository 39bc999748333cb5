import CSDomain

enum ReopenCommand: Command {
    static let reason = Option.text("reason", "TEXT", help: .reopenReason)

    static let path = ["reopen"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .reopenAbstract, arguments: [Common.ticket], options: [reason],
        examples: ["cs reopen K7M2 --reason \"charged again\""])

    static func run(_ context: Context) throws(Failure) {
        let reason = try context.input.text(Self.reason)
        try context.desk.changeTicket(done: { .reopened(ticket: $0.id) }) { (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.reopen(ticket, reason: reason))
        }
    }
}
