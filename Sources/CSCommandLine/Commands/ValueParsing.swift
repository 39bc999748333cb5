import CSDomain

/// Turning typed words into domain values, each failure a usage error naming the word.
enum ValueParsing {
    static func currency(_ code: String, what: String) throws(UsageError) -> Currency {
        guard let currency = Currency(code: code) else {
            throw .invalidValue(what: what, value: code, expected: .currencyCode)
        }
        return currency
    }

    /// A positive amount in major units (`50000`, `59,000`, `12.50` or `1,234.50` for USD).
    static func amount(_ text: String, in currency: Currency, what: String) throws(UsageError) -> Money {
        guard let minor = currency.parseAmount(text), minor > 0 else {
            throw .invalidValue(what: what, value: text, expected: .amount(currency))
        }
        return Money(minorUnits: minor, currency: currency)
    }

    /// A ticket tag, by the one rule for tags (`Names.tagProblem`).
    static func tag(_ text: String, what: String) throws(UsageError) -> String {
        if let problem = Names.tagProblem(text) { throw .badName(what: what, value: text, problem: problem) }
        return text
    }

    /// An agent's name (`assign`, `escalate --to`, `--as`, `CS_AGENT`), trimmed.
    static func name(_ text: String, what: String) throws(UsageError) -> String {
        let trimmed = text.trimmingWhitespace()
        if let problem = Names.agentProblem(trimmed) { throw .badName(what: what, value: text, problem: problem) }
        return trimmed
    }

    /// A value kept on one line (a customer's name, a payment reference), trimmed.
    static func oneLine(_ text: String, what: String) throws(UsageError) -> String {
        let trimmed = text.trimmingWhitespace()
        if let problem = Names.oneLineProblem(trimmed) { throw .badName(what: what, value: text, problem: problem) }
        return trimmed
    }

    static func nonEmpty(_ text: String, what: String) throws(UsageError) -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .invalidValue(what: what, value: text, expected: .someText) }
        return trimmed
    }

    /// `2026-11-01` (local midnight in `zone`), an RFC 3339 time, or an age back from now:
    /// `90m`, `24h`, `7d`.
    static func time(_ text: String, option: String, now: Timestamp, zone: Zone) throws(UsageError) -> Timestamp {
        if text.utf8.count == 10, let midnight = Timestamp(rfc3339: text, allowDateOnly: true) {
            return zone.moment(ofLocal: midnight.secondsSince1970)
        }
        if let time = Timestamp(rfc3339: text) { return time }
        if let unit = text.last, let count = Int64(text.dropLast()), count >= 0, count < 1_000_000 {
            let seconds: Int64? =
                switch unit {
                case "m": 60
                case "h": 3600
                case "d": 86_400
                case "w": 604_800
                default: nil
                }
            if let seconds { return now.adding(seconds: -count * seconds) }
        }
        throw .invalidValue(what: option, value: text, expected: .timeOrAge)
    }

    /// The largest count cs takes: said in the refusal, so a number too large for the machine
    /// (99999999999999999999) is not told it is not "above 0".
    static let largestCount = 1_000_000_000

    static func count(_ text: String, option: String) throws(UsageError) -> Int {
        guard let value = Int(text), value > 0, value <= largestCount else {
            throw .invalidValue(what: option, value: text, expected: .countAboveZero)
        }
        return value
    }

    /// `90s`, `15m`, `4h`, `2d`: a positive duration in seconds.
    static func duration(_ text: String, option: String) throws(UsageError) -> Int64 {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let unit = text.last, let seconds = units[unit], let count = Int64(text.dropLast()), count > 0,
            count <= 3650 * 86_400 / seconds
        else { throw .invalidValue(what: option, value: text, expected: .duration) }
        return count * seconds
    }

    /// `mon-fri`, `mon,wed,fri`, `sat`: working days (a range wraps no further than sun).
    static func weekdays(_ text: String, option: String) throws(UsageError) -> [Weekday] {
        var days = Set<Weekday>()
        for part in text.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map {
                Weekday(rawValue: String($0))
            }
            guard ends.count <= 2, let first = ends.first ?? nil, let last = ends.last ?? nil, first <= last else {
                throw .invalidValue(what: option, value: text, expected: .weekdays)
            }
            days.formUnion(Weekday.allCases.filter { $0 >= first && $0 <= last })
        }
        return days.sorted()
    }

    /// `09:00-18:00`: opening and closing, as minutes after midnight (closing later, up to 24:00).
    static func openingHours(_ text: String, option: String) throws(UsageError) -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let opens = SLAHoursSet.minutes(parts[0]), let closes = SLAHoursSet.minutes(parts[1]),
            opens < closes
        else { throw .invalidValue(what: option, value: text, expected: .openingHours) }
        return opens...closes
    }

    /// `2026-11-01T09:30:00+09:00`, `2026-11-01 09:30` or `2026-11-01` (in `TZ`): the
    /// forms spreadsheets and other tools write.
    static func localTime(_ text: String, zone: Zone) -> Timestamp? {
        if let time = Timestamp(rfc3339: text) { return time }
        if text.utf8.count == 10, let midnight = Timestamp(rfc3339: text, allowDateOnly: true) {
            return zone.moment(ofLocal: midnight.secondsSince1970)
        }
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0].utf8.count == 10,
            let midnight = Timestamp(rfc3339: String(parts[0]), allowDateOnly: true)
        else { return nil }
        let clock = parts[1].split(separator: ":").map { Int64($0) }
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }), let hour = clock[0],
            let minute = clock[1],
            (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(clock.count == 3 ? clock[2]! : 0)
        else { return nil }
        let seconds = hour * 3600 + minute * 60 + (clock.count == 3 ? clock[2]! : 0)
        return zone.moment(ofLocal: midnight.secondsSince1970 + seconds)
    }
}
