/// The desk as replay left it at some length of the log, saved beside the log
/// (`LOG.snapshot`) and mapped, not parsed: a command starts from it and replays only the
/// lines after it. Derived, disposable, never needed for correctness (see `DeskLoader`).
///
/// Sections: 0 counts · 1 ticket entries (fixed size, open order) · 2 ticket records ·
/// 3 ids sorted, for prefixes · 4 idempotency keys sorted · 5 masked keys' secrets ·
/// 6 event-id hashes sorted · 7 the FAQ · 8 the service-level settings · 9 the tickets'
/// open-order indices in queue order (`QueueOrder`) · 10 each ticket's queue line (its
/// subject, customer name and assignee: what a line of `cs list` reads besides the entry).
/// The five that grow with the tickets (1, 2, 3, 9, 10) are checked by block as they are read
/// (`BlockChecks`), so a command that reads one ticket checks a few blocks, not the whole desk.
final class DeskSnapshot: @unchecked Sendable {
    static let kind = "SNAP"
    /// 7: blocks of 8 KiB, not 64 (`BlockChecks.blockSize`). 6: the queue lines (section 10).
    /// 5: the queue order (section 9). 4: entries and ids checked by block, like the records
    /// (3 checked them whole, and kept the records' block checksums in a section of their own).
    static let version: UInt32 = 7
    /// Sections 0 to 10, above.
    static let sectionCount = 11

    /// Blocks hold whole entries and whole id-index rows, so each is validated alone.
    static let entryBlockSize = TicketRecord.entrySize * (BlockChecks.blockSize / TicketRecord.entrySize)
    static let idRowSize = 24
    static let idBlockSize = idRowSize * (BlockChecks.blockSize / idRowSize)
    /// The sections checked by block, and the size of their blocks.
    static let blockSizes = [
        1: entryBlockSize, 2: BlockChecks.blockSize, 3: idBlockSize, 9: BlockChecks.blockSize,
        10: BlockChecks.blockSize,
    ]

    /// A snapshot file of these sections (numbered as above), ready to write.
    static func build(stamp: Stamp, sections: [[UInt8]]) -> [UInt8] { image(stamp: stamp, sections: sections).bytes }

    /// The same, as the pieces to write (`DerivedFile.Image`).
    static func image(stamp: Stamp, sections: [[UInt8]]) -> DerivedFile.Image {
        DerivedFile.image(
            kind: kind, version: version, stamp: stamp.bytes,
            sections: sections.enumerated().map { number, bytes in
                blockSizes[number].map { .checkedByBlock(bytes, blockSize: $0) } ?? .whole(bytes)
            })
    }

    /// What the snapshot was made from: the log's first `coveredLength` bytes (ending in
    /// `anchor`), in the file `device`/`inode`, under the seen-file's `epoch`.
    struct Stamp: Equatable {
        var epoch: UInt64
        var device: UInt64
        var inode: UInt64
        var coveredLength: Int
        var anchor: [UInt8]
        var schema: UInt64

        static let anchorLength = 32

        var bytes: [UInt8] {
            var writer = BinaryWriter()
            writer.u64(epoch)
            writer.u64(device)
            writer.u64(inode)
            writer.u64(UInt64(coveredLength))
            writer.u64(schema)
            writer.u32(UInt32(anchor.count))
            writer.raw(anchor)
            return writer.bytes
        }

        init(
            epoch: UInt64, device: UInt64, inode: UInt64, coveredLength: Int, anchor: [UInt8],
            schema: UInt64 = TicketRecord.schema
        ) {
            self.epoch = epoch
            self.device = device
            self.inode = inode
            self.coveredLength = coveredLength
            self.anchor = anchor
            self.schema = schema
        }

