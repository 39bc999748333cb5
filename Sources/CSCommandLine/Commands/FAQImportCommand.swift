import CSDomain

enum FAQImportCommand: Command {
    static let file = Argument.text("FILE", kind: .file, help: .faqImportFile).optional
    static let builtIn = Flag("builtin", help: .faqImportBuiltIn)

    static let path = ["faq", "import"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .faqImportAbstract, discussion: .faqImportDiscussion,
        arguments: [file], options: [builtIn], examples: ["cs faq import faq.jsonl", "cs faq import --builtin"])

    static func run(_ context: Context) throws(Failure) {
        let file = try context.invocation[Self.file]
        let builtIn = context.invocation[Self.builtIn]
        if file != nil && builtIn {
            throw .usage(.conflictingOptions(Self.file.spec.name, "--" + Self.builtIn.spec.long))
        }
        let entries: [FAQEntry]
        let name: String
        if builtIn {
            entries = BuiltInFAQ.entries
            name = context.output.say(.builtInFAQName)
        } else {
            guard let path = file else {
                throw .usage(.missingOneOf([Self.file.spec.name, "--" + Self.builtIn.spec.long], command: spec.name))
            }
            let bytes =
                try Failure.catching(usage: FileReading.named(path, in: context.environment, limit: .faqFile))
            do throws(FAQFileError) {
                entries = try FAQFileReader.entries(bytes)
            } catch {
                throw .commandLine(.badFAQLine(path: path, line: error.line, problem: error.problem))
            }
            name = path
        }
        let (result, hadEntries) = try context.desk.write { (decider: inout Decider) throws(Failure) in
            let result = decider.importFAQ(entries)
            return (events: result.events, outcome: (result, !decider.desk.faq.isEmpty))
        }.outcome
        if !context.output.quiet {
            context.output.print(
                .faqImported(source: name, added: result.added, updated: result.updated, unchanged: result.unchanged))
        }
        if !builtIn {
            context.output.noteFAQSourceChange(hadEntries: hadEntries, hasEntries: hadEntries || result.added > 0)
        }
    }
}
