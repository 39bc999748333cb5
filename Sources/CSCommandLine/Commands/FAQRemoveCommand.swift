import CSDomain

enum FAQRemoveCommand: Command {
    static let id = Argument.text("ID", kind: .faq, help: .faqEntryID)

    static let path = ["faq", "remove"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .faqRemoveAbstract, discussion: .faqRemoveDiscussion,
        arguments: [id], examples: ["cs faq remove old-promo-ko"])

    static func run(_ context: Context) throws(Failure) {
        let id = try context.invocation[Self.id]
        let (entry, remaining) = try context.desk.write { (decider: inout Decider) throws(Failure) in
            try Failure.catching(refusal: FAQCatalog.requireDeskEntry(id, in: decider.desk))
            let entry = try Failure.catching(lookup: FAQCatalog(desk: decider.desk).entry(id))
            return (
                events: [try Failure.catching(lookup: decider.removeFAQ(id))],
                outcome: (entry, decider.desk.faq.entries.count - 1)
            )
        }.outcome
        FAQWrites.report(entry, message: .faqRemoved(id: id), context: context)
        context.output.noteFAQSourceChange(hadEntries: true, hasEntries: remaining > 0)
    }
}
