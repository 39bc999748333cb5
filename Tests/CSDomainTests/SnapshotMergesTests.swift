import Testing

@testable import CSDomain

/// A snapshot written over a base merges the base's sorted tables with what the tail added:
/// the same bytes a sort of everything gives, and nothing from a base out of order.
@Suite struct SnapshotMergesTests {
    static func ids(_ count: Int, _ generator: inout SeededGenerator) -> [[UInt8]] {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...TicketRecord.maximumIDLength, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
        }
    }

    static func rows(_ ids: [(id: [UInt8], index: Int)]) -> [UInt8] {
        var writer = BinaryWriter()
        for (id, index) in ids { SnapshotMerges.writeIDRow(id, index: index, into: &writer) }
        return writer.bytes
    }

    @Test(arguments: [0, 1, 7, 300])
    func mergedIDRowsEqualEveryIDSorted(_ addedCount: Int) {
        var generator = SeededGenerator(seed: UInt64(addedCount))
        let all = Set(Self.ids(2_000 + addedCount, &generator)).enumerated().map { (id: $0.element, index: $0.offset) }
        let sorted = { (ids: [(id: [UInt8], index: Int)]) in ids.sorted { $0.id.lexicographicallyPrecedes($1.id) } }
        let base = sorted(Array(all.dropLast(addedCount))), added = sorted(Array(all.suffix(addedCount)))
        let merged = Self.rows(base).withUnsafeBytes { SnapshotMerges.idIndex(base: $0, adding: added) }
        #expect(merged == Self.rows(sorted(all)))
    }

    @Test func aBaseOutOfOrderGivesNothing() {
        let base = Self.rows([(Array("B".utf8), 0), (Array("A".utf8), 1)])
        #expect(base.withUnsafeBytes { SnapshotMerges.idIndex(base: $0, adding: []) } == nil)
        var hashes = BinaryWriter()
        for hash: UInt64 in [5, 3] { hashes.u64(hash) }
        #expect(hashes.bytes.withUnsafeBytes { SnapshotMerges.eventIDHashes(base: $0, adding: [4]) } == nil)
    }

    @Test func mergedHashesEqualEveryHashSorted() {
        var generator = SeededGenerator(seed: 9)
        let base = (0..<5_000).map { _ in generator.next() }.sorted()
        let added = (0..<40).map { _ in generator.next() }.sorted() + [base[17]]
        var stored = BinaryWriter(), expected = BinaryWriter()
        for hash in base { stored.u64(hash) }
        for hash in (base + added).sorted() { expected.u64(hash) }
        let merged = stored.bytes.withUnsafeBytes { SnapshotMerges.eventIDHashes(base: $0, adding: added.sorted()) }
        #expect(merged == expected.bytes)
    }
}
