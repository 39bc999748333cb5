import CSDomain

enum AssignCommand: Command {
    static let spec = CommandSpec(
        ["assign"], group: .writing,
        abstract: "give the ticket to an agent, or transfer it to another at the same tier",
        discussion: "A new ticket becomes open. A ticket that someone has already is transferred: it keeps its tier "
            + "(to raise the tier, use 'cs escalate'); --reason says why, for the thread (the customer asked for "
            + "another agent, a shift ended).",
        positionals: [Context.ticketArgument, .required("AGENT", kind: .agent, "the staff member who takes it")],
        options: [.value("reason", "TEXT", "why it changes hands (shown in the thread)")],
        examples: ["cs assign K7M2 park", "cs assign K7M2 \"$CS_AGENT\"",
                   "cs assign K7M2 lee --reason \"customer asked for another agent\""])

    static func run(_ context: Context) throws {
        let agent = try ValueParsing.name(context.invocation.argument("AGENT") ?? "", what: "AGENT")
        let reason = try context.optionalText("reason")
        try context.changeTicket(done: { "assigned \($0.id) to \(agent) (\($0.tier.rawValue))" },
                                 unchanged: { "\($0.id) is already assigned to \(agent); nothing changed" }) { decider, ticket in
            try decider.assign(ticket, to: agent, reason: reason)
        }
    }
}
