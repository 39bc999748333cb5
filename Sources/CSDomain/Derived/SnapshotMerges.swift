/// The two sorted tables of a snapshot written anew over a base (ticket ids, event-id
/// hashes): the base's rows are already in order and the tail adds a few, so they are merged,
/// not sorted again. Sorting them all was a quarter of writing the snapshot of a million
/// events (the ids as a hundred thousand arrays of bytes, a million hashes) and more at ten
/// million. A base table out of order (only a forger, or a bug, makes one: its checksums
/// held) gives nil, and the caller writes no snapshot.
enum SnapshotMerges {
    /// One row of the id index: the id padded to `TicketRecord.maximumIDLength` bytes, its
    /// length, three zero bytes, its open-order index.
    static func writeIDRow(_ id: [UInt8], index: Int, into writer: inout BinaryWriter) {
        writer.raw(id + [UInt8](repeating: 0, count: TicketRecord.maximumIDLength - id.count))
        writer.u8(UInt8(id.count))
        writer.raw([0, 0, 0])
        writer.u32(UInt32(index))
    }

    /// The id index of `rows` (a base's, sorted) and `added` (sorted), merged.
    static func idIndex(base rows: UnsafeRawBufferPointer, adding added: [(id: [UInt8], index: Int)]) -> [UInt8]? {
        let size = DeskSnapshot.idRowSize
        var writer = BinaryWriter(capacity: rows.count + added.count * size)
        func id(at position: Int) -> UnsafeRawBufferPointer { DeskSnapshot.id(inRow: position, of: rows) }
        var next = added.startIndex
        for position in 0..<(rows.count / size) {
            let current = id(at: position)
            if position > 0, !id(at: position - 1).lexicographicallyPrecedes(current) { return nil }
            while next < added.endIndex, added[next].id.lexicographicallyPrecedes(current) {
                writeIDRow(added[next].id, index: added[next].index, into: &writer)
                next += 1
            }
            writer.raw(UnsafeRawBufferPointer(rebasing: rows[(position * size)..<((position + 1) * size)]))
        }
        for (id, index) in added[next...] { writeIDRow(id, index: index, into: &writer) }
        return writer.bytes
    }

    /// The hashes of `base` (sorted, as stored) and `added` (sorted), merged, as stored.
    static func eventIDHashes(base: UnsafeRawBufferPointer, adding added: [UInt64]) -> [UInt8]? {
        var writer = BinaryWriter(capacity: base.count + added.count * 8)
        var next = added.startIndex
        var previous: UInt64 = 0
        for position in 0..<(base.count / 8) {
            let hash = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position * 8, as: UInt64.self))
            guard hash >= previous else { return nil }
            previous = hash
            while next < added.endIndex, added[next] < hash {
                writer.u64(added[next])
                next += 1
            }
            writer.u64(hash)
        }
        for hash in added[next...] { writer.u64(hash) }
        return writer.bytes
    }
}
