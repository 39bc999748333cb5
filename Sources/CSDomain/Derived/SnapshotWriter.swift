/// Writing the desk as a snapshot: the tickets the base holds unchanged are copied as they
/// lie, only live ones are encoded, so refreshing a large desk's snapshot costs a copy of
/// it, not a replay.
extension Desk {
    /// The snapshot's bytes, stamped; nil when a ticket id does not fit an entry (such a
    /// desk is simply always replayed).
    func snapshot(stamp: DeskSnapshot.Stamp) -> [UInt8]? { snapshotImage(stamp: stamp)?.bytes }

    /// The same, as the pieces to write.
    func snapshotImage(stamp: DeskSnapshot.Stamp) -> DerivedFile.Image? {
        var entries = BinaryWriter(capacity: ticketCount * TicketRecord.entrySize)
        var records = BinaryWriter(capacity: ticketCount * 200)
        var lines = BinaryWriter(capacity: ticketCount * 64)
        var lineOffsets = BinaryWriter(capacity: ticketCount * 4)
        var ids: [(id: [UInt8], index: Int)] = []
        ids.reserveCapacity(ticketCount)
        var index = 0
        /// `listed`: whether its id is yet to go in the id index (a base's tickets have rows
        /// there already, at the same index).
        func add(_ ticket: Ticket, listed: Bool = true) -> Bool {
            guard TicketRecord.fits(ticket.id) else { return false }
            let record = TicketRecord.record(ticket)
            TicketRecord.writeEntry(
                ticket, recordOffset: UInt64(records.count), recordLength: UInt32(record.count), into: &entries)
            records.raw(record)
            lineOffsets.u32(UInt32(truncatingIfNeeded: lines.count))
            lines.raw(TicketRecord.queueLine(ticket))
            if listed { ids.append((Array(ticket.id.utf8), index)) }
            index += 1
            return true
        }
        if let base {
            guard base.everyEntryIsSound() else { return nil }
            for baseIndex in 0..<base.ticketCount {
                if let place = changedBaseTickets[baseIndex] {
                    guard add(liveTickets[place], listed: false) else { return nil }
                    continue
                }
                // Unchanged: the entry as it is, pointing at its record's new place.
                guard let record = base.record(at: baseIndex), let line = base.queueLine(at: baseIndex) else {
                    return nil
                }
                var entry = Array(base.entry(baseIndex))
                withUnsafeBytes(of: UInt64(records.count).littleEndian) { entry.replaceSubrange(64..<72, with: $0) }
                entries.raw(entry)
                records.raw(record)
                lineOffsets.u32(UInt32(truncatingIfNeeded: lines.count))
                lines.raw(line)
                index += 1
            }
        }
        for place in liveOrder { guard add(liveTickets[place]) else { return nil } }
        // Offsets are four bytes: a desk whose lines pass 4 GB is simply always replayed.
        guard lines.count <= Int(UInt32.max) else { return nil }

        ids.sort { $0.id.lexicographicallyPrecedes($1.id) }
        let idIndex: [UInt8]
        if let base {
            guard let rows = base.sortedIDRows(), let merged = SnapshotMerges.idIndex(base: rows, adding: ids) else {
                return nil
            }
            idIndex = merged
        } else {
            var writer = BinaryWriter(capacity: ids.count * DeskSnapshot.idRowSize)
            for (id, index) in ids { SnapshotMerges.writeIDRow(id, index: index, into: &writer) }
            idIndex = writer.bytes
        }

        var counts = BinaryWriter()
        counts.u64(UInt64(eventCount))
        counts.u64(UInt64(index))
        counts.u64(UInt64(faq.revision))
        counts.u64(faq.digest)
        guard let eventIDs = eventIDSection() else { return nil }
        return DeskSnapshot.image(
            stamp: stamp,
            sections: [
                counts.bytes, entries.bytes, records.bytes, idIndex, refundKeySection(), maskedKeySection(),
                eventIDs, faqSection(), DeskSnapshot.settingsSection(settings), queueOrderSection(entries.bytes, index),
                lineOffsets.bytes + lines.bytes,
            ])
    }

    /// The tickets' open-order indices in queue order (`QueueOrder`).
    private func queueOrderSection(_ entries: [UInt8], _ count: Int) -> [UInt8] {
        let order = entries.withUnsafeBytes { QueueOrder.order(ofEntries: $0, count: count) }
        var writer = BinaryWriter(capacity: order.count * 4)
        for index in order { writer.u32(index) }
        return writer.bytes
    }

    private func refundKeySection() -> [UInt8] {
        var keys = base?.allRefundKeys() ?? []
        keys += liveRefundKeyUses.map { ($0.key, $0.value) }
        keys.sort { Array($0.identity.utf8).lexicographicallyPrecedes(Array($1.identity.utf8)) }
        var table = BinaryWriter()
        var bodies = BinaryWriter()
        table.u32(UInt32(keys.count))
        for (identity, use) in keys {
            table.u32(UInt32(bodies.count))
            bodies.string(identity)
            bodies.string(use.ticket)
            bodies.string(use.eventID)
        }
        return table.bytes + bodies.bytes
    }

    private func maskedKeySection() -> [UInt8] {
        var all = base?.maskedKeySecrets ?? [:]
        for (key, secrets) in liveMaskedKeys { all[key, default: []].formUnion(secrets) }
        var writer = BinaryWriter()
        writer.u32(UInt32(all.count))
        for key in all.keys.sorted() {
            writer.string(key)
            writer.strings(all[key]!.sorted())
        }
        return writer.bytes
    }

    /// Every event id's hash, sorted: a base's (checked now, before they are copied) or a
    /// whole replay's (`collectedIDHashes`, sorted by then), merged with the live ones; nil
    /// when the base's are damaged or out of order.
    private func eventIDSection() -> [UInt8]? {
        let ids = liveEventIDSet
        let added = (ids.packed.map(DeskSnapshot.hash(packed:)) + ids.others.map(DeskSnapshot.hash(ofEventID:)))
            .sorted()
        if base != nil {
            guard let stored = base?.eventIDHashes(checked: true) else { return nil }
            return SnapshotMerges.eventIDHashes(base: stored, adding: added)
        }
        return collectedIDHashes.withUnsafeBytes { SnapshotMerges.eventIDHashes(base: $0, adding: added) }
    }

    private func faqSection() -> [UInt8] {
        var writer = BinaryWriter()
        let entries = faq.all
        writer.u32(UInt32(entries.count))
        for entry in entries { FAQEntryCoding.write(entry, into: &writer) }
        return writer.bytes
    }
}
