/// Which file the log is and how it stood: device, inode, size and change time. The change
/// time moves with every write and every metadata change, and no program can set it back, so
/// two equal identities mean nothing touched the log in between.
public struct LogIdentity: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: UInt64
    public var changeSeconds: Int64
    public var changeNanoseconds: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = UInt64(info.st_size)
        changeSeconds = Int64(info.st_ctim.tv_sec)
        changeNanoseconds = Int64(info.st_ctim.tv_nsec)
    }

    init(device: UInt64, inode: UInt64, size: UInt64, changeSeconds: Int64, changeNanoseconds: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.changeSeconds = changeSeconds
        self.changeNanoseconds = changeNanoseconds
    }

    static func of(descriptor: Int32) -> LogIdentity? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? LogIdentity(info) : nil
    }

    func write(into writer: inout BinaryWriter) {
        writer.u64(device)
        writer.u64(inode)
        writer.u64(size)
        writer.i64(changeSeconds)
        writer.i64(changeNanoseconds)
    }

    static func read(_ reader: inout BinaryReader) -> LogIdentity? {
        guard let device = reader.u64(), let inode = reader.u64(), let size = reader.u64(), let seconds = reader.i64(),
            let nanoseconds = reader.i64()
        else { return nil }
        return LogIdentity(
            device: device, inode: inode, size: size, changeSeconds: seconds, changeNanoseconds: nanoseconds)
    }
}

/// `LOG.seen`: the log's identity when cs last verified it whole or appended to it, and the
/// epoch of that verification. While the log still has that identity, nothing but cs has
/// touched it since a full check, so a snapshot of the same epoch may be believed. Any other
/// change — a hand edit, `git checkout`, a merge, a cut — shows as another identity, and the
/// next command reads the whole log again. Derived: deleting it only costs that full read.
enum SeenFile {
    struct Record: Equatable {
        var epoch: UInt64
        var identity: LogIdentity
    }

    static func path(forLog log: String) -> String { log + ".seen" }

    static func read(forLog log: String) -> Record? {
        guard let file = DerivedFile.open(path(forLog: log), kind: "SEEN", version: 1), let section = file.section(0)
        else { return nil }
        var reader = BinaryReader(section)
        guard let epoch = reader.u64(), let identity = LogIdentity.read(&reader) else { return nil }
        return Record(epoch: epoch, identity: identity)
    }

    static func write(_ record: Record, forLog log: String) {
        var writer = BinaryWriter()
        writer.u64(record.epoch)
        record.identity.write(into: &writer)
        DerivedFile.save(
            DerivedFile.build(kind: "SEEN", version: 1, stamp: [], sections: [writer.bytes]), to: path(forLog: log))
    }

    static func forget(forLog log: String) { unlink(path(forLog: log)) }
}
