/// The snapshot's sorted ticket ids (section 3): rows of 24 bytes — the id padded to
/// `TicketRecord.maximumIDLength`, its length, three zeros, its ticket's open-order index —
/// for a ticket's lookup by id and for id prefixes.
extension DeskSnapshot {
    /// `(id, open-order index)` for ids in sorted order, entry `position`; nil when its block
    /// fails its checksum.
    private func indexEntry(_ position: Int) -> (id: UnsafeRawBufferPointer, index: Int)? {
        let start = position * Self.idRowSize
        guard idChecks.check(start..<(start + Self.idRowSize)) else { return nil }
        let index = Int(UInt32(littleEndian: idIndex.loadUnaligned(fromByteOffset: start + 20, as: UInt32.self)))
        return (uncheckedID(position), index)
    }

    /// The id in row `position`, its block not checked.
    private func uncheckedID(_ position: Int) -> UnsafeRawBufferPointer { Self.id(inRow: position, of: idIndex) }

    /// The id in row `position` of the id rows `rows`.
    static func id(inRow position: Int, of rows: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let start = position * idRowSize
        let length = min(Int(rows[start + TicketRecord.maximumIDLength]), TicketRecord.maximumIDLength)
        return UnsafeRawBufferPointer(rebasing: rows[start..<(start + length)])
    }

    /// The id index's rows, every block checked (for a new snapshot to merge into); nil when
    /// one is damaged.
    func sortedIDRows() -> UnsafeRawBufferPointer? { idChecks.checkAll() ? idIndex : nil }

    /// The first position in the sorted ids whose id is not below `key`; nil when a block
    /// read on the way is damaged. `checking: false` reads the rows on the way without
    /// checking their blocks: a damaged one may then mislead the search, so only a hit (its
    /// row then checked) may be taken from it.
    private func lowerBound(_ key: [UInt8], checking: Bool = true) -> Int? {
        var low = 0, high = ticketCount
        while low < high {
            let middle = (low + high) / 2
            guard let id = checking ? indexEntry(middle)?.id : uncheckedID(middle) else { return nil }
            if id.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The open-order index of the ticket with this id, its entry's block checked; nil when
    /// there is none (or a block read on the way is damaged: `damaged` then says so).
    ///
    /// Nearly every lookup finds its ticket (each line of the tail after a snapshot looks up
    /// its own), so the search first reads the rows on its way unchecked and checks only the
    /// row it lands on: checking the block of each of the twenty rows a search reads was a
    /// third of `cs show` after 240 replies at ten million events. A miss searches again,
    /// checking every row, as a miss cannot be told from a damaged row's detour.
    func index(of id: String) -> Int? {
        let key = Array(id.utf8)
        if let position = lowerBound(key, checking: false), let found = checkedIndex(at: position, of: key) {
            return found
        }
        guard let position = lowerBound(key) else { return nil }
        if let found = checkedIndex(at: position, of: key) { return found }
        // A miss: the rows about it (two each side) must be in order, or the table was written wrong (rows a
        // writer's bug or a forger swapped, their checksums made good) and may hide the id.
        let window = max(position - 2, 0)..<min(position + 2, ticketCount)
        let around = window.compactMap { indexEntry($0)?.id }
        guard around.count == window.count else { return nil }
        for (lower, higher) in zip(around, around.dropFirst()) where !lower.lexicographicallyPrecedes(higher) {
            return malformedRead()
        }
        return nil
    }

    /// The open-order index in the id row at `position` when that row holds `key`, its block
    /// and its entry's checked, and the entry names the same ticket (else the snapshot was
    /// written wrong, and counts as damaged).
    private func checkedIndex(at position: Int, of key: [UInt8]) -> Int? {
        guard position < ticketCount, let found = indexEntry(position),
            found.id.elementsEqual(key), found.index < ticketCount,
            entryChecks.check((found.index * TicketRecord.entrySize)..<((found.index + 1) * TicketRecord.entrySize))
        else { return nil }
        let entry = entry(found.index)
        let length = min(Int(entry[TicketRecord.maximumIDLength]), TicketRecord.maximumIDLength)
        guard UnsafeRawBufferPointer(rebasing: entry[0..<length]).elementsEqual(key) else { return malformedRead() }
        return found.index
    }

    /// Ids starting with `prefix`, at most `limit` of them, in sorted order.
    func ids(startingWith prefix: String, limit: Int) -> [String] {
        let key = Array(prefix.utf8)
        guard var position = lowerBound(key) else { return [] }
        var found: [String] = []
        while position < ticketCount, found.count < limit {
            guard let entry = indexEntry(position), entry.id.starts(with: key), entry.index < ticketCount else { break }
            found.append(String(decoding: entry.id, as: UTF8.self))
            position += 1
        }
        return found
    }
}
