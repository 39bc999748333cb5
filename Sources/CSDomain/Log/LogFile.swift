/// The calls through which the log's bytes reach the disk. The system's, except in tests
/// that make a write come up short or a sync fail, to prove the log is left as it was.
public struct LogIO: Sendable {
    public var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    public var sync: @Sendable (_ descriptor: Int32) -> Int32

    public init(
        write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int,
        sync: @escaping @Sendable (Int32) -> Int32
    ) {
        self.write = write
        self.sync = sync
    }

    public static let system = LogIO(
        write: { descriptor, bytes in System.write(descriptor, bytes.baseAddress, bytes.count) },
        sync: { descriptor in fsync(descriptor) })
}

/// The log file at the POSIX level: whole-file reads, locked appends, fsync. Kept apart
/// so the rest of the domain never touches a file descriptor.
struct LogFile {
    let path: String
    let descriptor: Int32
    var io = LogIO.system

    /// Opens for reading and appending; `create` makes the file owner-only (0600). Anything
    /// but a regular file is refused before a byte is read: a FIFO would block, a device
    /// would read as an endless or empty log, a folder cannot be mapped.
    static func open(_ path: String, create: Bool, io: LogIO = .system) throws(LogError) -> LogFile {
        let flags = O_RDWR | O_APPEND | O_CLOEXEC | O_NONBLOCK | (create ? O_CREAT : 0)
        return try checked(System.open(path, flags, 0o600), path: path, io: io)
    }

