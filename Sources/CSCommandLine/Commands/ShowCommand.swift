import CSDomain

enum ShowCommand: Command {
    static let spec = CommandSpec(
        ["show"], group: .reading, abstract: .showAbstract, arguments: [Common.ticket],
        examples: ["cs show K7M2", "cs show K7M2 --json | jq .refundedTotal"])

    static func run(_ context: Context) throws {
        let ticket = try context.readTicket(try context.invocation[Common.ticket])
        if context.json {
            context.print(TicketJSON.text(ticket, thread: true))
        } else {
            context.page(
                TicketText(time: try context.humanTime(), style: context.style, catalogue: context.catalogue).render(
                    ticket))
        }
    }
}

extension Context {
    func humanTime() throws -> HumanTime {
        HumanTime(now: try now(), zone: zone(), catalogue: catalogue)
    }

    /// The zone of `TZ` (see `Zone.named`). One that cannot be read is said once, on
    /// standard error, and times are shown in UTC, named so.
    func zone() -> Zone {
        let variables = environment.variables
        switch Zone.named(
            variables["TZ"], zoneDirectory: variables["TZDIR"],
            readFile: { path in
                try? FileReading.bytes(atPath: path, shownAs: path)
            })
        {
        case .success(let zone):
            return zone
        case .failure(.unknown(let name)):
            warn(.unknownTimeZone(Terminal.singleLine(name)))
            return .utc
        case .failure(.unreadable(let path)):
            warn(.unreadableZoneFile(path: path))
            return .utc
        }
    }
}
