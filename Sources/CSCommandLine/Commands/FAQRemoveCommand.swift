import CSDomain

enum FAQRemoveCommand: Command {
    static let spec = CommandSpec(
        ["faq", "remove"], group: .writing,
        abstract: "remove an entry from the desk's FAQ",
        discussion: "The removal is a new event; the entry's history stays in the log, and replies that used it keep their link.",
        positionals: [.required("ID", kind: .faq, "the entry's id")],
        examples: ["cs faq remove old-promo-ko"])

    static func run(_ context: Context) throws {
        let id = context.invocation.argument("ID") ?? ""
        let (entry, remaining) = try context.write { (decider: inout Decider) in
            try FAQWrites.requireDeskEntry(id, in: decider.desk)
            let entry = try FAQCatalog(desk: decider.desk).entry(id)
            return (events: [try decider.removeFAQ(id)], outcome: (entry, decider.desk.faq.entries.count - 1))
        }.outcome
        FAQWrites.report(entry, message: "removed FAQ entry \(id)", context: context)
        context.noteFAQSourceChange(hadEntries: true, hasEntries: remaining > 0)
    }
}
