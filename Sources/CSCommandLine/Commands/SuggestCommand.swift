import CSDomain

enum SuggestCommand: Command {
    static let path = ["suggest"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .suggestAbstract, discussion: .suggestDiscussion,
        arguments: [Common.ticket], options: [Common.faqLimit, Common.faqLanguage],
        examples: ["cs suggest K7M2", "cs suggest K7M2 --json | jq -r '.results[0].id'"])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let limit = try invocation[Common.faqLimit] ?? 5
        let language = try invocation[Common.faqLanguage]
        let (desk, log) = try context.desk.readLog()
        let typed = try invocation[Common.ticket]
        let summary = try Failure.catching(lookup: desk.ticket(matching: typed))
        let ticket = try Failure.catching(log: log.readTicket(summary))
        let query = FAQSuggestions.query(for: ticket)
        let hits = FAQSuggestions.find(
            query, limit: limit, lang: language, searcher: FAQSearcher.load(desk: desk, log: log))
        FAQText.show(hits, query: query, ticket: ticket.id, none: .noFAQEntryMatchesTicket(ticket.id), context: context)
    }
}
