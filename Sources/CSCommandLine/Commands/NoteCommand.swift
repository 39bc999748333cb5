import CSDomain

enum NoteCommand: Command {
    static let spec = CommandSpec(
        ["note"], group: .writing,
        abstract: "add an internal note, never shown to the customer",
        positionals: [Context.ticketArgument, .optional("TEXT", "the note; - reads standard input")],
        options: [.value("body-file", "FILE", kind: .file, "read the note from FILE, or - for standard input")],
        examples: ["cs note K7M2 \"PG사 승인번호 확인 필요\"", "echo 'checked with the card issuer' | cs note K7M2 -"])

    static func run(_ context: Context) throws {
        let body = try context.requireBody(what: "note text")
        try context.changeTicket(done: { "added an internal note to \($0.id)" }, unchanged: { $0.id }) { decider, ticket in
            try decider.note(on: ticket, body: body)
        }
    }
}
