import CSDomain

enum FAQSearchCommand: Command {
    static let query = Argument.text("QUERY", help: .faqSearchQuery)

    static let path = ["faq", "search"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .faqSearchAbstract, discussion: .faqSearchDiscussion,
        arguments: [query], options: [Common.faqLimit, Common.faqLanguage],
        examples: ["cs faq search \"환불은 언제 되나요\"", "cs faq search 'ㄱㅈ ㅂㄱ'", "cs faq search - --json < questions.txt"])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let limit = try invocation[Common.faqLimit] ?? 5
        let lang = try invocation[Common.faqLanguage]
        let query = try invocation[Self.query]
        // A blank query asks nothing: a usage error, as a blank --reason is.
        if query != "-" && query.trimmingWhitespace().isEmpty {
            throw .usage(.invalidValue(what: Self.query.spec.name, value: query, expected: .someText))
        }
        let (desk, log) = try context.desk.readLog()
        let searcher = FAQSearcher.load(desk: desk, log: log)
        if query == "-" {
            // One result line per input line, in order (a final newline ends the last line).
            let bytes = try Failure.catching(usage: FileReading.standardInput(context.environment, limit: .faqFile))
            guard let input = String(validating: bytes, as: UTF8.self) else {
                throw .usage(.unreadableFile(path: "-", reason: .notUTF8))
            }
            var queries = TextLines.split(input)
            if queries.last == "" { queries.removeLast() }
            let trace = SearchTrace(context.environment)
            let lines = queries.map { line -> String in
                let text = String(line)
                let hits = trace.timing { searcher.search(text, limit: limit, lang: lang) }
                return context.output.json
                    ? FAQText.json(query: text, hits: hits)
                    : Terminal.singleLine(text) + "\t" + hits.map(\.entry.id).joined(separator: " ")
            }
            if !lines.isEmpty { context.output.print(lines.joined(separator: "\n")) }
            return
        }
        FAQText.show(
            searcher.search(query, limit: limit, lang: lang), query: query,
            none: searcher.hasTopic(query)
                ? .noFAQEntryMatches(query: Terminal.singleLine(query))
                : .faqQueryWithoutTopic(query: Terminal.singleLine(query)),
            context: context)
    }
}
