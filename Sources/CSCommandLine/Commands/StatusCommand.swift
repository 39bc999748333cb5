import CSDomain

enum StatusCommand: Command {
    static let allowed: [Status] = [.open, .pending, .solved]

    static let spec = CommandSpec(
        ["status"], group: .writing,
        abstract: "move a ticket to open, pending (waiting on the customer) or solved",
        discussion: "Use 'cs close' to close and 'cs reopen' to reopen.",
        positionals: [Context.ticketArgument, .required("STATUS", kind: .choice(allowed.map(\.rawValue)), "open, pending or solved")],
        examples: ["cs status K7M2 pending", "cs status K7M2 solved"])

    static func run(_ context: Context) throws {
        let word = context.invocation.argument("STATUS") ?? ""
        guard let status = Status(rawValue: word.lowercased()), allowed.contains(status) else {
            throw UsageError.invalidChoice(option: "STATUS", value: word, allowed: allowed.map(\.rawValue))
        }
        try context.changeTicket(done: { "\($0.id) is now \(status.rawValue)" },
                                 unchanged: { "\($0.id) is already \(status.rawValue); nothing changed" }) { decider, ticket in
            try decider.setStatus(ticket, to: status)
        }
    }
}
