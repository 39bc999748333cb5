import CSDomain

enum FAQShowCommand: Command {
    static let id = Argument.text("ID", kind: .faq, help: .faqEntryID)

    static let path = ["faq", "show"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .faqShowAbstract, arguments: [id],
        examples: ["cs faq show refund-timing-ko", "cs faq show refund-timing-ko --json | jq -r .answer"])

    static func run(_ context: Context) throws(Failure) {
        let catalog = FAQCatalog(desk: try context.desk.readDesk())
        let typed = try context.invocation[id]
        let entry = try Failure.catching(lookup: catalog.entry(typed))
        if context.output.json {
            context.output.print(FAQText.entryJSON(entry, source: catalog.source.rawValue))
        } else {
            context.output.page(
                FAQText.entry(entry, source: catalog.source, style: context.output.style, catalogue: context.catalogue))
        }
    }
}
