import CSDomain

enum PriorityCommand: Command {
    static let spec = CommandSpec(
        ["priority"], group: .writing,
        abstract: "change how urgent a ticket is (urgent tickets jump the queue)",
        positionals: [Context.ticketArgument,
                      .required("PRIORITY", kind: .choice(Priority.allCases.map(\.rawValue)), "low, normal, high or urgent")],
        examples: ["cs priority K7M2 urgent"])

    static func run(_ context: Context) throws {
        let word = context.invocation.argument("PRIORITY") ?? ""
        guard let priority = Priority(rawValue: word.lowercased()) else {
            throw UsageError.invalidChoice(option: "PRIORITY", value: word, allowed: Priority.allCases.map(\.rawValue))
        }
        try context.changeTicket(done: { "\($0.id) is now \(priority.rawValue) priority" },
                                 unchanged: { "\($0.id) is already \(priority.rawValue) priority; nothing changed" }) {
            decider, ticket in try decider.setPriority(ticket, to: priority)
        }
    }
}
