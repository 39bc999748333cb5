import CSDomain

enum EscalateCommand: Command {
    /// Required, but not by the parser: at a terminal, the editor asks for it instead.
    static let reason = Option.text("reason", "TEXT", help: .escalateReason)
    static let target = Option.text("to", "L2|L3|AGENT", kind: .agent, help: .escalateTo)

    static let path = ["escalate"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .escalateAbstract, discussion: .escalateDiscussion,
        arguments: [Common.ticket], options: [reason, target],
        examples: [
            "cs escalate K7M2 --reason \"PG사 확인 필요\"", "cs escalate K7M2 --to L3 --reason \"suspected fraud\"",
            "cs escalate K7M2 --to lee --reason \"customer asked for a supervisor\"",
        ])

    static func run(_ context: Context) throws(Failure) {
        let typed = try context.invocation[Common.ticket]
        let reason: String
        if let given = try context.input.text(Self.reason) {
            reason = given
        } else if context.input.canOpenEditor {
            reason = try context.input.editText(.escalationReason, hint: .editorHintEscalation(ticket: typed))
        } else {
            throw .usage(.missingOption(option: Self.reason.spec.display, command: spec.name))
        }
        var tier: Tier?
        var agent: String?
        if let target = try context.invocation[Self.target] {
            if let named = Tier(spelling: target) {
                tier = named
            } else if Names.isTierShaped(target) {
                throw .usage(.invalidValue(what: "--to", value: target, expected: .tierOrAgent))
            } else {
                agent = try Failure.catching(usage: ValueParsing.name(target, what: "--to"))
            }
        }
        try context.desk.changeTicket(done: { .escalated(ticket: $0.id, tier: $0.tier, agent: agent) }) {
            (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.escalate(ticket, to: tier, agent: agent, reason: reason))
        }
    }
}
