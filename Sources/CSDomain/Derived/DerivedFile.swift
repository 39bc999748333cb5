import Dispatch
/// The one container every derived file beside the log uses (`LOG.snapshot`,
/// `LOG.faq-index`): a kind, a stamp saying what it was derived from, and numbered sections,
/// each with its own checksum. Derived files are disposable: a missing, cut, scrambled or
/// stale one is rebuilt, never believed. So every byte is checked before it is used — the
/// header at once, each section the first time it is read — and files are only ever
/// replaced whole (written beside, then renamed), so a reader never maps half of one.
///
///     "CSDERIVD" | kind (4) | version u32 | stamp length u32 | section count u32
///     | stamp | (offset u64, length u64, xxh64 u64) per section | header xxh64 u64 | sections…
///
/// A large section a command reads only a little of is checked by block instead
/// (`Section.checkedByBlock`): it starts with its block size (u64), its length (u64) and an
/// xxh64 for each block; the section's own checksum covers only those, and each block is
/// checked the first time it is read (`BlockChecks`). Which sections are checked so is part
/// of each kind's version.
public final class DerivedFile: @unchecked Sendable {
    static let magic = Array("CSDERIVD".utf8)

    public let kind: String
    public let stamp: [UInt8]
    private let bytes: UnsafeRawBufferPointer
    /// The file's size: what writing it anew would cost, roughly.
    public var byteCount: Int { bytes.count }
    private let mapping: UnsafeMutableRawPointer?
    private let owned: UnsafeMutableRawBufferPointer?
    private let sections: [(range: Range<Int>, hash: UInt64)]
    /// Sections whose checksum has been verified (a lock, for readers on several threads).
    private var verified: [Bool]
    private let lock = PosixMutex()

    /// A section to write, and how a reader checks it.
    public struct Section {
        /// For a section checked by block: its block size, length and blocks' checksums,
        /// written before its bytes and covered by the section's own checksum.
        var head: [UInt8] = []
        var bytes: [UInt8]

        public static func whole(_ bytes: [UInt8]) -> Section { Section(bytes: bytes) }

        /// Checked a block at a time as it is read; `blockSize` is best a multiple of the
        /// section's records, so that a block holds whole ones.
        public static func checkedByBlock(_ bytes: [UInt8], blockSize: Int) -> Section {
            precondition(blockSize > 0)
            var head = BinaryWriter(capacity: 16 + (bytes.count / blockSize + 1) * 8)
            head.u64(UInt64(blockSize))
            head.u64(UInt64(bytes.count))
            head.raw(BlockChecks.hashes(of: bytes, blockSize: blockSize))
            return Section(head: head.bytes, bytes: bytes)
        }

        var count: Int { head.count + bytes.count }
    }

    /// The bytes of a derived file with `sections`, each checked whole, ready to write.
    public static func build(kind: String, version: UInt32, stamp: [UInt8], sections: [[UInt8]]) -> [UInt8] {
        build(kind: kind, version: version, stamp: stamp, sections: sections.map(Section.whole))
    }

    /// A derived file's bytes as the pieces it is made of (its header, each section's head and
    /// bytes, the padding between): saved piece by piece, so a snapshot of 57 MB at a million
    /// events is never joined into one more copy before it is written.
    public struct Image {
        public private(set) var pieces: [[UInt8]] = []
        public private(set) var count = 0

        init(_ pieces: [[UInt8]]) { for piece in pieces { append(piece) } }

        mutating func append(_ piece: [UInt8]) {
            pieces.append(piece)
            count += piece.count
        }

        /// The whole file in one array.
        public var bytes: [UInt8] {
            var whole: [UInt8] = []
            whole.reserveCapacity(count)
            for piece in pieces { whole += piece }
            return whole
        }
    }

    /// The bytes of a derived file with `sections`, ready to write.
    public static func build(kind: String, version: UInt32, stamp: [UInt8], sections: [Section]) -> [UInt8] {
        image(kind: kind, version: version, stamp: stamp, sections: sections).bytes
    }

    /// A derived file with `sections`, as the pieces to write.
    public static func image(kind: String, version: UInt32, stamp: [UInt8], sections: [Section]) -> Image {
        precondition(kind.utf8.count == 4)
        var header = BinaryWriter()
        header.raw(magic)
        header.raw(Array(kind.utf8))
        header.u32(version)
        header.u32(UInt32(stamp.count))
        header.u32(UInt32(sections.count))
        header.raw(stamp)
        let tableEnd = header.count + sections.count * 24 + 8
        var offset = (tableEnd + 7) / 8 * 8
        for section in sections {
            header.u64(UInt64(offset))
            header.u64(UInt64(section.count))
            header.u64(FastHash.hash(section.head.isEmpty ? section.bytes : section.head))
            offset += (section.count + 7) / 8 * 8
        }
        header.u64(FastHash.hash(header.bytes))
        var file = Image([header.bytes])
        for section in sections {
            file.append([UInt8](repeating: 0, count: (8 - file.count % 8) % 8))
            file.append(section.head)
            file.append(section.bytes)
        }
        return file
    }

    /// A derived file mapped from `path`, or nil when it is missing, of another kind or
    /// version, or its header is damaged. Sections are checked when first read.
    public static func open(_ path: String, kind: String, version: UInt32) -> DerivedFile? {
        let descriptor = System.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size >= 32 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        let file = DerivedFile(
            UnsafeRawBufferPointer(start: address, count: size), mapping: address, owned: nil,
            kind: kind, version: version)
        if file == nil { munmap(address, size) }
        return file
    }

