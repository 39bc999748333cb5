/// Everything the snapshot loader can be asked, run over arbitrary bytes: for the fuzz
/// target (`Fuzz/FuzzSnapshot`) and the bounded random test in the suite. The bytes are
/// read as a whole snapshot file, and again wrapped in a valid container with a good header
/// and checksums, so they reach the sections' own parsing (what only a deliberate forgery
/// could make a real file do). It must return, never trap.
public enum SnapshotProbe {
    @discardableResult
    public static func exercise(_ bytes: [UInt8]) -> Int {
        let stamp = DeskSnapshot.Stamp(epoch: 1, device: 1, inode: 1, coveredLength: 0, anchor: [])
        // Cut as the snapshot's sections are, so the bytes reach the sections' own parsing.
        // (Cut into 9 while the snapshot had 10 sections, from version 5 to 6: every wrapped
        // input was refused at the count, and never reached the parsing.)
        let wrapped = DeskSnapshot.build(stamp: stamp, sections: split(bytes, into: DeskSnapshot.sectionCount))
        return exercise(files: [bytes, wrapped], stamp: stamp)
    }

    /// Reads each file as a snapshot and asks it everything.
    static func exercise(files: [[UInt8]], stamp: DeskSnapshot.Stamp) -> Int {
        var seen = 0
        for image in files {
            guard let file = DerivedFile.inMemory(image, kind: DeskSnapshot.kind, version: DeskSnapshot.version),
                let snapshot = DeskSnapshot(file), let desk = Desk(base: snapshot)
            else { continue }
            for view in desk.tickets.prefix(64) {
                seen += view.summary()?.eventOffsets.count ?? 0
                _ = (
                    view.status, view.priority, view.createdAt, view.resolvedAt, view.idKey, view.isAssigned(to: "park")
                )
            }
            _ = try? desk.ticket(matching: "A")
            _ = desk.refundKey("k")
            _ = desk.containsEventID("ABCDEFGHJKMNPQR")
            _ = snapshot.allRefundKeys()
            _ = desk.snapshot(stamp: stamp)
            seen += desk.ticketCount + desk.faq.all.count
        }
        return seen
    }

    /// The bytes cut into `parts` sections (some empty when there are few bytes).
    private static func split(_ bytes: [UInt8], into parts: Int) -> [[UInt8]] {
        let size = max(1, (bytes.count + parts - 1) / parts)
        return (0..<parts).map { part in
            let start = min(bytes.count, part * size)
            return Array(bytes[start..<min(bytes.count, start + size)])
        }
    }
}
