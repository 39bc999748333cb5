import CSDomain

enum LogCommand: Command {
    static let ticket = Argument.text("TICKET", kind: .ticket, help: .logTicket).optional

    static let path = ["log"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .logAbstract, discussion: .logDiscussion, arguments: [ticket],
        examples: [
            "cs log", "cs log K7M2", "cs log refund-timing-ko", "cs log --json | jq -c 'select(.type==\"refunded\")'",
        ])

    static func run(_ context: Context) throws(Failure) {
        let time = context.output.json ? nil : try context.clock.humanTime()
        var render = Renderer(time: time, width: context.output.width, catalogue: context.catalogue)
        var lines: [String] = []
        guard let typed = try context.invocation[ticket] else {
            // The whole log, streamed: each event printed as it is decoded.
            let log = try context.desk.locateLog()
            let torn = try Failure.catching(
                log: log.forEachEvent { event, line in lines.append(render.line(event, stored: line)) })
            context.output.warnIfTorn(torn, log: log)
            print(lines, context: context)
            return
        }
        let (desk, log) = try context.desk.readLog()
        let named: Ticket?
        do throws(LookupError) {
            named = try desk.ticket(named: typed)
        } catch .noTicket {
            named = nil
        } catch {
            throw .notFound(error)
        }
        if let ticket = named {
            // A ticket's events are read by their offsets: no other line is decoded.
            // The named ticket's own events, a merged duplicate's too (not its survivor's).
            for (event, line) in try Failure.catching(log: log.events(at: ticket.eventOffsets)) {
                lines.append(line.withUnsafeBufferPointer { render.line(event, stored: $0) })
            }
        } else {
            // No ticket: a FAQ entry's history (removals included), or the settings' (`sla`),
            // which needs the whole log.
            _ = try Failure.catching(
                log: log.forEachEvent { event, line in
                    if !event.isTicket && event.ticket == typed {
                        lines.append(render.line(event, stored: line))
                    } else if event.isFAQ {
                        render.follow(event)
                    }
                })
            if lines.isEmpty && typed == DeskSettings.subject {
                // Settings never changed: not an error, the defaults are in force.
                if !context.output.json && !context.output.quiet { context.output.print(.noSettingsChanges) }
                return
            }
            guard !lines.isEmpty else { throw .notFound(.noTicket(typed)) }
        }
        print(lines, context: context)
    }

    private static func print(_ lines: [String], context: Context) {
        guard !lines.isEmpty else { return }
        if context.output.json {
            context.output.print(lines.joined(separator: "\n"))
        } else {
            context.output.page(lines.joined(separator: "\n"))
        }
    }

    /// One event as a line: as stored (`--json`), or for a person, its time, ticket, type,
    /// author and what it did — which needs the ticket as it was then, so the events seen
    /// are applied in order (keeping only each thread's latest entry).
    struct Renderer {
        let time: HumanTime?
        let width: Int?
        let catalogue: Catalogue
        private var tickets: [String: Ticket] = [:]
        private var faq = FAQBook()
        /// The longest type's width: every type fits its column.
        static let typeWidth = Event.typeNames.map(\.count).max() ?? 16

        init(time: HumanTime?, width: Int?, catalogue: Catalogue) {
            self.time = time
            self.width = width
            self.catalogue = catalogue
        }

        mutating func line(_ event: Event, stored: UnsafeBufferPointer<UInt8>) -> String {
            guard let time else { return String(decoding: stored, as: UTF8.self) }
            let entry = follow(event)
            let summary: String
            switch event.body {
            case .faq: summary = firstLine(faq.entries[event.ticket]?.question ?? "")
            case .desk(let change as SLAPolicySet):
                summary = catalogue.text(.slaPolicySet(priority: change.priority, target: change.target))
            case .desk(let change as SLAHoursSet): summary = catalogue.text(.slaHoursSet(change.hours))
            case .desk: summary = ""
            case .ticket:
                summary =
                    entry.map {
                        $0.kind.isConversation
                            ? firstLine($0.body)
                            : Terminal.singleLine(catalogue.text(TicketText.activity($0.content, time: time)))
                    } ?? ""
            }
            let line = [
                time.format(event.at), event.ticket, DisplayWidth.pad(event.type, to: Self.typeWidth),
                DisplayWidth.pad(DisplayWidth.truncate(Terminal.singleLine(event.by), to: 12), to: 12), summary,
            ].joined(separator: "  ")
            return width.map { DisplayWidth.truncate(line, to: $0) } ?? line
        }

        /// Applies the event; the thread entry it added, if any.
        @discardableResult
        mutating func follow(_ event: Event) -> ThreadEntry? {
            guard time != nil else { return nil }
            switch event.body {
            case .faq(let change):
                change.apply(to: &faq, entry: event.ticket, at: event.at)
                return nil
            case .desk:
                return nil
            case .ticket:
                break
            }
            var ticket = tickets.removeValue(forKey: event.ticket) ?? Ticket(id: event.ticket, keepingThread: true)
            event.apply(to: &ticket)
            let entry = ticket.thread.last
            ticket.thread.removeAll(keepingCapacity: true)
            tickets[event.ticket] = ticket
            return entry
        }

        private func firstLine(_ text: String) -> String {
            DisplayWidth.truncate(
                Terminal.singleLine(String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")),
                to: 60)
        }
    }
}
