/// A POSIX `TZ` rule (`KST-9`, `UTC+9`, `EST5EDT,M3.2.0,M11.1.0`, `<+0330>-3:30`): what
/// `TZ` means when it names no zone file, and what a zone file's footer says for the years
/// after its table. POSIX offsets count west of Greenwich, so `UTC+9` is nine hours
/// *behind* UTC; stored here the other way, as seconds east (what clocks add to UTC).
public struct PosixTimeZoneRule: Equatable, Sendable {
    public struct Period: Equatable, Sendable {
        public var abbreviation: String
        /// Seconds east of UTC.
        public var offset: Int64
    }

    /// When daylight saving starts or ends in a year: a date rule and the local time of day.
    public struct Transition: Equatable, Sendable {
        public enum Day: Equatable, Sendable {
            /// `Jn`: day 1–365, February 29 never counted.
            case julianNoLeap(Int64)
            /// `n`: day 0–365, February 29 counted.
            case zeroBased(Int64)
            /// `Mm.w.d`: weekday `d` (0 Sunday) of week `w` (5: the last) of month `m`.
            case monthWeekDay(month: Int64, week: Int64, weekday: Int64)
        }

        public var day: Day
        /// Seconds after local midnight (may be negative or past 24 hours, as RFC 8536 allows).
        public var time: Int64
    }

    public var standard: Period
    public var daylight: Period?
    public var start: Transition?
    public var end: Transition?

    /// Parses a POSIX TZ string; nil when it is not one.
    public init?(_ text: String) {
        var reader = Reader(Array(text.utf8))
        guard let standardName = reader.name(), let standardOffset = reader.offset() else { return nil }
        standard = Period(abbreviation: standardName, offset: -standardOffset)
        if reader.atEnd { return }
        guard let daylightName = reader.name() else { return nil }
        let daylightOffset = reader.peekIsOffsetStart ? reader.offset() : standardOffset - 3600
        guard let daylightOffset else { return nil }
        daylight = Period(abbreviation: daylightName, offset: -daylightOffset)
        if reader.atEnd {
            // No rule given: the US rule, as glibc assumes without a posixrules file.
            start = Transition(day: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200)
            end = Transition(day: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200)
            return
        }
        guard reader.take(UInt8(ascii: ",")), let start = reader.transition(), reader.take(UInt8(ascii: ",")),
            let end = reader.transition(), reader.atEnd
        else { return nil }
        self.start = start
        self.end = end
    }

    /// The period in force at `time`.
    public func period(at time: Timestamp) -> Period {
        guard let daylight, let start, let end else { return standard }
        let seconds = time.secondsSince1970
        let year = time.civil(offsetSeconds: standard.offset).year
        // Daylight time runs from the start in a year to the next end after it (in the next
        // year, south of the equator); the years around this one cover every edge.
        for candidate in (year - 1)...(year + 1) {
            let begins = Self.moment(of: start, in: candidate) - standard.offset
            var ends = Self.moment(of: end, in: candidate) - daylight.offset
            if ends <= begins { ends = Self.moment(of: end, in: candidate + 1) - daylight.offset }
            if seconds >= begins && seconds < ends { return daylight }
        }
        return standard
    }

    /// Seconds since 1970 of the transition's local wall time in `year`, as if that wall
    /// time were UTC.
    static func moment(of transition: Transition, in year: Int64) -> Int64 {
        let january1 = Timestamp.daysFromCivil(year: year, month: 1, day: 1)
        let days: Int64
        switch transition.day {
        case .julianNoLeap(let day):
            let isLeap = Timestamp.daysIn(month: 2, year: year) == 29
            days = january1 + day - 1 + (isLeap && day >= 60 ? 1 : 0)
        case .zeroBased(let day):
            days = january1 + day
        case .monthWeekDay(let month, let week, let weekday):
            let first = Timestamp.daysFromCivil(year: year, month: month, day: 1)
            // 1970-01-01 was a Thursday (weekday 4).
            let firstWeekday = ((first % 7) + 7 + 4) % 7
            var day = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let monthEnd = first + Timestamp.daysIn(month: month, year: year)
            while day >= monthEnd { day -= 7 }
            days = day
        }
        return days * 86_400 + transition.time
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }
        var peekIsOffsetStart: Bool {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            return byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || (byte >= 48 && byte <= 57)
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// Three or more letters, or `<...>` with letters, digits, `+` and `-`.
        mutating func name() -> String? {
            let start = index
            if take(UInt8(ascii: "<")) {
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                guard index < bytes.count, index - start - 1 >= 3 else { return nil }
                index += 1
                return String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
            }
            while index < bytes.count, (bytes[index] | 0x20) >= UInt8(ascii: "a"),
                (bytes[index] | 0x20) <= UInt8(ascii: "z")
            {
                index += 1
            }
            return index - start >= 3 ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }

        /// `[+-]hh[:mm[:ss]]` in seconds (POSIX sign: positive is west).
        mutating func offset(maximumHours: Int64 = 24) -> Int64? {
            var sign: Int64 = 1
            if take(UInt8(ascii: "-")) { sign = -1 } else { _ = take(UInt8(ascii: "+")) }
            guard let hours = number(maximum: maximumHours) else { return nil }
            var seconds = hours * 3600
            if take(UInt8(ascii: ":")) {
                guard let minutes = number(maximum: 59) else { return nil }
                seconds += minutes * 60
                if take(UInt8(ascii: ":")) {
                    guard let rest = number(maximum: 59) else { return nil }
                    seconds += rest
                }
            }
            return sign * seconds
        }

        mutating func number(maximum: Int64) -> Int64? {
            let start = index
            var value: Int64 = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57, index - start < 3 {
                value = value * 10 + Int64(bytes[index] - 48)
                index += 1
            }
            return index > start && value <= maximum ? value : nil
        }

        mutating func transition() -> Transition? {
            let day: Transition.Day
            if take(UInt8(ascii: "J")) {
                guard let value = number(maximum: 365), value >= 1 else { return nil }
                day = .julianNoLeap(value)
            } else if take(UInt8(ascii: "M")) {
                guard let month = number(maximum: 12), month >= 1, take(UInt8(ascii: ".")),
                    let week = number(maximum: 5), week >= 1, take(UInt8(ascii: ".")),
                    let weekday = number(maximum: 6)
                else { return nil }
                day = .monthWeekDay(month: month, week: week, weekday: weekday)
            } else {
                guard let value = number(maximum: 365) else { return nil }
                day = .zeroBased(value)
            }
            var time: Int64 = 7200
            if take(UInt8(ascii: "/")) {
                guard let given = offset(maximumHours: 167) else { return nil }
                time = given
            }
            return Transition(day: day, time: time)
        }
    }
}
