import CSDomain
import Foundation

/// Times for people: the local time zone (`TZ`) and ages relative to now. JSON output
/// stays RFC 3339 UTC; this is only for the eye.
public struct HumanTime {
    public let now: Timestamp
    private let zone: TimeZone

    public init(now: Timestamp, timeZoneName: String?) {
        self.now = now
        let name = timeZoneName.map { $0.hasPrefix(":") ? String($0.dropFirst()) : $0 }
        zone = name.flatMap { TimeZone(identifier: $0) } ?? TimeZone.current
    }

    /// `2026-11-23 18:30`.
    public func format(_ time: Timestamp) -> String {
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(time.secondsSince1970))))
        let civil = time.civil(offsetSeconds: offset)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(civil.year)-\(two(civil.month))-\(two(civil.day)) \(two(civil.hour)):\(two(civil.minute))"
    }

    /// `3h`, `2d`, `5mo`: how long ago, in the largest whole unit.
    public func age(of time: Timestamp) -> String {
        let seconds = max(0, now.secondsSince1970 - time.secondsSince1970)
        switch seconds {
        case ..<60: return "now"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3600)h"
        case ..<(86_400 * 60): return "\(seconds / 86_400)d"
        case ..<(86_400 * 730): return "\(seconds / (86_400 * 30))mo"
        default: return "\(seconds / (86_400 * 365))y"
        }
    }

    /// `2026-11-23 18:30 (3h ago)`.
    public func formatWithAge(_ time: Timestamp) -> String {
        let age = age(of: time)
        return format(time) + (age == "now" ? " (just now)" : " (\(age) ago)")
    }
}
