import CSDomain

enum FAQListCommand: Command {
    static let category = Option.text("category", "CATEGORY", help: .faqListCategory)
    static let source = Flag("source", help: .faqListSource)

    static let path = ["faq", "list"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .faqListAbstract, discussion: .faqListDiscussion,
        options: [Common.faqLanguage, category, source],
        examples: ["cs faq list --lang ko", "cs faq list --source", "cs faq list --json | jq -r '.[].id'"])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let language = try invocation[Common.faqLanguage]
        let category = try invocation[Self.category]
        let catalog = FAQCatalog(desk: try context.desk.readDesk())
        let entries = catalog.entries.filter { entry in
            language.map { entry.lang == $0 } ?? true && category.map { entry.category == $0 } ?? true
        }
        if context.output.json {
            context.output.print(
                "[" + entries.map { FAQText.entryJSON($0, source: catalog.source.rawValue) }.joined(separator: ",")
                    + "]")
        } else if entries.isEmpty {
            context.output.print(.noFAQEntriesMatch)
        } else {
            context.output.page(
                FAQText.list(
                    entries, source: invocation[source] ? catalog.source : nil, width: context.output.width,
                    catalogue: context.catalogue))
        }
    }
}
