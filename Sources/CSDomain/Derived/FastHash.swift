/// XXH64 (Yann Collet's xxHash, 64-bit): checks derived files for damage at several GB/s,
/// so a 50 MB snapshot is checked in milliseconds. Not for secrets (see `SHA256`).
public enum FastHash {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let count = bytes.count
        var index = 0
        var hash: UInt64
        @inline(__always) func word(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        @inline(__always) func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
            rotate(accumulator &+ input &* prime2, 31) &* prime1
        }
        if count >= 32 {
            var (a, b, c, d) = (seed &+ prime1 &+ prime2, seed &+ prime2, seed, seed &- prime1)
            while index + 32 <= count {
                a = round(a, word(index))
                b = round(b, word(index + 8))
                c = round(c, word(index + 16))
                d = round(d, word(index + 24))
                index += 32
            }
            hash = rotate(a, 1) &+ rotate(b, 7) &+ rotate(c, 12) &+ rotate(d, 18)
            for lane in [a, b, c, d] { hash = (hash ^ round(0, lane)) &* prime1 &+ prime4 }
        } else {
            hash = seed &+ prime5
        }
        hash = hash &+ UInt64(count)
        while index + 8 <= count {
            hash = rotate(hash ^ round(0, word(index)), 27) &* prime1 &+ prime4
            index += 8
        }
        if index + 4 <= count {
            let half = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self)))
            hash = rotate(hash ^ (half &* prime1), 23) &* prime2 &+ prime3
            index += 4
        }
        while index < count {
            hash = rotate(hash ^ (UInt64(bytes[index]) &* prime5), 11) &* prime1
            index += 1
        }
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        hash = hash &* prime3
        hash ^= hash >> 32
        return hash
    }

    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    @inline(__always) private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        value << count | value >> (64 - count)
    }
}
