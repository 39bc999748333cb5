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
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(offset))
            }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw .unreadable(path: path, reason: LogFile.errorText()) }
            if got == 0 { bytes.removeLast(bytes.count - offset); break }
            offset += got
        }
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
}