    /// A derived file held in memory (just built, not yet or not at all saved).
    public static func inMemory(_ data: [UInt8], kind: String, version: UInt32) -> DerivedFile? {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 8)
        copy.copyBytes(from: data)
        let file = DerivedFile(
            UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<data.count]), mapping: nil,
            owned: copy, kind: kind, version: version)
        if file == nil { copy.deallocate() }
        return file
    }

    private init?(
        _ bytes: UnsafeRawBufferPointer, mapping: UnsafeMutableRawPointer?, owned: UnsafeMutableRawBufferPointer?,
        kind: String, version: UInt32
    ) {
        var reader = BinaryReader(bytes)
        guard let magic = reader.raw(8), Array(magic) == Self.magic, let kindBytes = reader.raw(4),
            Array(kindBytes) == Array(kind.utf8),
            reader.u32() == version, let stampLength = reader.u32(), let count = reader.u32(), count < 4096,
            let stamp = reader.raw(Int(stampLength))
        else { return nil }
        var sections: [(Range<Int>, UInt64)] = []
        for _ in 0..<count {
            guard let offset = reader.u64(), let length = reader.u64(), let hash = reader.u64(),
                offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset
            else { return nil }
            sections.append((Int(offset)..<Int(offset + length), hash))
        }
        let headerEnd = reader.offset
        guard let headerHash = reader.u64(),
            FastHash.hash(UnsafeRawBufferPointer(rebasing: bytes[0..<headerEnd])) == headerHash
        else { return nil }
        self.kind = kind
        self.stamp = Array(stamp)
        self.bytes = bytes
        self.mapping = mapping
        self.owned = owned
        self.sections = sections
        verified = Array(repeating: false, count: sections.count)
    }

    deinit {
        if let mapping { munmap(mapping, bytes.count) }
        owned?.deallocate()
    }

    public var sectionCount: Int { sections.count }

    /// Section `index` without checking its bytes (its place and length are, with the header).
    /// Only for what a damaged byte cannot turn into a wrong answer (see `DeskSnapshot`'s
    /// event ids), or what is checked otherwise as it is read (its records, by block);
    /// anything copied into a new file is checked first.
    public func uncheckedSection(_ index: Int) -> UnsafeRawBufferPointer? {
        guard index >= 0, index < sections.count else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[sections[index].range])
    }

    /// Section `index`, written with `Section.checkedByBlock`, as blocks checked as they are
    /// read; nil when there is none, or its head (the blocks' checksums) is damaged. `validate`
    /// runs once on each block that holds its checksum, for what a checksum cannot promise
    /// (every code in range): a block it refuses counts as damaged.
    func blockChecked(
        _ index: Int, validate: @escaping @Sendable (UnsafeRawBufferPointer) -> Bool = { _ in true }
    ) -> BlockChecks? {
        guard let whole = uncheckedSection(index) else { return nil }
        var reader = BinaryReader(whole)
        guard let size = reader.u64(), let length = reader.u64(), size > 0, size <= 1 << 30,
            length <= UInt64(whole.count)
        else { return nil }
        let blocks = (Int(length) + Int(size) - 1) / Int(size)
        let head = 16 + blocks * 8
        guard head <= whole.count, whole.count - head == Int(length),
            FastHash.hash(UnsafeRawBufferPointer(rebasing: whole[0..<head])) == sections[index].hash
        else { return nil }
        return BlockChecks(
            UnsafeRawBufferPointer(rebasing: whole[head...]),
            hashes: UnsafeRawBufferPointer(rebasing: whole[16..<head]), blockSize: Int(size), validate: validate)
    }

    /// Checks these sections on every core at once; false when any is damaged. Below 16 MB
    /// in all, on this thread: starting the others costs more than they save (a desk of
    /// 10,000 tickets, a 5 MB snapshot: `cs show` 3.1 -> 2.6 ms, `cs list` 5.5 -> 5.2 ms).
    public func verify(_ indices: [Int]) -> Bool {
        let total = indices.reduce(0) { $0 + (sections.indices.contains($1) ? sections[$1].range.count : 0) }
        if total < 16 << 20 { return indices.allSatisfy { section($0) != nil } }
        let results = VerifyResults(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { position in
            results.set(position, section(indices[position]) != nil)
        }
        return results.allTrue
    }

    /// Section `index`, or nil when there is none or its bytes do not match its checksum.
    public func section(_ index: Int) -> UnsafeRawBufferPointer? {
        guard index >= 0, index < sections.count else { return nil }
        let (range, hash) = sections[index]
        let content = UnsafeRawBufferPointer(rebasing: bytes[range])
        lock.lock()
        let known = verified[index]
        lock.unlock()
        if !known {
            // Hashed outside the lock, so several sections can be checked at once.
            guard FastHash.hash(content) == hash else { return nil }
            lock.lock()
            verified[index] = true
            lock.unlock()
        }
        return content
    }

    /// Writes `data` to `path`: to a new file beside it, then renamed over it. Failing to
    /// save (a read-only folder, a full disk) only costs a later command a rebuild.
    @discardableResult
    public static func save(_ data: [UInt8], to path: String) -> Bool { save(Image([data]), to: path) }

    /// Writes `image` to `path` as `save` does, piece by piece.
    @discardableResult
    public static func save(_ image: Image, to path: String) -> Bool {
        var template = Array((path + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return false }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure: Int32 = 0
        for piece in image.pieces where failure == 0 {
            failure = piece.withUnsafeBytes { System.writeAll(descriptor, $0) }
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
        guard failure == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

private final class VerifyResults: @unchecked Sendable {
    private var values: [Bool]
    private let lock = PosixMutex()
    init(count: Int) { values = Array(repeating: false, count: count) }
    func set(_ index: Int, _ value: Bool) { lock.lock(); values[index] = value; lock.unlock() }
    var allTrue: Bool { lock.lock(); defer { lock.unlock() }; return values.allSatisfy { $0 } }
}
