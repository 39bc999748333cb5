enum HelpCommand: Command {
    static let spec = CommandSpec(
        ["help"], group: .help,
        abstract: "show the commands, or one command's options and examples",
        discussion: "Topics: exit-codes (what each exit status means), log-format (the event log on disk).",
        positionals: [.variadic("COMMAND", "the command or topic to explain")],
        examples: ["cs help", "cs help refund", "cs refund --help", "cs help exit-codes"])

    static func run(_ context: Context) throws {
        let words = context.invocation.argumentList("COMMAND")
        guard !words.isEmpty else {
            context.print(HelpText.overview(CommandTable.specs))
            return
        }
        if words.count == 1, let topic = HelpTopics.text(words[0]) {
            context.print(topic)
            return
        }
        if CommandTable.specs.contains(where: { $0.path.count > words.count && $0.path.starts(with: words) }),
           !CommandTable.specs.contains(where: { $0.path == words }) {
            context.print(HelpText.group(words, CommandTable.specs))
            return
        }
        guard let spec = CommandTable.specs.first(where: { $0.path == words }) else {
            let names = CommandTable.specs.filter { !$0.hidden }.map(\.name) + HelpTopics.names
            let typed = words.joined(separator: " ")
            throw UsageError.unknownCommand(typed, suggestion: Suggestion.closest(to: typed, among: names), parent: nil)
        }
        context.print(HelpText.command(spec))
    }
}
