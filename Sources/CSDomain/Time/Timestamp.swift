/// A moment in whole seconds since 1970 UTC. The log writes it as RFC 3339 in UTC
/// (`2026-11-23T09:30:00Z`); parsing is by hand because replay reads a million of them.
public struct Timestamp: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    public var description: String { rfc3339 }

    public func adding(seconds: Int64) -> Timestamp { Timestamp(secondsSince1970: secondsSince1970 + seconds) }

    /// Years 0001–9999 only: anything else cannot be written back as RFC 3339.
    public static let earliest = Timestamp(secondsSince1970: -62_135_596_800)
    public static let latest = Timestamp(secondsSince1970: 253_402_300_799)

    /// Parses RFC 3339 (`2026-11-23T09:30:00Z`, `2026-11-23T18:30:00+09:00`, fractions
    /// dropped) or, when `allowDateOnly`, a plain date taken as midnight UTC.
    public init?(rfc3339 text: String, allowDateOnly: Bool = false) {
        var text = text
        // Contiguous UTF-8 (native strings always are): read the bytes without copying them.
        guard let seconds = text.withUTF8({ Timestamp.parse($0, allowDateOnly: allowDateOnly) }) else { return nil }
        self.secondsSince1970 = seconds
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>, allowDateOnly: Bool) -> Int64? {
        func digits(_ start: Int, _ count: Int) -> Int64? {
            guard start + count <= b.count else { return nil }
            var value: Int64 = 0
            for i in start..<(start + count) {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                value = value * 10 + Int64(b[i] - 48)
            }
            return value
        }
        guard let year = digits(0, 4), b.count >= 10, b[4] == 45, let month = digits(5, 2), b[7] == 45,
            let day = digits(8, 2), (1...12).contains(month), day >= 1,
            day <= Timestamp.daysIn(month: month, year: year), year >= 1
        else { return nil }
        var seconds = Timestamp.daysFromCivil(year: year, month: month, day: day) * 86_400
        if b.count == 10 { return allowDateOnly ? seconds : nil }
        guard b.count >= 20, b[10] == 84 || b[10] == 116 || b[10] == 32,
            let hour = digits(11, 2), b[13] == 58, let minute = digits(14, 2), b[16] == 58,
            let second = digits(17, 2), hour < 24, minute < 60, second < 61
        else { return nil }
        seconds += hour * 3600 + minute * 60 + min(second, 59)
        var i = 19
        if b[i] == 46 {  // fraction: skip the digits
            i += 1
            let start = i
            while i < b.count, b[i] >= 48 && b[i] <= 57 { i += 1 }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        if b[i] == 90 || b[i] == 122 {
            guard i + 1 == b.count else { return nil }
        } else if b[i] == 43 || b[i] == 45 {
            guard i + 6 == b.count, let offsetHours = digits(i + 1, 2), b[i + 3] == 58,
                let offsetMinutes = digits(i + 4, 2), offsetHours < 24, offsetMinutes < 60
            else { return nil }
            let offset = offsetHours * 3600 + offsetMinutes * 60
            seconds += b[i] == 43 ? -offset : offset
        } else {
            return nil
        }
        guard seconds >= Timestamp.earliest.secondsSince1970 && seconds <= Timestamp.latest.secondsSince1970 else {
            return nil
        }
        return seconds
    }

    /// `2026-11-23T09:30:00Z`.
    public var rfc3339: String {
        let parts = civil(offsetSeconds: 0)
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
            + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))Z"
    }

    public struct CivilTime: Equatable, Sendable {
        public var year, month, day, hour, minute, second: Int64
    }

    /// The calendar date and wall time at a fixed offset from UTC.
    public func civil(offsetSeconds: Int64) -> CivilTime {
        let local = secondsSince1970 + offsetSeconds
        var days = local / 86_400
        var rest = local % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let (year, month, day) = Timestamp.civilFromDays(days)
        return CivilTime(
            year: year, month: month, day: day, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    private func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
