/// The queue's own order — unsolved work first, then the most urgent, then the oldest, then
/// by id — defined once: `cs list` sorts by it, and a snapshot keeps its tickets listed in it
/// (`DeskSnapshot`, section 9), so that `cs list --limit 20` reads the first twenty of a
/// million tickets rather than ranking them all.
public enum QueueOrder {
    static let solvedIndex = Status.allCases.firstIndex(of: .solved)!
    static let closedIndex = Status.allCases.firstIndex(of: .closed)!
    static let priorityCount = Priority.allCases.count

    /// Whether the status at this place among `Status.allCases` is a done one (solved or
    /// closed): nothing of the ticket's is waiting or overdue any more.
    public static func isDone(statusIndex: Int) -> Bool { statusIndex == solvedIndex || statusIndex == closedIndex }

    /// Smaller first: urgent 0, low 3 (`cs list --sort priority`).
    public static func urgency(priorityIndex: Int) -> Int64 { Int64(priorityCount - 1 - priorityIndex) }

    /// Smaller first: a ticket still to be worked on before a done one, urgent before low.
    public static func rank(statusIndex: Int, priorityIndex: Int) -> Int64 {
        (isDone(statusIndex: statusIndex) ? 10 : 0) + urgency(priorityIndex: priorityIndex)
    }

    /// Where a ticket stands in the queue; every ticket's key differs (ids are unique).
    public struct Key: Comparable, Sendable {
        var rank: Int64
        var created: Int64
        var id: TicketView.IDKey

        public init(_ fields: TicketView.QueueFields) {
            rank = QueueOrder.rank(statusIndex: fields.statusIndex, priorityIndex: fields.priorityIndex)
            created = fields.createdAt
            id = fields.idKey
        }

        public static func < (a: Key, b: Key) -> Bool { (a.rank, a.created, a.id) < (b.rank, b.created, b.id) }
    }

    /// The open-order indices of these entries (a snapshot's, as written) in queue order.
    static func order(ofEntries entries: UnsafeRawBufferPointer, count: Int) -> [UInt32] {
        var keyed: [(Key, UInt32)] = []
        keyed.reserveCapacity(count)
        for index in 0..<count {
            let entry = UnsafeRawBufferPointer(
                rebasing: entries[(index * TicketRecord.entrySize)..<((index + 1) * TicketRecord.entrySize)])
            keyed.append((Key(TicketView.QueueFields(entry: entry)), UInt32(index)))
        }
        keyed.sort { $0.0 < $1.0 }
        return keyed.map(\.1)
    }
}
