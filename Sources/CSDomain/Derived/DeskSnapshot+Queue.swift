/// Reading the tickets in queue order (section 9) and their queue lines (section 10): what
/// `cs list` reads of a snapshot besides the entries.
extension DeskSnapshot {
    /// The open-order index of the ticket at `position` in queue order, its entry's block
    /// checked; nil when a block is damaged (`damaged` then says so).
    func queueIndex(at position: Int) -> Int? {
        let start = position * 4
        guard position < ticketCount, queueChecks.check(start..<(start + 4)) else { return nil }
        let index = Int(UInt32(littleEndian: queueChecks.bytes.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
        guard index < ticketCount,
            entryChecks.check((index * TicketRecord.entrySize)..<((index + 1) * TicketRecord.entrySize))
        else { return nil }
        return index
    }

    /// About to read the queue lines of `count` tickets (`prepareToRead(records:)`'s reason):
    /// a `cs list` of 24,842 tickets checks these 6 MB, not the records' 35.
    func prepareToRead(queueLines count: Int) {
        if count >= lineChecks.bytes.count / BlockChecks.blockSize { _ = lineChecks.checkAll() }
    }

    /// The queue line of the ticket at `index` (also copied into a new snapshot unchanged):
    /// its subject, customer name and assignee. The section starts with each line's offset
    /// (from the end of those offsets, in open order, so one line ends where the next starts).
    /// Nil when a block fails its checksum (then `damaged` says so) or the offsets are wrong.
    func queueLine(at index: Int) -> UnsafeRawBufferPointer? {
        let lines = lineChecks.bytes
        let offsets = ticketCount * 4
        guard index < ticketCount, lineChecks.check((index * 4)..<min(offsets, index * 4 + 8)) else { return nil }
        func offset(_ index: Int) -> Int {
            index == ticketCount
                ? lines.count - offsets
                : Int(UInt32(littleEndian: lines.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
        }
        let (start, end) = (offsets + offset(index), offsets + offset(index + 1))
        guard start <= end, end <= lines.count else { return malformedRead() }
        guard lineChecks.check(start..<end) else { return nil }
        return UnsafeRawBufferPointer(rebasing: lines[start..<end])
    }
}
