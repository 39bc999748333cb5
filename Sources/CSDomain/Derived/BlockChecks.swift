import Dispatch

/// A large section checked a block at a time, as its blocks are first read, against a
/// checksum for each block kept at the section's head (`DerivedFile.Section.checkedByBlock`):
/// a command that reads one ticket checks a few 8 KiB blocks, not the whole 80 MB of
/// entries and 350 MB of records of ten million events.
///
/// A block that fails its checksum (or its section's own validation) is never read from;
/// the file then counts as damaged (`damaged`), and the command that met it is run again
/// from the log (`CommandLineTool`).
final class BlockChecks: @unchecked Sendable {
    /// Each ticket a command touches costs a block's hash (the tail after a snapshot of a
    /// million events touches a ticket a line): at 64 KiB, hashing was a quarter of `cs show`
    /// after 170 replies (docs/performance.md, "The tail"). The blocks' checksums, hashed
    /// whenever the section is opened, are 1/1024 of it at this size.
    static let blockSize = 8 * 1024

    let bytes: UnsafeRawBufferPointer
    private let hashes: UnsafeRawBufferPointer
    private let blockSize: Int
    private let validate: @Sendable (UnsafeRawBufferPointer) -> Bool
    private var checked: [Bool]
    private var uncheckedBlocks: Int
    private var failed = false
    private let lock = PosixMutex()

    /// Nil when the number of checksums does not fit the section's length.
    init?(
        _ bytes: UnsafeRawBufferPointer, hashes: UnsafeRawBufferPointer, blockSize: Int = blockSize,
        validate: @escaping @Sendable (UnsafeRawBufferPointer) -> Bool = { _ in true }
    ) {
        let blocks = (bytes.count + blockSize - 1) / blockSize
        guard blockSize > 0, hashes.count == blocks * 8 else { return nil }
        self.bytes = bytes
        self.hashes = hashes
        self.blockSize = blockSize
        self.validate = validate
        checked = Array(repeating: false, count: blocks)
        uncheckedBlocks = blocks
    }

    /// The checksum of each block of `section`, for the writer.
    static func hashes(of section: [UInt8], blockSize: Int = blockSize) -> [UInt8] {
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
        if uncheckedBlocks == 0 { return true }
        for block in range.lowerBound / blockSize...(range.upperBound - 1) / blockSize where !checked[block] {
            guard isSound(block) else {
                failed = true
                return false
            }
            checked[block] = true
            uncheckedBlocks -= 1
        }
        return true
    }

    /// Whether every block holds its checksum. A section of megabytes is hashed on every
    /// core (the 8 MB of entries of 100,000 tickets: 1.6 ms on one).
    func checkAll() -> Bool {
        guard bytes.count >= 4 << 20 else { return check(0..<bytes.count) }
        let blocks = checked.count
        let sound = UnsafeMutableBufferPointer<Bool>.allocate(capacity: blocks)
        defer { sound.deallocate() }
        let results = BlockResults(sound)
        let alreadyChecked = lock.withLock { checked }
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            guard !alreadyChecked[block] else {
                results.buffer[block] = true
                return
            }
            results.buffer[block] = isSound(block)
        }
        return lock.withLock {
            guard !failed, sound.allSatisfy({ $0 }) else {
                failed = true
                return false
            }
            checked = Array(repeating: true, count: blocks)
            uncheckedBlocks = 0
            return true
        }
    }

    /// Whether `block` holds its checksum and passes the section's validation (reads only
    /// what never changes, so workers may ask at once).
    private func isSound(_ block: Int) -> Bool {
        let start = block * blockSize
        let content = UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + blockSize)])
        let expected = UInt64(littleEndian: hashes.loadUnaligned(fromByteOffset: block * 8, as: UInt64.self))
        return FastHash.hash(content) == expected && validate(content)
    }

    /// Whether a block has failed its checksum.
    var damaged: Bool { lock.withLock { failed } }
}

/// Each block's result, written by the worker that checked it (one element each).
private struct BlockResults: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Bool>
    init(_ buffer: UnsafeMutableBufferPointer<Bool>) { self.buffer = buffer }
}
