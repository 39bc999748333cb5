import Testing

@testable import CSDomain

/// A snapshot's fixed-size entries are checked a block at a time before any is read; what a
/// checksum cannot promise (codes and times in range, ids padded with zeros, which
/// `TicketView.idKey` reads as two numbers) is checked with it.
@Suite struct SnapshotEntryTests {
    static func entry(id: String) -> [UInt8] {
        var ticket = Ticket(id: id)
        ticket.createdAt = Timestamp(secondsSince1970: 1_700_000_000)
        ticket.updatedAt = ticket.createdAt
        var writer = BinaryWriter()
        TicketRecord.writeEntry(ticket, recordOffset: 0, recordLength: 0, into: &writer)
        return writer.bytes
    }

    @Test func idsOfEveryLengthAreSoundAndAByteInTheirPaddingIsNot() {
        for length in 1...TicketRecord.maximumIDLength {
            let bytes = Self.entry(id: String(repeating: "K", count: length))
            #expect(bytes.withUnsafeBytes(DeskSnapshot.entriesAreSound), "an id of \(length) bytes")
            for position in length..<TicketRecord.maximumIDLength {
                var damaged = bytes
                damaged[position] = 1
                #expect(!damaged.withUnsafeBytes(DeskSnapshot.entriesAreSound), "padding byte \(position) of \(length)")
            }
        }
    }

    @Test func codesAndTimesOutOfRangeAreNotSound() {
        let bytes = Self.entry(id: "ABCD2345")
        for (offset, value) in [(16, 0), (16, 17), (17, 200), (21, 200)] as [(Int, UInt8)] {
            var damaged = bytes
            damaged[offset] = value
            #expect(!damaged.withUnsafeBytes(DeskSnapshot.entriesAreSound), "byte \(offset) = \(value)")
        }
        var late = bytes
        late.replaceSubrange(24..<32, with: withUnsafeBytes(of: Int64.max.littleEndian) { Array($0) })
        #expect(!late.withUnsafeBytes(DeskSnapshot.entriesAreSound), "a creation time past the last one")
        #expect(!Array(bytes.dropLast()).withUnsafeBytes(DeskSnapshot.entriesAreSound), "a cut entry")
    }
}

/// Bytes whose checksums hold can still fail to decode: a bug in the writer, or a forger
/// who recomputed them. What was read from them cannot be believed, so the snapshot counts
/// as damaged and the command is answered from the log; a listing used to leave such tickets
/// out without a word.
@Suite struct MalformedSnapshotTests {
    static let stamp = DeskSnapshot.Stamp(epoch: 1, device: 1, inode: 1, coveredLength: 0, anchor: [])

    /// A snapshot of three tickets, its sections as written.
    static func sections() throws -> [[UInt8]] {
        var desk = Desk()
        for number in 0..<3 {
            let opened = TicketOpened(subject: "subject \(number)", customer: Customer(name: "name \(number)"))
            try desk.apply(
                Event(
                    id: "E\(number)", ticket: "T\(number)", at: Timestamp(secondsSince1970: 1_700_000_000), by: "a",
                    payload: opened), at: 0)
        }
        let bytes = try #require(desk.snapshot(stamp: stamp))
        let file = try #require(DerivedFile.inMemory(bytes, kind: DeskSnapshot.kind, version: DeskSnapshot.version))
        return try (0..<DeskSnapshot.sectionCount).map { index in
            let section =
                DeskSnapshot.blockSizes[index] != nil ? file.blockChecked(index)?.bytes : file.section(index)
            return Array(try #require(section))
        }
    }

    /// The snapshot with its sections replaced and every checksum made good.
    static func reopened(_ sections: [[UInt8]]) throws -> DeskSnapshot {
        let bytes = DeskSnapshot.build(stamp: stamp, sections: sections)
        let file = try #require(DerivedFile.inMemory(bytes, kind: DeskSnapshot.kind, version: DeskSnapshot.version))
        return try #require(DeskSnapshot(file))
    }

    @Test func aGoodSnapshotReadsEveryQueueLine() throws {
        let snapshot = try Self.reopened(try Self.sections())
        #expect((0..<3).compactMap { snapshot.queueRow(at: $0)?.subject } == ["subject 0", "subject 1", "subject 2"])
        #expect(!snapshot.damaged)
    }

    @Test(arguments: ["offset past the end", "a subject of invalid UTF-8", "a line with bytes left over"])
    func aQueueLineThatDoesNotDecodeDamagesTheSnapshot(_ forgery: String) throws {
        var sections = try Self.sections()
        switch forgery {
        case "offset past the end": sections[10].replaceSubrange(0..<4, with: [0xFF, 0xFF, 0xFF, 0xFF])
        case "a subject of invalid UTF-8": sections[10][12 + 4] = 0xFF  // three offsets, a length, then the text
        default: sections[10].append(0)
        }
        let snapshot = try Self.reopened(sections)
        let read = (0..<3).map { snapshot.queueRow(at: $0) }
        #expect(read.contains { $0 == nil })
        #expect(snapshot.damaged, "a listing that left a ticket out would be believed")
    }

    /// The id index (section 3): rows of 24 bytes, sorted by id (T0, T1, T2), each ending in
    /// its ticket's open-order index.
    @Test func anIdRowNamingAnotherTicketsEntryDamagesTheSnapshot() throws {
        var sections = try Self.sections()
        sections[3][20] = 1  // T0's row points at T1's entry
        let snapshot = try Self.reopened(sections)
        #expect(snapshot.index(of: "T0") == nil, "T0 answered with T1")
        #expect(snapshot.damaged)
    }

    @Test(arguments: ["T0", "T1", "T2"])
    func idRowsOutOfOrderThatHideAnIdDamageTheSnapshot(_ id: String) throws {
        var sections = try Self.sections()
        let rows = sections[3]
        sections[3] = Array(rows[24..<48] + rows[0..<24] + rows[48...])  // T1, T0, T2
        let snapshot = try Self.reopened(sections)
        let found = snapshot.index(of: id)
        #expect(
            found == Int(id.dropFirst()) || (found == nil && snapshot.damaged), "\(id): \(String(describing: found))")
    }

    @Test func aRecordThatDoesNotDecodeDamagesTheSnapshot() throws {
        var sections = try Self.sections()
        sections[2][0] = 0xFF  // the first record's subject length
        let snapshot = try Self.reopened(sections)
        #expect(snapshot.ticket(at: 0) == nil)
        #expect(snapshot.damaged)
    }
}
