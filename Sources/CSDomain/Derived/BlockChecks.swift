/// A large section checked a block at a time, as its blocks are first read, against a
/// checksum for each block kept in a small section of its own: a command that reads one
/// ticket's record checks 64 KiB, not the whole 35 MB of records (a million events).
///
/// A block that fails its checksum is never read from; the snapshot then counts as damaged
/// (`damaged`), and the command that met it is run again from the log (`CommandLineTool`).
final class BlockChecks: @unchecked Sendable {
    static let blockSize = 64 * 1024

    private let bytes: UnsafeRawBufferPointer
    private let hashes: UnsafeRawBufferPointer
    private var checked: [Bool]
    private var failed = false
    private let lock = PosixMutex()

    /// Nil when the number of checksums does not fit the section's length.
    init?(_ bytes: UnsafeRawBufferPointer, hashes: UnsafeRawBufferPointer) {
        let blocks = (bytes.count + Self.blockSize - 1) / Self.blockSize
        guard hashes.count == blocks * 8 else { return nil }
        self.bytes = bytes
        self.hashes = hashes
        checked = Array(repeating: false, count: blocks)
    }

    /// The checksum of each block of `section`, for the writer.
    static func hashes(of section: [UInt8]) -> [UInt8] {
        var writer = BinaryWriter(capacity: (section.count / blockSize + 1) * 8)
        section.withUnsafeBytes { bytes in
            for start in stride(from: 0, to: bytes.count, by: blockSize) {
                writer.u64(
                    FastHash.hash(UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + blockSize)])))
            }
        }
        return writer.bytes
    }

    /// Whether every block under `range` holds its checksum (each is hashed once).
    func check(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        lock.lock()
        defer { lock.unlock() }
        if failed { return false }
        for block in range.lowerBound / Self.blockSize...(range.upperBound - 1) / Self.blockSize where !checked[block] {
            let start = block * Self.blockSize
            let content = UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + Self.blockSize)])
            let expected = UInt64(littleEndian: hashes.loadUnaligned(fromByteOffset: block * 8, as: UInt64.self))
            guard FastHash.hash(content) == expected else {
                failed = true
                return false
            }
            checked[block] = true
        }
        return true
    }

    /// Whether a block has failed its checksum.
    var damaged: Bool { lock.withLock { failed } }
}
