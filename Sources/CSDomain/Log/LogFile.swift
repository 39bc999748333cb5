#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The log file at the POSIX level: whole-file reads, locked appends, fsync. Kept apart
/// so the rest of the domain never touches a file descriptor.
struct LogFile {
    let path: String
    let descriptor: Int32

    static func errorText() -> String { String(cString: strerror(errno)) }

    /// Opens for reading and appending; `create` makes the file owner-only (0600).
    static func open(_ path: String, create: Bool) throws(LogError) -> LogFile {
        let flags = O_RDWR | O_APPEND | O_CLOEXEC | (create ? O_CREAT : 0)
        let descriptor = Glibc.open(path, flags, 0o600)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: errorText()) }
        return LogFile(path: path, descriptor: descriptor)
    }

    static func openForReading(_ path: String) throws(LogError) -> LogFile {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: errorText()) }
        return LogFile(path: path, descriptor: descriptor)
    }

    func close() { _ = Glibc.close(descriptor) }

    /// Blocks until this process holds the only writer's lock. Released by `close`.
    func lockExclusively() throws(LogError) {
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .unreadable(path: path, reason: "cannot lock: \(LogFile.errorText())")
        }
    }

    func readAll() throws(LogError) -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: LogFile.errorText()) }
        let size = Int(info.st_size)
        var failure: Int32 = 0
        // Uninitialised capacity: a 450 MB log is not zeroed first only to be overwritten.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var offset = 0
            while offset < size {
                let got = pread(descriptor, buffer.baseAddress! + offset, size - offset, off_t(offset))
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno; break }
                if got == 0 { break }
                offset += got
            }
            initialized = offset
        }
        guard failure == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
        return bytes
    }

    /// Appends the bytes with as few writes as the kernel allows (one, for any event line
    /// of ordinary size) and waits until they are on disk.
    func appendAndSync(_ bytes: [UInt8]) throws(LogError) {
        var offset = 0
        while offset < bytes.count {
            let wrote = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { throw .unreadable(path: path, reason: "cannot write: \(LogFile.errorText())") }
            offset += wrote
        }
        guard fsync(descriptor) == 0 else { throw .unreadable(path: path, reason: "cannot sync: \(LogFile.errorText())") }
    }

    /// Cuts the file to `length` bytes (only `cs repair` does, and only a torn tail).
    func truncateAndSync(to length: Int) throws(LogError) {
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
            throw .unreadable(path: path, reason: "cannot cut the torn line: \(LogFile.errorText())")
        }
    }

    /// The whole file mapped read-only for the duration of `body`. A reader's pages then come
    /// straight from the page cache: no copy, and no fresh memory for the kernel to zero,
    /// which was a third of a large replay. Whatever `body` keeps must be copied out.
    func withMappedBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws(LogError) -> T) throws(LogError) -> T {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: LogFile.errorText()) }
        let size = Int(info.st_size)
        guard size > 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .unreadable(path: path, reason: "cannot map: \(LogFile.errorText())")
        }
        defer { munmap(address, size) }
        return try body(UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size))
    }
}
