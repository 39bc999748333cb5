/// The desk's service-level settings: a target per priority, and when the clocks run. Set by
/// `sla-policy-set` and `sla-hours-set` events, so every clone of the log has them and the
/// log keeps their history; views use what is in force when they are computed.
public struct DeskSettings: Equatable, Sendable {
    public var policy = ServiceLevelPolicy.defaults
    public var hours = BusinessHours.always
    /// What settings events name in the place of a ticket (`cs log sla` reads their history).
    public static let subject = "sla"

    public init() {}
}

/// How soon each priority must get its first response and its resolution, in seconds of
/// counted time (business time when the desk keeps hours).
public struct ServiceLevelPolicy: Equatable, Sendable {
    public struct Target: Equatable, Sendable {
        public var firstResponse: Int64
        public var resolution: Int64

        public init(firstResponse: Int64, resolution: Int64) {
            self.firstResponse = firstResponse
            self.resolution = resolution
        }
    }

    /// By priority, in `Priority.allCases` order.
    private var targets: [Target]

    /// Urgent 15 min / 4 h, high 1 h / 8 h, normal 4 h / 24 h, low 8 h / 72 h, around the clock.
    public static let defaults = ServiceLevelPolicy(targets: [
        .low: Target(firstResponse: 8 * 3600, resolution: 72 * 3600),
        .normal: Target(firstResponse: 4 * 3600, resolution: 24 * 3600),
        .high: Target(firstResponse: 3600, resolution: 8 * 3600),
        .urgent: Target(firstResponse: 15 * 60, resolution: 4 * 3600),
    ])

    init(targets: [Priority: Target]) {
        self.targets = Priority.allCases.map { targets[$0]! }
    }

    public func target(_ priority: Priority) -> Target { targets[Priority.allCases.firstIndex(of: priority)!] }

    public mutating func set(_ target: Target, for priority: Priority) {
        targets[Priority.allCases.firstIndex(of: priority)!] = target
    }
}

/// The days of the week, Monday first, as `--days mon-fri` names them.
public enum Weekday: String, CaseIterable, Sendable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// Of a day counted from 1970-01-01, a Thursday.
    static func of(day: Int64) -> Weekday {
        let index = ((day % 7) + 7 + 3) % 7
        return allCases[Int(index)]
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// When the service-level clocks run.
public enum BusinessHours: Equatable, Sendable {
    /// Around the clock, every day.
    case always
    case schedule(Schedule)

    /// Working days, one span of hours a day in a zone, and days off.
    public struct Schedule: Equatable, Sendable {
        public var days: [Weekday]
        /// Minutes after local midnight: opening, and closing (later, at most 24:00).
        public var opens: Int
        public var closes: Int
        /// A zone name as `TZ` takes it (`Asia/Seoul`), or a POSIX rule.
        public var zone: String
        /// Days off, as `YYYY-MM-DD` local dates, sorted.
        public var holidays: [String]

        public init(days: [Weekday], opens: Int, closes: Int, zone: String, holidays: [String]) {
            self.days = days.sorted()
            self.opens = opens
            self.closes = closes
            self.zone = zone
            self.holidays = holidays.sorted()
        }
    }
}
