import CSDomain

enum EscalateCommand: Command {
    static let spec = CommandSpec(
        ["escalate"], group: .writing,
        abstract: "raise the ticket to a higher tier, and perhaps to another agent",
        discussion: "Tiers go L1 < L2 < L3. Without --to the ticket goes to the next tier; --to L2 or L3 names the tier; "
            + "--to AGENT goes to the next tier and transfers the ticket to that agent. Escalating past L3 is refused, "
            + "and so is a tier that does not exist (--to L4). To hand a ticket to someone at the same tier, use "
            + "'cs assign TICKET AGENT --reason TEXT'.",
        positionals: [Context.ticketArgument],
        options: [
            .value("reason", "TEXT", "why it is escalated (required)"),
            .value("to", "L2|L3|AGENT", kind: .agent, "the tier, or the agent to transfer to"),
        ],
        examples: ["cs escalate K7M2 --reason \"PG사 확인 필요\"", "cs escalate K7M2 --to L3 --reason \"suspected fraud\"",
                   "cs escalate K7M2 --to lee --reason \"customer asked for a supervisor\""])

    static func run(_ context: Context) throws {
        let reason = try context.requiredText("reason", valueName: "TEXT")
        var tier: Tier?
        var agent: String?
        if let target = context.invocation.value("to") {
            if let named = Tier(spelling: target) {
                tier = named
            } else if Names.isTierShaped(target) {
                throw UsageError.invalidValue(what: "--to", value: target, expected: "L2 or L3 (the tiers are L1, L2 and L3), or an agent's name")
            } else {
                agent = try ValueParsing.name(target, what: "--to")
            }
        }
        try context.changeTicket(
            done: { "escalated \($0.id) to \($0.tier.rawValue)" + (agent.map { ", assigned to \($0)" } ?? "") },
            unchanged: { $0.id }
        ) { decider, ticket in
            try decider.escalate(ticket, to: tier, agent: agent, reason: reason)
        }
    }
}
