// The snapshot's idempotency keys: the refund keys in use, sorted for a binary search, and
// the masked keys' secrets (see `IdempotencyKey`).
extension DeskSnapshot {

    /// The refund that first used the key with this identity.
    func refundKey(_ identity: String) -> RefundKeyUse? {
        var reader = BinaryReader(refundKeys)
        guard let count = reader.count(minimumSize: 4) else { return nil }
        let table = reader.offset
        let key = Array(identity.utf8)
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            guard let use = refundKeyEntry(middle, table: table, count: count) else { return nil }
            if Array(use.identity.utf8).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        guard low < count, let use = refundKeyEntry(low, table: table, count: count), use.identity == identity else {
            return nil
        }
        return RefundKeyUse(ticket: use.ticket, eventID: use.eventID)
    }

    fileprivate func refundKeyEntry(
        _ position: Int, table: Int, count: Int
    ) -> (identity: String, ticket: String, eventID: String)? {
        var offsets = BinaryReader(refundKeys, at: table + position * 4)
        guard let offset = offsets.u32() else { return nil }
        var reader = BinaryReader(refundKeys, at: table + count * 4 + Int(offset))
        guard let identity = reader.string(), let ticket = reader.string(), let eventID = reader.string() else {
            return nil
        }
        return (identity, ticket, eventID)
    }

    /// Every key with its use, in sorted order (for writing the next snapshot).
    func allRefundKeys() -> [(identity: String, use: RefundKeyUse)] {
        var reader = BinaryReader(refundKeys)
        guard let count = reader.count(minimumSize: 4) else { return [] }
        return (0..<count).compactMap { position in
            refundKeyEntry(position, table: 4, count: count).map {
                ($0.identity, RefundKeyUse(ticket: $0.ticket, eventID: $0.eventID))
            }
        }
    }

    static func readMasked(_ section: UnsafeRawBufferPointer) -> [String: Set<String>]? {
        var reader = BinaryReader(section)
        guard let count = reader.count(minimumSize: 8) else { return nil }
        var result: [String: Set<String>] = [:]
        for _ in 0..<count {
            guard let key = reader.string(), let secrets = reader.strings() else { return nil }
            result[key] = Set(secrets)
        }
        return result
    }
}
