import CSDomain

enum FAQImportCommand: Command {
    static let spec = CommandSpec(
        ["faq", "import"], group: .writing,
        abstract: "add or update FAQ entries from a JSON Lines file",
        discussion: "One entry a line: {\"id\",\"title\",\"question\",\"answer\",\"tags\",\"category\",\"lang\"} (title, tags, "
            + "category optional; lang ko or en, guessed when absent). A known id is updated. A bad line is reported with "
            + "its line number and nothing from the file is applied. --builtin copies the built-in FAQ into the desk, "
            + "so its entries can be edited.",
        positionals: [.optional("FILE", kind: .file, "the JSON Lines file, or - for standard input")],
        options: [.flag("builtin", "import the built-in FAQ instead of a file")],
        examples: ["cs faq import faq.jsonl", "cs faq import --builtin"])

    static func run(_ context: Context) throws {
        let file = context.invocation.argument("FILE")
        let builtIn = context.invocation.flag("builtin")
        if file != nil && builtIn { throw UsageError.conflictingOptions("FILE", "--builtin") }
        let entries: [FAQEntry]
        let name: String
        if builtIn {
            entries = BuiltInFAQ.entries
            name = "the built-in FAQ"
        } else {
            guard let path = file else { throw UsageError.missingArgument(name: "FILE (or --builtin)", command: "faq import") }
            let bytes = path == "-" ? context.environment.readStandardInput()
                : try FileReading.bytes(atPath: context.absolute(path), shownAs: path)
            entries = try FAQFileReader.entries(bytes, path: path)
            name = path
        }
        let (result, hadEntries) = try context.write { (decider: inout Decider) in
            let result = decider.importFAQ(entries)
            return (events: result.events, outcome: (result, !decider.desk.faq.isEmpty))
        }.outcome
        if !context.quiet {
            context.print("imported \(name): \(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged")
        }
        if !builtIn { context.noteFAQSourceChange(hadEntries: hadEntries, hasEntries: hadEntries || result.added > 0) }
    }
}
