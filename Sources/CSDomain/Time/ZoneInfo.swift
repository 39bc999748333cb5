/// A zone file of the system's time zone database (TZif, RFC 8536): the offsets in force
/// between transitions, and the POSIX rule in its footer for the years after them.
public struct ZoneInfo: Equatable, Sendable {
    public struct LocalType: Equatable, Sendable {
        /// Seconds east of UTC.
        public var offset: Int64
        public var isDaylight: Bool
        public var abbreviation: String
    }

    public var transitions: [Int64]
    /// The type that starts at each transition.
    public var typeIndices: [Int]
    public var types: [LocalType]
    public var footer: PosixTimeZoneRule?

    /// Parses a TZif file (versions 1 to 4; the 64-bit data when there is some). Nil when
    /// the bytes are not one, or contradict themselves: a damaged file is never trusted.
    public init?(_ bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard let first = reader.header() else { return nil }
        var header = first
        var timeSize = 4
        if first.version >= 2 {
            // Skip the 32-bit block; the 64-bit one follows with a header of its own.
            guard reader.skip(first.dataLength(timeSize: 4)), let second = reader.header() else { return nil }
            header = second
            timeSize = 8
        }
        var transitions: [Int64] = []
        for _ in 0..<header.timeCount {
            guard let time = reader.signed(timeSize) else { return nil }
            transitions.append(time)
        }
        var indices: [Int] = []
        for _ in 0..<header.timeCount {
            guard let index = reader.byte(), Int(index) < header.typeCount else { return nil }
            indices.append(Int(index))
        }
        var raw: [(offset: Int64, isDaylight: Bool, nameIndex: Int)] = []
        for _ in 0..<header.typeCount {
            guard let offset = reader.signed(4), let daylight = reader.byte(), let nameIndex = reader.byte() else {
                return nil
            }
            raw.append((offset, daylight != 0, Int(nameIndex)))
        }
        guard let names = reader.bytes(header.charCount),
            reader.skip(header.leapCount * (timeSize + 4) + header.standardCount + header.utcCount)
        else { return nil }
        var types: [LocalType] = []
        for item in raw {
            guard item.nameIndex < names.count else { return nil }
            let end = names[item.nameIndex...].firstIndex(of: 0) ?? names.count
            types.append(
                LocalType(
                    offset: item.offset, isDaylight: item.isDaylight,
                    abbreviation: String(decoding: names[item.nameIndex..<end], as: UTF8.self)))
        }
        guard !types.isEmpty, zip(transitions, transitions.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        self.transitions = transitions
        typeIndices = indices
        self.types = types
        footer = nil
        if header.version >= 2, reader.take(0x0A), let line = reader.line(), !line.isEmpty {
            footer = PosixTimeZoneRule(line)
        }
    }

    /// The local type in force at `time`.
    public func localType(at time: Timestamp) -> LocalType {
        let seconds = time.secondsSince1970
        if let last = transitions.last, seconds >= last, let footer {
            let period = footer.period(at: time)
            return LocalType(
                offset: period.offset, isDaylight: period != footer.standard, abbreviation: period.abbreviation)
        }
        guard let firstTransition = transitions.first, seconds >= firstTransition else {
            // Before the table: the first standard-time type (RFC 8536 §3.2).
            return types.first { !$0.isDaylight } ?? types[0]
        }
        var low = 0
        var high = transitions.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if transitions[middle] <= seconds { low = middle } else { high = middle - 1 }
        }
        return types[typeIndices[low]]
    }

    private struct Header {
        var version: Int
        var utcCount, standardCount, leapCount, timeCount, typeCount, charCount: Int

        func dataLength(timeSize: Int) -> Int {
            timeCount * timeSize + timeCount + typeCount * 6 + charCount + leapCount * (timeSize + 4) + standardCount
                + utcCount
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func header() -> Header? {
            guard let magic = self.bytes(4), magic == Array("TZif".utf8), let version = byte(), skip(15) else {
                return nil
            }
            var counts: [Int] = []
            for _ in 0..<6 {
                guard let count = signed(4), count >= 0, count < 1 << 20 else { return nil }
                counts.append(Int(count))
            }
            let number = version == 0 ? 1 : Int(version) - 48
            guard (1...9).contains(number) else { return nil }
            return Header(
                version: number, utcCount: counts[0], standardCount: counts[1], leapCount: counts[2],
                timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
        }

        mutating func byte() -> UInt8? {
            guard index < bytes.count else { return nil }
            index += 1
            return bytes[index - 1]
        }

        mutating func take(_ expected: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == expected else { return false }
            index += 1
            return true
        }

        mutating func bytes(_ count: Int) -> [UInt8]? {
            guard count >= 0, index + count <= bytes.count else { return nil }
            index += count
            return Array(bytes[(index - count)..<index])
        }

        mutating func skip(_ count: Int) -> Bool { bytes(count) != nil }

        /// A big-endian two's-complement number of 4 or 8 bytes.
        mutating func signed(_ size: Int) -> Int64? {
            guard let raw = bytes(size) else { return nil }
            var value: UInt64 = 0
            for byte in raw { value = value << 8 | UInt64(byte) }
            if size == 4 { return Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: value))) }
            return Int64(bitPattern: value)
        }

        mutating func line() -> String? {
            guard let end = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
    }
}
