import CSDomain

/// The service-level targets as help states them, read from `ServiceLevel` itself, so the
/// help cannot promise other targets than `--overdue` applies.
enum ServiceLevelText {
    /// `urgent 1h, high 4h, normal 24h, low 72h`: most urgent first; whole weeks in days.
    static func targets(_ target: (Priority) -> Int64, hour: String, day: String) -> String {
        Priority.allCases.reversed().map { priority in
            let seconds = target(priority)
            let duration = seconds % (7 * 86_400) == 0 ? "\(seconds / 86_400)\(day)" : "\(seconds / 3600)\(hour)"
            return priority.rawValue + " " + duration
        }.joined(separator: ", ")
    }
}
