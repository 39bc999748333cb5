import CSDomain

enum TagCommand: Command {
    static let spec = CommandSpec(
        ["tag"], group: .writing,
        abstract: "add (+TAG) or remove (-TAG) tags",
        discussion: "A word without a sign adds the tag. Tags can change on closed tickets too.",
        positionals: [Context.ticketArgument,
                      .variadic("CHANGE", "+TAG to add, -TAG to remove", acceptsDashWords: true)],
        examples: ["cs tag K7M2 +vip +card -pending-docs"])

    static func run(_ context: Context) throws {
        var adding: [String] = []
        var removing: [String] = []
        let changes = context.invocation.argumentList("CHANGE")
        guard !changes.isEmpty else { throw UsageError.missingArgument(name: "+TAG or -TAG", command: "tag") }
        for change in changes {
            let sign = change.first
            let name = sign == "+" || sign == "-" ? String(change.dropFirst()) : change
            if let problem = Names.tagProblem(name) {
                throw UsageError.badName(what: "tag change", value: change, problem: problem + "; write +TAG to add, -TAG to remove")
            }
            if sign == "-" { removing.append(name) } else { adding.append(name) }
        }
        try context.changeTicket(
            done: { "tags of \($0.id): " + ($0.tags.isEmpty ? "(none)" : $0.tags.joined(separator: ", ")) },
            unchanged: { "tags of \($0.id) unchanged: " + ($0.tags.isEmpty ? "(none)" : $0.tags.joined(separator: ", ")) }
        ) { decider, ticket in
            decider.changeTags(ticket, adding: adding, removing: removing)
        }
    }
}
