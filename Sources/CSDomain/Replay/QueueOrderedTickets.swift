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
        var pending: TicketView?
        /// The pending ticket's place in the order, read only while live tickets remain to
        /// merge: a whole `cs list` walks every ticket, and most have none to meet.
        var pendingKey: QueueOrder.Key?

        public mutating func next() -> TicketView? {
            if pending == nil { pending = nextFromSnapshot() }
            let live = tickets.live
            if livePosition < live.count {
                if let pending, pendingKey == nil { pendingKey = QueueOrder.Key(pending.queueFields) }
                if pendingKey.map({ live[livePosition].key < $0 }) ?? true {
                    defer { livePosition += 1 }
                    return live[livePosition].view
                }
            }
            defer { (pending, pendingKey) = (nil, nil) }
            return pending
        }

        /// The next snapshot ticket not changed since, or nil at the end (or at a damaged
        /// block: the snapshot then says it is damaged, and the command is answered again).
        private mutating func nextFromSnapshot() -> TicketView? {
            let snapshot = tickets.snapshot
            while position < snapshot.ticketCount {
                defer { position += 1 }
                guard let index = snapshot.queueIndex(at: position) else { return nil }
                if !tickets.changed.isEmpty, tickets.changed[index] >= 0 { continue }
                return TicketView(base: TicketView.Snapshot(snapshot), index: index)
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(tickets: self) }
}
