import Testing

@testable import CSDomain

/// A snapshot's records are checked a block at a time, as far as they are read.
@Suite struct BlockChecksTests {
    static let size = BlockChecks.blockSize

    @Test func onlyTheBlocksReadAreCheckedAndADamagedOneIsNeverBelieved() {
        var section = (0..<(Self.size * 3 + 100)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let hashes = BlockChecks.hashes(of: section)
        #expect(hashes.count == 4 * 8, "a checksum for each block, the short last one too")
        section[Self.size * 2 + 7] ^= 0xFF
        section.withUnsafeBytes { bytes in
            hashes.withUnsafeBytes { hashes in
                guard let checks = BlockChecks(bytes, hashes: hashes) else {
                    Issue.record("the checksums fit the section")
                    return
                }
                #expect(checks.check(0..<10))
                #expect(checks.check((Self.size - 5)..<(Self.size + 5)), "a read across two good blocks")
                #expect(checks.check((Self.size * 3)..<(Self.size * 3 + 100)))
                #expect(!checks.damaged, "the damaged block has not been read")
                #expect(!checks.check((Self.size * 2)..<(Self.size * 2 + 1)))
                #expect(checks.damaged)
                #expect(!checks.check(0..<10), "once damaged, nothing more is believed")
            }
        }
    }

    @Test func checksumsThatDoNotFitTheSectionAreRefused() {
        let section = [UInt8](repeating: 1, count: Self.size + 1)
        section.withUnsafeBytes { bytes in
            let one = [UInt8](repeating: 0, count: 8)
            one.withUnsafeBytes { #expect(BlockChecks(bytes, hashes: $0) == nil) }
        }
    }
}
