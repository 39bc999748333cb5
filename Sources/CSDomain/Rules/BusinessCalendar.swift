/// Counted time: every second when the desk works around the clock, else only the seconds
/// inside its working hours, on its working days, outside its days off, in its zone (so a
/// day's hours follow daylight-saving changes).
public struct BusinessCalendar: Sendable {
    let hours: BusinessHours
    let zone: Zone
    /// Local days (since 1970-01-01) that are days off.
    private let holidays: Set<Int64>

    /// `zone` is the schedule's zone, resolved by the caller (UTC when always).
    public init(_ hours: BusinessHours, zone: Zone) {
        self.hours = hours
        self.zone = zone
        if case .schedule(let schedule) = hours {
            holidays = Set(
                schedule.holidays.compactMap { Timestamp(rfc3339: $0, allowDateOnly: true) }
                    .map { $0.secondsSince1970 / 86_400 })
        } else {
            holidays = []
        }
    }

    public static let always = BusinessCalendar(.always, zone: .utc)

    /// A day's working window as moments, nil for a day off or a day not worked.
    private func window(ofLocalDay day: Int64, _ schedule: BusinessHours.Schedule) -> Range<Int64>? {
        guard schedule.days.contains(Weekday.of(day: day)), !holidays.contains(day) else { return nil }
        let start = zone.moment(ofLocal: day * 86_400 + Int64(schedule.opens) * 60).secondsSince1970
        let end = zone.moment(ofLocal: day * 86_400 + Int64(schedule.closes) * 60).secondsSince1970
        return start < end ? start..<end : nil
    }

    private func localDay(_ time: Int64) -> Int64 {
        let local = time + zone.offset(at: Timestamp(secondsSince1970: time)).seconds
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }

    /// Counted seconds from `start` to `end` (none when `end` is not later).
    public func counted(from start: Timestamp, to end: Timestamp) -> Int64 {
        let (from, to) = (start.secondsSince1970, end.secondsSince1970)
        guard to > from else { return 0 }
        guard case .schedule(let schedule) = hours else { return to - from }
        var total: Int64 = 0
        // A day either side: a window can start the local day before the moment's.
        for day in (localDay(from) - 1)...(localDay(to) + 1) {
            guard let window = window(ofLocalDay: day, schedule) else { continue }
            total += max(0, min(to, window.upperBound) - max(from, window.lowerBound))
        }
        return total
    }

    /// The moment `seconds` of counted time after `start`: `start` itself for none; else
    /// the end of the working second that completes them.
    public func moment(after seconds: Int64, from start: Timestamp) -> Timestamp {
        guard seconds > 0 else { return start }
        guard case .schedule(let schedule) = hours else { return start.adding(seconds: seconds) }
        var remaining = seconds
        var day = localDay(start.secondsSince1970) - 1
        // Bounded: a schedule works at least one day a week unless every day is off; ten
        // years of days off and no more is treated as never.
        for _ in 0..<3660 {
            defer { day += 1 }
            guard let window = window(ofLocalDay: day, schedule), window.upperBound > start.secondsSince1970 else {
                continue
            }
            let from = max(window.lowerBound, start.secondsSince1970)
            let available = window.upperBound - from
            if remaining <= available { return Timestamp(secondsSince1970: from + remaining) }
            remaining -= available
        }
        return Timestamp.latest
    }
}
