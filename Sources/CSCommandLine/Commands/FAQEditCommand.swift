import CSDomain

enum FAQEditCommand: Command {
    static let spec = CommandSpec(
        ["faq", "edit"], group: .writing,
        abstract: "change an entry of the desk's FAQ",
        discussion: "Changes only the fields given; --tag replaces all the tags; --title '' or --category '' clears them. "
            + "With none given on a terminal, the editor opens on the answer. "
            + "The change is a new event: the entry's history stays in the log.",
        positionals: [.required("ID", kind: .faq, "the entry's id")],
        options: FAQWrites.entryOptions,
        examples: ["cs faq edit refund-timing-ko --answer-file new-answer.txt", "cs faq edit login-failed-en --tag login --tag locked"])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let id = invocation.argument("ID") ?? ""
        let names = FAQWrites.entryOptions.map(\.long)
        var answer = try context.faqAnswer()
        if !names.contains(where: { invocation.value($0) != nil }) {
            // Nothing to change given: a person at a terminal edits the answer, as `gh issue edit` does the body.
            guard context.canOpenEditor else {
                throw UsageError.missingOption(option: names.map { "--" + $0 }.joined(separator: ", ") + ": something to change",
                                               command: "faq edit")
            }
            let desk = try context.readDesk()
            try FAQWrites.requireDeskEntry(id, in: desk)
            let current = try FAQCatalog(desk: desk).entry(id)
            answer = try context.editText(what: "answer", hint: "FAQ entry \(id): \(Terminal.singleLine(current.question))",
                                          initial: current.answer)
        }
        let question = try invocation.value("question").map { (text) throws(UsageError) in try ValueParsing.nonEmpty(text, what: "--question") }
        if answer == nil, invocation.value("answer") != nil || invocation.value("answer-file") != nil {
            throw UsageError.invalidValue(what: "--answer", value: invocation.value("answer") ?? "", expected: "some text")
        }
        let tags = invocation.values("tag").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let written = try context.write { (decider: inout Decider) in
            try FAQWrites.requireDeskEntry(id, in: decider.desk)
            var entry = try FAQCatalog(desk: decider.desk).entry(id)
            if let question { entry.question = question }
            if let answer { entry.answer = answer }
            if let title = context.clearableText("title") { entry.title = title }
            if let category = context.clearableText("category") { entry.category = category }
            if invocation.value("tag") != nil { entry.tags = tags }
            if let lang = invocation.value("lang") { entry.lang = lang }
            let event = try decider.editFAQ(entry)
            return (events: event.map { [$0] } ?? [], outcome: (entry, event))
        }
        let ((entry, event), stored) = (written.outcome, written.stored)
        FAQWrites.report(FAQWrites.storedEntry(stored) ?? entry, message: event == nil ? "FAQ entry \(id) already reads so; nothing changed" : "updated FAQ entry \(id)",
                         context: context)
    }
}
