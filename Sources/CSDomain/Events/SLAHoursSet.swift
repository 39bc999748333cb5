/// When the service-level clocks run changes (`cs sla hours`): around the clock, or working
/// days and hours in a zone, with days off.
public struct SLAHoursSet: DeskEventKind, Equatable {
    public static let type = "sla-hours-set"

    public var hours: BusinessHours

    public init(hours: BusinessHours) { self.hours = hours }

    public init(from fields: EventFields) throws(EventDecodingError) {
        guard let zone = try fields.optionalString("zone") else {
            hours = .always
            return
        }
        var days: [Weekday] = []
        for word in try fields.strings("days") {
            guard let day = Weekday(rawValue: word) else { throw .badValue(field: "days", value: word) }
            days.append(day)
        }
        let opens = try fields.string("opens"), closes = try fields.string("closes")
        guard let opening = Self.minutes(opens), opening < 24 * 60 else {
            throw .badValue(field: "opens", value: opens)
        }
        guard let closing = Self.minutes(closes), closing > opening else {
            throw .badValue(field: "closes", value: closes)
        }
        let holidays = try fields.strings("holidays")
        for day in holidays where !Self.isDate(day) { throw .badValue(field: "holidays", value: day) }
        guard !days.isEmpty else { throw .badValue(field: "days", value: "") }
        hours = .schedule(.init(days: days, opens: opening, closes: closing, zone: zone, holidays: holidays))
    }

    public func encode(into writer: inout JSONWriter) {
        guard case .schedule(let schedule) = hours else { return }
        writer.strings("days", schedule.days.map(\.rawValue))
        writer.string("opens", Self.clock(schedule.opens))
        writer.string("closes", Self.clock(schedule.closes))
        writer.string("zone", schedule.zone)
        writer.strings("holidays", schedule.holidays)
    }

    public func apply(to settings: inout DeskSettings) {
        settings.hours = hours
    }

    /// `09:00` → 540; `24:00` is the end of the day. Nil for anything else.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...24).contains(hour), (0..<60).contains(minute), hour < 24 || minute == 0
        else { return nil }
        return hour * 60 + minute
    }

    public static func clock(_ minutes: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return two(minutes / 60) + ":" + two(minutes % 60)
    }

    /// `2026-12-25`: a real calendar date.
    public static func isDate(_ text: String) -> Bool {
        text.utf8.count == 10 && Timestamp(rfc3339: text, allowDateOnly: true) != nil
    }
}
