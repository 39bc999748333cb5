/// Writing the desk as a snapshot: the tickets the base holds unchanged are copied as they
/// lie, only live ones are encoded, so refreshing a large desk's snapshot costs a copy of
/// it, not a replay.
extension Desk {
    /// The snapshot's bytes, stamped; nil when a ticket id does not fit an entry (such a
    /// desk is simply always replayed).
    func snapshot(stamp: DeskSnapshot.Stamp) -> [UInt8]? {
        var entries = BinaryWriter(capacity: ticketCount * TicketRecord.entrySize)
        var records = BinaryWriter(capacity: ticketCount * 200)
        var lines = BinaryWriter(capacity: ticketCount * 64)
        var lineOffsets = BinaryWriter(capacity: ticketCount * 4)
        var ids: [(id: [UInt8], index: Int)] = []
        ids.reserveCapacity(ticketCount)
        var index = 0
        func add(_ ticket: Ticket) -> Bool {
            guard TicketRecord.fits(ticket.id) else { return false }
            let record = TicketRecord.record(ticket)
            TicketRecord.writeEntry(
                ticket, recordOffset: UInt64(records.count), recordLength: UInt32(record.count), into: &entries)
            records.raw(record)
            lineOffsets.u32(UInt32(truncatingIfNeeded: lines.count))
            lines.raw(TicketRecord.queueLine(ticket))
            ids.append((Array(ticket.id.utf8), index))
            index += 1
            return true
        }
        if let base {
            guard base.everyEntryIsSound() else { return nil }
            for baseIndex in 0..<base.ticketCount {
                if let place = changedBaseTickets[baseIndex] {
                    guard add(liveTickets[place]) else { return nil }
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
                ids.append((Array(base.id(at: baseIndex).utf8), index))
                index += 1
            }
        }
        for place in liveOrder { guard add(liveTickets[place]) else { return nil } }
        // Offsets are four bytes: a desk whose lines pass 4 GB is simply always replayed.
        guard lines.count <= Int(UInt32.max) else { return nil }

        ids.sort { $0.id.lexicographicallyPrecedes($1.id) }
        var idIndex = BinaryWriter(capacity: ids.count * 24)
        for (id, index) in ids {
            idIndex.raw(id + [UInt8](repeating: 0, count: TicketRecord.maximumIDLength - id.count))
            idIndex.u8(UInt8(id.count))
            idIndex.raw([0, 0, 0])
            idIndex.u32(UInt32(index))
        }

        var counts = BinaryWriter()
        counts.u64(UInt64(eventCount))
        counts.u64(UInt64(index))
        counts.u64(UInt64(faq.revision))
        counts.u64(faq.digest)
        guard let eventIDs = eventIDSection() else { return nil }
        return DeskSnapshot.build(
            stamp: stamp,
            sections: [
                counts.bytes, entries.bytes, records.bytes, idIndex.bytes, refundKeySection(), maskedKeySection(),
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

    /// Nil when the base's ids, checked now before they are copied, are damaged.
    private func eventIDSection() -> [UInt8]? {
        var hashes = collectedIDHashes
        hashes.reserveCapacity(eventCount)
        if base != nil {
            guard let base = base?.eventIDHashes(checked: true) else { return nil }
            for position in 0..<(base.count / 8) {
                hashes.append(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position * 8, as: UInt64.self)))
            }
        }
        let ids = liveEventIDSet
        hashes += ids.packed.map(DeskSnapshot.hash(packed:))
        hashes += ids.others.map(DeskSnapshot.hash(ofEventID:))
        hashes.sort()
        var writer = BinaryWriter(capacity: hashes.count * 8)
        for hash in hashes { writer.u64(hash) }
        return writer.bytes
    }

    private func faqSection() -> [UInt8] {
        var writer = BinaryWriter()
        let entries = faq.all
        writer.u32(UInt32(entries.count))
        for entry in entries { FAQEntryCoding.write(entry, into: &writer) }
        return writer.bytes
    }
}
