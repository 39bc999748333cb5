import CSDomain

enum PriorityCommand: Command {
    static let priority = Argument<Priority>.choice("PRIORITY", help: .priorityPriority)

    static let path = ["priority"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .priorityAbstract, arguments: [Common.ticket, priority],
        examples: ["cs priority K7M2 urgent"])

    static func run(_ context: Context) throws(Failure) {
        let priority = try context.invocation[Self.priority]
        try context.desk.changeTicket(
            done: { .priorityChanged(ticket: $0.id, priority: priority) },
            unchanged: { .priorityUnchanged(ticket: $0.id, priority: priority) }
        ) {
            (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.setPriority(ticket, to: priority))
        }
    }
}
