/// Writing to the log: a command's decision appended whole, under the writers' lock.
extension EventLog {
    /// What a writing command decided: the events to append (none for a no-op) and
    /// whatever it wants to report back.
    public struct Decision<Outcome> {
        public var events: [Event]
        public var outcome: Outcome

        public init(events: [Event], outcome: Outcome) {
            self.events = events
            self.outcome = outcome
        }
    }

    /// What an append did: the decision's outcome, the events exactly as stored (masked:
    /// what a report must show), and which fields masking changed.
    public struct Appended<Outcome> {
        public var outcome: Outcome
        public var events: [Event]
        public var masked: [MaskedField]
        /// The desk with the new events: what a command that reads on after writing uses.
        public var desk: Desk
    }

    /// Locks the log, replays it, lets `decide` look at the desk (and the number of events,
    /// which seeds reproducible ids), appends what it returns as whole lines in one write, syncs,
    /// and unlocks. Every event is encoded by a masking writer: no card or resident
    /// registration number reaches the log, whatever field it was typed in. If `decide`
    /// throws, or the write fails, nothing is appended.
    public func append<Outcome, Refusal: Error>(
        _ decide: (_ desk: Desk, _ eventCount: Int) throws(Refusal) -> Decision<Outcome>
    ) throws(WorkError<Refusal>) -> Appended<Outcome> {
        let (appended, pending) = try appendLocked(decide)
        // Once the writers' lock is let go: no other command waits on it (`PendingSnapshot`).
        pending?.write()
        return appended
    }

    private func appendLocked<Outcome, Refusal: Error>(
        _ decide: (_ desk: Desk, _ eventCount: Int) throws(Refusal) -> Decision<Outcome>
    ) throws(WorkError<Refusal>) -> (Appended<Outcome>, DeskLoader.PendingSnapshot?) {
        let file = try WorkError<Refusal>.logging(LogFile.openLocked(path, exclusive: true, io: io))
        defer { file.close() }
        let loader = self.loader
        let (loaded, size, lastSum) = try WorkError<Refusal>.logging(
            file.withMappedBytes { (bytes) throws(LogError) in
                let loaded = try loader.load(
                    bytes, identity: LogIdentity.of(descriptor: file.descriptor), refreshing: false)
                if let line = loaded.tornLastLine { throw .damaged(path: path, line: line, problem: .tornLastLine) }
                // What the new lines chain from: the last line's sum (read and checked by the load).
                return (
                    loaded, bytes.count,
                    LineChecksum.previousSum(before: bytes.count, in: bytes) ?? LineChecksum.genesis
                )
            })
        let decision: Decision<Outcome>
        do throws(Refusal) {
            decision = try decide(loaded.desk, loaded.desk.eventCount)
        } catch {
            // A refused command still leaves the snapshot its full replay made (under the lock:
            // this is rare).
            loaded.pending?.write()
            throw .work(error)
        }
        guard !decision.events.isEmpty else {
            return (Appended(outcome: decision.outcome, events: [], masked: [], desk: loaded.desk), loaded.pending)
        }
        let sealed = try WorkError<Refusal>.logging(Self.seal(decision.events, path: path, after: lastSum))
        // A new id that clashes with one on the desk would make the log unreadable: refused
        // here, before anything is written (cs's ids are random: this does not happen).
        var desk = loaded.desk
        var offset = size
        for (index, event) in sealed.events.enumerated() {
            do throws(ReplayError) {
                try desk.apply(event, at: offset)
            } catch {
                throw .log(.damaged(path: path, line: desk.eventCount + 1, problem: .replay(error)))
            }
            offset += sealed.lineLengths[index]
        }
        do throws(LogError) {
            try file.appendAndSync(sealed.bytes)
        } catch {
            // Cut back, the log is as it was: but its change time moved, so say so.
            recordSeen(file, epoch: loaded.epoch)
            throw .log(error)
        }
        recordSeen(file, epoch: loaded.epoch)
        var pending = loaded.pending
        if derived.enabled, let snapshot = loaded.snapshot,
            offset - snapshot.covers > derived.tailBound(snapshotBytes: snapshot.bytes)
        {
            try? file.withMappedBytes { (bytes) throws(LogError) in
                if let identity = LogIdentity.of(descriptor: file.descriptor), bytes.count == offset {
                    pending = loader.pendingSnapshot(
                        desk, bytes: bytes, length: offset, epoch: loaded.epoch, identity: identity)
                }
            }
        }
        return (Appended(outcome: decision.outcome, events: sealed.events, masked: sealed.masked, desk: desk), pending)
    }

    /// Holds the writers' lock while `body` runs: `cs sync` keeps this clone's writers out
    /// while git commits and merges the log (they then find the file git wrote).
    public func holdingWritersLock<T, Work: Error>(_ body: () throws(Work) -> T) throws(WorkError<Work>) -> T {
        let file = try WorkError<Work>.logging(LogFile.openLocked(path, exclusive: true))
        defer { file.close() }
        do throws(Work) { return try body() } catch { throw .work(error) }
    }

    /// After cs changed the log (under the writers' lock), `LOG.seen` records its new
    /// identity: the log is still one cs has checked and only appended to since.
    func recordSeen(_ file: LogFile, epoch: UInt64) {
        guard derived.enabled, let identity = LogIdentity.of(descriptor: file.descriptor) else { return }
        SeenFile.write(SeenFile.Record(epoch: epoch, identity: identity), forLog: path)
    }

    /// The events as log lines, masked and chained from `previous` (the sum of the line they
    /// follow), and the events those lines decode to.
    static func seal(
        _ events: [Event], path: String, after previous: UInt64
    ) throws(LogError)
        -> (bytes: [UInt8], events: [Event], masked: [MaskedField], lineLengths: [Int])
    {
        var output: [UInt8] = []
        var stored: [Event] = []
        var masked: [MaskedField] = []
        var lengths: [Int] = []
        var previous = previous
        for event in events {
            let writer = event.encoded(masking: true)
            masked += writer.masked
            let line = LineChecksum.seal(writer.bytes, previous: previous)
            // Decoded back, so what is reported is what a later replay will read.
            stored.append(
                try line.withUnsafeBufferPointer { (buffer) throws(LogError) in
                    defer { previous = LineChecksum.storedSum(ofLineEndingAt: buffer.count, in: buffer) ?? previous }
                    return try LogReader.decodeLine(buffer, previous: previous, path: path, line: 0)
                })
            output.append(contentsOf: line)
            output.append(0x0A)
            lengths.append(line.count + 1)
        }
        return (output, stored, masked, lengths)
    }
}
