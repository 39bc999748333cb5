enum HelpCommand: Command {
    static let spec = CommandSpec(
        ["help"], group: .help,
        abstract: "show the commands, or one command's options and examples",
        positionals: [.variadic("COMMAND", "the command to explain")],
        examples: ["cs help", "cs help refund", "cs refund --help"])

    static func run(_ context: Context) throws {
        let words = context.invocation.argumentList("COMMAND")
        guard !words.isEmpty else {
            context.print(HelpText.overview(CommandTable.specs))
            return
        }
        guard let spec = CommandTable.specs.first(where: { $0.path == words }) else {
            let names = CommandTable.specs.map(\.name)
            let typed = words.joined(separator: " ")
            throw UsageError.unknownCommand(typed, suggestion: Suggestion.closest(to: typed, among: names), parent: nil)
        }
        context.print(HelpText.command(spec))
    }
}
