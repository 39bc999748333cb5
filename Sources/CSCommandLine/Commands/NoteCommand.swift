import CSDomain

enum NoteCommand: Command {
    static let text = Argument.text("TEXT", help: .noteText).optional
    static let bodyFile = Option.text("body-file", "FILE", kind: .file, help: .noteBodyFile)

    static let path = ["note"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .noteAbstract, arguments: [Common.ticket, text], options: [bodyFile],
        examples: ["cs note K7M2 \"PG사 승인번호 확인 필요\"", "echo 'checked with the card issuer' | cs note K7M2 -"])

    static func run(_ context: Context) throws(Failure) {
        let body = try context.input.requireBody(
            BodySource(context.invocation, inline: text, file: bodyFile), .note,
            hint: .editorHintTicket(try context.invocation[Common.ticket]))
        try context.desk.changeTicket(done: { .noted(ticket: $0.id) }) { (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.note(on: ticket, body: body))
        }
    }
}
