import CSDomain

enum FAQEditCommand: Command {
    static let id = Argument.text("ID", kind: .faq, help: .faqEntryID)
    static let options: [any OptionDeclaration] = [FAQWrites.question] + FAQWrites.fieldOptions

    static let path = ["faq", "edit"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .faqEditAbstract, discussion: .faqEditDiscussion,
        arguments: [id], options: options,
        examples: [
            "cs faq edit refund-timing-ko --answer-file new-answer.txt",
            "cs faq edit login-failed-en --tag login --tag locked",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let id = try invocation[Self.id]
        var answer = try context.input.faqAnswer()
        if !options.contains(where: invocation.given) {
            // Nothing to change given: a person at a terminal edits the answer, as `gh issue edit` does the body.
            guard context.input.canOpenEditor else {
                throw .usage(.nothingToChange(options: options.map { "--" + $0.spec.long }, command: spec.name))
            }
            let desk = try context.desk.readDesk()
            try Failure.catching(refusal: FAQCatalog.requireDeskEntry(id, in: desk))
            let current = try Failure.catching(lookup: FAQCatalog(desk: desk).entry(id))
            answer = try context.input.editText(
                .answer, hint: .editorHintFAQEntry(id: id, question: current.question),
                initial: current.answer)
        }
        let question = try invocation[FAQWrites.question]
        if answer == nil, invocation.given(FAQWrites.answer) || invocation.given(FAQWrites.answerFile) {
            throw .usage(
                .invalidValue(
                    what: "--answer", value: invocation.word(FAQWrites.answer) ?? "", expected: .someText))
        }
        let tags = try FAQWrites.tags(context)
        let title = try context.input.clearableText(FAQWrites.title)
        let category = try context.input.clearableText(FAQWrites.category)
        let language = try invocation[FAQWrites.language]
        let written = try context.desk.write { (decider: inout Decider) throws(Failure) in
            try Failure.catching(refusal: FAQCatalog.requireDeskEntry(id, in: decider.desk))
            var entry = try Failure.catching(lookup: FAQCatalog(desk: decider.desk).entry(id))
            if let question { entry.question = question }
            if let answer { entry.answer = answer }
            if let title { entry.title = title }
            if let category { entry.category = category }
            if invocation.given(FAQWrites.tags) { entry.tags = tags }
            if let language { entry.lang = language }
            let event = try Failure.catching(lookup: decider.editFAQ(entry))
            return (events: event.map { [$0] } ?? [], outcome: (entry, event))
        }
        let ((entry, event), stored) = (written.outcome, written.stored)
        FAQWrites.report(
            FAQWrites.storedEntry(stored) ?? entry, message: event == nil ? .faqUnchanged(id: id) : .faqUpdated(id: id),
            context: context)
    }
}
