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
    /// `,"sum":"` + 16 hex digits + `"}`. Written out, as the marker's word below is: on
    /// Linux every read of a global constant is a call, and replay reads these a million times.
    static var suffixLength: Int { 26 }
    /// `,"sum":"` as one little-endian word.
    private static var markerWord: UInt64 { 0x223A_226D_7573_222C }
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

    /// Whether the line starts `{"v":2,` (checked byte by byte: see `suffixLength`).
    static func isChained(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 7 && line[0] == UInt8(ascii: "{") && line[1] == UInt8(ascii: "\"")
            && line[2] == UInt8(ascii: "v") && line[3] == UInt8(ascii: "\"") && line[4] == UInt8(ascii: ":")
            && line[5] == UInt8(ascii: "2") && line[6] == UInt8(ascii: ",")
    }

    /// Whether `,"sum":"` starts at `start`.
    private static func hasMarker(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start >= 0 && start + 8 <= bytes.count
            && UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: start, as: UInt64.self))
                == markerWord
    }

    /// The checksum of `bytes` (a whole line without its sum field), chained to `previous`
    /// when given (version 2), alone when not (version 1).
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>, previous: UInt64? = nil) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        if let previous { hash = mix(hash ^ mix(previous ^ 0xC2B2_AE3D_27D4_EB4F)) }
        return finish(bytes, from: 0, hash: hash)
    }

    /// The sums of four lines at once, each `of(bytes, previous:)`: every step of one sum
    /// waits for the one before, so four computed side by side keep the multiplier busy (a
    /// replay checks a million lines; one at a time this was a tenth of its work). A lane
    /// left empty gives a sum no one reads.
    static func of(
        _ lanes: (Lane, Lane, Lane, Lane)
    ) -> (UInt64, UInt64, UInt64, UInt64) {
        func start(_ lane: Lane) -> UInt64 {
            let hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(lane.bytes.count)
            guard let previous = lane.previous else { return hash }
            return mix(hash ^ mix(previous ^ 0xC2B2_AE3D_27D4_EB4F))
        }
        func word(_ lane: Lane, _ index: Int) -> UInt64 {
            UInt64(
                littleEndian: UnsafeRawBufferPointer(lane.bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self))
        }
        var hashes = (start(lanes.0), start(lanes.1), start(lanes.2), start(lanes.3))
        // Whole words of each lane; the lines differ in length, so each lane stops at its own.
        let words = (
            lanes.0.bytes.count / 8 * 8, lanes.1.bytes.count / 8 * 8, lanes.2.bytes.count / 8 * 8,
            lanes.3.bytes.count / 8 * 8
        )
        var index = 0
        while index < max(words.0, words.1, words.2, words.3) {
            if index < words.0 { hashes.0 = mix(hashes.0 ^ word(lanes.0, index)) }
            if index < words.1 { hashes.1 = mix(hashes.1 ^ word(lanes.1, index)) }
            if index < words.2 { hashes.2 = mix(hashes.2 ^ word(lanes.2, index)) }
            if index < words.3 { hashes.3 = mix(hashes.3 ^ word(lanes.3, index)) }
            index += 8
        }
        return (
            finish(lanes.0.bytes, from: words.0, hash: hashes.0), finish(lanes.1.bytes, from: words.1, hash: hashes.1),
            finish(lanes.2.bytes, from: words.2, hash: hashes.2), finish(lanes.3.bytes, from: words.3, hash: hashes.3)
        )
    }

    /// A line's bytes and the sum it chains from (nil for a version-1 line).
    typealias Lane = (bytes: UnsafeBufferPointer<UInt8>, previous: UInt64?)

    /// The rest of a sum from `index` on (a multiple of 8).
    private static func finish(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, hash: UInt64) -> UInt64 {
        var hash = hash
        var index = index
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            hash = mix(hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
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
        let claim = try Claim(line, previous: previous)
        return try claim.holds(of(claim.content, previous: claim.previous))
    }

    /// What a sealed line says its sum is, read before the sum is computed (so that four
    /// lines' sums can be computed at once: `of(_:)` with four lanes).
    struct Claim {
        /// The bytes the sum covers.
        let content: UnsafeBufferPointer<UInt8>
        /// The sum the line holds.
        let expected: UInt64
        /// What the sum chains from: nil for a version-1 line.
        let previous: UInt64?
        let chained: Bool
        /// For a chained line whose line before has no readable sum.
        let previousMissing: Bool

        init(_ line: UnsafeBufferPointer<UInt8>, previous: UInt64?) throws(Failure) {
            guard line.count > suffixLength, line[line.count - 1] == UInt8(ascii: "}"),
                line[line.count - 2] == UInt8(ascii: "\"")
            else { throw .missing }
            let markerStart = line.count - suffixLength
            guard hasMarker(line, at: markerStart),
                let expected = parseHex(UnsafeBufferPointer(rebasing: line[(markerStart + 8)..<(line.count - 2)]))
            else {
                throw .missing
            }
            content = UnsafeBufferPointer(rebasing: line[0..<markerStart])
            self.expected = expected
            chained = isChained(content)
            self.previous = chained ? previous : nil
            previousMissing = chained && previous == nil
        }

        /// The line as a lane of `of(_:)`.
        var lane: Lane { (content, previous) }

        /// How many bytes come before the sum field, when `sum` (this line's, computed) is
        /// the one it holds.
        func holds(_ sum: UInt64) throws(Failure) -> Int {
            if chained {
                guard !previousMissing, sum == expected else { throw .chainBroken }
            } else {
                guard sum == expected else { throw .mismatch }
            }
            return content.count
        }
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
        guard hasMarker(bytes, at: markerStart) else { return nil }
        return parseHex(UnsafeBufferPointer(rebasing: bytes[(markerStart + 8)..<(end - 2)]))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ value: UInt64) -> [UInt8] {
        (0..<16).map { digits[Int((value >> (60 - 4 * UInt64($0))) & 0xF)] }
    }

    /// Sixteen lowercase hex digits as a number; nil for anything else.
    private static func parseHex(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        return value
    }
}
