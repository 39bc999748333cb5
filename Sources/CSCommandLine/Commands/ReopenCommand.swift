import CSDomain

enum ReopenCommand: Command {
    static let spec = CommandSpec(
        ["reopen"], group: .writing,
        abstract: "reopen a solved or closed ticket",
        positionals: [Context.ticketArgument],
        options: [.value("reason", "TEXT", "why it needs work again")],
        examples: ["cs reopen K7M2 --reason \"charged again\""])

    static func run(_ context: Context) throws {
        let reason = try context.optionalText("reason")
        try context.changeTicket(done: { "reopened \($0.id)" }, unchanged: { $0.id }) { decider, ticket in
            try decider.reopen(ticket, reason: reason)
        }
    }
}
