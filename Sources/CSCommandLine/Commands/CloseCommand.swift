import CSDomain

enum CloseCommand: Command {
    static let spec = CommandSpec(
        ["close"], group: .writing,
        abstract: "close a ticket; final until it is reopened",
        positionals: [Context.ticketArgument],
        options: [.value("reason", "TEXT", "why it is closed")],
        examples: ["cs close K7M2", "cs close K7M2 --reason \"refund confirmed by the customer\""])

    static func run(_ context: Context) throws {
        let reason = try context.optionalText("reason")
        try context.changeTicket(done: { "closed \($0.id)" }, unchanged: { $0.id }) { decider, ticket in
            try decider.close(ticket, reason: reason)
        }
    }
}
