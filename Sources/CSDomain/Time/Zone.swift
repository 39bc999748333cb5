/// The time zone people read times in: a zone of the system's database, a POSIX rule, or
/// UTC. Read from `TZ` the way the C library reads it, so `cs` shows the hours `date` does.
public struct Zone: Sendable {
    enum Source: Sendable {
        case utc
        case file(ZoneInfo)
        case rule(PosixTimeZoneRule)
    }

    /// The zone as it was named (`Asia/Seoul`, `KST-9`, `UTC`).
    public let name: String
    let source: Source

    public static let utc = Zone(name: "UTC", source: .utc)

    /// Whether this is UTC or a zone of the time zone database named by its name there
    /// (`Asia/Seoul`): what a desk's settings may name, since they travel with the log to
    /// other machines. A path is this machine's alone, and a POSIX rule reads its sign
    /// backwards (`UTC+9` is nine hours west).
    public var isDatabaseZone: Bool {
        switch source {
        case .utc: return name == "UTC"
        case .file: return !name.hasPrefix("/") && !name.isEmpty
        case .rule: return false
        }
    }

    /// What is in force at a moment: seconds east of UTC, and the abbreviation (`KST`, `EDT`).
    public struct Offset: Equatable, Sendable {
        public var seconds: Int64
        public var abbreviation: String
        public var isDaylight: Bool
    }

    public func offset(at time: Timestamp) -> Offset {
        switch source {
        case .utc:
            return Offset(seconds: 0, abbreviation: "UTC", isDaylight: false)
        case .file(let info):
            let type = info.localType(at: time)
            return Offset(seconds: type.offset, abbreviation: type.abbreviation, isDaylight: type.isDaylight)
        case .rule(let rule):
            let period = rule.period(at: time)
            return Offset(
                seconds: period.offset, abbreviation: period.abbreviation, isDaylight: period != rule.standard)
        }
    }

    /// The moment a local wall time names (`local`: seconds since 1970 as if the wall time
    /// were UTC). Of two moments (the hour repeated when clocks go back) the earlier; for a
    /// wall time that never happens (the hour skipped when clocks go forward) the moment the
    /// clocks jumped past it.
    public func moment(ofLocal local: Int64) -> Timestamp {
        let guesses = [
            local - offset(at: Timestamp(secondsSince1970: local - 86_400)).seconds,
            local - offset(at: Timestamp(secondsSince1970: local + 86_400)).seconds,
        ]
        let exact = guesses.filter { $0 + offset(at: Timestamp(secondsSince1970: $0)).seconds == local }
        if let earliest = exact.min() { return Timestamp(secondsSince1970: earliest) }
        return Timestamp(secondsSince1970: guesses.max()!)
    }

    public enum Problem: Error, Equatable, Sendable {
        /// Neither a zone file nor a POSIX rule by that name.
        case unknown(String)
        /// A zone file that is not one (damaged, or not TZif).
        case unreadable(String)
    }

    /// The zone `TZ` names, as the C library reads it: unset means the system's zone
    /// (`/etc/localtime`, else UTC); empty means UTC; `:NAME` or `NAME` is a zone file under
    /// `TZDIR` (default `/usr/share/zoneinfo`) or an absolute path; failing that, `NAME` is
    /// read as a POSIX rule (`KST-9`, `EST5EDT`). `readFile` reads a file's bytes, nil when
    /// it is not there.
    public static func named(
        _ tz: String?, zoneDirectory: String?, readFile: (String) -> [UInt8]?
    ) -> Result<Zone, Problem> {
        guard let tz else {
            guard let bytes = readFile("/etc/localtime") else { return .success(.utc) }
            guard let info = ZoneInfo(bytes) else { return .failure(.unreadable("/etc/localtime")) }
            return .success(Zone(name: "local", source: .file(info)))
        }
        let name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
        if name.isEmpty || name == "UTC" || name == "UTC0" {
            return .success(Zone(name: name.isEmpty ? "UTC" : name, source: .utc))
        }
        let path = name.hasPrefix("/") ? name : (zoneDirectory ?? "/usr/share/zoneinfo") + "/" + name
        if !name.split(separator: "/").contains(".."), let bytes = readFile(path) {
            guard let info = ZoneInfo(bytes) else { return .failure(.unreadable(path)) }
            return .success(Zone(name: name, source: .file(info)))
        }
        if !tz.hasPrefix(":"), let rule = PosixTimeZoneRule(name) {
            return .success(Zone(name: name, source: .rule(rule)))
        }
        return .failure(.unknown(name))
    }
}
