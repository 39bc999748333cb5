import CSDomain

enum FAQAddCommand: Command {
    static let spec = CommandSpec(
        ["faq", "add"], group: .writing,
        abstract: "add an entry to the desk's FAQ",
        discussion: "Needs --question and an answer (--answer or --answer-file; on a terminal, the editor opens for it). "
            + "Without ID, one is made up (faq-xxxxxx). "
            + "The first entry a desk adds replaces the built-in FAQ in searches.",
        positionals: [.optional("ID", "the entry's id: letters, digits, '.', '_', '-'; up to 40")],
        options: FAQWrites.entryOptions,
        examples: ["cs faq add refund-card --question \"카드 환불은 언제 되나요?\" --answer-file answer.txt --tag 환불",
                   "cs faq add --question \"How do I reset my PIN?\" --answer \"Open My info > Reset payment PIN.\""])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let id = invocation.argument("ID")
        if let id, !FAQEntry.isValidID(id) || SensitiveData.contains(id) {
            throw UsageError.invalidValue(what: "ID", value: id, expected: "letters, digits, '.', '_' or '-', up to 40")
        }
        guard let questionText = invocation.value("question") else {
            throw UsageError.missingOption(option: "--question TEXT", command: "faq add")
        }
        let question = try ValueParsing.nonEmpty(questionText, what: "--question")
        guard let answer = try context.faqAnswer() ?? answerFromEditor(context, question: question) else {
            throw UsageError.missingOption(option: "--answer TEXT or --answer-file FILE", command: "faq add")
        }
        let written = try context.write { (decider: inout Decider) in
            let entry = FAQEntry(id: id ?? decider.newFAQID(), title: context.clearableText("title") ?? nil, question: question,
                                 answer: answer, tags: invocation.values("tag").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty },
                                 category: context.clearableText("category") ?? nil,
                                 lang: invocation.value("lang") ?? FAQEntry.guessLanguage(question))
            return (events: [try decider.addFAQ(entry)], outcome: (entry, !decider.desk.faq.isEmpty))
        }
        let ((entry, hadEntries), stored) = (written.outcome, written.stored)
        FAQWrites.report(FAQWrites.storedEntry(stored) ?? entry, message: "added FAQ entry \(entry.id)", context: context)
        context.noteFAQSourceChange(hadEntries: hadEntries, hasEntries: true)
    }

    /// With no answer given, a person at a terminal writes it in the editor, as for a reply.
    private static func answerFromEditor(_ context: Context, question: String) throws -> String? {
        let given = context.invocation.value("answer") != nil || context.invocation.value("answer-file") != nil
        guard !given, context.canOpenEditor else { return nil }
        return try context.editText(what: "answer", hint: "The question: \(Terminal.singleLine(question))")
    }
}
