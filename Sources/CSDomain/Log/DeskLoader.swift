/// Whether commands keep derived state beside the log, and how much log a snapshot may
/// leave behind it before it is refreshed.
public struct DerivedFiles: Sendable {
    public var enabled: Bool
    /// A bound set by hand (`CS_SNAPSHOT_TAIL`, for tests); nil: `tailBound` balances it.
    public var fixedTailBound: Int?

    public static let on = DerivedFiles(enabled: true, fixedTailBound: nil)
    /// Every command replays the whole log and writes nothing beside it (`CS_NO_DERIVED=1`).
    public static let off = DerivedFiles(enabled: false, fixedTailBound: 0)

    static let tailBoundFactor = 8.0

    public init(enabled: Bool, fixedTailBound: Int?) {
        self.enabled = enabled
        self.fixedTailBound = fixedTailBound
    }

    /// Past this many bytes of log after a snapshot of `snapshotBytes`, the snapshot is
    /// written anew. Every command replays the tail, so a longer bound costs every command; a
    /// new snapshot costs in proportion to its size, shared among the appends since the last.
    /// With one read a write, their sum is least near √(write cost · line length / tail cost a
    /// byte): 6 to 8 √bytes from the costs measured at 10,000 to 10 million events
    /// (docs/performance.md, "The tail"), so 8. At least 64 KiB, some 160 replies: a write of
    /// the snapshot costs several commands' time, and fewer than one append in a hundred then
    /// pays it. At most 1 MiB. A fixed 1 MiB had a desk of 10,000 tickets replay up to 3,500
    /// lines a command.
    public func tailBound(snapshotBytes: Int) -> Int {
        if let fixedTailBound { return fixedTailBound }
        let balanced = Int(Self.tailBoundFactor * Double(max(snapshotBytes, 0)).squareRoot())
        return min(max(balanced, 64 << 10), 1 << 20)
    }
}

/// The desk for a command, made from the snapshot beside the log and the lines after it when
/// both can be believed, else by replaying the whole log (which then hands over a snapshot
/// for the next command, `PendingSnapshot`). Called with the log locked (shared by readers,
/// exclusive by writers), so the log, `LOG.seen` and `LOG.snapshot` are read as one state; a
/// new snapshot is written after the lock is let go, replacing the file whole.
///
/// Believed means: the log has the identity (file, size, change time) `LOG.seen` recorded
/// after cs last verified or appended to it — so nothing else has touched it since a full
/// check — and the snapshot was made in that same verification's epoch, of a prefix of
/// this very file that still ends in the bytes it recorded. A hand edit, a `git checkout`,
/// a merge, a repair or a deleted or damaged derived file all fail that, and cost one full
/// replay; they never change an answer.
struct DeskLoader {
    let path: String
    let derived: DerivedFiles

    var snapshotPath: String { path + ".snapshot" }

    struct Loaded {
        var desk: Desk
        var tornLastLine: Int?
        var wholeLength: Int
        /// The epoch the state belongs to (a writer records it again after appending).
        var epoch: UInt64
        /// How much of the log the snapshot beside it covers (once `pending` is written), and
        /// its size as read (0 for one still to be written: the least bound then holds); nil
        /// when there is none (derived files off).
        var snapshot: (covers: Int, bytes: Int)?
        /// A snapshot to write once the log is let go (`PendingSnapshot`).
        var pending: PendingSnapshot?
    }

    /// A snapshot of the log's first bytes, made while the log is locked and mapped (it keeps
    /// the bytes its end must still match) and written once the log is let go: other commands
    /// then do not wait on it (100–160 ms at a million events, 2 s at ten million), only the
    /// one that writes it. Written late it is still a snapshot of that prefix, believed while
    /// `LOG.seen` keeps its epoch; a newer one it replaces only leaves a longer tail.
    struct PendingSnapshot {
        let desk: Desk
        let stamp: DeskSnapshot.Stamp
        let loader: DeskLoader

