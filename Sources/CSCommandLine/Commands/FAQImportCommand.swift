import CSDomain

enum FAQImportCommand: Command {
    static let spec = CommandSpec(
        ["faq", "import"], group: .writing,
        abstract: "add or update FAQ entries from a JSON Lines file",
        discussion: "One entry a line: {\"id\",\"title\",\"question\",\"answer\",\"tags\",\"category\",\"lang\"} (title, tags, "
            + "category optional; lang ko or en, guessed when absent). A known id is updated. A bad line is reported with "
            + "its line number and nothing from the file is applied.",
        positionals: [.required("FILE", kind: .file, "the JSON Lines file, or - for standard input")],
        examples: ["cs faq import faq.jsonl"])

    static func run(_ context: Context) throws {
        let path = context.invocation.argument("FILE") ?? "-"
        let bytes = path == "-" ? context.environment.readStandardInput()
            : try FileReading.bytes(atPath: context.absolute(path), shownAs: path)
        let entries = try FAQFileReader.entries(bytes, path: path)
        let result = try context.write { (decider: inout Decider) in
            let result = decider.importFAQ(entries)
            return (events: result.events, outcome: result)
        }
        if !context.quiet {
            context.print("imported \(path): \(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged")
        }
    }
}
