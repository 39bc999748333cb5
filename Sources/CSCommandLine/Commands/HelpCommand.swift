import CSDomain

enum HelpCommand: Command {
    static let topic = Argument.text("COMMAND", help: .helpCommand).optional.list

    static let path = ["help"]
    static let spec = CommandSpec(
        path, group: .help, abstract: .helpAbstract, discussion: .helpDiscussion, arguments: [topic],
        examples: ["cs help", "cs help refund", "cs refund --help", "cs help exit-codes"])

    static func run(_ context: Context) throws(Failure) {
        let words = try context.invocation[topic]
        let help = HelpText(catalogue: context.catalogue)
        guard !words.isEmpty else {
            context.output.print(help.overview(CommandTable.specs))
            return
        }
        if words.count == 1, let topic = HelpTopic(rawValue: words[0]) {
            context.output.print(help.topic(topic))
            return
        }
        if CommandTable.specs.contains(where: { $0.path.count > words.count && $0.path.starts(with: words) }),
            !CommandTable.specs.contains(where: { $0.path == words })
        {
            context.output.print(help.group(words, CommandTable.specs))
            return
        }
        guard let spec = CommandTable.specs.first(where: { $0.path == words }) else {
            let names = CommandTable.specs.filter { !$0.hidden }.map(\.name) + HelpTopic.allCases.map(\.rawValue)
            let typed = words.joined(separator: " ")
            throw .usage(.unknownCommand(typed, suggestion: Suggestion.closest(to: typed, among: names), parent: nil))
        }
        context.output.print(help.command(spec))
    }
}
