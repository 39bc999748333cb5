/// Every event id seen, to refuse an id seen twice (a copied line, a bad merge). cs's ids
/// are Crockford base 32: packed into 128 bits, they go in an open-addressing table of
/// integers whose slots are found from the ids' own random bits — replay inserts a million
/// of them on one thread, and a general hash set was a tenth of its time. Any other id is
/// kept as text.
struct EventIDSet: Sendable {
    struct Packed: Hashable, Comparable, Sendable {
        var high: UInt64
        var low: UInt64

        static func < (a: Packed, b: Packed) -> Bool { (a.high, a.low) < (b.high, b.low) }

        /// The slot to start looking from: the id's bits, mixed (they are random for cs's
        /// ids, but hand-made ones are not).
        var slotHash: UInt64 {
            var z = (low ^ high &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
            z ^= z >> 31
            return z
        }
    }

    /// Slots of the table; `occupied` says which hold an id (all zero bits is an id too).
    private var slots: [Packed] = []
    private var occupied: [Bool] = []
    private var packedCount = 0
    private(set) var others = Set<String>()

    init(capacity: Int = 0) { resize(to: Self.tableSize(for: max(capacity, 16))) }

    private static func tableSize(for count: Int) -> Int {
        var size = 16
        while size < count * 2 { size <<= 1 }
        return size
    }

    /// The slot holding `key`, or the empty one where it would go.
    private func slot(of key: Packed) -> (index: Int, found: Bool) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key.slotHash) & mask
        while occupied[index] {
            if slots[index] == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    private mutating func resize(to size: Int) {
        let old = zip(slots, occupied).filter(\.1).map(\.0)
        slots = Array(repeating: Packed(high: 0, low: 0), count: size)
        occupied = Array(repeating: false, count: size)
        // One probe a key: marking the slot first would send the second probe past it.
        for key in old {
            let index = slot(of: key).index
            slots[index] = key
            occupied[index] = true
        }
    }

    /// Inserts `id`; false when it was there already.
    mutating func insert(_ id: String) -> Bool {
        guard let key = Self.pack(id) else { return others.insert(id).inserted }
        if (packedCount + 1) * 2 > slots.count { resize(to: slots.count * 2) }
        let (index, found) = slot(of: key)
        guard !found else { return false }
        slots[index] = key
        occupied[index] = true
        packedCount += 1
        return true
    }

    /// Takes back the id just inserted (replay refused its event). Only the most recent
    /// insertion is ever taken back, so no later probe sequence passes through its slot.
    mutating func remove(_ id: String) {
        guard let key = Self.pack(id) else { others.remove(id); return }
        let (index, found) = slot(of: key)
        guard found else { return }
        occupied[index] = false
        packedCount -= 1
        // Entries after it in its run may have probed past it: put them back.
        let mask = slots.count - 1
        var next = (index + 1) & mask
        while occupied[next] {
            let moved = slots[next]
            occupied[next] = false
            let place = slot(of: moved).index
            slots[place] = moved
            occupied[place] = true
            next = (next + 1) & mask
        }
    }

    func contains(_ id: String) -> Bool {
        if let key = Self.pack(id) { return slot(of: key).found }
        return others.contains(id)
    }

    var count: Int { packedCount + others.count }

    /// Every packed id (for a snapshot).
    var packed: [Packed] { zip(slots, occupied).filter(\.1).map(\.0) }

    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, character) in Identifier.alphabet.enumerated() { table[Int(character.asciiValue!)] = Int8(index) }
        return table
    }()

    /// Up to 25 Crockford digits, with the length folded in so `0A` and `A` differ.
    static func pack(_ id: String) -> Packed? {
        var id = id
        return id.withUTF8 { bytes -> Packed? in
            guard !bytes.isEmpty, bytes.count <= 24 else { return nil }
            var high: UInt64 = UInt64(bytes.count)
            var low: UInt64 = 0
            for byte in bytes {
                let value = values[Int(byte)]
                guard value >= 0 else { return nil }
                high = high << 5 | low >> 59
                low = low << 5 | UInt64(value)
            }
            return Packed(high: high, low: low)
        }
    }
}
