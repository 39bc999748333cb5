/// A desk's tickets in queue order, made as read: the snapshot's in the order it keeps
/// (those changed since skipped), merged with the live ones (changed or opened since), sorted
/// now. Each snapshot ticket's entry block is checked as it is reached.
public struct QueueOrderedTickets: Sequence {
    let snapshot: DeskSnapshot
    let changed: [Int32]
    let live: [(key: QueueOrder.Key, view: TicketView)]

    public struct Iterator: IteratorProtocol {
        let tickets: QueueOrderedTickets
        var position = 0
        var livePosition = 0
        var pending: (key: QueueOrder.Key, view: TicketView)?

        public mutating func next() -> TicketView? {
            if pending == nil { pending = nextFromSnapshot() }
            let live = tickets.live
            if livePosition < live.count, pending.map({ live[livePosition].key < $0.key }) ?? true {
                defer { livePosition += 1 }
                return live[livePosition].view
            }
            defer { pending = nil }
            return pending?.view
        }

        /// The next snapshot ticket not changed since, or nil at the end (or at a damaged
        /// block: the snapshot then says it is damaged, and the command is answered again).
        private mutating func nextFromSnapshot() -> (key: QueueOrder.Key, view: TicketView)? {
            let snapshot = tickets.snapshot
            while position < snapshot.ticketCount {
                defer { position += 1 }
                guard let index = snapshot.queueIndex(at: position) else { return nil }
                if !tickets.changed.isEmpty, tickets.changed[index] >= 0 { continue }
                let view = TicketView(base: TicketView.Snapshot(snapshot), index: index)
                return (QueueOrder.Key(view.queueFields), view)
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(tickets: self) }
}
