import CSDomain

/// Times for people: in the zone `TZ` names, with its abbreviation, and ages relative to
/// now. JSON output stays RFC 3339 UTC; this is only for the eye.
public struct HumanTime {
    public let now: Timestamp
    public let zone: Zone
    public let catalogue: Catalogue

    public init(now: Timestamp, zone: Zone, catalogue: Catalogue = .english) {
        self.now = now
        self.zone = zone
        self.catalogue = catalogue
    }

    /// `2026-11-23 18:30 KST`: the zone is named, so a time read out to a customer or pasted
    /// into a report cannot be taken for another zone's. `yearOnlyIfOther`: `11-23 18:30 KST`
    /// for a time in this year (now's, in the zone), for a narrow table; another year's time
    /// keeps its year, so next year's date is never taken for this year's.
    public func format(_ time: Timestamp) -> String { format(time, yearOnlyIfOther: false) }

    public func format(_ time: Timestamp, yearOnlyIfOther: Bool) -> String {
        let offset = zone.offset(at: time)
        let civil = time.civil(offsetSeconds: offset.seconds)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let thisYear = now.civil(offsetSeconds: zone.offset(at: now).seconds).year
        return (yearOnlyIfOther && civil.year == thisYear ? "" : "\(civil.year)-")
            + "\(two(civil.month))-\(two(civil.day)) \(two(civil.hour)):\(two(civil.minute)) " + Self.label(offset)
    }

    /// The abbreviation when it names the offset (`KST`, `EDT`), else the offset itself: a
    /// POSIX `TZ=UTC+9` is nine hours behind UTC, and "UTC" beside its times would mislead.
    static func label(_ offset: Zone.Offset) -> String {
        let letters = !offset.abbreviation.isEmpty && offset.abbreviation.allSatisfy { $0.isASCII && $0.isLetter }
        let isUniversal = ["UTC", "GMT", "UT", "Z"].contains(offset.abbreviation)
        if letters && (!isUniversal || offset.seconds == 0) { return offset.abbreviation }
        let sign = offset.seconds < 0 ? "-" : "+"
        let magnitude = abs(offset.seconds)
        let hours = magnitude / 3600, minutes = magnitude % 3600 / 60
        return sign + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// `3h`, `2d`, `5mo`: how long ago, in the largest whole unit.
    public func age(of time: Timestamp) -> String {
        catalogue.text(.age(elapsed(since: time)))
    }

    /// `2026-11-23 18:30 KST (3h ago)`.
    public func formatWithAge(_ time: Timestamp) -> String {
        format(time) + " " + catalogue.text(.ago(elapsed(since: time)))
    }

    private func elapsed(since time: Timestamp) -> Message.Age {
        let seconds = max(0, now.secondsSince1970 - time.secondsSince1970)
        switch seconds {
        case ..<60: return .now
        case ..<3600: return .minutes(seconds / 60)
        case ..<86_400: return .hours(seconds / 3600)
        case ..<(86_400 * 60): return .days(seconds / 86_400)
        case ..<(86_400 * 730): return .months(seconds / (86_400 * 30))
        default: return .years(seconds / (86_400 * 365))
        }
    }
}
