import CSDomain

enum FAQListCommand: Command {
    static let spec = CommandSpec(
        ["faq", "list"], group: .reading,
        abstract: "list the FAQ entries search answers from",
        discussion: "A desk with no entries of its own lists the built-in FAQ; --source adds a column saying which "
            + "(desk or built-in), as --json always does.",
        options: [
            .value("lang", "LANG", kind: .choice(FAQEntry.languages), "only entries in this language"),
            .value("category", "CATEGORY", "only entries of this category"),
            .flag("source", "show where each entry comes from: desk or built-in"),
        ],
        examples: ["cs faq list --lang ko", "cs faq list --source", "cs faq list --json | jq -r '.[].id'"])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let catalog = FAQCatalog(desk: try context.readDesk())
        let entries = catalog.entries.filter { entry in
            invocation.value("lang").map { entry.lang == $0 } ?? true
                && invocation.value("category").map { entry.category == $0 } ?? true
        }
        if context.json {
            context.print("[" + entries.map { FAQText.entryJSON($0, source: catalog.source.rawValue) }.joined(separator: ",") + "]")
        } else if entries.isEmpty {
            context.print("no FAQ entries match")
        } else {
            context.page(FAQText.list(entries, source: invocation.flag("source") ? catalog.source : nil, width: context.outputWidth))
        }
    }
}
