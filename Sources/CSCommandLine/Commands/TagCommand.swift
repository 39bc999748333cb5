import CSDomain

enum TagCommand: Command {
    /// `+TAG` adds, `-TAG` removes, a bare word adds.
    enum Change {
        case add(String), remove(String)
    }

    static let changes = Argument<Change>("CHANGE", help: .tagChange, acceptsDashWords: true) {
        word, _ throws(UsageError) in
        let sign = word.first
        let name = sign == "+" || sign == "-" ? String(word.dropFirst()) : word
        if let problem = Names.tagProblem(name) { throw .badTagChange(value: word, problem: problem) }
        return sign == "-" ? .remove(name) : .add(name)
    }.list

    static let path = ["tag"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .tagAbstract, discussion: .tagDiscussion,
        arguments: [Common.ticket, changes],
        examples: ["cs tag K7M2 +vip +card -pending-docs"])

    static func run(_ context: Context) throws(Failure) {
        var adding: [String] = []
        var removing: [String] = []
        for change in try context.invocation[changes] {
            switch change {
            case .add(let name): adding.append(name)
            case .remove(let name): removing.append(name)
            }
        }
        // Which would win is a guess: refused, as a repeated option is.
        if let both = adding.first(where: removing.contains) { throw .usage(.contradictoryTagChange(tag: both)) }
        try context.desk.changeTicket(
            done: { .tagsChanged(ticket: $0.id, tags: $0.tags) },
            unchanged: { .tagsUnchanged(ticket: $0.id, tags: $0.tags) }
        ) { (decider, ticket) throws(Failure) in
            decider.changeTags(ticket, adding: adding, removing: removing)
        }
    }
}
