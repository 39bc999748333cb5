import CSDomain
import Testing

@testable import CSCommandLine

/// A desk of thousands is filtered and ranked in a part on each core, the parts merged:
/// every order must be the one ranking all the tickets on one thread gives.
@Suite struct TicketOrderTests {
    /// 20,000 tickets of every priority and status, opened over days, some updated later.
    static let desk: Desk = {
        var desk = Desk()
        let start = Timestamp(rfc3339: "2026-01-01T00:00:00Z")!.secondsSince1970
        let priorities = Priority.allCases
        for number in 0..<20_000 {
            let ticket = "T\(String(100_000 + number * 7919 % 20_000))"
            let at = Timestamp(secondsSince1970: start + Int64(number * 37 % 5_000) * 60)
            let opened = TicketOpened(
                subject: "s\(number)", customer: Customer(name: "c\(number % 300)"),
                priority: priorities[number * 13 % priorities.count])
            try! desk.apply(Event(id: "E\(number)", ticket: ticket, at: at, by: "a", payload: opened), at: 0)
            if number % 3 == 0 {
                let later = Timestamp(secondsSince1970: at.secondsSince1970 + Int64(number % 97) * 600)
                let status = StatusChanged(status: number % 2 == 0 ? .pending : .solved)
                try! desk.apply(Event(id: "S\(number)", ticket: ticket, at: later, by: "a", payload: status), at: 0)
            }
        }
        return desk
    }()

    @Test(arguments: [SortField.queue, .created, .updated, .priority, .status, .id])
    func rankedInPartsIsRankedWhole(field: SortField) {
        let tickets = Self.desk.tickets
        let matches = { (ticket: TicketView) in ticket.status != .solved }
        for limit in [nil, 1, 20, 5_000] as [Int?] {
            let parts = TicketOrder.sorted(tickets, matching: matches, by: field, limit: limit).map(\.id)
            let whole = TicketOrder.sorted(tickets.lazy.filter(matches), by: field, limit: limit).map(\.id)
            #expect(parts == whole, "\(field) limit \(String(describing: limit))")
            #expect(parts.count == min(limit ?? .max, whole.count))
        }
    }
}
