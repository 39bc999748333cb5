import CSDomain

enum FAQAddCommand: Command {
    static let id = Argument<String>("ID", help: .faqAddID) { word, name throws(UsageError) in
        guard FAQEntry.isValidID(word) else { throw .invalidValue(what: name, value: word, expected: .faqID) }
        // Masking would change the id: refused, with the reason (it is a valid id otherwise).
        if SensitiveData.contains(word) { throw .badName(what: name, value: word, problem: .sensitiveNumber) }
        return word
    }.optional
    static let question = FAQWrites.question.required

    static let path = ["faq", "add"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .faqAddAbstract, discussion: .faqAddDiscussion,
        arguments: [id], options: [question] + FAQWrites.fieldOptions,
        examples: [
            "cs faq add refund-card --question \"카드 환불은 언제 되나요?\" --answer-file answer.txt --tag 환불",
            "cs faq add --question \"How do I reset my PIN?\" --answer \"Open My info > Reset payment PIN.\"",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let id = try invocation[Self.id]
        let question = try invocation[Self.question]
        var answer = try context.input.faqAnswer()
        if answer == nil { answer = try answerFromEditor(context, question: question) }
        guard let answer else {
            throw .usage(
                .missingOneOf(
                    [FAQWrites.answer.spec.display, FAQWrites.answerFile.spec.display], command: spec.name))
        }
        let title = try context.input.clearableText(FAQWrites.title) ?? nil
        let category = try context.input.clearableText(FAQWrites.category) ?? nil
        let tags = try FAQWrites.tags(context)
        let language = try invocation[FAQWrites.language] ?? FAQEntry.guessLanguage(question)
        let written = try context.desk.write { (decider: inout Decider) throws(Failure) in
            let entry = FAQEntry(
                id: id ?? decider.newFAQID(), title: title, question: question, answer: answer, tags: tags,
                category: category, lang: language)
            return (
                events: [try Failure.catching(refusal: decider.addFAQ(entry))],
                outcome: (entry, !decider.desk.faq.isEmpty)
            )
        }
        let ((entry, hadEntries), stored) = (written.outcome, written.stored)
        FAQWrites.report(FAQWrites.storedEntry(stored) ?? entry, message: .faqAdded(id: entry.id), context: context)
        context.output.noteFAQSourceChange(hadEntries: hadEntries, hasEntries: true)
    }

    /// With no answer given, a person at a terminal writes it in the editor, as for a reply.
    private static func answerFromEditor(_ context: Context, question: String) throws(Failure) -> String? {
        let given = context.invocation.given(FAQWrites.answer) || context.invocation.given(FAQWrites.answerFile)
        guard !given, context.input.canOpenEditor else { return nil }
        return try context.input.editText(.answer, hint: .editorHintQuestion(question))
    }
}
