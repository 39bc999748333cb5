import CSDomain

extension Common {
    /// `--as-of TIME`: the desk as the log had it then (show, list, stats, sla).
    static let asOf = Option.text("as-of", "TIME", help: .asOf)
}

/// The desk a reading command looks at, and the moment it looks from: now, or with
/// `--as-of` the moment given, the desk replayed from the events up to it.
struct DeskView {
    var desk: Desk
    var log: EventLog
    var now: Timestamp
    /// Set when looking back: whole tickets are read only up to it too.
    var asOf: Timestamp?

    func ticket(_ typed: String) throws -> Ticket {
        try log.readTicket(try desk.ticket(matching: typed), asOf: asOf)
    }
}

extension DeskAccess {
    func view(asOf option: Option<String> = Common.asOf) throws -> DeskView {
        let now = try clock.now()
        guard let typed = try invocation[option] else {
            let (desk, log) = try readLog()
            return DeskView(desk: desk, log: log, now: now, asOf: nil)
        }
        let moment = try ValueParsing.time(typed, option: "--" + option.spec.long, now: now, zone: clock.zone())
        let log = try locateLog()
        let read = try log.read(asOf: moment)
        output.warnIfTorn(read.tornLastLine, log: log)
        ProcessLifetime.keep(read.desk)
        return DeskView(desk: read.desk, log: log, now: moment, asOf: moment)
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