        init?(_ bytes: [UInt8]) {
            let parsed: Stamp? = bytes.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                guard let epoch = reader.u64(), let device = reader.u64(), let inode = reader.u64(),
                    let covered = reader.u64(),
                    covered < UInt64(Int.max), let schema = reader.u64(), let count = reader.u32(),
                    count <= UInt32(Stamp.anchorLength),
                    let anchor = reader.raw(Int(count))
                else { return nil }
                return Stamp(
                    epoch: epoch, device: device, inode: inode, coveredLength: Int(covered), anchor: Array(anchor),
                    schema: schema)
            }
            guard let parsed else { return nil }
            self = parsed
        }
    }

    let file: DerivedFile
    let stamp: Stamp
    let eventCount: Int
    let ticketCount: Int
    let faqRevision: Int
    let entryChecks: BlockChecks
    private let recordChecks: BlockChecks
    let idChecks: BlockChecks
    let queueChecks: BlockChecks
    let lineChecks: BlockChecks
    /// Read only at an index whose block has been checked (see `entry`).
    private let entries: UnsafeRawBufferPointer
    private let records: UnsafeRawBufferPointer
    /// Read in `DeskSnapshot+Ids.swift`.
    let idIndex: UnsafeRawBufferPointer
    /// The idempotency keys section (read in `DeskSnapshot+Keys.swift`).
    let refundKeys: UnsafeRawBufferPointer
    let maskedKeySecrets: [String: Set<String>]
    let faq: FAQBook
    let settings: DeskSettings

    /// Opens and checks a snapshot: nil when missing, of another layout, or damaged anywhere
    /// but the event-id section (see `eventIDHashes`).
    static func open(_ path: String) -> DeskSnapshot? {
        guard let file = DerivedFile.open(path, kind: kind, version: version) else { return nil }
        return DeskSnapshot(file)
    }

    init?(_ file: DerivedFile) {
        // The small sections are checked whole now; the five that grow with the tickets
        // block by block as they are read, each entry block also for its codes and times
        // (`entriesAreSound`), so no read of an entry meets a value it cannot represent.
        guard file.sectionCount == Self.sectionCount, let stamp = Stamp(file.stamp),
            stamp.schema == TicketRecord.schema,
            file.verify([0, 4, 5, 7, 8]),
            let counts = file.section(0),
            let entryChecks = file.blockChecked(1, validate: Self.entriesAreSound),
            let recordChecks = file.blockChecked(2),
            let idChecks = file.blockChecked(3), let queueChecks = file.blockChecked(9),
            let lineChecks = file.blockChecked(10),
            let refundKeys = file.section(4), let masked = file.section(5),
            let faqSection = file.section(7), let settingsSection = file.section(8),
            let settings = Self.readSettings(settingsSection)
        else { return nil }
        var reader = BinaryReader(counts)
        guard let events = reader.u64(), let tickets = reader.u64(), let revision = reader.u64(),
            let digest = reader.u64(),
            events < 1 << 40, tickets < 1 << 32, revision < 1 << 40,
            Int(tickets) * TicketRecord.entrySize == entryChecks.bytes.count,
            Int(tickets) * Self.idRowSize == idChecks.bytes.count, Int(tickets) * 4 == queueChecks.bytes.count,
            Int(tickets) * 4 <= lineChecks.bytes.count,
            let maskedKeySecrets = Self.readMasked(masked),
            let faq = Self.readFAQ(faqSection, in: file, revision: Int(revision), digest: digest)
        else { return nil }
        self.file = file
        self.stamp = stamp
        eventCount = Int(events)
        ticketCount = Int(tickets)
        faqRevision = Int(revision)
        self.entryChecks = entryChecks
        self.recordChecks = recordChecks
        self.idChecks = idChecks
        self.queueChecks = queueChecks
        self.lineChecks = lineChecks
        entries = entryChecks.bytes
        records = recordChecks.bytes
        idIndex = idChecks.bytes
        self.refundKeys = refundKeys
        self.maskedKeySecrets = maskedKeySecrets
        self.faq = faq
        self.settings = settings
    }

    /// Set by `keepForever`.
    private var kept = false
    private let keeping = PosixMutex()

    /// Keeps this snapshot (its mapping with it) until the process ends, so that ticket views
    /// may point at it without counting references. A command loads one snapshot, or a few.
    func keepForever() {
        keeping.withLock {
            guard !kept else { return }
            kept = true
            _ = Unmanaged.passRetained(self)
        }
    }

    /// Whether a block read so far failed its checksum: what the command answered from this
    /// snapshot cannot be believed, and it is answered again from the log.
    var damaged: Bool {
        entryChecks.damaged || recordChecks.damaged || idChecks.damaged || queueChecks.damaged || lineChecks.damaged
            || keeping.withLock { malformed }
    }

    /// Set when bytes whose checksums hold do not decode: only a writer's bug or a forger
    /// makes them, and what was read from them cannot be believed either (a listing left
    /// tickets out, silently, when its queue lines did not decode).
    private var malformed = false

    /// Says that bytes read from this snapshot passed their checksums but do not decode: the
    /// command is answered again from the log, as for a failed checksum. Returns nil, for
    /// the reader that met them.
    func malformedRead<Value>() -> Value? {
        keeping.withLock { malformed = true }
        return nil
    }

    // MARK: Tickets

    /// Whether every entry holds its checksum and is sound: what makes every open-order
    /// index safe to read (`Desk.tickets` asks before it makes views; the writer before it
    /// copies them).
    func everyEntryIsSound() -> Bool { entryChecks.checkAll() }

    /// The fixed-size entry of the ticket at `index` (open order), unchecked: an index is
    /// only ever had from `index(of:)`, which checks its entry's block, or after
    /// `everyEntryIsSound`. Views read entries field by field, millions of times in a large
    /// `cs list`, so the check is not repeated on each read.
    func entry(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(
            rebasing: entries[(index * TicketRecord.entrySize)..<((index + 1) * TicketRecord.entrySize)])
    }

    func id(at index: Int) -> String {
        let entry = entry(index)
        let length = min(Int(entry[TicketRecord.maximumIDLength]), TicketRecord.maximumIDLength)
        return String(decoding: UnsafeRawBufferPointer(rebasing: entry[0..<length]), as: UTF8.self)
    }

    /// The summary of the ticket at `index`; nil when its record is damaged.
    func ticket(at index: Int, depth: TicketRecord.Depth = .whole) -> Ticket? {
        record(at: index).flatMap {
            TicketRecord.ticket(entry: entry(index), record: $0, depth: depth) ?? malformedRead()
        }
    }

    /// What the clocks and figures read of the ticket at `index`; nil when its record is damaged.
    func facts(at index: Int, names: Bool) -> TicketFacts? {
        record(at: index).flatMap {
            TicketRecord.facts(entry: entry(index), record: $0, names: names) ?? malformedRead()
        }
    }

    /// About to read the records of `count` tickets: when that is about one a block or more,
    /// nearly every block will be met, so all are checked now, on every core, rather than
    /// one at a time on this thread as they are met (`cs list` at a million events reads
    /// 24,842 records spread over all 540 blocks).
    func prepareToRead(records count: Int) {
        if count >= recordChecks.bytes.count / BlockChecks.blockSize { _ = recordChecks.checkAll() }
    }

    /// The record bytes of the ticket at `index` (also copied into a new snapshot unchanged);
    /// nil when they fail their checksum (then `damaged` says so).
    func record(at index: Int) -> UnsafeRawBufferPointer? {
        var reader = BinaryReader(entry(index), at: 64)
        guard let offset = reader.u64(), let length = reader.u32(), offset <= UInt64(records.count),
            UInt64(length) <= UInt64(records.count) - offset
        else { return malformedRead() }
        guard recordChecks.check(Int(offset)..<(Int(offset) + Int(length))) else { return nil }
        return UnsafeRawBufferPointer(rebasing: records[Int(offset)..<(Int(offset) + Int(length))])
    }

    // MARK: Ids: `DeskSnapshot+Ids.swift`; queue order and queue lines: `DeskSnapshot+Queue.swift`

    // MARK: Event ids

    /// The sorted hashes of every event id: the duplicate guard for events after the snapshot.
    /// `checked: false` skips checking its bytes — the largest section, 80 MB at ten million
    /// events, which every append would otherwise hash. That is sound because the lines after
    /// a believed snapshot were appended by cs, which checked each new id as it wrote it; a
    /// repeated id can only come from a change by something else, and that costs a full
    /// replay, which checks every id exactly. A damaged byte can only make a lookup miss or
    /// (one chance in 2^64) match. Copying it into a new snapshot checks it first.
    func eventIDHashes(checked: Bool) -> UnsafeRawBufferPointer? {
        guard let section = checked ? file.section(6) : file.uncheckedSection(6), section.count == eventCount * 8 else {
            return nil
        }
        return section
    }

    static func hash(ofEventID id: String) -> UInt64 {
        if let packed = EventIDSet.pack(id) { return hash(packed: packed) }
        return FastHash.hash(Array(id.utf8), seed: 1)
    }

    static func hash(packed: EventIDSet.Packed) -> UInt64 {
        withUnsafeBytes(of: (packed.high.littleEndian, packed.low.littleEndian)) { FastHash.hash($0) }
    }

    /// Whether an id with this hash is in the snapshot (a hash match; see `Desk.apply`).
    static func contains(_ hash: UInt64, in hashes: UnsafeRawBufferPointer) -> Bool {
        var low = 0, high = hashes.count / 8
        while low < high {
            let middle = (low + high) / 2
            let value = UInt64(littleEndian: hashes.loadUnaligned(fromByteOffset: middle * 8, as: UInt64.self))
            if value == hash { return true }
            if value < hash { low = middle + 1 } else { high = middle }
        }
        return false
    }

    // MARK: FAQ

    /// The FAQ section's shape is checked now (every length in bounds, nothing left over);
    /// its entries are decoded when a command first reads them, from the mapped file, which
    /// the book keeps open. Their bytes passed the section's checksum.
    private static func readFAQ(
        _ section: UnsafeRawBufferPointer, in file: DerivedFile, revision: Int, digest: UInt64
    ) -> FAQBook? {
        var reader = BinaryReader(section)
        guard let count = reader.count(minimumSize: 20) else { return nil }
        for _ in 0..<count where !FAQEntryCoding.skip(from: &reader) { return nil }
        guard reader.remaining == 0 else { return nil }
        let pending = FAQBook.Pending(count: count) {
            withExtendedLifetime(file) {
                var reader = BinaryReader(section)
                _ = reader.count(minimumSize: 20)
                return (0..<count).compactMap { _ in FAQEntryCoding.read(from: &reader, repairing: true) }
            }
        }
        return FAQBook(pending: pending, revision: revision, digest: digest)
    }
}

/// The refund that first used an idempotency key.
public struct RefundKeyUse: Equatable, Sendable {
    public var ticket: String
    public var eventID: String
}
