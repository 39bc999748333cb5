/// Service-level targets a payment desk is judged by: how soon the first response must
/// come and how soon the case must be resolved, by priority. `cs list --overdue` uses them.
public enum ServiceLevel {
    public static func firstResponseTarget(_ priority: Priority) -> Int64 {
        switch priority {
        case .urgent: return 3600
        case .high: return 4 * 3600
        case .normal: return 24 * 3600
        case .low: return 72 * 3600
        }
    }

    public static func resolutionTarget(_ priority: Priority) -> Int64 {
        switch priority {
        case .urgent: return 8 * 3600
        case .high: return 24 * 3600
        case .normal: return 72 * 3600
        case .low: return 7 * 24 * 3600
        }
    }

    /// Unresolved and past a target: still waiting for a first response after its target,
    /// or not yet solved after its resolution target.
    public static func isOverdue(
        status: Status, priority: Priority, createdAt: Timestamp, firstResponseAt: Timestamp?,
        now: Timestamp
    ) -> Bool {
        guard status != .solved && status != .closed else { return false }
        let age = now.secondsSince1970 - createdAt.secondsSince1970
        if firstResponseAt == nil && age > firstResponseTarget(priority) { return true }
        return age > resolutionTarget(priority)
    }
}
