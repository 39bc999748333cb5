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
