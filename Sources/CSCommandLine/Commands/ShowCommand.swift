import CSDomain

enum ShowCommand: Command {
    static let spec = CommandSpec(
        ["show"], group: .reading,
        abstract: "show a ticket's current state and its whole thread",
        positionals: [Context.ticketArgument],
        examples: ["cs show K7M2", "cs show K7M2 --json | jq .refundedTotal"])

    static func run(_ context: Context) throws {
        let ticket = try context.readTicket(context.invocation.argument("TICKET") ?? "")
        if context.json {
            context.print(TicketJSON.text(ticket, thread: true))
        } else {
            context.page(TicketText(time: try context.humanTime(), style: context.style).render(ticket))
        }
    }
}

extension Context {
    func humanTime() throws -> HumanTime {
        HumanTime(now: try now(), zone: zone())
    }

    /// The zone of `TZ` (see `Zone.named`). One that cannot be read is said once, on
    /// standard error, and times are shown in UTC, named so.
    func zone() -> Zone {
        let variables = environment.variables
        switch Zone.named(variables["TZ"], zoneDirectory: variables["TZDIR"], readFile: { path in
            try? FileReading.bytes(atPath: path, shownAs: path)
        }) {
        case .success(let zone):
            return zone
        case .failure(.unknown(let name)):
            warn("warning: unknown time zone '\(Terminal.singleLine(name))' in TZ; showing times in UTC "
                + "(use a zone name such as Asia/Seoul, or a POSIX rule such as KST-9)")
            return .utc
        case .failure(.unreadable(let path)):
            warn("warning: '\(path)' is not a zone file that can be read; showing times in UTC")
            return .utc
        }
    }
}
