/// Ticket and event ids. Random rather than counted, so two copies of a log written
/// apart can be merged; spelled in Crockford's base 32 (no I, L, O or U), so an id can be
/// read out on the phone without "was that a zero or an O?".
public enum Identifier {
    public static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let ticketLength = 8
    /// 15 characters (75 bits): as long as fits Swift's inline small strings, so the
    /// million ids of a large replay cost no allocations.
    public static let eventLength = 15

    public static func make(length: Int, using generator: inout some RandomNumberGenerator) -> String {
        var text = ""
        text.reserveCapacity(length)
        for _ in 0..<length { text.append(alphabet[Int(generator.next() % 32)]) }
        return text
    }

    /// Whether `id` is a ticket id as cs makes them: 1 to 16 characters of the alphabet (so
    /// reading it the Crockford way, `normalize`, leaves it as it is and a lookup finds it).
    public static func isTicketID(_ id: String) -> Bool {
        (1...16).contains(id.count) && id.allSatisfy { alphabet.contains($0) }
    }

    /// What a person typed, read the Crockford way: case does not matter, O means 0,
    /// I and L mean 1, and dashes or spaces are ignored.
    public static func normalize(_ typed: String) -> String {
        var text = ""
        for character in typed.uppercased() {
            switch character {
            case "O": text.append("0")
            case "I", "L": text.append("1")
            case "-", " ": continue
            default: text.append(character)
            }
        }
        return text
    }

    /// Which of `ids` a person means by an id or a unique prefix of one, read the Crockford
    /// way (`normalize`): the one, or every candidate (none, or more than one).
    public static func match(_ typed: String, among ids: [String]) -> (match: String?, candidates: [String]) {
        let wanted = normalize(typed)
        let candidates = ids.filter { !wanted.isEmpty && $0.hasPrefix(wanted) }
        return (candidates.count == 1 ? candidates[0] : nil, candidates)
    }

    public static func isWellFormed(_ text: String, length: Int) -> Bool {
        text.count == length && text.allSatisfy { alphabet.contains($0) }
    }
}

/// SplitMix64: a small, seedable generator so that a log written under `CS_NOW` gets the
/// same ids on every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a over the given texts: a stable seed from values that describe the moment.
    public static func seed(from texts: [String]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for text in texts {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            hash = (hash ^ 0xFF) &* 0x100_0000_01B3
        }
        return hash
    }
}
