import CSDomain

/// The desk's service-level clocks as a view reads them: what `list --overdue` and
/// `list --sort due` ask of each ticket.
struct ServiceLevels {
    let view: DeskView
    let calendar: BusinessCalendar

    func clocks(_ ticket: TicketFacts) -> [ServiceLevelClock] {
        ServiceLevelClock.clocks(of: ticket, policy: view.desk.settings.policy, calendar: calendar, now: view.now)
    }

    /// A clock still running has gone past its target.
    func isOverdue(_ ticket: TicketFacts) -> Bool {
        clocks(ticket).contains { $0.isRunning && $0.breached }
    }

    /// Seconds until the first running clock breaches (negative: how long ago one did); no
    /// running clock with a due time (paused, stopped, or the ticket done): last.
    func secondsUntilDue(_ ticket: TicketView) -> Int64 {
        guard ticket.status != .solved && ticket.status != .closed, let summary = ticket.facts() else {
            return .max
        }
        let due = clocks(summary).filter(\.isRunning).compactMap { $0.breachedAt ?? $0.dueAt }.min()
        return due.map { $0.secondsSince1970 - view.now.secondsSince1970 } ?? .max
    }
}
