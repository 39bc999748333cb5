import CSDomain

/// The default service-level targets as help states them, read from `ServiceLevelPolicy`
/// itself, so help cannot promise other defaults than the clocks apply.
enum ServiceLevelText {
    /// `urgent 15m, high 1h, normal 4h, low 8h`: most urgent first.
    static func targets(_ kind: ServiceLevelClock.Kind, minute: String, hour: String, day: String) -> String {
        Priority.allCases.reversed().map { priority in
            let target = ServiceLevelPolicy.defaults.target(priority)
            let seconds = kind == .firstResponse ? target.firstResponse : target.resolution
            let duration =
                seconds % 3600 != 0
                ? "\(seconds / 60)\(minute)"
                : seconds % (7 * 86_400) == 0 ? "\(seconds / 86_400)\(day)" : "\(seconds / 3600)\(hour)"
            return priority.rawValue + " " + duration
        }.joined(separator: ", ")
    }
}
