import CSDomain

/// `cs sla TICKET`: each clock's standing, then the stretches it counted or paused, each
/// with the event that began it, so an agent can see why a ticket is overdue.
struct ClockText {
    let time: HumanTime
    let catalogue: Catalogue

    enum Standing: String {
        case met, breached, running, paused
    }

    static func standing(_ clock: ServiceLevelClock) -> Standing {
        if clock.breached { return .breached }
        if !clock.isRunning { return .met }
        return clock.intervals.last?.state == .paused ? .paused : .running
    }

    func render(_ ticket: Ticket, clocks: [ServiceLevelClock]) -> String {
        var lines = [
            "\(ticket.id)  \(Terminal.singleLine(ticket.subject))  "
                + "(\(ticket.priority.rawValue), \(ticket.status.rawValue))"
        ]
        let names = clocks.map { catalogue.text(.clockName($0.kind)) }
        let width = names.map(DisplayWidth.of).max() ?? 0
        for (clock, name) in zip(clocks, names) {
            lines.append("")
            var line =
                DisplayWidth.pad(name, to: width) + "  " + catalogue.text(.clockStanding(Self.standing(clock)))
                + "  " + catalogue.text(.clockElapsed(elapsed: clock.elapsedSeconds, target: clock.targetSeconds))
            switch Self.standing(clock) {
            case .breached: line += "  " + catalogue.text(.clockBreachedAt(time.format(clock.breachedAt!)))
            case .met: line += "  " + catalogue.text(.clockStoppedAt(time.format(clock.stoppedAt!)))
            case .running:
                if let due = clock.dueAt {
                    line +=
                        "  "
                        + catalogue.text(
                            .clockDue(at: time.format(due), left: due.secondsSince1970 - time.now.secondsSince1970))
                }
            case .paused: break
            }
            if clock.pausedSeconds > 0 { line += "  " + catalogue.text(.clockPausedFor(clock.pausedSeconds)) }
            lines.append(line)
            for interval in clock.intervals {
                var row =
                    "  · " + time.format(interval.from) + " – " + time.format(interval.to) + "  "
                    + catalogue.text(.intervalState(interval.state)) + "  " + interval.priority.rawValue
                if interval.state == .counting { row += "  " + catalogue.text(.duration(interval.countedSeconds)) }
                if let cause = Self.cause(interval, of: ticket) {
                    row += "  " + cause.type + " " + cause.id + " (" + Terminal.singleLine(cause.by) + ")"
                }
                lines.append(row)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The event that began a stretch: a history change, or the first reply.
    static func cause(_ interval: ServiceLevelClock.Interval, of ticket: Ticket) -> EventReference? {
        if let index = interval.startedBy {
            return index < ticket.changeCauses.count ? ticket.changeCauses[index] : nil
        }
        return ticket.firstReply
    }

    static func json(_ ticket: Ticket, clocks: [ServiceLevelClock], at moment: Timestamp) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.string("ticket", ticket.id)
        writer.string("at", moment.rfc3339)
        writer.string("status", ticket.status.rawValue)
        writer.string("priority", ticket.priority.rawValue)
        writer.key("clocks")
        writer.beginArray()
        for clock in clocks {
            writer.beginObject()
            writer.string("kind", clock.kind.rawValue)
            writer.string("standing", standing(clock).rawValue)
            writer.int("targetSeconds", clock.targetSeconds)
            writer.int("elapsedSeconds", clock.elapsedSeconds)
            writer.int("pausedSeconds", clock.pausedSeconds)
            writer.optionalString("dueAt", clock.dueAt?.rfc3339)
            writer.bool("breached", clock.breached)
            writer.optionalString("breachedAt", clock.breachedAt?.rfc3339)
            writer.optionalString("stoppedAt", clock.stoppedAt?.rfc3339)
            writer.key("intervals")
            writer.beginArray()
            for (index, interval) in clock.intervals.enumerated() {
                writer.beginObject()
                writer.string("from", interval.from.rfc3339)
                writer.string("to", interval.to.rfc3339)
                writer.string("state", interval.state.rawValue)
                writer.string("priority", interval.priority.rawValue)
                writer.int("countedSeconds", interval.countedSeconds)
                writeReference("startedBy", cause(interval, of: ticket), into: &writer)
                let next = index + 1 < clock.intervals.count ? cause(clock.intervals[index + 1], of: ticket) : nil
                writeReference("endedBy", next, into: &writer)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }

    static func writeReference(_ name: String, _ reference: EventReference?, into writer: inout JSONWriter) {
        writer.key(name)
        guard let reference else {
            writer.null()
            return
        }
        writer.beginObject()
        writer.string("event", reference.id)
        writer.string("type", reference.type)
        writer.string("at", reference.at.rfc3339)
        writer.string("by", reference.by)
        writer.endObject()
    }
}
