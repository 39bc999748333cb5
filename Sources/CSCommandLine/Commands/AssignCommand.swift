import CSDomain

enum AssignCommand: Command {
    static let agent = Argument.agent("AGENT", help: .assignAgent)
    static let reason = Option.text("reason", "TEXT", help: .assignReason)

    static let path = ["assign"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .assignAbstract, discussion: .assignDiscussion,
        arguments: [Common.ticket, agent], options: [reason],
        examples: [
            "cs assign K7M2 park", "cs assign K7M2 \"$CS_AGENT\"",
            "cs assign K7M2 lee --reason \"customer asked for another agent\"",
        ])

    static func run(_ context: Context) throws(Failure) {
        let agent = try context.invocation[Self.agent]
        let reason = try context.input.text(Self.reason)
        try context.desk.changeTicket(
            done: { .assigned(ticket: $0.id, agent: agent, tier: $0.tier) },
            unchanged: { .alreadyAssigned(ticket: $0.id, agent: agent) }
        ) { (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.assign(ticket, to: agent, reason: reason))
        }
    }
}