    static func openForReading(_ path: String) throws(LogError) -> LogFile {
        try checked(System.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), path: path, io: .system)
    }

    private static func checked(_ descriptor: Int32, path: String, io: LogIO) throws(LogError) -> LogFile {
        guard descriptor >= 0 else {
            // Opening a folder for writing fails with EISDIR: say what it is.
            if errno == EISDIR { throw .notAFile(path: path, kind: .folder) }
            throw .unreadable(path: path, reason: .system(.open, errorNumber: errno))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = LogFailure.system(.inspect, errorNumber: errno)
            System.close(descriptor)
            throw .unreadable(path: path, reason: reason)
        }
        if let kind = FileKind(mode: info.st_mode), kind != .regular {
            System.close(descriptor)
            throw .notAFile(path: path, kind: kind)
        }
        return LogFile(path: path, descriptor: descriptor, io: io)
    }

    func close() { _ = System.close(descriptor) }

    /// Blocks until this process holds the writers' lock (`exclusive`), or a reader's, which
    /// it shares with other readers but never with a writer. Released by `close`.
    func lock(exclusive: Bool) throws(LogError) {
        while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno == EINTR { continue }
            throw .unreadable(path: path, reason: .system(.lock, errorNumber: errno))
        }
    }

    /// Whether the path still names this open file. git replaces the log's file when it
    /// merges or checks out (a new file, not new bytes in the old one): a writer that
    /// opened the old one and waited for its lock must open the path again, or its lines
    /// would go to a file nobody reads.
    func isStillAtPath() -> Bool {
        var open = stat(), named = stat()
        guard fstat(descriptor, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Opens and locks the file the path names once the lock is held (see `isStillAtPath`).
    static func openLocked(
        _ path: String, exclusive: Bool, create: Bool = false, io: LogIO = .system
    ) throws(LogError) -> LogFile {
        while true {
            let file = exclusive || create ? try open(path, create: create, io: io) : try openForReading(path)
            do {
                try file.lock(exclusive: exclusive)
            } catch {
                file.close()
                throw error
            }
            if file.isStillAtPath() { return file }
            file.close()
        }
    }

    func size() throws(LogError) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(path: path, reason: .system(.inspect, errorNumber: errno))
        }
        return Int(info.st_size)
    }

    func readAll() throws(LogError) -> [UInt8] {
        try read(from: 0, count: try size())
    }

    /// `count` bytes from `offset` (fewer if the file is shorter).
    func read(from offset: Int, count size: Int) throws(LogError) -> [UInt8] {
        var failure: Int32 = 0
        // Uninitialised capacity: a 450 MB log is not zeroed first only to be overwritten.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let got = pread(descriptor, buffer.baseAddress! + done, size - done, off_t(offset + done))
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno; break }
                if got == 0 { break }
                done += got
            }
            initialized = done
        }
        guard failure == 0 else { throw .unreadable(path: path, reason: .system(.read, errorNumber: failure)) }
        return bytes
    }

    /// Appends the bytes with as few writes as the kernel allows (one, for any event line
    /// of ordinary size) and waits until they are on disk. If any write or the sync fails
    /// (a full disk, a quota, an I/O error), the file is cut back to its length before the
    /// append: the log is left exactly as it was, never with a torn line, and the caller
    /// can report that nothing was appended and be believed.
    func appendAndSync(_ bytes: [UInt8]) throws(LogError) {
        let before = try size()
        var failure: LogFailure?
        let written = bytes.withUnsafeBytes { System.writeAll(descriptor, $0, using: io.write) }
        if written != 0 { failure = .system(.write, errorNumber: written) }
        if failure == nil && io.sync(descriptor) != 0 { failure = .system(.sync, errorNumber: errno) }
        guard let failure else { return }
        // Cutting back needs no free space; sync the cut so a crash cannot bring the tail back.
        if ftruncate(descriptor, off_t(before)) != 0 || fsync(descriptor) != 0 {
            throw .unreadable(path: path, reason: .cutBackFailed(failure, errorNumber: errno))
        }
        throw .appendFailed(path: path, reason: failure)
    }

    /// Writes `bytes` over the file's bytes of the same length, from the start, and waits
    /// until they are on disk (only `cs upgrade` does: the same events, re-sealed). Through a
    /// second descriptor without O_APPEND, under which Linux would append whatever the
    /// offset; the lock held on this one keeps every other writer out meanwhile.
    func overwriteAndSync(_ bytes: [UInt8]) throws(LogError) {
        guard try size() == bytes.count else { throw .unreadable(path: path, reason: .shorterThanSnapshot) }
        let writer = System.open(path, O_WRONLY | O_CLOEXEC)
        guard writer >= 0 else { throw .unreadable(path: path, reason: .system(.open, errorNumber: errno)) }
        defer { System.close(writer) }
        var done = 0
        while done < bytes.count {
            let wrote = bytes.withUnsafeBytes {
                pwrite(writer, $0.baseAddress! + done, bytes.count - done, off_t(done))
            }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { throw .unreadable(path: path, reason: .system(.write, errorNumber: errno)) }
            done += wrote
        }
        guard fsync(writer) == 0 else { throw .unreadable(path: path, reason: .system(.sync, errorNumber: errno)) }
    }

    /// Cuts the file to `length` bytes (only `cs repair` does, and only a torn tail).
    func truncateAndSync(to length: Int) throws(LogError) {
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
            throw .unreadable(path: path, reason: .system(.cutTornLine, errorNumber: errno))
        }
    }

    /// Hands the pages under `bytes` (part of a mapping made by `withMappedBytes`) back to
    /// the kernel: they leave this process's memory, stay in the page cache, and are mapped
    /// again from it if touched.
    static func release(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = Int(bitPattern: start) / page * page
        let end = (Int(bitPattern: start) + bytes.count + page - 1) / page * page
        madvise(UnsafeMutableRawPointer(bitPattern: first), end - first, Int32(MADV_DONTNEED))
    }

    /// The whole file mapped read-only for the duration of `body`. A reader's pages then come
    /// straight from the page cache: no copy, and no fresh memory for the kernel to zero,
    /// which was a third of a large replay. Whatever `body` keeps must be copied out.
    func withMappedBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws(LogError) -> T) throws(LogError) -> T {
        let size = try size()
        guard size > 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .unreadable(path: path, reason: .system(.map, errorNumber: errno))
        }
        defer { munmap(address, size) }
        return try body(UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size))
    }
}

/// What a path names, when it is not a regular file: said in errors, so `--log /dev/zero`
/// or a folder gets a clear line instead of a strange desk.
public enum FileKind: String, Sendable {
    case regular = "a regular file"
    case folder = "a folder"
    case fifo = "a named pipe (FIFO)"
    case characterDevice = "a character device"
    case blockDevice = "a block device"
    case socket = "a socket"

    public init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: return nil
        }
    }
}
