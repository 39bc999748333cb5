/// The check every block of ticket entries passes when it is first read (`BlockChecks`).
extension DeskSnapshot {
    /// Whether every code and time in these entries (a block of whole ones) is in range, and
    /// every id is padded with zeros (`TicketView.idKey` reads all 16 bytes). Run on every
    /// entry a list reads: the limits are read once a block, and each entry with plain loads.
    @Sendable static func entriesAreSound(_ entries: UnsafeRawBufferPointer) -> Bool {
        let limits: [UInt8] = [
            Status.allCases.count, Priority.allCases.count, Category.allCases.count, Channel.allCases.count,
            Tier.allCases.count,
        ].map { UInt8($0) }
        let (earliest, latest) = (Timestamp.earliest.secondsSince1970, Timestamp.latest.secondsSince1970)
        guard entries.count % TicketRecord.entrySize == 0 else { return false }
        for base in stride(from: 0, to: entries.count, by: TicketRecord.entrySize) {
            let idLength = Int(entries[base + 16])
            guard idLength <= TicketRecord.maximumIDLength, idLength > 0 else { return false }
            // The id's 16 bytes as two numbers: the bytes past its length must be zero.
            let high = UInt64(bigEndian: entries.loadUnaligned(fromByteOffset: base, as: UInt64.self))
            let low = UInt64(bigEndian: entries.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self))
            // (Shifts of 64 bits or more give zero.)
            let paddingBits = (TicketRecord.maximumIDLength - idLength) * 8
            let lowMask: UInt64 = paddingBits >= 64 ? ~0 : ~0 >> (64 - paddingBits)
            let highMask: UInt64 = ~0 >> (128 - paddingBits)
            guard high & highMask == 0, low & lowMask == 0 else { return false }
            for code in 0..<5 where entries[base + 17 + code] >= limits[code] { return false }
            for field in 0..<4 {
                let time = Int64(
                    littleEndian: entries.loadUnaligned(fromByteOffset: base + 24 + field * 8, as: Int64.self))
                guard (time >= earliest && time <= latest) || (field >= 2 && time == TicketRecord.noTime) else {
                    return false
                }
            }
        }
        return true
    }
}
