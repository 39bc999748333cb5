import CSDomain

enum FAQShowCommand: Command {
    static let spec = CommandSpec(
        ["faq", "show"], group: .reading,
        abstract: "show one FAQ entry in full",
        positionals: [.required("ID", kind: .faq, "the entry's id")],
        examples: ["cs faq show refund-timing-ko", "cs faq show refund-timing-ko --json | jq -r .answer"])

    static func run(_ context: Context) throws {
        let catalog = FAQCatalog(desk: try context.readDesk())
        let entry = try catalog.entry(context.invocation.argument("ID") ?? "")
        if context.json {
            context.print(FAQText.entryJSON(entry, source: catalog.source.rawValue))
        } else {
            context.page(FAQText.entry(entry, source: catalog.source, style: context.style))
        }
    }
}
