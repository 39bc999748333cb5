import CSDomain

extension Common {
    /// `--as-of TIME`: the desk as the log had it then (show, list, stats, sla).
    static let asOf = Option.time("as-of", help: .asOf)
}

/// The desk a reading command looks at, and the moment it looks from: now, or with
/// `--as-of` the moment given, the desk replayed from the events up to it.
struct DeskView {
    var desk: Desk
    var log: EventLog
    var now: Timestamp
    /// Set when looking back: whole tickets are read only up to it too.
    var asOf: Timestamp?
    /// The desk now, when looking back: to tell a ticket opened later from a typo.
    var present: (() -> Desk?)? = nil

    func ticket(_ typed: String) throws(Failure) -> Ticket {
        let found = try summary(typed)
        return try Failure.catching(log: log.readTicket(found, asOf: asOf))
    }

    /// The ticket's summary in the desk looked at (`lookingBack`).
    func summary(_ typed: String) throws(Failure) -> Ticket {
        try lookingBack { () throws(LookupError) in try desk.ticket(matching: typed) }
    }

    /// A lookup in the desk looked at; looking back, a ticket that exists now but not then is
    /// said to be not yet open, rather than not to exist.
    private func lookingBack<T>(_ lookup: () throws(LookupError) -> T) throws(Failure) -> T {
        do {
            return try lookup()
        } catch .noTicket(let typed) {
            if asOf != nil, let now = present?(), let later = try? now.ticket(matching: typed) {
                throw .notFound(.notYetOpened(ticket: later.id, typed: typed))
            }
            throw .notFound(.noTicket(typed))
        } catch {
            throw .notFound(error)
        }
    }

    /// A ticket read whole for `cs show`: followed through merges (with the duplicate
    /// named, when it was one), the threads of the duplicates merged into it woven into its
    /// own by time, each of their entries marked with the duplicate it came from.
    func ticketWithDuplicates(_ typed: String) throws(Failure) -> (ticket: Ticket, named: Ticket?) {
        let (summary, named) = try lookingBack { () throws(LookupError) in try desk.resolve(typed) }
        var whole = try Failure.catching(log: log.readTicket(summary, asOf: asOf))
        var woven = whole.thread.map { (entry: $0, duplicate: false) }
        // Through every step of a chain of merges: A into B, then B into C.
        var pending = whole.mergedFrom
        var seen = Set(pending)
        while let id = pending.first {
            pending.removeFirst()
            guard let duplicate = desk.ticket(id) else { continue }
            let read = try Failure.catching(log: log.readTicket(duplicate, asOf: asOf))
            for var entry in read.thread {
                entry.fromTicket = id
                woven.append((entry, true))
            }
            for earlier in read.mergedFrom where seen.insert(earlier).inserted { pending.append(earlier) }
        }
        // By time; at one moment the survivor's own entries first, each side in its order.
        whole.thread = woven.enumerated().sorted {
            ($0.element.entry.at, $0.element.duplicate ? 1 : 0, $0.offset)
                < ($1.element.entry.at, $1.element.duplicate ? 1 : 0, $1.offset)
        }.map(\.element.entry)
        return (whole, named)
    }
}

extension DeskAccess {
    func view(asOf option: Option<String> = Common.asOf) throws(Failure) -> DeskView {
        let now = try clock.now()
        guard let typed = try invocation[option] else {
            let (desk, log) = try readLog()
            return DeskView(desk: desk, log: log, now: now, asOf: nil)
        }
        let moment = try Failure.catching(
            usage: ValueParsing.time(typed, option: "--" + option.spec.long, now: now, zone: clock.zone()))
        let log = try locateLog()
        let read = try Failure.catching(log: log.read(asOf: moment))
        output.warnIfTorn(read.tornLastLine, log: log)
        ProcessLifetime.keep(read.desk)
        return DeskView(desk: read.desk, log: log, now: moment, asOf: moment) { [damage] in
            guard let present = try? log.read().desk else { return nil }
            damage.watch(present, log: log)
            return present
        }
    }

    /// Counted time under the desk's hours; a schedule's zone that cannot be read is said
    /// once and UTC is used.
    func calendar(_ settings: DeskSettings) -> BusinessCalendar {
        guard case .schedule(let schedule) = settings.hours else { return .always }
        switch clock.zone(named: schedule.zone) {
        case .success(let zone): return BusinessCalendar(settings.hours, zone: zone)
        case .failure:
            output.warn(.unknownTimeZone(Terminal.singleLine(schedule.zone)))
            return BusinessCalendar(settings.hours, zone: .utc)
        }
    }
}
