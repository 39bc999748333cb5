/// Little-endian binary for derived files: a writer that appends, and a reader whose every
/// read is bounds-checked and returns nil past the end, so a damaged file is refused, never
/// read out of bounds.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }
    mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }
    mutating func raw(_ data: UnsafeRawBufferPointer) { bytes.append(contentsOf: data) }

    /// A length (u32) then the UTF-8 bytes.
    mutating func string(_ text: String) {
        var copy = text
        copy.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Nil as the length 0xFFFF_FFFF.
    mutating func optionalString(_ text: String?) {
        guard let text else { return u32(.max) }
        string(text)
    }

    mutating func strings(_ texts: [String]) {
        u32(UInt32(texts.count))
        for text in texts { string(text) }
    }

    /// Pads with zeros to a multiple of `alignment`.
    mutating func align(_ alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }

    /// Overwrites 8 bytes at `offset` (a field written before its value was known).
    mutating func patch(u64 value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) {
            for (index, byte) in $0.enumerated() { bytes[offset + index] = byte }
        }
    }
}

struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var remaining: Int { bytes.count - offset }

    mutating func u8() -> UInt8? {
        guard offset + 1 <= bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u32() -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func u64() -> UInt64? {
        guard offset >= 0, offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func i64() -> Int64? { u64().map { Int64(bitPattern: $0) } }

    /// A count of things each at least `minimumSize` bytes long: nil when the bytes left
    /// could not hold them (a damaged count must not allocate gigabytes).
    mutating func count(minimumSize: Int) -> Int? {
        guard let value = u32(), Int(value) * max(1, minimumSize) <= remaining else { return nil }
        return Int(value)
    }

    mutating func raw(_ count: Int) -> UnsafeRawBufferPointer? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    /// A string whose bytes are taken as UTF-8 whatever they are (U+FFFD for any that are not).
    mutating func repairedString() -> String? {
        guard let length = u32(), let utf8 = raw(Int(length)) else { return nil }
        return String(decoding: utf8, as: UTF8.self)
    }

    mutating func optionalRepairedString() -> String?? {
        guard offset + 4 <= bytes.count else { return nil }
        if UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) == .max {
            offset += 4
            return .some(nil)
        }
        return repairedString().map { .some($0) }
    }

    mutating func string() -> String? {
        guard let length = u32(), let utf8 = raw(Int(length)) else { return nil }
        return UTF8Validation.string(utf8.assumingMemoryBound(to: UInt8.self))
    }

    /// A string read, or only stepped over (`decoding: false`: "" in its place), nil when damaged.
    mutating func string(decoding: Bool) -> String? {
        if decoding { return string() }
        guard let length = u32(), raw(Int(length)) != nil else { return nil }
        return ""
    }

    mutating func optionalString(decoding: Bool) -> String?? {
        if decoding { return optionalString() }
        guard offset + 4 <= bytes.count else { return nil }
        if UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) == .max {
            offset += 4
            return .some(nil)
        }
        return string(decoding: false).map { .some($0) }
    }

    mutating func strings(decoding: Bool) -> [String]? {
        if decoding { return strings() }
        guard let count = count(minimumSize: 4) else { return nil }
        for _ in 0..<count where string(decoding: false) == nil { return nil }
        return []
    }

    mutating func optionalString() -> String?? {
        guard offset + 4 <= bytes.count else { return nil }
        if UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) == .max {
            offset += 4
            return .some(nil)
        }
        return string().map { .some($0) }
    }

    mutating func strings() -> [String]? {
        guard let count = count(minimumSize: 4) else { return nil }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = string() else { return nil }
            result.append(text)
        }
        return result
    }
}
