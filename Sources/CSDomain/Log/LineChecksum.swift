/// Every event line ends in `,"sum":"<16 hex digits>"}`: a 64-bit checksum of all the
/// bytes before that field. It catches a line damaged on disk or edited by hand (even into
/// valid JSON). Lines of format version 2 (`{"v":2,…`) chain: their sum also covers the sum
/// of the line before them (the first line's covers `genesis`), so a line removed, added or
/// moved breaks the line after it, not only an edited one. Version-1 lines (older logs)
/// are checked alone; `cs upgrade` rewrites them chained. It is not a signature: anyone
/// able to run cs can write a correct one. Fast by design (8 bytes a step), because replay
/// checks a million lines.
public enum LineChecksum {
    static let marker = Array(#","sum":""#.utf8)
    /// `,"sum":"` + 16 hex digits + `"}`.
    static let suffixLength = marker.count + 16 + 2
    /// What the first line of a log chains from.
    public static let genesis: UInt64 = 0
    /// How a chained (version 2) line starts: the envelope writes `v` first.
    static let chainedStart = Array(#"{"v":2,"#.utf8)
    /// How a version-1 line cs wrote starts.
    static let unchainedStart = Array(#"{"v":1,"#.utf8)

    /// Whether the line is of a chained format version.
    public static func isChained(_ line: some Collection<UInt8>) -> Bool {
        line.starts(with: chainedStart)
    }

    /// The checksum of `bytes` (a whole line without its sum field), chained to `previous`
    /// when given (version 2), alone when not (version 1).
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>, previous: UInt64? = nil) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        if let previous { hash = mix(hash ^ mix(previous ^ 0xC2B2_AE3D_27D4_EB4F)) }
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            hash = mix(hash ^ word)
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        return mix(hash ^ tail ^ 0xFF)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 31)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 29)
    }

    /// Appends the sum field to an encoded event (which ends in `}`): chained to `previous`,
    /// the sum of the line before it, when the event is of version 2.
    public static func seal(_ line: [UInt8], previous: UInt64) -> [UInt8] {
        var sealed = Array(line.dropLast())
        let sum = sealed.withUnsafeBufferPointer { of($0, previous: isChained($0) ? previous : nil) }
        sealed.append(contentsOf: marker)
        sealed.append(contentsOf: hex(sum))
        sealed.append(contentsOf: Array("\"}".utf8))
        return sealed
    }

    public enum Failure: Error, Equatable, Sendable {
        case missing
        case mismatch
        /// A chained line whose sum does not follow from the line before it: it was changed,
        /// or a line before it was removed, added or moved.
        case chainBroken
    }

    /// A stored line as the event's JSON alone: its `,"sum":"…"` field cut (the chain is the
    /// log's, not the event's). Nil when the line has no sum where one belongs.
    public static func withoutSum(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard line.count > suffixLength, line[line.count - 1] == UInt8(ascii: "}") else { return nil }
        let markerStart = line.count - suffixLength
        for (offset, byte) in marker.enumerated() where line[markerStart + offset] != byte { return nil }
        return Array(line[0..<markerStart]) + [UInt8(ascii: "}")]
    }

    /// Checks a sealed line's sum — chained to `previous` (the sum of the line before, nil
    /// when that line has none to read) for a version-2 line; returns how many bytes come
    /// before the `,"sum"` field (the event, with its closing brace cut off).
    @discardableResult
    public static func check(_ line: UnsafeBufferPointer<UInt8>, previous: UInt64?) throws(Failure) -> Int {
        guard line.count > suffixLength, line[line.count - 1] == UInt8(ascii: "}"),
            line[line.count - 2] == UInt8(ascii: "\"")
        else { throw .missing }
        let markerStart = line.count - suffixLength
        for (offset, byte) in marker.enumerated() where line[markerStart + offset] != byte { throw .missing }
        guard
            let expected = parseHex(
                UnsafeBufferPointer(rebasing: line[(markerStart + marker.count)..<(line.count - 2)]))
        else {
            throw .missing
        }
        let content = UnsafeBufferPointer(rebasing: line[0..<markerStart])
        if isChained(content) {
            guard let previous, of(content, previous: previous) == expected else { throw .chainBroken }
        } else {
            guard of(content) == expected else { throw .mismatch }
        }
        return markerStart
    }

    /// The sum stored in the line that starts at `start`'s line before: `genesis` for the
    /// first line, nil when that line has no readable sum (it is damaged itself).
    public static func previousSum(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard start > 0 else { return genesis }
        return storedSum(ofLineEndingAt: start - 1, in: bytes)
    }

    /// The sum stored in the line whose last byte is before `end` (a newline's index, or the
    /// end of the bytes).
    public static func storedSum(ofLineEndingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard end >= suffixLength, end <= bytes.count, bytes[end - 1] == UInt8(ascii: "}"),
            bytes[end - 2] == UInt8(ascii: "\"")
        else { return nil }
        let markerStart = end - suffixLength
        for (offset, byte) in marker.enumerated() where bytes[markerStart + offset] != byte { return nil }
        return parseHex(UnsafeBufferPointer(rebasing: bytes[(markerStart + marker.count)..<(end - 2)]))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ value: UInt64) -> [UInt8] {
        (0..<16).map { digits[Int((value >> (60 - 4 * UInt64($0))) & 0xF)] }
    }

    /// Each byte's value as a lowercase hex digit, or 0xFF.
    private static let hexValues: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt8(byte) - UInt8(ascii: "a") + 10
        default: return 0xFF
        }
    }

    private static func parseHex(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        var invalid: UInt8 = 0
        hexValues.withUnsafeBufferPointer { table in
            for byte in bytes {
                let digit = table[Int(byte)]
                invalid |= digit & 0xF0
                value = value << 4 | UInt64(digit & 0x0F)
            }
        }
        return invalid == 0 ? value : nil
    }
}
