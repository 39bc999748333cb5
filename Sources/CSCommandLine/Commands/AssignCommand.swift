import CSDomain

enum AssignCommand: Command {
    static let spec = CommandSpec(
        ["assign"], group: .writing,
        abstract: "give the ticket to an agent (a new ticket becomes open)",
        positionals: [Context.ticketArgument, .required("AGENT", kind: .agent, "the staff member who takes it")],
        examples: ["cs assign K7M2 park", "cs assign K7M2 \"$CS_AGENT\""])

    static func run(_ context: Context) throws {
        let agent = try ValueParsing.nonEmpty(context.invocation.argument("AGENT") ?? "", what: "AGENT")
        try context.changeTicket(done: { "assigned \($0.id) to \(agent)" },
                                 unchanged: { "\($0.id) is already assigned to \(agent); nothing changed" }) { decider, ticket in
            try decider.assign(ticket, to: agent)
        }
    }
}
