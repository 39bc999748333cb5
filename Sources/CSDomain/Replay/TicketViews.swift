/// Every ticket of a desk in the order they were opened, as views made when read: the
/// snapshot's tickets (those changed since, as their live summaries), then the tickets opened
/// since. A queue of a million tickets is filtered and ranked without holding a million views.
public struct TicketViews: RandomAccessCollection, Sendable {
    private let snapshot: TicketView.Snapshot?
    private let baseCount: Int
    /// For each snapshot ticket changed since, its place among `liveTickets` (else -1);
    /// empty when none changed.
    private let changed: [Int32]
    private let liveTickets: [Ticket]
    private let liveOrder: [Int]

    /// `base` must be kept for the process's life (`DeskSnapshot.keepForever`) and every entry
    /// of it checked (`everyEntryIsSound`): views read its entries without either.
    init(base: DeskSnapshot?, changed: [Int32], liveTickets: [Ticket], liveOrder: [Int]) {
        snapshot = base.map(TicketView.Snapshot.init)
        baseCount = base?.ticketCount ?? 0
        self.changed = changed
        self.liveTickets = liveTickets
        self.liveOrder = liveOrder
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { baseCount + liveOrder.count }

    public subscript(position: Int) -> TicketView {
        guard position < baseCount, let snapshot else {
            return TicketView(live: liveTickets[liveOrder[position - baseCount]])
        }
        if !changed.isEmpty, changed[position] >= 0 { return TicketView(live: liveTickets[Int(changed[position])]) }
        return TicketView(base: snapshot, index: position)
    }
}
