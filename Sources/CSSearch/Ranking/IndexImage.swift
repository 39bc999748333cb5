import CSPlatform

/// A search index laid out flat: numbered sections of 32-bit integers, floats, bytes and
/// string tables, readable in place. Built in memory it is an array; saved next to the log
/// it is mapped back without decoding anything, so a process with a 10,000-entry index
/// starts searching at once. Every read is bounds-checked: a damaged file gives wrong
/// answers at worst (the caller's stamp check rebuilds it), never a crash.
public final class IndexImage: @unchecked Sendable {
    static let magic: [UInt8] = Array("CSIX".utf8)
    static let version: UInt32 = 1

    let bytes: UnsafeRawBufferPointer
    private let owned: UnsafeMutableRawBufferPointer?
    private let mapped: Bool
    private var keeper: AnyObject?
    private var sections: [Range<Int>] = []

    /// An image held in memory (just built).
    public init?(_ data: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 8)
        copy.copyBytes(from: data)
        owned = copy
        mapped = false
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<data.count])
        guard readDirectory() else { return nil }
    }

    /// An image over bytes that `owner` keeps alive (a section of a mapped derived file).
    public init?(borrowing bytes: UnsafeRawBufferPointer, owner: AnyObject) {
        self.bytes = bytes
        owned = nil
        mapped = false
        keeper = owner
        guard readDirectory() else { return nil }
    }

    /// An image mapped from a file; nil when the file is missing or not an image.
    public init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 16,
            let base = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED
        else {
            return nil
        }
        bytes = UnsafeRawBufferPointer(start: base, count: Int(status.st_size))
        owned = nil
        mapped = true
        guard readDirectory() else { return nil }
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
        owned?.deallocate()
    }

    public var data: [UInt8] { Array(bytes) }

    private func readDirectory() -> Bool {
        guard bytes.count >= 12, Array(bytes[0..<4]) == Self.magic, word(at: 4) == Self.version else { return false }
        let count = Int(word(at: 8))
        guard 12 + count * 8 <= bytes.count else { return false }
        for index in 0..<count {
            let start = Int(word(at: 12 + index * 8)), length = Int(word(at: 16 + index * 8))
            guard start <= bytes.count, length <= bytes.count - start else { return false }
            sections.append(start..<(start + length))
        }
        return true
    }

    private func word(at offset: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    var sectionCount: Int { sections.count }

    /// The image's bytes with one section's content replaced by as many bytes (a new stamp).
    public func replacingSection(_ section: Int, with content: [UInt8]) -> [UInt8]? {
        guard section < sections.count, sections[section].count == content.count else { return nil }
        var result = data
        result.replaceSubrange(sections[section], with: content)
        return result
    }

    /// Section `section`, as a count of 32-bit values.
    func count32(_ section: Int) -> Int { section < sections.count ? sections[section].count / 4 : 0 }

    func u32(_ section: Int, _ index: Int) -> UInt32 {
        guard index >= 0, index < count32(section) else { return 0 }
        return word(at: sections[section].lowerBound + index * 4)
    }

    func f32(_ section: Int, _ index: Int) -> Float { Float(bitPattern: u32(section, index)) }

    func raw(_ section: Int) -> UnsafeRawBufferPointer {
        guard section < sections.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(rebasing: bytes[sections[section]])
    }

    /// A string table is two sections: end offsets (one per string) and the pooled bytes.
    /// Read-only view into an image it keeps alive.
    struct StringTable: @unchecked Sendable {
        let image: IndexImage
        let ends: Int
        let pool: UnsafeRawBufferPointer

        init(_ image: IndexImage, section: Int) {
            self.image = image
            ends = section
            pool = image.raw(section + 1)
        }

        var count: Int { image.count32(ends) }

        func bytes(_ index: Int) -> UnsafeRawBufferPointer {
            let start = index == 0 ? 0 : Int(image.u32(ends, index - 1))
            let end = Int(image.u32(ends, index))
            guard start <= end, end <= pool.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
            return UnsafeRawBufferPointer(rebasing: pool[start..<end])
        }

        func string(_ index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }

        /// Where `key` is in a table sorted by bytes.
        func find(_ key: [UInt8]) -> Int? {
            var low = 0, high = count
            while low < high {
                let middle = (low + high) / 2
                let order = Self.compare(bytes(middle), key)
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }

        private static func compare(_ stored: UnsafeRawBufferPointer, _ key: [UInt8]) -> Int {
            let common = min(stored.count, key.count)
            let order = key.withUnsafeBytes { key in
                common == 0 ? 0 : Int(memcmp(stored.baseAddress!, key.baseAddress!, common))
            }
            return order != 0 ? order : stored.count - key.count
        }
    }

    /// Writes sections one after another, each 4-byte aligned, after a directory of
    /// (offset, length) pairs.
    struct Builder {
        private var sections: [[UInt8]] = []

        mutating func add(bytes: [UInt8]) { sections.append(bytes) }

        mutating func add(u32 values: [UInt32]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(values.count * 4)
            for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
            sections.append(bytes)
        }

        mutating func add(f32 values: [Float]) { add(u32: values.map(\.bitPattern)) }

        /// Adds a string table: two sections.
        mutating func add(strings: [[UInt8]]) {
            var ends: [UInt32] = []
            var pool: [UInt8] = []
            for string in strings {
                pool.append(contentsOf: string)
                ends.append(UInt32(pool.count))
            }
            add(u32: ends)
            add(bytes: pool)
        }

        func build() -> [UInt8] {
            var header = IndexImage.magic
            func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { header.append(contentsOf: $0) } }
            append(IndexImage.version)
            append(UInt32(sections.count))
            var offset = 12 + sections.count * 8
            var placed: [(Int, Int)] = []
            for section in sections {
                placed.append((offset, section.count))
                offset += (section.count + 3) / 4 * 4
            }
            for (start, length) in placed {
                append(UInt32(start))
                append(UInt32(length))
            }
            var result = header
            result.reserveCapacity(offset)
            for section in sections {
                result.append(contentsOf: section)
                result.append(contentsOf: [UInt8](repeating: 0, count: (4 - section.count % 4) % 4))
            }
            return result
        }
    }
}