        /// Writes it; its size, or nil when none was written.
        @discardableResult
        func write() -> Int? {
            guard let image = desk.snapshotImage(stamp: stamp) else {
                // The base's ids did not check out: no new snapshot may copy them, and the
                // next command must not believe the old one either.
                if desk.base != nil { SeenFile.forget(forLog: loader.path) }
                return nil
            }
            return DerivedFile.save(image, to: loader.snapshotPath) ? image.count : nil
        }
    }

    /// `refreshing`: whether to write a new snapshot when the tail has outgrown its bound. A
    /// writer says no and refreshes after appending, so its own lines are covered too.
    func load(
        _ bytes: UnsafeBufferPointer<UInt8>, identity: LogIdentity?, refreshing: Bool = true
    ) throws(LogError) -> Loaded {
        if derived.enabled, let identity, let seen = SeenFile.read(forLog: path), seen.identity == identity,
            let loaded = fromSnapshot(bytes, epoch: seen.epoch, identity: identity, refreshing: refreshing)
        {
            return loaded
        }
        let result = try LogReader.replayTolerating(bytes, path: path, mapped: true)
        var random = SystemRandomNumberGenerator()
        let epoch = random.next() as UInt64
        var loaded = Loaded(
            desk: result.desk, tornLastLine: result.tornLastLine, wholeLength: result.wholeLength, epoch: epoch)
        if derived.enabled, let identity {
            loaded.pending = pendingSnapshot(
                result.desk, bytes: bytes, length: result.wholeLength, epoch: epoch, identity: identity)
            loaded.snapshot = (result.wholeLength, 0)
            SeenFile.write(SeenFile.Record(epoch: epoch, identity: identity), forLog: path)
        }
        return loaded
    }

    /// The desk from the snapshot and the lines after it; nil when anything does not check
    /// out (then the caller replays everything, which also names any real damage exactly).
    private func fromSnapshot(
        _ bytes: UnsafeBufferPointer<UInt8>, epoch: UInt64, identity: LogIdentity, refreshing: Bool
    ) -> Loaded? {
        guard let snapshot = DeskSnapshot.open(snapshotPath) else { return nil }
        let stamp = snapshot.stamp
        let covered = stamp.coveredLength
        guard stamp.epoch == epoch, stamp.device == identity.device, stamp.inode == identity.inode,
            covered <= bytes.count,
            covered >= stamp.anchor.count,
            bytes[(covered - stamp.anchor.count)..<covered].elementsEqual(stamp.anchor),
            var desk = Desk(base: snapshot)
        else { return nil }
        guard
            let tail = try? LogReader.replayTolerating(
                bytes, into: &desk, from: covered, firstLine: snapshot.eventCount + 1,
                path: path, mapped: true)
        else { return nil }
        var loaded = Loaded(
            desk: tail.desk, tornLastLine: tail.tornLastLine, wholeLength: tail.wholeLength, epoch: epoch,
            snapshot: (covered, snapshot.file.byteCount))
        if refreshing, tail.wholeLength - covered > derived.tailBound(snapshotBytes: snapshot.file.byteCount) {
            loaded.pending = pendingSnapshot(
                tail.desk, bytes: bytes, length: tail.wholeLength, epoch: epoch, identity: identity)
            loaded.snapshot?.covers = tail.wholeLength
        }
        return loaded
    }

    /// The desk as the snapshot of the log's first `length` bytes, to write later.
    func pendingSnapshot(
        _ desk: Desk, bytes: UnsafeBufferPointer<UInt8>, length: Int, epoch: UInt64, identity: LogIdentity
    ) -> PendingSnapshot {
        let anchor = Array(bytes[max(0, length - DeskSnapshot.Stamp.anchorLength)..<length])
        let stamp = DeskSnapshot.Stamp(
            epoch: epoch, device: identity.device, inode: identity.inode, coveredLength: length, anchor: anchor)
        return PendingSnapshot(desk: desk, stamp: stamp, loader: self)
    }
}
