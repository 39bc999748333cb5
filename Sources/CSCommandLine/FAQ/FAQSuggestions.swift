import CSDomain

/// FAQ entries for a ticket: what `cs suggest` lists and `cs open` offers on standard error.
enum FAQSuggestions {
    /// What the ticket is about: its subject and what the customer wrote (the first 2,000 characters).
    static func query(for ticket: Ticket) -> String {
        var texts = [ticket.subject]
        for entry in ticket.thread {
            if case .message(let text) = entry.content, !texts.contains(text) { texts.append(text) }
        }
        // The gist is at the start; a pasted novel should not make every `cs open` slow.
        return String(texts.joined(separator: "\n").prefix(2000))
    }

    /// The best entries in the ticket's language (Korean when it has Hangul), or in any
    /// language when the FAQ has nothing in that one.
    static func find(_ query: String, limit: Int, lang: String?, searcher: FAQSearcher) -> [FAQSearcher.Hit] {
        let preferred = searcher.search(query, limit: limit, lang: lang ?? FAQEntry.guessLanguage(query))
        return preferred.isEmpty && lang == nil ? searcher.search(query, limit: limit, lang: nil) : preferred
    }

    /// Below this a match is a shared syllable pair or two rather than a shared word (one
    /// distinctive word scores about 8 to 12 against the built-in FAQ): not worth a hint.
    static let weakestOffer = 4.0

    /// The few best, leaving out weak matches and those far behind the best one.
    static func offered(_ hits: [FAQSearcher.Hit]) -> [FAQSearcher.Hit] {
        guard let best = hits.first?.score else { return [] }
        return Array(hits.prefix(3).filter { $0.score >= max(weakestOffer, best * 0.4) })
    }

    /// After `cs open`: the entries that may answer the new ticket, on standard error so
    /// that standard output stays the ticket (its id alone with -q). Any trouble reading the
    /// FAQ costs only the hint.
    static func offer(for ticket: Ticket, desk: Desk, log: EventLog, context: Context) {
        let hits = find(query(for: ticket), limit: 3, lang: nil, searcher: FAQSearcher.load(desk: desk, log: log))
        let best = offered(hits)
        guard !best.isEmpty else { return }
        let lines =
            [context.output.say(.faqOffer(ticket: ticket.id))]
            + best.map { "  \($0.entry.id)  \(Terminal.singleLine($0.entry.question))" }
        context.environment.errors(lines.joined(separator: "\n") + "\n")
    }
}
